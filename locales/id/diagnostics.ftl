## Temuan sebagai teks (src/diagnostics.rs).

diagnostics-severity-error = kesalahan
diagnostics-severity-warning = peringatan
diagnostics-severity-info = informasi
diagnostics-heading-errors = kesalahan ({ $count }):
diagnostics-heading-warnings = peringatan ({ $count }):
diagnostics-heading-infos = informasi ({ $count }):
diagnostics-summary = { $errors } kesalahan, { $warnings } peringatan, { $infos } informasi
