//! Vote totals as exact fixed-point decimals, for transcripts.

use schemars::JsonSchema;
use serde::{Serialize, Serializer};
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
