//! Exact arithmetic for comparing priorities: 256-bit products of 128-bit integers.
//!
//! A divisor method compares quotients `w / d(k)`. Comparing two of them by
//! cross-multiplication needs products wider than 128 bits once weights are 64-bit and
//! divisors are themselves fractions, so products are formed in 256 bits. Nothing here
//! rounds.

use std::cmp::Ordering;

/// An unsigned 256-bit integer, only ever the product of two `u128`s.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct U256 {
    hi: u128,
    lo: u128,
}

const LOW: u128 = u64::MAX as u128;

/// The exact product `a * b`.
pub(crate) fn mul(a: u128, b: u128) -> U256 {
    let (a1, a0) = (a >> 64, a & LOW);
    let (b1, b0) = (b >> 64, b & LOW);
    let p00 = a0 * b0;
    let p01 = a0 * b1;
    let p10 = a1 * b0;
    let p11 = a1 * b1;
    // Each term is below 2^64, so the sum is below 3 * 2^64.
    let mid = (p00 >> 64) + (p01 & LOW) + (p10 & LOW);
    U256 {
        hi: p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64),
        lo: (p00 & LOW) | (mid << 64),
    }
}

/// A unit's claim to one more seat under a divisor method: `w / d(k)`, kept as the
/// exact fraction `w^p * den / num` where `d(k)^p = num / den` (`p` is 2 only for
/// Huntington-Hill, whose divisor is a square root).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Priority {
    /// `w^p`.
    pub(crate) wp: u128,
    /// Numerator of `d(k)^p`.
    pub(crate) num: u128,
    /// Denominator of `d(k)^p` (never 0).
    pub(crate) den: u128,
}

impl Priority {
    /// 0 for a zero weight, 2 for an infinite claim (a positive weight over a zero
    /// divisor), 1 otherwise.
    fn class(&self) -> u8 {
        if self.wp == 0 {
            0
        } else if self.num == 0 {
            2
        } else {
            1
        }
    }
}

impl Ord for Priority {
    fn cmp(&self, other: &Self) -> Ordering {
        match self.class().cmp(&other.class()) {
            Ordering::Equal if self.class() == 1 => {
                // w_a^p den_a / num_a  vs  w_b^p den_b / num_b
                // den * num stays below 2^99 for every method (see `DivisorMethod::divisor`).
                mul(self.wp, self.den.saturating_mul(other.num))
                    .cmp(&mul(other.wp, other.den.saturating_mul(self.num)))
            }
            o => o,
        }
    }
}

/// Equal as fractions (`1/2 == 2/4`), not field by field.
impl PartialEq for Priority {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Priority {}

impl PartialOrd for Priority {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_product_matches_u128_when_it_fits_and_carries_when_not() {
        assert_eq!(mul(3, 5), U256 { hi: 0, lo: 15 });
        let max = u128::MAX;
        // (2^128 - 1)^2 = 2^256 - 2^129 + 1
        assert_eq!(mul(max, max), U256 { hi: max - 1, lo: 1 });
        assert!(mul(1 << 100, 1 << 100) > mul(u128::MAX, 1 << 71));
    }
}
