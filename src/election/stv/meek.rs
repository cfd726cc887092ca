//! Meek's method in 9-place fixed point, as the New Zealand rules define it and as
//! Droop (`meek-prf`, fixed, 9 places) and stv-rs (`fixed9`) compute it.

use super::MeekRounding;
use super::messages;
use super::prepare::Packed;
use super::ties::{Ties, Want};
use crate::election::{
    CandidateIndex, CandidateStatus, Outcome, Stage, StageAction, TallyError, TieBreak, Votes,
};

/// `10^9`: one vote in 9-place fixed point.
const ONE: i64 = 1_000_000_000;
const PLACES: u8 = 9;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum St {
    Hopeful,
    Elected,
    Defeated,
    Withdrawn,
}

/// One count of every ballot at the current keep factors.
struct Tally {
    /// Votes kept by each candidate (raw, 9 places).
    votes: Vec<i128>,
    /// Voting power left at the end of ballots (non-transferable).
    exhausted: i128,
    /// Voting power lost to rounding the products down.
    loss: i128,
}

/// `floor(a * b / 10^9)` for non-negative fixed-point values.
fn mul_down(a: i64, b: i64) -> i64 {
    // a, b <= 10^9 here, so the product fits in i64 and the quotient too.
    (i128::from(a) * i128::from(b) / i128::from(ONE)) as i64
}

/// `ceil(a * b / 10^9)` for non-negative fixed-point values.
fn mul_up(a: i64, b: i64) -> i64 {
    ((i128::from(a) * i128::from(b) + i128::from(ONE) - 1) / i128::from(ONE)) as i64
}

/// Counts each ballot group. With [`MeekRounding::NewZealand`] every candidate in turn
/// keeps `power x k` rounded up and the power left is reduced by exactly that; with
/// [`MeekRounding::Parametric`] it keeps `power x k` rounded down and passes on
/// `power x (1 - k)`, also rounded down (what the two roundings drop is loss).
fn tally(packed: &Packed, keep: &[i64], rounding: MeekRounding) -> Result<Tally, TallyError> {
    let mut votes = vec![0i128; packed.candidates];
    let mut exhausted = 0i128;
    let mut loss = 0i128;
    for g in 0..packed.groups() {
        let w = i128::from(packed.weights.get(g).copied().unwrap_or(0));
        if packed.tied_of(g).iter().any(|&t| t) {
            let mut acc = Acc {
                votes: &mut votes,
                exhausted: &mut exhausted,
                loss: &mut loss,
                keep,
                w,
            };
            descend(&mut acc, packed.prefs_of(g), packed.tied_of(g), ONE, 0)?;
            continue;
        }
        let mut power = ONE;
        let mut lost = 0i64;
        for &c in packed.prefs_of(g) {
            let k = keep.get(usize::from(c)).copied().unwrap_or(0);
            if k == 0 {
                continue;
            }
            let (used, rest) = match rounding {
                MeekRounding::NewZealand => {
                    let used = mul_up(power, k).min(power);
                    (used, power - used)
                }
                MeekRounding::Parametric => (mul_down(power, k), mul_down(power, ONE - k)),
            };
            lost += power - used - rest;
            if let Some(v) = votes.get_mut(usize::from(c)) {
                *v = v
                    .checked_add(i128::from(used) * w)
                    .ok_or(TallyError::Overflow)?;
            }
            power = rest;
            if power <= 0 {
                break;
            }
        }
        exhausted = exhausted
            .checked_add(i128::from(power) * w)
            .ok_or(TallyError::Overflow)?;
        loss = loss
            .checked_add(i128::from(lost) * w)
            .ok_or(TallyError::Overflow)?;
    }
    Ok(Tally {
        votes,
        exhausted,
        loss,
    })
}

/// Where a ballot with equal rankings puts its power.
struct Acc<'a> {
    votes: &'a mut Vec<i128>,
    exhausted: &'a mut i128,
    loss: &'a mut i128,
    keep: &'a [i64],
    /// The group's weight.
    w: i128,
}

fn add_to(x: &mut i128, power: i64, w: i128) -> Result<(), TallyError> {
    *x = x
        .checked_add(i128::from(power) * w)
        .ok_or(TallyError::Overflow)?;
    Ok(())
}

/// Droop's recursive descent over ranks (stv-rs `process_ballot_rec_impl`): `power`
/// reaches the rank starting at `start`.
fn descend(
    acc: &mut Acc<'_>,
    prefs: &[super::prepare::Cand],
    tied: &[bool],
    power: i64,
    start: usize,
) -> Result<(), TallyError> {
    if start >= prefs.len() {
        return add_to(acc.exhausted, power, acc.w);
    }
    let end = start
        + 1
        + tied
            .get(start + 1..)
            .unwrap_or(&[])
            .iter()
            .take_while(|t| **t)
            .count();
    let rank = prefs.get(start..end).unwrap_or(&[]);
    let live: Vec<(usize, i64)> = rank
        .iter()
        .map(|&c| {
            let i = usize::from(c);
            (i, acc.keep.get(i).copied().unwrap_or(0))
        })
        .filter(|&(_, k)| k != 0)
        .collect();
    let Ok(n) = i64::try_from(live.len()) else {
        return Err(TallyError::Overflow);
    };
    if n == 0 {
        // Droop and stv-rs stop here: the power goes no further.
        return add_to(acc.exhausted, power, acc.w);
    }
    let share = power / n;
    add_to(acc.loss, power - share * n, acc.w)?;
    for (i, k) in live {
        let used = mul_down(share, k);
        let rest = mul_down(share, ONE - k);
        add_to(acc.loss, share - used - rest, acc.w)?;
        if let Some(v) = acc.votes.get_mut(i) {
            add_to(v, used, acc.w)?;
        }
        if rest != 0 {
            descend(acc, prefs, tied, rest, end)?;
        }
    }
    Ok(())
}

/// Counts `packed` by Meek's method. `omega` is the raw (9-place) tolerance.
pub(crate) fn count(
    packed: &Packed,
    seats: u32,
    omega: i64,
    rounding: MeekRounding,
    ties: TieBreak,
    method: &'static str,
) -> Result<Outcome, TallyError> {
    let n = packed.candidates;
    let ballots = i128::try_from(packed.valid_poll).map_err(|_| TallyError::Overflow)?;
    let total = ballots
        .checked_mul(i128::from(ONE))
        .ok_or(TallyError::Overflow)?;
    let mut status: Vec<St> = packed
        .withdrawn
        .iter()
        .map(|&w| if w { St::Withdrawn } else { St::Hopeful })
        .collect();
    let mut keep: Vec<i64> = status
        .iter()
        .map(|s| if *s == St::Withdrawn { 0 } else { ONE })
        .collect();
    let mut outcome = Outcome::new(method, seats, n);
    for (i, s) in status.iter().enumerate() {
        if *s == St::Withdrawn
            && let Some(r) = outcome.candidates.get_mut(i)
        {
            r.status = CandidateStatus::Withdrawn;
        }
    }
    let mut ties = Ties::new(ties);
    let mut history: Vec<Vec<i128>> = Vec::new();
    let mut to_elect = seats;
    let divisor = i128::from(seats) + 1;
    let threshold_of = |t: &Tally| (total - t.exhausted - t.loss) / divisor + 1;

    let first = tally(packed, &keep, rounding)?;
    let mut threshold = threshold_of(&first);
    outcome.quota = Some(Votes::from_raw(threshold, PLACES));
    push_stage(&mut outcome, &mut history, StageAction::FirstCount, &first);

    let mut round = 0u32;
    loop {
        let hopeful: Vec<CandidateIndex> = ids(&status, St::Hopeful);
        if to_elect == 0 || hopeful.len() <= to_elect as usize {
            // Every seat is filled, or the hopeful candidates fill what is left.
            let stage = u32::try_from(history.len()).unwrap_or(u32::MAX);
            for c in hopeful {
                if to_elect > 0 {
                    to_elect -= 1;
                    set(&mut status, c, St::Elected);
                    mark(&mut outcome, c, CandidateStatus::Elected, stage);
                    outcome.elected.push(c);
                    if let Some(last) = outcome.stages.last_mut() {
                        last.elected.push(c);
                    }
                }
            }
            break;
        }
        round += 1;
        // Iterate until someone is elected, the surplus falls to omega, or it stops
        // falling.
        let mut last_surplus = total;
        let mut iterations = 0u32;
        let (t, surplus, elected_now) = loop {
            iterations += 1;
            let t = tally(packed, &keep, rounding)?;
            threshold = threshold_of(&t);
            let mut reached: Vec<CandidateIndex> = ids(&status, St::Hopeful)
                .into_iter()
                .filter(|&c| vote(&t, c) >= threshold)
                .collect();
            if reached.len() > to_elect as usize {
                // More reach the quota than there are seats: the most votes win.
                let mut keep_these = Vec::new();
                while keep_these.len() < to_elect as usize {
                    let Some(top) = reached.iter().map(|&c| vote(&t, c)).max() else {
                        break;
                    };
                    let tied: Vec<CandidateIndex> = reached
                        .iter()
                        .copied()
                        .filter(|&c| vote(&t, c) == top)
                        .collect();
                    let stage = u32::try_from(history.len() + 1).unwrap_or(u32::MAX);
                    let who = ties.settle(
                        &tied,
                        Want::Highest,
                        &history,
                        stage,
                        &messages::purpose_last_seat(),
                    )?;
                    reached.retain(|&c| c != who);
                    keep_these.push(who);
                }
                keep_these.sort_unstable();
                reached = keep_these;
            }
            for &c in &reached {
                set(&mut status, c, St::Elected);
                to_elect -= 1;
            }
            let mut surplus: i128 = ids(&status, St::Elected)
                .into_iter()
                .map(|c| vote(&t, c) - threshold)
                .sum();
            let small = match rounding {
                // PRF reference rule B.2.d-e: the surplus is not less than 0, and the
                // iteration ends when it is below omega.
                MeekRounding::NewZealand => {
                    surplus = surplus.max(0);
                    surplus < i128::from(omega)
                }
                MeekRounding::Parametric => surplus <= i128::from(omega),
            };
            if !reached.is_empty() || small || surplus >= last_surplus {
                break (t, surplus, reached);
            }
            last_surplus = surplus;
            for c in ids(&status, St::Elected) {
                let i = c as usize;
                let (Some(k), Some(&v)) = (keep.get_mut(i), t.votes.get(i)) else {
                    continue;
                };
                if v <= 0 {
                    continue;
                }
                // k' = k x quota / votes, both steps rounded up (Droop, stv-rs). Like
                // them, k' is not capped at 1 when an elected candidate falls below
                // the quota.
                let kq = (i128::from(*k) * threshold + i128::from(ONE) - 1) / i128::from(ONE);
                let nk = (kq * i128::from(ONE) + v - 1) / v;
                *k = i64::try_from(nk).map_err(|_| TallyError::Overflow)?;
            }
        };
        if !elected_now.is_empty() {
            let label = messages::meek_round(round, iterations);
            let stage = u32::try_from(history.len() + 1).unwrap_or(u32::MAX);
            push_stage(&mut outcome, &mut history, StageAction::Round { label }, &t);
            for c in elected_now {
                mark(&mut outcome, c, CandidateStatus::Elected, stage);
                outcome.elected.push(c);
                if let Some(last) = outcome.stages.last_mut() {
                    last.elected.push(c);
                }
            }
            continue;
        }
        // Defeat the lowest hopeful; candidates within the surplus of the lowest
        // count as tied with it.
        let hopeful = ids(&status, St::Hopeful);
        let Some(low) = hopeful.iter().map(|&c| vote(&t, c)).min() else {
            break;
        };
        let low_line = low + surplus.max(0);
        let low_set: Vec<CandidateIndex> = hopeful
            .into_iter()
            .filter(|&c| vote(&t, c) <= low_line)
            .collect();
        let stage = u32::try_from(history.len() + 1).unwrap_or(u32::MAX);
        let who = ties.settle(
            &low_set,
            Want::Lowest,
            &history,
            stage,
            &messages::purpose_exclusion(),
        )?;
        set(&mut status, who, St::Defeated);
        if let Some(k) = keep.get_mut(who as usize) {
            *k = 0;
        }
        mark(&mut outcome, who, CandidateStatus::Excluded, stage);
        push_stage(
            &mut outcome,
            &mut history,
            StageAction::Exclusion {
                candidates: vec![who],
            },
            &t,
        );
        if let Some(last) = outcome.stages.last_mut() {
            last.excluded.push(who);
        }
    }
    outcome.quota = Some(Votes::from_raw(threshold, PLACES));
    outcome.unfilled = to_elect;
    outcome.ties = ties.records;
    Ok(outcome)
}

fn vote(t: &Tally, c: CandidateIndex) -> i128 {
    t.votes.get(c as usize).copied().unwrap_or(0)
}

fn ids(status: &[St], want: St) -> Vec<CandidateIndex> {
    status
        .iter()
        .enumerate()
        .filter(|(_, s)| **s == want)
        .filter_map(|(i, _)| CandidateIndex::try_from(i).ok())
        .collect()
}

fn set(status: &mut [St], c: CandidateIndex, s: St) {
    if let Some(x) = status.get_mut(c as usize) {
        *x = s;
    }
}

fn mark(outcome: &mut Outcome, c: CandidateIndex, s: CandidateStatus, stage: u32) {
    if let Some(r) = outcome.candidates.get_mut(c as usize) {
        r.status = s;
        r.stage = Some(stage);
    }
}

fn push_stage(outcome: &mut Outcome, history: &mut Vec<Vec<i128>>, action: StageAction, t: &Tally) {
    history.push(t.votes.clone());
    let number = u32::try_from(history.len()).unwrap_or(u32::MAX);
    outcome.stages.push(Stage {
        number,
        action,
        votes: t
            .votes
            .iter()
            .map(|&v| Votes::from_raw(v, PLACES))
            .collect(),
        non_transferable: Votes::from_raw(t.exhausted, PLACES),
        loss: Votes::from_raw(t.loss, PLACES),
        elected: Vec::new(),
        excluded: Vec::new(),
    });
}
