//! Exact shares (fractions between 0 and 1) as rules state them: `30%`, `2/3`, `0.4`.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

/// A share between 0 and 1 inclusive, kept as an exact fraction in lowest terms.
///
/// Rules with legal force are stated in exact terms ("two thirds", "30%"), so a share is
/// never a float: `30%` is 3/10 and `2/3` is 2/3, and every comparison is done in
/// integers. A share reads from `"30%"`, `"2/3"`, `"0.3"` or the JSON number `0.3` (read
/// as the decimal it is written as), and writes as the fraction `"3/10"`, or `"1"`/`"0"`.
///
/// ```
/// use union_rulebook::Share;
/// let s: Share = "30%".parse()?;
/// assert_eq!(s, Share::new(3, 10)?);
/// assert_eq!(s.to_string(), "3/10");
/// // at least 30% of 7 seats, rounded up, is 3 seats:
/// assert_eq!(s.of_ceil(7), 3);
/// assert_eq!(s.of_floor(7), 2);
/// # Ok::<(), union_rulebook::ShareError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Share {
    num: u64,
    den: u64,
}

/// Why text is not a share.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ShareError {
    /// Not a percentage, fraction or decimal.
    #[error(
        "{0:?} is not a share: expected a percentage (`30%`), a fraction (`2/3`) or a decimal (`0.3`)"
    )]
    Syntax(String),
    /// A fraction with denominator 0.
    #[error("{0:?} divides by zero")]
    ZeroDenominator(String),
    /// Above 100%.
    #[error("{0:?} is more than 100%: a share must be between 0 and 1")]
    AboveOne(String),
    /// Too many digits to hold exactly.
    #[error("{0:?} has too many digits to hold exactly")]
    TooPrecise(String),
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Share {
    /// Nothing: 0.
    pub const ZERO: Share = Share { num: 0, den: 1 };
    /// Everything: 1.
    pub const ONE: Share = Share { num: 1, den: 1 };
    /// One half.
    pub const HALF: Share = Share { num: 1, den: 2 };

    /// The share `num/den`, reduced to lowest terms.
    ///
    /// # Errors
    /// [`ShareError::ZeroDenominator`] when `den` is 0, [`ShareError::AboveOne`] when
    /// `num > den`.
    pub fn new(num: u64, den: u64) -> Result<Share, ShareError> {
        if den == 0 {
            return Err(ShareError::ZeroDenominator(format!("{num}/{den}")));
        }
        if num > den {
            return Err(ShareError::AboveOne(format!("{num}/{den}")));
        }
        let g = gcd(num, den).max(1);
        Ok(Share {
            num: num / g,
            den: den / g,
        })
    }

    /// A whole percentage, such as 30 for 30%.
    ///
    /// # Errors
    /// [`ShareError::AboveOne`] above 100.
    pub fn percent(p: u64) -> Result<Share, ShareError> {
        Share::new(p, 100)
    }

    /// The numerator, in lowest terms.
    pub fn numerator(&self) -> u64 {
        self.num
    }

    /// The denominator, in lowest terms (at least 1).
    pub fn denominator(&self) -> u64 {
        self.den
    }

    /// `ceil(self × n)`: the least whole number that is at least this share of `n`.
    pub fn of_ceil(&self, n: u64) -> u64 {
        let p = u128::from(self.num) * u128::from(n);
        let d = u128::from(self.den);
        // The quotient is at most n, so it fits in u64.
        u64::try_from(p.div_ceil(d)).unwrap_or(u64::MAX)
    }

    /// `floor(self × n)`: the greatest whole number that is at most this share of `n`.
    pub fn of_floor(&self, n: u64) -> u64 {
        let p = u128::from(self.num) * u128::from(n);
        u64::try_from(p / u128::from(self.den)).unwrap_or(u64::MAX)
    }

    /// Whether `part / whole` is at least this share (`part × den ≥ num × whole`).
    /// A whole of 0 meets any share (there is nothing to fall short of).
    pub fn is_met_by(&self, part: u128, whole: u128) -> bool {
        // u128 × u64 can overflow only for totals beyond 2^64 votes; saturate safely.
        let lhs = part.saturating_mul(u128::from(self.den));
        let rhs = whole.saturating_mul(u128::from(self.num));
        lhs >= rhs
    }

    /// Whether `part / whole` is more than this share (`part × den > num × whole`).
    pub fn is_exceeded_by(&self, part: u128, whole: u128) -> bool {
        let lhs = part.saturating_mul(u128::from(self.den));
        let rhs = whole.saturating_mul(u128::from(self.num));
        lhs > rhs
    }

    /// The share as a percentage with `places` decimals, truncated, for display only.
    ///
    /// ```
    /// use union_rulebook::Share;
    /// assert_eq!(Share::new(2, 3)?.percent_string(1), "66.6%");
    /// # Ok::<(), union_rulebook::ShareError>(())
    /// ```
    pub fn percent_string(&self, places: u32) -> String {
        ratio_percent_string(u128::from(self.num), u128::from(self.den), places)
    }
}

/// `part / whole` as a percentage with `places` decimals, truncated (for display only).
pub(crate) fn ratio_percent_string(part: u128, whole: u128, places: u32) -> String {
    if whole == 0 {
        return "-".to_string();
    }
    let scale = 10u128.pow(places);
    let v = part.saturating_mul(100).saturating_mul(scale) / whole;
    if places == 0 {
        format!("{v}%")
    } else {
        format!(
            "{}.{:0w$}%",
            v / scale,
            v % scale,
            w = usize::try_from(places).unwrap_or(0)
        )
    }
}

impl PartialOrd for Share {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Share {
    fn cmp(&self, other: &Self) -> Ordering {
        (u128::from(self.num) * u128::from(other.den))
            .cmp(&(u128::from(other.num) * u128::from(self.den)))
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

/// Parses `digits[.digits]` as an exact fraction `n / 10^k`.
fn parse_decimal(s: &str, original: &str) -> Result<(u64, u64), ShareError> {
    let syntax = || ShareError::Syntax(original.to_string());
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, f),
        None => (s, ""),
    };
    if int.is_empty() && frac.is_empty() {
        return Err(syntax());
    }
    if !int.bytes().all(|b| b.is_ascii_digit()) || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return Err(syntax());
    }
    let too_precise = || ShareError::TooPrecise(original.to_string());
    let places = u32::try_from(frac.len()).map_err(|_| too_precise())?;
    let den = 10u64.checked_pow(places).ok_or_else(too_precise)?;
    let digits = format!("{int}{frac}");
    let digits = digits.trim_start_matches('0');
    let num = if digits.is_empty() {
        0
    } else {
        digits.parse::<u64>().map_err(|_| too_precise())?
    };
    Ok((num, den))
}

impl FromStr for Share {
    type Err = ShareError;

    fn from_str(text: &str) -> Result<Share, ShareError> {
        let s = text.trim();
        let fix = |e: ShareError| match e {
            ShareError::AboveOne(_) => ShareError::AboveOne(text.to_string()),
            ShareError::ZeroDenominator(_) => ShareError::ZeroDenominator(text.to_string()),
            other => other,
        };
        if let Some(p) = s.strip_suffix('%') {
            let (num, den) = parse_decimal(p.trim_end(), text)?;
            let den = den
                .checked_mul(100)
                .ok_or_else(|| ShareError::TooPrecise(text.to_string()))?;
            return Share::new(num, den).map_err(fix);
        }
        if let Some((n, d)) = s.split_once('/') {
            let parse = |x: &str| {
                x.trim()
                    .parse::<u64>()
                    .map_err(|_| ShareError::Syntax(text.to_string()))
            };
            return Share::new(parse(n)?, parse(d)?).map_err(fix);
        }
        let (num, den) = parse_decimal(s, text)?;
        Share::new(num, den).map_err(fix)
    }
}

impl Serialize for Share {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Share {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Share, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Share;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(
                    "a share: a percentage (\"30%\"), a fraction (\"2/3\") or a decimal (0.3)",
                )
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Share, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Share, E> {
                Share::new(v, 1).map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Share, E> {
                let v = u64::try_from(v).map_err(|_| E::custom("a share cannot be negative"))?;
                Share::new(v, 1).map_err(E::custom)
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Share, E> {
                // The shortest text that reads back as this float is the decimal the
                // author wrote (0.3 -> "0.3"); parse that text exactly.
                let text = format!("{v}");
                text.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl JsonSchema for Share {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Share".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A share between 0 and 1: a percentage (\"30%\"), a fraction (\"2/3\") or a decimal (\"0.3\" or 0.3).",
            "oneOf": [
                { "type": "string", "pattern": "^\\s*([0-9]+(\\.[0-9]*)?\\s*%|[0-9]+\\s*/\\s*[0-9]+|[0-9]*\\.?[0-9]+)\\s*$" },
                { "type": "number", "minimum": 0, "maximum": 1 }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_every_written_form() {
        for (text, num, den) in [
            ("30%", 3, 10),
            ("40 %", 2, 5),
            ("2/3", 2, 3),
            ("0.3", 3, 10),
            (".5", 1, 2),
            ("100%", 1, 1),
            ("0", 0, 1),
            ("12.5%", 1, 8),
        ] {
            let s: Share = text.parse().unwrap();
            assert_eq!((s.numerator(), s.denominator()), (num, den), "{text}");
        }
    }

    #[test]
    fn rejects_what_is_not_a_share() {
        assert_eq!(
            "120%".parse::<Share>().unwrap_err().to_string(),
            "\"120%\" is more than 100%: a share must be between 0 and 1"
        );
        assert!(matches!(
            "1/0".parse::<Share>(),
            Err(ShareError::ZeroDenominator(_))
        ));
        assert!(matches!("abc".parse::<Share>(), Err(ShareError::Syntax(_))));
        assert!(matches!("-1%".parse::<Share>(), Err(ShareError::Syntax(_))));
        assert!(matches!(".".parse::<Share>(), Err(ShareError::Syntax(_))));
    }

    #[test]
    fn reads_json_numbers_as_written() {
        let s: Share = serde_json::from_str("0.3").unwrap();
        assert_eq!(s, Share::new(3, 10).unwrap());
        let s: Share = serde_json::from_str("\"2/3\"").unwrap();
        assert_eq!(serde_json::to_string(&s).unwrap(), "\"2/3\"");
    }

    #[test]
    fn indonesian_rounding_example() {
        // domain.md §3: 30% of 8 seats is 2.4; rounded up 3, rounded down 2.
        let s = Share::percent(30).unwrap();
        assert_eq!((s.of_ceil(8), s.of_floor(8)), (3, 2));
    }

    proptest! {
        #[test]
        fn ceil_and_floor_bracket_the_exact_share(num in 0u64..1000, extra in 0u64..1000, n in 0u64..100_000) {
            let s = Share::new(num, num + extra + 1).unwrap();
            let (lo, hi) = (s.of_floor(n), s.of_ceil(n));
            prop_assert!(lo <= hi && hi <= lo + 1);
            prop_assert!(s.is_met_by(u128::from(hi), u128::from(n)));
            prop_assert!(!s.is_exceeded_by(u128::from(lo), u128::from(n)));
        }
    }
}
