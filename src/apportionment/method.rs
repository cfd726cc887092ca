//! The apportionment methods and their published definitions.

use super::arith::Priority;
use super::error::ApportionError;
use std::fmt;
use std::str::FromStr;

/// How seats are apportioned among units in proportion to their weights: the one
/// method vocabulary of `apportion` and `tally` (list PR, [`crate::election::ListMethod`]
/// is the list-PR part of it).
///
/// Each method has one canonical name, which [`Display`](fmt::Display), [`Method::name`]
/// and serialization give, and [`FromStr`] and deserialization also accept the other
/// names of the same method ([`Method::ALIASES`]):
///
/// | canonical name | also read as |
/// |---|---|
/// | `largest-remainder` | `hamilton`, `hare`, `hare-niemeyer` |
/// | `largest-remainder-droop` | `hamilton-droop` |
/// | `largest-remainder-hagenbach-bischoff` | `hamilton-hagenbach-bischoff`, `hagenbach-bischoff` |
/// | `dhondt` | `d-hondt`, `jefferson` |
/// | `sainte-lague` | `webster`, `sainte-lague-webster`, `sainte-laguë` |
/// | `modified-sainte-lague` | `modified-sainte-laguë` |
/// | `huntington-hill` | `equal-proportions` |
/// | `adams` | |
/// | `dean` | |
///
/// ```
/// use union_rulebook::apportionment::{DivisorMethod, Method, Quota};
/// let m: Method = "huntington-hill".parse()?;
/// assert_eq!(m, Method::Divisor(DivisorMethod::HuntingtonHill));
/// let hamilton: Method = "hamilton-droop".parse()?;
/// assert_eq!(hamilton, "largest-remainder-droop".parse()?);
/// assert_eq!(hamilton.to_string(), "largest-remainder-droop");
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Method {
    /// Largest remainder (Hamilton, Hare-Niemeyer): every unit gets the whole part of
    /// its weight divided by the quota, and the seats left go to the largest
    /// remainders (Balinski and Young, *Fair Representation*, 2nd ed. 2001, ch. 2;
    /// Pukelsheim, *Proportional Representation*, 2nd ed. 2017, §6.4).
    LargestRemainder(Quota),
    /// A divisor method (highest averages).
    Divisor(DivisorMethod),
}

/// The quota of a largest-remainder method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Quota {
    /// Hare: total weight / seats, exact.
    Hare,
    /// Droop: floor(total / (seats + 1)) + 1 (H. R. Droop, "On methods of electing
    /// representatives", J. Stat. Soc. London 44, 1881).
    Droop,
    /// Hagenbach-Bischoff: total / (seats + 1), exact. When the whole parts then
    /// exceed the seats, the units with the smallest remainders give seats back (as the
    /// Slovak National Council Elections Act 180/2014 Coll., §66, provides).
    HagenbachBischoff,
}

/// A divisor (highest-averages) method: seat `k + 1` of a unit with weight `w` has
/// priority `w / d(k)` and seats go in order of priority (Balinski and Young 2001,
/// ch. 4 and appendix A; Pukelsheim 2017, ch. 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DivisorMethod {
    /// D'Hondt (Jefferson): `d(k) = k + 1` (V. D'Hondt, *Système pratique et
    /// raisonné de représentation proportionnelle*, 1882).
    DHondt,
    /// Sainte-Laguë (Webster): `d(k) = k + 1/2`, divisors 1, 3, 5, ... (A. Sainte-Laguë,
    /// "La représentation proportionnelle et la méthode des moindres carrés", 1910).
    SainteLague,
    /// Modified Sainte-Laguë: the first divisor is 1.4 instead of 1, then 3, 5, 7, ...
    /// (as in the Swedish Elections Act 2005:837, ch. 14 §3, before 2018).
    ModifiedSainteLague,
    /// Huntington-Hill (equal proportions): `d(k) = sqrt(k (k + 1))`, so every unit
    /// with a positive weight gets a first seat before anyone gets a second (2 U.S.C.
    /// §2a; E. V. Huntington, Trans. AMS 30, 1928).
    HuntingtonHill,
    /// Adams (smallest divisors): `d(k) = k`.
    Adams,
    /// Dean (harmonic mean): `d(k) = 2 k (k + 1) / (2 k + 1)`.
    Dean,
}

impl DivisorMethod {
    /// `(num, den, p)` with `d(k)^p = num / den`. For `k < 2^32`, `num < 2^66` and
    /// `den < 2^34`, so `den * num` stays below 2^100.
    pub(crate) fn divisor(self, k: u32) -> (u128, u128, u32) {
        self.divisor_wide(u64::from(k))
    }

    /// [`DivisorMethod::divisor`] for any `k < 2^32 + 2` (the one past a house of
    /// `u32::MAX` seats): `num < 2^67`, `den < 2^35`.
    pub(crate) fn divisor_wide(self, k: u64) -> (u128, u128, u32) {
        let k = u128::from(k);
        match self {
            DivisorMethod::DHondt => (k + 1, 1, 1),
            DivisorMethod::SainteLague => (2 * k + 1, 2, 1),
            DivisorMethod::ModifiedSainteLague if k == 0 => (7, 10, 1),
            DivisorMethod::ModifiedSainteLague => (10 * k + 5, 10, 1),
            DivisorMethod::HuntingtonHill => (k * (k + 1), 1, 2),
            DivisorMethod::Adams => (k, 1, 1),
            DivisorMethod::Dean => (2 * k * (k + 1), 2 * k + 1, 1),
        }
    }

    /// The priority `w / d(k)` of seat `k + 1` of a unit of weight `w`.
    pub(crate) fn priority(self, w: u64, k: u32) -> Priority {
        let (num, den, p) = self.divisor(k);
        let w = u128::from(w);
        Priority {
            wp: if p == 2 { w * w } else { w },
            num,
            den,
        }
    }
}

impl Method {
    /// Every method, in the order the CLI lists them.
    pub const ALL: [Method; 9] = [
        Method::LargestRemainder(Quota::Hare),
        Method::LargestRemainder(Quota::Droop),
        Method::LargestRemainder(Quota::HagenbachBischoff),
        Method::Divisor(DivisorMethod::DHondt),
        Method::Divisor(DivisorMethod::SainteLague),
        Method::Divisor(DivisorMethod::ModifiedSainteLague),
        Method::Divisor(DivisorMethod::HuntingtonHill),
        Method::Divisor(DivisorMethod::Adams),
        Method::Divisor(DivisorMethod::Dean),
    ];

    /// The other names each method is read by, as `(alias, method)`, in the order the
    /// error for an unknown name lists them.
    pub const ALIASES: [(&'static str, Method); 13] = [
        ("hamilton", Method::LargestRemainder(Quota::Hare)),
        ("hare", Method::LargestRemainder(Quota::Hare)),
        ("hare-niemeyer", Method::LargestRemainder(Quota::Hare)),
        ("hamilton-droop", Method::LargestRemainder(Quota::Droop)),
        (
            "hamilton-hagenbach-bischoff",
            Method::LargestRemainder(Quota::HagenbachBischoff),
        ),
        (
            "hagenbach-bischoff",
            Method::LargestRemainder(Quota::HagenbachBischoff),
        ),
        ("d-hondt", Method::Divisor(DivisorMethod::DHondt)),
        ("jefferson", Method::Divisor(DivisorMethod::DHondt)),
        ("webster", Method::Divisor(DivisorMethod::SainteLague)),
        (
            "sainte-lague-webster",
            Method::Divisor(DivisorMethod::SainteLague),
        ),
        (
            "equal-proportions",
            Method::Divisor(DivisorMethod::HuntingtonHill),
        ),
        // Spellings with the diacritic, as the method is named.
        ("sainte-laguë", Method::Divisor(DivisorMethod::SainteLague)),
        (
            "modified-sainte-laguë",
            Method::Divisor(DivisorMethod::ModifiedSainteLague),
        ),
    ];

    /// The method's canonical name, as [`Display`](fmt::Display), JSON output and the
    /// CLI's help spell it.
    pub fn name(self) -> &'static str {
        match self {
            Method::LargestRemainder(Quota::Hare) => "largest-remainder",
            Method::LargestRemainder(Quota::Droop) => "largest-remainder-droop",
            Method::LargestRemainder(Quota::HagenbachBischoff) => {
                "largest-remainder-hagenbach-bischoff"
            }
            Method::Divisor(DivisorMethod::DHondt) => "dhondt",
            Method::Divisor(DivisorMethod::SainteLague) => "sainte-lague",
            Method::Divisor(DivisorMethod::ModifiedSainteLague) => "modified-sainte-lague",
            Method::Divisor(DivisorMethod::HuntingtonHill) => "huntington-hill",
            Method::Divisor(DivisorMethod::Adams) => "adams",
            Method::Divisor(DivisorMethod::Dean) => "dean",
        }
    }

    /// The method a canonical name or an alias names (ASCII case ignored), if any.
    pub fn from_name(name: &str) -> Option<Method> {
        let name = name.trim();
        Method::ALL
            .iter()
            .copied()
            .find(|m| m.name().eq_ignore_ascii_case(name))
            .or_else(|| {
                Method::ALIASES
                    .iter()
                    .find(|(a, _)| a.eq_ignore_ascii_case(name))
                    .map(|&(_, m)| m)
            })
    }

    /// The canonical names, then the aliases, joined by `, `: the list an error for an
    /// unknown method gives.
    pub(crate) fn names_list() -> String {
        let canonical: Vec<&str> = Method::ALL.iter().map(|m| m.name()).collect();
        let aliases: Vec<&str> = Method::ALIASES.iter().map(|(a, _)| *a).collect();
        super::messages::names_list(&canonical.join(", "), &aliases.join(", "))
    }
}

impl fmt::Display for Method {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Method {
    type Err = ApportionError;

    /// Reads a method's canonical name or one of its aliases (see [`Method`]).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Method::from_name(s).ok_or_else(|| ApportionError::UnknownMethod(s.to_owned()))
    }
}

impl<'de> serde::Deserialize<'de> for Method {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for Method {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ApportionmentMethod".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let names: Vec<&str> = Method::ALL
            .iter()
            .map(|m| m.name())
            .chain(Method::ALIASES.iter().map(|(a, _)| *a))
            .collect();
        schemars::json_schema!({
            "description": "An apportionment or list-PR method by its canonical name (largest-remainder, largest-remainder-droop, largest-remainder-hagenbach-bischoff, dhondt, sainte-lague, modified-sainte-lague, huntington-hill, adams, dean); the aliases are read too, and output always gives the canonical name.",
            "type": "string",
            "enum": names
        })
    }
}

impl serde::Serialize for Method {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}
