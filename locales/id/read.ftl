## Kesalahan pembacaan masukan JSON, TOML dan CSV (src/read/messages.rs). Letaknya
## ($line, $column, $path) disebut lebih dahulu; $message menyebut apa yang salah.
## Pesan dari pengurai JSON dan TOML sendiri tetap dalam bahasa Inggris.

read-at-line-column = baris { $line }, kolom { $column }: { $message }
read-at-line-column-path = baris { $line }, kolom { $column }, di { $path }: { $message }
read-at-line-path = baris { $line }, di { $path }: { $message }
read-at-path = di { $path }: { $message }
read-not-plain-date = { $value } bukan tanggal biasa: seharusnya tanggal tanpa jam, misalnya 2020-01-01

read-csv-at-line-column = baris { $line }, kolom { $column }: { $message }
read-csv-at-line = baris { $line }: { $message }
read-csv-empty = berkas kosong: seharusnya ada baris judul kolom
read-csv-no-rows = berkas memiliki baris judul kolom tetapi tidak memiliki baris data: seharusnya ada baris di bawahnya
read-csv-syntax = CSV tidak dapat dibaca: { $message }
read-csv-unclosed-quote = ada kolom bertanda kutip yang tidak ditutup: seharusnya ada '"' penutup sebelum akhir berkas
read-csv-missing-column = tidak ada kolom bernama { $name } pada baris judul ({ $header }): seharusnya ada kolom { $name }
read-csv-duplicate-column = baris judul menyebut kolom { $name } dua kali: seharusnya setiap kolom satu kali
read-csv-missing-field = baris berhenti sebelum kolom ini: seharusnya ada isian untuk kolom ini
read-csv-extra-fields = baris memiliki { $found } isian: seharusnya paling banyak { $expected }, satu untuk setiap kolom judul
read-csv-not-a-number = { $value } bukan bilangan bulat: seharusnya hanya angka, misalnya 1200, tanpa pemisah ribuan atau tanda desimal
read-csv-too-large = { $value } terlalu besar: seharusnya paling banyak { $max }
read-csv-empty-field = isian kosong: seharusnya berisi nilai
read-csv-duplicate = { $value } muncul lagi (pertama kali pada baris { $first_line }): seharusnya masing-masing satu kali
read-csv-not-a-date = { $value } bukan tanggal: seharusnya berbentuk TTTT-BB-HH (YYYY-MM-DD)
read-csv-band-order = rentang yang dimulai dari { $from } tidak dimulai di atas rentang sebelumnya ({ $previous }): seharusnya batas bawah yang menaik
read-csv-zero = 0 bukan urutan: seharusnya bilangan bulat mulai dari 1, misalnya 1 untuk urutan pertama
