//! Reading documents from JSON and TOML, with errors that say where.
//!
//! Every reader in the crate goes through here, so an unreadable file always gets the
//! same kind of error: the line and column, the JSON path of the value that could not
//! be read, and what was expected.
//!
//! Two conveniences hold for every reader here:
//! - a UTF-8 byte-order mark at the start of a JSON, TOML or CSV text is skipped
//!   (spreadsheets and Windows editors write one);
//! - a date in TOML may be written bare (`start = 2020-01-01`) or as a string
//!   (`start = "2020-01-01"`): [`from_toml_str`] turns every bare local date into its
//!   text before the document is read, so every date field of every TOML input
//!   (documents, policies, motions) takes both forms, with no per-field attribute. A bare
//!   TOML date-time or time (`2020-01-01T09:00:00`) is refused where it is written,
//!   with its line, column and path: every date in these files is a plain date. The
//!   JSON Schema of a date stays `{"type": "string", "format": "date"}`.
//!
//! CSV inputs are read by [`csv`], one reader for every CSV file.

pub mod csv;
pub(crate) mod messages;

use crate::JsonPath;
use serde::de::DeserializeOwned;
use std::fmt;

/// Why a document could not be read: where, and what was expected.
///
/// ```
/// use union_rulebook::read::from_json_str;
/// #[derive(serde::Deserialize, Debug)]
/// struct Doc { seats: u32 }
/// let err = from_json_str::<Doc>("{\n  \"seats\": \"seven\"\n}").unwrap_err();
/// assert_eq!(err.line(), Some(2));
/// assert_eq!(err.path().to_string(), "$.seats");
/// assert_eq!(err.to_string(), "line 2, column 18, at $.seats: invalid type: string \"seven\", expected u32");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ReadError {
    line: Option<usize>,
    column: Option<usize>,
    path: JsonPath,
    message: String,
}

impl ReadError {
    /// The 1-based line of the problem, when known.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// The 1-based column of the problem, when known.
    pub fn column(&self) -> Option<usize> {
        self.column
    }

    /// The JSON path of the value that could not be read (`$` when the problem is in the
    /// syntax itself).
    pub fn path(&self) -> &JsonPath {
        &self.path
    }

    /// What went wrong and what was expected, without the location.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The path is left out when it is the root: the line and column say it all.
        let at_root = self.path.segments().is_empty();
        f.write_str(&messages::located(
            self.line,
            self.column,
            &self.path.to_string(),
            at_root,
            &self.message,
        ))
    }
}

fn convert_path(path: &serde_path_to_error::Path) -> JsonPath {
    use serde_path_to_error::Segment;
    let mut out = JsonPath::root();
    for s in path.iter() {
        out = match s {
            Segment::Seq { index } => out.index(*index),
            Segment::Map { key } => out.key(key.clone()),
            Segment::Enum { variant } => out.key(variant.clone()),
            Segment::Unknown => out,
        };
    }
    out
}

/// Strips serde_json's own " at line L column C" suffix: the location is reported apart.
fn bare_message(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.rfind(" at line ") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// Reads a value from JSON text.
///
/// # Errors
/// [`ReadError`] with line, column and JSON path when the text is not JSON or does not
/// have the expected shape.
pub fn from_json_str<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let text = strip_bom(text);
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = convert_path(e.path());
        let inner = e.into_inner();
        json_error(&inner, path)
    })?;
    de.end().map_err(|e| json_error(&e, JsonPath::root()))?;
    Ok(value)
}

fn json_error(e: &serde_json::Error, path: JsonPath) -> ReadError {
    let known = e.line() > 0;
    ReadError {
        line: known.then_some(e.line()),
        // serde_json gives column 0 when the fault is the newline just read (a raw
        // newline inside a string): the start of the next line, column 1 counted from 1.
        column: known.then_some(e.column().max(1)),
        path,
        message: bare_message(e),
    }
}

/// Reads a value from TOML text (hand-written documents and policy files).
///
/// # Errors
/// [`ReadError`] with line, column and the path of the value when the text is not TOML
/// or does not have the expected shape.
///
/// ```
/// use union_rulebook::read::from_toml_str;
/// #[derive(serde::Deserialize, Debug)]
/// struct Doc { seats: u32 }
/// let err = from_toml_str::<Doc>("seats = -1\n").unwrap_err();
/// assert_eq!((err.line(), err.column()), (Some(1), Some(9)));
/// ```
pub fn from_toml_str<T: DeserializeOwned>(text: &str) -> Result<T, ReadError> {
    let de = toml_deserializer(text)?;
    let text = strip_bom(text);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = convert_path(e.path());
        toml_error(text, e.inner(), path)
    })
}

/// The text without a leading UTF-8 byte-order mark.
pub(crate) fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// A TOML deserializer over `text` whose bare local dates have become strings (see the
/// module docs). A byte-order mark is skipped.
///
/// # Errors
/// [`ReadError`] with line and column when the text is not TOML, and with the path too
/// when a bare date-time or time stands where only plain dates are read.
pub(crate) fn toml_deserializer(text: &str) -> Result<toml::Deserializer<'_>, ReadError> {
    // Lines and columns are counted in the text after the BOM, as an editor shows it.
    let text = strip_bom(text);
    let mut root =
        toml::de::DeTable::parse(text).map_err(|e| toml_error(text, &e, JsonPath::root()))?;
    dates_to_strings(root.get_mut(), &JsonPath::root(), text)?;
    Ok(toml::Deserializer::from(root))
}

/// Replaces every bare local date under `table` by its text (`2020-01-01`), and fails
/// on any other bare date-time, at its place.
fn dates_to_strings(
    table: &mut toml::de::DeTable<'_>,
    at: &JsonPath,
    text: &str,
) -> Result<(), ReadError> {
    for (key, value) in table.iter_mut() {
        let path = at.clone().key(key.get_ref().to_string());
        let span = value.span();
        date_value(value.get_mut(), &path, span, text)?;
    }
    Ok(())
}

fn date_value(
    value: &mut toml::de::DeValue<'_>,
    path: &JsonPath,
    span: std::ops::Range<usize>,
    text: &str,
) -> Result<(), ReadError> {
    use toml::de::DeValue;
    match value {
        DeValue::Datetime(dt) => {
            if dt.date.is_some() && dt.time.is_none() && dt.offset.is_none() {
                *value = DeValue::String(dt.to_string().into());
            } else {
                let (line, column) = line_column(text, span.start);
                return Err(ReadError {
                    line: Some(line),
                    column: Some(column),
                    path: path.clone(),
                    message: messages::not_plain_date(&dt.to_string()),
                });
            }
        }
        DeValue::Array(items) => {
            for (i, item) in items.iter_mut().enumerate() {
                let span = item.span();
                date_value(item.get_mut(), &path.clone().index(i), span, text)?;
            }
        }
        DeValue::Table(table) => dates_to_strings(table, path, text)?,
        DeValue::String(_) | DeValue::Integer(_) | DeValue::Float(_) | DeValue::Boolean(_) => {}
    }
    Ok(())
}

fn toml_error(text: &str, e: &toml::de::Error, path: JsonPath) -> ReadError {
    let (line, column) = match e.span() {
        Some(span) => {
            let (l, c) = line_column(text, span.start);
            (Some(l), Some(c))
        }
        None => (None, None),
    };
    ReadError {
        line,
        column,
        path,
        message: e.message().trim_end().to_string(),
    }
}

/// The 1-based line and column (in characters) of a byte offset: the one place where
/// a byte position becomes what a message shows, for the document readers (TOML,
/// JSON) and the ballot readers alike. An offset inside a character counts that
/// character's column; an offset past the end is the end.
pub(crate) fn line_column(text: &str, offset: usize) -> (usize, usize) {
    line_column_bytes(text.as_bytes(), offset)
}

/// [`line_column`] of a byte slice (characters counted as UTF-8 lead bytes).
pub(crate) fn line_column_bytes(bytes: &[u8], offset: usize) -> (usize, usize) {
    let offset = offset.min(bytes.len());
    let before = bytes.get(..offset).unwrap_or_default();
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = before
        .get(line_start..)
        .unwrap_or_default()
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
        + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newline_inside_a_string_is_located_from_1() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct Doc {
            name: String,
        }
        // serde_json reports the raw newline at line 2, column 0.
        let e = from_json_str::<Doc>("{\"name\": \"a\nb\"}").unwrap_err();
        assert_eq!((e.line(), e.column()), (Some(2), Some(1)));
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Doc {
        units: Vec<Unit>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Unit {
        id: String,
        seats: u32,
    }

    #[test]
    fn json_error_names_line_column_and_path() {
        let text =
            "{\"units\": [\n {\"id\": \"a\", \"seats\": 1},\n {\"id\": \"b\", \"seats\": 0.5}\n]}";
        let e = from_json_str::<Doc>(text).unwrap_err();
        assert_eq!(e.path().to_string(), "$.units[1].seats");
        assert_eq!(e.line(), Some(3));
        assert_eq!(
            e.to_string(),
            "line 3, column 25, at $.units[1].seats: invalid type: floating point `0.5`, expected u32"
        );
    }

    #[test]
    fn json_syntax_error_and_trailing_text() {
        let e = from_json_str::<Doc>("{\"units\": [}").unwrap_err();
        assert_eq!((e.line(), e.column()), (Some(1), Some(12)));
        let e = from_json_str::<Doc>("{\"units\": []} x").unwrap_err();
        assert_eq!(e.message(), "trailing characters");
    }

    #[test]
    fn toml_error_names_path() {
        let text = "[[units]]\nid = \"a\"\nseats = 1\n\n[[units]]\nid = \"b\"\nseat = 2\n";
        let e = from_toml_str::<Doc>(text).unwrap_err();
        assert_eq!(e.path().to_string(), "$.units[1].seat");
        assert!(e.message().contains("unknown field `seat`"), "{e}");
    }

    #[test]
    fn bare_toml_dates_read_as_their_text_anywhere() {
        #[derive(Debug, serde::Deserialize, PartialEq)]
        struct Dated {
            on: chrono::NaiveDate,
            also: Vec<chrono::NaiveDate>,
            inner: std::collections::BTreeMap<String, chrono::NaiveDate>,
        }
        let bare =
            "on = 2020-01-01\nalso = [2021-02-03, \"2022-03-04\"]\n[inner]\nx = 2023-04-05\n";
        let quoted = "on = \"2020-01-01\"\nalso = [\"2021-02-03\", \"2022-03-04\"]\n[inner]\nx = \"2023-04-05\"\n";
        let a: Dated = from_toml_str(bare).unwrap();
        assert_eq!(a, from_toml_str::<Dated>(quoted).unwrap());
        let e = from_toml_str::<Dated>("on = 2020-01-01\nalso = [09:30:00]\n").unwrap_err();
        assert_eq!(e.path().to_string(), "$.also[0]");
        assert_eq!((e.line(), e.column()), (Some(2), Some(9)));
        let e = from_toml_str::<Dated>("on = 2020-01-01T00:00:00Z\n").unwrap_err();
        assert_eq!(
            e.to_string(),
            "line 1, column 6, at $.on: 2020-01-01T00:00:00Z is not a plain date: expected a date without a time, such as 2020-01-01"
        );
    }

    #[test]
    fn a_byte_order_mark_is_skipped() {
        let d: Unit = from_json_str("\u{feff}{\"id\": \"a\", \"seats\": 1}").unwrap();
        assert_eq!(d.seats, 1);
        let d: Unit = from_toml_str("\u{feff}id = \"a\"\nseats = 2\n").unwrap();
        assert_eq!(d.seats, 2);
    }

    #[test]
    fn line_column_counts_characters() {
        assert_eq!(line_column("ab\ncé d", 6), (2, 3));
        assert_eq!(line_column("", 10), (1, 1));
        assert_eq!(line_column("ab\ncd", 4), (2, 2));
        assert_eq!(line_column("ab", 0), (1, 1));
    }
}
