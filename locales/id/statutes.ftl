## Anggaran dasar sebagaimana ditulis serikat (isu 11): jalan keluar yang sah bagi
## akibat kebijakan (src/model/policy/escape.rs, src/election_rules/elect/escape.rs).

statutes-escape-not-applicable = aturan { $rule } menyatakan jalan keluar { $escape }, tetapi akibatnya ({ $consequence }) tidak memilih siapa pun; jalan keluar berlaku untuk penggantian korektif, pengisian batas bawah lebih dahulu, penambahan kursi, penghitungan terbatas, dan lompatan daftar
# $shortfall adalah kalimat dari election-shortfall-*.
statutes-floor-accepted = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; aturan itu menerima hasilnya bila calon dari kelompok itu habis (jalan keluar accept), sehingga kursi sisanya jatuh kepada calon lain menurut urutan suara
statutes-floor-accepted-by-default = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; { $consequence } menerima hasilnya bila calon dari kelompok itu habis ({ $source }), sehingga kursi sisanya jatuh kepada calon lain menurut urutan suara
statutes-source-corrective-replacement = penggantian berlangsung "sampai batas bawah terpenuhi atau tidak ada calon lagi"
statutes-source-floor-first = Wahlordnung BetrVG §22(4): kursi yang tidak dapat diisi kelompok minoritas masuk ke pembagian umum
statutes-source-list-jump = Wahlordnung BetrVG §15(5) angka 5: bila tidak ada daftar lain yang memuat calon dari kelompok minoritas, kursi itu tetap pada daftarnya
statutes-list-floor-accepted = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; aturan itu menerima hasilnya bila calon dari kelompok itu habis (jalan keluar accept), sehingga kursi tetap pada daftar yang memegangnya
statutes-list-floor-accepted-by-default = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; { $consequence } menerima hasilnya bila calon dari kelompok itu habis ({ $source }), sehingga kursi tetap pada daftar yang memegangnya
statutes-seats-left-vacant = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; aturan itu membiarkan kursi yang tidak dapat diisi kelompok itu kosong (jalan keluar vacant): { $count } kursi dibiarkan kosong, diambil dari { $people }
statutes-election-void = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; aturan itu membatalkan pemilihan bila calon dari kelompok itu habis (jalan keluar void): tidak ada masa jabatan yang dicatat
statutes-vacant-line = kursi { $person } dibiarkan kosong: { $reason }
statutes-report-void = pemilihan batal menurut jalan keluar sebuah aturan kebijakan: tidak ada masa jabatan yang dicatat

## Rumus kuorum keputusan (src/decision/formula.rs).

statutes-formula-syntax = rumus `{ $formula }` tidak terbaca pada kolom { $column }: seharusnya { $expected }
statutes-formula-expected-operand = sebuah angka, variabel, `(` atau `-`
statutes-formula-expected-operator = sebuah operator (`+`, `-`, `*`, `/`) atau akhir rumus
statutes-formula-expected-close = `)`
statutes-formula-expected-close-or-comma = `,` atau `)`
statutes-formula-expected-digit = sebuah angka sesudah titik desimal
statutes-formula-expected-function = fungsi max, min, floor atau ceil
statutes-formula-expected-one-argument = satu argumen
statutes-formula-expected-shorter = rumus paling panjang 1000 bita
statutes-formula-expected-shallower = paling banyak 32 tingkat kurung
statutes-formula-unknown-variable = rumus menyebut variabel { $name }, yang tidak memiliki nilai; yang dikenal: { $known }
statutes-formula-division-by-zero = rumus membagi dengan nol
statutes-quorum-formula-unknown-variable = rumus kuorum `{ $formula }` menyebut variabel { $name }, yang tidak diberikan mosi; berikan di bawah `variables` (yang dikenal: { $known })
statutes-quorum-formula = { $comparison } { $formula } = { $value } { $whom }: { $present } hadir, diperlukan { $required }: { $met }
statutes-quorum-formula-division-by-zero = rumus kuorum `{ $formula }` membagi dengan nol dengan angka-angka mosi
statutes-reserved-variable = variabel { $name } dihitung dari para delegasi dan tidak dapat diberikan; pilih nama lain

## Delegasi yang berhak dihitung per kelompok (src/decision/groups.rs).

statutes-duplicate-delegate-group = kelompok delegasi { $group } diberikan dua kali
statutes-present-above-count = kelompok delegasi { $group } mencatat { $present } hadir padahal hanya memiliki { $count } delegasi
statutes-too-many-delegates = kelompok delegasi { $group } membuat jumlah delegasi melampaui 18446744073709551615
statutes-unknown-delegate-group = suara diberikan untuk kelompok delegasi { $group }, yang tidak tercantum dalam delegate_groups mosi
statutes-non-voting-group = kelompok delegasi { $group } tidak memiliki hak suara, tetapi suaranya diberikan
statutes-too-many-group-votes = kelompok delegasi { $group } memberikan { $votes } suara padahal hanya memiliki { $count } delegasi
statutes-majority-formula-unknown-variable = batas minimum mayoritas `{ $formula }` menyebut variabel { $name }, yang tidak diberikan mosi; berikan di bawah `variables` (yang dikenal: { $known })
statutes-majority-formula-division-by-zero = batas minimum mayoritas `{ $formula }` membagi dengan nol dengan angka-angka mosi
# $formula adalah batas minimum mayoritas, $value nilai tepatnya, $votes jumlah suara bulat yang diperlukan.
statutes-majority-minimum-line = dan sekurang-kurangnya { $formula } = { $value }, jadi { $votes } suara
