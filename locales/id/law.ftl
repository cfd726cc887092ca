## Ketentuan bawaan undang-undang dan kerangka anggaran dasar (isu 11, butir 3 dan 9)
## (src/validate/law.rs). $law adalah rujukan seperti "LMRDA §401(b) (29 U.S.C. 481(b))".

# Pesan temuan beserta undang-undang asal aturannya.
law-by-preset = { $message } (menurut { $law })
law-purpose-synchronise-elections = menyerentakkan waktu pemilihan
law-no-kinds = tidak ada
law-with-exception = { $law }, dengan pengecualian yang dinyatakan untuk { $purpose }
law-kind-invalid = tingkatan { $level } berjenis { $kind } menurut { $law }, padahal undang-undang itu hanya membedakan jenis berikut: { $kinds }
law-kind-missing = tingkatan { $level } tunduk pada { $law } tetapi tidak menyebutkan jenisnya ({ $kinds }), sehingga tidak ada ketentuan bawaan undang-undang itu yang berlaku baginya
law-kind-missing-uu21 = tingkatan { $level } tunduk pada UU 21/2000 tetapi tidak menyebutkan jenisnya ({ $kinds }): tingkatan ini dianggap sebagai jenjang organisasi serikat itu sendiri (Pasal 8: perjenjangan organisasi diatur dalam anggaran rumah tangga), yang tidak dikenai batas Pasal 5 sampai Pasal 7
law-lmrda-federation = tingkatan { $level } adalah federasi dari organisasi buruh nasional atau internasional, yang dikecualikan oleh LMRDA §401(a) (29 U.S.C. 481(a)) (29 CFR 451.3(a)(4), 452.11): tidak ada batas selang pemilihan atau masa jabatan yang timbul darinya
law-exception-too-long = badan { $body } menyatakan pengecualian untuk { $purpose } selama { $months } bulan; { $law } membolehkan pengecualian semacam itu paling lama { $max } bulan
law-exception-not-allowed = badan { $body } menyatakan pengecualian untuk { $purpose }, padahal undang-undang yang berlaku bagi tingkatannya tidak membolehkannya
law-term-overridden = badan { $body } menetapkan max_term_months { $own }, yang menggantikan { $preset } bulan menurut { $law }
law-interval-overridden = aturan pemilihan { $rule } menetapkan max_interval_months { $own }, yang menggantikan { $preset } bulan menurut { $law }
law-level-overridden = tingkatan { $level } menetapkan { $field } { $own }, yang menggantikan { $preset } menurut { $law }
law-exemption-applied = { $person } memegang jabatan { $post } lebih dari { $months } bulan tanpa dipilih kembali, yang dibolehkan oleh { $law }: semua syaratnya terpenuhi
law-exemption-not-met = { $person } memegang jabatan { $post } melewati batas, dan { $law } tidak mengecualikannya: syarat huruf ({ $paragraph }), "{ $condition }", tidak terpenuhi
law-s46-4a-a = ketua dipilih atau diangkat sesuai dengan aturan serikat
law-s46-4a-b = pada saat menjadi ketua, yang bersangkutan memegang jabatan dalam pengurus eksekutif atau sebagai sekretaris jenderal karena dipilih
law-s46-4a-c = belum lewat lima tahun sejak yang bersangkutan dipilih atau dipilih kembali untuk jabatan semacam itu
law-s46-4a-d = sejak menjadi ketua, yang bersangkutan terus-menerus memegang jabatan semacam itu karena dipilih
law-multiple-unions = { $person } menjadi anggota { $count } serikat pekerja pada { $as_of } ({ $units }); seorang pekerja/buruh tidak boleh menjadi anggota lebih dari satu serikat pekerja/serikat buruh di satu perusahaan dan harus menyatakan secara tertulis satu yang dipilihnya (UU 21/2000 Pasal 14 ayat (1)-(2))
# $letter adalah huruf butir, $words kata-kata undang-undang, $gloss terjemahannya dalam bahasa Inggris.
law-statute-missing-item = anggaran dasar dalam kerangka tidak memuat huruf { $letter } Pasal 11 ayat (2) UU 21/2000, "{ $words }" (bahasa Inggris: { $gloss }): tidak ada pasal yang mengatur { $missing }; anggaran dasar sekurang-kurangnya harus memuatnya, dan Pasal 20 ayat (1) hanya mencatat serikat pekerja yang anggaran dasarnya memuatnya
law-duplicate-article = pasal { $number } disebut dua kali dalam kerangka anggaran dasar
