//! Alternative readings of a rule's ambiguous text: "+10%" may mean ten percentage
//! points or ten per cent more (a factor of 1.1). The rule applies one reading (its
//! `require`) and carries the others, so that `policy explain` can show each side by
//! side until the union settles the text.

use super::rule::Shape;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The ambiguous words of a rule and the readings it could have besides the one
/// applied.
///
/// ```
/// use union_rulebook::policy::Ambiguity;
/// let a: Ambiguity = toml::from_str(r#"
///     text = "women's share of the membership +10%"
///     reading = "points"
///     [[alternatives]]
///     label = "factor"
///     require = { shape = "proportional", group = "women", rounding = "up", reference = { population = "unit-membership" }, adjust = { times = "1.1" } }
/// "#)?;
/// assert_eq!(a.alternatives[0].label, "factor");
/// # Ok::<(), toml::de::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Ambiguity {
    /// The words of the statute that can be read more than one way.
    pub text: String,
    /// The name of the reading the rule applies (its `require`).
    pub reading: String,
    /// The other readings, each with what it would require.
    pub alternatives: Vec<Reading>,
}

/// One reading of ambiguous text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Reading {
    /// The reading's name (`factor`, `points`).
    pub label: String,
    /// What the rule would require under it.
    pub require: Shape,
}
