## Pengambilan keputusan: pemeriksaan suara atas suatu usul, kuorum, mayoritas, dan
## putusannya (src/decision/messages.rs, src/decision/render.rs).
## Nilai yang dikutip ($choice, $option) datang sudah diberi tanda kutip.

decision-duplicate-delegate = id utusan { $id } tercantum lebih dari sekali
decision-unknown-voter = suara diberikan oleh { $id }, yang tidak termasuk utusan
decision-non-voting-voter = utusan { $id } tidak memiliki hak suara, tetapi memberikan suara
decision-voted-twice = utusan { $id } memberikan suara lebih dari sekali (secara langsung atau melalui kuasa)
decision-unknown-choice = pilihan { $choice } bukan pilihan dalam usul ini; seharusnya salah satu dari { $options }, abstain, blank, atau invalid
decision-proxy-not-allowed = { $holder } memberikan suara sebagai kuasa dari { $giver }, padahal ketentuan ini tidak membolehkan pemberian kuasa
decision-proxy-for-unknown = suara kuasa atas nama { $giver }, yang tidak termasuk utusan
decision-proxy-for-present = { $holder } memberikan suara sebagai kuasa dari { $giver }, padahal { $giver } hadir sehingga tidak dapat memberikan kuasa
decision-proxy-for-self = { $holder } tidak dapat memegang kuasa atas dirinya sendiri
decision-too-many-proxies = { $holder } memegang { $held } kuasa; ketentuan ini membolehkan paling banyak { $max }
decision-no-options = usul ini tidak memiliki pilihan: seharusnya paling sedikit satu, misalnya yes dan no
decision-duplicate-option = pilihan { $option } tercantum lebih dari sekali
decision-reserved-option = { $option } tidak dapat menjadi pilihan: kata itu menyatakan tidak memilih
decision-empty-any-of = kuorum any-of tidak memuat ketentuan: seharusnya paling sedikit satu
decision-empty-all-of = kuorum all-of tidak memuat ketentuan: seharusnya paling sedikit satu
decision-cannot-count = suara tidak dapat dihitung: { $problems } masalah, yang pertama: { $first }

## Kuorum dan mayoritas.

decision-at-least = sekurang-kurangnya
decision-more-than = lebih dari
decision-base-yes-no = suara untuk pilihan
decision-base-yes-no-abstain = suara untuk pilihan dan suara abstain
decision-base-valid = suara sah
decision-base-cast = suara yang diberikan
decision-base-entitled = suara seluruh utusan yang berhak
decision-base-entitled-present = suara utusan berhak yang hadir
decision-entitled-all-heads = utusan
decision-entitled-voting-heads = utusan yang memiliki hak suara
decision-entitled-all-weight = suara utusan
decision-entitled-voting-weight = suara utusan yang memiliki hak suara
decision-quorum-share = { $comparison } { $share } dari { $entitled } { $whom }: { $present } hadir, diperlukan { $required }: { $met }
decision-quorum-count = { $comparison } { $count } { $whom }: { $present } hadir, diperlukan { $required }: { $met }
decision-quorum-any = salah satu ketentuan berikut: { $met }
decision-quorum-all = semua ketentuan berikut: { $met }
decision-no-quorum = tidak memerlukan kuorum
decision-met = terpenuhi
decision-not-met = tidak terpenuhi
decision-majority = mayoritas: { $comparison } { $share } dari { $base } ({ $votes }): diperlukan { $required } suara

## Putusan dan keputusan yang ditampilkan.

decision-verdict-carried = diterima
decision-verdict-rejected = ditolak
decision-verdict-adopted = ditetapkan: { $option }
decision-verdict-no-majority = tidak ada pilihan yang mencapai mayoritas
decision-verdict-tie = perolehan sama: { $options } masing-masing mencapai mayoritas dengan suara yang sama
decision-verdict-not-quorate = tidak kuorum: rapat tidak dapat mengambil keputusan
decision-motion = usul { $motion }: { $verdict }
decision-quorum-heading = kuorum:
decision-votes-heading = perolehan suara:
decision-abstain = abstain
decision-blank = kosong
decision-invalid = tidak sah
