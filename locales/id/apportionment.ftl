## Pembagian kursi: kesalahan mesin dan laporan teks (src/apportionment/messages.rs).
## Nilai yang dikutip ($method pada apportion-unknown-method, $share) datang sudah
## diberi tanda kutip.

apportion-unknown-method = metode pembagian kursi { $method } tidak dikenal: seharusnya salah satu dari { $names }
apportion-names-list = { $canonical } (juga dibaca: { $aliases })
apportion-not-a-list-method = metode { $method } membagi kursi di antara unit, tetapi tidak menghitung suara daftar calon: seharusnya dhondt, sainte-lague, modified-sainte-lague, largest-remainder, largest-remainder-droop, atau largest-remainder-hagenbach-bischoff
apportion-no-units = tidak ada unit yang akan menerima pembagian kursi
apportion-no-weight = ada { $seats } kursi yang akan dibagi, tetapi tidak satu pun unit memiliki bobot positif yang mencapai ambang batas
apportion-min-above-max = batas paling sedikit { $min } kursi per unit melebihi batas paling banyak { $max } kursi
apportion-minimums-exceed-seats = batas paling sedikit memerlukan { $needed } kursi, padahal hanya { $seats } kursi yang dibagi
apportion-maximums-below-seats = batas paling banyak hanya memungkinkan { $allowed } kursi, padahal { $seats } kursi harus dibagi
apportion-length-mismatch = { $what } memuat { $found } isian; seharusnya satu untuk setiap unit, yaitu { $expected }
# Daftar yang disisipkan sebagai $what di atas.
apportion-list-thresholds = daftar ambang batas
apportion-list-row-seats = daftar kursi per baris
apportion-bad-share = bagian { $share } tidak berada antara 0 dan 1: bagian seharusnya tidak lebih besar daripada keseluruhannya
apportion-unsupported = metode { $method } tidak dapat { $what }
# Hal yang tidak dapat dilakukan suatu metode, disisipkan sebagai $what di atas.
apportion-no-bounds = memenuhi batas paling sedikit atau paling banyak per unit: gunakan metode pembagi
apportion-quota-too-large = mengisi semua kursi: bobotnya terlalu kecil untuk kuota metode ini
apportion-no-table = membagi kursi pada tabel umum (pembaginya berupa akar kuadrat): gunakan fungsi dua kelompok atau metode lain
apportion-too-many-moves = memindahkan kursi sebanyak itu antara kedua kelompok satu per satu (jumlah kursi yang dipindahkan dikalikan jumlah baris melebihi 100000000, MAX_MOVE_WORK): gunakan biproportional_table, yang penyesuaiannya tidak bertambah seiring jumlah kursi
apportion-tie = perolehan sama untuk { $seats } kursi terakhir antara unit { $units }: tetapkan nilai awal undian atau urutan penyelesaian
apportion-tie-order-incomplete = urutan penyelesaian tidak menyebut unit { $unit }, padahal unit itu memperoleh nilai sama: seharusnya semua unit yang bernilai sama disebut
apportion-bad-bands = tabel jenjang salah: { $reason }
apportion-infeasible = pembagian biproporsional tidak dapat dilakukan: { $reason }
apportion-overflow = jumlahnya melampaui batas aritmetika pasti pembagian kursi (bobot atau jumlah kursi terlalu besar)
apportion-no-convergence = pembagian biproporsional tidak dapat dilakukan: penskalaan bergantian tidak memenuhi setiap jumlah unit dan kelompok dalam { $iterations } iterasi
apportion-table-tie = perolehan sama dalam tabel biproporsional: sel { $cells } tepat berada pada titik pembulatan sehingga kursinya dapat berpindah di antara sel itu; selesaikan dengan mengubah bobot atau jumlahnya

## Alasan yang disebut di dalam bad-bands dan infeasible.

apportion-no-bands = tidak ada jenjang: seharusnya paling sedikit satu
apportion-band-order = jenjang yang dimulai pada { $from } tidak dimulai di atas jenjang sebelumnya ({ $previous })
apportion-per-zero = { $what } per 0 anggota: seharusnya bilangan positif
apportion-band-per-zero = { $what } per 0 anggota: seharusnya bilangan positif, atau tanpa `per` bila tidak ada kursi tambahan
apportion-band-seats-overflow = unit dengan { $members } anggota akan mendapat { $seats } kursi, lebih dari { $most } yang dapat dimuat jumlah kursi: seharusnya ada batas (--max) atau `per` yang lebih besar
apportion-per-one-seat = satu kursi
apportion-per-one-more-seat = satu kursi tambahan
apportion-margins-disagree = kursi seluruh unit berjumlah { $rows }, sedangkan kursi seluruh kelompok berjumlah { $groups }
apportion-row-without-weight = unit { $unit } memiliki { $seats } kursi, tetapi tidak memiliki anggota dalam kelompok mana pun
apportion-group-cannot-fill = kelompok { $group } tidak dapat memperoleh { $seats } kursi: anggotanya berada dalam unit yang kursinya terlalu sedikit
apportion-ragged-row = unit { $unit } memiliki { $found } bobot kelompok; seharusnya { $expected }, satu untuk setiap kelompok
apportion-units-overfull = unit { $units } memiliki { $seats } kursi, tetapi kelompok tempat anggotanya berada hanya dapat menampung { $room }
apportion-axis-unit = unit
apportion-axis-group = kelompok
apportion-first-seats-exceed = { $what } { $number } memiliki anggota dalam { $cells } sel dan metode { $method } memberi setiap sel satu kursi, tetapi hanya tersedia { $seats } kursi
apportion-seats-without-weight = { $what } { $number } memiliki { $seats } kursi, tetapi tidak memiliki anggota
apportion-key-rounding = kunci pembagian membulatkan jumlah anggota per kursi dan tidak dapat memakai pembulatan { $rounding }: seharusnya up, down, half-up, atau half-even

## Laporan teks (src/apportionment/report.rs).

apportion-report-heading = { $seats } kursi dengan metode { $method }
apportion-report-tie = perolehan sama untuk { $seats } kursi terakhir antara { $units }: { $chosen } dipilih { $how }
apportion-settled-lot = dengan undian (nilai awal undian { $seed })
apportion-settled-order = berdasarkan urutan yang ditetapkan
apportion-below-threshold = di bawah ambang batas
