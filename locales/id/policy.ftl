## Kebijakan keterwakilan: pembacaan, audit, penjelasan, pemeriksaan daftar calon
## (src/policy/messages.rs). $subject adalah teks policy-subject-*; $group, $many dan
## hitungan ($found, $more) memakai kata kelompok dari kebijakan itu sendiri (untuk
## perempuan dan laki-laki: kata bahasa Indonesia).

policy-unknown-group = aturan { $rule } menyebut kelompok { $group }, yang tidak didefinisikan oleh kebijakan dalam [[groups]]
policy-bad-reference = aturan { $rule } memberikan populasi acuan sebanyak { $total } dengan { $group } di dalam kelompok: seharusnya jumlah seluruhnya lebih dari 0 dan jumlah di dalam kelompok tidak melebihi jumlah seluruhnya
policy-band-without-groups = aturan { $rule } berupa rentang tanpa kelompok: sebutkan kelompok yang diikatnya
policy-band-group-twice = aturan { $rule } menyebut kelompok { $group } dua kali dalam rentangnya
policy-band-min-above-max = aturan { $rule } memiliki rentang dari { $min } sampai { $max }: batas bawahnya melebihi batas atasnya
policy-from-size-zero = aturan { $rule } berlaku sejak 0 kursi: from_seats harus paling sedikit 1
policy-group-twice = kelompok { $group } didefinisikan dua kali
policy-version-twice = aturan { $rule } memiliki versi { $version } dua kali: berikan nomor tersendiri bagi setiap versi
policy-annulled-before-effective = aturan { $rule } versi { $version } dibatalkan sejak { $annulled }, sebelum mulai berlaku pada { $effective }
policy-no-targets = aturan { $rule } memiliki scope.targets yang kosong: sebutkan sasaran keberlakuannya (bodies, delegations, candidate-lists, offices)
policy-order-rule-twice = aturan urutan { $rule } didefinisikan dua kali
policy-bad-block = aturan urutan { $rule } meminta { $at_least } dalam setiap { $in_every } urutan: seharusnya blok paling sedikit 1 urutan dan jumlah yang diminta tidak melebihi blok
policy-no-rules = kebijakan tidak memuat aturan apa pun: tambahkan tabel [[rules]] atau [[order_rules]]

policy-seats = { $count ->
       *[other] kursi
    }
policy-places = { $count ->
       *[other] urutan
    }
policy-and = dan
policy-count-of-unknown = { $count } dari { $group }

policy-rounding-up = dibulatkan ke atas
policy-rounding-down = dibulatkan ke bawah
policy-rounding-half-up = dibulatkan ke bilangan terdekat (setengah ke atas)
policy-rounding-half-even = dibulatkan ke bilangan terdekat (setengah ke bilangan genap)
policy-rounding-dhondt = dibagi menurut metode d'Hondt antara kelompok itu dan selebihnya
policy-hardness-binding = mengikat
policy-hardness-target = sasaran
policy-base-all-seats = seluruh kursi
policy-base-filled-seats = kursi yang terisi
policy-base-voting-seats = kursi yang memiliki hak suara
policy-consequence-corrective-replacement = penggantian korektif
policy-consequence-fill-floor-first = kuota diisi lebih dahulu
policy-consequence-list-jump = lompat urutan daftar
policy-consequence-add-seats = penambahan kursi
policy-consequence-refuse-delegation = utusan ditolak
policy-consequence-report-only = hanya dilaporkan
policy-consequence-constrained-count = penghitungan suara bersyarat

policy-shape-share-floor = paling sedikit { $share } { $many }, { $rounding }
policy-shape-band = masing-masing dari { $groups } antara { $min } dan { $max }, { $rounding }
policy-shape-proportional = { $many } paling sedikit sebanding dengan bagiannya dalam { $population }, { $rounding }
policy-population-unit = keanggotaan unit
policy-population-given = { $label } ({ $count } dari { $total })
policy-shape-count-floor = paling sedikit { $count }
policy-shape-from-size = mulai { $from } kursi ke atas: { $then }

policy-heading = aturan { $rule } v{ $version } ({ $hardness }, berlaku sejak { $from }{ $annulled }): { $shape }; dasar penghitungan { $base }; jika tidak terpenuhi: { $consequence }{ $source }
policy-heading-annulled = dibatalkan sejak { $from } oleh { $by }
policy-heading-source = sumber: { $source }
policy-heading-plain = aturan { $rule }

policy-conflict-min-above-max-one = aturan { $rule } mewajibkan paling sedikit { $count }, tetapi membolehkan paling banyak { $max }
policy-conflict-min-above-max = aturan { $min_rule } mewajibkan paling sedikit { $count }, tetapi aturan { $max_rule } membolehkan paling banyak { $max }
policy-conflict-more-than-seats = aturan { $rule } mewajibkan paling sedikit { $count } dari { $seats } { $unit }
policy-conflict-part = aturan { $rule } ({ $count })
policy-conflict-disjoint = { $parts } bersama-sama memerlukan { $total } kursi, lebih dari { $seats } { $unit } yang ada

policy-subject-body = badan { $id }
policy-subject-delegation = utusan { $id }
policy-subject-list = daftar calon
policy-reference-missing = { $subject }: aturan { $rule } sebanding dengan keanggotaan unit, tetapi unit itu tidak memiliki statistik keanggotaan yang berlaku pada tanggal tersebut
policy-rule-infeasible = { $subject } memiliki { $seats } { $unit }; pada jumlah itu aturan tidak dapat dipenuhi: { $why }
policy-contradiction = { $subject } memiliki { $seats } { $unit }; pada jumlah itu aturan-aturan saling bertentangan: { $why }
policy-shortfall-binding = { $subject } memiliki { $found } dari { $seats } { $unit }; aturan { $rule } mewajibkan paling sedikit { $min } (kurang { $more })
policy-shortfall-target = { $subject } memiliki { $found } dari { $seats } { $unit }; aturan { $rule } menargetkan paling sedikit { $min } (kurang { $more })
policy-delegation-refused = utusan ini ditolak
policy-excess = { $subject } memiliki { $found } dari { $seats } { $unit }; aturan { $rule } membolehkan paling banyak { $max } (kelebihan { $over })
policy-data-missing = { $subject }: { $unknown } kursi diduduki oleh orang yang datanya tidak menunjukkan apakah mereka termasuk { $many } (aturan { $rule }); kursi itu dihitung tidak termasuk
policy-lot-last-seat = { $subject }: menurut aturan { $rule }, kursi terakhir berimbang menurut metode d'Hondt antara { $many } dan selebihnya sehingga ditentukan dengan undian; kuota tidak menghitung kursi itu
policy-order-shortfall = urutan { $first }-{ $last } daftar calon memuat { $found }; aturan { $rule } mewajibkan paling sedikit { $at_least } dalam setiap { $in_every } urutan
policy-order-unknown = ({ $unknown } tanpa data)
policy-selects-nobody = aturan { $rule } tidak mencakup siapa pun dalam lingkupnya: { $none } di antara { $holders } pemegang kursi pada { $bodies } badan yang dicakupnya
policy-not-enough-eligible = unit { $unit } hanya memiliki { $available } anggota { $one } yang aktif dan tidak menunggak iuran; { $subject } memerlukan { $min } menurut aturan { $rule }
policy-not-enough-eligible-stats = menurut statistik keanggotaan per { $date }, unit { $unit } hanya memiliki { $available } anggota { $one }; { $subject } memerlukan { $min } menurut aturan { $rule }
policy-seat-plan-source = {" "}({ $source })
policy-seat-plan-short = rencana kursi { $subject }{ $source } memberikan { $planned } dari { $seats } kursi kepada anggota { $one }; aturan { $rule } mewajibkan paling sedikit { $min }, dan rencana itu tidak menjaminnya
policy-seat-plan-excess = rencana kursi { $subject }{ $source } memberikan { $planned } dari { $seats } kursi kepada anggota { $one }; aturan { $rule } membolehkan paling banyak { $max }

policy-vocab-no-gender = kelompok { $group }: tidak ada orang berjenis kelamin `{ $value }`; dokumen tidak mencatat jenis kelamin
policy-vocab-gender = kelompok { $group }: tidak ada orang berjenis kelamin `{ $value }`; dokumen memakai { $used }{ $nearest }
policy-vocab-attribute-value = kelompok { $group }: tidak ada orang dengan atribut `{ $name }` = `{ $value }`; dokumen memakai { $used }{ $nearest }
policy-vocab-no-attributes = kelompok { $group }: tidak ada orang dengan atribut `{ $name }`; dokumen tidak mencatat atribut apa pun
policy-vocab-attribute = kelompok { $group }: tidak ada orang dengan atribut `{ $name }`; dokumen memakai atribut { $used }{ $nearest }
policy-vocab-more = { $shown } dan { $more } lainnya
policy-vocab-nearest = (yang terdekat: `{ $value }`)

policy-bounds-at-least = paling sedikit { $count }
policy-bounds-range = { $min } sampai { $max } { $many }
policy-bounds-lot = (+1 jika undian untuk kursi terakhir yang berimbang jatuh pada mereka)
policy-row-not-applicable = tidak berlaku (mulai { $from } kursi)
policy-row-needs-reference = bergantung pada statistik keanggotaan unit
policy-row-infeasible = TIDAK DAPAT DIPENUHI
policy-cannot-be-met-at = tidak dapat dipenuhi pada: { $sizes } kursi
policy-no-contradictions = tidak ada pertentangan antaraturan
policy-contradictions = pertentangan antaraturan ({ $count }):

policy-audit-heading = audit per { $as_of }: { $count } badan dalam lingkup
policy-audit-by-level = menurut tingkatan:
policy-audit-level = { $level }: { $compliant } dari { $bodies } badan memenuhi
policy-audit-by-rule = menurut aturan:
policy-audit-rule = { $rule } v{ $version } ({ $hardness }): { $in_scope } dalam lingkup, { $complies } memenuhi, { $breaks } di bawah kuota, { $infeasible } tidak dapat dipenuhi, { $not_applicable } tidak berlaku, { $unknown } tidak dapat dinilai

policy-group-women = perempuan
policy-group-men = laki-laki
