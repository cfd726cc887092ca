//! Apportionment: seats and delegates among units in proportion to their weights
//! (members, votes, population).
//!
//! Unions apportion congress delegates, council and executive seats among regions and
//! sectors by membership, often with a minimum per unit, a cap, a band table, and rules
//! on the gender of each delegation. This engine works on numbers, not on the document
//! model.
//!
//! ```
//! use union_rulebook::apportionment::{apportion, Options, Share, Threshold};
//! // D'Hondt, 183 seats, 4% threshold (Austrian Nationalrat, NRWO 1992 §§100, 107).
//! let votes = [1_789_417, 1_011_868, 772_666, 387_124, 89_169, 664_055, 32_736];
//! let opts = Options::new("dhondt".parse()?, 183)
//!     .with_threshold(Threshold::Uniform(Share::parse_percent("4")?));
//! let a = apportion(&votes, &opts)?;
//! assert_eq!(a.allocation, vec![71, 40, 31, 15, 0, 26, 0]);
//! assert!(a.ties.is_empty());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Scope: largest remainder (Hare, Droop, Hagenbach-Bischoff quotas); the divisor
//! methods of d'Hondt, Sainte-Laguë (plain and modified), Huntington-Hill, Adams and
//! Dean, with a minimum and a maximum per unit honoured by the divisor search; a
//! threshold; band tables and simple keys; biproportional apportionment; the gender
//! composition of delegations; a CSV reader for unit weights. Arithmetic is exact:
//! priorities are compared by cross-multiplication in 256-bit integers, never floats.
//! Ties for the last seat are settled only by the caller's [`TiePolicy`] and recorded.

mod arith;
mod bands;
mod biproportional;
mod composition;
pub(crate) mod csv;
mod divisor;
mod engine;
mod error;
mod messages;
mod method;
mod options;
mod remainder;
mod report;
mod table;
mod vote_table;

/// The crate's one rounding type, re-exported here for keys and compositions.
pub use crate::Rounding;
/// The crate's one share type, re-exported here for thresholds.
pub use crate::Share;
pub use bands::{BandTable, Key};
pub use biproportional::{Biproportional, MAX_MOVE_WORK, biproportional};
pub use composition::{CompositionRule, composition};
pub use csv::{CsvError, CsvErrorKind, UnitWeight, read_weights_csv};
pub use engine::apportion;
pub use error::ApportionError;
pub use method::{DivisorMethod, Method, Quota};
pub use options::{Allocation, Options, SettledBy, Threshold, Tie, TiePolicy};
pub use report::{ApportionReport, ReportRow, ReportTie};
pub use table::{BiproportionalTable, MAX_ITERATIONS, biproportional_table};
pub use vote_table::{
    BiproportionalReport, GroupLine, TableOptions, TableUnit, UnitLine, VoteTable, apportion_table,
};
