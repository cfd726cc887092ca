//! Stage 1: the election the request names: the rule, its election day, the counting
//! method, the body and the posts elected.

use std::fmt;
use std::str::FromStr;

use chrono::NaiveDate;

use super::ElectError;
use crate::JsonPath;
use crate::election::Method;
use crate::election_rules::{ElectionDates, ElectionRule, ElectionRuleError, messages};
use crate::model::{Body, Organization, Post};

/// An election named as a rule's id, for its latest recorded election, or as
/// `RULE@YYYY-MM-DD` for the one held that day (the form `rulebook elect` takes).
///
/// ```
/// use union_rulebook::election_rules::{ElectRequest, ElectionSelector};
/// let latest: ElectionSelector = "ketua".parse()?;
/// assert_eq!(latest.rule, "ketua");
/// assert_eq!(latest.date, None);
/// let on_the_day: ElectionSelector = "ketua@2027-02-27".parse()?;
/// assert_eq!(on_the_day.date, chrono::NaiveDate::from_ymd_opt(2027, 2, 27));
/// assert_eq!(on_the_day.to_string(), "ketua@2027-02-27");
/// let request = ElectRequest::from(on_the_day);
/// assert_eq!(request.rule, "ketua");
/// assert!("ketua@2027-13-01".parse::<ElectionSelector>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct ElectionSelector {
    /// The election rule's id.
    pub rule: String,
    /// The election day; the latest election recorded under the rule when absent.
    pub date: Option<NaiveDate>,
}

impl ElectionSelector {
    /// The latest election recorded under `rule`.
    pub fn latest(rule: impl Into<String>) -> Self {
        ElectionSelector {
            rule: rule.into(),
            date: None,
        }
    }

    /// The election held under `rule` on `date`.
    pub fn on(rule: impl Into<String>, date: NaiveDate) -> Self {
        ElectionSelector {
            rule: rule.into(),
            date: Some(date),
        }
    }
}

/// Text that is not `RULE` or `RULE@YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", messages::bad_election_selector(.text, .date, .reason))]
#[non_exhaustive]
pub struct ElectionSelectorError {
    /// The whole text.
    pub text: String,
    /// The part after `@`.
    pub date: String,
    /// Why it is not a date.
    pub reason: String,
}

impl FromStr for ElectionSelector {
    type Err = ElectionSelectorError;

    /// Splits at the last `@`: what follows must be a date `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.rsplit_once('@') {
            None => Ok(ElectionSelector::latest(s)),
            Some((rule, date)) => {
                let d = date
                    .parse::<NaiveDate>()
                    .map_err(|e| ElectionSelectorError {
                        text: s.to_owned(),
                        date: date.to_owned(),
                        reason: e.to_string(),
                    })?;
                Ok(ElectionSelector::on(rule, d))
            }
        }
    }
}

impl fmt::Display for ElectionSelector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.date {
            None => f.write_str(&self.rule),
            Some(d) => write!(f, "{}@{d}", self.rule),
        }
    }
}

/// The election the request names, found in the document.
pub(super) struct Selected<'d> {
    /// The election rule.
    pub rule: &'d ElectionRule,
    /// Where the rule is in the document (`$.election_rules[2]`).
    pub rule_path: JsonPath,
    /// The election recorded under the rule.
    pub election: &'d ElectionDates,
    /// The election day.
    pub date: NaiveDate,
    /// The counting method, with its parameters.
    pub method: Method,
    /// The body elected.
    pub body: &'d Body,
    /// Where the body is in the document (`$.bodies[4]`).
    pub body_path: JsonPath,
    /// The posts elected, in the body's order.
    pub posts: Vec<&'d Post>,
    /// The seats of those posts.
    pub seats: u32,
}

/// Finds the rule, the election (the one on the day asked, or the latest), the
/// method (the rule's, or the one given if it is the same method), the body and the
/// posts elected.
///
/// # Errors
/// [`ElectError::UnknownRule`], [`ElectError::NoSuchElection`],
/// [`ElectError::UnknownMethod`], [`ElectError::MethodDiffers`],
/// [`ElectError::Rule`] (an unknown body) or [`ElectError::UnknownPost`], checked in
/// that order.
pub(super) fn select<'d>(
    doc: &'d Organization,
    rule_id: &str,
    date: Option<NaiveDate>,
    given: Option<&Method>,
) -> Result<Selected<'d>, ElectError> {
    let (rule_index, rule) = doc
        .election_rules
        .iter()
        .enumerate()
        .find(|(_, r)| r.id == rule_id)
        .ok_or_else(|| ElectError::UnknownRule(rule_id.to_owned()))?;
    let election = match date {
        Some(d) => rule.elections.iter().find(|e| e.date == d),
        None => rule.elections.iter().max_by_key(|e| e.date),
    }
    .ok_or_else(|| ElectError::NoSuchElection {
        rule: rule.id.clone(),
        date,
    })?;
    let method = method_of(rule, given)?;
    let (body_index, body) = doc
        .bodies
        .iter()
        .enumerate()
        .find(|(_, b)| b.id == rule.body)
        .ok_or_else(|| ElectionRuleError::UnknownBody {
            rule: rule.id.clone(),
            body: rule.body.as_str().to_owned(),
        })?;
    let posts = posts_elected(rule, body)?;
    let seats = posts
        .iter()
        .fold(0u32, |n, p| n.saturating_add(p.seats.get()));
    Ok(Selected {
        rule,
        rule_path: JsonPath::root().key("election_rules").index(rule_index),
        election,
        date: election.date,
        method,
        body,
        body_path: JsonPath::root().key("bodies").index(body_index),
        posts,
        seats,
    })
}

/// The method the rule names, or the one given if it is the same method.
fn method_of(rule: &ElectionRule, given: Option<&Method>) -> Result<Method, ElectError> {
    let named = Method::from_name(&rule.method).ok_or_else(|| ElectError::UnknownMethod {
        rule: rule.id.clone(),
        method: rule.method.clone(),
    })?;
    match given {
        None => Ok(named),
        Some(m) if m.name() == named.name() => Ok(m.clone()),
        Some(m) => Err(ElectError::MethodDiffers {
            rule: rule.id.clone(),
            rule_method: rule.method.clone(),
            given: m.name().to_owned(),
        }),
    }
}

/// The posts the rule elects, in the body's order: those it names, or all.
fn posts_elected<'b>(rule: &ElectionRule, body: &'b Body) -> Result<Vec<&'b Post>, ElectError> {
    if rule.posts.is_empty() {
        return Ok(body.posts.iter().collect());
    }
    for p in &rule.posts {
        if !body.posts.iter().any(|b| &b.id == p) {
            return Err(ElectError::UnknownPost {
                rule: rule.id.clone(),
                post: p.as_str().to_owned(),
            });
        }
    }
    Ok(body
        .posts
        .iter()
        .filter(|p| rule.posts.contains(&p.id))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selector_splits_at_the_last_at_sign() {
        let s: ElectionSelector = "a@b@2026-03-01".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(s.rule, "a@b");
        assert_eq!(s.date, NaiveDate::from_ymd_opt(2026, 3, 1));
    }

    #[test]
    fn a_bad_date_names_the_text_and_the_forms_expected() {
        let e = "ketua@2027-13-01"
            .parse::<ElectionSelector>()
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some(
                "election ketua@2027-13-01: 2027-13-01 is not a date (input is out of range); \
                 expected RULE or RULE@YYYY-MM-DD"
            )
        );
    }
}
