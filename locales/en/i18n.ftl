## Choosing a language (src/i18n.rs).

i18n-unknown-lang = unknown language { $lang }; expected en or id
