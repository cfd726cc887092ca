## Pemilihan: laporan dan berita acara penghitungan suara, metode penghitungan,
## pembaca dan penulis berkas BLT dan PrefLib (src/election/**/messages.rs).
## $seats, $stage, $candidate, dan bilangan lain berupa angka; nama dan daftar datang
## sudah tersusun.

## Laporan penghitungan suara (src/election/report/messages.rs).

election-report-header = metode { $method }, { $seats } kursi, { $ballots } surat suara
election-report-elected-heading = calon terpilih, menurut urutan keterpilihan:
election-report-elected-at-stage = { $name } (calon nomor { $candidate }), pada tahap { $stage }
election-report-elected = { $name } (calon nomor { $candidate })
election-report-nobody = tidak ada
election-report-unfilled = kursi yang tidak terisi: { $seats } (calon sudah habis)
election-report-quota = kuota: { $quota }
election-report-ties-heading = perolehan suara sama:
election-report-tie = pada tahap { $stage }, { $tied } memperoleh suara sama untuk { $purpose }; diselesaikan { $how }: { $chosen }
election-settled-earlier = berdasarkan perolehan suara pada tahap { $stage }
election-settled-lot = dengan undian (nilai awal undian { $seed })
election-settled-order = berdasarkan urutan yang ditetapkan
election-stage-heading = tahap { $stage }: { $action }
election-action-first-count = penghitungan pertama
election-action-surplus = kelebihan suara { $name } dialihkan dengan nilai pengalihan { $value }
election-action-exclusion = penyisihan { $names }
election-action-allocation = pembagian kursi
election-row-non-transferable = tidak dapat dialihkan
election-row-loss = hilang karena pembulatan
election-mark-elected = terpilih
election-mark-excluded = tersisih
election-mark-withdrawn = mengundurkan diri

## Penghitungan STV (src/election/stv/messages.rs).

election-mark-doomed = calon { $candidate } dipastikan tidak dapat terpilih dan disisihkan pada tahap { $stage }: { $why }
election-mark-guarded = calon { $candidate } dilindungi dari penyisihan sejak tahap { $stage }: { $why }
election-reason-ceiling-reached = kelompok { $group } sudah mencapai batas atasnya, yaitu { $seats } kursi
election-reason-seats-for-floors = sisa { $seats } kursi seluruhnya diperlukan bagi kelompok yang belum mencapai batas bawahnya
election-reason-floor-needs-every = kelompok { $group } memerlukan setiap calon yang masih bertahan untuk mencapai batas bawahnya, yaitu { $seats } kursi
election-reason-seats-need-every = sisa { $seats } kursi memerlukan setiap calon yang masih dapat terpilih dalam batas atas kelompok
election-ceiling-vacancies = { $seats } kursi dibiarkan kosong: batas atas kelompok tidak memungkinkan lagi calon yang ada untuk terpilih
election-too-many-candidates = { $candidates } calon; paling banyak 65535 calon yang dapat dihitung
election-unknown-withdrawn = calon mengundurkan diri nomor { $candidate }: jumlah calon hanya { $candidates } (bernomor mulai dari 1)
election-equal-rankings-undefined = pada satu urutan, yang tidak diatur oleh ketentuan penghitungan
election-too-many-places = { $places } angka desimal; paling banyak 9 angka desimal yang dapat digunakan
election-bad-omega = omega 1/10^{ $exponent }; pangkatnya harus antara 1 dan 9
# Hal yang ditentukan oleh perolehan suara sama, disisipkan sebagai $purpose.
election-purpose-exclusion = penyisihan
election-purpose-surplus-order = urutan pengalihan kelebihan suara
election-purpose-election-order = urutan keterpilihan
election-purpose-last-seat = kursi terakhir
election-purpose-elect = keterpilihan
election-purpose-runoff = tempat dalam putaran kedua
election-meek-round = putaran { $round }, { $iterations } iterasi

## Metode sederhana (src/election/simple/messages.rs).

election-equal-rank-at-cut = melewati batas tanda sebanyak { $limit }, tempat tanda berhenti dihitung
election-equal-rank-first = pada preferensi yang dihitung
election-one-seat-only = { $seats } kursi: metode ini hanya mengisi tepat 1 kursi
election-limit-not-below-seats = batas tanda { $limit } dengan { $seats } kursi: pemungutan suara terbatas memerlukan batas dari 1 sampai { $max }
election-runoff-candidates = surat suara putaran kedua memuat { $found } calon: putaran pertama memuat { $expected } calon
election-runoff-label = putaran kedua

## Hasil dengan batasan keterwakilan (src/election/constrained/messages.rs).

election-change-replaces = calon { $added } menggantikan calon { $removed }
election-change-added-seat = calon { $added } mengisi kursi tambahan
election-change-floor = kelompok { $group } memperoleh { $had } kursi; batas bawahnya { $min } kursi
election-change-ceiling = kelompok { $group } memperoleh { $had } kursi; batas atasnya { $max } kursi
election-change-added-seat-reason = kelompok { $group } memperoleh { $had } dari { $size } kursi; batas bawahnya { $min } kursi
election-shortfall-no-candidates = kelompok { $group } memperoleh { $holds } kursi, di bawah batas bawahnya, yaitu { $bound } kursi: tidak ada lagi calon dari kelompok ini
election-shortfall-no-seat-to-free = kelompok { $group } memperoleh { $holds } kursi, di bawah batas bawahnya, yaitu { $bound } kursi: setiap pemenang lain berasal dari kelompok yang sudah berada pada batas bawahnya sendiri
election-shortfall-no-replacement = kelompok { $group } memperoleh { $holds } kursi, di atas batas atasnya, yaitu { $bound } kursi: tidak ada calon dari kelompok lain yang dapat mengisi kursi itu
election-shortfall-added-seat-limit = kelompok { $group } memperoleh { $holds } kursi, di bawah batas bawahnya, yaitu { $bound } kursi: kursi tidak boleh ditambah lagi

## Kesalahan penghitungan, pengaturan, dan berkas surat suara (src/election/messages.rs).

election-ballot-on-line = surat suara pada baris { $line }
election-ballot-number = surat suara ke-{ $ballot } (dihitung dari 1)
election-no-seats = tidak ada kursi yang diisi: seharusnya paling sedikit 1 kursi
election-unsupported = metode { $method } tidak dapat menghitung { $what }
election-unknown-candidate = { $ballot } menyebut calon { $candidate }, padahal jumlah calon hanya { $candidates } (bernomor mulai dari 1)
election-equal-ranking = metode { $method } tidak dapat menghitung { $ballot }: surat suara itu memberi peringkat yang sama kepada beberapa calon { $what }
election-tie = perolehan suara sama pada tahap { $stage } antara calon { $candidates } untuk { $purpose }: selesaikan, lalu hitung ulang dengan urutan yang ditetapkan
election-lot-needed = perolehan suara sama pada tahap { $stage } antara calon { $candidates } untuk { $purpose } hanya dapat diselesaikan dengan undian: lakukan undian dengan --seed N (nilai awal undian dicatat dalam hasil), tetapkan urutan (baris `[tie ...]` dalam berkas BLT), atau selesaikan berdasarkan tahap sebelumnya jika perolehannya berbeda (--ties backward atau forward)
election-runoff-needed = tidak ada calon yang memperoleh suara mayoritas dari suara yang diberikan: putaran kedua diikuti calon { $first } dan { $second } (bernomor mulai dari 1); sertakan surat suara putaran kedua
election-overflow = jumlah suara melampaui batas aritmetika penghitungan
election-unknown-method = metode `{ $found }` tidak dikenal: seharusnya salah satu dari { $names }
election-unknown-tie-policy = cara penyelesaian suara sama `{ $found }` tidak dikenal: seharusnya salah satu dari { $names }
election-option-not-for-method = { $option } tidak digunakan oleh metode { $method }: gunakan hanya dengan metode yang memerlukannya
election-limit-needed = metode limited memerlukan --limit L: jumlah calon yang boleh ditandai setiap pemilih, lebih kecil daripada jumlah kursi
election-read-error = baris { $line }, kolom { $column }: { $message }
election-candidate-number-out-of-range = nomor calon { $number } di luar jangkauan: seharusnya nomor mulai dari 1 (calon bernomor mulai dari 1, seperti dalam berkas surat suara)
election-bad-votes = jumlah suara { $text } tidak dapat dibaca: seharusnya bilangan desimal seperti 12 atau 1234.56789
election-list-shared-first-preference = preferensi pertama yang terbagi di antara beberapa daftar
election-lists-and-totals = { $lists } daftar dengan { $totals } jumlah suara
election-votes-per-list = suara per daftar (seharusnya dengan metode daftar)
election-constraint-duplicate-candidate = calon { $candidate } muncul lebih dari sekali dalam peringkat
election-constraint-duplicate-group = kelompok { $group } memiliki lebih dari satu pasang batas
election-constraint-contradictory = kelompok { $group } harus memperoleh paling sedikit { $min } dan paling banyak { $max } kursi: tidak ada jumlah yang memenuhi keduanya
election-constraint-candidate-count = batasan menetapkan kelompok bagi { $given } calon, padahal pemilihan ini memiliki { $expected } calon
election-constraint-floors-exceed = batas bawah kelompok memerlukan { $needed } kursi, padahal hanya { $seats } kursi yang diisi

## Pembaca dan penulis berkas BLT (src/election/blt/messages.rs).
## Teks yang ditemukan ($found, $nick, $text) disisipkan apa adanya, di antara tanda `.

# Frasa yang disisipkan sebagai $what.
blt-what-candidates = jumlah calon
blt-what-seats = jumlah kursi
blt-what-ballot-weight = bobot surat suara
blt-what-candidate-name = nama calon
blt-what-title = judul
blt-what-withdrawn-list = daftar calon yang mengundurkan diri
blt-what-tie-order = urutan penyelesaian suara sama

blt-invalid-utf8 = teks memuat UTF-8 yang tidak sah: seharusnya berkas UTF-8
blt-header-ends-early = berkas berakhir terlalu cepat: seharusnya baris pertama memuat { $what }
blt-expected-header = ditemukan `{ $found }`, padahal baris pertama seharusnya memuat { $what }
blt-number-too-large = { $what } terlalu besar
blt-no-candidates = berkas menyatakan 0 calon: seharusnya paling sedikit 1
blt-too-many-candidates = kepala berkas menyatakan { $claimed } calon, tetapi berkas sebesar { $bytes } bita tidak dapat memuat { $claimed } baris nama: seharusnya jumlah calon yang disebut dalam berkas
blt-no-seats = berkas menyatakan 0 kursi: seharusnya paling sedikit 1
blt-candidate-out-of-range = calon { $n } tidak ada: seharusnya nomor calon dari 1 sampai { $candidates }
blt-expected-candidate = ditemukan `{ $found }`, padahal seharusnya nomor calon dari 1 sampai { $candidates } atau nama panggilan
blt-unknown-nick = nama panggilan `{ $found }` tidak dikenal: seharusnya salah satu nama panggilan pada baris [nick]
blt-duplicate-on-ballot = calon { $candidate } muncul dua kali pada surat suara ini: setiap calon seharusnya paling banyak sekali
blt-ballot-without-zero = baris surat suara berakhir tanpa 0 penutup: seharusnya `0` setelah preferensi
blt-after-closing-zero = ditemukan `{ $found }` setelah 0 penutup surat suara: seharusnya akhir baris
blt-ends-in-ballots = berkas berakhir di tengah surat suara: seharusnya baris surat suara atau 0 tunggal yang mengakhiri daftar surat suara
blt-expected-weight = ditemukan `{ $found }`, padahal seharusnya bobot surat suara (bilangan bulat) atau 0 tunggal yang mengakhiri daftar surat suara
blt-zero-weight-with-id = bobot surat suara 0 setelah id surat suara: seharusnya bobot paling sedikit 1
blt-after-end-of-ballots = ditemukan `{ $found }` setelah 0 tunggal yang mengakhiri daftar surat suara: seharusnya akhir baris
blt-total-weight-overflow = jumlah bobot surat suara melebihi 18446744073709551615: seharusnya jumlah yang lebih kecil
blt-unclosed-ballot-id = id surat suara tidak ditutup: seharusnya `)` pada baris yang sama
blt-unclosed-comment = komentar tidak ditutup: seharusnya `*/`
blt-unclosed-option = opsi tidak ditutup: seharusnya `]` pada baris yang sama
blt-empty-option = opsi kosong `[]`: seharusnya nama opsi, misalnya nick, withdrawn, atau tie
blt-nick-count = [nick] memuat { $found } nama panggilan: seharusnya satu untuk setiap calon, yaitu { $candidates } calon
blt-duplicate-nick = nama panggilan `{ $nick }` diberikan dua kali: setiap nama panggilan seharusnya berbeda
blt-bad-nick = nama panggilan `{ $nick }` tidak dapat digunakan: seharusnya satu kata tanpa `=`, `,`, `#`, dan bukan angka
blt-option-before-nick = [{ $option }] menyebut `{ $found }`: seharusnya nomor calon, atau nama panggilan yang dinyatakan pada baris [nick] sebelumnya
blt-duplicate-tie = [tie] menyebut calon { $candidate } dua kali: setiap calon seharusnya tepat sekali
blt-tie-count = [tie] menyebut { $found } calon: seharusnya setiap calon tepat sekali, yaitu { $candidates } calon
blt-repeated-option = [{ $option }] diberikan dua kali: seharusnya paling banyak sekali
blt-missing-names = berkas berakhir setelah { $found } nama calon: seharusnya { $candidates } nama (baris bertanda kutip, atau komentar `# ALTERNATIVE NAME`), lalu judul
blt-unclosed-quote = tanda kutip tidak ditutup: seharusnya ada `"` penutup pada baris yang sama
blt-bad-alternative-name = komentar `# ALTERNATIVE NAME` salah bentuk: seharusnya `# ALTERNATIVE NAME <nomor>: <nama>`
blt-write-zero-weight = surat suara { $ballot } berbobot 0: BLT memerlukan bobot paling sedikit 1
blt-write-bad-candidate = surat suara { $ballot } menyebut calon { $candidate }, padahal jumlah calon hanya { $candidates } (bernomor mulai dari 1)
blt-write-duplicate = surat suara { $ballot } menyebut calon { $candidate } dua kali
blt-write-empty-rank = surat suara { $ballot } memiliki peringkat kosong: setiap peringkat memerlukan paling sedikit satu calon
blt-write-bad-text = { $what } `{ $text }` tidak dapat ditulis sebagai BLT baku: seharusnya teks tanpa `"` atau pindah baris, dan tanpa spasi berulang, spasi di awal atau di akhir, atau koma di akhir
blt-write-bad-nick = nama panggilan `{ $nick }` tidak dapat ditulis: seharusnya satu kata tanpa spasi, `=`, `,`, `#`, tanda kurung, dan bukan angka
blt-write-bad-index = { $what } menyebut calon { $candidate }, padahal jumlah calon hanya { $candidates } (bernomor mulai dari 1)
blt-write-no-candidates = pemilihan ini tidak memiliki calon: BLT memerlukan paling sedikit 1
blt-write-no-seats = pemilihan ini memiliki 0 kursi: BLT memerlukan paling sedikit 1

## Pembaca berkas PrefLib (src/election/preflib/messages.rs).

preflib-missing-alternatives = berkas berakhir sebelum ada data: seharusnya ada baris kepala `# NUMBER ALTERNATIVES: n`
preflib-data-before-header = baris urutan muncul sebelum kepala `# NUMBER ALTERNATIVES: n`: kepala itu seharusnya lebih dahulu
preflib-bad-header-number = ditemukan `{ $found }` dalam `# { $header }`: seharusnya bilangan bulat
preflib-no-alternatives = `# NUMBER ALTERNATIVES` bernilai 0: seharusnya paling sedikit 1
preflib-too-many-alternatives = `# NUMBER ALTERNATIVES` bernilai { $claimed }, lebih banyak daripada yang dapat disebut atau diurutkan oleh berkas sebesar { $bytes } bita: seharusnya jumlah alternatif yang diuraikan dalam berkas
preflib-data-type-mismatch = berkas menyatakan `# DATA TYPE: { $found }`: seharusnya { $expected }
preflib-unknown-data-type = jenis data `{ $found }` tidak dikenal: seharusnya soc, soi, toc, atau toi
preflib-expected-count = ditemukan `{ $found }`, padahal seharusnya baris `count: preferences` dengan jumlah berupa bilangan bulat
preflib-expected-colon = ditemukan `{ $found }` setelah jumlah: seharusnya `:`
preflib-expected-alternative = ditemukan `{ $found }`, padahal seharusnya nomor alternatif dari 1 sampai { $n }
preflib-alternative-out-of-range = alternatif { $k } tidak ada: seharusnya nomor alternatif dari 1 sampai { $n }
preflib-duplicate-alternative = alternatif { $k } muncul dua kali dalam urutan ini: setiap alternatif seharusnya paling banyak sekali
preflib-ties-not-allowed = `{ "{" }` mengawali peringkat sama, padahal data { $kind } berisi urutan tegas: seharusnya nomor alternatif
preflib-empty-tie = peringkat sama yang kosong `{ "{" }{ "}" }`: seharusnya paling sedikit satu alternatif di dalam kurung kurawal
preflib-unclosed-tie = peringkat sama tidak ditutup: seharusnya `{ "}" }` pada baris yang sama
preflib-incomplete-order = urutan ini hanya mengurutkan { $found } alternatif, padahal data { $kind } berisi urutan lengkap: seharusnya seluruhnya, yaitu { $n }
preflib-expected-separator = ditemukan `{ $found }`, padahal seharusnya `,` atau akhir baris
preflib-zero-count = jumlah 0: seharusnya jumlah paling sedikit 1
preflib-total-overflow = jumlah seluruh hitungan melebihi 18446744073709551615: seharusnya jumlah yang lebih kecil
preflib-bad-alternative-name = baris `# ALTERNATIVE NAME` salah bentuk: seharusnya `# ALTERNATIVE NAME <nomor>: <nama>`
preflib-default-name = alternatif { $k }
blt-read-failed = berkas tidak dapat dibaca sampai akhir ({ $error }): seharusnya berkas yang dapat dibaca
