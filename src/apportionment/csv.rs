//! A small CSV reader (RFC 4180: comma-separated, `"`-quoted fields with `""` for a
//! quote, CRLF or LF line ends, a header line) for unit weights, list votes and band
//! tables. Errors say the line and column (1-based, in characters).

use std::collections::HashSet;

/// A unit and its weight (members, votes, population), as read from a CSV file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UnitWeight {
    /// The unit's name.
    pub name: String,
    /// Its weight.
    pub weight: u64,
}

/// Why a CSV file could not be read, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
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
    /// A quoted field runs to the end of the file.
    UnclosedQuote,
    /// Something other than a comma or a line end follows a closing quote.
    AfterQuote(char),
    /// The header lacks a column.
    MissingColumn {
        /// The column wanted.
        name: String,
        /// The header's columns.
        header: Vec<String>,
    },
    /// A row is shorter than the header.
    MissingField {
        /// The column whose field is missing.
        name: String,
    },
    /// A number field does not hold a whole number.
    NotANumber {
        /// The column.
        name: String,
        /// The text found.
        value: String,
    },
    /// A name field is empty.
    EmptyName,
    /// A name appears twice.
    DuplicateName(String),
    /// Band lower bounds are not ascending.
    BandOrder {
        /// This band's lower bound.
        from: u64,
        /// The previous band's lower bound.
        previous: u64,
    },
}

/// A field and where it starts.
#[derive(Debug, Clone)]
pub(crate) struct Field {
    pub(crate) text: String,
    pub(crate) line: usize,
    pub(crate) column: usize,
}

/// Splits `text` into records of fields. Blank lines are skipped; unquoted fields are
/// trimmed of spaces.
pub(crate) fn records(text: &str) -> Result<Vec<Vec<Field>>, CsvError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut chars = text.chars().peekable();
    let (mut line, mut col) = (1usize, 1usize);
    let mut record: Vec<Field> = Vec::new();
    loop {
        let (fl, fc) = (line, col);
        let mut value = String::new();
        let mut quoted = false;
        if chars.peek() == Some(&'"') {
            quoted = true;
            chars.next();
            col += 1;
            loop {
                match chars.next() {
                    None => {
                        return Err(CsvError {
                            line: fl,
                            column: fc,
                            kind: CsvErrorKind::UnclosedQuote,
                        });
                    }
                    Some('"') => {
                        col += 1;
                        if chars.peek() == Some(&'"') {
                            chars.next();
                            col += 1;
                            value.push('"');
                        } else {
                            break;
                        }
                    }
                    Some('\n') => {
                        line += 1;
                        col = 1;
                        value.push('\n');
                    }
                    Some(c) => {
                        col += 1;
                        value.push(c);
                    }
                }
            }
            // Only spaces may follow before the separator.
            while chars.peek() == Some(&' ') {
                chars.next();
                col += 1;
            }
            match chars.peek() {
                None | Some(',') | Some('\n') | Some('\r') => {}
                Some(&c) => {
                    return Err(CsvError {
                        line,
                        column: col,
                        kind: CsvErrorKind::AfterQuote(c),
                    });
                }
            }
        } else {
            while let Some(&c) = chars.peek() {
                if c == ',' || c == '\n' || c == '\r' {
                    break;
                }
                value.push(c);
                chars.next();
                col += 1;
            }
        }
        let text = if quoted {
            value
        } else {
            value.trim().to_owned()
        };
        record.push(Field {
            text,
            line: fl,
            column: fc,
        });
        match chars.next() {
            Some(',') => {
                col += 1;
            }
            Some('\r') => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                line += 1;
                col = 1;
                push_record(&mut out, std::mem::take(&mut record));
            }
            Some('\n') => {
                line += 1;
                col = 1;
                push_record(&mut out, std::mem::take(&mut record));
            }
            _ => {
                push_record(&mut out, std::mem::take(&mut record));
                break;
            }
        }
    }
    Ok(out)
}

fn push_record(out: &mut Vec<Vec<Field>>, record: Vec<Field>) {
    let blank = record.len() == 1 && record.first().is_some_and(|f| f.text.is_empty());
    if !blank {
        out.push(record);
    }
}

/// A header's column index by name (exact, then case-insensitive).
pub(crate) fn column(header: &[Field], name: &str) -> Result<usize, CsvError> {
    header
        .iter()
        .position(|f| f.text == name)
        .or_else(|| {
            header
                .iter()
                .position(|f| f.text.eq_ignore_ascii_case(name))
        })
        .ok_or_else(|| CsvError {
            line: header.first().map_or(1, |f| f.line),
            column: 1,
            kind: CsvErrorKind::MissingColumn {
                name: name.to_owned(),
                header: header.iter().map(|f| f.text.clone()).collect(),
            },
        })
}

/// The field of `row` in column `idx`, or an error at the row's end.
pub(crate) fn field<'a>(row: &'a [Field], idx: usize, name: &str) -> Result<&'a Field, CsvError> {
    row.get(idx).ok_or_else(|| {
        let (line, column) = row
            .last()
            .map_or((1, 1), |f| (f.line, f.column + f.text.chars().count()));
        CsvError {
            line,
            column,
            kind: CsvErrorKind::MissingField {
                name: name.to_owned(),
            },
        }
    })
}

/// Reads a whole number from a field.
pub(crate) fn number<T: std::str::FromStr>(f: &Field, name: &str) -> Result<T, CsvError> {
    let bad = || CsvError {
        line: f.line,
        column: f.column,
        kind: CsvErrorKind::NotANumber {
            name: name.to_owned(),
            value: f.text.clone(),
        },
    };
    if f.text.is_empty() || !f.text.bytes().all(|b| b.is_ascii_digit()) {
        return Err(bad());
    }
    f.text.parse().map_err(|_| bad())
}

/// Reads `name` and a whole-number column from a CSV text with a header, checking that
/// names are present and unique.
pub(crate) fn named_numbers(
    text: &str,
    name_column: &str,
    value_column: &str,
) -> Result<Vec<UnitWeight>, CsvError> {
    let rows = records(text)?;
    let Some((header, body)) = rows.split_first() else {
        return Err(CsvError {
            line: 1,
            column: 1,
            kind: CsvErrorKind::Empty,
        });
    };
    let ni = column(header, name_column)?;
    let wi = column(header, value_column)?;
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(body.len());
    for row in body {
        let name = field(row, ni, name_column)?;
        if name.text.is_empty() {
            return Err(CsvError {
                line: name.line,
                column: name.column,
                kind: CsvErrorKind::EmptyName,
            });
        }
        if !seen.insert(name.text.as_str()) {
            return Err(CsvError {
                line: name.line,
                column: name.column,
                kind: CsvErrorKind::DuplicateName(name.text.clone()),
            });
        }
        let weight = number(field(row, wi, value_column)?, value_column)?;
        out.push(UnitWeight {
            name: name.text.clone(),
            weight,
        });
    }
    Ok(out)
}

/// Reads units and weights from CSV text with a header naming a `name` column and a
/// weight column (`weight`, or another given name); other columns are ignored.
///
/// ```
/// use union_rulebook::apportionment::read_weights_csv;
/// let units = read_weights_csv("name,members,region\n\"Bekasi, DPC\",1200,west\nBogor,800,west\n", "members")?;
/// assert_eq!(units[0].name, "Bekasi, DPC");
/// assert_eq!(units[1].weight, 800);
/// # Ok::<(), union_rulebook::apportionment::CsvError>(())
/// ```
///
/// # Errors
/// A [`CsvError`] with the line and column of the first problem: an unclosed quote, a
/// missing column or field, a weight that is not a whole number, an empty or repeated
/// name.
pub fn read_weights_csv(text: &str, weight_column: &str) -> Result<Vec<UnitWeight>, CsvError> {
    named_numbers(text, "name", weight_column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_with_commas_quotes_and_crlf() {
        let r = records("a,b\r\n\"x, \"\"y\"\"\",2\r\n\n").unwrap();
        assert_eq!(r.len(), 2);
        assert_eq!(r[1][0].text, "x, \"y\"");
        assert_eq!((r[1][1].line, r[1][1].column), (2, 12));
    }

    #[test]
    fn errors_say_where() {
        let e = read_weights_csv("name,weight\nA,12x\n", "weight").unwrap_err();
        assert_eq!((e.line, e.column), (2, 3));
        assert_eq!(
            e.to_string(),
            "line 2, column 3: weight \"12x\" is not a whole number: expected digits only, such as 1200"
        );
        let e = read_weights_csv("name,weight\n\"A,1\n", "weight").unwrap_err();
        assert_eq!(
            (e.line, e.column, e.kind),
            (2, 1, CsvErrorKind::UnclosedQuote)
        );
        let e = read_weights_csv("name,weight\n\"A\"x,1\n", "weight").unwrap_err();
        assert_eq!((e.line, e.column), (2, 4));
        let e = read_weights_csv("name,members\nA,1\n", "weight").unwrap_err();
        assert!(e.to_string().contains("no column named \"weight\""), "{e}");
        let e = read_weights_csv("name,weight\nA,1\nA,2\n", "weight").unwrap_err();
        assert_eq!(e.line, 3);
        let e = read_weights_csv("name,weight\nA\n", "weight").unwrap_err();
        assert_eq!((e.line, e.column), (2, 2));
    }
}
