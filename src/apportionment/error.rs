//! Why an apportionment could not be made. The texts are in `messages.rs`.

/// Why an apportionment could not be made.
///
/// Every variant names the values at fault; [`Display`](std::fmt::Display) gives the
/// message (lowercase, no trailing period).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ApportionError {
    /// A method name that is not known.
    UnknownMethod(String),
    /// A method that apportions among units but does not count party lists (for
    /// [`ListMethod`](crate::election::ListMethod)).
    NotAListMethod(String),
    /// There are no units to apportion among.
    NoUnits,
    /// Seats are to be given but no unit has a positive weight (or none reaches the
    /// threshold).
    NoWeight {
        /// Seats to give.
        seats: u32,
    },
    /// The minimum per unit is above the maximum.
    MinAboveMax {
        /// The minimum.
        min: u32,
        /// The maximum.
        max: u32,
    },
    /// The minimums alone need more seats than there are.
    MinimumsExceedSeats {
        /// Seats the minimums need.
        needed: u64,
        /// Seats to give.
        seats: u32,
    },
    /// The maximums leave seats that nobody may take.
    MaximumsBelowSeats {
        /// Seats the maximums allow.
        allowed: u64,
        /// Seats to give.
        seats: u32,
    },
    /// A per-unit list (thresholds, rows) does not have one entry per unit.
    LengthMismatch {
        /// What the list is.
        what: &'static str,
        /// Its length.
        found: usize,
        /// The number of units.
        expected: usize,
    },
    /// A part larger than its whole where a share is formed (a composition's women and
    /// members).
    BadShare(String),
    /// A share or percentage that does not read (from [`Share::parse_percent`] or
    /// [`Share::from_str`](std::str::FromStr::from_str), through `?`).
    ///
    /// [`Share::parse_percent`]: crate::Share::parse_percent
    Share(crate::ShareError),
    /// The method cannot honour an option (a minimum with a largest-remainder method).
    Unsupported {
        /// The method.
        method: &'static str,
        /// What it cannot do.
        what: &'static str,
    },
    /// A tie for the last seats that the policy [`TiePolicy::Fail`] leaves to the
    /// caller.
    ///
    /// [`TiePolicy::Fail`]: super::TiePolicy::Fail
    Tie {
        /// The tied units (0-based, ascending).
        units: Vec<usize>,
        /// How many of them get a seat.
        seats: u32,
    },
    /// The given tie order does not name every tied unit.
    TieOrderIncomplete {
        /// A tied unit missing from the order.
        unit: usize,
    },
    /// A band table or key is malformed.
    BadBands(String),
    /// A biproportional problem whose row and column totals disagree, or whose
    /// positive weights cannot carry the seats.
    Infeasible(String),
    /// Totals exceed what exact arithmetic can hold here.
    Overflow,
    /// Alternating scaling of a biproportional table did not meet every margin within
    /// the bound on its iterations.
    NoConvergence {
        /// The bound on the iterations (row step and column step count as one).
        iterations: u32,
    },
    /// A biproportional table whose seats can be moved around a cycle of cells whose
    /// quotients sit exactly on a rounding point: two or more apportionments fit the
    /// same divisors, and this engine does not settle such ties by lot or order.
    TableTie {
        /// The tied cells as `(row, column)`, 0-based, ascending.
        cells: Vec<(usize, usize)>,
    },
}

impl std::error::Error for ApportionError {}

impl From<crate::ShareError> for ApportionError {
    fn from(e: crate::ShareError) -> Self {
        ApportionError::Share(e)
    }
}
