//! Candidate lists: read from CSV, checked against order rules and share rules.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::check::{Subject as Checked, Tally, Verdict, check_composition};
use super::{Policy, RuleId, Subject, Target, messages};
use crate::read::csv::{Column, CsvErrorKind, Table, Unique};
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
        // Header names match without case, as every CSV column does.
        self.attributes
            .get(name)
            .or_else(|| {
                self.attributes
                    .iter()
                    .find(|(k, _)| k.eq_ignore_ascii_case(name))
                    .map(|(_, v)| v)
            })
            .map(String::as_str)
    }
}

/// A candidate list, in order: place 1 first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct CandidateList {
    /// The candidates.
    pub candidates: Vec<CandidateRow>,
}

/// A candidate list that could not be read: the crate's one CSV error, with the line
/// and the column's name ([`crate::read::csv`]).
pub use crate::read::csv::CsvError as ListError;

impl CandidateList {
    /// Reads a list from CSV: a header row naming the columns, then one candidate per
    /// row in list order. `id` is required; `gender` and `birth_date` (YYYY-MM-DD)
    /// are read as such, a `name` column is ignored (reports use ids), and any other
    /// column is an attribute, under its header name. Empty cells count as missing.
    /// Commas or semicolons, a byte-order mark, header names in any case and quoted
    /// cells are read as [`crate::read::csv`] says.
    ///
    /// ```
    /// use union_rulebook::policy::CandidateList;
    /// let list = CandidateList::from_csv("id,gender\nc1,female\nc2,male\n")?;
    /// assert_eq!(list.candidates.len(), 2);
    /// let list = CandidateList::from_csv("\u{feff}ID;Gender;Region\r\nc1;woman;\"Jawa; Barat\"\r\n")?;
    /// assert_eq!(list.candidates[0].gender.as_deref(), Some("woman"));
    /// assert_eq!(list.candidates[0].attributes["Region"], "Jawa; Barat");
    /// # Ok::<(), union_rulebook::policy::ListError>(())
    /// ```
    ///
    /// # Errors
    /// With the line and the column's name: a missing `id` column, a row that stops
    /// short of a column or runs past the header, an empty or repeated id, a date that
    /// does not read, a quote that does not close.
    pub fn from_csv(text: &str) -> Result<CandidateList, ListError> {
        let table = Table::read(text)?;
        let id = table.column("id")?;
        let gender = table.optional_column("gender")?;
        let birth = table.optional_column("birth_date")?;
        let name = table.optional_column("name")?;
        let special: Vec<usize> = [Some(&id), gender.as_ref(), birth.as_ref(), name.as_ref()]
            .into_iter()
            .flatten()
            .map(Column::index)
            .collect();
        let mut attributes: Vec<Column> = Vec::new();
        for h in table.header() {
            if h.is_empty() {
                continue;
            }
            if let Some(c) = table.optional_column(h)?
                && !special.contains(&c.index())
            {
                attributes.push(c);
            }
        }
        let mut seen = Unique::default();
        let mut candidates = Vec::with_capacity(table.rows().len());
        for row in table.rows() {
            let cand_id = row.non_empty(&id)?;
            seen.insert(row, &id, cand_id)?;
            let mut cand = CandidateRow {
                id: cand_id.to_owned(),
                gender: None,
                birth_date: None,
                attributes: BTreeMap::new(),
            };
            if let Some(c) = &gender {
                cand.gender = Some(row.get(c)?)
                    .filter(|v| !v.is_empty())
                    .map(str::to_owned);
            }
            if let Some(c) = &birth {
                let v = row.get(c)?;
                if !v.is_empty() {
                    cand.birth_date = Some(v.parse().map_err(|_| {
                        row.error(
                            c,
                            CsvErrorKind::NotADate {
                                value: v.to_owned(),
                            },
                        )
                    })?);
                }
            }
            if let Some(c) = &name {
                row.get(c)?;
            }
            for c in &attributes {
                let v = row.get(c)?;
                if !v.is_empty() {
                    cand.attributes.insert(c.name().to_owned(), v.to_owned());
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
        memo: None,
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
        let c1 = &l.candidates[0];
        assert_eq!(c1.gender.as_deref(), Some("female"));
        assert_eq!(c1.attributes.get("paid").map(String::as_str), Some("low"));
        assert!(!c1.attributes.contains_key("name"));
        assert_eq!(l.candidates[1].birth_date, None);
        Ok(())
    }

    #[test]
    fn csv_errors_say_where() {
        let e = CandidateList::from_csv("id,gender\nc1,female\nc2\n").err();
        assert_eq!(
            e.map(|e| (e.line, e.column)),
            Some((3, Some("gender".to_owned())))
        );
        let e = CandidateList::from_csv("id,Birth_Date\nc1,1990-13-01\n").err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some(
                "line 2, column \"Birth_Date\": \"1990-13-01\" is not a date: expected YYYY-MM-DD"
            )
        );
        let e = CandidateList::from_csv("gender\nfemale\n").err();
        assert!(e.is_some_and(|e| e.to_string().contains("no column named \"id\"")));
        let e = CandidateList::from_csv("id\n\"c1\n").err();
        assert_eq!(
            e.map(|e| (e.line, e.kind)),
            Some((2, CsvErrorKind::UnclosedQuote))
        );
        let e = CandidateList::from_csv("id\nc1\nc1\n").err();
        assert_eq!(
            e.map(|e| e.to_string()).as_deref(),
            Some(
                "line 3, column \"id\": \"c1\" appears again (first on line 2): expected each once"
            )
        );
    }
}
