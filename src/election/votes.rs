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
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.places == 0 {
            return write!(f, "{}", self.raw);
        }
        let scale = 10u128.pow(u32::from(self.places));
        let abs = self.raw.unsigned_abs();
        let sign = if self.raw < 0 { "-" } else { "" };
        write!(
            f,
            "{sign}{}.{:0width$}",
            abs / scale,
            abs % scale,
            width = usize::from(self.places)
        )
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
        let bad = || {
            format!("vote total {s:?} cannot be read: expected a decimal such as 12 or 1234.56789")
        };
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
