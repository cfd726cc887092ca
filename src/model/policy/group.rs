//! Groups of people: selectors over a person's gender, age and attributes.

use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::GroupId;

/// What a selector needs to know about a person. The document model's people
/// implement it, and so do the rows of a candidate list.
pub trait Subject {
    /// The person's gender as written in the document (`female`, `male`, or a union's
    /// own term), if known.
    fn gender(&self) -> Option<&str>;
    /// The person's date of birth, if known.
    fn birth_date(&self) -> Option<NaiveDate>;
    /// A custom attribute (`"low-paid" = "yes"`), if the person has it.
    fn attribute(&self, name: &str) -> Option<&str>;
}

/// A selector picking the members of a group.
///
/// ```
/// use union_rulebook::policy::{Selector, Subject};
/// # struct P; impl Subject for P {
/// #   fn gender(&self) -> Option<&str> { Some("female") }
/// #   fn birth_date(&self) -> Option<chrono::NaiveDate> { chrono::NaiveDate::from_ymd_opt(2000, 6, 1) }
/// #   fn attribute(&self, _: &str) -> Option<&str> { None } }
/// let young_women = Selector::All(vec![
///     Selector::Gender("female".into()),
///     Selector::AgeBelow(35),
/// ]);
/// let on = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
/// assert_eq!(young_women.matches(&P, on), Some(true));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Selector {
    /// People whose gender is this value (compared exactly, case-sensitive).
    Gender(String),
    /// People younger than this many whole years on the date of the audit (a
    /// 29 February birthday falls on 28 February in common years).
    AgeBelow(u32),
    /// People whose custom attribute `name` has the value `value`.
    Attribute {
        /// The attribute's name.
        name: String,
        /// The value it must have.
        value: String,
    },
    /// People matched by every selector.
    All(Vec<Selector>),
    /// People matched by at least one selector.
    Any(Vec<Selector>),
    /// People not matched by the selector.
    Not(Box<Selector>),
}

impl Selector {
    /// The model's group for a simple selector (gender, age, attribute), to read a
    /// unit's membership statistics; `None` for combinations, which statistics do not
    /// break down.
    pub(crate) fn stats_group(&self) -> Option<crate::model::Group> {
        use crate::model::{Gender, Group};
        match self {
            Selector::Gender(g) => Some(Group::Gender(Gender::from(g.as_str()))),
            Selector::AgeBelow(n) => Some(Group::AgeUnder(*n)),
            Selector::Attribute { name, value } => Some(Group::Attribute {
                name: name.clone(),
                value: value.clone(),
            }),
            _ => None,
        }
    }

    /// Whether the person belongs to the group on `on`: `None` when the data needed
    /// is missing (no gender, no date of birth, a missing attribute counts as a
    /// different value and is never unknown).
    pub fn matches(&self, person: &dyn Subject, on: NaiveDate) -> Option<bool> {
        match self {
            Selector::Gender(g) => person.gender().map(|p| p == g),
            Selector::AgeBelow(years) => {
                let birth = person.birth_date()?;
                match birth.checked_add_months(Months::new(years.saturating_mul(12))) {
                    Some(birthday) => Some(on < birthday),
                    None => Some(true),
                }
            }
            Selector::Attribute { name, value } => {
                Some(person.attribute(name).is_some_and(|v| v == value))
            }
            Selector::All(parts) => {
                let mut unknown = false;
                for p in parts {
                    match p.matches(person, on) {
                        Some(false) => return Some(false),
                        None => unknown = true,
                        Some(true) => {}
                    }
                }
                if unknown { None } else { Some(true) }
            }
            Selector::Any(parts) => {
                let mut unknown = false;
                for p in parts {
                    match p.matches(person, on) {
                        Some(true) => return Some(true),
                        None => unknown = true,
                        Some(false) => {}
                    }
                }
                if unknown { None } else { Some(false) }
            }
            Selector::Not(inner) => inner.matches(person, on).map(|b| !b),
        }
    }

    /// Whether no person can match both selectors, judged from their structure alone
    /// (two different genders, two values of one attribute, a selector and its
    /// negation). `false` means "not known to be disjoint".
    pub fn disjoint(&self, other: &Selector) -> bool {
        match (self, other) {
            (Selector::Gender(a), Selector::Gender(b)) => a != b,
            (
                Selector::Attribute {
                    name: n1,
                    value: v1,
                },
                Selector::Attribute {
                    name: n2,
                    value: v2,
                },
            ) => n1 == n2 && v1 != v2,
            (Selector::Not(a), b) | (b, Selector::Not(a)) if **a == *b => true,
            (Selector::All(parts), b) | (b, Selector::All(parts)) => {
                parts.iter().any(|p| p.disjoint(b))
            }
            (Selector::Any(parts), b) | (b, Selector::Any(parts)) => {
                !parts.is_empty() && parts.iter().all(|p| p.disjoint(b))
            }
            _ => false,
        }
    }
}

/// A named group of people that rules refer to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct GroupDef {
    /// The group's id, used by rules (`women`).
    pub id: GroupId,
    /// The word for one member, used in messages (`woman`).
    pub one: String,
    /// The word for several members (`women`).
    pub many: String,
    /// Who belongs to the group.
    pub select: Selector,
}

impl GroupDef {
    /// A group from its id, its words for one and many members, and its selector.
    pub fn new(
        id: GroupId,
        one: impl Into<String>,
        many: impl Into<String>,
        select: Selector,
    ) -> Self {
        GroupDef {
            id,
            one: one.into(),
            many: many.into(),
            select,
        }
    }

    /// `"1 woman"`, `"3 women"`.
    pub fn count_label(&self, n: u64) -> String {
        if n == 1 {
            format!("1 {}", self.one)
        } else {
            format!("{n} {}", self.many)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct P(Option<&'static str>, Option<NaiveDate>);
    impl Subject for P {
        fn gender(&self) -> Option<&str> {
            self.0
        }
        fn birth_date(&self) -> Option<NaiveDate> {
            self.1
        }
        fn attribute(&self, name: &str) -> Option<&str> {
            (name == "paid").then_some("low")
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn age_below_turns_on_the_birthday() {
        let p = P(None, Some(d(1991, 3, 10)));
        let s = Selector::AgeBelow(35);
        assert_eq!(s.matches(&p, d(2026, 3, 9)), Some(true));
        assert_eq!(s.matches(&p, d(2026, 3, 10)), Some(false));
        assert_eq!(s.matches(&P(None, None), d(2026, 3, 10)), None);
    }

    #[test]
    fn unknown_data_stays_unknown_unless_decided() {
        let p = P(None, None);
        let w = Selector::Gender("female".into());
        assert_eq!(w.matches(&p, d(2026, 1, 1)), None);
        let low = Selector::Attribute {
            name: "paid".into(),
            value: "low".into(),
        };
        assert_eq!(
            Selector::Any(vec![w.clone(), low]).matches(&p, d(2026, 1, 1)),
            Some(true)
        );
        assert_eq!(Selector::Not(Box::new(w)).matches(&p, d(2026, 1, 1)), None);
    }

    #[test]
    fn structural_disjointness() {
        let w = Selector::Gender("female".into());
        let m = Selector::Gender("male".into());
        assert!(w.disjoint(&m));
        assert!(!w.disjoint(&w));
        assert!(w.disjoint(&Selector::Not(Box::new(w.clone()))));
        assert!(Selector::All(vec![w.clone(), Selector::AgeBelow(30)]).disjoint(&m));
        assert!(!Selector::AgeBelow(30).disjoint(&m));
    }
}
