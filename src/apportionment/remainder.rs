//! Largest-remainder methods (Hamilton with the Hare, Droop or Hagenbach-Bischoff
//! quota): the whole parts of `w / quota`, then the seats left by the largest
//! remainders, all in exact integer arithmetic.

use super::error::ApportionError;
use super::method::Quota;
use super::options::{Tie, TiePolicy};

/// Apportions `house` seats among the `eligible` units by the largest remainders.
pub(crate) fn apportion_remainder(
    quota: Quota,
    weights: &[u64],
    eligible: &[bool],
    house: u32,
    policy: &TiePolicy,
) -> Result<(Vec<u32>, Option<Tie>), ApportionError> {
    let n = weights.len();
    let mut seats = vec![0u32; n];
    if house == 0 {
        return Ok((seats, None));
    }
    let total = super::divisor::eligible_total(weights, eligible);
    if total == 0 {
        return Err(ApportionError::NoWeight { seats: house });
    }
    let h = u128::from(house);
    // quota = qn / qd
    let (qn, qd) = match quota {
        Quota::Hare => (total, h),
        Quota::Droop => (total / (h + 1) + 1, 1),
        Quota::HagenbachBischoff => (total, h + 1),
    };
    let mut rem = vec![0u128; n];
    let mut given: u128 = 0;
    for i in 0..n {
        if !eligible.get(i).copied().unwrap_or(false) {
            continue;
        }
        let scaled = u128::from(weights.get(i).copied().unwrap_or(0)) * qd;
        let whole = scaled / qn;
        if let (Some(s), Some(r)) = (seats.get_mut(i), rem.get_mut(i)) {
            *s = u32::try_from(whole).map_err(|_| ApportionError::Overflow)?;
            *r = scaled - whole * qn;
        }
        given += whole;
    }
    let mut tie = None;
    if given < h {
        let left = usize::try_from(h - given).map_err(|_| ApportionError::Overflow)?;
        let mut order: Vec<usize> = (0..n)
            .filter(|&i| eligible.get(i).copied().unwrap_or(false))
            .collect();
        if left > order.len() {
            return Err(ApportionError::Unsupported {
                method: "largest-remainder-droop",
                what: super::messages::QUOTA_TOO_LARGE,
            });
        }
        // Largest remainder first, then input order (only to find the boundary).
        order.sort_by(|&a, &b| rem_of(&rem, b).cmp(&rem_of(&rem, a)).then(a.cmp(&b)));
        tie = settle_boundary(&order, &rem, left, policy, &mut seats, 1)?;
    } else if given > h {
        // Hagenbach-Bischoff only: units with the smallest remainders give seats back.
        let back = usize::try_from(given - h).map_err(|_| ApportionError::Overflow)?;
        let mut order: Vec<usize> = (0..n)
            .filter(|&i| eligible.get(i).copied().unwrap_or(false) && seats.get(i) > Some(&0))
            .collect();
        if back > order.len() {
            return Err(ApportionError::Overflow);
        }
        order.sort_by(|&a, &b| rem_of(&rem, a).cmp(&rem_of(&rem, b)).then(a.cmp(&b)));
        // Losing a seat is the "prize" here; the tie record lists who keeps theirs.
        tie = settle_boundary(&order, &rem, back, &invert(policy), &mut seats, -1)
            .map_err(|e| match e {
                ApportionError::Tie { units, seats } => ApportionError::Tie {
                    seats: units.len() as u32 - seats,
                    units,
                },
                e => e,
            })?
            .map(|t| keepers(t, policy));
    }
    Ok((seats, tie))
}

fn rem_of(rem: &[u128], i: usize) -> u128 {
    rem.get(i).copied().unwrap_or(0)
}

/// Gives (`delta` = 1) or takes (`delta` = -1) one seat to the first `count` units of
/// `order`, settling a tie at the boundary by `policy`.
fn settle_boundary(
    order: &[usize],
    rem: &[u128],
    count: usize,
    policy: &TiePolicy,
    seats: &mut [u32],
    delta: i8,
) -> Result<Option<Tie>, ApportionError> {
    if count == 0 {
        return Ok(None);
    }
    let Some(&last) = order.get(count - 1) else {
        return Ok(None);
    };
    let boundary = rem_of(rem, last);
    let tied_across = order
        .get(count)
        .is_some_and(|&next| rem_of(rem, next) == boundary);
    let mut apply = |i: usize| {
        if let Some(s) = seats.get_mut(i) {
            if delta > 0 {
                *s += 1;
            } else {
                *s = s.saturating_sub(1);
            }
        }
    };
    if !tied_across {
        order.iter().take(count).for_each(|&i| apply(i));
        return Ok(None);
    }
    let clear: Vec<usize> = order
        .iter()
        .take(count)
        .copied()
        .filter(|&i| rem_of(rem, i) != boundary)
        .collect();
    let mut tied: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| rem_of(rem, i) == boundary)
        .collect();
    tied.sort_unstable();
    let contested = (count - clear.len()) as u32;
    let settled = policy.settle(tied, contested)?;
    clear.iter().for_each(|&i| apply(i));
    settled.chosen.iter().for_each(|&i| apply(i));
    Ok(Some(settled))
}

/// For taking seats back, a given order is read backwards (the first named keeps its
/// seat); lots are drawn as they are.
fn invert(policy: &TiePolicy) -> TiePolicy {
    match policy {
        TiePolicy::Order(o) => TiePolicy::Order(o.iter().rev().copied().collect()),
        p => p.clone(),
    }
}

/// Turns a record of who lost a seat into one of who kept it.
fn keepers(mut t: Tie, policy: &TiePolicy) -> Tie {
    let losers = std::mem::take(&mut t.chosen);
    t.chosen = t
        .units
        .iter()
        .copied()
        .filter(|u| !losers.contains(u))
        .collect();
    t.seats = t.chosen.len() as u32;
    if let TiePolicy::Order(_) = policy {
        t.settled_by = super::options::SettledBy::GivenOrder;
    }
    t
}
