//! The quota shapes unions write on top of a proportional floor: the group's share of
//! the reference population with an offset in percentage points, times a factor, or
//! switched to another share below a threshold.

use super::Share;
use num_bigint::BigUint;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// How a proportional floor's share is adjusted before it is rounded to seats.
///
/// The share `s` of the reference population becomes, in this order:
/// 1. `switch.then` when `s` is below `switch.below` (the form changes at a threshold:
///    "in proportion to their share of the membership, but at least 30% where women are
///    under 30% of the members" is `below = "30%"`, `then = "30%"`);
/// 2. otherwise `s × times` (a factor: "at least 1.2 times their share"), then
///    `+ plus_points` or `- minus_points` (an offset in percentage points: "their share
///    of the membership plus 5 points" is `plus_points = "5%"`);
///
/// and is kept between 0 and 1. Exact rationals throughout; the rounding to seats is
/// the rule's own. ver.di's Satzung §20 ("Frauen sind mindestens entsprechend ihrem
/// Anteil an der Mitgliedschaft zu berücksichtigen") is the plain proportional floor
/// these adjust.
///
/// ```
/// use union_rulebook::policy::{Adjust, Share};
/// let a: Adjust = toml::from_str(r#"plus_points = "5%""#)?;
/// // 28% of the members are women: the floor is 33% of the seats.
/// assert_eq!(a.apply("28%".parse()?), "33%".parse::<Share>()?);
/// let a: Adjust = toml::from_str(r#"switch = { below = "30%", then = "30%" }"#)?;
/// assert_eq!(a.apply("12%".parse()?), "30%".parse::<Share>()?);
/// assert_eq!(a.apply("45%".parse()?), "45%".parse::<Share>()?);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Adjust {
    /// Below this share of the population the floor switches to another share.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub switch: Option<Switch>,
    /// A factor the share is multiplied by (`"1.2"`, `"6/5"`; at most 100, with at
    /// most 9 decimals).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub times: Option<Factor>,
    /// Percentage points added to the share (`"5%"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plus_points: Option<Share>,
    /// Percentage points taken off the share (`"5%"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minus_points: Option<Share>,
}

/// The switch of form at a threshold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Switch {
    /// The threshold: the switch applies when the group's share is below it.
    pub below: Share,
    /// The floor's share then.
    pub then: Share,
}

/// A positive rational factor, written `"1.2"` or `"6/5"`: at most 100, its
/// denominator at most 10^9 (so that the adjusted share is exact in 128 bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Factor {
    num: u64,
    den: u64,
}

/// Why a factor does not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::tr!("quotas-bad-factor", text = .0.as_str()))]
pub struct FactorError(String);

impl Factor {
    /// The numerator, in lowest terms.
    pub fn numerator(&self) -> u64 {
        self.num
    }

    /// The denominator, in lowest terms.
    pub fn denominator(&self) -> u64 {
        self.den
    }
}

impl FromStr for Factor {
    type Err = FactorError;

    fn from_str(text: &str) -> Result<Factor, FactorError> {
        let bad = || FactorError(text.to_owned());
        let t = text.trim();
        let digits = |x: &str| !x.is_empty() && x.bytes().all(|b| b.is_ascii_digit());
        let (num, den) = if let Some((n, d)) = t.split_once('/') {
            let (n, d) = (n.trim(), d.trim());
            if !digits(n) || !digits(d) {
                return Err(bad());
            }
            (
                n.parse::<u64>().map_err(|_| bad())?,
                d.parse::<u64>().map_err(|_| bad())?,
            )
        } else {
            let (i, f) = t.split_once('.').unwrap_or((t, ""));
            if !digits(i) || !(f.is_empty() || digits(f)) || f.len() > 9 {
                return Err(bad());
            }
            let den = 10u64.pow(u32::try_from(f.len()).map_err(|_| bad())?);
            let num = format!("{i}{f}").parse::<u64>().map_err(|_| bad())?;
            (num, den)
        };
        if den == 0 || num == 0 {
            return Err(bad());
        }
        let g = gcd(num, den);
        let (num, den) = (num / g, den / g);
        if den > 1_000_000_000 || num > den.saturating_mul(100) {
            return Err(bad());
        }
        Ok(Factor { num, den })
    }
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

/// A decimal when the factor has one of at most 9 places (`1.2`), else a fraction
/// (`4/3`).
impl fmt::Display for Factor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            return write!(f, "{}", self.num);
        }
        for k in 1..=9u32 {
            let p = 10u64.pow(k);
            if p % self.den == 0 {
                let scaled = u128::from(self.num) * u128::from(p / self.den);
                let p = u128::from(p);
                return write!(
                    f,
                    "{}.{:0width$}",
                    scaled / p,
                    scaled % p,
                    width = k as usize
                );
            }
        }
        write!(f, "{}/{}", self.num, self.den)
    }
}

impl Serialize for Factor {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> Deserialize<'de> for Factor {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Factor {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Factor".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A positive factor: a decimal (`1.2`, at most 9 decimals) or a fraction (`6/5`), at most 100.",
            "pattern": "^\\s*[0-9]+(\\.[0-9]{1,9}|\\s*/\\s*[0-9]+)?\\s*$"
        })
    }
}

impl Adjust {
    /// The adjusted share, exact, kept between 0 and 1.
    pub fn apply(&self, share: Share) -> Share {
        if let Some(sw) = self.switch
            && share < sw.below
        {
            return sw.then;
        }
        let big = |x: u64| BigUint::from(x);
        // share × factor ± points, as n / d in big integers.
        let (fn_, fd) = self.times.map_or((1, 1), |f| (f.num, f.den));
        let mut n = big(share.numerator()) * big(fn_);
        let mut d = big(share.denominator()) * big(fd);
        let mut negative = false;
        for (points, sign) in [(self.plus_points, false), (self.minus_points, true)] {
            let Some(p) = points else { continue };
            let pn = big(p.numerator()) * &d;
            n *= big(p.denominator());
            d *= big(p.denominator());
            if sign {
                if pn > n {
                    negative = true;
                    n = BigUint::ZERO;
                } else {
                    n -= pn;
                }
            } else {
                n += pn;
            }
        }
        if negative || n == BigUint::ZERO {
            return Share::ZERO;
        }
        if n >= d {
            return Share::ONE;
        }
        // Lowest terms; a share fits 64 bits, approximated downwards (by whole
        // millionths of a percent) only when its lowest terms do not.
        let g = num_integer::Integer::gcd(&n, &d);
        let (n, d) = (n / &g, d / g);
        match (u64::try_from(&n), u64::try_from(&d)) {
            (Ok(n), Ok(d)) => Share::new(n, d).unwrap_or(Share::ZERO),
            _ => {
                let scale = big(100_000_000_000_000);
                let scaled = n * &scale / d;
                u64::try_from(&scaled)
                    .ok()
                    .and_then(|s| Share::new(s, 100_000_000_000_000).ok())
                    .unwrap_or(Share::ZERO)
            }
        }
    }
}
