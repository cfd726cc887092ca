## Bentuk kuota yang ditulis serikat pekerja (isu 11, butir 5): bagian ambang batas
## proporsional yang disesuaikan dengan poin, faktor, atau perubahan bentuk
## (src/policy/adjust_words.rs, src/model/policy/adjust.rs).

quotas-bad-factor = faktor `{ $text }` tidak dapat dibaca: yang diharapkan bilangan desimal positif (`1.2`) atau pecahan (`6/5`) paling besar 100, dengan paling banyak 9 angka desimal dan penyebut paling besar 1000000000
quotas-times = dikalikan { $factor }
quotas-plus-points = ditambah { $points } poin persentase
quotas-minus-points = dikurangi { $points } poin persentase
quotas-switch = dan { $then } apabila bagiannya kurang dari { $below }
quotas-clause-times = dikalikan { $factor }
quotas-clause-plus-points = ditambah { $points } poin persentase
quotas-clause-minus-points = dikurangi { $points } poin persentase
quotas-clause-switch = dengan ketentuan bahwa apabila bagian tersebut kurang dari { $below }, jumlahnya paling sedikit { $then } dari kursi

## Tafsiran lain atas teks yang bermakna ganda (src/model/policy/reading.rs), dalam `policy explain`.
quotas-ambiguous = bermakna ganda: teks "{ $text }" dapat ditafsirkan lebih dari satu cara; baris di atas menafsirkannya sebagai { $reading }
quotas-read-as = ditafsirkan sebagai { $reading }:
quotas-verdict-complies = memenuhi aturan
quotas-verdict-breaks = melanggar aturan
quotas-verdict-infeasible = tidak dapat dipenuhi
quotas-verdict-not-applicable = tidak berlaku
quotas-verdict-unknown = tidak dapat dinilai
# $reading adalah nama tafsiran, $verdict salah satu dari quotas-verdict-*.
quotas-reading-verdict = ditafsirkan sebagai { $reading }, { $verdict }
# $reading dan $others adalah kalimat quotas-reading-verdict.
quotas-ambiguous-audit = aturan kebijakan { $rule }, { $body }: teks "{ $text }" bermakna ganda dan tafsirannya tidak sejalan: { $reading } (tafsiran yang diterapkan); { $others }
