//! A body's seat plan: the seats its statute guarantees to a group, beside the posts
//! it reserves for one ([`Post::reserved_for`](super::Post::reserved_for)).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::num::NonZeroU32;

use super::Group;

/// A body's seat plan, as its statute states it: seats guaranteed to groups. The posts
/// reserved for a group (`reserved_for`) belong to the plan too. A body that states a
/// plan has it judged by the audit against the rules that cover the body, as well as
/// its holders (UNISON's NEC: 27 women's seats and 13 low-paid women's seats of 66).
///
/// ```
/// use union_rulebook::model::SeatPlan;
/// let plan: SeatPlan = serde_json::from_str(r#"{
///     "source": "WO BetrVG §3(2) no. 5: election notice",
///     "guarantees": [{"group": "gender:woman", "seats": 2}]
/// }"#)?;
/// assert_eq!(plan.guarantees[0].seats.get(), 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SeatPlan {
    /// Where the plan is written (`AD/ART art. 23(2)`, `Rule D.2.3`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// Seats of the body guaranteed to a group, at most one entry per group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub guarantees: Vec<Guarantee>,
}

/// Seats of a body guaranteed to a group: the group holds at least `seats` of the
/// body's seats, its reserved posts included.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Guarantee {
    /// The group (`gender:woman`), as membership statistics key it.
    pub group: Group,
    /// How many of the body's seats are guaranteed to it: at least 1, at most the
    /// body's seats.
    pub seats: NonZeroU32,
}

impl Guarantee {
    /// A guarantee of `seats` seats to `group`.
    pub fn new(group: Group, seats: NonZeroU32) -> Self {
        Guarantee { group, seats }
    }
}

impl SeatPlan {
    /// The seats the plan gives `group` among `posts`: the larger of the seats of the
    /// posts reserved for it and the seats guaranteed to it.
    pub fn seats_for<'a>(
        &self,
        group: &Group,
        posts: impl IntoIterator<Item = &'a super::Post>,
    ) -> u32 {
        let reserved: u32 = posts
            .into_iter()
            .filter(|p| p.reserved_for.as_ref() == Some(group))
            .fold(0u32, |n, p| n.saturating_add(p.seats.get()));
        let guaranteed = self
            .guarantees
            .iter()
            .filter(|g| g.group == *group)
            .map(|g| g.seats.get())
            .max()
            .unwrap_or(0);
        reserved.max(guaranteed)
    }
}
