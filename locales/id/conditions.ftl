## Syarat kelayakan sebagai bahasa syarat (isu 11, butir 1): titik acuan, syarat dalam
## kata-kata, alasannya, dan syarat yang tidak wajar
## (src/election_rules/condition_messages.rs).

conditions-point-election-day = hari pemilihan
conditions-point-nominations-open = pembukaan pencalonan
conditions-point-nominations-close = penutupan pencalonan
conditions-point-process-start = dimulainya proses pemilihan
conditions-point-date = { $date }
conditions-point-event = acara { $name }
# $point adalah titik acuan lain dalam kata-kata.
conditions-point-month-of = hari pertama bulan { $point }

# $condition adalah syarat dalam kata-kata, $point titik acuan.
conditions-at = { $condition } pada { $point }
conditions-all-of = semua dari ({ $items })
conditions-any-of = salah satu dari ({ $items })
conditions-not = tidak { $condition }
conditions-tenure = keanggotaan { $months } bulan
conditions-good-standing = iuran lunas dengan tenggang waktu { $grace_days } hari
conditions-good-standing-months = { $months } bulan berturut-turut dengan iuran lunas, dengan tenggang waktu { $grace_days } hari
conditions-age-band = berumur sekurang-kurangnya { $min } tahun dan kurang dari { $under } tahun
conditions-age-min = berumur sekurang-kurangnya { $min } tahun
conditions-age-under = berumur kurang dari { $under } tahun
conditions-age-any = berumur berapa pun
conditions-holds-post = memegang jabatan { $post }
conditions-attendance = kehadiran pada { $share } rapat rutin dalam { $months } bulan sebelumnya
conditions-term-limits = dalam batas masa jabatan badan

conditions-reason-not-holding = tidak memegang jabatan { $post }
conditions-reason-attendance = hadir pada { $attended } dari { $counted } rapat rutin yang dihitung sejak { $from } sampai sebelum { $to }, kurang dari { $share } yang disyaratkan
conditions-reason-no-attendance-record = tidak ada catatan kehadiran, sehingga kehadiran rapat tidak dapat dinilai
conditions-reason-no-meetings = tidak ada rapat rutin yang tercatat sejak { $from } sampai sebelum { $to }, sehingga kehadiran tidak dapat dinilai
conditions-reason-no-reference-date = catatan pemilihan tidak memuat tanggal { $point }, sehingga syarat yang diukur pada saat itu tidak dapat dinilai
conditions-reason-measured-at = pada { $date } ({ $point }): { $reasons }
conditions-reason-none-of = tidak memenuhi satu pun alternatif: { $alternatives }
# $number dimulai dari 1.
conditions-alternative = ({ $number }) { $reasons }
conditions-reason-excluded = memenuhi syarat yang dikecualikan { $condition }

conditions-unreasonable = aturan pemilihan { $rule }: syarat pencalonan { $condition } ({ $field }) dengan sendirinya menggugurkan { $disqualified } dari { $electorate } anggota ({ $share }), lebih dari { $threshold }; syarat yang menggugurkan sebagian besar anggota tidak wajar (29 CFR 452.38(a); Steelworkers v. Usery, 429 U.S. 305 (1977): 96,5% gugur)

## Validasi rapat dan catatan kehadiran (src/election_rules/attendance_check.rs).
conditions-unknown-meeting-unit = rapat { $meeting } menyebut unit { $unit }, yang tidak ada dalam dokumen
# $number adalah urutan (mulai dari 1) rapat pertama dengan id tersebut.
conditions-duplicate-meeting = id rapat { $meeting } diberikan dua kali (pertama sebagai rapat { $number })
conditions-unknown-attendance-person = catatan kehadiran orang { $person }, yang tidak ada dalam dokumen
# $number adalah urutan (mulai dari 1) catatan pertama.
conditions-duplicate-attendance = orang { $person } memiliki catatan kehadiran kedua (catatan pertama adalah catatan { $number }, yang berlaku)
conditions-unknown-meeting = catatan kehadiran { $person } menyebut rapat { $meeting }, yang tidak ada dalam dokumen
conditions-present-and-excused = catatan kehadiran { $person } mencatat rapat { $meeting } sebagai dihadiri sekaligus berhalangan dengan izin: rapat tersebut dihitung sebagai dihadiri

## Validasi syarat terhadap dokumen dan catatan pemilihan
## (src/election_rules/condition_check.rs). $what adalah "pemilih" atau "calon" (sudah
## diterjemahkan), $point titik acuan dalam kata-kata, $stated tempat aturan menyebutnya.
conditions-reference-not-recorded = aturan pemilihan { $rule }: syarat bagi { $what } diukur pada { $point } ({ $stated }), yang tanggalnya tidak dicatat untuk pemilihan tanggal { $date }: syarat itu tidak dapat dinilai, dan setiap orang yang dikenainya perlu ditinjau
# $day adalah hari pengukuran, $event acaranya dalam kata-kata, $to tanggal terakhirnya, $from tanggal-tanggal sebelumnya.
conditions-reference-moved = aturan pemilihan { $rule }: syarat bagi { $what } diukur pada { $point } ({ $stated }); { $event } dipindahkan dari { $from } ke { $to }, dan tanggal terakhirnya yang berlaku: syarat itu diukur pada { $day }, untuk pemilihan tanggal { $date }
# $condition adalah syarat dalam kata-kata, $path letaknya dalam aturan.
conditions-unknown-post = aturan pemilihan { $rule }: syarat { $condition } ({ $path }) menyebut jabatan { $post }, yang tidak ada dalam dokumen, sehingga tidak seorang pun dapat memegangnya
conditions-attendance-no-meetings = aturan pemilihan { $rule }: syarat kehadiran ({ $path }) menghitung rapat rutin unit { $unit }, tetapi dokumen tidak mencatat satu pun rapat: setiap orang yang dikenainya perlu ditinjau
