//! Vote totals as exact fixed-point decimals, for transcripts.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A vote total: an exact decimal with a fixed number of places.
///
/// Methods count in their rule's own arithmetic (integers for plurality, 5 decimal
/// places for Scottish STV, 9 for Meek); a transcript records each total as `Votes` so
/// that nothing is rounded by a float on the way out. It serializes as a decimal string
/// (`"1234.56789"`), never as a JSON number, so no reader turns it into a float.
///
/// ```
/// use union_rulebook::election::Votes;
/// let v = Votes::from_raw(123_456_789, 5);
/// assert_eq!(v.to_string(), "1234.56789");
/// assert_eq!(Votes::whole(42).to_string(), "42");
/// assert_eq!(Votes::from_raw(-5, 2).to_string(), "-0.05");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Votes {
    raw: i128,
    places: u8,
}

impl Votes {
    /// `raw / 10^places`.
    pub const fn from_raw(raw: i128, places: u8) -> Self {
        Votes { raw, places }
    }

    /// A whole number of votes.
    pub const fn whole(n: i128) -> Self {
        Votes { raw: n, places: 0 }
    }

    /// The scaled integer (`raw` in `raw / 10^places`).
    pub const fn raw(&self) -> i128 {
        self.raw
    }

    /// The number of decimal places.
    pub const fn places(&self) -> u8 {
        self.places
    }
}

impl fmt::Display for Votes {
    /// Exact for every number of places (0 to 255): the digits of `raw` with the point
    /// set `places` from the right, never a power of ten that could overflow.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sign = if self.raw < 0 { "-" } else { "" };
        let digits = self.raw.unsigned_abs().to_string();
        let places = usize::from(self.places);
        if places == 0 {
            return write!(f, "{sign}{digits}");
        }
        if digits.len() > places {
            let (whole, fraction) = digits.split_at(digits.len() - places);
            write!(f, "{sign}{whole}.{fraction}")
        } else {
            let zeros = places - digits.len();
            write!(f, "{sign}0.")?;
            for _ in 0..zeros {
                f.write_str("0")?;
            }
            f.write_str(&digits)
        }
    }
}

impl Serialize for Votes {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl std::str::FromStr for Votes {
    type Err = String;

    /// Reads a decimal as [`Votes`] prints it (`1234.56789`, `42`, `-0.05`): the
    /// number of places is the number of digits after the point, so a value reads
    /// back exactly as it was written.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || super::messages::bad_votes(s);
        let (negative, digits) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (whole, fraction) = match digits.split_once('.') {
            Some((w, f)) if !f.is_empty() => (w, f),
            Some(_) => return Err(bad()),
            None => (digits, ""),
        };
        if whole.is_empty()
            || !whole
                .bytes()
                .chain(fraction.bytes())
                .all(|b| b.is_ascii_digit())
        {
            return Err(bad());
        }
        let places = u8::try_from(fraction.len()).map_err(|_| bad())?;
        let mut raw: i128 = 0;
        for b in whole.bytes().chain(fraction.bytes()) {
            raw = raw
                .checked_mul(10)
                .and_then(|r| r.checked_add(i128::from(b - b'0')))
                .ok_or_else(bad)?;
        }
        Ok(Votes::from_raw(if negative { -raw } else { raw }, places))
    }
}

impl<'de> Deserialize<'de> for Votes {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for Votes {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Votes".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^-?[0-9]+(\\.[0-9]+)?$",
            "description": "An exact vote total as a decimal string."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Votes;

    #[test]
    fn display_places_the_point_exactly_for_every_number_of_places() {
        assert_eq!(Votes::from_raw(0, 3).to_string(), "0.000");
        assert_eq!(Votes::from_raw(7, 3).to_string(), "0.007");
        assert_eq!(Votes::from_raw(-1_234, 2).to_string(), "-12.34");
        assert_eq!(
            Votes::from_raw(i128::MIN, 0).to_string(),
            i128::MIN.to_string()
        );
        // 10^places would overflow u128 from 39 places on; the digits do not.
        let v = Votes::from_raw(5, 40);
        assert_eq!(v.to_string(), format!("0.{}5", "0".repeat(39)));
        let max = Votes::from_raw(i128::MAX, 255).to_string();
        assert_eq!(max.len(), 2 + 255);
        assert!(max.ends_with(&i128::MAX.to_string()));
    }

    #[test]
    fn totals_read_back_exactly_as_written() {
        for v in [
            Votes::from_raw(123_456_789, 5),
            Votes::whole(42),
            Votes::from_raw(-5, 2),
            Votes::from_raw(0, 9),
            Votes::whole(-7),
        ] {
            let text = serde_json::to_string(&v).unwrap_or_default();
            let back: Option<Votes> = serde_json::from_str(&text).ok();
            assert_eq!(back, Some(v), "{text}");
        }
        assert_eq!("1.50".parse::<Votes>(), Ok(Votes::from_raw(150, 2)));
        for bad in ["", "-", "1.", ".5", "1e3", "1,5", "+1"] {
            assert!(bad.parse::<Votes>().is_err(), "{bad}");
        }
    }
}
