## Pesan `rulebook tally` sendiri (src/bin/rulebook/tally/messages.rs).

tally-unknown-format = format surat suara dalam { $path } tidak dapat dikenali: seharusnya berkas .blt, .soi, .soc, .toc, atau .toi, atau gunakan --input-format
tally-cannot-count = suara tidak dapat dihitung: { $error }
tally-seats-needed-for-csv = CSV suara daftar calon tidak memuat jumlah kursi: tetapkan dengan --seats N
tally-csv-only-for-lists = CSV memuat suara per daftar calon: gunakan dengan metode daftar (dhondt, sainte-lague, largest-remainder...)
tally-method-needed = berkas surat suara dihitung dengan suatu metode: sebutkan --method NAMA (irv, scottish-stv, meek, wigm, plurality...)
tally-summary-not-ballots = ringkasan Universal Tabulator memuat putaran, bukan surat suara: ringkasan itu tidak dapat dihitung ulang
