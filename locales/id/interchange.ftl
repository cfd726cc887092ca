## Pembacaan dan penulisan format perangkat lain (src/interchange/): Popolo,
## ringkasan Universal Tabulator, daftar peserta OpenSlides, lembar data keanggotaan,
## serta perintah export, import dan convert pada CLI. $what menyebut nilai yang
## dimaksud (salah satu teks interchange-popolo-what-*); $value adalah teks
## sebagaimana tertulis dalam berkas, di antara tanda kutip.

## Popolo (src/interchange/popolo.rs)
interchange-popolo-not-a-date = { $what } { $value } bukan tanggal: seharusnya berbentuk TTTT, TTTT-BB, atau TTTT-BB-HH (YYYY, YYYY-MM, atau YYYY-MM-DD)
interchange-popolo-month-first = { $what } { $value } hanya menyebut bulan: yang diambil adalah hari pertama bulan itu
interchange-popolo-month-last = { $what } { $value } hanya menyebut bulan: yang diambil adalah hari terakhir bulan itu
interchange-popolo-year-first = { $what } { $value } hanya menyebut tahun: yang diambil adalah hari pertama tahun itu
interchange-popolo-year-last = { $what } { $value } hanya menyebut tahun: yang diambil adalah hari terakhir tahun itu
interchange-popolo-no-id = { $what } tidak memiliki id: seharusnya ada id
interchange-popolo-bad-id = { $what } { $value }: { $error }
interchange-popolo-post-made = jabatan { $post } tidak terdapat dalam berkas: dibentuk dari data keanggotaan
interchange-popolo-organization-made = organisasi { $organization } tidak terdapat dalam berkas: dibentuk sebagai unit
interchange-popolo-organization-no-id = organisasi { $name } tidak memiliki id: tidak diambil
interchange-popolo-level-made = tingkatan { $level } dibentuk untuk unit { $unit }
interchange-popolo-body-parent = badan { $body }: parent_id { $parent } bukan unit dalam berkas
interchange-popolo-body-made = badan { $body } dibentuk untuk jabatan-jabatan pada unit { $unit }
interchange-popolo-post-organization = jabatan { $post }: organization_id { $organization } bukan unit atau badan dalam berkas
interchange-popolo-member-not-person = { $what }: yang menjadi anggota bukan orang perseorangan: tidak diambil
interchange-popolo-no-start = { $what } tidak memiliki start_date: tidak diambil (masa jabatan dan keanggotaan memerlukan tanggal mulainya)
interchange-popolo-post-not-in-file = { $what }: post_id { $post } bukan jabatan dalam berkas
interchange-popolo-what-error = { $what }: { $error }
interchange-popolo-no-post = { $what }: keanggotaan pada organisasi { $organization } tanpa jabatan: tidak diambil (yang dibaca hanya keanggotaan unit dan masa jabatan)
interchange-popolo-refused = objek Popolo ini adalah { $class }, bukan bagian dari dokumen organisasi: seharusnya persons, organizations, posts, atau memberships
interchange-popolo-what-level = tingkatan
interchange-popolo-what-body = badan
interchange-popolo-what-unit = unit
interchange-popolo-what-post = jabatan
interchange-popolo-what-person = orang
interchange-popolo-what-unit-level = tingkatan unit { $unit }
interchange-popolo-what-birth-date = tanggal lahir { $person }
interchange-popolo-what-membership = keanggotaan { $membership }
interchange-popolo-what-person-of = orang pada { $what }
interchange-popolo-what-start = start_date pada { $what }
interchange-popolo-what-end = end_date pada { $what }
interchange-popolo-what-post-of = jabatan pada { $what }
interchange-popolo-class-area = data wilayah atau pemungutan suara
interchange-popolo-class-motion = usulan atau pidato
interchange-popolo-class-vote = suara seorang pemilih
interchange-popolo-class-count = hasil hitung suara
interchange-popolo-class-event = data kegiatan
interchange-popolo-class-vote-event = data pemungutan suara
interchange-popolo-class-contact = data kontak
interchange-popolo-class-other = jenis objek lain

## Ringkasan Universal Tabulator (src/interchange/universal_tabulator.rs)
interchange-ut-votes-unreadable = jumlah suara { $value } tidak dapat dibaca: seharusnya angka dengan paling banyak satu titik desimal, misalnya "104.8832"
interchange-ut-votes-negative = jumlah suara { $value } bernilai negatif: seharusnya 0 atau lebih
interchange-ut-votes-not-number = jumlah suara { $value } tidak dapat dibaca: seharusnya bilangan 0 atau lebih
interchange-ut-name-twice = nama { $name } tercantum dua kali: setiap nama seharusnya tercantum satu kali
interchange-ut-round-order = { $path } adalah putaran { $round }: seharusnya putaran { $expected } (putaran dinomori berurutan mulai dari 1)
interchange-ut-both-events = satu hasil penghitungan menyebut `elected` dan `eliminated` sekaligus: seharusnya hanya salah satu
interchange-ut-neither-event = satu hasil penghitungan tidak menyebut `elected` maupun `eliminated`: seharusnya salah satu
interchange-ut-method = metode { $method } tidak dapat ditulis sebagai ringkasan Universal Tabulator: seharusnya salah satu dari irv, scottish-stv, meek, wigm
interchange-ut-transcript = tahap { $stage } dalam transkrip: { $what }
interchange-ut-negative-votes = calon nomor { $number } memperoleh suara negatif { $votes }
interchange-ut-too-many-stages = jumlah tahap terlalu banyak
interchange-ut-different-places = jumlah { $from } dan { $to } memiliki banyak angka desimal yang berbeda
interchange-ut-change-overflows = selisih dari { $from } ke { $to } melampaui batas bilangan
interchange-ut-winners-heading = { $contest }: { $rounds } putaran
interchange-ut-winners-threshold = batas suara untuk terpilih: { $threshold }
interchange-ut-winners-elected = calon terpilih:
interchange-ut-winners-none = (tidak ada)
interchange-ut-winner = { $number }. { $name } (putaran ke-{ $round })
interchange-ut-html-title = Calon terpilih { $contest }
interchange-ut-html-intro = Calon terpilih sebagaimana tercantum dalam ringkasan Universal Tabulator: { $rounds } putaran.
interchange-ut-html-threshold = Batas suara untuk terpilih: { $threshold }
interchange-ut-html-none = Ringkasan tidak mencantumkan calon terpilih.
interchange-ut-html-caption = Calon terpilih, menurut urutan dalam ringkasan
interchange-ut-html-number = No.
interchange-ut-html-name = Calon
interchange-ut-html-round = Terpilih pada putaran

## OpenSlides (src/interchange/openslides.rs)
interchange-openslides-unknown-body = badan { $body } tidak terdapat dalam dokumen
interchange-openslides-no-weight = { $person } menduduki kursi pada badan { $body }, tetapi pada { $date } tidak tercatat sebagai anggota unit yang memiliki data statistik keanggotaan: suara kartu memerlukan data tersebut
interchange-openslides-cannot-read-header = baris judul kolom tidak dapat dibaca: { $error }
interchange-openslides-no-id-column = tidak ada kolom member_number atau username: seharusnya ada salah satu untuk menyebut setiap utusan
interchange-openslides-cannot-read-row = baris tidak dapat dibaca: { $error }
interchange-openslides-empty-id = id utusan kosong: seharusnya diisi
interchange-openslides-delegate-twice = utusan { $delegate } juga tercantum pada baris { $first_line }: setiap utusan seharusnya tercantum satu kali
interchange-openslides-weight-not-decimal = bobot suara { $value } bukan bilangan desimal: seharusnya angka, dengan paling banyak 6 angka di belakang titik (120 atau 333.333333)
interchange-openslides-weight-too-many-places = bobot suara { $value } memiliki { $places } angka di belakang titik: OpenSlides menyimpan paling banyak 6
interchange-openslides-weight-negative = bobot suara { $value } negatif: seharusnya 0 atau lebih
# $cut adalah bagian bobot yang tersimpan dalam 6 angka desimal.
interchange-openslides-weight-not-six-places = utusan { $delegate } memiliki bobot suara { $weight }, yang tidak dapat disimpan tepat dengan 6 angka desimal ({ $cut } akan menghilangkan sebagian suara): OpenSlides menyimpan 6 angka desimal, jadi bulatkan dahulu sesuai ketentuan anggaran dasar
interchange-openslides-weight-too-large = bobot suara { $value } terlalu besar
interchange-openslides-not-boolean = { $name } { $value } bukan nilai ya/tidak: seharusnya 1, 0, true, atau false

## Lembar data keanggotaan (src/interchange/members.rs)
interchange-at-line = baris { $line }: { $message }
interchange-at-line-column = baris { $line }, kolom { $column }: { $message }
interchange-members-cannot-read-row = baris tidak dapat dibaca: { $error }
interchange-members-sheet-empty = lembar kerja kosong: seharusnya ada baris judul kolom
interchange-members-cannot-read-spreadsheet = lembar kerja tidak dapat dibaca: { $error }
interchange-members-no-sheet = buku kerja tidak memiliki lembar kerja
interchange-members-cannot-read-sheet = lembar kerja pertama tidak dapat dibaca: { $error }
interchange-members-no-column = tidak ada kolom { $field }: seharusnya ada kolom berjudul { $names }
interchange-members-or = { $left } atau { $right }
interchange-members-already = anggota { $member } sudah tercatat dalam dokumen atau pada baris sebelumnya
interchange-members-bad-number = nomor anggota { $value }: { $error }
interchange-members-unknown-unit = unit { $value } bukan unit dalam dokumen (menurut id maupun nama)
interchange-members-date-empty = kosong: seharusnya berisi tanggal (TTTT-BB-HH atau HH/BB/TTTT)
interchange-members-not-a-date = { $value } bukan tanggal: seharusnya berbentuk TTTT-BB-HH atau HH/BB/TTTT (YYYY-MM-DD atau DD/MM/YYYY)

## Perintah export, import dan convert pada CLI (src/bin/rulebook/)
interchange-cli-note = rulebook: catatan: { $file }: { $note }
interchange-cli-skipped = rulebook: dilewati: { $file }: { $row }
interchange-cli-bad-rows = { $count } baris bermasalah: tidak ada yang ditulis (--skip-bad melewati baris tersebut)
interchange-cli-cannot-write-csv = CSV tidak dapat ditulis: { $error }
interchange-cli-cannot-write-json = JSON tidak dapat ditulis: { $error }
interchange-cli-convert-format = format yang akan ditulis tidak dapat ditentukan dari { $file }: seharusnya berkas .blt, .soi, .soc, .toi, atau .toc

## Penulis berkas PrefLib (src/election/preflib/write.rs), yang dipakai `rulebook convert`
preflib-write-no-candidates = pemilihan tidak memiliki calon: berkas PrefLib memerlukan paling sedikit satu calon
preflib-write-withdrawn = calon nomor { $candidate } telah mengundurkan diri: berkas PrefLib tidak dapat mencatatnya (hapus calon tersebut atau tulis berkas blt)
preflib-write-bad-title = judul { $title } tidak dapat menjadi baris kepala PrefLib: seharusnya satu baris tanpa spasi di awal atau di akhir
preflib-write-bad-name = nama { $name } untuk calon nomor { $candidate } tidak dapat menjadi baris kepala PrefLib: seharusnya satu baris, tidak kosong, tanpa spasi di awal atau di akhir
preflib-write-zero-weight = surat suara nomor { $ballot } berbobot 0: hitungan PrefLib dimulai dari 1
preflib-write-too-many-voters = jumlah bobot surat suara melebihi batas yang dapat ditampung u64
preflib-write-empty-rank = surat suara nomor { $ballot } memiliki urutan pilihan ke-{ $rank } yang kosong
preflib-write-tie = surat suara nomor { $ballot } memberi peringkat yang sama kepada beberapa calon: berkas .{ $extension } hanya memuat urutan tegas (tulis .toi atau .toc)
preflib-write-twice = surat suara nomor { $ballot } mencantumkan calon nomor { $candidate } dua kali
preflib-write-beyond = surat suara nomor { $ballot } mencantumkan calon nomor { $candidate }, padahal jumlah calon hanya { $candidates }
preflib-write-incomplete = surat suara nomor { $ballot } hanya mengurutkan { $ranked } dari { $candidates } calon: berkas .{ $extension } memuat urutan lengkap (tulis .soi atau .toi)
