//! The entry point: thresholds, bounds, then the method.

use super::divisor::apportion_divisor;
use super::error::ApportionError;
use super::method::Method;
use super::options::{Allocation, Options, Threshold};
use super::remainder::apportion_remainder;

/// Apportions `options.seats` seats among units in proportion to `weights`.
///
/// Units below the threshold (a share of the total of all weights) get no seat; the
/// others get seats by the method, each between `options.min` and `options.max`
/// (divisor methods; the bounds act inside the divisor search). A tie for the last
/// seats is settled by `options.ties` and recorded in [`Allocation::ties`].
///
/// ```
/// use union_rulebook::apportionment::{apportion, Options};
/// // 2 U.S.C. §2a: Huntington-Hill, at least one seat each.
/// let a = apportion(&[1_000_000, 250_000, 10_000], &Options::new("huntington-hill".parse()?, 10).with_min(1))?;
/// assert_eq!(a.allocation.iter().sum::<u32>(), 10);
/// assert_eq!(a.allocation, vec![7, 2, 1]);
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
///
/// # Errors
/// [`ApportionError::NoUnits`] without units; [`ApportionError::NoWeight`] when seats
/// are to be given and no qualifying unit has a weight; bounds that no allocation can
/// meet ([`ApportionError::MinAboveMax`], [`ApportionError::MinimumsExceedSeats`],
/// [`ApportionError::MaximumsBelowSeats`]); bounds with a largest-remainder method
/// ([`ApportionError::Unsupported`]); a threshold list of the wrong length
/// ([`ApportionError::LengthMismatch`]); a tie under [`TiePolicy::Fail`] or an order
/// that misses a tied unit.
///
/// [`TiePolicy::Fail`]: super::TiePolicy::Fail
pub fn apportion(weights: &[u64], options: &Options) -> Result<Allocation, ApportionError> {
    let n = weights.len();
    if n == 0 {
        return Err(ApportionError::NoUnits);
    }
    let total: u128 = weights.iter().map(|&w| u128::from(w)).sum();
    let qualified: Vec<bool> = match &options.threshold {
        None => vec![true; n],
        Some(Threshold::Uniform(share)) => weights
            .iter()
            .map(|&w| share.is_met_by(u128::from(w), total))
            .collect(),
        Some(Threshold::PerUnit(shares)) => {
            if shares.len() != n {
                return Err(ApportionError::LengthMismatch {
                    what: "the threshold list",
                    found: shares.len(),
                    expected: n,
                });
            }
            weights
                .iter()
                .zip(shares)
                .map(|(&w, s)| s.is_met_by(u128::from(w), total))
                .collect()
        }
    };
    let house = options.seats;
    let eligible_weight: u128 = weights
        .iter()
        .zip(&qualified)
        .filter(|(_, q)| **q)
        .map(|(&w, _)| u128::from(w))
        .sum();
    let n_qualified = qualified.iter().filter(|&&q| q).count() as u64;
    if house > 0 && eligible_weight == 0 && options.min == 0 {
        return Err(ApportionError::NoWeight { seats: house });
    }
    let (seats, tie) = match options.method {
        Method::LargestRemainder(q) => {
            if options.min > 0 || options.max.is_some() {
                return Err(ApportionError::Unsupported {
                    method: options.method.name(),
                    what: super::messages::NO_BOUNDS,
                });
            }
            apportion_remainder(q, weights, &qualified, house, &options.ties)?
        }
        Method::Divisor(d) => {
            let max = options.max.unwrap_or(u32::MAX);
            if options.min > max {
                return Err(ApportionError::MinAboveMax {
                    min: options.min,
                    max,
                });
            }
            let needed = n_qualified * u64::from(options.min);
            if needed > u64::from(house) {
                return Err(ApportionError::MinimumsExceedSeats {
                    needed,
                    seats: house,
                });
            }
            if eligible_weight == 0 && needed < u64::from(house) {
                return Err(ApportionError::NoWeight { seats: house });
            }
            let allowed = n_qualified.saturating_mul(u64::from(max));
            if allowed < u64::from(house) {
                return Err(ApportionError::MaximumsBelowSeats {
                    allowed,
                    seats: house,
                });
            }
            apportion_divisor(
                d,
                weights,
                &qualified,
                house,
                options.min,
                max,
                &options.ties,
            )?
        }
    };
    Ok(Allocation {
        method: options.method,
        seats: house,
        allocation: seats,
        qualified,
        ties: tie.into_iter().collect(),
    })
}
