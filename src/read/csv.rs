//! One CSV reader for every CSV input: apportionment weights, band tables, candidate
//! lists and list votes. It is built on the [`csv`](https://docs.rs/csv) crate and
//! behaves the same for every file:
//!
//! - **Separator**: a comma or a semicolon, detected from the header line: `;` when the
//!   header has more semicolons than commas (outside quotes), else `,`. `;` is what
//!   spreadsheets export in Indonesian and most European locales, where the comma is the
//!   decimal mark.
//! - **Byte-order mark**: a UTF-8 BOM at the start is skipped.
//! - **Header**: the first non-blank line. Header names are trimmed and matched without
//!   regard to ASCII case (`Members`, ` members ` and `MEMBERS` all name `members`); a
//!   name that appears twice is an error when it is read.
//! - **Fields**: RFC 4180 quoting (`"Bekasi, DPC"`, `""` for a quote inside quotes, line
//!   ends inside quotes); every field is trimmed of surrounding spaces. Rows whose fields
//!   are all empty (blank lines, `;;;` rows of a spreadsheet) are skipped. A row with more
//!   non-empty fields than the header has columns is an error; a row that stops short is
//!   an error when a missing column is read.
//! - **Whole numbers** (weights, votes, band bounds and seats) are ASCII digits only. A
//!   thousands separator or decimal mark (`1.234`, `1,234`, `1 234`) is refused rather
//!   than guessed at: `1.234` is one thousand two hundred and thirty-four in an Indonesian
//!   spreadsheet and one point two three four in an English one.
//! - **Errors** stop at the first problem and give the 1-based line where the row starts,
//!   the column's name as the header writes it (when the problem is in one field), and
//!   what was expected: [`CsvError`].
//!
//! The columns of each CSV input:
//!
//! | file | required columns | optional columns | reader |
//! |---|---|---|---|
//! | apportionment weights | `name`, the weight column (`weight` or as given) | any, ignored | [`read_weights_csv`](crate::apportionment::read_weights_csv) |
//! | band table | `from` (inclusive lower bound), `seats` | `per` (last row: one more seat per that many) | [`BandTable::read_csv`](crate::apportionment::BandTable::read_csv) |
//! | candidate list | `id` | `gender`, `birth_date` (YYYY-MM-DD), `name` (ignored), any other (an attribute) | [`CandidateList::from_csv`](crate::policy::CandidateList::from_csv) |
//! | list votes | `name`, `votes` | any, ignored | [`read_list_votes_csv`](crate::election::read_list_votes_csv) |

use std::fmt;

/// Why a CSV file could not be read, and where.
///
/// ```
/// use union_rulebook::apportionment::read_weights_csv;
/// let e = read_weights_csv("name;Members\nBekasi;1.200\n", "members").unwrap_err();
/// assert_eq!(e.line, 2);
/// assert_eq!(e.column.as_deref(), Some("Members"));
/// assert_eq!(
///     e.to_string(),
///     "line 2, column \"Members\": \"1.200\" is not a whole number: expected digits only, \
///      such as 1200, with no thousands separator or decimal mark"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CsvError {
    /// The 1-based line where the row starts (1 for the header).
    pub line: usize,
    /// The name of the column at fault, as the header writes it; `None` when the problem
    /// is not in one field (an unclosed quote, a missing column, a row too long).
    pub column: Option<String>,
    /// What is wrong.
    pub kind: CsvErrorKind,
}

impl std::error::Error for CsvError {}

/// What is wrong in a CSV file.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum CsvErrorKind {
    /// No header line.
    Empty,
    /// A header but no row below it.
    NoRows,
    /// Text the CSV reader could not read.
    Syntax(String),
    /// A quoted field runs to the end of the file.
    UnclosedQuote,
    /// The header lacks a column.
    MissingColumn {
        /// The column wanted.
        name: String,
        /// The header's columns.
        header: Vec<String>,
    },
    /// Two header columns have the same name (ignoring case).
    DuplicateColumn {
        /// The name.
        name: String,
    },
    /// A row stops before this field's column.
    MissingField,
    /// A row has more non-empty fields than the header has columns.
    ExtraFields {
        /// Fields in the row.
        found: usize,
        /// Columns in the header.
        expected: usize,
    },
    /// A field that must hold a whole number does not.
    NotANumber {
        /// The text found.
        value: String,
    },
    /// A whole number too large for the field.
    TooLarge {
        /// The text found.
        value: String,
        /// The largest value the field takes.
        max: u64,
    },
    /// A field that must not be empty is.
    EmptyField,
    /// A name or id that must be unique appears again.
    Duplicate {
        /// The value.
        value: String,
        /// The line where it first appears.
        first_line: usize,
    },
    /// A field that must hold a date (YYYY-MM-DD) does not.
    NotADate {
        /// The text found.
        value: String,
    },
    /// A field that must hold a whole number of at least 1 holds 0 (a place on a list).
    Zero,
    /// Band lower bounds are not ascending.
    BandOrder {
        /// This band's lower bound.
        from: u64,
        /// The previous band's lower bound.
        previous: u64,
    },
}

impl fmt::Display for CsvError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use super::messages as m;
        let message = match &self.kind {
            CsvErrorKind::Empty => m::csv_empty(),
            CsvErrorKind::NoRows => m::csv_no_rows(),
            CsvErrorKind::Syntax(text) => m::csv_syntax(text),
            CsvErrorKind::UnclosedQuote => m::csv_unclosed_quote(),
            CsvErrorKind::MissingColumn { name, header } => m::csv_missing_column(name, header),
            CsvErrorKind::DuplicateColumn { name } => m::csv_duplicate_column(name),
            CsvErrorKind::MissingField => m::csv_missing_field(),
            CsvErrorKind::ExtraFields { found, expected } => m::csv_extra_fields(*found, *expected),
            CsvErrorKind::NotANumber { value } => m::csv_not_a_number(value),
            CsvErrorKind::TooLarge { value, max } => m::csv_too_large(value, *max),
            CsvErrorKind::EmptyField => m::csv_empty_field(),
            CsvErrorKind::Duplicate { value, first_line } => m::csv_duplicate(value, *first_line),
            CsvErrorKind::NotADate { value } => m::csv_not_a_date(value),
            CsvErrorKind::BandOrder { from, previous } => m::csv_band_order(*from, *previous),
            CsvErrorKind::Zero => m::csv_zero(),
        };
        f.write_str(&m::csv_located(self.line, self.column.as_deref(), &message))
    }
}

/// Every problem found in a CSV file, each with its line and column, in the order of
/// the file: the readers that check row by row report them all at once (a problem of
/// the file's structure, such as a missing column, stops the reading and is the only
/// one). Displayed one problem a line.
///
/// ```
/// use union_rulebook::election::ListCandidates;
/// let e = ListCandidates::from_csv("list,position,id\nA,x,p1\nA,1,\n").unwrap_err();
/// assert_eq!(e.errors.len(), 2);
/// assert_eq!(e.errors[0].line, 2);
/// assert_eq!(e.errors[1].column.as_deref(), Some("id"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct CsvErrors {
    /// The problems, in the order of the file; never empty.
    pub errors: Vec<CsvError>,
}

impl CsvErrors {
    /// The problems found (at least one).
    pub fn new(errors: Vec<CsvError>) -> Self {
        CsvErrors { errors }
    }
}

impl From<CsvError> for CsvErrors {
    fn from(e: CsvError) -> Self {
        CsvErrors { errors: vec![e] }
    }
}

impl std::error::Error for CsvErrors {}

impl fmt::Display for CsvErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

/// A CSV text read into a header and rows.
#[derive(Debug, Clone)]
pub(crate) struct Table {
    header: Vec<String>,
    header_line: usize,
    rows: Vec<Row>,
}

/// One row below the header, with the line where it starts.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    line: usize,
    fields: Vec<String>,
}

/// A header column found by name.
#[derive(Debug, Clone)]
pub(crate) struct Column {
    index: usize,
    name: String,
}

impl Column {
    /// The column's position in the header, 0-based.
    pub(crate) fn index(&self) -> usize {
        self.index
    }

    /// The column's name as the header writes it.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }
}

/// `;` when the first non-blank line has more semicolons than commas outside quotes.
fn delimiter(text: &str) -> u8 {
    let header = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let (mut commas, mut semicolons, mut quoted) = (0usize, 0usize, false);
    for c in header.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

impl Table {
    /// Reads `text` (see the module docs for the rules).
    ///
    /// # Errors
    /// [`CsvErrorKind::Empty`] without a header, [`CsvErrorKind::UnclosedQuote`],
    /// [`CsvErrorKind::ExtraFields`], [`CsvErrorKind::Syntax`].
    pub(crate) fn read(text: &str) -> Result<Table, CsvError> {
        let text = super::strip_bom(text);
        let mut reader = ::csv::ReaderBuilder::new()
            .delimiter(delimiter(text))
            .has_headers(false)
            .flexible(true)
            .trim(::csv::Trim::All)
            .from_reader(text.as_bytes());
        let mut records: Vec<(usize, usize, Vec<String>)> = Vec::new();
        // Lines are counted as the reader goes, from the previous record on, so that
        // reading stays linear in the file's length.
        let mut lines = LineCounter::new(text);
        for result in reader.records() {
            let record = result.map_err(|e| CsvError {
                line: e.position().map_or(1, |p| lines.line_at(byte_of(p.byte()))),
                column: None,
                kind: CsvErrorKind::Syntax(e.to_string()),
            })?;
            // The reader's position at a record is where it stopped after the previous
            // one, before the line end(s) it skips; the record starts after them.
            let mut byte = record.position().map_or(0, |p| byte_of(p.byte()));
            while matches!(text.as_bytes().get(byte), Some(b'\r' | b'\n')) {
                byte += 1;
            }
            let line = lines.line_at(byte);
            records.push((line, byte, record.iter().map(str::to_owned).collect()));
        }
        // The csv crate reads an unclosed quote to the end of the file; a row whose raw
        // text holds an odd number of quotes is such a row.
        let ends: Vec<usize> = records
            .iter()
            .skip(1)
            .map(|r| r.1)
            .chain(std::iter::once(text.len()))
            .collect();
        for ((line, start, _), end) in records.iter().zip(&ends) {
            let raw = text.get(*start..*end).unwrap_or("");
            if raw.bytes().filter(|&b| b == b'"').count() % 2 == 1 {
                return Err(CsvError {
                    line: *line,
                    column: None,
                    kind: CsvErrorKind::UnclosedQuote,
                });
            }
        }
        let mut records = records
            .into_iter()
            .filter(|(_, _, fields)| fields.iter().any(|f| !f.is_empty()));
        let Some((header_line, _, header)) = records.next() else {
            return Err(CsvError {
                line: 1,
                column: None,
                kind: CsvErrorKind::Empty,
            });
        };
        let mut rows = Vec::new();
        for (line, _, fields) in records {
            let used = fields
                .iter()
                .rposition(|f| !f.is_empty())
                .map_or(0, |i| i + 1);
            if used > header.len() {
                return Err(CsvError {
                    line,
                    column: None,
                    kind: CsvErrorKind::ExtraFields {
                        found: used,
                        expected: header.len(),
                    },
                });
            }
            rows.push(Row { line, fields });
        }
        Ok(Table {
            header,
            header_line,
            rows,
        })
    }

    /// The 1-based line of the header.
    pub(crate) fn header_line_number(&self) -> usize {
        self.header_line
    }

    /// The header's names, trimmed.
    pub(crate) fn header(&self) -> &[String] {
        &self.header
    }

    /// The rows below the header, blank ones left out.
    pub(crate) fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The column named `name` (ignoring ASCII case), if the header has it.
    ///
    /// # Errors
    /// [`CsvErrorKind::DuplicateColumn`] when two columns have the name.
    pub(crate) fn optional_column(&self, name: &str) -> Result<Option<Column>, CsvError> {
        let mut found = self
            .header
            .iter()
            .enumerate()
            .filter(|(_, h)| h.eq_ignore_ascii_case(name));
        let first = found.next();
        if found.next().is_some() {
            return Err(CsvError {
                line: self.header_line,
                column: None,
                kind: CsvErrorKind::DuplicateColumn {
                    name: name.to_owned(),
                },
            });
        }
        Ok(first.map(|(index, h)| Column {
            index,
            name: h.clone(),
        }))
    }

    /// The column named `name` (ignoring ASCII case).
    ///
    /// # Errors
    /// [`CsvErrorKind::MissingColumn`] when the header lacks it,
    /// [`CsvErrorKind::DuplicateColumn`] when it names it twice.
    pub(crate) fn column(&self, name: &str) -> Result<Column, CsvError> {
        self.optional_column(name)?.ok_or_else(|| CsvError {
            line: self.header_line,
            column: None,
            kind: CsvErrorKind::MissingColumn {
                name: name.to_owned(),
                header: self.header.clone(),
            },
        })
    }

    /// Every column whose position is not in `taken`, in the header's order, skipping
    /// columns with an empty name; in one pass over the header, however wide.
    ///
    /// # Errors
    /// [`CsvErrorKind::DuplicateColumn`] when two columns have the same name (ignoring
    /// ASCII case), taken ones included.
    pub(crate) fn other_columns(&self, taken: &[usize]) -> Result<Vec<Column>, CsvError> {
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::new();
        for (index, h) in self.header.iter().enumerate() {
            if h.is_empty() {
                continue;
            }
            if !seen.insert(h.to_ascii_lowercase()) {
                return Err(CsvError {
                    line: self.header_line,
                    column: None,
                    kind: CsvErrorKind::DuplicateColumn { name: h.clone() },
                });
            }
            if !taken.contains(&index) {
                out.push(Column {
                    index,
                    name: h.clone(),
                });
            }
        }
        Ok(out)
    }

    /// Fails with [`CsvErrorKind::NoRows`] when there is no row.
    pub(crate) fn require_rows(&self) -> Result<(), CsvError> {
        if self.rows.is_empty() {
            return Err(CsvError {
                line: self.header_line,
                column: None,
                kind: CsvErrorKind::NoRows,
            });
        }
        Ok(())
    }
}

impl Row {
    /// The 1-based line where the row starts.
    pub(crate) fn line_number(&self) -> usize {
        self.line
    }

    /// The 1-based line where the row starts.
    #[cfg(test)]
    pub(crate) fn line(&self) -> usize {
        self.line
    }

    /// An error in this row's field of `column`.
    pub(crate) fn error(&self, column: &Column, kind: CsvErrorKind) -> CsvError {
        CsvError {
            line: self.line,
            column: Some(column.name.clone()),
            kind,
        }
    }

    /// The field of `column`, trimmed, or `None` when the row stops before it.
    pub(crate) fn optional(&self, column: &Column) -> Option<&str> {
        self.fields.get(column.index).map(String::as_str)
    }

    /// The field of `column`, trimmed (possibly empty).
    ///
    /// # Errors
    /// [`CsvErrorKind::MissingField`] when the row stops before the column.
    pub(crate) fn get(&self, column: &Column) -> Result<&str, CsvError> {
        self.optional(column)
            .ok_or_else(|| self.error(column, CsvErrorKind::MissingField))
    }

    /// The field of `column`, which must not be empty.
    ///
    /// # Errors
    /// As [`Row::get`], and [`CsvErrorKind::EmptyField`].
    pub(crate) fn non_empty(&self, column: &Column) -> Result<&str, CsvError> {
        let v = self.get(column)?;
        if v.is_empty() {
            return Err(self.error(column, CsvErrorKind::EmptyField));
        }
        Ok(v)
    }

    /// The whole number in the field of `column`, at most `max`.
    ///
    /// # Errors
    /// As [`Row::get`], and [`CsvErrorKind::NotANumber`] for anything but ASCII digits,
    /// [`CsvErrorKind::TooLarge`] above `max`.
    pub(crate) fn whole(&self, column: &Column, max: u64) -> Result<u64, CsvError> {
        let v = self.get(column)?;
        if v.is_empty() || !v.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.error(
                column,
                CsvErrorKind::NotANumber {
                    value: v.to_owned(),
                },
            ));
        }
        let too_large = || {
            self.error(
                column,
                CsvErrorKind::TooLarge {
                    value: v.to_owned(),
                    max,
                },
            )
        };
        let n: u64 = v.parse().map_err(|_| too_large())?;
        if n > max {
            return Err(too_large());
        }
        Ok(n)
    }

    /// The whole number in the field of `column`, as a `u32`.
    ///
    /// # Errors
    /// As [`Row::whole`].
    pub(crate) fn whole_u32(&self, column: &Column) -> Result<u32, CsvError> {
        let n = self.whole(column, u64::from(u32::MAX))?;
        u32::try_from(n).map_err(|_| {
            self.error(
                column,
                CsvErrorKind::TooLarge {
                    value: n.to_string(),
                    max: u64::from(u32::MAX),
                },
            )
        })
    }

    /// The row's fields, trimmed.
    #[cfg(test)]
    pub(crate) fn fields(&self) -> &[String] {
        &self.fields
    }
}

/// Remembers the lines of values that must be unique in a column.
#[derive(Debug, Default)]
pub(crate) struct Unique {
    seen: std::collections::HashMap<String, usize>,
}

impl Unique {
    /// Records `value` of `row`'s field of `column`.
    ///
    /// # Errors
    /// [`CsvErrorKind::Duplicate`] when the value was seen before.
    pub(crate) fn insert(
        &mut self,
        row: &Row,
        column: &Column,
        value: &str,
    ) -> Result<(), CsvError> {
        if let Some(&first_line) = self.seen.get(value) {
            return Err(row.error(
                column,
                CsvErrorKind::Duplicate {
                    value: value.to_owned(),
                    first_line,
                },
            ));
        }
        self.seen.insert(value.to_owned(), row.line);
        Ok(())
    }
}

/// The 1-based lines of byte offsets in one text (counted here: the csv crate's own
/// line count is that of the reader, not of the record's start). Offsets asked in
/// increasing order cost one pass over the text in all; an offset before the last one
/// asked counts again from the start.
pub(crate) struct LineCounter<'a> {
    text: &'a [u8],
    /// The last offset asked (clamped to the text) and its line.
    byte: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    /// A counter over `text`, at its first line.
    pub(crate) fn new(text: &'a str) -> Self {
        LineCounter {
            text: text.as_bytes(),
            byte: 0,
            line: 1,
        }
    }

    /// The line of byte offset `byte` (clamped to the text).
    pub(crate) fn line_at(&mut self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        if byte < self.byte {
            self.byte = 0;
            self.line = 1;
        }
        let between = self.text.get(self.byte..byte).unwrap_or_default();
        self.line += between.iter().filter(|&&b| b == b'\n').count();
        self.byte = byte;
        self.line
    }
}

fn byte_of(byte: u64) -> usize {
    usize::try_from(byte).unwrap_or(usize::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_counter_agrees_with_counting_from_the_start() {
        let text = "a,b\n1,2\r\n\n\"x\ny\",3\n4";
        let naive = |byte: usize| {
            text.as_bytes()[..byte]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1
        };
        let mut counter = LineCounter::new(text);
        // Increasing offsets, then back to the start, then past the end.
        for byte in (0..=text.len()).chain([3, 0, 9]) {
            assert_eq!(counter.line_at(byte), naive(byte), "byte {byte}");
        }
        assert_eq!(counter.line_at(10_000), naive(text.len()));
    }

    fn table(text: &str) -> Table {
        match Table::read(text) {
            Ok(t) => t,
            Err(e) => panic!("{e}"),
        }
    }

    #[test]
    fn comma_or_semicolon_from_the_header() {
        assert_eq!(delimiter("name,weight\na;b,1\n"), b',');
        assert_eq!(delimiter("name;weight\n\"a,b\";1,5\n"), b';');
        assert_eq!(delimiter("\"a;b\",c\n"), b',');
        assert_eq!(delimiter("name\n"), b',');
        let t = table("\u{feff}Name ; WEIGHT\r\n\"Bekasi; DPC\" ; 1200\r\n;\r\nBogor;800\r\n");
        assert_eq!(t.header(), ["Name", "WEIGHT"]);
        assert_eq!(t.rows().len(), 2);
        let name = t.column("name").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(name.name(), "Name");
        let first = &t.rows()[0];
        assert_eq!(first.get(&name).ok(), Some("Bekasi; DPC"));
        assert_eq!((t.rows()[0].line(), t.rows()[1].line()), (2, 4));
    }

    #[test]
    fn quoted_fields_span_lines_and_keep_their_line() {
        let t = table("a,b\n\"x\ny\",\"say \"\"hi\"\"\"\nz,2\n");
        assert_eq!(t.rows()[0].fields(), ["x\ny", "say \"hi\""]);
        assert_eq!(t.rows()[1].line(), 4);
    }

    #[test]
    fn structural_errors_say_where() {
        let e = Table::read("a,b\n1,2\n\"3,4\n5,6\n").err();
        assert_eq!(
            e.map(|e| (e.line, e.kind)),
            Some((3, CsvErrorKind::UnclosedQuote))
        );
        let e = Table::read("a,b\n1,2,3\n").err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some("line 2: the row has 3 fields: expected at most 2, one per header column")
        );
        // Trailing empty fields from a spreadsheet are not extra.
        assert_eq!(table("a,b\n1,2,,\n").rows().len(), 1);
        assert!(matches!(
            Table::read("\u{feff}\n\n").map_err(|e| e.kind),
            Err(CsvErrorKind::Empty)
        ));
        let t = table("a,A\n1,2\n");
        assert!(matches!(
            t.column("a").map_err(|e| e.kind),
            Err(CsvErrorKind::DuplicateColumn { .. })
        ));
    }

    #[test]
    fn whole_numbers_refuse_separators() {
        let t = table("n;x\n1.234;\n1,234;\n12 3;\n99999999999;\n42;\n");
        let n = t.column("n").unwrap_or_else(|e| panic!("{e}"));
        for row in &t.rows()[..3] {
            assert!(matches!(
                row.whole(&n, u64::MAX).map_err(|e| e.kind),
                Err(CsvErrorKind::NotANumber { .. })
            ));
        }
        let e = t.rows()[3].whole_u32(&n).err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some("line 5, column \"n\": 99999999999 is too large: expected at most 4294967295")
        );
        assert_eq!(t.rows()[4].whole(&n, 100).ok(), Some(42));
    }
}
