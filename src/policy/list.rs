//! Candidate lists: read from CSV, checked against order rules and share rules.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::check::{Subject as Checked, Tally, Verdict, check_composition};
use super::{Policy, RuleId, Subject, Target, messages};
use crate::{Finding, JsonPath, Severity};

/// One candidate on a list, in list order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CandidateRow {
    /// The candidate's id (reports name people by id).
    pub id: String,
    /// Gender, if given.
    pub gender: Option<String>,
    /// Date of birth, if given.
    pub birth_date: Option<NaiveDate>,
    /// Every other column, by header.
    pub attributes: BTreeMap<String, String>,
}

impl Subject for CandidateRow {
    fn gender(&self) -> Option<&str> {
        self.gender.as_deref()
    }
    fn birth_date(&self) -> Option<NaiveDate> {
        self.birth_date
    }
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.get(name).map(String::as_str)
    }
}

/// A candidate list, in order: place 1 first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CandidateList {
    /// The candidates.
    pub candidates: Vec<CandidateRow>,
}

/// A candidate list that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}, column {column}: {message}")]
pub struct ListError {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// Splits CSV text (RFC 4180: commas, double quotes, `""` inside quotes) into records
/// with the line and column where each field starts.
/// A CSV cell with the line and column where it starts.
type Cell = (String, usize, usize);

fn csv_records(text: &str) -> Result<Vec<Vec<Cell>>, ListError> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let (mut line, mut col) = (1usize, 1usize);
    let mut start = (1usize, 1usize);
    let mut quoted = false;
    let mut in_quotes = false;
    let mut chars = text.chars().peekable();
    let mut any = false;
    while let Some(c) = chars.next() {
        if in_quotes {
            if c == '"' {
                if chars.peek() == Some(&'"') {
                    chars.next();
                    field.push('"');
                    col += 2;
                    continue;
                }
                in_quotes = false;
            } else {
                field.push(c);
                if c == '\n' {
                    line += 1;
                    col = 0;
                }
            }
            col += 1;
            continue;
        }
        match c {
            '"' if field.is_empty() && !quoted => {
                quoted = true;
                in_quotes = true;
            }
            '"' => {
                return Err(ListError {
                    line,
                    column: col,
                    message: messages::csv_stray_quote(),
                });
            }
            ',' => {
                record.push((std::mem::take(&mut field), start.0, start.1));
                quoted = false;
                start = (line, col + 1);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push((std::mem::take(&mut field), start.0, start.1));
                quoted = false;
                if !(record.len() == 1 && record.first().is_some_and(|f| f.0.is_empty())) {
                    records.push(std::mem::take(&mut record));
                } else {
                    record.clear();
                }
                line += 1;
                col = 0;
                start = (line, 1);
            }
            _ if quoted => {
                return Err(ListError {
                    line,
                    column: col,
                    message: messages::csv_after_quote(),
                });
            }
            _ => field.push(c),
        }
        any = true;
        col += 1;
    }
    if in_quotes {
        return Err(ListError {
            line: start.0,
            column: start.1,
            message: messages::csv_unclosed_quote(),
        });
    }
    if any && (!field.is_empty() || !record.is_empty() || quoted) {
        record.push((field, start.0, start.1));
        records.push(record);
    }
    Ok(records)
}

impl CandidateList {
    /// Reads a list from CSV: a header row naming the columns, then one candidate per
    /// row in list order. `id` is required; `gender` and `birth_date` (YYYY-MM-DD)
    /// are read as such, a `name` column is ignored (reports use ids), and any other
    /// column is an attribute. Empty cells count as missing.
    ///
    /// ```
    /// use union_rulebook::policy::CandidateList;
    /// let list = CandidateList::from_csv("id,gender\nc1,female\nc2,male\n")?;
    /// assert_eq!(list.candidates.len(), 2);
    /// # Ok::<(), union_rulebook::policy::ListError>(())
    /// ```
    ///
    /// # Errors
    /// With line and column: a missing `id` column, a row with a different number of
    /// cells than the header, an empty or repeated id, a date that does not read,
    /// quotes that do not close.
    pub fn from_csv(text: &str) -> Result<CandidateList, ListError> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let records = csv_records(text)?;
        let mut rows = records.into_iter();
        let Some(header) = rows.next() else {
            return Err(ListError {
                line: 1,
                column: 1,
                message: messages::csv_empty(),
            });
        };
        let names: Vec<String> = header.iter().map(|(h, ..)| h.trim().to_owned()).collect();
        let Some(id_col) = names.iter().position(|h| h == "id") else {
            return Err(ListError {
                line: 1,
                column: 1,
                message: messages::csv_no_id(),
            });
        };
        let mut seen = std::collections::BTreeSet::new();
        let mut candidates = Vec::new();
        for row in rows {
            if row.len() != names.len() {
                let (_, l, c) = row.last().cloned().unwrap_or((String::new(), 1, 1));
                return Err(ListError {
                    line: l,
                    column: c,
                    message: messages::csv_width(row.len(), names.len()),
                });
            }
            let mut cand = CandidateRow {
                id: String::new(),
                gender: None,
                birth_date: None,
                attributes: BTreeMap::new(),
            };
            for (i, (value, l, c)) in row.into_iter().enumerate() {
                let value = value.trim().to_owned();
                let name = names.get(i).map(String::as_str).unwrap_or("");
                if i == id_col {
                    if value.is_empty() || !seen.insert(value.clone()) {
                        return Err(ListError {
                            line: l,
                            column: c,
                            message: messages::csv_bad_id(&value),
                        });
                    }
                    cand.id = value;
                    continue;
                }
                if value.is_empty() {
                    continue;
                }
                match name {
                    "gender" => cand.gender = Some(value),
                    "birth_date" => {
                        cand.birth_date = Some(value.parse().map_err(|_| ListError {
                            line: l,
                            column: c,
                            message: messages::csv_bad_date(&value),
                        })?);
                    }
                    "name" => {}
                    _ => {
                        cand.attributes.insert(name.to_owned(), value);
                    }
                }
            }
            candidates.push(cand);
        }
        Ok(CandidateList { candidates })
    }
}

/// The result of checking a candidate list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ListCheck {
    /// The date the rules were taken as of.
    pub as_of: NaiveDate,
    /// The number of places.
    pub places: usize,
    /// The rules applied and their verdicts, sorted by id.
    pub rules: Vec<(RuleId, Verdict)>,
    /// The findings, in canonical order.
    pub findings: Vec<Finding>,
}

impl ListCheck {
    /// Whether a binding rule is broken.
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    /// The findings as text for people, grouped by severity with a closing count (see
    /// [`render_text`](crate::diagnostics::render_text)).
    pub fn render_text(&self) -> String {
        crate::diagnostics::render_text(&self.findings)
    }
}

/// Checks a list against the policy's order rules and the share rules in force on
/// `as_of` whose scope targets candidate lists. The list's places are the seats.
///
/// Finding codes: `list-order-shortfall` (a block short of the group),
/// `quota-shortfall`, `quota-excess`, `rule-infeasible`, `rules-contradict`,
/// `group-data-missing`, `lot-decides-last-seat`, `reference-missing`.
pub fn check_list(policy: &Policy, list: &CandidateList, as_of: NaiveDate) -> ListCheck {
    let mut findings = Vec::new();
    let mut verdicts = Vec::new();
    let places = list.candidates.len();
    let seats = u32::try_from(places).unwrap_or(u32::MAX);
    let root = JsonPath::root().key("candidates");
    for rule in policy.order_rules_in_force(as_of) {
        let Some(group) = policy.group(&rule.group) else {
            continue;
        };
        let members: Vec<Option<bool>> = list
            .candidates
            .iter()
            .map(|c| group.select.matches(c, as_of))
            .collect();
        let short = rule.check(&members);
        for b in &short {
            findings.push(Finding::new(
                "list-order-shortfall",
                match rule.hardness {
                    super::Hardness::Binding => Severity::Error,
                    super::Hardness::Target => Severity::Warning,
                },
                root.clone().index(b.first.saturating_sub(1)),
                messages::order_shortfall(policy, rule, b),
            ));
        }
        verdicts.push((
            rule.id.clone(),
            if short.is_empty() {
                Verdict::Complies
            } else {
                Verdict::Breaks
            },
        ));
    }
    let rules: Vec<_> = policy
        .rules_in_force(as_of)
        .into_iter()
        .filter(|r| r.scope.has_target(Target::CandidateLists))
        .collect();
    let mut tallies: BTreeMap<&super::GroupId, Tally> = BTreeMap::new();
    for rule in &rules {
        for g in rule.require.groups() {
            if tallies.contains_key(g) {
                continue;
            }
            let mut t = Tally::default();
            if let Some(def) = policy.group(g) {
                for c in &list.candidates {
                    match def.select.matches(c, as_of) {
                        Some(true) => t.members += 1,
                        None => t.unknown += 1,
                        Some(false) => {}
                    }
                }
            }
            tallies.insert(g, t);
        }
    }
    let label = messages::the_list();
    let subject = Checked {
        label: &label,
        unit: messages::places_word(),
        path: root,
    };
    verdicts.extend(
        check_composition(
            policy,
            &rules,
            seats,
            &tallies,
            &|_| None,
            &subject,
            &mut findings,
        )
        .into_iter()
        .map(|(id, v)| (id.clone(), v)),
    );
    verdicts.sort_by(|a, b| a.0.cmp(&b.0));
    crate::diagnostics::sort_findings(&mut findings);
    ListCheck {
        as_of,
        places,
        rules: verdicts,
        findings,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_csv_with_attributes() -> Result<(), ListError> {
        let l = CandidateList::from_csv(
            "id,name,gender,birth_date,paid\r\nc1,\"Sari, S.\",female,1990-01-02,low\r\nc2,\"A \"\"B\"\"\",male,,\r\n",
        )?;
        assert_eq!(l.candidates.len(), 2);
        let c1 = l.candidates.first().ok_or(ListError {
            line: 0,
            column: 0,
            message: String::new(),
        })?;
        assert_eq!(c1.gender.as_deref(), Some("female"));
        assert_eq!(c1.attributes.get("paid").map(String::as_str), Some("low"));
        assert!(!c1.attributes.contains_key("name"));
        Ok(())
    }

    #[test]
    fn csv_errors_say_where() {
        let e = CandidateList::from_csv("id,gender\nc1,female\nc2\n").err();
        assert_eq!(e.map(|e| (e.line, e.column)), Some((3, 1)));
        let e = CandidateList::from_csv("id,birth_date\nc1,1990-13-01\n").err();
        assert_eq!(
            e.map(|e| e.to_string()),
            Some(
                "line 2, column 4: birth_date \"1990-13-01\" is not a date: expected YYYY-MM-DD"
                    .to_owned()
            )
        );
        let e = CandidateList::from_csv("gender\nfemale\n").err();
        assert!(e.is_some_and(|e| e.message.contains("id")));
        let e = CandidateList::from_csv("id\n\"c1\n").err();
        assert_eq!(e.map(|e| (e.line, e.column)), Some((2, 1)));
    }
}
