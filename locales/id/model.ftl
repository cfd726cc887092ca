## Model dokumen dan pembacanya (src/model/messages.rs).
## Nilai yang dikutip ($id, $text, $age, $first, $char) datang sudah diberi tanda kutip.

model-kind-level = tingkatan
model-kind-unit = unit
model-kind-body = badan
model-kind-post = jabatan
model-kind-person = orang
model-kind-rule = aturan
model-kind-group = kelompok
model-kind-gender = jenis kelamin
model-kind-body-kind = jenis badan
model-kind-role = peran
model-kind-affiliation = afiliasi
model-kind-membership = keanggotaan
model-kind-term = masa jabatan

model-id-empty = id { $kind } kosong; seharusnya 1 sampai 128 karakter
model-id-too-long = id { $kind } panjangnya { $len } bita; seharusnya paling banyak { $max }
model-id-bad-start = id { $kind } { $id } diawali { $first }; seharusnya diawali huruf atau angka
model-id-bad-char = id { $kind } { $id } memuat { $char }; seharusnya hanya huruf, angka, dan - _ . : /
model-vocab-empty = { $what } kosong; seharusnya berisi sebuah kata, misalnya salah satu nilai yang dikenal
model-group-syntax = kelompok { $text } tidak berbentuk gender:NILAI, age-under:N, atau attribute:NAMA=NILAI
model-group-bad-age = kelompok { $text } memiliki umur { $age }; seharusnya bilangan bulat tahun dari 1 sampai 150
model-group-bad-attribute = kelompok { $text } tidak memiliki NAMA=NILAI setelah attribute:; seharusnya attribute:NAMA=NILAI
model-period-reversed = { $what } berakhir pada { $end }, sebelum dimulai pada { $start }; seharusnya berakhir pada atau setelah tanggal mulai
model-group-count-above-total = kelompok { $group } mencatat { $count } anggota, lebih banyak daripada jumlah seluruhnya, { $total }
