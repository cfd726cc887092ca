//! Meek's method in 9-place fixed point, as the New Zealand rules define it and as
//! Droop (`meek-prf`, fixed, 9 places) and stv-rs (`fixed9`) compute it.

use super::MeekRounding;
use super::messages;
use super::prepare::{Cand, Packed};
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
#[derive(Debug, PartialEq, Eq)]
struct Tally {
    /// Votes kept by each candidate (raw, 9 places).
    votes: Vec<i128>,
    /// Voting power left at the end of ballots (non-transferable).
    exhausted: i128,
    /// Voting power lost to rounding the products down.
    loss: i128,
}

/// `floor(a * b / 10^9)` for non-negative fixed-point values.
///
/// The product of two values of at most `10^9` fits in `i64`, and a division of an
/// `i64` by the constant `10^9` compiles to a multiplication; only a product that does
/// not fit (a keep factor above 1, which Meek allows) takes the `i128` path, with the
/// same result.
#[inline]
fn mul_down(a: i64, b: i64) -> i64 {
    match a.checked_mul(b) {
        Some(p) => p / ONE,
        None => wide_mul_down(a, b),
    }
}

#[cold]
#[inline(never)]
fn wide_mul_down(a: i64, b: i64) -> i64 {
    (i128::from(a) * i128::from(b) / i128::from(ONE)) as i64
}

/// `ceil(a * b / 10^9)` for non-negative fixed-point values (the `i64` path as in
/// [`mul_down`]).
#[inline]
fn mul_up(a: i64, b: i64) -> i64 {
    match a.checked_mul(b).and_then(|p| p.checked_add(ONE - 1)) {
        Some(p) => p / ONE,
        None => wide_mul_up(a, b),
    }
}

#[cold]
#[inline(never)]
fn wide_mul_up(a: i64, b: i64) -> i64 {
    ((i128::from(a) * i128::from(b) + i128::from(ONE) - 1) / i128::from(ONE)) as i64
}

/// `x += power * w`, checked; the error is built only when it happens.
#[inline]
fn add_weighted(x: &mut i128, power: i64, w: i128) -> Result<(), TallyError> {
    match x.checked_add(i128::from(power) * w) {
        Some(s) => {
            *x = s;
            Ok(())
        }
        None => Err(overflow()),
    }
}

#[cold]
#[inline(never)]
fn overflow() -> TallyError {
    TallyError::Overflow
}

/// The voters through a node of a [`Tree`]: `u32` when the valid poll fits in it (a
/// node then costs 12 bytes), else `u64`.
trait Voters: Copy + Default {
    fn from_u64(w: u64) -> Option<Self>;
    fn checked_add(self, w: Self) -> Option<Self>;
    fn wide(self) -> i128;
}

impl Voters for u32 {
    fn from_u64(w: u64) -> Option<Self> {
        u32::try_from(w).ok()
    }
    fn checked_add(self, w: Self) -> Option<Self> {
        u32::checked_add(self, w)
    }
    #[inline]
    fn wide(self) -> i128 {
        i128::from(self)
    }
}

impl Voters for u64 {
    fn from_u64(w: u64) -> Option<Self> {
        Some(w)
    }
    fn checked_add(self, w: Self) -> Option<Self> {
        u64::checked_add(self, w)
    }
    #[inline]
    fn wide(self) -> i128 {
        i128::from(self)
    }
}

/// The strict ballots as a prefix tree: ballots that begin with the same preferences
/// share the nodes of that beginning, so a count works out the power reaching each
/// beginning once instead of once per ballot. Node 0 is the root (no candidate: the
/// full power of a ballot); the nodes are in depth-first order (children by candidate),
/// so a node's subtree is the `size` nodes from it, and a subtree that no power
/// reaches (below a hopeful candidate, who keeps all of it) is skipped whole. A node
/// holds its candidate, its depth, its subtree's size and the voters whose ballots
/// pass through it (12 or 16 bytes); the power reaching a node is its parent's, the
/// last one worked out one level up. The tree is built from the ballots sorted, with
/// its exact size allocated once.
///
/// Integer sums do not depend on their order, so the tally is the one of counting
/// group by group (see the test `tree_tally_is_the_group_by_group_tally`).
struct Tree<W> {
    /// The candidate of each node (unused at the root).
    cand: Vec<Cand>,
    /// The depth of each node (0 at the root; a ballot has at most `u16::MAX`
    /// candidates once repeats are removed).
    depth: Vec<u16>,
    /// The number of nodes in each node's subtree, itself included.
    size: Vec<u32>,
    /// The voters whose ballots pass through each node (at the root: all of them).
    through: Vec<W>,
    /// Scratch: the power leaving the node last seen at each depth.
    power: Vec<i64>,
}

impl<W: Voters> Tree<W> {
    /// The tree of `items`: each an index into `stored`, or past its end into
    /// `cleaned`.
    fn new(
        stored: &crate::election::Ballots,
        cleaned: &crate::election::Ballots,
        mut items: Vec<u32>,
    ) -> Result<Self, TallyError> {
        let n_stored = stored.len();
        let seq = |i: u32| -> &[CandidateIndex] {
            let i = i as usize;
            match i.checked_sub(n_stored) {
                None => stored.cands_of(i),
                Some(j) => cleaned.cands_of(j),
            }
        };
        let weight = |i: u32| -> u64 {
            let i = i as usize;
            match i.checked_sub(n_stored) {
                None => stored.get(i).map_or(0, |b| b.weight),
                Some(j) => cleaned.get(j).map_or(0, |b| b.weight),
            }
        };
        items.sort_unstable_by(|&a, &b| seq(a).cmp(seq(b)));
        // The exact number of nodes and the deepest one, first.
        let mut nodes = 1usize;
        let mut deepest = 0usize;
        let mut prev: &[CandidateIndex] = &[];
        for &i in &items {
            let s = seq(i);
            let common = s.iter().zip(prev).take_while(|(a, b)| a == b).count();
            nodes += s.len() - common;
            deepest = deepest.max(s.len());
            prev = s;
        }
        u32::try_from(nodes).map_err(|_| overflow())?;
        let mut t = Tree {
            cand: Vec::with_capacity(nodes),
            depth: Vec::with_capacity(nodes),
            size: Vec::with_capacity(nodes),
            through: Vec::with_capacity(nodes),
            power: vec![0; deepest + 1],
        };
        t.cand.push(0);
        t.depth.push(0);
        t.size.push(1);
        t.through.push(W::default());
        // The nodes of the previous ballot's path, from the root.
        let mut path: Vec<u32> = vec![0];
        let mut prev: &[CandidateIndex] = &[];
        let close = |t: &mut Tree<W>, node: u32| {
            let nodes = t.cand.len();
            if let Some(s) = t.size.get_mut(node as usize) {
                *s = u32::try_from(nodes - node as usize).unwrap_or(u32::MAX);
            }
        };
        for &i in &items {
            let s = seq(i);
            let w = W::from_u64(weight(i)).ok_or_else(overflow)?;
            let common = s.iter().zip(prev).take_while(|(a, b)| a == b).count();
            while path.len() > common + 1 {
                if let Some(node) = path.pop() {
                    close(&mut t, node);
                }
            }
            for (d, &c) in s.iter().enumerate().skip(common) {
                let node = u32::try_from(t.cand.len()).map_err(|_| overflow())?;
                t.cand.push(Cand::try_from(c).map_err(|_| overflow())?);
                t.depth.push(u16::try_from(d + 1).map_err(|_| overflow())?);
                t.size.push(1);
                t.through.push(W::default());
                path.push(node);
            }
            for &node in &path {
                if let Some(x) = t.through.get_mut(node as usize) {
                    *x = x.checked_add(w).ok_or_else(overflow)?;
                }
            }
            prev = s;
        }
        while let Some(node) = path.pop() {
            close(&mut t, node);
        }
        Ok(t)
    }
}

/// What a Meek count counts: the strict ballots as a [`Tree`] and the groups with
/// equal rankings one by one, or (past `u64::MAX` voters, which the tree does not
/// hold, or `u32::MAX` ballots) every group one by one.
enum Source {
    Tree32 { tree: Tree<u32>, tied: Packed },
    Tree64 { tree: Tree<u64>, tied: Packed },
    Groups(Packed),
}

impl Source {
    /// The packed groups: those with equal rankings, or all.
    fn packed(&self) -> &Packed {
        match self {
            Source::Tree32 { tied, .. } | Source::Tree64 { tied, .. } => tied,
            Source::Groups(p) => p,
        }
    }

    fn tally(&mut self, keep: &[i64], rounding: MeekRounding) -> Result<Tally, TallyError> {
        match self {
            Source::Tree32 { tree, tied } => tally_tree(tied, tree, keep, rounding),
            Source::Tree64 { tree, tied } => tally_tree(tied, tree, keep, rounding),
            Source::Groups(p) => tally(p, keep, rounding),
        }
    }
}

/// Counts every ballot at the keep factors `keep`: the strict ballots through the
/// prefix tree, the groups with equal rankings (`tied`, all of them) one by one. The
/// rules are those of [`tally`].
///
/// Each ballot's power ends where it stops: at the end of the ballot, or at the node
/// where no power goes further. Node by node, the ballots through a node are counted
/// as ending there with the power leaving it, and taken back from its parent, where
/// they were counted as ending before (so a node costs one product, not one per
/// ballot).
fn tally_tree<W: Voters>(
    tied: &Packed,
    tree: &mut Tree<W>,
    keep: &[i64],
    rounding: MeekRounding,
) -> Result<Tally, TallyError> {
    let mut votes = vec![0i128; tied.candidates];
    let mut exhausted = 0i128;
    let mut loss = 0i128;
    let Tree {
        cand,
        depth,
        size,
        through,
        power,
    } = tree;
    if let Some(p) = power.first_mut() {
        *p = ONE;
    }
    if let Some(&e) = through.first() {
        add_weighted(&mut exhausted, ONE, e.wide())?;
    }
    let nodes = cand.len();
    let mut n = 1usize;
    while n < nodes {
        let (Some(&c), Some(&d), Some(&w)) = (cand.get(n), depth.get(n), through.get(n)) else {
            break;
        };
        let w = w.wide();
        let d = usize::from(d);
        let incoming = power.get(d.wrapping_sub(1)).copied().unwrap_or(0);
        let k = keep.get(usize::from(c)).copied().unwrap_or(0);
        // A defeated candidate passes the power on.
        let out = if k == 0 {
            incoming
        } else {
            let (used, rest) = if k == ONE {
                (incoming, 0)
            } else {
                match rounding {
                    MeekRounding::NewZealand => {
                        let used = mul_up(incoming, k).min(incoming);
                        (used, incoming - used)
                    }
                    MeekRounding::Parametric => {
                        (mul_down(incoming, k), mul_down(incoming, ONE - k))
                    }
                }
            };
            let lost = incoming - used - rest;
            if let Some(v) = votes.get_mut(usize::from(c)) {
                add_weighted(v, used, w)?;
            }
            if lost != 0 {
                add_weighted(&mut loss, lost, w)?;
            }
            rest
        };
        // These ballots end here (with `out`), not at the parent (with `incoming`).
        if out != incoming {
            add_weighted(&mut exhausted, out - incoming, w)?;
        }
        if out <= 0 {
            // No power goes further (or, with a keep factor above 1, less than none):
            // the ballots of the subtree stop here with `out`, as the group-by-group
            // count stops a ballot once its power is spent.
            n += size.get(n).copied().unwrap_or(1).max(1) as usize;
            continue;
        }
        if let Some(x) = power.get_mut(d) {
            *x = out;
        }
        n += 1;
    }
    for g in 0..tied.groups() {
        let w = i128::from(tied.weights.get(g).copied().unwrap_or(0));
        let mut acc = Acc {
            votes: &mut votes,
            exhausted: &mut exhausted,
            loss: &mut loss,
            keep,
            w,
        };
        descend(&mut acc, tied.prefs_of(g), tied.tied_of(g), ONE, 0)?;
    }
    Ok(Tally {
        votes,
        exhausted,
        loss,
    })
}

/// The ballots of `election` as a Meek count counts them ([`Source`]).
fn source(
    election: &crate::election::RankedElection,
    method: &'static str,
    allow_equal: bool,
) -> Result<Source, TallyError> {
    let f = super::prepare::pack_for_tree(election, method, allow_equal)?;
    let Some(strict) = f
        .strict
        .filter(|_| f.tied.valid_poll <= u128::from(u64::MAX))
    else {
        return Ok(Source::Groups(super::prepare::pack(
            election,
            method,
            allow_equal,
        )?));
    };
    let tied = f.tied;
    if tied.valid_poll <= u128::from(u32::MAX) {
        let tree = Tree::new(&election.ballots, &f.cleaned, strict)?;
        Ok(Source::Tree32 { tree, tied })
    } else {
        let tree = Tree::new(&election.ballots, &f.cleaned, strict)?;
        Ok(Source::Tree64 { tree, tied })
    }
}

/// Counts each ballot group. With [`MeekRounding::NewZealand`] every candidate in turn
/// keeps `power x k` rounded up and the power left is reduced by exactly that; with
/// [`MeekRounding::Parametric`] it keeps `power x k` rounded down and passes on
/// `power x (1 - k)`, also rounded down (what the two roundings drop is loss).
fn tally(packed: &Packed, keep: &[i64], rounding: MeekRounding) -> Result<Tally, TallyError> {
    let mut votes = vec![0i128; packed.candidates];
    let mut exhausted = 0i128;
    let mut loss = 0i128;
    let any_tied = packed.tied.contains(&true);
    for (g, (bounds, &weight)) in packed.starts.windows(2).zip(&packed.weights).enumerate() {
        let w = i128::from(weight);
        let (a, b) = match bounds {
            [a, b] => (*a as usize, *b as usize),
            _ => continue,
        };
        let prefs = packed.prefs.get(a..b).unwrap_or(&[]);
        if any_tied && packed.tied_of(g).contains(&true) {
            let mut acc = Acc {
                votes: &mut votes,
                exhausted: &mut exhausted,
                loss: &mut loss,
                keep,
                w,
            };
            descend(&mut acc, prefs, packed.tied_of(g), ONE, 0)?;
            continue;
        }
        let mut power = ONE;
        let mut lost = 0i64;
        for &c in prefs {
            let k = keep.get(usize::from(c)).copied().unwrap_or(0);
            if k == 0 {
                continue;
            }
            let (used, rest) = if k == ONE {
                // A hopeful candidate keeps everything, in both roundings.
                (power, 0)
            } else {
                match rounding {
                    MeekRounding::NewZealand => {
                        let used = mul_up(power, k).min(power);
                        (used, power - used)
                    }
                    MeekRounding::Parametric => (mul_down(power, k), mul_down(power, ONE - k)),
                }
            };
            lost += power - used - rest;
            if let Some(v) = votes.get_mut(usize::from(c)) {
                add_weighted(v, used, w)?;
            }
            power = rest;
            if power <= 0 {
                break;
            }
        }
        if power != 0 {
            add_weighted(&mut exhausted, power, w)?;
        }
        if lost != 0 {
            add_weighted(&mut loss, lost, w)?;
        }
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
    add_weighted(x, power, w)
}

/// Droop's recursive descent over ranks (stv-rs `process_ballot_rec_impl`): `power`
/// reaches the rank starting at `start`.
fn descend(
    acc: &mut Acc<'_>,
    prefs: &[Cand],
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

/// Counts `election` by Meek's method (equal rankings refused unless `allow_equal`).
/// `omega` is the raw (9-place) tolerance.
#[allow(clippy::too_many_arguments)]
pub(crate) fn count(
    election: &crate::election::RankedElection,
    allow_equal: bool,
    seats: u32,
    omega: i64,
    rounding: MeekRounding,
    ties: TieBreak,
    method: &'static str,
) -> Result<Outcome, TallyError> {
    let mut src = source(election, method, allow_equal)?;
    let (n, valid_poll, withdrawn) = {
        let p = src.packed();
        (p.candidates, p.valid_poll, p.withdrawn.clone())
    };
    let ballots = i128::try_from(valid_poll).map_err(|_| TallyError::Overflow)?;
    let total = ballots
        .checked_mul(i128::from(ONE))
        .ok_or(TallyError::Overflow)?;
    let mut status: Vec<St> = withdrawn
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

    let first = src.tally(&keep, rounding)?;
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
            let t = src.tally(&keep, rounding)?;
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election::{Candidate, RankedBallot, RankedElection};
    use proptest::prelude::*;

    fn election(ballots: Vec<RankedBallot>, withdrawn: Vec<u32>) -> RankedElection {
        RankedElection {
            title: None,
            candidates: (0..6).map(|i| Candidate::new(format!("c{i}"))).collect(),
            seats: 2,
            withdrawn,
            ballots: ballots.into(),
        }
    }

    fn ballot() -> impl Strategy<Value = RankedBallot> {
        (
            1u64..1000,
            proptest::collection::vec(proptest::collection::vec(0u32..6, 1..3), 0..7),
        )
            .prop_map(|(weight, ranks)| RankedBallot { weight, ranks })
    }

    fn keep() -> impl Strategy<Value = i64> {
        prop_oneof![
            Just(0i64),
            Just(ONE),
            0..=ONE,
            // Meek does not cap k' at 1 when an elected candidate falls below quota.
            ONE..3 * ONE,
        ]
    }

    proptest! {
        #[test]
        fn tree_tally_is_the_group_by_group_tally(
            ballots in proptest::collection::vec(ballot(), 0..40),
            keep in proptest::collection::vec(keep(), 6),
            withdrawn in proptest::collection::vec(0u32..6, 0..2),
        ) {
            let mut withdrawn = withdrawn;
            withdrawn.sort_unstable();
            withdrawn.dedup();
            let e = election(ballots, withdrawn);
            let packed = super::super::prepare::pack(&e, "test", true).unwrap();
            let mut src = source(&e, "test", true).unwrap();
            prop_assert!(matches!(src, Source::Tree32 { .. }), "a tree");
            for rounding in [MeekRounding::NewZealand, MeekRounding::Parametric] {
                let a = tally(&packed, &keep, rounding).unwrap();
                let b = src.tally(&keep, rounding).unwrap();
                prop_assert_eq!(a, b);
            }
        }
    }

    #[test]
    fn a_poll_past_u32_takes_the_wide_tree_and_past_u64_the_groups() {
        let big = |w: u64| {
            election(
                vec![
                    RankedBallot::strict(w, [0, 1]),
                    RankedBallot::strict(w, [0, 2]),
                    RankedBallot::strict(7, [3]),
                ],
                vec![],
            )
        };
        let keep = [ONE / 3, 0, ONE, ONE / 2, ONE, ONE];
        for (w, wide) in [(3_000_000_000u64, true), (u64::MAX / 2 + 1, false)] {
            let e = big(w);
            let mut src = source(&e, "test", true).unwrap();
            if wide {
                assert!(matches!(src, Source::Tree64 { .. }));
            } else {
                assert!(matches!(src, Source::Groups(_)));
            }
            let packed = super::super::prepare::pack(&e, "test", true).unwrap();
            for rounding in [MeekRounding::NewZealand, MeekRounding::Parametric] {
                assert_eq!(
                    src.tally(&keep, rounding).unwrap(),
                    tally(&packed, &keep, rounding).unwrap()
                );
            }
        }
    }

    #[test]
    fn products_fit_in_64_bits_or_take_the_wide_path_with_the_same_result() {
        for (a, b) in [
            (ONE, ONE),
            (ONE - 1, 7),
            (3 * ONE, ONE),
            (i64::MAX / 3, 5 * ONE),
        ] {
            let wide_down = (i128::from(a) * i128::from(b) / i128::from(ONE)) as i64;
            let wide_up =
                ((i128::from(a) * i128::from(b) + i128::from(ONE) - 1) / i128::from(ONE)) as i64;
            assert_eq!(mul_down(a, b), wide_down);
            assert_eq!(mul_up(a, b), wide_up);
        }
    }
}
