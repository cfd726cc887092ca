## Memilih bahasa (src/i18n.rs).

i18n-unknown-lang = bahasa { $lang } tidak dikenal; seharusnya en atau id
