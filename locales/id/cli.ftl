## Pesan perintah rulebook sendiri (src/bin/rulebook/, kecuali tally). Kesalahan
## argumen dan --help berasal dari clap, dalam bahasa Inggris.

cli-error = rulebook: kesalahan: { $message }
cli-not-utf8 = bukan UTF-8 yang sah pada bita ke-{ $byte }: seharusnya berkas teks UTF-8
cli-cannot-read = tidak dapat dibaca: { $error }
cli-refusing-overwrite = tidak akan menimpa berkas masukan ({ $input }): pilih lokasi keluaran lain
cli-output-twice = disebut dua kali sebagai keluaran (juga { $other }): pilih lokasi yang berbeda untuk setiap keluaran
cli-cannot-write = tidak dapat ditulis: { $error }
cli-cannot-write-folder = tidak dapat ditulis: lokasi ini sebuah folder: seharusnya lokasi berkas
cli-cannot-write-no-name = tidak dapat ditulis: bukan nama berkas
cli-cannot-write-parent = tidak dapat ditulis: folder { $folder }: { $error }
cli-cannot-write-not-folder = tidak dapat ditulis: { $folder } bukan folder
cli-cannot-render-json = JSON tidak dapat disusun: { $error }
cli-cannot-write-stdout = tidak dapat menulis ke stdout: { $error }
cli-validate-heading = { $file } per { $as_of }
cli-no-policy = tidak ada kebijakan untuk audit: berikan --policy BERKAS atau cantumkan bagian policy dalam dokumen
cli-seats-unreadable = jumlah kursi { $seats } tidak dapat dibaca: seharusnya sebuah bilangan (7) atau rentang (1..15)
cli-seats-not-range = jumlah kursi { $seats } bukan rentang ukuran badan: seharusnya 1 <= dari <= sampai <= 10000
cli-list-heading = daftar calon { $file } ({ $places } urutan), aturan per { $as_of }
cli-tie-order-unknown = --tie-order: tidak ada unit bernama { $name } dalam { $file }
cli-votes-not-counted = suara tidak dapat dihitung: { $count } masalah
cli-no-schema = tidak ada skema bernama { $name }; seharusnya salah satu dari { $names }
cli-cannot-render-schema = skema { $name } tidak dapat disusun: { $error }
cli-cannot-create-folder = folder tidak dapat dibuat: { $error }
cli-wrote = ditulis: { $path }
cli-clause-no-html = --clause menulis teks atau json: gunakan --format text atau --format json
cli-working = rulebook { $command }: sedang bekerja
serve-listening = rulebook serve: mendengarkan di { $address }
serve-not-loopback = rulebook serve: peringatan: { $address } bukan alamat loopback: siapa pun yang dapat menjangkaunya dapat menggunakan server ini
serve-cannot-bind = tidak dapat mendengarkan di { $address }: { $error }
serve-cannot-start = server tidak dapat dijalankan: { $error }
serve-not-found = tidak ada rute { $path }: API berada di bawah /api/v1/ (lihat /api/v1/openapi.json)
serve-method-not-allowed = { $method } tidak diizinkan pada { $path }
serve-too-large = isi permintaan melebihi batas { $limit } bita (--max-body)
serve-timeout = permintaan melebihi batas waktu (--timeout)
serve-internal = kesalahan internal: { $error }
serve-missing-input = masukan { $name } tidak ada: kirimkan sebagai isi permintaan atau sebagai bagian multipart bernama { $name }
serve-unknown-input = titik akhir ini tidak menerima masukan bernama { $name }: seharusnya { $names }
serve-twice-input = masukan { $name } dikirim dua kali
serve-unknown-parameter = parameter kueri { $name } tidak dikenal: seharusnya { $names }
serve-bad-parameter = parameter kueri: { $error }
serve-bad-request = permintaan tidak sah: { $error }
serve-bad-multipart = isi multipart tidak dapat dibaca: { $error }
cli-elect-lists-pair = --list-votes dan --candidates harus diberikan bersama: berikan keduanya untuk pemilihan dengan daftar calon
