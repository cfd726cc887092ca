//! The ballots of a ranked election, stored flat: every ballot's weight and
//! candidates in one array, with the ballots' starts beside it, instead of a vector
//! per ballot and per rank.
//!
//! A ballot file of a million distinct ballots is a million short rankings: stored as
//! one `Vec<Vec<u32>>` each, the allocations (a header per rank, a heap block per
//! candidate) cost some twenty times the text. Here a ballot costs its candidates (4
//! bytes each) and 20 bytes (its weight, its length and its start); equal rankings,
//! rare, are a sorted list of the positions that share the rank of the candidate
//! before.

use super::numbering::one_based_ranks;
use super::{CandidateIndex, RankedBallot};
use hashbrown::HashTable;
use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::hash::{BuildHasher, Hasher};

/// The ballots of a [`RankedElection`](super::RankedElection), stored flat.
///
/// Each ballot is read as a [`BallotRef`] (its weight and its [`Ranks`]); an owned
/// [`RankedBallot`] goes in with [`Ballots::push`] or `From<Vec<RankedBallot>>`, and
/// comes out with [`BallotRef::to_owned`] or [`Ballots::to_vec`]. In JSON the ballots
/// are a list of `{"weight", "ranks"}` objects, as a `Vec<RankedBallot>` is.
///
/// ```
/// use union_rulebook::election::{Ballots, RankedBallot};
/// let mut ballots = Ballots::from(vec![RankedBallot::strict(3, [1, 0])]);
/// ballots.push(RankedBallot { weight: 2, ranks: vec![vec![0, 2], vec![1]] });
/// assert_eq!(ballots.len(), 2);
/// assert_eq!(ballots.total_weight(), 5);
/// let second = ballots.get(1).ok_or("no second ballot")?;
/// assert_eq!(second.weight, 2);
/// assert_eq!(second.ranks.first(), Some(&[0, 2][..]));
/// assert!(second.has_equal_ranks());
/// for rank in &second.ranks {
///     assert!(!rank.is_empty());
/// }
/// assert_eq!(ballots.to_vec()[0], RankedBallot::strict(3, [1, 0]));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Ballots {
    /// Every ballot's row, one after the other: its weight (low half, high half), its
    /// number of candidates, and its candidates in order of preference. A ballot's
    /// weight and candidates are side by side, so merging a line into a kept ballot
    /// touches one place.
    rows: Vec<u32>,
    /// The start of each ballot's row in `rows`.
    starts: Vec<usize>,
    /// Positions in `rows` (ascending) of the candidates that share the rank of the
    /// candidate before them (an equal ranking).
    tied: Vec<usize>,
}

/// A row's head: the weight's two halves and the number of candidates.
const HEAD: usize = 3;

impl Ballots {
    /// No ballots.
    pub fn new() -> Self {
        Ballots::default()
    }

    /// The number of ballots (identical ones merged by the readers count once).
    pub fn len(&self) -> usize {
        self.starts.len()
    }

    /// Whether there are no ballots.
    pub fn is_empty(&self) -> bool {
        self.starts.is_empty()
    }

    /// The number of voters: the sum of the weights (saturating at `u64::MAX`; the
    /// readers refuse files whose total does not fit).
    pub fn total_weight(&self) -> u64 {
        self.starts
            .iter()
            .fold(0u64, |s, &r| s.saturating_add(self.row_weight(r)))
    }

    /// Appends a ballot.
    pub fn push(&mut self, ballot: RankedBallot) {
        let row = self.rows.len();
        let n: usize = ballot.ranks.iter().map(Vec::len).sum();
        self.push_head(ballot.weight, n);
        for rank in &ballot.ranks {
            for (j, &c) in rank.iter().enumerate() {
                if j > 0 {
                    self.tied.push(self.rows.len());
                }
                self.rows.push(c);
            }
        }
        self.starts.push(row);
    }

    fn push_head(&mut self, weight: u64, n: usize) {
        self.rows.push((weight & 0xFFFF_FFFF) as u32);
        self.rows.push((weight >> 32) as u32);
        // A ballot of more than `u32::MAX` candidates cannot be built (`u32` indices
        // repeat before that); the count saturates.
        self.rows.push(u32::try_from(n).unwrap_or(u32::MAX));
    }

    /// Appends a ballot given flat: its candidates in order, and beside each whether
    /// it shares the rank of the one before (`tied.len() == cands.len()`). Returns the
    /// start of its row.
    pub(crate) fn push_flat(
        &mut self,
        weight: u64,
        cands: &[CandidateIndex],
        tied: &[bool],
    ) -> usize {
        let row = self.rows.len();
        self.push_head(weight, cands.len());
        let base = self.rows.len();
        self.rows.extend_from_slice(cands);
        for (i, _) in tied.iter().enumerate().filter(|(_, t)| **t) {
            self.tied.push(base + i);
        }
        self.starts.push(row);
        row
    }

    /// Releases the spare capacity the reading left.
    pub(crate) fn shrink_to_fit(&mut self) {
        self.rows.shrink_to_fit();
        self.starts.shrink_to_fit();
        self.tied.shrink_to_fit();
    }

    /// The weight in the row starting at `row`.
    #[inline]
    fn row_weight(&self, row: usize) -> u64 {
        let lo = self.rows.get(row).copied().unwrap_or(0);
        let hi = self.rows.get(row + 1).copied().unwrap_or(0);
        u64::from(lo) | (u64::from(hi) << 32)
    }

    /// Adds `w` to the weight in the row starting at `row` (saturating).
    #[inline]
    pub(crate) fn add_to_row(&mut self, row: usize, w: u64) {
        let sum = self.row_weight(row).saturating_add(w);
        if let Some(lo) = self.rows.get_mut(row) {
            *lo = (sum & 0xFFFF_FFFF) as u32;
        }
        if let Some(hi) = self.rows.get_mut(row + 1) {
            *hi = (sum >> 32) as u32;
        }
    }

    /// The bounds of the candidates of the row starting at `row`.
    #[inline]
    fn row_bounds(&self, row: usize) -> (usize, usize) {
        let n = self.rows.get(row + 2).copied().unwrap_or(0) as usize;
        let start = (row + HEAD).min(self.rows.len());
        (start, (start + n).min(self.rows.len()))
    }

    /// The candidates of the row starting at `row`.
    #[inline]
    pub(crate) fn row_cands(&self, row: usize) -> &[CandidateIndex] {
        let (s, e) = self.row_bounds(row);
        self.rows.get(s..e).unwrap_or_default()
    }

    /// Whether the row starting at `row` has an equal ranking.
    pub(crate) fn row_has_equal_ranks(&self, row: usize) -> bool {
        let (s, e) = self.row_bounds(row);
        !self.tied_in(s, e).is_empty()
    }

    /// The `tied` positions within `start..end`.
    fn tied_in(&self, start: usize, end: usize) -> &[usize] {
        if self.tied.is_empty() {
            return &[];
        }
        let a = self.tied.partition_point(|&p| p < start);
        let b = self.tied.partition_point(|&p| p < end);
        self.tied.get(a..b).unwrap_or_default()
    }

    /// Ballot `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<BallotRef<'_>> {
        let row = *self.starts.get(i)?;
        let (start, end) = self.row_bounds(row);
        Some(BallotRef {
            weight: self.row_weight(row),
            ranks: Ranks {
                cands: self.rows.get(start..end).unwrap_or_default(),
                tied: self.tied_in(start, end),
                base: start,
            },
        })
    }

    /// The candidates of ballot `i` in order of preference (every rank's, flat).
    pub(crate) fn cands_of(&self, i: usize) -> &[CandidateIndex] {
        self.starts
            .get(i)
            .map_or(&[][..], |&row| self.row_cands(row))
    }

    /// Whether the row starting at `row` is `cands` with the equal-rank marks `tied`.
    pub(crate) fn row_is_flat(&self, row: usize, cands: &[CandidateIndex], tied: &[bool]) -> bool {
        let (start, end) = self.row_bounds(row);
        if self.rows.get(start..end) != Some(cands) {
            return false;
        }
        let mut marks = self.tied_in(start, end).iter();
        let mut next = marks.next();
        for (j, &t) in tied.iter().enumerate() {
            let here = next == Some(&(start + j));
            if here {
                next = marks.next();
            }
            if here != t {
                return false;
            }
        }
        next.is_none()
    }

    /// Whether ballot `i` is `cands` with the equal-rank marks `tied`.
    #[cfg(test)]
    fn is_flat(&self, i: usize, cands: &[CandidateIndex], tied: &[bool]) -> bool {
        self.starts
            .get(i)
            .is_some_and(|&row| self.row_is_flat(row, cands, tied))
    }

    /// Sets the weight of ballot `i`; `false` when there is no such ballot.
    pub fn set_weight(&mut self, i: usize, weight: u64) -> bool {
        let Some(&row) = self.starts.get(i) else {
            return false;
        };
        if let Some(lo) = self.rows.get_mut(row) {
            *lo = (weight & 0xFFFF_FFFF) as u32;
        }
        if let Some(hi) = self.rows.get_mut(row + 1) {
            *hi = (weight >> 32) as u32;
        }
        true
    }

    /// Whether any ballot has an equal ranking.
    pub fn has_equal_ranks(&self) -> bool {
        !self.tied.is_empty()
    }

    /// The ballots, one after the other.
    pub fn iter(&self) -> BallotIter<'_> {
        BallotIter {
            ballots: self,
            next: 0,
            end: self.len(),
        }
    }

    /// The ballots as owned [`RankedBallot`]s.
    pub fn to_vec(&self) -> Vec<RankedBallot> {
        self.iter().map(|b| b.to_owned()).collect()
    }
}

impl fmt::Debug for Ballots {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl From<Vec<RankedBallot>> for Ballots {
    fn from(ballots: Vec<RankedBallot>) -> Self {
        ballots.into_iter().collect()
    }
}

impl FromIterator<RankedBallot> for Ballots {
    fn from_iter<I: IntoIterator<Item = RankedBallot>>(iter: I) -> Self {
        let mut b = Ballots::new();
        b.extend(iter);
        b
    }
}

impl Extend<RankedBallot> for Ballots {
    fn extend<I: IntoIterator<Item = RankedBallot>>(&mut self, iter: I) {
        for ballot in iter {
            self.push(ballot);
        }
    }
}

impl<'a> IntoIterator for &'a Ballots {
    type Item = BallotRef<'a>;
    type IntoIter = BallotIter<'a>;
    fn into_iter(self) -> BallotIter<'a> {
        self.iter()
    }
}

impl PartialEq<Vec<RankedBallot>> for Ballots {
    fn eq(&self, other: &Vec<RankedBallot>) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == *b)
    }
}

impl Serialize for Ballots {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.len()))?;
        for b in self {
            seq.serialize_element(&b)?;
        }
        seq.end()
    }
}

impl<'de> Deserialize<'de> for Ballots {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(Vec::<RankedBallot>::deserialize(d)?.into())
    }
}

/// The ballots of [`Ballots::iter`].
#[derive(Debug, Clone)]
pub struct BallotIter<'a> {
    ballots: &'a Ballots,
    next: usize,
    end: usize,
}

impl<'a> Iterator for BallotIter<'a> {
    type Item = BallotRef<'a>;

    fn next(&mut self) -> Option<BallotRef<'a>> {
        if self.next >= self.end {
            return None;
        }
        let b = self.ballots.get(self.next);
        self.next += 1;
        b
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.end.saturating_sub(self.next);
        (n, Some(n))
    }
}

impl DoubleEndedIterator for BallotIter<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        if self.next >= self.end {
            return None;
        }
        self.end -= 1;
        self.ballots.get(self.end)
    }
}

impl ExactSizeIterator for BallotIter<'_> {}

/// One ballot of [`Ballots`]: its weight and its ranks, borrowed.
#[derive(Debug, Clone, Copy)]
pub struct BallotRef<'a> {
    /// How many voters cast exactly this ballot.
    pub weight: u64,
    /// Ranks from first preference down.
    pub ranks: Ranks<'a>,
}

impl BallotRef<'_> {
    /// The ballot as an owned [`RankedBallot`].
    pub fn to_owned(&self) -> RankedBallot {
        RankedBallot {
            weight: self.weight,
            ranks: self.ranks.to_vec(),
        }
    }

    /// Whether some rank holds more than one candidate.
    pub fn has_equal_ranks(&self) -> bool {
        !self.ranks.tied.is_empty()
    }
}

impl PartialEq for BallotRef<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.weight == other.weight && self.ranks == other.ranks
    }
}

impl Eq for BallotRef<'_> {}

impl PartialEq<RankedBallot> for BallotRef<'_> {
    fn eq(&self, other: &RankedBallot) -> bool {
        self.weight == other.weight && self.ranks == other.ranks
    }
}

impl Serialize for BallotRef<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        struct R<'b>(&'b Ranks<'b>);
        impl Serialize for R<'_> {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                for rank in self.0 {
                    seq.serialize_element(&one_based_ranks::Rank(rank))?;
                }
                seq.end()
            }
        }
        let mut st = s.serialize_struct("RankedBallot", 2)?;
        st.serialize_field("weight", &self.weight)?;
        st.serialize_field("ranks", &R(&self.ranks))?;
        st.end()
    }
}

/// The ranks of one ballot: each rank a slice of candidates (more than one in an
/// equal ranking).
#[derive(Clone, Copy)]
pub struct Ranks<'a> {
    cands: &'a [CandidateIndex],
    /// Positions (in the store, from `base`) that share the rank before.
    tied: &'a [usize],
    base: usize,
}

impl<'a> Ranks<'a> {
    /// The number of ranks.
    pub fn len(&self) -> usize {
        self.cands.len() - self.tied.len()
    }

    /// Whether the ballot ranks nobody.
    pub fn is_empty(&self) -> bool {
        self.cands.is_empty()
    }

    /// The first rank, if any.
    pub fn first(&self) -> Option<&'a [CandidateIndex]> {
        self.iter().next()
    }

    /// Every candidate of every rank, in order.
    pub fn candidates(&self) -> &'a [CandidateIndex] {
        self.cands
    }

    /// The ranks in order.
    pub fn iter(&self) -> RankIter<'a> {
        RankIter {
            cands: self.cands,
            tied: self.tied,
            base: self.base,
            pos: 0,
        }
    }

    /// The ranks as owned lists.
    pub fn to_vec(&self) -> Vec<Vec<CandidateIndex>> {
        self.iter().map(<[CandidateIndex]>::to_vec).collect()
    }
}

impl fmt::Debug for Ranks<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

impl PartialEq for Ranks<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.iter().eq(other.iter())
    }
}

impl Eq for Ranks<'_> {}

impl PartialEq<Vec<Vec<CandidateIndex>>> for Ranks<'_> {
    fn eq(&self, other: &Vec<Vec<CandidateIndex>>) -> bool {
        self.len() == other.len() && self.iter().zip(other).all(|(a, b)| a == b.as_slice())
    }
}

impl<'a> IntoIterator for Ranks<'a> {
    type Item = &'a [CandidateIndex];
    type IntoIter = RankIter<'a>;
    fn into_iter(self) -> RankIter<'a> {
        self.iter()
    }
}

impl<'a> IntoIterator for &Ranks<'a> {
    type Item = &'a [CandidateIndex];
    type IntoIter = RankIter<'a>;
    fn into_iter(self) -> RankIter<'a> {
        self.iter()
    }
}

/// The ranks of [`Ranks::iter`].
#[derive(Debug, Clone)]
pub struct RankIter<'a> {
    cands: &'a [CandidateIndex],
    tied: &'a [usize],
    base: usize,
    pos: usize,
}

impl<'a> Iterator for RankIter<'a> {
    type Item = &'a [CandidateIndex];

    fn next(&mut self) -> Option<&'a [CandidateIndex]> {
        if self.pos >= self.cands.len() {
            return None;
        }
        let start = self.pos;
        let mut end = start + 1;
        while self.tied.first() == Some(&(self.base + end)) {
            end += 1;
            self.tied = self.tied.get(1..).unwrap_or_default();
        }
        self.pos = end;
        self.cands.get(start..end)
    }
}

/// A grouping table: the groups kept so far (where they are in the caller's store:
/// a row start, an index) by their hash, as a `HashTable` of 8-byte entries (half the
/// hash beside the place, so growing the table never looks at the store). A probe compares the stored half
/// first and calls the caller's equality only when it matches.
#[derive(Default)]
pub(crate) struct Groups {
    table: HashTable<u64>,
}

/// The table's hash of an entry's stored half.
#[inline]
fn spread(tag: u32) -> u64 {
    u64::from(tag).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl Groups {
    /// The group of hash `h` for which `eq` holds, if there is one.
    #[inline]
    pub(crate) fn find(&self, h: u64, mut eq: impl FnMut(usize) -> bool) -> Option<usize> {
        let tag = (h >> 32) as u32;
        self.table
            .find(spread(tag), |&e| {
                (e >> 32) as u32 == tag && eq((e & 0xFFFF_FFFF) as usize)
            })
            .map(|&e| (e & 0xFFFF_FFFF) as usize)
    }

    /// Adds group `g` (its place) of hash `h`. A place past `u32::MAX` is not added
    /// (those groups stay unmerged; the counts merge them again).
    pub(crate) fn insert(&mut self, h: u64, g: usize) {
        let tag = (h >> 32) as u32;
        if let Ok(g) = u32::try_from(g) {
            self.table
                .insert_unique(spread(tag), (u64::from(tag) << 32) | u64::from(g), |&e| {
                    spread((e >> 32) as u32)
                });
        }
    }
}

/// The hash of a flat ranking (candidates, and beside each whether it shares the rank
/// of the one before), for the readers' grouping tables.
pub(crate) fn hash_flat(
    state: &foldhash::fast::RandomState,
    cands: &[CandidateIndex],
    tied: &[bool],
) -> u64 {
    let mut h = state.build_hasher();
    for (&c, &t) in cands.iter().zip(tied) {
        h.write_u64(u64::from(c) << 1 | u64::from(t));
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flat_store_gives_back_the_ballots() {
        let v = vec![
            RankedBallot {
                weight: 2,
                ranks: vec![vec![3], vec![0, 1, 2], vec![4]],
            },
            RankedBallot::strict(1, []),
            RankedBallot {
                weight: 5,
                ranks: vec![vec![1, 0]],
            },
            RankedBallot::strict(7, [2, 1]),
        ];
        let b = Ballots::from(v.clone());
        assert_eq!(b.to_vec(), v);
        assert_eq!(b, v);
        assert_eq!(b.get(0).map(|x| x.ranks.len()), Some(3));
        assert!(b.get(2).is_some_and(|x| x.has_equal_ranks()));
        assert!(!b.get(3).is_some_and(|x| x.has_equal_ranks()));
        assert!(b.is_flat(0, &[3, 0, 1, 2, 4], &[false, false, true, true, false]));
        assert!(!b.is_flat(0, &[3, 0, 1, 2, 4], &[false; 5]));
        assert!(b.is_flat(3, &[2, 1], &[false, false]));
        let json = serde_json::to_string(&b).unwrap_or_default();
        assert_eq!(
            json,
            r#"[{"weight":2,"ranks":[[4],[1,2,3],[5]]},{"weight":1,"ranks":[]},{"weight":5,"ranks":[[2,1]]},{"weight":7,"ranks":[[3],[2]]}]"#
        );
        let back: Ballots = serde_json::from_str(&json).unwrap_or_default();
        assert_eq!(back, b);
        assert_eq!(
            b.iter().rev().map(|x| x.weight).collect::<Vec<_>>(),
            [7, 5, 1, 2]
        );
    }
}
