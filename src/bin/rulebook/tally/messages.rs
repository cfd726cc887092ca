//! Every text `rulebook tally` itself shows a user (the report's own texts are the
//! library's), in one place for translation. The texts are in the catalogues
//! `locales/{en,id}/tally.ftl`.

pub(crate) fn unknown_format(name: &str) -> String {
    tr!("tally-unknown-format", path = name.to_string())
}

pub(crate) fn cannot_count(e: &dyn std::fmt::Display) -> String {
    tr!("tally-cannot-count", error = e.to_string())
}

pub(crate) fn seats_needed_for_csv() -> String {
    tr!("tally-seats-needed-for-csv")
}

pub(crate) fn csv_only_for_lists() -> String {
    tr!("tally-csv-only-for-lists")
}

pub(crate) fn method_needed() -> String {
    tr!("tally-method-needed")
}

pub(crate) fn summary_not_ballots() -> String {
    tr!("tally-summary-not-ballots")
}
