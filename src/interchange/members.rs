//! Membership spreadsheets: a union office's export of its members (CSV, or XLSX
//! read by `calamine`) into the people and memberships of a document.
//!
//! Each row is a member: member number (their person id), name, gender, birth date,
//! unit, joining date and the date their dues are paid until. Headers are found by
//! name without regard to case or spaces around them, from the names in
//! [`ColumnMap::new`] (English and Indonesian), or from a mapping file
//! ([`ColumnMap::from_toml_str`]) that names the header of each field.
//!
//! ```
//! use union_rulebook::interchange::members::{import_members, ColumnMap, Table};
//! use union_rulebook::model::Organization;
//! let doc = Organization::from_json_str(r#"{"name": "SPN",
//!   "levels": [{"id": "psp", "name": "PSP"}],
//!   "units": [{"id": "psp-a", "name": "PSP A", "level": "psp"}]}"#)?;
//! let table = Table::from_csv("No Anggota,Nama,Jenis Kelamin,Unit,Tanggal Masuk,Iuran Lunas Sampai\n\
//!                              m-1,Sari,P,psp-a,2020-03-01,2026-06-30\n")?;
//! let done = import_members(&doc, &table, &ColumnMap::new(), false).map_err(|bad| bad[0].to_string())?;
//! let m = &done.document.memberships[0];
//! assert_eq!((m.person.as_str(), m.unit.as_str()), ("m-1", "psp-a"));
//! assert_eq!(m.arrears_since.map(|d| d.to_string()).as_deref(), Some("2026-07-01"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Values
//!
//! - member number: an id of ours (letters, digits, `-_.:/`), not already a person of
//!   the document nor twice in the sheet;
//! - gender: `man`/`woman`/... as the document writes them, or `M`/`male`/`L`
//!   (laki-laki) as `man`, `F`/`female`/`P` (perempuan) as `woman`; empty: unknown;
//! - unit: a unit's id, or its name;
//! - dates: `YYYY-MM-DD`, `DD/MM/YYYY`, or a spreadsheet date cell; the joining date
//!   is required, the others may be empty;
//! - dues paid until: the member is in arrears from the next day.
//!
//! Every bad row is reported with its line (the spreadsheet's row number) and the
//! column's header; [`import_members`] changes nothing when any row is bad, unless
//! asked to skip them.

use super::openslides::{CsvLines, at_line};
use crate::i18n::tr;
use crate::model::{Gender, Membership, Organization, Person, PersonId, UnitId};
use chrono::NaiveDate;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::fmt;

/// The fields of a member row, in the order of the mapping file.
pub const FIELDS: &[&str] = &[
    "member_number",
    "name",
    "gender",
    "birth_date",
    "unit",
    "joined",
    "dues_paid_until",
];

/// Which header holds each field.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ColumnMap {
    names: Vec<Vec<String>>,
}

/// A mapping file: `[columns]` with the header of each field.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFile {
    #[serde(rename = "$schema", default)]
    _schema: Option<String>,
    columns: MapColumns,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapColumns {
    member_number: Option<String>,
    name: Option<String>,
    gender: Option<String>,
    birth_date: Option<String>,
    unit: Option<String>,
    joined: Option<String>,
    dues_paid_until: Option<String>,
}

impl Default for ColumnMap {
    fn default() -> Self {
        Self::new()
    }
}

impl ColumnMap {
    /// The headers known by default (case and surrounding spaces ignored):
    /// `member_number` (`member number`, `member no`, `no anggota`, `nomor anggota`,
    /// `nia`), `name` (`nama`), `gender` (`sex`, `jenis kelamin`), `birth_date` (`birth
    /// date`, `date of birth`, `tanggal lahir`), `unit` (`branch`), `joined` (`joining
    /// date`, `join date`, `tanggal masuk`), `dues_paid_until` (`dues paid until`,
    /// `paid until`, `iuran lunas sampai`).
    pub fn new() -> Self {
        let n = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        ColumnMap {
            names: vec![
                n(&[
                    "member_number",
                    "member number",
                    "member no",
                    "no anggota",
                    "nomor anggota",
                    "nia",
                ]),
                n(&["name", "nama"]),
                n(&["gender", "sex", "jenis kelamin"]),
                n(&["birth_date", "birth date", "date of birth", "tanggal lahir"]),
                n(&["unit", "branch"]),
                n(&["joined", "joining date", "join date", "tanggal masuk"]),
                n(&[
                    "dues_paid_until",
                    "dues paid until",
                    "paid until",
                    "iuran lunas sampai",
                ]),
            ],
        }
    }

    /// A mapping file (TOML): a `[columns]` table naming the header of each field it
    /// sets (`member_number = "No. Anggota"`); fields it leaves out keep their default
    /// names.
    ///
    /// ```
    /// use union_rulebook::interchange::members::ColumnMap;
    /// let map = ColumnMap::from_toml_str("[columns]\nmember_number = \"No. Anggota\"\n")?;
    /// assert!(ColumnMap::from_toml_str("[columns]\nshoe_size = \"x\"\n").is_err());
    /// # Ok::<(), union_rulebook::read::ReadError>(())
    /// ```
    ///
    /// # Errors
    /// [`ReadError`](crate::read::ReadError) with line, column and path for text that
    /// is not such a table (an unknown field included).
    pub fn from_toml_str(text: &str) -> Result<Self, crate::read::ReadError> {
        let file: MapFile = crate::read::from_toml_str(text)?;
        let c = file.columns;
        let mut map = ColumnMap::new();
        let given = [
            c.member_number,
            c.name,
            c.gender,
            c.birth_date,
            c.unit,
            c.joined,
            c.dues_paid_until,
        ];
        for (slot, g) in map.names.iter_mut().zip(given) {
            if let Some(g) = g {
                *slot = vec![g];
            }
        }
        Ok(map)
    }
}

/// A sheet: its header and its rows, each with its line (the spreadsheet's row
/// number, from 1 for the header).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Table {
    /// The header's cells.
    pub headers: Vec<String>,
    /// The rows after the header, with their line, blank rows left out.
    pub rows: Vec<(u64, Vec<String>)>,
}

/// A sheet that cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct TableError(String);

impl Table {
    /// A CSV sheet (the csv crate: quoting, CRLF; a byte-order mark skipped).
    ///
    /// # Errors
    /// [`TableError`] with the line for text that is not CSV, or no header.
    pub fn from_csv(text: &str) -> Result<Table, TableError> {
        let text = crate::read::strip_bom(text);
        let mut r = csv::ReaderBuilder::new()
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut lines = CsvLines::new(text);
        Table::from_lines(r.records().map(|record| {
            let record = record.map_err(|e| {
                let line = lines.at(e.position());
                TableError(at_line(
                    line,
                    None,
                    &tr!("interchange-members-cannot-read-row", error = e.to_string()),
                ))
            })?;
            let line = lines.at(record.position());
            Ok((line, record.iter().map(|c| c.trim().to_owned()).collect()))
        }))
    }

    /// A sheet from its lines in order, each with its line number: the first is the
    /// header, blank rows after it are left out, and no line at all is an empty sheet.
    /// Stops at the first line that cannot be read.
    fn from_lines(
        mut lines: impl Iterator<Item = Result<(u64, Vec<String>), TableError>>,
    ) -> Result<Table, TableError> {
        let Some(header) = lines.next() else {
            return Err(TableError(tr!("interchange-members-sheet-empty")));
        };
        let mut table = Table {
            headers: header?.1,
            rows: Vec::new(),
        };
        for line in lines {
            let (line, cells) = line?;
            if cells.iter().any(|c| !c.is_empty()) {
                table.rows.push((line, cells));
            }
        }
        Ok(table)
    }

    /// The first sheet of a spreadsheet (XLSX, XLS, ODS; `calamine`). Date cells are
    /// written `YYYY-MM-DD`; numbers without a fraction as whole numbers.
    ///
    /// # Errors
    /// [`TableError`] for bytes that are not a spreadsheet, or a workbook without a
    /// sheet.
    pub fn from_spreadsheet(bytes: &[u8]) -> Result<Table, TableError> {
        use calamine::{Data, Reader};
        let cursor = std::io::Cursor::new(bytes.to_vec());
        let mut book = calamine::open_workbook_auto_from_rs(cursor).map_err(|e| {
            TableError(tr!(
                "interchange-members-cannot-read-spreadsheet",
                error = e.to_string()
            ))
        })?;
        let range = book
            .worksheet_range_at(0)
            .ok_or_else(|| TableError(tr!("interchange-members-no-sheet")))?
            .map_err(|e| {
                TableError(tr!(
                    "interchange-members-cannot-read-sheet",
                    error = e.to_string()
                ))
            })?;
        let start_row = u64::from(range.start().map_or(0, |(r, _)| r));
        let start_col = range.start().map_or(0, |(_, c)| c) as usize;
        Table::from_lines(range.rows().enumerate().map(|(i, row)| {
            let line = start_row + i as u64 + 1;
            let mut cells: Vec<String> = vec![String::new(); start_col];
            cells.extend(row.iter().map(|c| {
                match c {
                    Data::Empty => String::new(),
                    Data::String(s) => s.trim().to_owned(),
                    Data::Int(n) => n.to_string(),
                    Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{f:.0}"),
                    Data::Float(f) => f.to_string(),
                    Data::Bool(b) => b.to_string(),
                    Data::DateTime(d) => excel_date(d.as_f64(), d.is_datetime())
                        .map_or_else(|| d.as_f64().to_string(), |d| d.to_string()),
                    Data::DateTimeIso(s) => s.split('T').next().unwrap_or("").to_owned(),
                    Data::DurationIso(s) => s.clone(),
                    Data::Error(e) => format!("#{e:?}"),
                }
            }));
            Ok((line, cells))
        }))
    }
}

/// The day of a spreadsheet date serial (the 1900 system: day 1 is 1900-01-01, with
/// Lotus's phantom 1900-02-29 as day 60).
fn excel_date(serial: f64, _is_date: bool) -> Option<NaiveDate> {
    if !serial.is_finite() || !(1.0..3_000_000.0).contains(&serial) {
        return None;
    }
    let days = serial.floor() as i64;
    let base = NaiveDate::from_ymd_opt(1899, 12, 30)?;
    let days = if days < 61 { days + 1 } else { days };
    base.checked_add_signed(chrono::Duration::days(days))
}

/// A bad row: its line, the header of the bad cell, what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BadRow {
    /// The line (the spreadsheet's row number).
    pub line: u64,
    /// The header of the column, when one cell is bad.
    pub column: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for BadRow {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&at_line(self.line, self.column.as_deref(), &self.message))
    }
}

/// The document with the members added, and the rows left out.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct MembersImport {
    /// The document with a person and a membership per good row.
    pub document: Organization,
    /// How many members were added.
    pub added: usize,
    /// The bad rows left out (only when asked to skip them).
    pub skipped: Vec<BadRow>,
}

fn date_cell(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(text, "%d/%m/%Y"))
        .ok()
}

fn gender_cell(text: &str) -> Gender {
    match text.to_ascii_lowercase().as_str() {
        "m" | "male" | "l" | "laki-laki" => Gender::Man,
        "f" | "female" | "p" | "perempuan" => Gender::Woman,
        _ => Gender::from(text),
    }
}

/// Adds a person and a membership for every row of `table` to `doc` (see the
/// [module docs](self) for the values).
///
/// # Errors
/// Every bad row, with its line and column, when any row is bad and `skip_bad` is
/// false; a missing required column (member number, unit, joining date) is one bad
/// row at line 1. With `skip_bad`, the bad rows are left out and listed in
/// [`MembersImport::skipped`].
pub fn import_members(
    doc: &Organization,
    table: &Table,
    map: &ColumnMap,
    skip_bad: bool,
) -> Result<MembersImport, Vec<BadRow>> {
    let find = |names: &[String]| {
        table.headers.iter().position(|h| {
            names
                .iter()
                .any(|n| h.trim().eq_ignore_ascii_case(n.trim()))
        })
    };
    let cols: Vec<Option<usize>> = map.names.iter().map(|n| find(n)).collect();
    let header = |i: usize| {
        cols.get(i)
            .copied()
            .flatten()
            .and_then(|c| table.headers.get(c).cloned())
            .unwrap_or_else(|| FIELDS.get(i).copied().unwrap_or("").to_owned())
    };
    let mut missing = Vec::new();
    for required in [0usize, 4, 5] {
        if cols.get(required).copied().flatten().is_none() {
            missing.push(BadRow {
                line: 1,
                column: None,
                message: tr!(
                    "interchange-members-no-column",
                    field = FIELDS.get(required).copied().unwrap_or(""),
                    names = map
                        .names
                        .get(required)
                        .map(|n| {
                            n.iter()
                                .map(|s| format!("{s:?}"))
                                .reduce(|left, right| {
                                    tr!("interchange-members-or", left = left, right = right)
                                })
                                .unwrap_or_default()
                        })
                        .unwrap_or_default()
                ),
            });
        }
    }
    if !missing.is_empty() {
        return Err(missing);
    }
    let mut out = doc.clone();
    let mut known: BTreeSet<PersonId> = doc.people.iter().map(|p| p.id.clone()).collect();
    let mut bad = Vec::new();
    let mut added = 0usize;
    for (line, cells) in &table.rows {
        let cell = |i: usize| -> &str {
            cols.get(i)
                .copied()
                .flatten()
                .and_then(|c| cells.get(c))
                .map_or("", |s| s.as_str())
        };
        let mut row_bad = Vec::new();
        let mut fail = |i: usize, message: String| {
            row_bad.push(BadRow {
                line: *line,
                column: Some(header(i)),
                message,
            });
        };
        let id = match PersonId::new(cell(0)) {
            Ok(id) if known.contains(&id) => {
                fail(
                    0,
                    tr!("interchange-members-already", member = id.to_string()),
                );
                None
            }
            Ok(id) => Some(id),
            Err(e) => {
                fail(
                    0,
                    tr!(
                        "interchange-members-bad-number",
                        value = format!("{:?}", cell(0)),
                        error = e.to_string()
                    ),
                );
                None
            }
        };
        let unit_text = cell(4);
        let unit: Option<UnitId> = doc
            .units
            .iter()
            .find(|u| u.id.as_str() == unit_text)
            .or_else(|| {
                doc.units
                    .iter()
                    .find(|u| u.name.eq_ignore_ascii_case(unit_text))
            })
            .map(|u| u.id.clone());
        if unit.is_none() {
            fail(
                4,
                tr!(
                    "interchange-members-unknown-unit",
                    value = format!("{unit_text:?}")
                ),
            );
        }
        let mut date = |i: usize, required: bool| -> Option<NaiveDate> {
            let t = cell(i);
            if t.is_empty() {
                if required {
                    fail(i, tr!("interchange-members-date-empty"));
                }
                return None;
            }
            let d = date_cell(t);
            if d.is_none() {
                fail(
                    i,
                    tr!("interchange-members-not-a-date", value = format!("{t:?}")),
                );
            }
            d
        };
        let joined = date(5, true);
        let birth = date(3, false);
        let paid = date(6, false);
        let membership = match (&id, &unit, joined) {
            (Some(id), Some(unit), Some(j)) => {
                match Membership::new(id.clone(), unit.clone(), j, None) {
                    Ok(mut m) => {
                        m.arrears_since = paid.and_then(|p| p.succ_opt());
                        Some(m)
                    }
                    Err(e) => {
                        fail(5, e.to_string());
                        None
                    }
                }
            }
            _ => None,
        };
        if !row_bad.is_empty() {
            bad.extend(row_bad);
            continue;
        }
        let (Some(id), Some(m)) = (id, membership) else {
            continue;
        };
        let mut person = Person::new(id.clone());
        let name = cell(1);
        person.name = (!name.is_empty()).then(|| name.to_owned());
        let g = cell(2);
        person.gender = (!g.is_empty()).then(|| gender_cell(g));
        person.birth_date = birth;
        known.insert(id);
        out.people.push(person);
        out.memberships.push(m);
        added += 1;
    }
    if !bad.is_empty() && !skip_bad {
        return Err(bad);
    }
    Ok(MembersImport {
        document: out,
        added,
        skipped: bad,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spreadsheet_serials_are_days_of_the_1900_system() {
        assert_eq!(excel_date(1.0, true), NaiveDate::from_ymd_opt(1900, 1, 1));
        assert_eq!(excel_date(61.0, true), NaiveDate::from_ymd_opt(1900, 3, 1));
        assert_eq!(
            excel_date(45_658.0, true),
            NaiveDate::from_ymd_opt(2025, 1, 1)
        );
        assert_eq!(excel_date(-1.0, true), None);
    }
}
