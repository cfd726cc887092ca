## Ketentuan pemilihan: jadwal, syarat memilih dan dipilih, dan `elect`
## (src/election_rules/messages.rs).
## Tanggal datang dalam bentuk TTTT-BB-HH; id dan nama apa adanya.

elect-no-election-recorded = ketentuan pemilihan { $rule } mewajibkan pemilihan sekurang-kurangnya setiap { $months } bulan, tetapi tidak ada pemilihan yang tercatat
elect-election-overdue = ketentuan pemilihan { $rule }: pemilihan terakhir diadakan pada { $last }; pemilihan berikutnya seharusnya diadakan paling lambat { $due } (setiap { $months } bulan), tetapi sampai { $as_of } belum diadakan
elect-election-overdue-no-date = ketentuan pemilihan { $rule }: pemilihan terakhir diadakan pada { $last }; tidak ada pemilihan dalam jangka waktu { $months } bulan
elect-notice-too-short = ketentuan pemilihan { $rule }: pemberitahuan pemilihan tanggal { $date } dikirim pada { $sent }, { $given } hari sebelumnya; ketentuan ini mensyaratkan sekurang-kurangnya { $days } hari
elect-notice-not-recorded = ketentuan pemilihan { $rule }: tidak ada pemberitahuan yang tercatat untuk pemilihan tanggal { $date }; ketentuan ini mensyaratkan pemberitahuan sekurang-kurangnya { $days } hari sebelumnya
elect-nominations-close-late = ketentuan pemilihan { $rule }: pencalonan untuk pemilihan tanggal { $date } ditutup pada { $close }, { $before } hari sebelumnya; ketentuan ini mensyaratkan pencalonan ditutup sekurang-kurangnya { $days } hari sebelumnya
elect-nominations-too-short = ketentuan pemilihan { $rule }: pencalonan dibuka dari { $open } sampai { $close }, selama { $open_days } hari; ketentuan ini mensyaratkan sekurang-kurangnya { $days } hari
# Pihak yang dikenai syarat, disisipkan sebagai $what di bawah.
elect-conditions-voters = pemilih
elect-conditions-candidates = calon
elect-excludes-too-many = ketentuan pemilihan { $rule }: syarat bagi { $what } mengecualikan { $excluded } dari { $electorate } anggota ({ $share }), lebih dari { $tolerated }; syarat yang mengecualikan sebagian besar anggota perlu ditinjau (Wirtz v. Hotel Employees Local 6, 1968)
elect-unknown-body = ketentuan pemilihan { $rule } menyebut badan { $body }, yang tidak ada dalam dokumen

## Kesalahan `elect`.

elect-bad-selector = pemilihan { $text }: { $date } bukan tanggal ({ $reason }); seharusnya RULE atau RULE@TTTT-BB-HH
elect-unknown-rule = dokumen tidak memuat ketentuan pemilihan { $rule }
elect-no-such-election = ketentuan pemilihan { $rule } tidak mencatat pemilihan pada { $date }
elect-no-election = ketentuan pemilihan { $rule } tidak mencatat pemilihan: tambahkan pemilihan beserta tanggalnya
elect-unknown-method = ketentuan pemilihan { $rule } menyebut metode { $method }, yang bukan salah satu dari { $names }
elect-method-differs = ketentuan pemilihan { $rule } dihitung dengan metode { $rule_method }, bukan { $given }
elect-unknown-post = ketentuan pemilihan { $rule } memilih jabatan { $post }, yang tidak ada pada badannya
elect-unknown-candidate = calon nomor { $number } "{ $name }" dalam berkas surat suara bukan id orang dalam dokumen; sebut calon dalam berkas surat suara dengan id orang
elect-seats-differ = berkas surat suara mengisi { $ballots } kursi, padahal jabatan yang dipilih berjumlah { $posts } kursi
elect-count-needed = { $candidates } calon yang memenuhi syarat mencalonkan diri untuk { $seats } kursi: penghitungan suara diperlukan; sertakan surat suara
elect-no-candidates = ketentuan pemilihan { $rule }: tidak ada calon; sertakan surat suara atau catat pencalonan dalam daftar calon pemilihan
elect-count-failed = penghitungan suara gagal: { $error }
elect-constraint-failed = aturan kebijakan { $rule } tidak dapat diterapkan: { $error }

## Temuan `elect`.

elect-effect-review = ketentuan pemilihan { $rule }: { $message }
elect-reason-not-a-member = bukan anggota unit pada hari pemilihan
elect-reason-not-in-body = tidak duduk dalam badan pada hari pemilihan
elect-reason-tenure = menjadi anggota sejak { $since }, kurang dari { $months } bulan yang disyaratkan
elect-reason-arrears = menunggak iuran sejak { $since }, melewati tenggang waktu { $grace_days } hari
elect-reason-age = berumur { $age } tahun, di luar batas umur
elect-reason-no-birth-date = tanggal lahir tidak tercatat untuk batas umur
elect-reason-barred-post = memegang jabatan { $post }, yang menjadi penghalang
elect-reason-term-limit = telah memegang jabatan { $post } selama { $terms } masa jabatan berturut-turut, batas terbanyak yang dibolehkan
elect-candidate-withdrawn = calon { $person } tidak boleh mencalonkan diri ({ $reasons }) dan dikeluarkan dari penghitungan
elect-candidate-review = calon { $person } tetap mencalonkan diri, tetapi pemenuhan syaratnya perlu ditinjau: { $reasons }
elect-seats-vacant = { $filled } dari { $seats } kursi terisi; { $vacant } kursi dibiarkan kosong karena tidak ada calon yang memenuhi syarat
elect-delegation-refused = delegasi { $body } tidak memenuhi aturan kebijakan { $rule } dan ditolak: tidak ada masa jabatan yang dicatat
elect-list-jump-not-applicable = aturan kebijakan { $rule } memindahkan kursi menurut urutan daftar calon (lompatan daftar); pemilihan ini tidak memakai daftar calon, sehingga aturan itu tidak diterapkan
elect-constrained-count-not-applicable = aturan kebijakan { $rule } membatasi penghitungan suara, yang memerlukan pemilihan yang dihitung dengan STV Skotlandia atau WIGM; pemilihan ini memakai { $method }, sehingga aturan itu tidak diterapkan
elect-floor-not-met = badan { $body }, aturan kebijakan { $rule }: { $shortfall }
elect-reference-missing = badan { $body }: aturan kebijakan { $rule } sebanding dengan keanggotaan unit, yang tidak memiliki data statistik untuk hari itu; aturan itu tidak diterapkan

## Laporan teks `elect`.

elect-report-heading = ketentuan pemilihan { $rule }: badan { $body } pada { $date }, { $seats } kursi dengan metode { $method }
elect-report-voters = pemilih: { $eligible } memenuhi syarat, { $not_eligible } tidak memenuhi syarat, { $review } perlu ditinjau
elect-report-candidates = calon:
elect-standing-eligible = memenuhi syarat
elect-standing-not-eligible = tidak memenuhi syarat: { $reasons }
elect-standing-needs-review = perlu ditinjau: { $reasons }
elect-decided-unopposed = ditetapkan: calon tunggal, terpilih tanpa penghitungan suara
elect-decided-count = ditetapkan: melalui penghitungan suara, yang memilih { $elected }
elect-bound-at-least = { $group } sekurang-kurangnya { $min }
elect-bound-range = { $group } { $min } sampai { $max }
elect-policy-applied = diterapkan
elect-policy-reported = hanya dilaporkan
elect-policy-line = aturan kebijakan { $rule } (versi { $version }, { $consequence }): { $bounds }; { $what }
elect-mark-line = tahap { $stage }: { $person } { $mark }
elect-mark-doomed = dipastikan tidak dapat terpilih (langsung disisihkan): { $why }
elect-mark-guarded = dilindungi (tidak disisihkan): { $why }
elect-change-floor = kelompok { $group } memperoleh { $had }, di bawah batas bawahnya { $min }
elect-change-ceiling = kelompok { $group } memperoleh { $had }, di atas batas atasnya { $max }
elect-change-added-seat = kelompok { $group } memperoleh { $had } dari batas bawah { $min }; satu kursi ditambahkan
elect-person-replaces = { $added } menggantikan { $removed }: { $why }
elect-person-added-seat = { $added } mengisi kursi tambahan: { $why }
elect-report-elected = terpilih: { $elected }
elect-nobody = tidak ada
elect-report-refused = tidak ada masa jabatan yang dicatat: delegasi ditolak
elect-term-until = masa jabatan: { $person } pada jabatan { $post } dari { $start } sampai { $end } ({ $how })
elect-term-open = masa jabatan: { $person } pada jabatan { $post } dari { $start } tanpa batas akhir ({ $how })
elect-term-ends = berakhir: { $person } pada jabatan { $post } pada { $end }
# Cara memperoleh masa jabatan, disisipkan sebagai $how di atas.
elect-how-elected = dipilih
elect-how-appointed = diangkat
elect-how-co-opted = dikooptasi
elect-how-acting = pelaksana tugas
# Pemilihan dengan daftar calon melalui `rulebook elect` (src/election_rules/elect/lists.rs).
# $id dan $list sudah diberi tanda kutip.
elect-unknown-list-candidate = baris { $line }, kolom "id": calon { $id } dari daftar { $list } bukan id orang dalam dokumen; sebut calon dalam daftar dengan id orang
elect-lists-need-list-method = aturan pemilihan { $rule } dihitung dengan { $method }, bukan dengan metode daftar: berikan surat suaranya, bukan perolehan suara daftar dan calonnya
elect-ballots-and-lists = berikan surat suara atau perolehan suara daftar beserta calonnya, jangan keduanya
elect-candidate-struck = calon { $person } tidak boleh mencalonkan diri ({ $reasons }) dan dicoret dari daftar { $list } (nomor urut { $position })
elect-ranking-consequence-on-lists = aturan kebijakan { $rule } ({ $consequence }) mengubah urutan peringkat calon; kursi dalam pemilihan dengan daftar calon mengikuti perolehan suara dan nomor urut daftar (Wahlordnung BetrVG §15), sehingga aturan itu tidak diterapkan
elect-report-struck = dicoret dari daftar { $list } (nomor urut { $position }): { $person }
