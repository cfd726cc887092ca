//! One candidate numbering for every serialized value: candidates are numbered from 1,
//! as in the ballot file (BLT, PrefLib).
//!
//! The Rust API counts candidates from 0 ([`CandidateIndex`], an index into
//! `candidates`); every JSON value (the library's own [`Outcome`](super::Outcome), the
//! [`TallyReport`](super::TallyReport), `rulebook tally --format json`), every text
//! transcript and every error message numbers them from 1. The conversion happens in
//! one place: the `serde(with = ...)` modules below, and [`CandidateNumber`].

use super::CandidateIndex;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A candidate as files, reports and messages number it: from 1.
///
/// ```
/// use union_rulebook::election::CandidateNumber;
/// let n = CandidateNumber::from_index(0);
/// assert_eq!(n.get(), 1);
/// assert_eq!(n.index(), 0);
/// assert_eq!(n.to_string(), "1");
/// assert_eq!(serde_json::to_string(&n)?, "1");
/// let back: CandidateNumber = serde_json::from_str("3")?;
/// assert_eq!(back.index(), 2);
/// assert!(serde_json::from_str::<CandidateNumber>("0").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CandidateNumber(u64);

impl CandidateNumber {
    /// The number of the candidate at 0-based `index`.
    pub const fn from_index(index: CandidateIndex) -> Self {
        CandidateNumber(index as u64 + 1)
    }

    /// The number, from 1.
    pub const fn get(self) -> u64 {
        self.0
    }

    /// The 0-based index this number stands for.
    pub const fn index(self) -> CandidateIndex {
        // A number is built from an index or checked on reading, so it is at most
        // `u32::MAX + 1`.
        (self.0 - 1) as CandidateIndex
    }

    /// The candidate numbered `number` (from 1).
    ///
    /// # Errors
    /// A message when `number` is 0 or past the last possible candidate.
    pub fn new(number: u64) -> Result<Self, String> {
        if number == 0 || number > u64::from(CandidateIndex::MAX) + 1 {
            return Err(super::messages::candidate_number_out_of_range(number));
        }
        Ok(CandidateNumber(number))
    }
}

impl fmt::Display for CandidateNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl Serialize for CandidateNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u64(self.0)
    }
}

impl<'de> Deserialize<'de> for CandidateNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let n = u64::deserialize(deserializer)?;
        CandidateNumber::new(n).map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for CandidateNumber {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "CandidateNumber".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "minimum": 1,
            "maximum": 4_294_967_296u64,
            "description": "A candidate's number, counted from 1 as in the ballot file."
        })
    }
}

/// Candidates as messages name them: `2 Budi, 3 Wati` (numbered from 1, each with its
/// name when `names` has one), or only the numbers when `names` is empty.
pub(crate) fn named(indices: &[CandidateIndex], names: &[String]) -> String {
    indices
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let number = CandidateNumber::from_index(c);
            match names.get(i).filter(|n| !n.is_empty()) {
                Some(name) => format!("{number} {name}"),
                None => number.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// `serde(with)` for a [`CandidateIndex`] written as its number from 1.
pub(crate) mod one_based {
    use super::{CandidateIndex, CandidateNumber};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub(crate) fn serialize<S: Serializer>(c: &CandidateIndex, s: S) -> Result<S::Ok, S::Error> {
        CandidateNumber::from_index(*c).serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<CandidateIndex, D::Error> {
        Ok(CandidateNumber::deserialize(d)?.index())
    }
}

/// `serde(with)` for an optional [`CandidateIndex`] written as its number from 1.
pub(crate) mod one_based_option {
    use super::{CandidateIndex, CandidateNumber};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[allow(clippy::ref_option)] // serde's `with` passes `&Option<T>`
    pub(crate) fn serialize<S: Serializer>(
        c: &Option<CandidateIndex>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        c.map(CandidateNumber::from_index).serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<CandidateIndex>, D::Error> {
        Ok(Option::<CandidateNumber>::deserialize(d)?.map(CandidateNumber::index))
    }
}

/// `serde(with)` for a list of [`CandidateIndex`] written as numbers from 1.
pub(crate) mod one_based_vec {
    use super::{CandidateIndex, CandidateNumber};
    use serde::{Deserialize, Deserializer, Serializer, ser::SerializeSeq};

    pub(crate) fn serialize<S: Serializer>(cs: &[CandidateIndex], s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(cs.len()))?;
        for &c in cs {
            seq.serialize_element(&CandidateNumber::from_index(c))?;
        }
        seq.end()
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<CandidateIndex>, D::Error> {
        Ok(Vec::<CandidateNumber>::deserialize(d)?
            .into_iter()
            .map(CandidateNumber::index)
            .collect())
    }
}

/// `serde(with)` for the order of [`TieBreak::Order`](super::TieBreak::Order): an object
/// `{"order": [numbers from 1]}`, which an enum tagged by `kind` can hold.
pub(crate) mod tie_order {
    use super::{CandidateIndex, CandidateNumber};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize)]
    struct Out<'a> {
        #[serde(with = "super::one_based_vec")]
        order: &'a [CandidateIndex],
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct In {
        order: Vec<CandidateNumber>,
    }

    pub(crate) fn serialize<S: Serializer>(
        order: &[CandidateIndex],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        Out { order }.serialize(s)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<CandidateIndex>, D::Error> {
        Ok(In::deserialize(d)?
            .order
            .into_iter()
            .map(CandidateNumber::index)
            .collect())
    }
}

/// `serde(with)` for ranks (lists of lists) of [`CandidateIndex`], numbers from 1.
pub(crate) mod one_based_ranks {
    use super::{CandidateIndex, CandidateNumber};
    use serde::{Deserialize, Deserializer, Serializer, ser::SerializeSeq};

    pub(crate) fn serialize<S: Serializer>(
        ranks: &[Vec<CandidateIndex>],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(ranks.len()))?;
        for rank in ranks {
            let numbers: Vec<CandidateNumber> = rank
                .iter()
                .map(|&c| CandidateNumber::from_index(c))
                .collect();
            seq.serialize_element(&numbers)?;
        }
        seq.end()
    }

    /// One rank, borrowed, written as its numbers from 1.
    pub(crate) struct Rank<'a>(pub(crate) &'a [CandidateIndex]);

    impl serde::Serialize for Rank<'_> {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            let mut seq = s.serialize_seq(Some(self.0.len()))?;
            for &c in self.0 {
                seq.serialize_element(&CandidateNumber::from_index(c))?;
            }
            seq.end()
        }
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<Vec<CandidateIndex>>, D::Error> {
        Ok(Vec::<Vec<CandidateNumber>>::deserialize(d)?
            .into_iter()
            .map(|rank| rank.into_iter().map(CandidateNumber::index).collect())
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Probe {
        #[serde(with = "one_based")]
        one: CandidateIndex,
        #[serde(with = "one_based_vec")]
        many: Vec<CandidateIndex>,
        #[serde(with = "one_based_ranks")]
        ranks: Vec<Vec<CandidateIndex>>,
    }

    #[test]
    fn indices_are_written_from_1_and_read_back() {
        let p = Probe {
            one: 0,
            many: vec![2, 0],
            ranks: vec![vec![1], vec![0, 2]],
        };
        let text = serde_json::to_string(&p).unwrap_or_default();
        assert_eq!(text, r#"{"one":1,"many":[3,1],"ranks":[[2],[1,3]]}"#);
        let back: Probe = serde_json::from_str(&text).unwrap_or(Probe {
            one: 9,
            many: vec![],
            ranks: vec![],
        });
        assert_eq!(back, p);
    }

    #[test]
    fn zero_and_too_large_are_refused() {
        let zero = serde_json::from_str::<CandidateNumber>("0");
        assert!(zero.is_err_and(|e| e.to_string().contains("expected a number from 1")));
        assert!(serde_json::from_str::<CandidateNumber>("4294967297").is_err());
        assert_eq!(
            serde_json::from_str::<CandidateNumber>("4294967296")
                .map(CandidateNumber::index)
                .ok(),
            Some(u32::MAX)
        );
        assert_eq!(named(&[0, 4], &[]), "1, 5");
        assert_eq!(named(&[0, 4], &["Ani".into(), String::new()]), "1 Ani, 5");
    }
}
