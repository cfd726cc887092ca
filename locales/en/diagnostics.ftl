## Findings as text (src/diagnostics.rs).

diagnostics-severity-error = error
diagnostics-severity-warning = warning
diagnostics-severity-info = info
diagnostics-heading-errors = errors ({ $count }):
diagnostics-heading-warnings = warnings ({ $count }):
diagnostics-heading-infos = infos ({ $count }):
diagnostics-summary = { $errors } { $errors ->
        [one] error
       *[other] errors
    }, { $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    }, { $infos } { $infos ->
        [one] info
       *[other] infos
    }
