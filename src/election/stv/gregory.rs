//! The weighted inclusive Gregory method, with piles of ballot groups: Scottish STV
//! and the configurable `wigm` count, with or without constraints (I. D. Hill, "STV
//! with constraints", Voting matters 9, 1998; see [`super::constraints`]).

use super::constraints::{Mark, MarkKind, Plan, Standing};
use super::prepare::{Cand, Packed};
use super::ties::{Ties, Want};
use super::{QuotaRule, messages};
use crate::election::{
    CandidateIndex, CandidateStatus, Outcome, Stage, StageAction, TallyError, TieBreak, Votes,
};

/// How a Gregory count is run: the parameters that tell Scottish STV and the
/// configurable count apart.
#[derive(Debug, Clone)]
pub(crate) struct Params {
    pub method: &'static str,
    pub quota: QuotaRule,
    pub places: u8,
    pub ties: TieBreak,
}

/// One parcel entry: a ballot group sitting with a candidate at one value.
#[derive(Debug, Clone, Copy)]
struct Entry {
    group: u32,
    /// Position of the current candidate in the group's preferences.
    pos: u16,
    /// The value of each ballot of the group (scaled by `10^places`).
    value: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum St {
    Continuing,
    Elected,
    Excluded,
    Withdrawn,
}

struct Count<'a> {
    packed: &'a Packed,
    places: u8,
    quota: i128,
    status: Vec<St>,
    totals: Vec<i128>,
    piles: Vec<Vec<Entry>>,
    /// Elected candidates whose surplus is still to be transferred.
    pending: Vec<bool>,
    non_transferable: i128,
    loss: i128,
    history: Vec<Vec<i128>>,
    ties: Ties,
    outcome: Outcome,
    seats_left: u32,
    /// The constraints of a constrained count.
    plan: Option<&'a Plan<'a>>,
    /// Candidates doomed or guarded so far.
    marks: Vec<Mark>,
    /// Candidates already recorded as guarded.
    guard_marked: Vec<bool>,
}

/// Counts `packed` by the weighted inclusive Gregory method with `params`.
pub(crate) fn count(packed: &Packed, seats: u32, params: &Params) -> Result<Outcome, TallyError> {
    run(packed, seats, params, None).map(|(outcome, _)| outcome)
}

/// Counts `packed` by the weighted inclusive Gregory method with `params`, under the
/// constraints of `plan` (Hill's doomed and guarded candidates); returns the outcome
/// and the marks.
pub(crate) fn count_constrained(
    packed: &Packed,
    seats: u32,
    params: &Params,
    plan: &Plan<'_>,
) -> Result<(Outcome, Vec<Mark>), TallyError> {
    run(packed, seats, params, Some(plan))
}

fn run(
    packed: &Packed,
    seats: u32,
    params: &Params,
    plan: Option<&Plan<'_>>,
) -> Result<(Outcome, Vec<Mark>), TallyError> {
    if params.places > 9 {
        return Err(TallyError::Unsupported {
            method: params.method,
            what: messages::too_many_places(params.places),
        });
    }
    let scale = 10i128.pow(u32::from(params.places));
    let one = i64::try_from(scale).map_err(|_| TallyError::Overflow)?;
    let poll = i128::try_from(packed.valid_poll).map_err(|_| TallyError::Overflow)?;
    let quota = params.quota.compute(poll, seats, scale)?;
    let n = packed.candidates;
    let mut c = Count {
        packed,
        places: params.places,
        quota,
        status: packed
            .withdrawn
            .iter()
            .map(|&w| if w { St::Withdrawn } else { St::Continuing })
            .collect(),
        totals: vec![0; n],
        piles: vec![Vec::new(); n],
        pending: vec![false; n],
        non_transferable: 0,
        loss: 0,
        history: Vec::new(),
        ties: Ties::new(params.ties.clone()),
        outcome: Outcome::new(params.method, seats, n),
        seats_left: seats,
        plan,
        marks: Vec::new(),
        guard_marked: if plan.is_some() {
            vec![false; n]
        } else {
            Vec::new()
        },
    };
    for (i, st) in c.status.iter().enumerate() {
        if *st == St::Withdrawn
            && let Some(r) = c.outcome.candidates.get_mut(i)
        {
            r.status = CandidateStatus::Withdrawn;
        }
    }
    c.outcome.quota = Some(Votes::from_raw(quota, params.places));

    // Rule 45: the first stage, each paper to its first preference at value one.
    for g in 0..packed.groups() {
        let w = i128::from(packed.weights.get(g).copied().unwrap_or(0));
        let group = u32::try_from(g).map_err(|_| TallyError::Overflow)?;
        match packed.prefs_of(g).first() {
            Some(&cand) => {
                let e = Entry {
                    group,
                    pos: 0,
                    value: one,
                };
                c.credit(cand, e, w)?;
            }
            None => c.non_transferable = add(c.non_transferable, mul(w, scale)?)?,
        }
    }
    c.close_stage(StageAction::FirstCount, Vec::new())?;

    loop {
        if c.seats_left == 0 {
            break;
        }
        let mut room = c.seats_left;
        if let Some(plan) = c.plan {
            let tally = plan.tally(c.standings());
            // The ceilings admit no more of the candidates who stood.
            room = tally.remaining;
            if room == 0 {
                break;
            }
            // Hill: a doomed candidate (one who cannot be elected in any conformant
            // result) is excluded at once, before any surplus is transferred; all who
            // are doomed together are excluded together, and their papers move at the
            // value they were received, as at any exclusion (rule 50).
            let doomed: Vec<(CandidateIndex, _)> = c
                .with_status(St::Continuing)
                .into_iter()
                .filter_map(|i| tally.doomed(plan.group(i as usize)).map(|r| (i, r)))
                .collect();
            if !doomed.is_empty() {
                let stage = c.next_stage();
                let who: Vec<CandidateIndex> = doomed.iter().map(|(i, _)| *i).collect();
                c.marks
                    .extend(doomed.into_iter().map(|(candidate, reason)| Mark {
                        stage,
                        candidate,
                        mark: MarkKind::Doomed,
                        reason,
                    }));
                c.exclude_all(&who)?;
                c.close_stage(
                    StageAction::Exclusion {
                        candidates: who.clone(),
                    },
                    who,
                )?;
                continue;
            }
        }
        let continuing: Vec<CandidateIndex> = c.with_status(St::Continuing);
        // Rule 52: as many continuing candidates as vacancies: all are elected, and
        // no further transfer is made. Under constraints the vacancies are those a
        // conformant result fills, and when no candidate is doomed the continuing
        // candidates then fit the bounds (Hill: when only guarded candidates remain
        // they fill the seats).
        if continuing.len() <= room as usize {
            c.elect_in_order(continuing)?;
            break;
        }
        // Rules 48 and 49: transfer the highest surplus first.
        let pending: Vec<CandidateIndex> = (0..n)
            .filter(|&i| c.pending.get(i).copied().unwrap_or(false))
            .filter_map(|i| CandidateIndex::try_from(i).ok())
            .collect();
        if let Some(top) = pending.iter().map(|&i| c.total(i)).max() {
            let tied: Vec<CandidateIndex> =
                pending.into_iter().filter(|&i| c.total(i) == top).collect();
            let stage = c.next_stage();
            let who = c.ties.settle(
                &tied,
                Want::Highest,
                &c.history,
                stage,
                &messages::purpose_surplus_order(),
            )?;
            let tv = c.transfer_surplus(who)?;
            c.close_stage(
                StageAction::Surplus {
                    candidate: who,
                    transfer_value: tv,
                },
                Vec::new(),
            )?;
            continue;
        }
        // Rules 50 and 51: exclude the candidate with the fewest votes; under
        // constraints, the lowest who is not guarded (Hill).
        let pool = if c.plan.is_some() {
            let pool = c.exclusion_pool(&continuing);
            if pool.is_empty() {
                // Every continuing candidate guarded: they fit the seats (the marks
                // keep a conformant result possible), so this is rule 52 again.
                c.elect_in_order(continuing)?;
                break;
            }
            pool
        } else {
            continuing
        };
        let Some(low) = pool.iter().map(|&i| c.total(i)).min() else {
            break;
        };
        let tied: Vec<CandidateIndex> = pool.into_iter().filter(|&i| c.total(i) == low).collect();
        let stage = c.next_stage();
        let who = c.ties.settle(
            &tied,
            Want::Lowest,
            &c.history,
            stage,
            &messages::purpose_exclusion(),
        )?;
        c.exclude_all(&[who])?;
        c.close_stage(
            StageAction::Exclusion {
                candidates: vec![who],
            },
            vec![who],
        )?;
    }
    c.outcome.unfilled = c.seats_left;
    c.outcome.ties = std::mem::take(&mut c.ties.records);
    Ok((c.outcome, c.marks))
}

// The error is built on the cold path only (`ok_or` would build it, and drop it, on
// every addition).
#[inline]
fn add(a: i128, b: i128) -> Result<i128, TallyError> {
    a.checked_add(b).ok_or_else(overflow)
}

#[inline]
fn mul(a: i128, b: i128) -> Result<i128, TallyError> {
    a.checked_mul(b).ok_or_else(overflow)
}

#[cold]
#[inline(never)]
fn overflow() -> TallyError {
    TallyError::Overflow
}

impl Count<'_> {
    fn total(&self, c: CandidateIndex) -> i128 {
        self.totals.get(c as usize).copied().unwrap_or(0)
    }

    fn next_stage(&self) -> u32 {
        u32::try_from(self.history.len() + 1).unwrap_or(u32::MAX)
    }

    /// Where each candidate stands, for the constraints.
    fn standings(&self) -> impl Iterator<Item = Standing> + '_ {
        self.status.iter().map(|s| match s {
            St::Continuing => Standing::Continuing,
            St::Elected => Standing::Elected,
            St::Excluded | St::Withdrawn => Standing::Out,
        })
    }

    /// The candidates who may be excluded: every continuing one, or under
    /// constraints those not guarded (each guarded candidate is recorded the first
    /// time it is passed over).
    fn exclusion_pool(&mut self, continuing: &[CandidateIndex]) -> Vec<CandidateIndex> {
        let Some(plan) = self.plan else {
            return continuing.to_vec();
        };
        let tally = plan.tally(self.standings());
        let stage = self.next_stage();
        let mut pool = Vec::with_capacity(continuing.len());
        for &i in continuing {
            match tally.guarded(plan.group(i as usize)) {
                Some(reason) => {
                    if let Some(seen) = self.guard_marked.get_mut(i as usize)
                        && !*seen
                    {
                        *seen = true;
                        self.marks.push(Mark {
                            stage,
                            candidate: i,
                            mark: MarkKind::Guarded,
                            reason,
                        });
                    }
                }
                None => pool.push(i),
            }
        }
        pool
    }

    fn with_status(&self, st: St) -> Vec<CandidateIndex> {
        self.status
            .iter()
            .enumerate()
            .filter(|(_, s)| **s == st)
            .filter_map(|(i, _)| CandidateIndex::try_from(i).ok())
            .collect()
    }

    /// Puts entry `e` (weight `w`) on `cand`'s pile and credits its value.
    fn credit(&mut self, cand: Cand, e: Entry, w: i128) -> Result<(), TallyError> {
        let i = usize::from(cand);
        let t = self.totals.get_mut(i).ok_or_else(overflow)?;
        *t = add(*t, mul(w, i128::from(e.value))?)?;
        if let Some(p) = self.piles.get_mut(i) {
            p.push(e);
        }
        Ok(())
    }

    /// Sends entry `e` (whose value is already the new value) on to the next
    /// continuing preference of its group, or to the non-transferable papers.
    fn pass_on(&mut self, e: Entry) -> Result<(), TallyError> {
        let g = e.group as usize;
        let w = i128::from(self.packed.weights.get(g).copied().unwrap_or(0));
        let prefs = self.packed.prefs_of(g);
        let start = usize::from(e.pos) + 1;
        let next = prefs
            .iter()
            .enumerate()
            .skip(start)
            .find(|(_, c)| self.status.get(usize::from(**c)) == Some(&St::Continuing));
        match next {
            Some((pos, &cand)) => {
                if e.value > 0 {
                    let pos = u16::try_from(pos).map_err(|_| TallyError::Overflow)?;
                    self.credit(cand, Entry { pos, ..e }, w)?;
                }
            }
            None => {
                self.non_transferable = add(self.non_transferable, mul(w, i128::from(e.value))?)?;
            }
        }
        Ok(())
    }

    /// Rule 48: transfers the surplus of `who`, each paper at
    /// `surplus x value / total`, truncated to the rule's places. Returns the transfer
    /// value of a paper of value one.
    fn transfer_surplus(&mut self, who: CandidateIndex) -> Result<Votes, TallyError> {
        let i = who as usize;
        if let Some(p) = self.pending.get_mut(i) {
            *p = false;
        }
        let total = self.total(who);
        let surplus = total - self.quota;
        let pile = self
            .piles
            .get_mut(i)
            .map(std::mem::take)
            .unwrap_or_default();
        let before = self.moved_total();
        for e in pile {
            let v = mul(surplus, i128::from(e.value))? / total;
            let value = i64::try_from(v).map_err(|_| TallyError::Overflow)?;
            self.pass_on(Entry { value, ..e })?;
        }
        if let Some(t) = self.totals.get_mut(i) {
            *t = self.quota;
        }
        let moved = self.moved_total() - before;
        // What the truncation of transfer values lost: the surplus less what moved.
        self.loss = add(self.loss, surplus - moved)?;
        let scale = 10i128.pow(u32::from(self.places));
        Ok(Votes::from_raw(mul(surplus, scale)? / total, self.places))
    }

    /// The votes of continuing candidates plus the non-transferable papers: what a
    /// transfer adds to.
    fn moved_total(&self) -> i128 {
        let cont: i128 = self
            .status
            .iter()
            .zip(&self.totals)
            .filter(|(s, _)| **s == St::Continuing)
            .map(|(_, t)| *t)
            .sum();
        cont + self.non_transferable
    }

    /// Rule 50: excludes `who` and transfers each paper at the value it was received.
    /// Several candidates (doomed together) are all set aside first, so no paper
    /// moves from one of them to another.
    fn exclude_all(&mut self, who: &[CandidateIndex]) -> Result<(), TallyError> {
        let stage = self.next_stage();
        for &w in who {
            let i = w as usize;
            if let Some(s) = self.status.get_mut(i) {
                *s = St::Excluded;
            }
            if let Some(r) = self.outcome.candidates.get_mut(i) {
                r.status = CandidateStatus::Excluded;
                r.stage = Some(stage);
            }
        }
        for &w in who {
            let i = w as usize;
            let pile = self
                .piles
                .get_mut(i)
                .map(std::mem::take)
                .unwrap_or_default();
            for e in pile {
                self.pass_on(e)?;
            }
            if let Some(t) = self.totals.get_mut(i) {
                *t = 0;
            }
        }
        Ok(())
    }

    /// Elects `cands` at the current (last recorded) stage, most votes first. Under
    /// constraints a candidate doomed by the elections before it (or from the start)
    /// is passed over, even at the quota: it is excluded at the next step (Hill).
    fn elect_in_order(&mut self, mut cands: Vec<CandidateIndex>) -> Result<(), TallyError> {
        let stage = u32::try_from(self.history.len()).unwrap_or(u32::MAX);
        while !cands.is_empty() && self.seats_left > 0 {
            let mut room = self.seats_left;
            if let Some(plan) = self.plan {
                let tally = plan.tally(self.standings());
                cands.retain(|&c| tally.doomed(plan.group(c as usize)).is_none());
                room = tally.remaining;
                if cands.is_empty() {
                    break;
                }
            }
            let Some(top) = cands.iter().map(|&c| self.total(c)).max() else {
                break;
            };
            let tied: Vec<CandidateIndex> = cands
                .iter()
                .copied()
                .filter(|&c| self.total(c) == top)
                .collect();
            let purpose = if tied.len() as u32 > room {
                messages::purpose_last_seat()
            } else {
                messages::purpose_election_order()
            };
            let earlier = self.history.len().saturating_sub(1);
            let who = self.ties.settle(
                &tied,
                Want::Highest,
                self.history.get(..earlier).unwrap_or(&[]),
                stage,
                &purpose,
            )?;
            cands.retain(|&c| c != who);
            let i = who as usize;
            if let Some(s) = self.status.get_mut(i) {
                *s = St::Elected;
            }
            if self.total(who) > self.quota
                && let Some(p) = self.pending.get_mut(i)
            {
                *p = true;
            }
            if let Some(r) = self.outcome.candidates.get_mut(i) {
                r.status = CandidateStatus::Elected;
                r.stage = Some(stage);
            }
            self.outcome.elected.push(who);
            if let Some(last) = self.outcome.stages.last_mut() {
                last.elected.push(who);
            }
            self.seats_left -= 1;
        }
        Ok(())
    }

    /// Records the stage just counted, then elects (rule 47) every continuing
    /// candidate at or above the quota.
    fn close_stage(
        &mut self,
        action: StageAction,
        excluded: Vec<CandidateIndex>,
    ) -> Result<(), TallyError> {
        let number = self.next_stage();
        self.history.push(self.totals.clone());
        self.outcome.stages.push(Stage {
            number,
            action,
            votes: self
                .totals
                .iter()
                .map(|&t| Votes::from_raw(t, self.places))
                .collect(),
            non_transferable: Votes::from_raw(self.non_transferable, self.places),
            loss: Votes::from_raw(self.loss, self.places),
            elected: Vec::new(),
            excluded,
        });
        let reached: Vec<CandidateIndex> = self
            .with_status(St::Continuing)
            .into_iter()
            .filter(|&c| self.total(c) >= self.quota)
            .collect();
        self.elect_in_order(reached)
    }
}
