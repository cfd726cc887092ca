//! Every user-facing text of the readers (JSON, TOML, CSV), one function per message.
//! The texts are in the catalogues `locales/{en,id}/read.ftl` (see [`crate::i18n`]);
//! quoted values are quoted here, with Rust's escapes.

use crate::i18n::tr;

/// `text` in double quotes, with Rust's escapes (`"Birth_Date"`).
fn quoted(text: &str) -> String {
    format!("{text:?}")
}

/// A JSON or TOML error with its place: the path is left out at the root, where the
/// line and column say it all.
pub(crate) fn located(
    line: Option<usize>,
    column: Option<usize>,
    path: &str,
    at_root: bool,
    message: &str,
) -> String {
    match (line, column) {
        (Some(l), Some(c)) if at_root => tr!(
            "read-at-line-column",
            line = l,
            column = c,
            message = message
        ),
        (Some(l), Some(c)) => tr!(
            "read-at-line-column-path",
            line = l,
            column = c,
            path = path,
            message = message
        ),
        (Some(l), None) => tr!(
            "read-at-line-path",
            line = l,
            path = path,
            message = message
        ),
        _ => tr!("read-at-path", path = path, message = message),
    }
}

pub(crate) fn not_plain_date(value: &str) -> String {
    tr!("read-not-plain-date", value = value)
}

/// A CSV error's place: its line, and its column when known.
pub(crate) fn csv_located(line: usize, column: Option<&str>, message: &str) -> String {
    match column {
        Some(column) => tr!(
            "read-csv-at-line-column",
            line = line,
            column = quoted(column),
            message = message
        ),
        None => tr!("read-csv-at-line", line = line, message = message),
    }
}

pub(crate) fn csv_empty() -> String {
    tr!("read-csv-empty")
}

pub(crate) fn csv_no_rows() -> String {
    tr!("read-csv-no-rows")
}

pub(crate) fn csv_syntax(message: &str) -> String {
    tr!("read-csv-syntax", message = message)
}

pub(crate) fn csv_unclosed_quote() -> String {
    tr!("read-csv-unclosed-quote")
}

pub(crate) fn csv_missing_column(name: &str, header: &[String]) -> String {
    tr!(
        "read-csv-missing-column",
        name = quoted(name),
        header = header.join(", ")
    )
}

pub(crate) fn csv_duplicate_column(name: &str) -> String {
    tr!("read-csv-duplicate-column", name = quoted(name))
}

pub(crate) fn csv_missing_field() -> String {
    tr!("read-csv-missing-field")
}

pub(crate) fn csv_extra_fields(found: usize, expected: usize) -> String {
    tr!("read-csv-extra-fields", found = found, expected = expected)
}

pub(crate) fn csv_not_a_number(value: &str) -> String {
    tr!("read-csv-not-a-number", value = quoted(value))
}

pub(crate) fn csv_too_large(value: &str, max: u64) -> String {
    tr!("read-csv-too-large", value = value, max = max)
}

pub(crate) fn csv_empty_field() -> String {
    tr!("read-csv-empty-field")
}

pub(crate) fn csv_duplicate(value: &str, first_line: usize) -> String {
    tr!(
        "read-csv-duplicate",
        value = quoted(value),
        first_line = first_line
    )
}

pub(crate) fn csv_not_a_date(value: &str) -> String {
    tr!("read-csv-not-a-date", value = quoted(value))
}

pub(crate) fn csv_band_order(from: u64, previous: u64) -> String {
    tr!("read-csv-band-order", from = from, previous = previous)
}

pub(crate) fn csv_zero() -> String {
    tr!("read-csv-zero")
}
