//! Methods that count one preference at a time and eliminate: instant-runoff, the
//! contingent vote, and the two-round system.

use super::tie::{Pick, Ties, purpose};
use super::{add, check, finish, messages, stage, standing};
use crate::election::{
    CandidateIndex, Outcome, RankedElection, Stage, StageAction, TallyError, TieBreak,
};

/// Counts each ballot for its highest-ranked candidate in `continuing`: the totals and
/// the weight that counts for nobody.
fn first_choices(
    method: &'static str,
    e: &RankedElection,
    continuing: &[bool],
) -> Result<(Vec<u128>, u128), TallyError> {
    let mut totals = vec![0u128; e.candidates.len()];
    let mut exhausted = 0u128;
    for (i, b) in e.ballots.iter().enumerate() {
        let mut counted = false;
        for rank in &b.ranks {
            let mut live = rank
                .iter()
                .copied()
                .filter(|&c| continuing.get(c as usize).copied().unwrap_or(false));
            let Some(c) = live.next() else { continue };
            if live.next().is_some() {
                return Err(TallyError::EqualRanking {
                    method,
                    ballot: i,
                    line: None,
                    what: messages::equal_rank_first(),
                });
            }
            if let Some(t) = totals.get_mut(c as usize) {
                add(t, b.weight)?;
            }
            counted = true;
            break;
        }
        if !counted {
            add(&mut exhausted, b.weight)?;
        }
    }
    Ok((totals, exhausted))
}

fn one_seat(method: &'static str, e: &RankedElection) -> Result<(), TallyError> {
    check(e)?;
    if e.seats != 1 {
        return Err(TallyError::Unsupported {
            method,
            what: messages::one_seat_only(e.seats),
        });
    }
    Ok(())
}

fn members(flags: &[bool]) -> Vec<CandidateIndex> {
    flags
        .iter()
        .enumerate()
        .filter(|&(_, &f)| f)
        .filter_map(|(c, _)| u32::try_from(c).ok())
        .collect()
}

fn value(totals: &[u128], c: CandidateIndex) -> u128 {
    totals.get(c as usize).copied().unwrap_or(0)
}

/// The candidate with a majority of `active`, if any (more than half).
fn majority(totals: &[u128], pool: &[CandidateIndex], active: u128) -> Option<CandidateIndex> {
    pool.iter()
        .copied()
        .find(|&c| value(totals, c).saturating_mul(2) > active)
}

/// Instant-runoff voting (the alternative vote): count first preferences; while no
/// candidate has more than half of the votes still in the count, exclude the candidate
/// with the fewest votes and transfer each of their ballots to its next preference
/// still in the count. One candidate is excluded per stage.
///
/// Definition: Commonwealth Electoral Act 1918 (Australia), s. 274 (scrutiny of House
/// of Representatives votes); International IDEA, *Electoral System Design* (2005),
/// ch. 3, "The Alternative Vote". A tie for exclusion is settled by `tie` (earlier
/// stages, lot or a given order).
///
/// # Errors
///
/// [`TallyError::Unsupported`] for more than 1 seat or an equal ranking at the
/// preference a ballot counts for; otherwise as [`plurality`](super::plurality).
pub fn irv(e: &RankedElection, tie: &TieBreak) -> Result<Outcome, TallyError> {
    const METHOD: &str = "irv";
    one_seat(METHOD, e)?;
    let mut continuing = standing(e);
    let mut ties = Ties::new(tie);
    let mut stages: Vec<Stage> = Vec::new();
    let mut action = StageAction::FirstCount;
    let mut excluded_now: Vec<CandidateIndex> = Vec::new();
    loop {
        let number = u32::try_from(stages.len() + 1).map_err(|_| TallyError::Overflow)?;
        let (totals, exhausted) = first_choices(METHOD, e, &continuing)?;
        let pool = members(&continuing);
        let active: u128 = pool.iter().map(|&c| value(&totals, c)).sum();
        let winner = match pool.as_slice() {
            [] => None,
            [only] => Some(*only),
            _ => majority(&totals, &pool, active),
        };
        let elected: Vec<CandidateIndex> = winner.into_iter().collect();
        let done = pool.is_empty() || winner.is_some();
        stages.push(stage(
            number,
            action,
            &totals,
            exhausted,
            elected,
            std::mem::take(&mut excluded_now),
        )?);
        if done {
            break;
        }
        let low = pool.iter().map(|&c| value(&totals, c)).min().unwrap_or(0);
        let lowest: Vec<CandidateIndex> = pool
            .iter()
            .copied()
            .filter(|&c| value(&totals, c) == low)
            .collect();
        let out = match lowest.as_slice() {
            [only] => *only,
            _ => {
                let earlier = stages.get(..stages.len().saturating_sub(1)).unwrap_or(&[]);
                ties.choose(
                    number,
                    &lowest,
                    earlier,
                    Pick::Lowest,
                    purpose(Pick::Lowest),
                )?
            }
        };
        if let Some(f) = continuing.get_mut(out as usize) {
            *f = false;
        }
        excluded_now = vec![out];
        action = StageAction::Exclusion {
            candidates: vec![out],
        };
    }
    Ok(finish(METHOD, e, stages, ties.records))
}

/// The contingent vote: the instant form of the two-round system on ranked ballots.
/// A candidate with more than half of the first preferences is elected; otherwise all
/// but the two leading candidates are excluded at once and each of their ballots
/// transfers to whichever of the two it ranks higher; the one with more votes wins.
///
/// Definition: International IDEA, *Electoral System Design* (2005), ch. 3, "The
/// Two-Round System" (its instant variant, the contingent vote, as used for the
/// Sri Lankan presidency, Constitution of Sri Lanka art. 94). Ties for the runoff
/// places and for the final result follow `tie`.
///
/// # Errors
///
/// As [`irv`].
pub fn contingent_vote(e: &RankedElection, tie: &TieBreak) -> Result<Outcome, TallyError> {
    const METHOD: &str = "contingent";
    one_seat(METHOD, e)?;
    let continuing = standing(e);
    let mut ties = Ties::new(tie);
    let (first, exhausted) = first_choices(METHOD, e, &continuing)?;
    let mut stages = Vec::new();
    let Some(finalists) = round_one(&first, &continuing, exhausted, &mut stages, &mut ties)? else {
        return Ok(finish(METHOD, e, stages, ties.records));
    };
    let mut two = vec![false; e.candidates.len()];
    for &c in &finalists {
        if let Some(f) = two.get_mut(c as usize) {
            *f = true;
        }
    }
    let excluded: Vec<CandidateIndex> = members(&continuing)
        .into_iter()
        .filter(|c| !finalists.contains(c))
        .collect();
    let (totals, exhausted) = first_choices(METHOD, e, &two)?;
    let winner = round_two(&totals, finalists, &stages, &mut ties)?;
    stages.push(stage(
        2,
        StageAction::Exclusion {
            candidates: excluded.clone(),
        },
        &totals,
        exhausted,
        vec![winner],
        excluded,
    )?);
    Ok(finish(METHOD, e, stages, ties.records))
}

/// The two-round system (majority run-off): a candidate with more than half of the
/// votes cast in the first round is elected; otherwise the two leading candidates
/// meet in a second round, counted from a separate set of ballots (`runoff`), and the
/// one with more votes wins.
///
/// Definition: International IDEA, *Electoral System Design* (2005), ch. 3, "The
/// Two-Round System" (majority run-off); the French Constitution of 1958, art. 7 (an
/// absolute majority of the votes cast in the first round, else a second round between
/// the two leading candidates only). Votes cast are the ballots that count for a
/// candidate (blank ballots are not votes cast). A first-round ballot counts for its
/// highest-ranked candidate; a second-round ballot counts for the finalist it marks,
/// and for nobody when blank. Ties for the runoff places and for the final result
/// follow `tie` (earlier stages: the first round).
///
/// When nobody has a majority and `runoff` is `None`, the result is the first round
/// with the pair of the runoff in [`Outcome::runoff`] (nobody elected): the second
/// round is still to be held.
///
/// # Errors
///
/// [`TallyError::NotInRunoff`] for the first second-round ballot that marks a
/// candidate outside the runoff; [`TallyError::Unsupported`] when `runoff` has a
/// different number of candidates; otherwise as [`irv`].
pub fn two_round(
    first_round: &RankedElection,
    runoff: Option<&RankedElection>,
    tie: &TieBreak,
) -> Result<Outcome, TallyError> {
    const METHOD: &str = "two-round";
    let e = first_round;
    one_seat(METHOD, e)?;
    let continuing = standing(e);
    let mut ties = Ties::new(tie);
    let (first, exhausted) = first_choices(METHOD, e, &continuing)?;
    let mut stages = Vec::new();
    let Some(finalists) = round_one(&first, &continuing, exhausted, &mut stages, &mut ties)? else {
        return Ok(finish(METHOD, e, stages, ties.records));
    };
    let Some(second) = runoff else {
        // The second round is still to be held: the result names its pair.
        let mut pending = finish(METHOD, e, stages, ties.records);
        pending.runoff = finalists.to_vec();
        // The seat is not left empty: it waits for the second round.
        pending.unfilled = 0;
        return Ok(pending);
    };
    check(second)?;
    if second.candidates.len() != e.candidates.len() {
        return Err(TallyError::Unsupported {
            method: METHOD,
            what: messages::runoff_candidates(second.candidates.len(), e.candidates.len()),
        });
    }
    super::second_round::check_second_round(second, finalists)?;
    let mut two = vec![false; e.candidates.len()];
    for &c in &finalists {
        if let Some(f) = two.get_mut(c as usize) {
            *f = true;
        }
    }
    let (totals, neither) = first_choices(METHOD, second, &two)?;
    let winner = round_two(&totals, finalists, &stages, &mut ties)?;
    let excluded: Vec<CandidateIndex> = members(&continuing)
        .into_iter()
        .filter(|c| !finalists.contains(c))
        .collect();
    stages.push(stage(
        2,
        StageAction::Round {
            label: messages::runoff_label(),
        },
        &totals,
        neither,
        vec![winner],
        excluded,
    )?);
    Ok(finish(METHOD, e, stages, ties.records))
}

/// The first round of the two-round methods: pushes stage 1 and returns the two
/// finalists, or `None` when stage 1 elected a candidate with a majority (or the only
/// candidate, or nobody stands).
fn round_one(
    first: &[u128],
    continuing: &[bool],
    exhausted: u128,
    stages: &mut Vec<Stage>,
    ties: &mut Ties<'_>,
) -> Result<Option<[CandidateIndex; 2]>, TallyError> {
    let pool = members(continuing);
    let cast: u128 = pool.iter().map(|&c| value(first, c)).sum();
    let winner = match pool.as_slice() {
        [] => None,
        [only] => Some(*only),
        _ => majority(first, &pool, cast),
    };
    if winner.is_some() || pool.is_empty() {
        let elected = winner.into_iter().collect();
        stages.push(stage(
            1,
            StageAction::FirstCount,
            first,
            exhausted,
            elected,
            vec![],
        )?);
        return Ok(None);
    }
    stages.push(stage(
        1,
        StageAction::FirstCount,
        first,
        exhausted,
        vec![],
        vec![],
    )?);
    // The two leaders: ties for a runoff place go to `ties`.
    let mut finalists = Vec::with_capacity(2);
    let mut rest = pool;
    rest.sort_by(|&a, &b| value(first, b).cmp(&value(first, a)).then(a.cmp(&b)));
    while finalists.len() < 2 {
        let Some(&lead) = rest.first() else { break };
        let group: Vec<CandidateIndex> = rest
            .iter()
            .copied()
            .take_while(|&c| value(first, c) == value(first, lead))
            .collect();
        if group.len() <= 2 - finalists.len() {
            finalists.extend_from_slice(&group);
            rest.retain(|c| !group.contains(c));
        } else {
            let mut group = group;
            while finalists.len() < 2 {
                let c = ties.choose(1, &group, &[], Pick::Highest, messages::purpose_runoff())?;
                group.retain(|&g| g != c);
                finalists.push(c);
            }
        }
    }
    match finalists.as_slice() {
        [a, b] => Ok(Some([*a, *b])),
        _ => Err(TallyError::Overflow),
    }
}

/// The winner of the runoff between `finalists`; a tie goes to `ties` with the first
/// round as the earlier stage.
fn round_two(
    totals: &[u128],
    finalists: [CandidateIndex; 2],
    earlier: &[Stage],
    ties: &mut Ties<'_>,
) -> Result<CandidateIndex, TallyError> {
    let [a, b] = finalists;
    Ok(match value(totals, a).cmp(&value(totals, b)) {
        std::cmp::Ordering::Greater => a,
        std::cmp::Ordering::Less => b,
        std::cmp::Ordering::Equal => {
            ties.choose(2, &[a, b], earlier, Pick::Highest, purpose(Pick::Highest))?
        }
    })
}
