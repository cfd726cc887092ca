//! Every text `rulebook tally` itself shows a user (the report's own texts are the
//! library's), in one place for translation.

use std::path::Path;

pub(crate) fn unknown_format(path: &Path) -> String {
    format!(
        "cannot tell the ballot format of {}: expected a .blt, .soi, .soc, .toc or .toi file, or --input-format",
        path.display()
    )
}

pub(crate) fn cannot_count(e: &dyn std::fmt::Display) -> String {
    format!("cannot count: {e}")
}

pub(crate) fn seats_needed_for_csv() -> String {
    "a CSV of list votes gives no seat count: give --seats N".to_string()
}

pub(crate) fn csv_only_for_lists() -> String {
    "a CSV holds votes per list: use it with a list method (dhondt, sainte-lague, largest-remainder...)"
        .to_string()
}

pub(crate) fn method_needed() -> String {
    "a ballot file is counted by a method: give --method NAME (irv, scottish-stv, meek, wigm, plurality...)"
        .to_string()
}

pub(crate) fn summary_not_ballots() -> String {
    "a Universal Tabulator summary holds rounds, not ballots: it cannot be counted again"
        .to_string()
}
