## Pemilihan dengan daftar calon yang bernama (src/election/list_candidates.rs) dan
## pembagian biproporsional tabel satuan × kelompok (src/apportionment/vote_table.rs).
## $list, $group, $removed, $added, $unit adalah nama atau id sebagaimana tertulis di berkas;
## $lists berupa deretan nama bertanda kutip yang dipisahkan koma.

lists-place = daftar { $list }, urutan { $position }
lists-not-a-list-method = { $method } bukan metode daftar: seharusnya dhondt, sainte-lague, modified-sainte-lague, atau salah satu metode sisa terbesar untuk daftar dengan calon
lists-differ = daftar pada berkas suara dan pada berkas calon berbeda: { $problems }
lists-without-candidates = { $lists } memperoleh suara tetapi tidak memiliki calon
lists-without-votes = { $lists } memiliki calon tetapi tidak memperoleh suara
lists-jump-needs-divisors = batas bawah melalui perpindahan kursi antardaftar (WO §15(5)) memerlukan bilangan pembagi tertinggi: metodenya { $method }, seharusnya dhondt atau sainte-lague
lists-jump-lot-needed = daftar { $lists } seri untuk kursi yang dipindahkan (WO §15(5) angka 2 menentukannya dengan undian): berikan --seed N untuk mengundinya
lists-bad-floor = { $value } bukan batas bawah: seharusnya KELOMPOK=N, misalnya woman=3
lists-heading = pemilihan dengan daftar calon, metode { $method }, { $seats } kursi
lists-lists = daftar:
lists-list-line = { $list }: { $votes } suara, { $won } kursi menurut penghitungan, { $seats } kursi diperoleh ({ $candidates } calon)
lists-elected = terpilih ({ $count }):
lists-elected-line = { $number }. { $who }, daftar { $list }, urutan { $position }
lists-elected-line-group = { $number }. { $who } ({ $group }), daftar { $list }, urutan { $position }
lists-by-jump = , melalui perpindahan kursi (WO §15(5))
lists-unfilled = { $count } kursi tidak terisi: tidak ada daftar yang masih memiliki calon (WO §15(3))
lists-floor = batas bawah: { $group } paling sedikit { $min } kursi; { $before } setelah penghitungan, { $held } pada akhirnya
lists-move-same = daftar { $list }: { $removed } digantikan oleh { $added } (WO §15(5) angka 1)
lists-move-other = satu kursi daftar { $from } berpindah ke daftar { $to }: { $removed } digantikan oleh { $added } (WO §15(5) angka 2)
lists-by-lot = , dengan undian
lists-floor-unmet = batas bawah { $min } kursi untuk { $group } tidak terpenuhi: tidak ada daftar lain yang memiliki calon { $group } (WO §15(5) angka 5)

biprop-a-group = kelompok (satu kolom suara untuk setiap daftar atau partai)
biprop-unit = satuan
biprop-seats = kursi
biprop-divisor = pembagi
biprop-total = jumlah
biprop-heading = pembagian biproporsional, metode { $method }, { $seats } kursi, { $units } satuan × { $groups } kelompok
biprop-voter-numbers = pembagian atas menurut jumlah pemilih (suara setiap satuan dibagi jumlah kursinya)
biprop-not-qualified = di bawah ambang batas, tanpa kursi: { $groups }

lists-no-universal-tabulator = pemilihan dengan daftar calon tidak memiliki ringkasan Universal Tabulator: seharusnya --format text, json, atau html
lists-html-title = Pemilihan dengan daftar calon
lists-html-lists = Suara dan kursi setiap daftar
lists-html-list = Daftar
lists-html-votes = Suara
lists-html-candidates = Calon
lists-html-won = Kursi menurut penghitungan
lists-html-seats = Kursi diperoleh
lists-html-number = No.
lists-html-id = Id
lists-html-name = Nama
lists-html-position = Urutan dalam daftar
lists-html-group = Kelompok
lists-html-how = Terpilih
lists-html-by-place = menurut urutan dalam daftar
lists-html-by-jump = melalui perpindahan kursi (WO §15(5))
biprop-needs-divisor-method = --biproportional memerlukan metode pembagi: { $method } bukan metode pembagi; seharusnya sainte-lague (Zürich), dhondt, modified-sainte-lague, adams, atau dean
lists-policy-needs-reference = aturan { $rule } memerlukan jumlah anggota satuan untuk menetapkan batas bawahnya, yang tidak diketahui dalam pemilihan dengan daftar calon: cantumkan populasi acuan dalam aturan (population = "given") atau berikan batas bawah dengan --floor KELOMPOK=N
lists-policy-two-floors = kebijakan menetapkan batas bawah untuk { $groups }: perpindahan kursi (WO §15(5)) memenuhi batas bawah satu kelompok minoritas; seharusnya satu aturan list-jump yang mengikat dengan satu kelompok
lists-floor-and-policy = batas bawah diberikan melalui --floor dan melalui kebijakan sekaligus: seharusnya salah satunya saja
lists-floor-rule = aturan { $rule }
