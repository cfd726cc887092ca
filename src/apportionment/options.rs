//! What an apportionment is asked to do, and what it gives back.

use super::error::ApportionError;
use super::method::Method;
use crate::{Lot, Share};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An electoral threshold: units whose weight is below the share of the total of all
/// weights get no seat.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Threshold {
    /// The same share for every unit.
    Uniform(Share),
    /// A share per unit, in unit order (e.g. higher for coalitions, as in Slovakia:
    /// 5% for a party, 7% for a coalition of two or three, 10% for four or more).
    PerUnit(Vec<Share>),
}

/// How a tie for the last seats is settled. Whatever the policy, the result records the
/// tie in [`Allocation::ties`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum TiePolicy {
    /// Do not settle: fail with [`ApportionError::Tie`], naming the tied units.
    #[default]
    Fail,
    /// Draw lots with [`Lot`] from this seed (recorded in the result).
    Lot {
        /// The seed.
        seed: u64,
    },
    /// Units earlier in this list (0-based unit indices) win the tie.
    Order(Vec<usize>),
}

impl TiePolicy {
    /// Chooses `seats` of the tied `units` (ascending).
    pub(crate) fn settle(&self, units: Vec<usize>, seats: u32) -> Result<Tie, ApportionError> {
        let k = seats as usize;
        let (mut chosen, settled_by) = match self {
            TiePolicy::Fail => return Err(ApportionError::Tie { units, seats }),
            TiePolicy::Lot { seed } => {
                let mut lot = Lot::new(*seed);
                let mut pool = units.clone();
                let mut chosen = Vec::with_capacity(k);
                for _ in 0..k.min(pool.len()) {
                    let i = usize::try_from(lot.below(pool.len() as u64)).unwrap_or(0);
                    if i < pool.len() {
                        chosen.push(pool.remove(i));
                    }
                }
                (chosen, SettledBy::Lot { seed: *seed })
            }
            TiePolicy::Order(order) => {
                let mut ranked = Vec::with_capacity(units.len());
                for &u in &units {
                    let pos = order
                        .iter()
                        .position(|&o| o == u)
                        .ok_or(ApportionError::TieOrderIncomplete { unit: u })?;
                    ranked.push((pos, u));
                }
                ranked.sort_unstable();
                (
                    ranked.into_iter().take(k).map(|(_, u)| u).collect(),
                    SettledBy::GivenOrder,
                )
            }
        };
        chosen.sort_unstable();
        Ok(Tie {
            units,
            seats,
            chosen,
            settled_by,
        })
    }
}

/// What to apportion and how.
///
/// ```
/// use union_rulebook::apportionment::{apportion, Method, Options};
/// // One seat each first; the other 7 by d'Hondt from each unit's second divisor:
/// // 3000, 2000, 1500, 1500, 1200, 1000, 1000 (the next, 857, is out).
/// let opts = Options::new("dhondt".parse()?, 11).with_min(1);
/// let a = apportion(&[6_000, 3_000, 1_000, 100], &opts)?;
/// assert_eq!(a.allocation, vec![6, 3, 1, 1]);
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The method.
    pub method: Method,
    /// Seats to apportion (the house size).
    pub seats: u32,
    /// Seats every qualifying unit gets at least (divisor methods only).
    pub min: u32,
    /// Seats no unit may exceed (divisor methods only).
    pub max: Option<u32>,
    /// An electoral threshold.
    pub threshold: Option<Threshold>,
    /// How ties for the last seats are settled.
    pub ties: TiePolicy,
}

impl Options {
    /// `seats` seats by `method`, no minimum, maximum or threshold; ties fail.
    pub fn new(method: Method, seats: u32) -> Self {
        Options {
            method,
            seats,
            min: 0,
            max: None,
            threshold: None,
            ties: TiePolicy::Fail,
        }
    }

    /// With a minimum per unit.
    pub fn with_min(mut self, min: u32) -> Self {
        self.min = min;
        self
    }

    /// With a maximum per unit.
    pub fn with_max(mut self, max: u32) -> Self {
        self.max = Some(max);
        self
    }

    /// With a threshold.
    pub fn with_threshold(mut self, threshold: Threshold) -> Self {
        self.threshold = Some(threshold);
        self
    }

    /// With a tie policy.
    pub fn with_ties(mut self, ties: TiePolicy) -> Self {
        self.ties = ties;
        self
    }
}

/// How a tie was settled.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SettledBy {
    /// By lot from a recorded seed.
    Lot {
        /// The seed.
        seed: u64,
    },
    /// By the caller's order.
    GivenOrder,
}

/// A tie for the last seats: `seats` of `units` have equal claims to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Tie {
    /// The tied units (0-based indices, ascending).
    pub units: Vec<usize>,
    /// How many of them get a seat.
    pub seats: u32,
    /// The units that got one (ascending).
    pub chosen: Vec<usize>,
    /// How the tie was settled.
    pub settled_by: SettledBy,
}

/// The result of an apportionment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Allocation {
    /// The method used.
    pub method: Method,
    /// Seats apportioned.
    pub seats: u32,
    /// Seats per unit, in unit order.
    pub allocation: Vec<u32>,
    /// Whether each unit reached the threshold (all `true` without one).
    pub qualified: Vec<bool>,
    /// Ties met for the last seats and how they were settled.
    pub ties: Vec<Tie>,
}
