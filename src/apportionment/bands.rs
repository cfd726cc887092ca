//! Band tables and simple keys: seats from a unit's own size, not shared out.
//!
//! Union statutes often give delegates by membership bands ("up to 5,000 members: 1
//! delegate; 5,001 to 10,000: 2; ...; then one more per 25,000, at most 10") or by a
//! key ("one delegate per 100 members, at least one"). Lower bounds are inclusive and
//! stated in the data.

use super::csv::{CsvError, CsvErrorKind};
use super::error::ApportionError;
use super::messages;
use crate::Rounding;
use crate::read::csv::Table;
use serde::Serialize;

/// A band table: each band's inclusive lower bound and its seats, optionally one more
/// seat per `per` members above the last band's lower bound, and a cap.
///
/// ```
/// use union_rulebook::apportionment::BandTable;
/// // up to 5,000: 1; 5,001-10,000: 2; 10,001 and more: 3, plus one per 25,000; at most 6.
/// let t = BandTable::new(vec![(0, 1), (5_001, 2), (10_001, 3)], Some(25_000), Some(6))?;
/// assert_eq!(t.seats(5_000)?, 1);
/// assert_eq!(t.seats(5_001)?, 2);
/// assert_eq!(t.seats(35_000)?, 3);
/// assert_eq!(t.seats(35_001)?, 4);
/// assert_eq!(t.seats(1_000_000)?, 6);
/// // Without a cap, one seat per member above 0 cannot give 5 billion seats.
/// let t = BandTable::new(vec![(0, 0)], Some(1), None)?;
/// assert!(t.seats(5_000_000_000).is_err());
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BandTable {
    bands: Vec<(u64, u32)>,
    per: Option<u64>,
    cap: Option<u32>,
}

impl BandTable {
    /// A table from `(lower bound, seats)` pairs in ascending order of lower bound.
    /// Units below the first lower bound get no seat. `per: None` gives no more seats
    /// above the last band; `Some(n)` one more seat per `n` members.
    ///
    /// `Some(0)` is refused rather than read as `None`: one more seat per 0 members is
    /// no number of seats, and `None` says "no more seats" already. (In a CSV file,
    /// [`BandTable::read_csv`] reads a `per` of 0 as `None`, as an empty field; both
    /// give the same table.)
    ///
    /// ```
    /// use union_rulebook::apportionment::BandTable;
    /// let e = BandTable::new(vec![(0, 1)], Some(0), None).unwrap_err();
    /// assert_eq!(
    ///     e.to_string(),
    ///     "bad band table: one more seat per 0 members: expected a positive number, \
    ///      or no `per` for no more seats"
    /// );
    /// assert_eq!(BandTable::new(vec![(0, 1)], None, None)?.seats(1_000_000)?, 1);
    /// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
    /// ```
    ///
    /// # Errors
    /// [`ApportionError::BadBands`] when there is no band, lower bounds are not strictly
    /// ascending, or `per` is `Some(0)`.
    pub fn new(
        bands: Vec<(u64, u32)>,
        per: Option<u64>,
        cap: Option<u32>,
    ) -> Result<Self, ApportionError> {
        if bands.is_empty() {
            return Err(ApportionError::BadBands(messages::no_bands()));
        }
        for pair in bands.windows(2) {
            if let [(a, _), (b, _)] = pair
                && b <= a
            {
                return Err(ApportionError::BadBands(messages::band_order(*b, *a)));
            }
        }
        if per == Some(0) {
            return Err(ApportionError::BadBands(messages::band_per_zero()));
        }
        Ok(BandTable { bands, per, cap })
    }

    /// Reads a band table from CSV with a header: `from` (inclusive lower bound) and
    /// `seats` columns, and an optional `per` column whose value on the last row gives one
    /// more seat per that many members above that row's lower bound. An empty `per`, or
    /// 0, gives no more seats: it is read as `per: None` of [`BandTable::new`] (which
    /// refuses `Some(0)`), as the file format says (see [`crate::schema`]).
    ///
    /// # Errors
    /// A [`CsvError`] with line and column: unreadable CSV, a missing column, a field
    /// that is not a whole number, lower bounds not ascending.
    pub fn read_csv(text: &str, cap: Option<u32>) -> Result<Self, CsvError> {
        let table = Table::read(text)?;
        let from_col = table.column("from")?;
        let seats_col = table.column("seats")?;
        let per_col = table.optional_column("per")?;
        table.require_rows()?;
        let mut bands: Vec<(u64, u32)> = Vec::with_capacity(table.rows().len());
        let mut per = None;
        for row in table.rows() {
            let from = row.whole(&from_col, u64::MAX)?;
            if let Some(&(previous, _)) = bands.last()
                && from <= previous
            {
                return Err(row.error(&from_col, CsvErrorKind::BandOrder { from, previous }));
            }
            let seats = row.whole_u32(&seats_col)?;
            per = match &per_col {
                Some(c) if row.optional(c).is_some_and(|p| !p.is_empty()) => {
                    Some(row.whole(c, u64::MAX)?).filter(|&p| p > 0)
                }
                _ => None,
            };
            bands.push((from, seats));
        }
        Ok(BandTable { bands, per, cap })
    }

    /// Seats for a unit of `members`: its band's seats, plus one per `per` members
    /// above the last band's lower bound, then the cap.
    ///
    /// # Errors
    /// [`ApportionError::BadBands`] when the table gives the unit more seats than a seat
    /// count holds (`u32::MAX`) and no cap brings them below it, instead of silently
    /// giving it `u32::MAX`.
    pub fn seats(&self, members: u64) -> Result<u32, ApportionError> {
        let Some(pos) = self.bands.iter().rposition(|&(from, _)| from <= members) else {
            return Ok(0);
        };
        let Some(&(from, seats)) = self.bands.get(pos) else {
            return Ok(0);
        };
        let mut s = u64::from(seats);
        if pos + 1 == self.bands.len()
            && let Some(per) = self.per
        {
            // Saturating is exact here: past u64::MAX the count is over any cap and any
            // seat count, and is refused below either way.
            s = s.saturating_add((members - from) / per);
        }
        let s = self.cap.map_or(s, |c| s.min(u64::from(c)));
        u32::try_from(s)
            .map_err(|_| ApportionError::BadBands(messages::band_seats_overflow(members, s)))
    }

    /// Seats for each unit.
    ///
    /// # Errors
    /// The first unit [`BandTable::seats`] refuses.
    pub fn apportion(&self, members: &[u64]) -> Result<Vec<u32>, ApportionError> {
        members.iter().map(|&m| self.seats(m)).collect()
    }
}

/// A simple key: one seat per `per` members, rounded, with a minimum and an optional
/// cap ("one delegate per 100 members, at least one").
///
/// ```
/// use union_rulebook::apportionment::{Key, Rounding};
/// let k = Key::new(100, Rounding::Down, 1, None)?;
/// assert_eq!(k.seats(40), 1);
/// assert_eq!(k.seats(250), 2);
/// assert_eq!(Key::new(100, Rounding::Up, 0, Some(3))?.seats(250), 3);
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Key {
    per: u64,
    rounding: Rounding,
    min: u32,
    max: Option<u32>,
}

impl Key {
    /// One seat per `per` members, rounded by `rounding` (up, down, half-up or
    /// half-even).
    ///
    /// # Errors
    /// [`ApportionError::BadBands`] when `per` is 0 or the rounding is
    /// [`Rounding::DHondt`] (which shares seats between two groups and rounds no
    /// quotient); [`ApportionError::MinAboveMax`] when the minimum exceeds the cap.
    pub fn new(
        per: u64,
        rounding: Rounding,
        min: u32,
        max: Option<u32>,
    ) -> Result<Self, ApportionError> {
        if per == 0 {
            return Err(ApportionError::BadBands(messages::per_zero("one seat")));
        }
        if rounding.quotient(1, 1).is_none() {
            return Err(ApportionError::BadBands(messages::key_rounding(rounding)));
        }
        if let Some(max) = max
            && min > max
        {
            return Err(ApportionError::MinAboveMax { min, max });
        }
        Ok(Key {
            per,
            rounding,
            min,
            max,
        })
    }

    /// Seats for a unit of `members`.
    pub fn seats(&self, members: u64) -> u32 {
        let s = self
            .rounding
            .quotient(u128::from(members), u128::from(self.per))
            .unwrap_or(0);
        let s = u32::try_from(s).unwrap_or(u32::MAX).max(self.min);
        self.max.map_or(s, |m| s.min(m))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    /// The file format (crate::schema, "CSV inputs"): a `per` of 0 or empty is none,
    /// the same table as `per: None`.
    #[test]
    fn a_csv_per_of_0_is_the_same_table_as_no_per() -> Result<(), Box<dyn std::error::Error>> {
        let none = BandTable::new(vec![(0, 1), (5_001, 2)], None, Some(9))?;
        let zero = BandTable::read_csv("from,seats,per\n0,1,\n5001,2,0\n", Some(9))?;
        let empty = BandTable::read_csv("from,seats,per\n0,1,\n5001,2,\n", Some(9))?;
        let absent = BandTable::read_csv("from,seats\n0,1\n5001,2\n", Some(9))?;
        assert_eq!(zero, none);
        assert_eq!(empty, none);
        assert_eq!(absent, none);
        assert_eq!(zero.seats(1_000_000)?, 2);
        Ok(())
    }

    #[test]
    fn new_refuses_a_per_of_0_and_says_what_gives_no_more_seats() {
        let e = BandTable::new(vec![(0, 1)], Some(0), None);
        assert_eq!(
            e.map_err(|e| e.to_string()),
            Err(
                "bad band table: one more seat per 0 members: expected a positive number, or \
                 no `per` for no more seats"
                    .to_string()
            )
        );
        let e = i18n::with_lang(Lang::Id, || {
            BandTable::new(vec![(0, 1)], Some(0), None).map_err(|e| e.to_string())
        });
        assert_eq!(
            e,
            Err(
                "tabel jenjang salah: satu kursi tambahan per 0 anggota: seharusnya bilangan \
                 positif, atau tanpa `per` bila tidak ada kursi tambahan"
                    .to_string()
            )
        );
        // A key has no "none": its per is refused at 0 with the plain message.
        assert_eq!(
            Key::new(0, Rounding::Down, 0, None).map_err(|e| e.to_string()),
            Err("bad band table: one seat per 0 members: expected a positive number".to_string())
        );
    }
}
