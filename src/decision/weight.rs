//! Vote weights, exactly: whole numbers, decimals (`"2.5"`) and fractions (`"1000/3"`),
//! and the statute's rounding of a fraction of a vote.
//!
//! Card votes weigh a delegate by the members behind them; a weight need not be whole.
//! The American Federation of Musicians counted each local's delegates with votes
//! "equal to the local's membership (with a local's total votes apportioned where
//! delegates disagreed)", which the Supreme Court upheld under LMRDA §101(a)(3)(B)
//! (American Federation of Musicians v. Wittstein, 379 U.S. 171 (1964)): a local of
//! 1,000 members with 3 delegates gives each 1000/3 votes. A statute that counts "one
//! vote per 1,000 members" gives a delegation of 12,400 members a weight of 12.4. How
//! such a fraction becomes whole votes is the statute's choice and has legal force, so
//! the motion states it ([`Fractions`]): rounded down (only full thousands), up ("or part
//! thereof"), half up ("or major fraction thereof") or half to even, either for each
//! delegate's weight before counting, or for each total after counting exactly. Weights
//! are never floating point: a fractional weight is written as text.

use crate::Rounding;
use num_bigint::BigInt;
use num_integer::Integer;
use num_rational::BigRational;
use num_traits::{ToPrimitive, Zero};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A vote weight: a non-negative exact rational, kept in lowest terms.
///
/// In JSON and TOML a whole weight is a number (`12`); a fractional one is text, a
/// decimal (`"2.5"`) or a fraction (`"1000/3"`). A floating-point number (`2.5`) is
/// refused, so that no weight is ever read approximately.
///
/// ```
/// use union_rulebook::decision::Weight;
/// use union_rulebook::Rounding;
/// let w: Weight = "12.4".parse()?;
/// assert_eq!(w.to_string(), "12.4");
/// assert_eq!(w.round(Rounding::Up), Some(13)); // "or part thereof"
/// assert_eq!(w.round(Rounding::Down), Some(12)); // full thousands only
/// let third: Weight = "1000/3".parse()?;
/// assert_eq!(third.to_string(), "1000/3");
/// assert_eq!(third.round(Rounding::HalfUp), Some(333));
/// assert!(serde_json::from_str::<Weight>("2.5").is_err());
/// assert_eq!(serde_json::from_str::<Weight>("\"5/2\"")?, "2.5".parse()?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Weight {
    numer: u64,
    denom: u64,
}

impl Weight {
    /// One vote.
    pub const ONE: Weight = Weight { numer: 1, denom: 1 };

    /// A whole weight.
    pub const fn whole(n: u64) -> Self {
        Weight { numer: n, denom: 1 }
    }

    /// `numer / denom` in lowest terms; `None` for a zero denominator.
    pub fn ratio(numer: u64, denom: u64) -> Option<Self> {
        if denom == 0 {
            return None;
        }
        let g = numer.gcd(&denom).max(1);
        Some(Weight {
            numer: numer / g,
            denom: denom / g,
        })
    }

    /// The numerator in lowest terms.
    pub fn numer(&self) -> u64 {
        self.numer
    }

    /// The denominator in lowest terms (1 for a whole weight).
    pub fn denom(&self) -> u64 {
        self.denom
    }

    /// Whether the weight is a whole number of votes.
    pub fn is_whole(&self) -> bool {
        self.denom == 1
    }

    /// The whole number of votes under `rounding`; `None` under
    /// [`Rounding::DHondt`], which is not a rounding of one number.
    pub fn round(&self, rounding: Rounding) -> Option<u128> {
        rounding.quotient(u128::from(self.numer), u128::from(self.denom))
    }

    /// The weight as an exact rational.
    pub fn to_rational(&self) -> BigRational {
        BigRational::new(BigInt::from(self.numer), BigInt::from(self.denom))
    }
}

impl Default for Weight {
    fn default() -> Self {
        Weight::ONE
    }
}

impl From<u64> for Weight {
    fn from(n: u64) -> Self {
        Weight::whole(n)
    }
}

/// Why a weight's text does not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::tr!("congress-weight-unreadable", text = .0.as_str()))]
pub struct WeightError(String);

impl FromStr for Weight {
    type Err = WeightError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || WeightError(s.to_string());
        let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
        if let Some((n, d)) = s.split_once('/') {
            if !digits(n) || !digits(d) {
                return Err(bad());
            }
            let n = n.parse::<u64>().map_err(|_| bad())?;
            let d = d.parse::<u64>().map_err(|_| bad())?;
            return Weight::ratio(n, d).ok_or_else(bad);
        }
        let (whole, fraction) = match s.split_once('.') {
            Some((w, f)) => (w, f),
            None => (s, ""),
        };
        if !digits(whole) || (s.contains('.') && !digits(fraction)) {
            return Err(bad());
        }
        // In u128 and reduced before narrowing: a decimal this type writes (a fraction
        // whose denominator divides a power of ten) may need more than u64 unreduced
        // (`33107051.804931640625` is 135606484193/4096).
        let places = u32::try_from(fraction.len()).map_err(|_| bad())?;
        let scale = 10u128.checked_pow(places).ok_or_else(bad)?;
        let numer = whole
            .parse::<u128>()
            .ok()
            .and_then(|w| w.checked_mul(scale))
            .and_then(|w| {
                if fraction.is_empty() {
                    Some(w)
                } else {
                    fraction.parse::<u128>().ok().and_then(|f| w.checked_add(f))
                }
            })
            .ok_or_else(bad)?;
        let g = numer.gcd(&scale).max(1);
        let numer = u64::try_from(numer / g).map_err(|_| bad())?;
        let denom = u64::try_from(scale / g).map_err(|_| bad())?;
        Weight::ratio(numer, denom).ok_or_else(bad)
    }
}

impl fmt::Display for Weight {
    /// A whole number, a finite decimal (`12.4`), or else a fraction (`1000/3`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.denom == 1 {
            return write!(f, "{}", self.numer);
        }
        // A finite decimal when the denominator has no prime factor but 2 and 5.
        let (mut d, mut twos, mut fives) = (self.denom, 0u32, 0u32);
        while d % 2 == 0 {
            d /= 2;
            twos += 1;
        }
        while d % 5 == 0 {
            d /= 5;
            fives += 1;
        }
        let places = twos.max(fives);
        if d == 1 && places <= 19 {
            let scale = 10u128.pow(places);
            let scaled = u128::from(self.numer) * (scale / u128::from(self.denom));
            let whole = scaled / scale;
            let frac = scaled % scale;
            let width = places as usize;
            return write!(f, "{whole}.{frac:0width$}");
        }
        write!(f, "{}/{}", self.numer, self.denom)
    }
}

impl Serialize for Weight {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.is_whole() {
            s.serialize_u64(self.numer)
        } else {
            s.collect_str(self)
        }
    }
}

impl<'de> Deserialize<'de> for Weight {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Weight;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&crate::i18n::tr!("congress-weight-expected"))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Weight, E> {
                Ok(Weight::whole(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Weight, E> {
                u64::try_from(v)
                    .map(Weight::whole)
                    .map_err(|_| E::custom(crate::i18n::tr!("congress-weight-negative", value = v)))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Weight, E> {
                Err(E::custom(crate::i18n::tr!(
                    "congress-weight-float",
                    value = v.to_string()
                )))
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Weight, E> {
                v.parse().map_err(|e: WeightError| E::custom(e.to_string()))
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl JsonSchema for Weight {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Weight".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A vote weight: a whole number, or as text a decimal (\"2.5\") or a fraction (\"1000/3\").",
            "oneOf": [
                { "type": "integer", "minimum": 0 },
                { "type": "string", "pattern": "^([0-9]+(\\.[0-9]+)?|[0-9]+/[0-9]+)$" }
            ]
        })
    }
}

/// How the statute rounds a fraction of a vote, as the motion states it.
///
/// ```
/// use union_rulebook::decision::{Fractions, FractionsOf};
/// let f: Fractions = serde_json::from_str(r#"{"rounding": "half-up", "of": "total"}"#)?;
/// assert_eq!(f.of, FractionsOf::Total);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Fractions {
    /// `down`, `up`, `half-up` or `half-even` (`dhondt` is refused: it shares seats,
    /// it does not round a number).
    pub rounding: Rounding,
    /// Where the fraction is rounded: each weight before counting (the default), or
    /// each total after counting exactly.
    #[serde(default)]
    pub of: FractionsOf,
}

impl Fractions {
    /// `rounding` of each weight.
    pub fn of_each_weight(rounding: Rounding) -> Self {
        Fractions {
            rounding,
            of: FractionsOf::Weight,
        }
    }
}

/// Where a fraction of a vote is rounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum FractionsOf {
    /// Each delegate's (each group delegate's) weight is rounded to whole votes before
    /// anything is counted.
    #[default]
    Weight,
    /// Weights count exactly; each total (of an option, abstentions, blanks, invalid
    /// votes, the weights present and entitled) is rounded once counted.
    Total,
}

/// A weight as counted: rounded when the rule rounds each weight, exact otherwise.
pub(super) fn counted(w: &Weight, fractions: Option<Fractions>) -> BigRational {
    match fractions {
        Some(Fractions {
            rounding,
            of: FractionsOf::Weight,
        }) if !w.is_whole() => w.round(rounding).map_or_else(
            || w.to_rational(),
            |n| BigRational::from_integer(BigInt::from(n)),
        ),
        _ => w.to_rational(),
    }
}

/// A total as reported: rounded when the rule rounds totals (exact totals are whole
/// otherwise: every counted weight is); saturating at `u128::MAX`.
pub(super) fn total(x: &BigRational, fractions: Option<Fractions>) -> u128 {
    let rounding = match fractions {
        Some(Fractions {
            rounding,
            of: FractionsOf::Total,
        }) => rounding,
        _ => Rounding::Down,
    };
    let (q, r) = x.numer().div_mod_floor(x.denom());
    let up = if r.is_zero() {
        false
    } else {
        let twice = &r * 2u8;
        match rounding {
            Rounding::Up => true,
            Rounding::HalfUp => twice >= *x.denom(),
            Rounding::HalfEven => twice > *x.denom() || (twice == *x.denom() && q.is_odd()),
            _ => false,
        }
    };
    let q = if up { q + 1u8 } else { q };
    q.to_u128().unwrap_or(u128::MAX)
}

/// How the fractions of a vote were rounded in a decision: the rule, and every number
/// it rounded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FractionsApplied {
    /// The rounding.
    pub rounding: Rounding,
    /// Of each weight, or of the totals.
    pub of: FractionsOf,
    /// Of each weight: every fractional weight and the whole votes it counted for, in
    /// the motion's order (delegates, then delegate groups).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub weights: Vec<RoundedWeight>,
    /// Of the totals: every total with a fraction, exactly, and the votes it counted
    /// for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub totals: Vec<RoundedTotal>,
}

/// A fractional weight and the whole votes it counted for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RoundedWeight {
    /// The delegate's id, or the delegate group.
    pub who: String,
    /// The weight as given.
    pub weight: Weight,
    /// The whole votes it counted for.
    pub votes: u128,
}

/// A total with a fraction, and the whole votes it counted for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RoundedTotal {
    /// What the total counts: an option, `abstain`, `blank`, `invalid`, `by-proxy`, or
    /// an attendance weight (`entitled-weight`, `entitled-voting-weight`,
    /// `present-weight`, `present-voting-weight`).
    pub of: String,
    /// The exact total (`2000/3`).
    pub exact: String,
    /// The whole votes it counted for.
    pub votes: u128,
}

/// What `fractions` did to the motion's weights and the exact sums.
pub(super) fn applied(
    motion: &super::Motion,
    fractions: Option<Fractions>,
    sums: &[(String, BigRational)],
) -> Option<FractionsApplied> {
    let f = fractions?;
    let weights = match f.of {
        FractionsOf::Weight => motion
            .delegates
            .iter()
            .map(|d| (d.id.as_str(), d.weight))
            .chain(
                motion
                    .delegate_groups
                    .iter()
                    .map(|g| (g.group.as_str(), g.weight)),
            )
            .filter(|(_, w)| !w.is_whole())
            .map(|(who, w)| RoundedWeight {
                who: who.to_string(),
                weight: w,
                votes: w.round(f.rounding).unwrap_or_default(),
            })
            .collect(),
        FractionsOf::Total => Vec::new(),
    };
    let totals = match f.of {
        FractionsOf::Total => sums
            .iter()
            .filter(|(_, x)| !x.is_integer())
            .map(|(of, x)| RoundedTotal {
                of: of.clone(),
                exact: super::formula::exact_text(x),
                votes: total(x, fractions),
            })
            .collect(),
        FractionsOf::Weight => Vec::new(),
    };
    Some(FractionsApplied {
        rounding: f.rounding,
        of: f.of,
        weights,
        totals,
    })
}

/// A fractional weight in a motion whose rule states no rounding of a fraction.
pub const FRACTIONAL_WEIGHT_WITHOUT_ROUNDING: &str = "fractional-weight-without-rounding";
/// The rule's rounding of a fraction is not a rounding of one number (`dhondt`).
pub const FRACTIONS_ROUNDING_INVALID: &str = "fractions-rounding-invalid";

/// The motion's weights against its rule: every fractional weight needs the rule's
/// rounding of a fraction, and that rounding must round one number.
pub(super) fn check_weights(motion: &super::Motion) -> Vec<crate::Finding> {
    use crate::i18n::tr;
    use crate::{Finding, JsonPath, Severity};
    let mut out = Vec::new();
    let root = JsonPath::root();
    if let Some(f) = motion.rule.fractions
        && f.rounding == Rounding::DHondt
    {
        out.push(Finding::new(
            FRACTIONS_ROUNDING_INVALID,
            Severity::Error,
            root.clone().key("rule").key("fractions").key("rounding"),
            tr!("congress-fractions-dhondt"),
        ));
    }
    if motion.rule.fractions.is_some() {
        return out;
    }
    let delegates = motion
        .delegates
        .iter()
        .enumerate()
        .map(|(i, d)| ("delegates", i, d.id.as_str(), d.weight));
    let groups = motion
        .delegate_groups
        .iter()
        .enumerate()
        .map(|(i, g)| ("delegate_groups", i, g.group.as_str(), g.weight));
    for (list, i, who, w) in delegates.chain(groups) {
        if !w.is_whole() {
            out.push(Finding::new(
                FRACTIONAL_WEIGHT_WITHOUT_ROUNDING,
                Severity::Error,
                root.clone().key(list).index(i).key("weight"),
                tr!(
                    "congress-fractional-weight-without-rounding",
                    who = who,
                    weight = w.to_string()
                ),
            ));
        }
    }
    out
}

/// The weights of the attendance, counted exactly.
#[derive(Debug, Default)]
pub(super) struct WeightSums {
    pub entitled: BigRational,
    pub entitled_voting: BigRational,
    pub present: BigRational,
    pub present_voting: BigRational,
}

impl WeightSums {
    /// The sums by name, for [`applied`].
    pub fn named(&self) -> Vec<(String, BigRational)> {
        vec![
            ("entitled-weight".into(), self.entitled.clone()),
            (
                "entitled-voting-weight".into(),
                self.entitled_voting.clone(),
            ),
            ("present-weight".into(), self.present.clone()),
            ("present-voting-weight".into(), self.present_voting.clone()),
        ]
    }

    /// The attendance's weights: the totals, as reported.
    pub fn write_attendance(&self, att: &mut super::Attendance, fractions: Option<Fractions>) {
        att.entitled_weight = total(&self.entitled, fractions);
        att.entitled_voting_weight = total(&self.entitled_voting, fractions);
        att.present_weight = total(&self.present, fractions);
        att.present_voting_weight = total(&self.present_voting, fractions);
    }
}

/// The votes, counted exactly: per option (in the motion's order), abstentions,
/// blanks, invalid votes, and those cast by proxy.
#[derive(Debug)]
pub(super) struct VoteSums {
    pub options: Vec<BigRational>,
    pub abstain: BigRational,
    pub blank: BigRational,
    pub invalid: BigRational,
    pub by_proxy: BigRational,
}

impl VoteSums {
    pub fn new(options: usize) -> Self {
        VoteSums {
            options: vec![BigRational::zero(); options],
            abstain: BigRational::zero(),
            blank: BigRational::zero(),
            invalid: BigRational::zero(),
            by_proxy: BigRational::zero(),
        }
    }

    /// Adds `w` votes for `choice` (an option, `abstain`, `blank` or `invalid`; any
    /// other choice counts for nothing, the check having refused it).
    pub fn add(&mut self, options: &[String], choice: &str, w: &BigRational) {
        match choice {
            "abstain" => self.abstain += w,
            "blank" => self.blank += w,
            "invalid" => self.invalid += w,
            choice => {
                if let Some(i) = options.iter().position(|o| o == choice)
                    && let Some(v) = self.options.get_mut(i)
                {
                    *v += w;
                }
            }
        }
    }

    /// The sums by name, for [`applied`].
    pub fn named(&self, options: &[String]) -> Vec<(String, BigRational)> {
        let mut out: Vec<(String, BigRational)> = options
            .iter()
            .cloned()
            .zip(self.options.iter().cloned())
            .collect();
        out.push(("abstain".into(), self.abstain.clone()));
        out.push(("blank".into(), self.blank.clone()));
        out.push(("invalid".into(), self.invalid.clone()));
        out.push(("by-proxy".into(), self.by_proxy.clone()));
        out
    }

    /// The tally as reported.
    pub fn into_tally(self, options: &[String], fractions: Option<Fractions>) -> super::Tally {
        super::Tally {
            options: options
                .iter()
                .zip(&self.options)
                .map(|(o, v)| super::OptionVotes {
                    option: o.clone(),
                    votes: total(v, fractions),
                })
                .collect(),
            abstain: total(&self.abstain, fractions),
            blank: total(&self.blank, fractions),
            invalid: total(&self.invalid, fractions),
            by_proxy: total(&self.by_proxy, fractions),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_read_exactly_and_print_back() {
        for (text, shown) in [
            ("12", "12"),
            ("2.50", "2.5"),
            ("0.125", "0.125"),
            ("10/4", "2.5"),
            ("1000/3", "1000/3"),
            ("0", "0"),
        ] {
            assert_eq!(
                text.parse::<Weight>().map(|w| w.to_string()),
                Ok(shown.to_string())
            );
        }
        for bad in [
            "",
            "1.",
            ".5",
            "1/0",
            "-2",
            "2,5",
            "1e3",
            "99999999999999999999",
            "1/2/3",
        ] {
            assert!(bad.parse::<Weight>().is_err(), "{bad}");
        }
    }

    proptest::proptest! {
        #[test]
        fn a_weight_reads_back_from_its_text_and_json(n in 0u64..=u64::MAX, d in 1u64..=1_000_000) {
            let w = Weight::ratio(n, d).unwrap();
            proptest::prop_assert_eq!(w.to_string().parse::<Weight>(), Ok(w));
            let json = serde_json::to_string(&w).unwrap();
            proptest::prop_assert_eq!(serde_json::from_str::<Weight>(&json).unwrap(), w);
        }

        /// The case proptest found: a decimal of 12 places over u64 before reduction.
        #[test]
        fn a_long_decimal_reduces_before_it_narrows(_x in 0u8..1) {
            let w = Weight::ratio(135_606_484_193, 4096).unwrap();
            proptest::prop_assert_eq!("33107051.804931640625".parse::<Weight>(), Ok(w));
            let json = serde_json::to_string(&w).unwrap();
            proptest::prop_assert_eq!(serde_json::from_str::<Weight>(&json).unwrap(), w);
        }

        #[test]
        fn a_rounded_weight_is_its_floor_or_ceiling(n in 0u64..=u64::MAX, d in 1u64..=1_000_000) {
            let w = Weight::ratio(n, d).unwrap();
            let floor = u128::from(w.numer()) / u128::from(w.denom());
            let ceil = floor + u128::from(!w.is_whole());
            for r in [Rounding::Down, Rounding::Up, Rounding::HalfUp, Rounding::HalfEven] {
                let v = w.round(r).unwrap();
                proptest::prop_assert!(v == floor || v == ceil);
                let exact = total(&w.to_rational(), Some(Fractions { rounding: r, of: FractionsOf::Total }));
                proptest::prop_assert_eq!(exact, v);
            }
        }
    }

    #[test]
    fn totals_round_as_the_rule_says() {
        let x = BigRational::new(BigInt::from(5), BigInt::from(2));
        let of = |r| {
            Some(Fractions {
                rounding: r,
                of: FractionsOf::Total,
            })
        };
        assert_eq!(total(&x, of(Rounding::Down)), 2);
        assert_eq!(total(&x, of(Rounding::Up)), 3);
        assert_eq!(total(&x, of(Rounding::HalfUp)), 3);
        assert_eq!(total(&x, of(Rounding::HalfEven)), 2);
        let y = BigRational::new(BigInt::from(7), BigInt::from(2));
        assert_eq!(total(&y, of(Rounding::HalfEven)), 4);
    }
}
