## Anggaran dasar sebagaimana ditulis serikat (isu 11): jalan keluar yang sah bagi
## akibat kebijakan (src/model/policy/escape.rs, src/election_rules/elect/escape.rs).

statutes-escape-not-applicable = aturan { $rule } menyatakan jalan keluar { $escape }, tetapi akibatnya ({ $consequence }) tidak memilih siapa pun; jalan keluar berlaku untuk penggantian korektif, pengisian batas bawah lebih dahulu, penambahan kursi, dan penghitungan terbatas
# $shortfall adalah kalimat dari election-shortfall-*.
statutes-floor-accepted = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; aturan itu menerima hasilnya bila calon dari kelompok itu habis (jalan keluar accept), sehingga kursi sisanya jatuh kepada calon lain menurut urutan suara
statutes-floor-accepted-by-default = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; { $consequence } menerima hasilnya bila calon dari kelompok itu habis ({ $source }), sehingga kursi sisanya jatuh kepada calon lain menurut urutan suara
statutes-source-corrective-replacement = penggantian berlangsung "sampai batas bawah terpenuhi atau tidak ada calon lagi"
statutes-source-floor-first = Wahlordnung BetrVG §22(4): kursi yang tidak dapat diisi kelompok minoritas masuk ke pembagian umum
statutes-seats-left-vacant = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; aturan itu membiarkan kursi yang tidak dapat diisi kelompok itu kosong (jalan keluar vacant): { $count } kursi dibiarkan kosong, diambil dari { $people }
statutes-election-void = badan { $body }, aturan kebijakan { $rule }: { $shortfall }; aturan itu membatalkan pemilihan bila calon dari kelompok itu habis (jalan keluar void): tidak ada masa jabatan yang dicatat
statutes-vacant-line = kursi { $person } dibiarkan kosong: { $reason }
statutes-report-void = pemilihan batal menurut jalan keluar sebuah aturan kebijakan: tidak ada masa jabatan yang dicatat
