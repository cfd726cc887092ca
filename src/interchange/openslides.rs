//! OpenSlides: the participant-import CSV of an OpenSlides 4 meeting, written for the
//! holders of a body's posts (a congress's delegates, a board's members), and read
//! back as the delegates of a motion (`rulebook decide --delegates FILE.csv`).
//!
//! The columns are those of OpenSlides' participant import (the client's import
//! definitions and the backend's `participant.json_upload` action,
//! OpenSlides/openslides-client and OpenSlides/openslides-backend): any subset, in any
//! order, one row per participant; `groups` and `structure_level` hold
//! comma-separated names, `vote_weight` a decimal with 6 places (`1.000000` by
//! default), `gender` one of the organization's default genders (`male`, `female`,
//! `diverse`, `non-binary`), booleans `1`/`0` or `true`/`false`.
//!
//! ```
//! use chrono::NaiveDate;
//! use union_rulebook::interchange::openslides::{participants, write_csv, ParticipantOptions};
//! use union_rulebook::model::{BodyId, Organization};
//! let doc = Organization::from_json_str(r#"{
//!   "name": "SPN",
//!   "levels": [{"id": "psp", "name": "PSP"}],
//!   "units": [{"id": "psp-a", "name": "PSP A", "level": "psp",
//!              "membership_stats": [{"date": "2025-12-31", "total": 120, "groups": {}}]}],
//!   "bodies": [{"id": "congress", "unit": "psp-a", "kind": "congress", "name": "Kongres",
//!               "posts": [{"id": "congress/delegates", "role": "delegate", "seats": 2}]}],
//!   "people": [{"id": "p-1", "gender": "woman"}, {"id": "p-2", "gender": "man"}],
//!   "memberships": [{"person": "p-1", "unit": "psp-a", "start": "2020-01-01"},
//!                   {"person": "p-2", "unit": "psp-a", "start": "2020-01-01"}],
//!   "terms": [{"person": "p-1", "post": "congress/delegates", "start": "2026-01-01"},
//!             {"person": "p-2", "post": "congress/delegates", "start": "2026-01-01"}]
//! }"#)?;
//! let mut options = ParticipantOptions::new(NaiveDate::from_ymd_opt(2026, 6, 1).ok_or("date")?);
//! options.card_votes = true;
//! let rows = participants(&doc, &BodyId::new("congress")?, &options)?;
//! assert_eq!(rows[0].vote_weight, "60.000000"); // 120 members, 2 delegates
//! assert_eq!(rows[0].structure_level, "PSP A");
//! assert_eq!(rows[0].gender, ""); // personal data only when asked
//! let csv = write_csv(&rows)?;
//! assert!(csv.starts_with("username,member_number,first_name,last_name,structure_level,groups,vote_weight,gender,is_active,is_physical_person,is_present\n"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Who, and with what weight
//!
//! One row per person holding a seat of a post of the body on the chosen date, in the
//! order of their first such term in the document. Their `username` and
//! `member_number` are their id; their `structure_level` the names of the units they
//! are members of on that date; their `groups` the roles of the posts they hold
//! (`delegate`, `chair`). Their `vote_weight` is `1.000000`, or with card votes the
//! members of their unit (its latest membership statistics on or before the date)
//! shared equally among the body's holders from that unit, cut to 6 decimals (exact
//! integer arithmetic; what the cut loses is under a millionth of a vote each).
//! Names (`last_name`, the whole name: documents keep no first name apart) and
//! genders are written only with [`ParticipantOptions::include_personal`]; `man` is
//! `male`, `woman` is `female`, `non-binary` is `non-binary`, any other given gender
//! `diverse`, `undisclosed` none.

use crate::decision::{Delegate, Weight};
use crate::i18n::tr;
use crate::model::{BodyId, Gender, Organization, PersonId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// The columns [`write_csv`] writes, in order.
pub const COLUMNS: &[&str] = &[
    "username",
    "member_number",
    "first_name",
    "last_name",
    "structure_level",
    "groups",
    "vote_weight",
    "gender",
    "is_active",
    "is_physical_person",
    "is_present",
];

/// One participant row of the import CSV.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Participant {
    /// The login name: the person's id.
    pub username: String,
    /// The member number: the person's id.
    pub member_number: String,
    /// Always empty (documents keep a whole name).
    pub first_name: String,
    /// The person's name, with personal data; else empty.
    pub last_name: String,
    /// The names of the person's units, comma-separated.
    pub structure_level: String,
    /// The roles of the posts held, comma-separated.
    pub groups: String,
    /// The vote weight, a decimal with 6 places.
    pub vote_weight: String,
    /// The gender in OpenSlides' words, with personal data; else empty.
    pub gender: String,
    /// `1` (for [`delegate_rows`], `0` for a delegate without a vote).
    pub is_active: String,
    /// `1`.
    pub is_physical_person: String,
    /// `0` (presence is the meeting's to record; for [`delegate_rows`], as recorded).
    pub is_present: String,
}

/// How [`participants`] builds its rows.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct ParticipantOptions {
    /// The date whose post holders, memberships and statistics are used.
    pub as_of: NaiveDate,
    /// Card votes: each holder carries a share of their unit's members.
    pub card_votes: bool,
    /// Write names and genders.
    pub include_personal: bool,
}

impl ParticipantOptions {
    /// One vote each, no personal data, as of `as_of`.
    pub fn new(as_of: NaiveDate) -> Self {
        ParticipantOptions {
            as_of,
            card_votes: false,
            include_personal: false,
        }
    }
}

/// Why the participants of a body cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum OpenSlidesError {
    /// The document has no such body.
    UnknownBody {
        /// The body asked for.
        body: String,
    },
    /// Card votes need a unit with membership statistics.
    NoWeight {
        /// The person.
        person: String,
        /// The body.
        body: String,
        /// The date.
        as_of: NaiveDate,
    },
    /// A delegate's weight has no exact decimal of 6 places ([`delegate_rows`]).
    WeightNotSixPlaces {
        /// The delegate.
        delegate: String,
        /// The weight (`1000/3`).
        weight: String,
        /// What 6 places would keep of it (`333.333333`).
        cut: String,
    },
}

impl fmt::Display for OpenSlidesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            OpenSlidesError::UnknownBody { body } => {
                tr!("interchange-openslides-unknown-body", body = body.as_str())
            }
            OpenSlidesError::NoWeight {
                person,
                body,
                as_of,
            } => tr!(
                "interchange-openslides-no-weight",
                person = person.as_str(),
                body = body.as_str(),
                date = as_of.to_string()
            ),
            OpenSlidesError::WeightNotSixPlaces {
                delegate,
                weight,
                cut,
            } => tr!(
                "interchange-openslides-weight-not-six-places",
                delegate = delegate.as_str(),
                weight = weight.as_str(),
                cut = cut.as_str()
            ),
        })
    }
}

impl std::error::Error for OpenSlidesError {}

/// `n / d` with 6 decimals, cut (exact integer arithmetic).
fn six_places_of(n: u64, d: u64) -> String {
    let d = d.max(1);
    let scaled = u128::from(n) * 1_000_000 / u128::from(d);
    format!("{}.{:06}", scaled / 1_000_000, scaled % 1_000_000)
}

fn gender_word(g: &Gender) -> &str {
    match g {
        Gender::Man => "male",
        Gender::Woman => "female",
        Gender::NonBinary => "non-binary",
        Gender::Undisclosed => "",
        _ => "diverse",
    }
}

/// The participant rows of `body` (see the [module docs](self)).
///
/// # Errors
/// [`OpenSlidesError::UnknownBody`]; with card votes, [`OpenSlidesError::NoWeight`]
/// for a holder whose units have no membership statistics on the date.
pub fn participants(
    doc: &Organization,
    body: &BodyId,
    options: &ParticipantOptions,
) -> Result<Vec<Participant>, OpenSlidesError> {
    let Some(b) = doc.bodies.iter().find(|b| &b.id == body) else {
        return Err(OpenSlidesError::UnknownBody {
            body: body.to_string(),
        });
    };
    let as_of = options.as_of;
    let roles: BTreeMap<_, _> = b.posts.iter().map(|p| (&p.id, p.role.as_str())).collect();
    // Holders in the order of their first term, with their roles.
    let mut order: Vec<&PersonId> = Vec::new();
    let mut held: BTreeMap<&PersonId, Vec<&str>> = BTreeMap::new();
    for t in &doc.terms {
        if let Some(role) = roles.get(&t.post)
            && t.active_on(as_of)
        {
            let entry = held.entry(&t.person).or_default();
            if entry.is_empty() {
                order.push(&t.person);
            }
            if !entry.contains(role) {
                entry.push(role);
            }
        }
    }
    let units_of = |p: &PersonId| -> Vec<&crate::model::UnitId> {
        let mut us = Vec::new();
        for m in &doc.memberships {
            if &m.person == p
                && m.start() <= as_of
                && m.end().is_none_or(|e| as_of <= e)
                && !us.contains(&&m.unit)
            {
                us.push(&m.unit);
            }
        }
        us
    };
    let members_of = |u: &crate::model::UnitId| -> Option<u64> {
        let unit = doc.units.iter().find(|x| &x.id == u)?;
        unit.membership_stats
            .iter()
            .filter(|s| s.date() <= as_of)
            .max_by_key(|s| s.date())
            .map(|s| u64::from(s.total()))
    };
    // With card votes: each holder's unit (the first with statistics) and how many
    // of the body's holders share it.
    let mut weight_unit: BTreeMap<&PersonId, (&crate::model::UnitId, u64)> = BTreeMap::new();
    let mut sharing: BTreeMap<&crate::model::UnitId, u64> = BTreeMap::new();
    if options.card_votes {
        for &p in &order {
            let found = units_of(p)
                .into_iter()
                .find_map(|u| members_of(u).map(|n| (u, n)));
            let Some((u, n)) = found else {
                return Err(OpenSlidesError::NoWeight {
                    person: p.to_string(),
                    body: body.to_string(),
                    as_of,
                });
            };
            weight_unit.insert(p, (u, n));
            *sharing.entry(u).or_default() += 1;
        }
    }
    let people: BTreeMap<&PersonId, &crate::model::Person> =
        doc.people.iter().map(|p| (&p.id, p)).collect();
    let personal = options.include_personal;
    Ok(order
        .into_iter()
        .map(|p| {
            let person = people.get(p);
            let structure_level = units_of(p)
                .into_iter()
                .map(|u| {
                    doc.units
                        .iter()
                        .find(|x| &x.id == u)
                        .map_or_else(|| u.to_string(), |x| x.name.clone())
                })
                .collect::<Vec<_>>()
                .join(",");
            let vote_weight = match weight_unit.get(p) {
                Some((u, n)) => six_places_of(*n, sharing.get(u).copied().unwrap_or(1)),
                None => "1.000000".to_owned(),
            };
            Participant {
                username: p.to_string(),
                member_number: p.to_string(),
                first_name: String::new(),
                last_name: person
                    .and_then(|x| x.name.clone())
                    .filter(|_| personal)
                    .unwrap_or_default(),
                structure_level,
                groups: held.get(p).map(|r| r.join(",")).unwrap_or_default(),
                vote_weight,
                gender: person
                    .and_then(|x| x.gender.as_ref())
                    .filter(|_| personal)
                    .map(|g| gender_word(g).to_owned())
                    .unwrap_or_default(),
                is_active: "1".to_owned(),
                is_physical_person: "1".to_owned(),
                is_present: "0".to_owned(),
            }
        })
        .collect())
}

/// The rows as the import CSV: a header line of [`COLUMNS`], then one line per row
/// (the csv crate quotes what needs quoting).
///
/// # Errors
/// Never in practice; a [`csv::Error`] is passed on if writing fails.
pub fn write_csv(rows: &[Participant]) -> Result<String, csv::Error> {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for r in rows {
        w.serialize(r)?;
    }
    let bytes = w.into_inner().map_err(|e| e.into_error())?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A delegate list that cannot be read: where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DelegatesError {
    /// The line (from 1).
    pub line: u64,
    /// The column's name, when the problem is in one cell.
    pub column: Option<String>,
    /// What is wrong and what was expected.
    pub message: String,
}

impl fmt::Display for DelegatesError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&at_line(self.line, self.column.as_deref(), &self.message))
    }
}

impl std::error::Error for DelegatesError {}

/// "line L, column C: message" (or "line L: message") in the thread's language.
pub(crate) fn at_line(line: u64, column: Option<&str>, message: &str) -> String {
    match column {
        Some(c) => tr!(
            "interchange-at-line-column",
            line = line,
            column = c,
            message = message
        ),
        None => tr!("interchange-at-line", line = line, message = message),
    }
}

/// The lines (from 1) of CSV positions in one text, counted from their byte offsets
/// (the csv crate counts a CRLF's CR as a line of its own in some positions).
///
/// Counts on from the last position asked (`read::csv::LineCounter`, shared with the
/// CSV reader), so reading a file's records in order
/// counts its line breaks once: linear in the text, where counting each record's line
/// from the start was quadratic (a 64 KB membership sheet took 88 s in the
/// `members_csv` fuzz target).
pub(crate) struct CsvLines<'a> {
    bytes: &'a [u8],
    lines: crate::read::csv::LineCounter<'a>,
}

impl<'a> CsvLines<'a> {
    /// A counter over `text`, at its first line.
    pub(crate) fn new(text: &'a str) -> Self {
        CsvLines {
            bytes: text.as_bytes(),
            lines: crate::read::csv::LineCounter::new(text),
        }
    }

    /// The line of a record or error at `pos` (line 1 when the position is unknown).
    pub(crate) fn at(&mut self, pos: Option<&csv::Position>) -> u64 {
        let mut byte = pos.map_or(0, |p| usize::try_from(p.byte()).unwrap_or(usize::MAX));
        // A record's position may be the line break before it.
        while matches!(self.bytes.get(byte), Some(b'\r' | b'\n')) {
            byte += 1;
        }
        self.lines.line_at(byte) as u64
    }
}

fn truthy(s: &str) -> Option<bool> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "true" => Some(true),
        "0" | "false" | "" => Some(false),
        _ => None,
    }
}

/// The places of decimals OpenSlides keeps for a vote weight.
pub const WEIGHT_PLACES: usize = 6;

/// A `vote_weight` cell read exactly: digits, with at most [`WEIGHT_PLACES`] decimals
/// after a point; the message says what is wrong.
fn read_weight(w: &str) -> Result<Weight, String> {
    let value = format!("{w:?}");
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let (whole, fraction) = w.split_once('.').unwrap_or((w, ""));
    let unsigned = whole.strip_prefix('-');
    if unsigned.is_some_and(digits) && (fraction.is_empty() || digits(fraction)) {
        return Err(tr!("interchange-openslides-weight-negative", value = value));
    }
    if !digits(whole) || (w.contains('.') && !digits(fraction)) {
        return Err(tr!(
            "interchange-openslides-weight-not-decimal",
            value = value
        ));
    }
    if fraction.len() > WEIGHT_PLACES {
        return Err(tr!(
            "interchange-openslides-weight-too-many-places",
            value = value,
            places = fraction.len()
        ));
    }
    w.parse::<Weight>()
        .map_err(|_| tr!("interchange-openslides-weight-too-large", value = value))
}

/// A weight as OpenSlides writes it, with exactly 6 decimals (`12.400000`); `None`
/// when 6 places cannot hold it exactly (`1000/3`).
///
/// ```
/// use union_rulebook::decision::Weight;
/// use union_rulebook::interchange::openslides::six_places;
/// assert_eq!(six_places(&"12.4".parse()?).as_deref(), Some("12.400000"));
/// assert_eq!(six_places(&Weight::from(120)).as_deref(), Some("120.000000"));
/// assert_eq!(six_places(&"1000/3".parse()?), None);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn six_places(w: &Weight) -> Option<String> {
    let scale: u128 = 1_000_000;
    let d = u128::from(w.denom());
    if !scale.is_multiple_of(d) {
        return None;
    }
    let scaled = u128::from(w.numer()) * (scale / d);
    Some(format!("{}.{:06}", scaled / scale, scaled % scale))
}

/// The participant rows of a motion's delegates, to import into OpenSlides: one row
/// per delegate, in order, its id as `username` and `member_number`, its weight with 6
/// places (`333.333333`), `is_active` `1` when it may vote (else `0`), `is_present` as
/// recorded. What [`read_delegates_csv`] reads back from [`write_csv`] of these rows
/// is the same delegates.
///
/// ```
/// use union_rulebook::decision::Delegate;
/// use union_rulebook::interchange::openslides::{delegate_rows, read_delegates_csv, write_csv};
/// let d: Vec<Delegate> = serde_json::from_str(
///     r#"[{"id": "dpd-jabar", "weight": "12.4", "present": true}, {"id": "dpd-banten", "weight": 6}]"#)?;
/// let rows = delegate_rows(&d)?;
/// assert_eq!(rows[0].vote_weight, "12.400000");
/// assert_eq!(read_delegates_csv(&write_csv(&rows)?)?, d);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`OpenSlidesError::WeightNotSixPlaces`] for a weight that 6 decimals cannot hold
/// exactly (round it first, as the statute says).
pub fn delegate_rows(delegates: &[Delegate]) -> Result<Vec<Participant>, OpenSlidesError> {
    delegates
        .iter()
        .map(|d| {
            let vote_weight =
                six_places(&d.weight).ok_or_else(|| OpenSlidesError::WeightNotSixPlaces {
                    delegate: d.id.clone(),
                    weight: d.weight.to_string(),
                    cut: cut_six_places(&d.weight),
                })?;
            let flag = |b: bool| if b { "1" } else { "0" }.to_owned();
            Ok(Participant {
                username: d.id.clone(),
                member_number: d.id.clone(),
                first_name: String::new(),
                last_name: String::new(),
                structure_level: String::new(),
                groups: String::new(),
                vote_weight,
                gender: String::new(),
                is_active: flag(d.voting),
                is_physical_person: "1".to_owned(),
                is_present: flag(d.present),
            })
        })
        .collect()
}

/// The weight cut to 6 decimals (what OpenSlides would keep of it).
fn cut_six_places(w: &Weight) -> String {
    let scaled = u128::from(w.numer()) * 1_000_000 / u128::from(w.denom().max(1));
    format!("{}.{:06}", scaled / 1_000_000, scaled % 1_000_000)
}

/// Reads an OpenSlides participant CSV as the delegates of a motion: the id is the
/// `member_number` (else the `username`), the weight the `vote_weight`, voting unless
/// `is_active` is `0`/`false`, present when `is_present` is `1`/`true`. Header names
/// are matched without regard to case; other columns are ignored.
///
/// OpenSlides keeps a vote weight as a decimal with 6 places (`333.333333`): it is
/// read exactly, never as floating point, into a [`Weight`] (`120`, `120.000000`,
/// `12.4`; 1 when the column is absent or empty). A weight with more than 6 decimals,
/// a negative one, or one that is not a decimal number is refused with its line and
/// column. A fractional weight is counted as the motion's rule says
/// ([`DecisionRule::fractions`](crate::decision::DecisionRule::fractions)).
///
/// ```
/// use union_rulebook::decision::Weight;
/// use union_rulebook::interchange::openslides::read_delegates_csv;
/// let d = read_delegates_csv("member_number,vote_weight,is_present\np-1,120.000000,1\np-2,333.333333,0\n")?;
/// assert_eq!((d[0].id.as_str(), d[0].weight, d[0].present), ("p-1", Weight::from(120), true));
/// assert_eq!(d[1].weight, "333.333333".parse()?);
/// let err = read_delegates_csv("member_number,vote_weight\np-1,1.1234567\n").unwrap_err();
/// assert_eq!(err.to_string(), "line 2, column vote_weight: vote weight \"1.1234567\" has 7 decimal places: OpenSlides stores at most 6");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`DelegatesError`] with the line and column: no `member_number` or `username`
/// column, an empty id, an id twice, a weight that is negative, not a decimal, has
/// more than 6 decimals or is too large, a boolean that is not one, a row that is not
/// CSV.
pub fn read_delegates_csv(text: &str) -> Result<Vec<Delegate>, DelegatesError> {
    let text = crate::read::strip_bom(text);
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let at = |line: u64, column: Option<&str>, message: String| DelegatesError {
        line,
        column: column.map(str::to_owned),
        message,
    };
    let headers = r
        .headers()
        .map_err(|e| {
            at(
                1,
                None,
                tr!(
                    "interchange-openslides-cannot-read-header",
                    error = e.to_string()
                ),
            )
        })?
        .clone();
    let find = |name: &str| {
        headers
            .iter()
            .position(|h| h.trim().eq_ignore_ascii_case(name))
    };
    let id_col = find("member_number")
        .or_else(|| find("username"))
        .ok_or_else(|| at(1, None, tr!("interchange-openslides-no-id-column")))?;
    let id_name = headers
        .get(id_col)
        .unwrap_or("member_number")
        .trim()
        .to_owned();
    let weight_col = find("vote_weight");
    let active_col = find("is_active");
    let present_col = find("is_present");
    let mut out: Vec<Delegate> = Vec::new();
    let mut seen: BTreeMap<String, u64> = BTreeMap::new();
    let mut lines = CsvLines::new(text);
    for record in r.records() {
        let record = record.map_err(|e| {
            let line = lines.at(e.position());
            at(
                line,
                None,
                tr!(
                    "interchange-openslides-cannot-read-row",
                    error = e.to_string()
                ),
            )
        })?;
        let line = lines.at(record.position());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        let cell = |c: Option<usize>| c.and_then(|i| record.get(i)).map(str::trim);
        let id = cell(Some(id_col)).unwrap_or("");
        if id.is_empty() {
            return Err(at(
                line,
                Some(&id_name),
                tr!("interchange-openslides-empty-id"),
            ));
        }
        if let Some(first) = seen.insert(id.to_owned(), line) {
            return Err(at(
                line,
                Some(&id_name),
                tr!(
                    "interchange-openslides-delegate-twice",
                    delegate = id,
                    first_line = first
                ),
            ));
        }
        let weight = match cell(weight_col) {
            None | Some("") => Weight::ONE,
            Some(w) => read_weight(w).map_err(|m| at(line, Some("vote_weight"), m))?,
        };
        let flag = |c: Option<usize>, name: &str, default: bool| match cell(c) {
            None | Some("") => Ok(default),
            Some(v) => truthy(v).ok_or_else(|| {
                at(
                    line,
                    Some(name),
                    tr!(
                        "interchange-openslides-not-boolean",
                        name = name,
                        value = format!("{v:?}")
                    ),
                )
            }),
        };
        let voting = flag(active_col, "is_active", true)?;
        let present = flag(present_col, "is_present", false)?;
        out.push(Delegate {
            id: id.to_owned(),
            weight,
            voting,
            present,
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line of each position, counted on from the last one, equals the count from
    /// the start of the text (the quadratic way it replaced), in order and backwards.
    #[test]
    fn csv_lines_count_on_as_the_naive_count_does() {
        let text = "a,b\r\n1,2\n\n\"x\ny\",3\r\n4,5\n";
        let naive = |byte: usize| {
            let bytes = text.as_bytes();
            let mut byte = byte;
            while matches!(bytes.get(byte), Some(b'\r' | b'\n')) {
                byte += 1;
            }
            let upto = &bytes[..byte.min(bytes.len())];
            upto.iter().filter(|&&b| b == b'\n').count() as u64 + 1
        };
        let mut r = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes());
        let mut lines = CsvLines::new(text);
        let mut seen = Vec::new();
        for record in r.records() {
            let Ok(record) = record else { continue };
            let pos = record.position().cloned();
            let byte = pos.as_ref().map_or(0, |p| p.byte() as usize);
            assert_eq!(lines.at(pos.as_ref()), naive(byte), "byte {byte}");
            seen.push((pos, byte));
        }
        assert_eq!(seen.len(), 4, "four records, the blank line skipped");
        for (pos, byte) in seen.iter().rev() {
            assert_eq!(lines.at(pos.as_ref()), naive(*byte), "back to byte {byte}");
        }
        assert_eq!(lines.at(None), 1);
    }

    #[test]
    fn six_places_cuts_exactly() {
        assert_eq!(six_places_of(1, 3), "0.333333");
        assert_eq!(six_places_of(120, 2), "60.000000");
        assert_eq!(six_places_of(u64::MAX, 1), format!("{}.000000", u64::MAX));
    }

    #[test]
    fn bad_cells_are_located() {
        let err = read_delegates_csv("username,is_present\nа,maybe\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert_eq!(err.column.as_deref(), Some("is_present"));
        let err = read_delegates_csv("username\np\np\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "line 3, column username: delegate p is also on line 2: expected each once"
        );
        assert!(read_delegates_csv("name\nx\n").is_err());
    }
}
