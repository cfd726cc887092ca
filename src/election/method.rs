//! Every counting method under one name, and one [`count`] that dispatches to it.
//!
//! `rulebook tally`, `rulebook elect` and an election rule's `method` field all name
//! methods the same way (`plurality`, `scottish-stv`, `dhondt`); this module is where
//! those names are read, so a method added to the crate is added here once.

use super::stv::{self, MeekOptions, MeekRounding, QuotaKind, QuotaRule, WigmOptions};
use super::{ListMethod, ListVotes, Outcome, RankedElection, TallyError, TieBreak};
use crate::apportionment::Threshold;

/// A counting method with its parameters.
///
/// ```
/// use union_rulebook::election::{count, Method, RankedElection, TieBreak};
/// let m = Method::from_name("scottish-stv").ok_or("unknown method")?;
/// assert_eq!(m.name(), "scottish-stv");
/// assert!(m.is_stv());
/// assert!(Method::from_name("borda").is_none());
/// # Ok::<(), &str>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Method {
    /// First past the post ([`super::plurality`]).
    Plurality,
    /// Block vote ([`super::block_vote`]).
    Block,
    /// Limited vote: each voter marks at most `limit` candidates
    /// ([`super::limited_vote`]).
    Limited {
        /// Marks per voter, fewer than the seats.
        limit: u32,
    },
    /// Approval voting ([`super::approval`]).
    Approval,
    /// Two-round system; the runoff ballots are given to [`count`]
    /// ([`super::two_round`]).
    TwoRound,
    /// Contingent vote ([`super::contingent_vote`]).
    Contingent,
    /// Instant-runoff (alternative) vote ([`super::irv`]).
    Irv,
    /// STV under the Scottish Local Government Elections Order 2007
    /// ([`stv::scottish_stv`]).
    ScottishStv,
    /// Meek STV ([`stv::meek`]).
    Meek {
        /// How products are rounded.
        rounding: MeekRounding,
    },
    /// Weighted inclusive Gregory STV with a chosen quota and precision ([`stv::wigm`]).
    Wigm {
        /// The quota.
        quota: QuotaRule,
        /// Decimal places, 0 to 9.
        places: u8,
    },
    /// List PR on first preferences, each "candidate" being a list
    /// ([`super::count_list_pr`]).
    List {
        /// The seat-allocation method.
        method: ListMethod,
        /// The share of all votes a list needs to win seats.
        threshold: Option<Threshold>,
    },
}

/// The name of every method [`Method::from_name`] reads, in the order shown to users.
pub const METHOD_NAMES: &[&str] = &[
    "plurality",
    "block",
    "limited",
    "approval",
    "two-round",
    "contingent",
    "irv",
    "dhondt",
    "sainte-lague",
    "modified-sainte-lague",
    "largest-remainder",
    "largest-remainder-droop",
    "largest-remainder-hagenbach-bischoff",
    "scottish-stv",
    "meek",
    "wigm",
];

impl Method {
    /// The method named `name` (one of [`METHOD_NAMES`]) with its default parameters:
    /// `limited` with a limit of 1, `meek` with New Zealand rounding, `wigm` with the
    /// Scottish settings (integer Droop quota, 5 places), list methods without a
    /// threshold. `None` for an unknown name.
    pub fn from_name(name: &str) -> Option<Self> {
        if let Some(method) = ListMethod::from_name(name) {
            return Some(Method::List {
                method,
                threshold: None,
            });
        }
        let wigm = WigmOptions::new();
        Some(match name {
            "plurality" => Method::Plurality,
            "block" => Method::Block,
            "limited" => Method::Limited { limit: 1 },
            "approval" => Method::Approval,
            "two-round" => Method::TwoRound,
            "contingent" => Method::Contingent,
            "irv" => Method::Irv,
            "scottish-stv" => Method::ScottishStv,
            "meek" => Method::Meek {
                rounding: MeekRounding::NewZealand,
            },
            "wigm" => Method::Wigm {
                quota: wigm.quota,
                places: wigm.places,
            },
            _ => return None,
        })
    }

    /// The method's name, as [`Method::from_name`] reads it.
    pub fn name(&self) -> &'static str {
        match self {
            Method::Plurality => "plurality",
            Method::Block => "block",
            Method::Limited { .. } => "limited",
            Method::Approval => "approval",
            Method::TwoRound => "two-round",
            Method::Contingent => "contingent",
            Method::Irv => "irv",
            Method::ScottishStv => "scottish-stv",
            Method::Meek { .. } => "meek",
            Method::Wigm { .. } => "wigm",
            Method::List { method, .. } => method.name(),
        }
    }

    /// Whether the method is a single transferable vote.
    pub fn is_stv(&self) -> bool {
        matches!(
            self,
            Method::ScottishStv | Method::Meek { .. } | Method::Wigm { .. }
        )
    }

    /// Whether the method allocates seats to lists.
    pub fn is_list(&self) -> bool {
        matches!(self, Method::List { .. })
    }

    /// A `wigm` method with the given quota kind, whole or fractional, and places.
    pub fn wigm(kind: QuotaKind, integer: bool, places: u8) -> Self {
        Method::Wigm {
            quota: QuotaRule::new(kind, integer),
            places,
        }
    }
}

/// Counts `election` by `method`, settling ties by `ties`.
///
/// `runoff` holds the second-round ballots of [`Method::TwoRound`] (same candidates);
/// it is ignored by every other method. A list method counts each ballot's first
/// preference for its list ([`ListVotes::from_first_preferences`]).
///
/// ```
/// use union_rulebook::election::{count, Candidate, Method, RankedBallot, RankedElection, TieBreak};
/// let e = RankedElection {
///     title: None,
///     candidates: vec![Candidate::new("Sari"), Candidate::new("Budi"), Candidate::new("Wati")],
///     seats: 1,
///     withdrawn: vec![],
///     ballots: vec![
///         RankedBallot::strict(4, [0, 2]),
///         RankedBallot::strict(5, [1]),
///         RankedBallot::strict(3, [2, 0]),
///     ],
/// };
/// let tie = TieBreak::Fail;
/// // Plurality elects Budi; the alternative vote transfers Wati's ballots to Sari.
/// assert_eq!(count(&e, &Method::Plurality, &tie, None)?.elected, vec![1]);
/// assert_eq!(count(&e, &Method::Irv, &tie, None)?.elected, vec![0]);
/// # Ok::<(), union_rulebook::election::TallyError>(())
/// ```
///
/// # Errors
/// The [`TallyError`] of the method's own function.
pub fn count(
    election: &RankedElection,
    method: &Method,
    ties: &TieBreak,
    runoff: Option<&RankedElection>,
) -> Result<Outcome, TallyError> {
    match method {
        Method::Plurality => super::plurality(election, ties),
        Method::Block => super::block_vote(election, ties),
        Method::Limited { limit } => super::limited_vote(election, *limit, ties),
        Method::Approval => super::approval(election, ties),
        Method::TwoRound => super::two_round(election, runoff, ties),
        Method::Contingent => super::contingent_vote(election, ties),
        Method::Irv => super::irv(election, ties),
        Method::ScottishStv => stv::scottish_stv(election, ties.clone()),
        Method::Meek { rounding } => stv::meek(
            election,
            &MeekOptions::new(ties.clone()).rounding(*rounding),
        ),
        Method::Wigm { quota, places } => stv::wigm(
            election,
            &WigmOptions::new()
                .quota(*quota)
                .places(*places)
                .ties(ties.clone()),
        ),
        Method::List { method, threshold } => {
            let votes = ListVotes::from_first_preferences(election)?;
            super::count_list_pr(&votes, *method, threshold.clone(), ties)
        }
    }
}

impl ListVotes {
    /// Votes per list from ranked ballots whose candidates are the lists: each ballot
    /// counts (with its weight) for its first preference; blank ballots count for none.
    ///
    /// ```
    /// use union_rulebook::election::{Candidate, ListVotes, RankedBallot, RankedElection};
    /// let e = RankedElection {
    ///     title: None,
    ///     candidates: vec![Candidate::new("A"), Candidate::new("B")],
    ///     seats: 3,
    ///     withdrawn: vec![],
    ///     ballots: vec![RankedBallot::strict(7, [1, 0]), RankedBallot::strict(2, [])],
    /// };
    /// assert_eq!(ListVotes::from_first_preferences(&e)?.votes, vec![0, 7]);
    /// # Ok::<(), union_rulebook::election::TallyError>(())
    /// ```
    ///
    /// # Errors
    /// [`TallyError::UnknownCandidate`] for a preference outside the lists,
    /// [`TallyError::Unsupported`] for a first preference shared between lists,
    /// [`TallyError::Overflow`] when a total passes `u64`.
    pub fn from_first_preferences(e: &RankedElection) -> Result<ListVotes, TallyError> {
        let mut votes = vec![0u64; e.candidates.len()];
        for (i, b) in e.ballots.iter().enumerate() {
            match b.ranks.first().map(Vec::as_slice) {
                None | Some([]) => {}
                Some([c]) => {
                    let slot = votes
                        .get_mut(*c as usize)
                        .ok_or(TallyError::UnknownCandidate {
                            ballot: i,
                            candidate: u64::from(*c) + 1,
                            candidates: e.candidates.len(),
                        })?;
                    *slot = slot.checked_add(b.weight).ok_or(TallyError::Overflow)?;
                }
                Some(_) => {
                    return Err(TallyError::Unsupported {
                        method: "list",
                        what: "a first preference shared between lists".to_string(),
                    });
                }
            }
        }
        Ok(ListVotes {
            lists: e.candidates.clone(),
            votes,
            seats: e.seats,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_round_trips() {
        for name in METHOD_NAMES {
            let m = Method::from_name(name);
            assert_eq!(m.map(|m| m.name()), Some(*name));
        }
        assert_eq!(Method::from_name("stv"), None);
    }

    #[test]
    fn kinds() {
        let stv: Vec<&str> = METHOD_NAMES
            .iter()
            .copied()
            .filter(|n| Method::from_name(n).is_some_and(|m| m.is_stv()))
            .collect();
        assert_eq!(stv, ["scottish-stv", "meek", "wigm"]);
        let lists = METHOD_NAMES
            .iter()
            .filter(|n| Method::from_name(n).is_some_and(|m| m.is_list()))
            .count();
        assert_eq!(lists, 6);
    }
}
