## Aturan sebagai pasal yang dirumuskan dalam AD/ART (src/policy/clause.rs), dan
## catatan tentang akibatnya. Bilangan datang dalam angka dan huruf ("30% (tiga puluh
## persen)", "2 (dua)"), menurut UU 12/2011, Lampiran II.

clause-share-floor = Paling sedikit { $share } anggota { $scope } adalah { $many }
clause-band = { $groups } masing-masing paling sedikit { $min } dan paling banyak { $max } dari anggota { $scope }
clause-band-max = batas paling banyak adalah jumlah kursi dikurangi { $complement } dari jumlah kursi yang dibulatkan dengan cara yang sama
clause-proportional = Jumlah { $many } di antara anggota { $scope } paling sedikit sebanding dengan bagian { $many } dalam { $population }
clause-population-unit = keanggotaan unit yang bersangkutan menurut statistik keanggotaan yang berlaku
clause-population-given = { $label }, yaitu { $count } dari { $total }
clause-count-floor = Paling sedikit { $count } orang anggota { $scope } adalah { $who }
clause-order-fixed = Dalam setiap { $block } urutan calon pada daftar calon, dihitung dari urutan pertama, terdapat paling sedikit { $count } orang { $who }
clause-order-sliding = Dalam setiap { $block } urutan calon yang berturut-turut pada daftar calon terdapat paling sedikit { $count } orang { $who }
clause-from-size = Ketentuan ini hanya berlaku dalam hal jumlah kursi paling sedikit { $from }.

clause-rounding-up = hasil perhitungan yang berupa pecahan dibulatkan ke atas
clause-rounding-down = hasil perhitungan yang berupa pecahan dibulatkan ke bawah
clause-rounding-half-up = hasil perhitungan yang berupa pecahan kurang dari setengah dibulatkan ke bawah, dan pecahan setengah atau lebih dibulatkan ke atas
clause-rounding-half-even = hasil perhitungan yang berupa pecahan dibulatkan ke bilangan bulat terdekat, dan pecahan tepat setengah dibulatkan ke bilangan genap terdekat
clause-rounding-dhondt = kursi dibagi antara { $many } dan anggota lainnya menurut metode d'Hondt sebanding dengan bagian masing-masing, dan dalam hal perolehan untuk kursi terakhir berimbang, kursi itu ditentukan dengan undian

clause-base-all-seats = Persentase dihitung dari seluruh kursi, termasuk kursi yang belum terisi.
clause-base-filled-seats = Persentase dihitung dari kursi yang terisi.
clause-base-voting-seats = Persentase dihitung dari kursi yang memiliki hak suara.
clause-seats-titular = Yang dihitung hanya kursi anggota utama, tidak termasuk kursi pengganti.
clause-seats-substitute = Yang dihitung hanya kursi pengganti.
clause-target = Ketentuan ini merupakan sasaran yang diupayakan: tidak tercapainya sasaran dilaporkan, tetapi tidak menimbulkan akibat hukum.

clause-consequence-corrective-replacement = Dalam hal ketentuan ini tidak terpenuhi, calon terpilih dengan perolehan suara terendah dari kelompok yang berlebih diganti oleh calon { $one } yang tidak terpilih dengan perolehan suara tertinggi, sampai ketentuan ini terpenuhi atau tidak ada lagi calon tersebut.
clause-consequence-fill-floor-first = Kursi bagi { $many } diisi lebih dahulu, kemudian kursi selebihnya diisi menurut urutan perolehan suara.
clause-consequence-list-jump = Dalam hal ketentuan ini tidak terpenuhi, kursi dialihkan kepada calon { $one } berikutnya pada daftar yang sama atau daftar lain.
clause-consequence-add-seats = Dalam hal ketentuan ini tidak terpenuhi, kursi ditambah dan diisi oleh { $many } sampai ketentuan ini terpenuhi.
clause-consequence-refuse-delegation = Utusan yang tidak memenuhi ketentuan ini tidak disahkan.
clause-consequence-report-only = Dalam hal ketentuan ini tidak terpenuhi, hal tersebut dicatat dan dilaporkan tanpa akibat lain.
clause-consequence-constrained-count = Penghitungan suara dilakukan dengan batasan ini sehingga hasilnya memenuhi ketentuan ini.

clause-scope-and = { " serta " }
clause-scope-every-body = setiap badan
clause-scope-kinds = { $kinds }
clause-scope-delegations = setiap Utusan
clause-scope-lists = setiap daftar calon
clause-scope-offices = pemegang jabatan { $posts }
clause-scope-bodies = badan { $bodies }
clause-scope-levels = pada tingkatan { $levels }
clause-scope-every-level = di semua tingkatan
clause-scope-units = dalam lingkungan { $units }
clause-kind-congress = Kongres
clause-kind-council = Dewan
clause-kind-executive = Pengurus
clause-kind-committee = Komite
clause-kind-delegation = Utusan
clause-kind-class = Kelas
clause-kind-audit = Badan Pengawas

clause-note-one-seat = badan atau jabatan dengan 1 (satu) kursi wajib diduduki oleh { $who }, karena pada 1 kursi kuota setelah dibulatkan adalah 1 kursi
clause-note-every-seat = pada { $sizes } kursi, kuota sama dengan seluruh kursi: semua kursi wajib diduduki oleh { $many }
clause-note-half-or-more = karena pembulatan, kuota { $share } menjadi separuh kursi atau lebih: { $sizes }
clause-note-half-size = { $floor } dari { $seats } kursi
clause-note-no-seat = pada { $sizes } kursi, kuota dibulatkan menjadi 0 (nol): ketentuan ini tidak mewajibkan satu kursi pun bagi { $many }
clause-note-infeasible = pada { $seats } kursi ketentuan ini tidak dapat dipenuhi: { $why }
clause-note-lot = pada { $sizes } kursi, perolehan untuk kursi terakhir berimbang menurut metode d'Hondt dan kursi itu ditentukan dengan undian; kuota tidak menghitung kursi itu
clause-note-contradiction = pada { $seats } kursi ketentuan ini bertentangan dengan aturan { $with }: { $why }
clause-note-needs-reference = kuota mengikuti statistik keanggotaan setiap unit pada tanggal yang bersangkutan; unit tanpa statistik yang berlaku tidak dapat dinilai

clause-heading = Aturan { $rule }
clause-notes = Akibat yang perlu diperhatikan:
clause-no-notes = Tidak ada akibat yang mengejutkan pada { $from } sampai { $to } kursi.
