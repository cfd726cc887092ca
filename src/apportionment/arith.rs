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

/// The exact product `a * b * c` as six 64-bit limbs, most significant first, so that
/// products compare as arrays.
pub(crate) fn mul3(a: u128, b: u128, c: u128) -> [u64; 6] {
    let limbs = |x: u128| [x as u64, (x >> 64) as u64];
    // Little-endian schoolbook product of `acc` (up to 4 limbs) and `x` (2 limbs).
    fn times(acc: &[u64], x: [u64; 2]) -> [u64; 6] {
        let mut out = [0u64; 6];
        for (i, &a) in acc.iter().enumerate() {
            let mut carry = 0u128;
            for (j, &b) in x.iter().enumerate() {
                let k = i + j;
                // a * b + out[k] + carry < 2^128: (2^64-1)^2 + 2 (2^64-1) = 2^128 - 1.
                let t = u128::from(a) * u128::from(b) + u128::from(out[k]) + carry;
                out[k] = t as u64;
                carry = t >> 64;
            }
            let mut k = i + x.len();
            while carry != 0 && k < out.len() {
                let t = u128::from(out[k]) + carry;
                out[k] = t as u64;
                carry = t >> 64;
                k += 1;
            }
        }
        out
    }
    let ab = times(&limbs(a), limbs(b));
    let mut abc = times(&ab[..4], limbs(c));
    abc.reverse();
    abc
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
                // w_a^p den_a / num_a  vs  w_b^p den_b / num_b, cross-multiplied into
                // exact 384-bit products: nothing saturates or wraps, whatever the sizes.
                mul3(self.wp, self.den, other.num).cmp(&mul3(other.wp, other.den, self.num))
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

    fn big(limbs_high_first: &[u64]) -> num_bigint::BigUint {
        limbs_high_first
            .iter()
            .fold(num_bigint::BigUint::from(0u8), |acc, &l| (acc << 64u32) + l)
    }

    proptest::proptest! {
        #[test]
        fn wide_products_agree_with_num_bigint(a: u128, b: u128, c: u128) {
            let expected = num_bigint::BigUint::from(a) * b * c;
            proptest::prop_assert_eq!(big(&mul3(a, b, c)), expected);
            let two = mul(a, b);
            proptest::prop_assert_eq!(
                big(&[(two.hi >> 64) as u64, two.hi as u64, (two.lo >> 64) as u64, two.lo as u64]),
                num_bigint::BigUint::from(a) * b
            );
        }

        #[test]
        fn priorities_compare_as_exact_fractions(
            wa: u128, na in 1u128.., da in 1u128.., wb: u128, nb in 1u128.., db in 1u128..,
        ) {
            let a = Priority { wp: wa, num: na, den: da };
            let b = Priority { wp: wb, num: nb, den: db };
            let lhs = num_bigint::BigUint::from(wa) * da * nb;
            let rhs = num_bigint::BigUint::from(wb) * db * na;
            let expected = match (wa == 0, wb == 0) {
                (true, true) => Ordering::Equal,
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                (false, false) => lhs.cmp(&rhs),
            };
            proptest::prop_assert_eq!(a.cmp(&b), expected);
        }
    }
}
