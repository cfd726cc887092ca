//! The gender composition of a delegation: how many of its seats go to women, from
//! its size and the unit's share of women members, under a stated rule.
//!
//! The rule follows the patterns of `domain.md` §3: women at least in proportion to
//! their share of the unit's members (as in ver.di's and IG Metall's statutes), with the
//! rounding stated (it is contested: Indonesia's MA 24 P/HUM/2023 restored rounding up),
//! and at least one woman from a given delegation size up ("a delegation of 3 or more
//! includes a woman").

use super::error::ApportionError;
use crate::Rounding;
use serde::Serialize;

/// A rule for the women's seats in a delegation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct CompositionRule {
    /// How `size * women / members` is rounded; [`Rounding::DHondt`] shares the seats
    /// between women and the other members by d'Hondt (a tie for the last seat, decided
    /// by lot, is not counted as a woman's seat).
    pub rounding: Rounding,
    /// From this delegation size up, at least one woman (when the unit has any).
    pub at_least_one_from: Option<u32>,
}

impl CompositionRule {
    /// Proportional with the given rounding, no floor of one.
    pub fn new(rounding: Rounding) -> Self {
        CompositionRule {
            rounding,
            at_least_one_from: None,
        }
    }

    /// With at least one woman from delegations of `size` up.
    pub fn with_at_least_one_from(mut self, size: u32) -> Self {
        self.at_least_one_from = Some(size);
        self
    }
}

/// The women's seats in a delegation of `size` from a unit with `women` women among
/// `members` members.
///
/// ```
/// use union_rulebook::apportionment::{composition, CompositionRule, Rounding};
/// // 8 seats, 30% women: 2.4 rounds up to 3 (MA 24 P/HUM/2023), half-up to 2.
/// assert_eq!(composition(8, 30, 100, &CompositionRule::new(Rounding::Up))?, 3);
/// assert_eq!(composition(8, 30, 100, &CompositionRule::new(Rounding::HalfUp))?, 2);
/// // 3 delegates, 10% women: 0.3 rounds down to 0, but the floor of one applies from 3.
/// let rule = CompositionRule::new(Rounding::Down).with_at_least_one_from(3);
/// assert_eq!(composition(3, 10, 100, &rule)?, 1);
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
///
/// # Errors
/// [`ApportionError::BadShare`] when `women > members`, or when the unit has no
/// members but a delegation.
pub fn composition(
    size: u32,
    women: u64,
    members: u64,
    rule: &CompositionRule,
) -> Result<u32, ApportionError> {
    if women > members || (members == 0 && size > 0) {
        return Err(ApportionError::BadShare(format!("{women}/{members}")));
    }
    if size == 0 {
        return Ok(0);
    }
    let mut s = rule
        .rounding
        .seats_of(size, u128::from(women), u128::from(members))
        .seats
        .min(size);
    if let Some(from) = rule.at_least_one_from
        && size >= from
        && women > 0
    {
        s = s.max(1);
    }
    Ok(s)
}
