//! Every counting method under one name, and one [`count`] that dispatches to it.
//!
//! `rulebook tally`, `rulebook elect` and an election rule's `method` field all name
//! methods the same way (`plurality`, `scottish-stv`, `dhondt`); this module is where
//! those names are read, so a method added to the crate is added here once.

use super::stv::{self, MeekOptions, MeekRounding, QuotaKind, QuotaRule, WigmOptions};
use super::{ListMethod, ListVotes, Outcome, RankedElection, TallyError, TieBreak};
use crate::apportionment::Threshold;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

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

/// How the ties of a count are settled, by name: the policy `rulebook tally --ties`
/// and `rulebook elect --ties` take, turned into a [`TieBreak`] by
/// [`TiePolicy::tie_break`].
///
/// ```
/// use union_rulebook::election::{TieBreak, TiePolicy};
/// let p: TiePolicy = "lot".parse()?;
/// assert_eq!(p.tie_break(Some(7), None), TieBreak::Lot { seed: Some(7) });
/// // The default takes the ballot file's order, and looks backward without one; with
/// // no seed, no lot is drawn (a tie the stages leave is an error).
/// assert_eq!(TiePolicy::default().tie_break(None, None), TieBreak::Backward { seed: None });
/// let order = TieBreak::Order(vec![2, 0, 1]);
/// assert_eq!(TiePolicy::File.tie_break(None, Some(order.clone())), order);
/// assert!("coin".parse::<TiePolicy>().is_err());
/// # Ok::<(), union_rulebook::election::SettingsError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum TiePolicy {
    /// Earlier stages from the first forward, then lot if a seed is given
    /// ([`TieBreak::Forward`]).
    Forward,
    /// Earlier stages from the latest backward, then lot if a seed is given
    /// ([`TieBreak::Backward`]).
    Backward,
    /// Lot at once, from the seed given ([`TieBreak::Lot`]).
    Lot,
    /// Stop with an error naming the tie ([`TieBreak::Fail`]).
    Fail,
    /// The ballot file's `[tie ...]` order (BLT), or `backward` when the file gives
    /// none: the default.
    #[default]
    File,
}

impl TiePolicy {
    /// Every policy's name, in the order shown to users.
    pub const NAMES: &'static [&'static str] = &["forward", "backward", "lot", "fail", "file"];

    /// The policy's name (`forward`, `backward`, `lot`, `fail`, `file`).
    pub fn name(self) -> &'static str {
        match self {
            TiePolicy::Forward => "forward",
            TiePolicy::Backward => "backward",
            TiePolicy::Lot => "lot",
            TiePolicy::Fail => "fail",
            TiePolicy::File => "file",
        }
    }

    /// The tie-break of this policy: lots are drawn from `seed` (none without one: a
    /// tie only a lot can settle is then [`TallyError::LotNeeded`]), and `file_order`
    /// is the ballot file's own order (from [`blt::BltFile::tie_break`](super::blt::BltFile::tie_break)),
    /// used by [`TiePolicy::File`].
    pub fn tie_break(self, seed: Option<u64>, file_order: Option<TieBreak>) -> TieBreak {
        match self {
            TiePolicy::Forward => TieBreak::Forward { seed },
            TiePolicy::Backward => TieBreak::Backward { seed },
            TiePolicy::Lot => TieBreak::Lot { seed },
            TiePolicy::Fail => TieBreak::Fail,
            TiePolicy::File => file_order.unwrap_or(TieBreak::Backward { seed }),
        }
    }
}

impl fmt::Display for TiePolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for TiePolicy {
    type Err = SettingsError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "forward" => TiePolicy::Forward,
            "backward" => TiePolicy::Backward,
            "lot" => TiePolicy::Lot,
            "fail" => TiePolicy::Fail,
            "file" => TiePolicy::File,
            _ => {
                return Err(SettingsError::UnknownTiePolicy {
                    found: s.to_owned(),
                });
            }
        })
    }
}

/// Why [`TallySettings`] do not make a method.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SettingsError {
    /// No method has this name.
    #[error("{}", super::messages::unknown_method(.found, &METHOD_NAMES.join(", ")))]
    UnknownMethod {
        /// The name given.
        found: String,
    },
    /// No tie policy has this name.
    #[error("{}", super::messages::unknown_tie_policy(.found, &TiePolicy::NAMES.join(", ")))]
    UnknownTiePolicy {
        /// The name given.
        found: String,
    },
    /// An option was given to a method that does not use it.
    #[error("{}", super::messages::option_not_for_method(.option, .method))]
    OptionNotForMethod {
        /// The option, as the command line names it (`--limit`).
        option: &'static str,
        /// The method's name.
        method: &'static str,
    },
    /// Method `limited` was chosen without its limit.
    #[error("{}", super::messages::limit_needed())]
    LimitNeeded,
}

/// The settings of a count, as `rulebook tally` takes them: a method name and the
/// options of the methods that have some, checked together by
/// [`TallySettings::method`] (an option given to a method that does not use it is an
/// error, not silently ignored), and the tie policy with its seed.
///
/// ```
/// use union_rulebook::election::{Method, SettingsError, TallySettings, TieBreak, TiePolicy};
/// use union_rulebook::election::stv::{QuotaKind, QuotaRule};
/// let s = TallySettings::new("wigm").quota(QuotaKind::Hare).places(3);
/// assert_eq!(
///     s.method()?,
///     Method::Wigm { quota: QuotaRule::new(QuotaKind::Hare, true), places: 3 }
/// );
/// let s = TallySettings::new("irv").limit(2);
/// assert_eq!(
///     s.method().map_err(|e| e.to_string()),
///     Err("--limit is not used by method irv: expected it only with the method that needs it".into())
/// );
/// let s = TallySettings::new("irv").ties(TiePolicy::Lot).seed(9);
/// assert_eq!(s.tie_break(None), TieBreak::Lot { seed: Some(9) });
/// // No seed given: no lot, whatever the policy.
/// assert_eq!(TallySettings::new("irv").tie_break(None), TieBreak::Backward { seed: None });
/// # Ok::<(), SettingsError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct TallySettings {
    /// The method's name (one of [`METHOD_NAMES`]).
    pub method: String,
    /// For `limited`: marks per voter.
    pub limit: Option<u32>,
    /// For `wigm`: the quota's kind (default Droop).
    pub quota: Option<QuotaKind>,
    /// For `wigm`: a fractional quota instead of a whole number of votes.
    pub fractional_quota: bool,
    /// For `wigm`: decimal places, 0 to 9 (default 5).
    pub places: Option<u8>,
    /// For `meek`: how products are rounded (default New Zealand).
    pub rounding: Option<MeekRounding>,
    /// For list methods: the share of all votes a list needs to win seats.
    pub threshold: Option<Threshold>,
    /// For `two-round`: whether second-round ballots are given.
    pub runoff: bool,
    /// How ties are settled.
    pub ties: TiePolicy,
    /// The seed of lots drawn to settle ties; `None`: no lot is drawn, and a tie only a
    /// lot can settle is [`TallyError::LotNeeded`].
    pub seed: Option<u64>,
}

impl TallySettings {
    /// Settings for the method named `method`, with no options, the default tie policy
    /// ([`TiePolicy::File`]) and no seed (no lot).
    pub fn new(method: impl Into<String>) -> Self {
        TallySettings {
            method: method.into(),
            limit: None,
            quota: None,
            fractional_quota: false,
            places: None,
            rounding: None,
            threshold: None,
            runoff: false,
            ties: TiePolicy::default(),
            seed: None,
        }
    }

    /// Sets the limit of `limited`.
    pub fn limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets the quota kind of `wigm`.
    pub fn quota(mut self, kind: QuotaKind) -> Self {
        self.quota = Some(kind);
        self
    }

    /// Makes the quota of `wigm` fractional (or whole, with `false`).
    pub fn fractional_quota(mut self, fractional: bool) -> Self {
        self.fractional_quota = fractional;
        self
    }

    /// Sets the decimal places of `wigm`.
    pub fn places(mut self, places: u8) -> Self {
        self.places = Some(places);
        self
    }

    /// Sets the rounding of `meek`.
    pub fn rounding(mut self, rounding: MeekRounding) -> Self {
        self.rounding = Some(rounding);
        self
    }

    /// Sets the threshold of a list method.
    pub fn threshold(mut self, threshold: Threshold) -> Self {
        self.threshold = Some(threshold);
        self
    }

    /// Says whether second-round ballots are given (only `two-round` uses them).
    pub fn runoff(mut self, given: bool) -> Self {
        self.runoff = given;
        self
    }

    /// Sets the tie policy.
    pub fn ties(mut self, ties: TiePolicy) -> Self {
        self.ties = ties;
        self
    }

    /// Sets the seed of lots: the caller chooses a lot, recorded in the outcome.
    pub fn seed(mut self, seed: u64) -> Self {
        self.seed = Some(seed);
        self
    }

    /// The method these settings name, with its parameters.
    ///
    /// # Errors
    /// [`SettingsError::UnknownMethod`] for a name not in [`METHOD_NAMES`],
    /// [`SettingsError::OptionNotForMethod`] for an option the method does not use,
    /// [`SettingsError::LimitNeeded`] for `limited` without a limit.
    pub fn method(&self) -> Result<Method, SettingsError> {
        let mut method =
            Method::from_name(&self.method).ok_or_else(|| SettingsError::UnknownMethod {
                found: self.method.clone(),
            })?;
        let name = method.name();
        let not_for = |option| SettingsError::OptionNotForMethod {
            option,
            method: name,
        };
        let is = |m: &str| name == m;
        if self.limit.is_some() && !is("limited") {
            return Err(not_for("--limit"));
        }
        let wigm_only = [
            ("--quota", self.quota.is_some()),
            ("--fractional-quota", self.fractional_quota),
            ("--places", self.places.is_some()),
        ];
        for (option, given) in wigm_only {
            if given && !is("wigm") {
                return Err(not_for(option));
            }
        }
        if self.rounding.is_some() && !is("meek") {
            return Err(not_for("--rounding"));
        }
        if self.runoff && !is("two-round") {
            return Err(not_for("--runoff"));
        }
        if self.threshold.is_some() && !method.is_list() {
            return Err(not_for("--threshold"));
        }
        match &mut method {
            Method::Limited { limit } => {
                *limit = self.limit.ok_or(SettingsError::LimitNeeded)?;
            }
            Method::Meek { rounding } => {
                if let Some(r) = self.rounding {
                    *rounding = r;
                }
            }
            Method::Wigm { quota, places } => {
                *quota = QuotaRule::new(
                    self.quota.unwrap_or(QuotaKind::Droop),
                    !self.fractional_quota,
                );
                *places = self.places.unwrap_or(*places);
            }
            Method::List { threshold, .. } => {
                threshold.clone_from(&self.threshold);
            }
            _ => {}
        }
        Ok(method)
    }

    /// The tie-break of [`TallySettings::ties`] with [`TallySettings::seed`], given the
    /// ballot file's own order if it has one (see [`TiePolicy::tie_break`]).
    pub fn tie_break(&self, file_order: Option<TieBreak>) -> TieBreak {
        self.ties.tie_break(self.seed, file_order)
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
///     ].into(),
/// };
/// let tie = TieBreak::Fail;
/// // Plurality elects Budi; the alternative vote transfers Wati's ballots to Sari.
/// assert_eq!(count(&e, &Method::Plurality, &tie, None)?.elected, vec![1]);
/// assert_eq!(count(&e, &Method::Irv, &tie, None)?.elected, vec![0]);
/// # Ok::<(), union_rulebook::election::TallyError>(())
/// ```
///
/// # Errors
/// The [`TallyError`] of the method's own function; a tie's error
/// ([`TallyError::Tie`], [`TallyError::LotNeeded`]) names the tied candidates.
pub fn count(
    election: &RankedElection,
    method: &Method,
    ties: &TieBreak,
    runoff: Option<&RankedElection>,
) -> Result<Outcome, TallyError> {
    count_unnamed(election, method, ties, runoff).map_err(|e| e.with_names(&election.candidates))
}

fn count_unnamed(
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
    ///     ballots: vec![RankedBallot::strict(7, [1, 0]), RankedBallot::strict(2, [])].into(),
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
            match b.ranks.first() {
                None | Some([]) => {}
                Some([c]) => {
                    let slot = votes
                        .get_mut(*c as usize)
                        .ok_or(TallyError::UnknownCandidate {
                            ballot: i,
                            line: None,
                            candidate: u64::from(*c) + 1,
                            candidates: e.candidates.len(),
                        })?;
                    *slot = slot.checked_add(b.weight).ok_or(TallyError::Overflow)?;
                }
                Some(_) => {
                    return Err(TallyError::Unsupported {
                        method: "list",
                        what: super::messages::list_shared_first_preference(),
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
    fn a_tie_left_to_the_caller_names_the_candidates_from_1() {
        use crate::election::{Candidate, RankedBallot};
        // Budi and Wati tie for the seat with 3 votes each; Ani has 1.
        let e = RankedElection {
            title: None,
            candidates: vec![
                Candidate::new("Ani"),
                Candidate::new("Budi"),
                Candidate::new("Wati"),
            ],
            seats: 1,
            withdrawn: vec![],
            ballots: vec![
                RankedBallot::strict(1, [0]),
                RankedBallot::strict(3, [1]),
                RankedBallot::strict(3, [2]),
            ]
            .into(),
        };
        let err = count(&e, &Method::Plurality, &TieBreak::Fail, None)
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("between candidates 2 Budi, 3 Wati for"),
            "{err}"
        );
        let err = count(
            &e,
            &Method::Plurality,
            &TieBreak::Backward { seed: None },
            None,
        )
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default();
        assert!(
            err.starts_with("tie at stage 1 between candidates 2 Budi, 3 Wati for election that only a lot can settle: draw the lot with --seed N"),
            "{err}"
        );
        let out = count(
            &e,
            &Method::Plurality,
            &TieBreak::Backward { seed: Some(5) },
            None,
        );
        assert_eq!(
            out.ok().map(|o| o.ties[0].settled_by.clone()),
            Some(crate::election::TieSettlement::Lot { seed: 5 })
        );
    }

    #[test]
    fn settings_refuse_options_the_method_does_not_use() {
        let err = |s: TallySettings| s.method().err().map(|e| e.to_string());
        assert_eq!(
            err(TallySettings::new("borda")).as_deref(),
            Some(
                "unknown method `borda`: expected one of plurality, block, limited, approval, two-round, contingent, irv, dhondt, sainte-lague, modified-sainte-lague, largest-remainder, largest-remainder-droop, largest-remainder-hagenbach-bischoff, scottish-stv, meek, wigm"
            )
        );
        assert_eq!(
            err(TallySettings::new("limited")),
            Some(SettingsError::LimitNeeded.to_string())
        );
        for (settings, option) in [
            (TallySettings::new("irv").limit(1), "--limit"),
            (TallySettings::new("meek").quota(QuotaKind::Hare), "--quota"),
            (
                TallySettings::new("meek").fractional_quota(true),
                "--fractional-quota",
            ),
            (TallySettings::new("scottish-stv").places(3), "--places"),
            (
                TallySettings::new("wigm").rounding(MeekRounding::Parametric),
                "--rounding",
            ),
            (TallySettings::new("irv").runoff(true), "--runoff"),
        ] {
            let e = err(settings).unwrap_or_default();
            assert!(
                e.starts_with(&format!("{option} is not used by method")),
                "{e}"
            );
        }
        let threshold = Threshold::Uniform(
            crate::apportionment::Share::parse_percent("4").unwrap_or_else(|e| unreachable!("{e}")),
        );
        assert!(
            TallySettings::new("irv")
                .threshold(threshold.clone())
                .method()
                .is_err()
        );
        assert_eq!(
            TallySettings::new("dhondt")
                .threshold(threshold.clone())
                .method(),
            Ok(Method::List {
                method: ListMethod::DHondt,
                threshold: Some(threshold)
            })
        );
        assert_eq!(
            TallySettings::new("limited").limit(2).method(),
            Ok(Method::Limited { limit: 2 })
        );
        assert_eq!(
            TallySettings::new("meek")
                .rounding(MeekRounding::Parametric)
                .method(),
            Ok(Method::Meek {
                rounding: MeekRounding::Parametric
            })
        );
        assert_eq!(
            TallySettings::new("wigm").fractional_quota(true).method(),
            Ok(Method::Wigm {
                quota: QuotaRule::new(QuotaKind::Droop, false),
                places: 5
            })
        );
    }

    #[test]
    fn tie_policies_read_their_names() {
        for name in TiePolicy::NAMES {
            let p: Result<TiePolicy, _> = name.parse();
            assert_eq!(p.clone().map(TiePolicy::name), Ok(*name));
            let json = serde_json::to_string(&p.ok()).unwrap_or_default();
            assert_eq!(json, format!("\"{name}\""));
        }
        assert_eq!(
            "coin".parse::<TiePolicy>().map_err(|e| e.to_string()),
            Err(
                "unknown tie policy `coin`: expected one of forward, backward, lot, fail, file"
                    .into()
            )
        );
        let order = TieBreak::Order(vec![1, 0]);
        assert_eq!(
            TiePolicy::Backward.tie_break(Some(4), Some(order.clone())),
            TieBreak::Backward { seed: Some(4) }
        );
        assert_eq!(
            TiePolicy::File.tie_break(Some(4), Some(order.clone())),
            order
        );
        assert_eq!(TiePolicy::Fail.tie_break(Some(4), None), TieBreak::Fail);
        assert_eq!(
            TiePolicy::Forward.tie_break(Some(4), None),
            TieBreak::Forward { seed: Some(4) }
        );
        assert_eq!(
            TiePolicy::Lot.tie_break(None, None),
            TieBreak::Lot { seed: None }
        );
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
