//! Rounding a share of seats to whole seats: one rounding vocabulary for policy rules
//! ([`crate::policy`]), delegation compositions and keys ([`crate::apportionment`]).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

use crate::Share;

/// How a share of a body's seats (or a quotient, such as members per delegate) becomes
/// a whole number.
///
/// The one rounding type of the crate: policy rules, delegation compositions and
/// apportionment keys all take it, and it reads and writes as `up`, `down`, `half-up`,
/// `half-even` or `dhondt`.
///
/// Always a required parameter of a rule, never a default: the choice is contested
/// and has legal force. Indonesia's election commission once replaced rounding up by
/// rounding half up for its 30% rule (8 seats: 2.4 became 2); the Supreme Court
/// annulled that (Putusan MA No. 24 P/HUM/2023), restoring rounding up.
///
/// ```
/// use union_rulebook::{Rounding, Share};
/// let thirty: Share = "30%".parse()?;
/// assert_eq!(Rounding::Up.seats(8, thirty).seats, 3); // 2.4 -> 3
/// assert_eq!(Rounding::HalfUp.seats(8, thirty).seats, 2); // 2.4 -> 2
/// // the same rounding of a quotient: 250 members, one delegate per 100
/// assert_eq!(Rounding::Up.quotient(250, 100), Some(3));
/// assert_eq!(Rounding::HalfEven.quotient(250, 100), Some(2));
/// # Ok::<(), union_rulebook::ShareError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Rounding {
    /// Round up (ceiling, `⌈x⌉`): any fraction gives one more seat; "one delegate per 100
    /// members or part of 100". The rule of Indonesian
    /// election law for the 30% of women candidates (UU 7/2017 art. 245 as read by
    /// Putusan MA No. 24 P/HUM/2023).
    Up,
    /// Round down (floor, `⌊x⌋`): only whole seats count; "one delegate per full 100
    /// members".
    Down,
    /// Round half up (to nearest, ties away from zero: `⌊x + 1/2⌋`, IEEE 754-2019
    /// `roundTiesToAway` for positive numbers): a fraction of one half or more gives a
    /// seat (the rounding of KPU regulation 10/2023 art. 8(2), annulled by the Supreme
    /// Court).
    HalfUp,
    /// Round half to even ("banker's rounding"): exactly one half goes to the even
    /// neighbour (IEEE 754-2019 §4.3.1 `roundTiesToEven`), anything else to the nearest.
    HalfEven,
    /// Allocate the body's seats between the group and everyone else by d'Hondt, in
    /// proportion to their shares: the German works-council rule for the minority sex
    /// (BetrVG §15(2), Wahlordnung §5). A tie for the last seat is decided by lot under
    /// WO §5(2); the floor then counts the seat as not won and says so. Not a rounding
    /// of a quotient: `Rounding::quotient` gives `None` for it.
    #[serde(rename = "dhondt")]
    DHondt,
}

impl fmt::Display for Rounding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Rounding::Up => "up",
            Rounding::Down => "down",
            Rounding::HalfUp => "half-up",
            Rounding::HalfEven => "half-even",
            Rounding::DHondt => "dhondt",
        })
    }
}

/// Seats owed to a share, with a note when a tie by lot decides the last one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Rounded {
    /// The whole number of seats.
    pub seats: u32,
    /// The last seat was tied under d'Hondt and is decided by lot; `seats` does not
    /// count it.
    pub lot_for_last_seat: bool,
}

impl Rounding {
    /// The whole number of seats of a `seats`-seat body owed to `share` under this
    /// rounding. Exact: integer arithmetic on the fraction.
    pub fn seats(self, seats: u32, share: Share) -> Rounded {
        self.seats_of(
            seats,
            u128::from(share.numerator()),
            u128::from(share.denominator()),
        )
    }

    /// The seats of a `seats`-seat body owed to a group of `part` out of `whole` (for
    /// instance women among a unit's members): `seats × part / whole` rounded, or under
    /// [`Rounding::DHondt`] the group's seats by d'Hondt between `part` and
    /// `whole - part`. `part` is taken as at most `whole`; a `whole` of 0 owes nothing.
    pub fn seats_of(self, seats: u32, part: u128, whole: u128) -> Rounded {
        if whole == 0 {
            return Rounded {
                seats: 0,
                lot_for_last_seat: false,
            };
        }
        let part = part.min(whole);
        let plain = |v: u128| Rounded {
            // v <= seats because part <= whole, so this never saturates.
            seats: u32::try_from(v).unwrap_or(seats),
            lot_for_last_seat: false,
        };
        match self {
            Rounding::DHondt => dhondt_two(seats, part, whole - part),
            _ => {
                // seats × part / whole: q <= seats and r < whole, so both fit even when
                // the product does not.
                let (q, r) = mul_div(u128::from(seats), part, whole);
                plain(self.round(q, r, whole).unwrap_or(0))
            }
        }
    }

    /// `num / den` rounded to a whole number (`den` 0 is read as 1), or `None` under
    /// [`Rounding::DHondt`], which shares seats between two groups rather than rounding
    /// one number.
    pub fn quotient(self, num: u128, den: u128) -> Option<u128> {
        let den = den.max(1);
        self.round(num / den, num % den, den)
    }

    /// `q + r / den` (with `r < den`) rounded to a whole number.
    fn round(self, q: u128, r: u128, den: u128) -> Option<u128> {
        // 2r < 2den <= 2^129 would overflow for den > 2^127; compare r with den - r.
        let half = r.cmp(&(den - r));
        Some(match self {
            Rounding::Up => q + u128::from(r != 0),
            Rounding::Down => q,
            Rounding::HalfUp => q + u128::from(half != std::cmp::Ordering::Less),
            Rounding::HalfEven => match half {
                std::cmp::Ordering::Less => q,
                std::cmp::Ordering::Greater => q + 1,
                std::cmp::Ordering::Equal => q + q % 2,
            },
            Rounding::DHondt => return None,
        })
    }
}

/// `a × b / c` as a whole part and a remainder (`c` positive), exactly: in 128 bits
/// when the product fits, else with `num-bigint`. The caller knows the whole part fits.
fn mul_div(a: u128, b: u128, c: u128) -> (u128, u128) {
    use num_integer::Integer;
    let c = c.max(1);
    match a.checked_mul(b) {
        Some(p) => (p / c, p % c),
        None => {
            let (q, r) = (num_bigint::BigUint::from(a) * b).div_rem(&num_bigint::BigUint::from(c));
            (
                u128::try_from(q).unwrap_or(u128::MAX),
                u128::try_from(r).unwrap_or(0),
            )
        }
    }
}

/// d'Hondt between two parties with integer weights `a` (the group) and `b` (the
/// rest): the seats of `a`. Each seat goes to the larger quotient `w / (won + 1)`, and
/// an equal pair of quotients goes to `b` first (before the last seat the order of two
/// equal quotients does not change the totals; at the last seat the tie is reported).
///
/// Without counting seat by seat: `a`'s `s`-th seat (quotient `a / s`) is among the
/// first `seats` exactly when `s + floor(b s / a) <= seats` (its own `s` seats and the
/// seats of `b` whose quotients `b / j` are at least `a / s`), a condition monotone in
/// `s`; its largest `s` is within a seat of `seats × a / (a + b)`. The last seat was
/// tied when `b`'s last quotient equals `a`'s next one.
fn dhondt_two(seats: u32, a: u128, b: u128) -> Rounded {
    let plain = |sa: u32, tie: bool| Rounded {
        seats: sa,
        lot_for_last_seat: tie,
    };
    if a == 0 || seats == 0 {
        return plain(0, false);
    }
    let fits = |s: u32| {
        let (q, _) = mul_div(b, u128::from(s), a);
        q.checked_add(u128::from(s))
            .is_some_and(|n| n <= u128::from(seats))
    };
    let total = a.checked_add(b);
    let mut sa = match total {
        Some(t) => u32::try_from(mul_div(u128::from(seats), a, t).0).unwrap_or(seats),
        None => u32::try_from(mul_div(u128::from(seats), a / 2, a / 2 + b / 2).0).unwrap_or(seats),
    }
    .min(seats);
    while sa < seats && fits(sa + 1) {
        sa += 1;
    }
    while sa > 0 && !fits(sa) {
        sa -= 1;
    }
    let sb = seats - sa;
    // a / (sa + 1) == b / sb: a × sb == b × (sa + 1).
    let tie = sb >= 1 && {
        let lhs = num_bigint::BigUint::from(a) * sb;
        let rhs = num_bigint::BigUint::from(b) * (sa + 1);
        lhs == rhs
    };
    plain(sa, tie)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The seat-by-seat count `dhondt_two` replaced, as the reference.
    fn dhondt_two_seat_by_seat(seats: u32, a: u128, b: u128) -> Rounded {
        let (mut sa, mut sb) = (0u128, 0u128);
        let mut tie_last = false;
        for k in 0..seats {
            match (a * (sb + 1)).cmp(&(b * (sa + 1))) {
                std::cmp::Ordering::Greater => sa += 1,
                std::cmp::Ordering::Less => sb += 1,
                std::cmp::Ordering::Equal => {
                    if k + 1 == seats && a > 0 {
                        tie_last = true;
                    }
                    sb += 1;
                }
            }
        }
        Rounded {
            seats: sa as u32,
            lot_for_last_seat: tie_last,
        }
    }

    proptest::proptest! {
        #[test]
        fn dhondt_between_two_agrees_with_the_seat_by_seat_count(
            seats in 0u32..200,
            a in proptest::prop_oneof![0u128..20, 0u128..1_000_000],
            b in proptest::prop_oneof![0u128..20, 0u128..1_000_000],
        ) {
            proptest::prop_assert_eq!(dhondt_two(seats, a, b), dhondt_two_seat_by_seat(seats, a, b));
        }

        #[test]
        fn rounding_a_share_of_huge_totals_is_exact(
            seats: u32,
            part: u128,
            whole in 1u128..,
        ) {
            let part = part.min(whole);
            let exact = num_bigint::BigUint::from(seats) * part / whole;
            let got = Rounding::Down.seats_of(seats, part, whole).seats;
            proptest::prop_assert_eq!(num_bigint::BigUint::from(got), exact);
        }
    }

    #[test]
    fn dhondt_between_two_with_four_billion_seats_is_immediate() {
        let started = std::time::Instant::now();
        // 3 : 1 of 4,294,967,295 seats (by hand): the group's s-th seat is in when
        // s + floor(s / 3) <= 4,294,967,295, so s = 3,221,225,471 and the rest hold
        // 1,073,741,824; the rest's last quotient 1 / 1,073,741,824 equals the group's
        // next, 3 / 3,221,225,472: the last seat was tied.
        let r = Rounding::DHondt.seats_of(u32::MAX, 3, 4);
        assert_eq!((r.seats, r.lot_for_last_seat), (3_221_225_471, true));
        let r = Rounding::DHondt.seats_of(u32::MAX - 1, 3, 4);
        assert_eq!((r.seats, r.lot_for_last_seat), (3_221_225_471, false));
        // Equal halves of an odd house: the last seat is tied.
        let r = Rounding::DHondt.seats_of(u32::MAX, 1, 2);
        assert_eq!((r.seats, r.lot_for_last_seat), (2_147_483_647, true));
        let r = Rounding::DHondt.seats_of(u32::MAX, u128::MAX / 2, u128::MAX);
        assert_eq!((r.seats, r.lot_for_last_seat), (2_147_483_647, false));
        assert!(started.elapsed().as_secs() < 1);
    }

    fn share(s: &str) -> Share {
        s.parse().unwrap_or(Share::ZERO)
    }

    #[test]
    fn each_rounding_on_the_indonesian_eight_seat_case() {
        // 30% of 8 = 2.4
        let s = share("30%");
        assert_eq!(Rounding::Up.seats(8, s).seats, 3);
        assert_eq!(Rounding::Down.seats(8, s).seats, 2);
        assert_eq!(Rounding::HalfUp.seats(8, s).seats, 2);
        assert_eq!(Rounding::HalfEven.seats(8, s).seats, 2);
    }

    #[test]
    fn half_even_goes_to_the_even_neighbour() {
        // 50% of 5 = 2.5 -> 2; 50% of 7 = 3.5 -> 4
        let s = share("50%");
        assert_eq!(Rounding::HalfEven.seats(5, s).seats, 2);
        assert_eq!(Rounding::HalfEven.seats(7, s).seats, 4);
        assert_eq!(Rounding::HalfUp.seats(5, s).seats, 3);
    }

    #[test]
    fn quotients_round_as_named() {
        // 250 members, one per 100: 2.5
        assert_eq!(Rounding::Up.quotient(250, 100), Some(3));
        assert_eq!(Rounding::Down.quotient(250, 100), Some(2));
        assert_eq!(Rounding::HalfUp.quotient(250, 100), Some(3));
        assert_eq!(Rounding::HalfEven.quotient(250, 100), Some(2));
        assert_eq!(Rounding::HalfEven.quotient(350, 100), Some(4));
        assert_eq!(Rounding::HalfUp.quotient(249, 100), Some(2));
        assert_eq!(Rounding::DHondt.quotient(250, 100), None);
        assert_eq!(Rounding::Up.quotient(u128::MAX, u128::MAX - 1), Some(2));
    }

    #[test]
    fn seats_of_counts_agree_with_shares() {
        // 8 delegates, 3 women in 10 members: 2.4
        assert_eq!(Rounding::Up.seats_of(8, 3, 10).seats, 3);
        assert_eq!(Rounding::HalfUp.seats_of(8, 3, 10).seats, 2);
        assert_eq!(Rounding::DHondt.seats_of(5, 3, 10).seats, 1);
        assert_eq!(Rounding::Up.seats_of(5, 1, 0).seats, 0);
    }

    #[test]
    fn dhondt_two_parties() {
        // Weights 3 and 7, 5 seats: quotients 7, 3.5, 3, 2.33, 1.75, 1.5 ...:
        // seats go 7(b) 3.5(b) 3(a) 2.33(b) 1.75(b) -> a gets 1.
        assert_eq!(Rounding::DHondt.seats(5, share("3/10")).seats, 1);
        // 50/50 with 3 seats: a tie for the third seat is decided by lot.
        let r = Rounding::DHondt.seats(3, share("1/2"));
        assert_eq!((r.seats, r.lot_for_last_seat), (1, true));
        assert_eq!(Rounding::DHondt.seats(4, share("0")).seats, 0);
        assert_eq!(Rounding::DHondt.seats(4, share("1")).seats, 4);
    }
}
