//! Methods where each voter marks candidates and the most-marked win: plurality,
//! block vote, limited vote and approval.

use super::tie::{Pick, Ties, purpose};
use super::{add, check, finish, messages, stage, standing};
use crate::election::{CandidateIndex, Outcome, RankedElection, StageAction, TallyError, TieBreak};

/// Plurality (first past the post): each voter has one vote; the candidates with the
/// most votes win. With 1 seat this is first past the post; with more it is the
/// single non-transferable vote (SNTV).
///
/// Definition: International IDEA, *Electoral System Design: The New International
/// IDEA Handbook* (2005), ch. 3, "First Past The Post" and "The Single Non-Transferable
/// Vote". A ranked ballot counts for its highest-ranked candidate who is not withdrawn.
///
/// ```
/// use union_rulebook::election::{plurality, Candidate, RankedBallot, RankedElection, TieBreak};
/// let e = RankedElection {
///     title: None,
///     candidates: vec![Candidate::new("Ani"), Candidate::new("Budi")],
///     seats: 1,
///     withdrawn: vec![],
///     ballots: vec![RankedBallot::strict(3, [1, 0]), RankedBallot::strict(2, [0])].into(),
/// };
/// assert_eq!(plurality(&e, &TieBreak::Fail)?.elected, vec![1]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// [`TallyError::NoSeats`], [`TallyError::UnknownCandidate`] for a ballot naming a
/// candidate that does not exist, [`TallyError::Unsupported`] when the preference a
/// ballot counts for is an equal ranking, [`TallyError::Tie`] for a tie under
/// [`TieBreak::Fail`], [`TallyError::Overflow`] past `i128` totals.
pub fn plurality(e: &RankedElection, tie: &TieBreak) -> Result<Outcome, TallyError> {
    count_marks("plurality", e, Some(1), tie)
}

/// Block vote (plurality-at-large): each voter marks up to as many candidates as there
/// are seats; the candidates with the most marks win.
///
/// Definition: International IDEA, *Electoral System Design* (2005), ch. 3, "The Block
/// Vote". A ranked ballot marks its first `seats` candidates (withdrawn ones skipped).
///
/// # Errors
///
/// As [`plurality`]; an equal ranking is refused only where the marks stop inside it.
pub fn block_vote(e: &RankedElection, tie: &TieBreak) -> Result<Outcome, TallyError> {
    count_marks("block", e, Some(e.seats), tie)
}

/// Limited vote: each voter marks up to `limit` candidates, fewer than the seats; the
/// candidates with the most marks win.
///
/// Definition: International IDEA, *Electoral System Design* (2005), ch. 3, "The
/// Limited Vote". A ranked ballot marks its first `limit` candidates.
///
/// # Errors
///
/// As [`block_vote`], and [`TallyError::Unsupported`] when `limit` is 0 or not below
/// the seats.
pub fn limited_vote(e: &RankedElection, limit: u32, tie: &TieBreak) -> Result<Outcome, TallyError> {
    if limit == 0 || limit >= e.seats {
        check(e)?;
        return Err(TallyError::Unsupported {
            method: "limited",
            what: messages::limit_not_below_seats(limit, e.seats),
        });
    }
    count_marks("limited", e, Some(limit), tie)
}

/// Approval voting: each voter approves of any number of candidates; the candidates
/// with the most approvals win.
///
/// Definition: S. J. Brams and P. C. Fishburn, "Approval Voting", *American Political
/// Science Review* 72(3), 1978, pp. 831–847. A ranked ballot approves every candidate
/// it ranks (equal rankings included).
///
/// # Errors
///
/// As [`plurality`], except that equal rankings are always accepted.
pub fn approval(e: &RankedElection, tie: &TieBreak) -> Result<Outcome, TallyError> {
    count_marks("approval", e, None, tie)
}

fn count_marks(
    method: &'static str,
    e: &RankedElection,
    limit: Option<u32>,
    policy: &TieBreak,
) -> Result<Outcome, TallyError> {
    check(e)?;
    let standing = standing(e);
    let mut totals = vec![0u128; e.candidates.len()];
    let mut blank = 0u128;
    for (i, b) in e.ballots.iter().enumerate() {
        let mut marked = 0u32;
        for rank in &b.ranks {
            let group = rank
                .iter()
                .filter(|&&c| standing.get(c as usize).copied().unwrap_or(false));
            let size = u32::try_from(group.clone().count()).unwrap_or(u32::MAX);
            if size == 0 {
                continue;
            }
            if let Some(limit) = limit {
                if marked >= limit {
                    break;
                }
                if marked.saturating_add(size) > limit {
                    return Err(TallyError::EqualRanking {
                        method,
                        ballot: i,
                        line: None,
                        what: if limit == 1 {
                            messages::equal_rank_first()
                        } else {
                            messages::equal_rank_at_cut(limit)
                        },
                    });
                }
            }
            for &c in group {
                if let Some(t) = totals.get_mut(c as usize) {
                    add(t, b.weight)?;
                }
            }
            marked = marked.saturating_add(size);
        }
        if marked == 0 {
            add(&mut blank, b.weight)?;
        }
    }
    let mut ties = Ties::new(policy);
    let elected = top(&totals, &standing, e.seats, &mut ties)?;
    let first = stage(
        1,
        StageAction::FirstCount,
        &totals,
        blank,
        elected,
        Vec::new(),
    )?;
    Ok(finish(method, e, vec![first], ties.records))
}

/// The `seats` candidates with the highest totals among those standing, in order of
/// votes (equal totals that all win: in candidate order); a tie for the last seats
/// is settled by `ties` at stage 1.
fn top(
    totals: &[u128],
    standing: &[bool],
    seats: u32,
    ties: &mut Ties<'_>,
) -> Result<Vec<CandidateIndex>, TallyError> {
    let mut pool: Vec<CandidateIndex> = (0..totals.len())
        .filter(|&c| standing.get(c).copied().unwrap_or(false))
        .filter_map(|c| u32::try_from(c).ok())
        .collect();
    let value = |c: CandidateIndex| totals.get(c as usize).copied().unwrap_or(0);
    pool.sort_by(|&a, &b| value(b).cmp(&value(a)).then(a.cmp(&b)));
    // Never more winners than candidates standing, whatever the seat count claims.
    let seats = (seats as usize).min(pool.len());
    let mut elected = Vec::with_capacity(seats);
    let mut rest = pool.as_slice();
    while elected.len() < seats {
        let Some(&lead) = rest.first() else { break };
        let group_len = rest
            .iter()
            .take_while(|&&c| value(c) == value(lead))
            .count();
        let (group, after) = rest.split_at(group_len);
        if group.len() <= seats - elected.len() {
            elected.extend_from_slice(group);
            rest = after;
        } else {
            let mut group = group.to_vec();
            while elected.len() < seats {
                let c = ties.choose(1, &group, &[], Pick::Highest, purpose(Pick::Highest))?;
                group.retain(|&g| g != c);
                elected.push(c);
            }
        }
    }
    Ok(elected)
}
