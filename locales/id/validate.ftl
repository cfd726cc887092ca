## Validasi dokumen (src/validate/messages.rs). $kind adalah kata dari model-kind-*;
## daftar ($ids, $posts, $methods) datang sudah digabung.

validate-on = pada { $date }
validate-from-to = dari { $from } sampai { $to }
validate-from-on = sejak { $from }

validate-duplicate-id = id { $kind } { $id } dipakai dua kali; pertama kali di { $first }
validate-unknown-reference = tidak ada { $kind } dengan id { $id }
validate-unknown-method = tidak ada metode penghitungan suara bernama { $method }; seharusnya salah satu dari { $methods }
validate-unit-cycle = hubungan induk unit membentuk lingkaran: { $ids }; seharusnya bersusun seperti pohon, tanpa lingkaran
validate-level-not-below-parent = unit { $unit } pada tingkatan { $level } berinduk pada { $parent } pada tingkatan { $parent_level }; tingkatan suatu unit harus berada di bawah tingkatan induknya
validate-below-minimum-members = unit { $unit } memiliki { $members } anggota pada { $as_of } ({ $source }); tingkatan { $level } mensyaratkan paling sedikit { $min } anggota
validate-source-records = catatan keanggotaan
validate-source-stats = statistik per { $date }
validate-below-minimum-affiliates-at = unit { $unit } memiliki { $count } unit afiliasi pada tingkatan { $counted } pada { $as_of }; tingkatan { $level } mensyaratkan paling sedikit { $min }
validate-below-minimum-affiliates = unit { $unit } memiliki { $count } unit afiliasi pada { $as_of }; tingkatan { $level } mensyaratkan paling sedikit { $min }
validate-too-many-affiliations = unit { $unit } berafiliasi ke atas kepada { $count } unit pada { $as_of } ({ $ids }); tingkatan { $level } membolehkan paling banyak { $max }
validate-stats-duplicate-date = unit { $unit } memiliki dua statistik keanggotaan bertanggal { $date }; seharusnya satu statistik untuk setiap tanggal
validate-substitute-other-body = jabatan pengganti { $post } menggantikan { $titular }, jabatan pada badan lain; seharusnya jabatan pada badan yang sama
validate-substitute-of-itself = jabatan { $post } menjadi pengganti bagi dirinya sendiri; seharusnya jabatan lain pada badan yang sama
validate-substitute-chain = jabatan pengganti { $post } menggantikan { $titular }, yang juga jabatan pengganti; seharusnya jabatan utama
validate-condition-other-body = syarat menyebut jabatan { $post }, yang tidak termasuk badan { $body }; seharusnya jabatan pada badan yang sama
validate-condition-count-above-seats = syarat memerlukan { $count } kursi diduduki suatu kelompok, tetapi jabatan-jabatannya hanya memiliki { $seats } kursi
validate-incompatibility-too-few = larangan rangkap jabatan hanya menyebut { $count } jabatan yang berbeda; seharusnya paling sedikit 2
validate-term-before-birth = masa jabatan { $person } pada jabatan { $post } dimulai pada { $start }, sebelum tanggal lahir pemegangnya, { $birth }
validate-seats-overfilled = jabatan { $post } dipegang oleh { $holders } orang { $when } ({ $ids }); jabatan itu memiliki { $seats } kursi
validate-holder-not-member = { $person } memegang jabatan { $post }, tetapi pada { $from } bukan anggota aktif yang tidak menunggak iuran pada unit { $unit } atau unit di atasnya
validate-reserved-seat-outside-group = { $person } memegang jabatan { $post } yang dikhususkan bagi { $group }, tetapi tidak termasuk kelompok itu pada { $on }
validate-reserved-seat-unverifiable = { $person } memegang jabatan { $post } yang dikhususkan bagi { $group }, dan dokumen tidak menyebutkan apakah yang bersangkutan termasuk kelompok itu
validate-incompatible-posts = { $person } merangkap jabatan { $a } dan { $b }, yang tidak boleh dirangkap, { $when }
validate-condition-at-least-broken = jabatan { $posts } memiliki { $in_group } pemegang dari kelompok { $group } dan { $vacant } kursi kosong pada { $as_of }; syaratnya paling sedikit { $count } dari kelompok { $group }
validate-condition-unverifiable = jabatan { $posts }: syaratnya tidak dapat dinilai pada { $as_of }; { $unknown } pemegang jabatan tidak memiliki data yang diperlukan
validate-condition-same-gender = jabatan { $posts } seluruhnya dipegang oleh orang berjenis kelamin { $gender } pada { $as_of }; syaratnya jenis kelamin yang berbeda
validate-term-runs-open = telah berlangsung dari { $start } sampai { $end } dan masih berjalan
validate-term-runs = berlangsung dari { $start } sampai { $end }
validate-term-too-long = masa jabatan { $person } pada jabatan { $post } { $runs }; badan itu membolehkan paling lama { $max_months } bulan (sampai { $limit })
validate-consecutive-gap = tanpa jeda { $months } bulan
validate-consecutive-terms-exceeded = { $person } memulai masa jabatan berturut-turut yang ke-{ $run } untuk jabatan { $post } pada { $start }{ $gap }; badan itu membolehkan paling banyak { $max }
validate-vacancy = pada { $as_of }, { $vacant } dari { $seats } kursi jabatan { $post } kosong
validate-seat-plan-group-twice = rencana kursi badan { $body } menyebut kelompok { $group } dua kali (pertama pada jaminan ke-{ $first }); setiap kelompok seharusnya hanya memiliki satu jaminan
validate-seat-plan-above-size = rencana kursi badan { $body } menjamin { $planned } kursi untuk { $group }, padahal badan itu hanya memiliki { $seats } kursi; seharusnya paling banyak { $seats }
validate-seat-plan-unknown-group = rencana kursi badan { $body } menyebut kelompok { $group }, yang tidak disebut oleh orang, statistik, atau jabatan khusus mana pun dalam dokumen; seharusnya jenis kelamin yang dikenal, kelompok usia, atau atribut yang dimiliki orang
validate-stats-groups-above-total = statistik keanggotaan unit { $unit } per { $date } menghitung { $sum } anggota menurut { $what }, padahal jumlah seluruhnya { $total }; kelompok yang saling meniadakan tidak dapat melebihi jumlah seluruhnya
validate-stats-ages-decrease = statistik keanggotaan unit { $unit } per { $date } menghitung { $n } anggota berusia di bawah { $younger } tetapi { $m } anggota berusia di bawah { $older }; kelompok usia yang lebih tua mencakup yang lebih muda
