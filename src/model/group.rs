//! Groups of people that reserved seats, post conditions and membership statistics
//! refer to.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

use super::messages;
use super::{Gender, Person};

/// A group of people, named by one property, written as text:
///
/// - `gender:VALUE`: people of that gender (`gender:woman`);
/// - `age-under:N`: people younger than `N` years on the date in question
///   (`age-under:35` for "young workers");
/// - `attribute:NAME=VALUE`: people whose custom attribute `NAME` is `VALUE`
///   (`attribute:laskar=yes`).
///
/// The same text keys [`MembershipStats`](super::MembershipStats) counts, so a rule about
/// a group can read the count of that group. The policy engine has richer selectors;
/// this type is the simple, data-driven one the document itself uses.
///
/// ```
/// use union_rulebook::model::{Gender, Group};
/// let g: Group = "gender:woman".parse()?;
/// assert_eq!(g, Group::Gender(Gender::Woman));
/// assert_eq!(Group::AgeUnder(35).to_string(), "age-under:35");
/// assert!("colour:red".parse::<Group>().is_err());
/// # Ok::<(), union_rulebook::model::GroupError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
#[non_exhaustive]
pub enum Group {
    /// People of this gender.
    Gender(Gender),
    /// People younger than this many years on the date in question.
    AgeUnder(u32),
    /// People whose custom attribute `name` has this `value`.
    Attribute {
        /// The attribute's name.
        name: String,
        /// The value it must have.
        value: String,
    },
}

/// Why a text is not a valid [`Group`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct GroupError {
    message: String,
}

impl Group {
    /// Whether `person` belongs to this group on `date`: `None` when the document
    /// does not say (no gender recorded, no birth date, no such attribute).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use union_rulebook::model::{Gender, Group, Person, PersonId};
    /// let mut p = Person::new(PersonId::new("p-1")?);
    /// p.birth_date = NaiveDate::from_ymd_opt(1995, 6, 1);
    /// let on = NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
    /// assert_eq!(Group::AgeUnder(35).contains(&p, on), Some(true));
    /// assert_eq!(Group::Gender(Gender::Woman).contains(&p, on), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn contains(&self, person: &Person, date: NaiveDate) -> Option<bool> {
        match self {
            Group::Gender(g) => person.gender.as_ref().map(|pg| pg == g),
            Group::AgeUnder(n) => person
                .birth_date
                .map(|b| date.years_since(b).is_some_and(|age| age < *n) || date < b),
            Group::Attribute { name, value } => person.attributes.get(name).map(|v| v == value),
        }
    }
}

impl std::str::FromStr for Group {
    type Err = GroupError;

    fn from_str(s: &str) -> Result<Self, GroupError> {
        let fail = |message: String| Err(GroupError { message });
        let Some((kind, rest)) = s.split_once(':') else {
            return fail(messages::group_syntax(s));
        };
        match kind {
            "gender" if !rest.is_empty() => Ok(Group::Gender(Gender::from(rest))),
            "age-under" => match rest.parse::<u32>() {
                Ok(n) if (1..=150).contains(&n) => Ok(Group::AgeUnder(n)),
                _ => fail(messages::group_bad_age(s, rest)),
            },
            "attribute" => match rest.split_once('=') {
                Some((name, value)) if !name.is_empty() && !value.is_empty() => {
                    Ok(Group::Attribute {
                        name: name.to_owned(),
                        value: value.to_owned(),
                    })
                }
                _ => fail(messages::group_bad_attribute(s)),
            },
            _ => fail(messages::group_syntax(s)),
        }
    }
}

impl TryFrom<String> for Group {
    type Error = GroupError;
    fn try_from(s: String) -> Result<Self, GroupError> {
        s.parse()
    }
}

impl From<Group> for String {
    fn from(g: Group) -> String {
        g.to_string()
    }
}

impl fmt::Display for Group {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Group::Gender(g) => write!(f, "gender:{g}"),
            Group::AgeUnder(n) => write!(f, "age-under:{n}"),
            Group::Attribute { name, value } => write!(f, "attribute:{name}={value}"),
        }
    }
}

/// The JSON Schema pattern of a group.
pub(crate) const GROUP_PATTERN: &str =
    "^(gender:.+|age-under:(150|1[0-4][0-9]|[1-9][0-9]?)|attribute:[^=]+=.+)$";

impl JsonSchema for Group {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Group".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": GROUP_PATTERN,
            "description": "A group of people: `gender:VALUE`, `age-under:N` (younger than N years on the date in question) or `attribute:NAME=VALUE`.",
            "examples": ["gender:woman", "age-under:35", "attribute:laskar=yes"],
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PersonId;

    #[test]
    fn parses_and_prints_every_form() {
        for text in [
            "gender:woman",
            "gender:waria",
            "age-under:35",
            "attribute:sector=textile",
        ] {
            let g: Group = text.parse().unwrap();
            assert_eq!(g.to_string(), text);
        }
        assert_eq!(
            "age-under:0".parse::<Group>().unwrap_err().to_string(),
            "group \"age-under:0\" has age \"0\"; expected a whole number of years from 1 to 150"
        );
        assert_eq!(
            "women".parse::<Group>().unwrap_err().to_string(),
            "group \"women\" is not gender:VALUE, age-under:N or attribute:NAME=VALUE"
        );
    }

    #[test]
    fn age_is_counted_in_whole_years_on_the_date() {
        let mut p = Person::new(PersonId::new("p").unwrap());
        p.birth_date = NaiveDate::from_ymd_opt(1991, 3, 10);
        let young = Group::AgeUnder(35);
        // 35th birthday on 2026-03-10: still 34 the day before, 35 on the day.
        assert_eq!(
            young.contains(&p, NaiveDate::from_ymd_opt(2026, 3, 9).unwrap()),
            Some(true)
        );
        assert_eq!(
            young.contains(&p, NaiveDate::from_ymd_opt(2026, 3, 10).unwrap()),
            Some(false)
        );
    }
}
