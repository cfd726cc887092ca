//! Single transferable vote: Scottish STV, Meek's method and a configurable weighted
//! inclusive Gregory count.
//!
//! Every count works on exact scaled integers (never floating point), keeps each
//! candidate's pile of ballot groups so a transfer touches only the ballots that move,
//! and returns an [`Outcome`] with a full transcript. At every stage the candidates'
//! totals, the non-transferable votes and the loss to truncation add up exactly to the
//! valid poll.
//!
//! ```
//! use union_rulebook::election::{stv, Candidate, RankedBallot, RankedElection, TieBreak};
//! let e = RankedElection {
//!     title: None,
//!     candidates: ["Ani", "Budi", "Citra"].map(Candidate::new).to_vec(),
//!     seats: 2,
//!     withdrawn: vec![],
//!     ballots: vec![
//!         RankedBallot::strict(60, [0, 2]),
//!         RankedBallot::strict(25, [1]),
//!         RankedBallot::strict(15, [2, 1]),
//!     ].into(),
//! };
//! let out = stv::scottish_stv(&e, TieBreak::Backward { seed: Some(1) })?;
//! // quota = 100 / 3 + 1 = 34; Ani's surplus of 26 goes to Citra at 26/60
//! assert_eq!(out.elected, vec![0, 2]);
//! # Ok::<(), union_rulebook::election::TallyError>(())
//! ```

mod constraints;
mod gregory;
mod meek;
mod messages;
mod prepare;
mod ties;

pub use constraints::{Constraints, Mark, MarkKind, MarkReason};
pub use messages::{describe_ceiling_vacancies, describe_mark, describe_mark_reason};
pub use ties::tie_order_from_blt;

use crate::election::constrained::Shortfall;
use crate::election::{Outcome, RankedElection, TallyError, TieBreak};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Counts an election by Scottish STV.
///
/// The Scottish Local Government Elections Order 2007 (SSI 2007/42), Schedule 1:
/// - rule 45: first preferences, each paper at value one;
/// - rule 46: the quota is the valid poll divided by seats + 1, fractions ignored,
///   plus one;
/// - rule 47: a candidate at or above the quota is elected;
/// - rule 48: a surplus moves every paper of the elected candidate (weighted
///   inclusive Gregory): each paper's new value is surplus x its value / the
///   candidate's total, calculated to five decimal places, any remainder ignored;
///   papers with no next preference are non-transferable; what the truncation drops is
///   recorded as loss;
/// - rule 49: the highest surplus is transferred first; equal surpluses are settled by
///   the most recent preceding stage at which the candidates had unequal votes, then by
///   lot;
/// - rules 50 and 51: when no surplus remains, the candidate with the fewest votes is
///   excluded and each paper moves at the value it was received; ties are settled by
///   the most recent preceding stage with unequal votes, then by lot;
/// - rule 52: when the continuing candidates are as many as the vacancies, they are
///   elected and no further transfer is made.
///
/// Candidates elected at the same stage are listed by votes, most first. The rule's
/// tie-break is [`TieBreak::Backward`]; `ties` lets a caller choose another (a lot
/// drawn before the count as [`TieBreak::Order`], or [`TieBreak::Fail`]).
///
/// # Errors
///
/// [`TallyError::NoSeats`] for zero seats, [`TallyError::UnknownCandidate`] when a
/// ballot names a candidate that does not exist, [`TallyError::Unsupported`] for equal
/// rankings (the Order does not define them), [`TallyError::Tie`] for a tie under
/// [`TieBreak::Fail`], and [`TallyError::Overflow`] when totals exceed 128-bit
/// arithmetic.
pub fn scottish_stv(election: &RankedElection, ties: TieBreak) -> Result<Outcome, TallyError> {
    let packed = prepare::pack(election, "scottish-stv", false)?;
    gregory::count(
        &packed,
        election.seats,
        &gregory::Params {
            method: "scottish-stv",
            quota: QuotaRule::new(QuotaKind::Droop, true),
            places: 5,
            ties,
        },
    )
}

/// Counts an election by the weighted inclusive Gregory method with a chosen quota
/// and precision ([`WigmOptions`]).
///
/// The count follows the same steps as [`scottish_stv`] (which is this method with
/// an integer Droop quota, 5 places and backward tie-breaks): every paper of an
/// elected candidate moves at surplus x value / total, truncated to `places`
/// decimal places (the weighted inclusive Gregory method as in SSI 2007/42, Schedule 1,
/// rule 48, and the Electoral Reform Society's description of WIGM); the highest
/// surplus first; then exclusion of the lowest candidate.
///
/// ```
/// use union_rulebook::election::{stv, Candidate, RankedBallot, RankedElection};
/// let e = RankedElection {
///     title: None,
///     candidates: ["A", "B", "C"].map(Candidate::new).to_vec(),
///     seats: 1,
///     withdrawn: vec![],
///     ballots: vec![RankedBallot::strict(4, [0]), RankedBallot::strict(3, [1, 0]),
///                   RankedBallot::strict(2, [2, 1])].into(),
/// };
/// let opts = stv::WigmOptions::new().quota(stv::QuotaRule::new(stv::QuotaKind::Hare, false));
/// let out = stv::wigm(&e, &opts)?;
/// assert_eq!(out.elected, vec![1]); // C out, B reaches 5 of 9
/// # Ok::<(), union_rulebook::election::TallyError>(())
/// ```
///
/// # Errors
///
/// As [`scottish_stv`], and [`TallyError::Unsupported`] for more than 9 places.
pub fn wigm(election: &RankedElection, options: &WigmOptions) -> Result<Outcome, TallyError> {
    let packed = prepare::pack(election, "wigm", false)?;
    gregory::count(
        &packed,
        election.seats,
        &gregory::Params {
            method: "wigm",
            quota: options.quota,
            places: options.places,
            ties: options.ties.clone(),
        },
    )
}

/// The result of a constrained count: the count itself, the candidates doomed and
/// guarded, and the bounds that could not be met.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ConstrainedCount {
    /// The count, with its full transcript. A doomed candidate's exclusion is an
    /// ordinary [`StageAction::Exclusion`](crate::election::StageAction::Exclusion)
    /// stage; [`ConstrainedCount::marks`] says which exclusions were doomed and why.
    pub outcome: Outcome,
    /// Every candidate doomed or guarded, in the order marked.
    pub marks: Vec<Mark>,
    /// Floors that could not be met because too few candidates of the group stood
    /// (every one of them who stood was guarded instead).
    pub unmet: Vec<Shortfall>,
    /// Seats left empty because the groups' ceilings admit no more of the candidates
    /// who stood (counted in [`Outcome::unfilled`] too).
    pub ceiling_vacancies: u32,
}

/// Counts an election by Scottish STV under constraints on the groups elected, by
/// I. D. Hill's method of doomed and guarded candidates.
///
/// The count is [`scottish_stv`] (SSI 2007/42, Schedule 1, rules 45 to 52) with the
/// changes of I. D. Hill, "STV with constraints", *Voting matters* 9 (May 1998),
/// pp. 2-4 (<http://www.votingmatters.org.uk/ISSUE9/P1.HTM>), summarised by J. Otten,
/// "STV with multiple constraints", *Voting matters* 13 (April 2001), paper 3. A
/// *conformant* result is a set of winners that meets every group's bounds; after
/// every election and exclusion the continuing candidates are marked:
/// - a candidate who cannot be elected in any conformant result is *doomed* and is
///   excluded at once, before any surplus is transferred, even one who has reached
///   the quota (a candidate of a group at its ceiling: "once a group reaches its
///   maximum its remaining candidates are excluded"; or, when the seats left are all
///   needed for the floors of other groups, any candidate of a group not short of
///   its floor); candidates doomed together are excluded together and their papers
///   move at the value they were received (rule 50). Excluding a doomed candidate who
///   has a quota, and all doomed candidates in one stage, is our reading of Hill's
///   "excluded at once" for a Gregory count (his own program counts by Meek's method);
/// - a candidate who must be elected for a conformant result is *guarded* and is never
///   excluded: "when choosing a candidate for exclusion ... the lowest non-guarded one
///   must be chosen" (Hill, quoting the Church of England's 1981 rules, which his
///   method keeps for guarded candidates); a guarded candidate is elected on reaching
///   the quota, or when the continuing candidates are as many as the seats a
///   conformant result still needs (rule 52; "when only guarded candidates remain they
///   fill the seats").
///
/// Hill lists every possible result to find the marks; with one group per candidate
/// counting is enough (see [`Constraints`]). The marks keep a conformant result
/// possible after every step, so the winners meet every bound a conformant result can
/// meet. When no constraint ever binds (no candidate is doomed or guarded) the outcome
/// is exactly that of [`scottish_stv`].
///
/// What cannot be met is reported, not refused: a floor above the number of the
/// group's candidates who stood is lowered to that number ([`ConstrainedCount::unmet`],
/// every one of them guarded), and when the ceilings admit fewer of those who stood
/// than there are seats, the rest stay empty ([`ConstrainedCount::ceiling_vacancies`]).
///
/// ```
/// use union_rulebook::election::constrained::GroupBounds;
/// use union_rulebook::election::{stv, Candidate, RankedBallot, RankedElection, TieBreak};
/// // 2 seats; Ani and Budi are men, Citra a woman; at least one woman.
/// let e = RankedElection {
///     title: None,
///     candidates: ["Ani", "Budi", "Citra"].map(Candidate::new).to_vec(),
///     seats: 2,
///     withdrawn: vec![],
///     ballots: vec![
///         RankedBallot::strict(40, [0]),
///         RankedBallot::strict(35, [1]),
///         RankedBallot::strict(25, [2]),
///     ].into(),
/// };
/// assert_eq!(stv::scottish_stv(&e, TieBreak::Backward { seed: Some(1) })?.elected, vec![0, 1]);
/// let c = stv::Constraints::new(
///     &[Some("man"), Some("man"), Some("woman")],
///     &[GroupBounds::at_least("woman", 1)],
/// )?;
/// let r = stv::scottish_stv_constrained(&e, TieBreak::Backward { seed: Some(1) }, &c)?;
/// // Ani and Budi both reach the quota (34). Ani, with more votes, is elected first;
/// // the one seat left is then needed for the women's floor, so Budi is doomed and
/// // excluded although he has a quota, and Citra is elected.
/// assert_eq!(r.outcome.elected, vec![0, 2]);
/// assert_eq!(r.marks[0].candidate, 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`scottish_stv`], and [`TallyError::Constraint`] when the constraints give
/// groups for a different number of candidates than the election has, or the floors
/// (each lowered to the candidates of its group who stood) need more seats than there
/// are.
pub fn scottish_stv_constrained(
    election: &RankedElection,
    ties: TieBreak,
    constraints: &Constraints,
) -> Result<ConstrainedCount, TallyError> {
    constrained_gregory(
        election,
        &gregory::Params {
            method: "scottish-stv",
            quota: QuotaRule::new(QuotaKind::Droop, true),
            places: 5,
            ties,
        },
        constraints,
    )
}

/// Counts an election by the weighted inclusive Gregory method ([`wigm`]) under
/// constraints on the groups elected, by I. D. Hill's method of doomed and guarded
/// candidates, as [`scottish_stv_constrained`] describes.
///
/// # Errors
///
/// As [`wigm`] and [`scottish_stv_constrained`].
pub fn wigm_constrained(
    election: &RankedElection,
    options: &WigmOptions,
    constraints: &Constraints,
) -> Result<ConstrainedCount, TallyError> {
    constrained_gregory(
        election,
        &gregory::Params {
            method: "wigm",
            quota: options.quota,
            places: options.places,
            ties: options.ties.clone(),
        },
        constraints,
    )
}

fn constrained_gregory(
    election: &RankedElection,
    params: &gregory::Params,
    constraints: &Constraints,
) -> Result<ConstrainedCount, TallyError> {
    let packed = prepare::pack(election, params.method, false)?;
    let stood: Vec<bool> = packed.withdrawn.iter().map(|w| !w).collect();
    let plan = constraints::Plan::new(constraints, election.seats, &stood)?;
    let (outcome, marks) = gregory::count_constrained(&packed, election.seats, params, &plan)?;
    let unmet = plan
        .unmet
        .iter()
        .map(|s| Shortfall {
            holds: u32::try_from(
                outcome
                    .elected
                    .iter()
                    .filter(|&&c| constraints.group_of(c) == Some(s.group.as_str()))
                    .count(),
            )
            .unwrap_or(u32::MAX),
            ..s.clone()
        })
        .collect();
    Ok(ConstrainedCount {
        outcome,
        marks,
        unmet,
        ceiling_vacancies: plan.ceiling_vacancies,
    })
}

/// Counts an election by Meek's method.
///
/// B. L. Meek, "Une nouvelle approche du scrutin transférable" (1969), as specified by
/// I. D. Hill, B. A. Wichmann and D. R. Woodall, "Algorithm 123: Single Transferable
/// Vote by Meek's Method", The Computer Journal 30(3), 1987, and the New Zealand Local
/// Electoral Regulations 2001, Schedule 1A. Arithmetic is 9-place fixed point, rounded
/// as [`MeekOptions::rounding`] says: as the PR Foundation's reference rule and Droop
/// (`meek-prf`) do, or as Droop's parametric rule and stv-rs (`fixed9`) do:
/// - each ballot's power reaching a candidate is split into a kept part `power x k`
///   and the rest passed on (what rounding drops is recorded as loss);
/// - the quota is the votes kept by candidates / (seats + 1), rounded down, plus
///   10^-9;
/// - a hopeful candidate at or above the quota is elected;
/// - keep factors are updated to `k x quota / votes`, each step rounded up, until a
///   candidate is elected, the total surplus is at most omega, or it stops falling;
/// - then the lowest hopeful is defeated; candidates within the total surplus of the
///   lowest are tied with it, and the tie is settled by `ties`. To reproduce Droop
///   and stv-rs, pass [`tie_order_from_blt`] of the file's `[tie ...]` order, or of
///   `0..candidates` when it has none.
///
/// Each round is one stage of the transcript (the count at the end of its
/// iterations).
///
/// # Errors
///
/// As [`scottish_stv`]; [`TallyError::Unsupported`] for equal rankings under
/// [`MeekRounding::NewZealand`] (the reference rule does not define them) and for an
/// omega outside `1/10^1 ..= 1/10^9`.
pub fn meek(election: &RankedElection, options: &MeekOptions) -> Result<Outcome, TallyError> {
    if !(1..=9).contains(&options.omega_exponent) {
        return Err(TallyError::Unsupported {
            method: "meek",
            what: messages::bad_omega(options.omega_exponent),
        });
    }
    let omega = 10i64.pow(9 - u32::from(options.omega_exponent));
    meek::count(
        election,
        options.rounding == MeekRounding::Parametric,
        election.seats,
        omega,
        options.rounding,
        options.ties.clone(),
        "meek",
    )
}

/// Which quota a Gregory count uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum QuotaKind {
    /// The Droop quota: valid poll / (seats + 1) (H. R. Droop, "On methods of electing
    /// representatives", 1881).
    Droop,
    /// The Hare quota: valid poll / seats (T. Hare, "The Election of
    /// Representatives", 1859).
    Hare,
}

/// A quota: its kind, and whether it is a whole number.
///
/// - Droop, integer: `floor(poll / (seats + 1)) + 1` (SSI 2007/42, rule 46);
/// - Droop, fractional: `poll / (seats + 1)` truncated to the count's places, plus
///   one unit of the last place (the smallest value above the exact quotient);
/// - Hare, integer: `floor(poll / seats)`;
/// - Hare, fractional: `poll / seats` rounded up to the count's places (the smallest
///   value not below the exact quotient).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct QuotaRule {
    /// Droop or Hare.
    pub kind: QuotaKind,
    /// Whether fractions are dropped to a whole number of votes.
    pub integer: bool,
}

impl QuotaRule {
    /// A quota of `kind`, whole (`integer`) or fractional.
    pub fn new(kind: QuotaKind, integer: bool) -> Self {
        QuotaRule { kind, integer }
    }

    /// The quota for a valid poll of `poll` votes, scaled by `scale` (10^places).
    fn compute(self, poll: i128, seats: u32, scale: i128) -> Result<i128, TallyError> {
        let seats = i128::from(seats);
        let raw = poll.checked_mul(scale).ok_or(TallyError::Overflow)?;
        Ok(match (self.kind, self.integer) {
            (QuotaKind::Droop, true) => (poll / (seats + 1) + 1) * scale,
            (QuotaKind::Droop, false) => raw / (seats + 1) + 1,
            (QuotaKind::Hare, true) => (poll / seats.max(1)) * scale,
            (QuotaKind::Hare, false) => (raw + seats.max(1) - 1) / seats.max(1),
        })
    }
}

/// Options of the configurable weighted inclusive Gregory count ([`wigm`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct WigmOptions {
    /// The quota (default: integer Droop).
    pub quota: QuotaRule,
    /// Decimal places of transfer values and totals, 0 to 9 (default: 5).
    pub places: u8,
    /// How ties are settled (default: backward through earlier stages, then no lot:
    /// [`TallyError::LotNeeded`]; give a seed for the Scottish rule's lot).
    pub ties: TieBreak,
}

impl Default for WigmOptions {
    fn default() -> Self {
        Self::new()
    }
}

impl WigmOptions {
    /// The Scottish settings: integer Droop quota, 5 places, backward tie-breaks.
    pub fn new() -> Self {
        WigmOptions {
            quota: QuotaRule::new(QuotaKind::Droop, true),
            places: 5,
            ties: TieBreak::Backward { seed: None },
        }
    }

    /// Sets the quota.
    pub fn quota(mut self, quota: QuotaRule) -> Self {
        self.quota = quota;
        self
    }

    /// Sets the decimal places.
    pub fn places(mut self, places: u8) -> Self {
        self.places = places;
        self
    }

    /// Sets the tie-break policy.
    pub fn ties(mut self, ties: TieBreak) -> Self {
        self.ties = ties;
        self
    }
}

/// How a Meek count rounds in 9-place fixed point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum MeekRounding {
    /// The New Zealand rules as the Proportional Representation Foundation's Meek
    /// reference rule states them (Droop's `meek-prf`): a candidate keeps
    /// `weight x k` rounded up and the ballot's weight is reduced by exactly that;
    /// the quota is the sum of the candidates' votes / (seats + 1), truncated, plus
    /// 10^-9; the total surplus is not less than 0 and an iteration ends when it is
    /// below omega.
    NewZealand,
    /// Droop's parametric `meek` rule in fixed point, as stv-rs `fixed9` computes it:
    /// the kept `power x k` and the passed-on `power x (1 - k)` are both rounded down;
    /// an iteration ends when the surplus is at most omega. Equal rankings are counted
    /// as Droop's recursive descent does: the power reaching a rank is split evenly
    /// (rounded down) among its candidates still standing, each passes its own
    /// remainder to the next rank, and a rank whose candidates are all defeated stops
    /// the ballot.
    Parametric,
}

/// Options of [`meek`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MeekOptions {
    /// Omega is `1/10^omega_exponent` (default 6, as the New Zealand rules).
    pub omega_exponent: u8,
    /// The rounding of products (default: [`MeekRounding::NewZealand`]).
    pub rounding: MeekRounding,
    /// How ties are settled.
    pub ties: TieBreak,
}

impl MeekOptions {
    /// Omega `10^-6`, New Zealand rounding, ties settled by `ties`.
    pub fn new(ties: TieBreak) -> Self {
        MeekOptions {
            omega_exponent: 6,
            rounding: MeekRounding::NewZealand,
            ties,
        }
    }

    /// Sets the rounding.
    pub fn rounding(mut self, rounding: MeekRounding) -> Self {
        self.rounding = rounding;
        self
    }

    /// Sets omega to `1/10^exponent`.
    pub fn omega_exponent(mut self, exponent: u8) -> Self {
        self.omega_exponent = exponent;
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election::{Candidate, RankedBallot, StageAction, TieSettlement, Votes};

    fn election(n: usize, seats: u32, ballots: Vec<RankedBallot>) -> RankedElection {
        RankedElection {
            title: None,
            candidates: (0..n).map(|i| Candidate::new(format!("c{i}"))).collect(),
            seats,
            withdrawn: vec![],
            ballots: ballots.into(),
        }
    }

    /// Candidates + non-transferable + loss = valid poll, exactly, at every stage.
    fn assert_conserved(out: &Outcome, poll: i128) {
        for s in &out.stages {
            let places = s.non_transferable.places();
            let sum: i128 = s.votes.iter().map(|v| v.raw()).sum::<i128>()
                + s.non_transferable.raw()
                + s.loss.raw();
            assert_eq!(
                sum,
                poll * 10i128.pow(u32::from(places)),
                "stage {}",
                s.number
            );
        }
    }

    #[test]
    fn scottish_surplus_transfer_truncates_to_five_places() {
        // 100 papers, 2 seats: quota = floor(100 / 3) + 1 = 34 (rule 46).
        // A has 60: surplus 26, transfer value 26/60 = 0.433333.. -> 0.43333 (rule 48(3)).
        // C receives 60 x 0.43333 = 25.99980 -> 40.99980, elected at stage 2.
        // Loss to truncation: 26 - 25.99980 = 0.00020.
        let e = election(
            3,
            2,
            vec![
                RankedBallot::strict(60, [0, 2]),
                RankedBallot::strict(25, [1]),
                RankedBallot::strict(15, [2, 1]),
            ],
        );
        let out = scottish_stv(&e, TieBreak::Backward { seed: Some(0) }).unwrap();
        assert_eq!(out.quota.unwrap().to_string(), "34.00000");
        assert_eq!(out.elected, vec![0, 2]);
        let s2 = &out.stages[1];
        assert_eq!(
            s2.action,
            StageAction::Surplus {
                candidate: 0,
                transfer_value: Votes::from_raw(43333, 5)
            }
        );
        let shown: Vec<String> = s2.votes.iter().map(|v| v.to_string()).collect();
        assert_eq!(shown, ["34.00000", "25.00000", "40.99980"]);
        assert_eq!(s2.loss.to_string(), "0.00020");
        assert_eq!(out.stages.len(), 2); // rule 52 not needed: seats filled
        assert_conserved(&out, 100);
    }

    #[test]
    fn scottish_exclusion_and_last_vacancy() {
        // 1 seat, 9 papers: quota = floor(9/2) + 1 = 5. A 4, B 3, C 2: C excluded
        // (rule 50), its 2 papers go to B at value 1 -> B 5 reaches the quota.
        let e = election(
            3,
            1,
            vec![
                RankedBallot::strict(4, [0]),
                RankedBallot::strict(3, [1, 0]),
                RankedBallot::strict(2, [2, 1]),
            ],
        );
        let out = scottish_stv(&e, TieBreak::Backward { seed: Some(0) }).unwrap();
        assert_eq!(out.elected, vec![1]);
        assert_eq!(
            out.candidates[2].status,
            crate::election::CandidateStatus::Excluded
        );
        assert_eq!(out.candidates[2].stage, Some(2));
        assert_eq!(out.stages[1].excluded, vec![2]);
        assert_conserved(&out, 9);
        // Exhausted papers: with a ballot that ranks only C, it is non-transferable.
        let e = election(
            3,
            1,
            vec![
                RankedBallot::strict(4, [0]),
                RankedBallot::strict(3, [1, 0]),
                RankedBallot::strict(2, [2]),
            ],
        );
        let out = scottish_stv(&e, TieBreak::Backward { seed: Some(0) }).unwrap();
        assert_eq!(out.stages[1].non_transferable.to_string(), "2.00000");
        // A and B remain for one seat: B (3) is excluded, A elected by rule 52.
        assert_eq!(out.elected, vec![0]);
        assert_conserved(&out, 9);
    }

    #[test]
    fn scottish_exclusion_tie_looks_at_the_most_recent_unequal_stage() {
        // 2 seats, 21 papers: quota = floor(21 / 3) + 1 = 8. Stage 1: A 9, B 4, C 4,
        // D 4. A's surplus of 1 moves at 1/9 -> 0.11111 a paper: 9 papers give D
        // 0.99999, so D has 4.99999 and B = C = 4. B and C are equal at stage 2 and at
        // stage 1: the lot decides (rule 51(2)(b)), and the tie is recorded.
        let e = election(
            4,
            2,
            vec![
                RankedBallot::strict(9, [0, 3]),
                RankedBallot::strict(4, [1]),
                RankedBallot::strict(4, [2]),
                RankedBallot::strict(4, [3]),
            ],
        );
        let out = scottish_stv(&e, TieBreak::Backward { seed: Some(7) }).unwrap();
        assert_eq!(out.ties.len(), 1);
        assert_eq!(out.ties[0].candidates, vec![1, 2]);
        assert_eq!(out.ties[0].settled_by, TieSettlement::Lot { seed: 7 });
        assert_conserved(&out, 21);
        // With a given order, the earlier candidate survives.
        let out = scottish_stv(&e, TieBreak::Order(vec![2, 1])).unwrap();
        assert_eq!(out.stages[2].excluded, vec![1]);
        // And the caller can ask to settle it itself.
        assert!(matches!(
            scottish_stv(&e, TieBreak::Fail),
            Err(TallyError::Tie { .. })
        ));
    }

    #[test]
    fn fewer_candidates_than_seats_leaves_seats_unfilled() {
        let e = election(2, 3, vec![RankedBallot::strict(5, [0, 1])]);
        let out = scottish_stv(&e, TieBreak::Backward { seed: Some(0) }).unwrap();
        assert_eq!(out.elected.len(), 2);
        assert_eq!(out.unfilled, 1);
    }

    #[test]
    fn quota_rules() {
        let q = |k, i| QuotaRule::new(k, i).compute(100, 3, 100).unwrap();
        assert_eq!(q(QuotaKind::Droop, true), 2600); // 25 + 1
        assert_eq!(q(QuotaKind::Droop, false), 2501); // 25.00 + 0.01
        assert_eq!(q(QuotaKind::Hare, true), 3300); // 33
        assert_eq!(q(QuotaKind::Hare, false), 3334); // 33.333.. up to 33.34
    }

    #[test]
    fn meek_elects_and_conserves() {
        let e = election(
            3,
            2,
            vec![
                RankedBallot::strict(60, [0, 2]),
                RankedBallot::strict(25, [1]),
                RankedBallot::strict(15, [2, 1]),
            ],
        );
        let out = meek(&e, &MeekOptions::new(tie_order_from_blt(&[0, 1, 2]))).unwrap();
        assert_eq!(out.elected, vec![0, 2]);
        assert_conserved(&out, 100);
    }

    #[test]
    fn meek_equal_rankings_only_with_parametric_rounding() {
        // 10 ballots rank A and B equal, then C: each of A and B gets 5 at first.
        let mut e = election(3, 2, vec![RankedBallot::strict(7, [2])]);
        e.ballots.push(RankedBallot {
            weight: 10,
            ranks: vec![vec![0, 1], vec![2]],
        });
        let ties = tie_order_from_blt(&[0, 1, 2]);
        assert!(matches!(
            meek(&e, &MeekOptions::new(ties.clone())),
            Err(TallyError::EqualRanking { .. })
        ));
        let opts = MeekOptions::new(ties).rounding(MeekRounding::Parametric);
        let out = meek(&e, &opts).unwrap();
        let first: Vec<String> = out.stages[0].votes.iter().map(|v| v.to_string()).collect();
        assert_eq!(first, ["5.000000000", "5.000000000", "7.000000000"]);
        assert_conserved(&out, 17);
    }

    #[test]
    fn errors_for_bad_input() {
        let e = election(2, 0, vec![RankedBallot::strict(5, [0, 1])]);
        assert_eq!(
            scottish_stv(&e, TieBreak::Fail).unwrap_err(),
            TallyError::NoSeats
        );
        let e = election(2, 1, vec![RankedBallot::strict(5, [0, 1])]);
        assert!(matches!(
            wigm(&e, &WigmOptions::new().places(12)),
            Err(TallyError::Unsupported { .. })
        ));
        assert!(matches!(
            meek(&e, &MeekOptions::new(TieBreak::Fail).omega_exponent(0)),
            Err(TallyError::Unsupported { .. })
        ));
    }
}
