//! Exact shares: a rational number between 0 and 1.

use schemars::JsonSchema;
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

use crate::model::messages;

/// A share of seats or of a population, as an exact fraction between 0 and 1.
///
/// Written as `"30%"`, `"0.3"`, `"3/10"`, `"1"` or `"0"`, always as a string so that
/// no binary floating point is involved: `ceil(7 * 3/10)` is computed in integers.
/// The fraction is kept in lowest terms, so `"30%"` and `"3/10"` are the same share.
///
/// ```
/// use union_rulebook::policy::Share;
/// let s: Share = "30%".parse()?;
/// assert_eq!((s.numerator(), s.denominator()), (3, 10));
/// assert_eq!(s, "0.3".parse()?);
/// assert_eq!(s.to_string(), "3/10");
/// # Ok::<(), union_rulebook::policy::ShareError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Share {
    num: u64,
    den: u64,
}

/// A share that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ShareError {
    message: String,
}

fn gcd(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Share {
    /// No one: 0.
    pub const ZERO: Share = Share { num: 0, den: 1 };
    /// Everyone: 1.
    pub const ONE: Share = Share { num: 1, den: 1 };

    /// The share `numerator / denominator`, reduced to lowest terms.
    ///
    /// # Errors
    /// When the denominator is 0 or the fraction is above 1.
    pub fn new(numerator: u64, denominator: u64) -> Result<Share, ShareError> {
        if denominator == 0 {
            return Err(ShareError {
                message: messages::share_zero_denominator(numerator),
            });
        }
        if numerator > denominator {
            return Err(ShareError {
                message: messages::share_above_one(&format!("{numerator}/{denominator}")),
            });
        }
        let g = gcd(numerator, denominator).max(1);
        Ok(Share {
            num: numerator / g,
            den: denominator / g,
        })
    }

    /// The numerator in lowest terms.
    pub fn numerator(self) -> u64 {
        self.num
    }

    /// The denominator in lowest terms (at least 1).
    pub fn denominator(self) -> u64 {
        self.den
    }

    /// The complement `1 - self`.
    #[must_use]
    pub fn complement(self) -> Share {
        Share {
            num: self.den - self.num,
            den: self.den,
        }
    }

    /// Compares `count / total` with this share exactly.
    pub fn cmp_ratio(self, count: u64, total: u64) -> std::cmp::Ordering {
        (u128::from(count) * u128::from(self.den)).cmp(&(u128::from(self.num) * u128::from(total)))
    }

    /// The share as a percentage for display, with up to two decimals (`"33.33%"`),
    /// rounded down. Display only: rules never use it.
    pub fn percent_label(self) -> String {
        let hundredths = u128::from(self.num) * 10_000 / u128::from(self.den);
        let (whole, frac) = (hundredths / 100, hundredths % 100);
        if frac == 0 {
            format!("{whole}%")
        } else if frac % 10 == 0 {
            format!("{whole}.{}%", frac / 10)
        } else {
            format!("{whole}.{frac:02}%")
        }
    }
}

fn parse_decimal(text: &str, original: &str) -> Result<(u64, u64), ShareError> {
    let bad = || ShareError {
        message: messages::share_unreadable(original),
    };
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, f),
        None => (text, ""),
    };
    if int.is_empty() && frac.is_empty() {
        return Err(bad());
    }
    if !int.chars().all(|c| c.is_ascii_digit()) || !frac.chars().all(|c| c.is_ascii_digit()) {
        return Err(bad());
    }
    if frac.len() > 18 {
        return Err(bad());
    }
    let den = 10u64.pow(u32::try_from(frac.len()).map_err(|_| bad())?);
    let int_v: u64 = if int.is_empty() {
        0
    } else {
        int.parse().map_err(|_| bad())?
    };
    let frac_v: u64 = if frac.is_empty() {
        0
    } else {
        frac.parse().map_err(|_| bad())?
    };
    let num = int_v
        .checked_mul(den)
        .and_then(|v| v.checked_add(frac_v))
        .ok_or_else(bad)?;
    Ok((num, den))
}

impl std::str::FromStr for Share {
    type Err = ShareError;

    fn from_str(s: &str) -> Result<Share, ShareError> {
        let t = s.trim();
        let bad = || ShareError {
            message: messages::share_unreadable(s),
        };
        let (num, den) = if let Some(p) = t.strip_suffix('%') {
            let (n, d) = parse_decimal(p.trim_end(), s)?;
            (n, d.checked_mul(100).ok_or_else(bad)?)
        } else if let Some((n, d)) = t.split_once('/') {
            let n: u64 = n.trim().parse().map_err(|_| bad())?;
            let d: u64 = d.trim().parse().map_err(|_| bad())?;
            (n, d)
        } else {
            parse_decimal(t, s)?
        };
        if den == 0 {
            return Err(ShareError {
                message: messages::share_zero_denominator(num),
            });
        }
        if num > den {
            return Err(ShareError {
                message: messages::share_above_one(s),
            });
        }
        Share::new(num, den)
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

impl Serialize for Share {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Share {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Share, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = Share;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a share written as a string: \"30%\", \"0.3\" or \"3/10\"")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Share, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Share, E> {
                Share::new(v, 1).map_err(E::custom)
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Share, E> {
                let v = u64::try_from(v).map_err(|_| E::custom(messages::share_negative(v)))?;
                Share::new(v, 1).map_err(E::custom)
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Share, E> {
                Err(E::custom(messages::share_as_float(v)))
            }
        }
        d.deserialize_any(V)
    }
}

impl JsonSchema for Share {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Share".into()
    }

    // Not `crate::Share`, which has the same name and also reads JSON numbers: a
    // document with both (an embedded policy) needs both schemas.
    fn schema_id() -> std::borrow::Cow<'static, str> {
        "union_rulebook::policy::Share".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "An exact share between 0 and 1: a percentage (\"30%\"), a decimal (\"0.3\") or a fraction (\"3/10\").",
            "pattern": "^\\s*([0-9]*\\.?[0-9]+\\s*%|[0-9]*\\.?[0-9]+|[0-9]+\\s*/\\s*[0-9]+)\\s*$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_written_form_to_the_same_fraction() -> Result<(), ShareError> {
        let a: Share = "30%".parse()?;
        assert_eq!(a, "0.3".parse()?);
        assert_eq!(a, "3/10".parse()?);
        assert_eq!(a, " 30 % ".parse()?);
        assert_eq!(a, ".30".parse()?);
        assert_eq!("33.5%".parse::<Share>()?, Share::new(67, 200)?);
        assert_eq!("1".parse::<Share>()?, Share::ONE);
        Ok(())
    }

    #[test]
    fn rejects_bad_shares_with_the_value_in_the_message() {
        let e = "120%".parse::<Share>().err().map(|e| e.to_string());
        assert_eq!(
            e.as_deref(),
            Some("share 120% is above 1: a share is between 0 and 1")
        );
        assert!("abc".parse::<Share>().is_err());
        assert!("1/0".parse::<Share>().is_err());
        assert!("-3%".parse::<Share>().is_err());
        assert!("".parse::<Share>().is_err());
        assert!("%".parse::<Share>().is_err());
    }

    #[test]
    fn a_float_in_a_document_is_refused() {
        let e = serde_json::from_str::<Share>("0.3")
            .err()
            .map(|e| e.to_string());
        assert!(e.is_some_and(|m| m.contains("write it as a string")));
    }

    #[test]
    fn percent_label_for_display() -> Result<(), ShareError> {
        assert_eq!("30%".parse::<Share>()?.percent_label(), "30%");
        assert_eq!("1/3".parse::<Share>()?.percent_label(), "33.33%");
        assert_eq!("12.5%".parse::<Share>()?.percent_label(), "12.5%");
        Ok(())
    }
}
