//! Representation policies: quota rules with explicit rounding, their feasibility, and
//! compliance audits.
//!
//! A [`Policy`] names groups of people ([`GroupDef`], chosen by a [`Selector`] over
//! gender, age and attributes) and rule versions ([`Rule`]). Each rule has one of the
//! five shapes of representation rules ([`Shape`]): a share floor, a band for each
//! group, a floor proportional to an explicit reference population, a count floor,
//! and a floor from a body size up. Rounding is always a parameter of the rule
//! ([`Rounding`]): it is contested, and it has legal force. Shares are exact fractions
//! ([`Share`]): no floating point anywhere.
//!
//! ```
//! use union_rulebook::policy::{Policy, explain, Requirement};
//! let policy = Policy::from_toml_str(r#"
//!     [[groups]]
//!     id = "women"
//!     one = "woman"
//!     many = "women"
//!     select = { gender = "female" }
//!
//!     [[rules]]
//!     id = "women-30"
//!     effective_from = "2020-01-01"
//!     hardness = "binding"
//!     base = "all-seats"
//!     consequence = "report-only"
//!     require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
//! "#)?;
//! // The drafter's table: with this wording, a 7-seat executive needs 3 women.
//! let table = explain(&policy, 7..=7, None);
//! let Requirement::Bounds { groups } = &table.rules[0].rows[0].requirement else {
//!     return Err("expected bounds".into());
//! };
//! assert_eq!(groups[0].min, 3);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod audit;
mod check;
mod document;
mod feasibility;
mod group;
mod ident;
mod list;
pub mod messages;
mod order;
mod read;
mod rounding;
mod rule;
mod share;
mod vocabulary;

pub(crate) use audit::view_of;
pub use audit::{AuditReport, LevelSummary, RuleSummary, audit};
pub use check::{Tally, Verdict};
pub use document::{Policy, PolicyDoc};
pub use feasibility::{
    Conflict, Contradiction, Explanation, GroupBounds, Requirement, RuleTable, SizeRow, conflicts,
    explain, given_share, requirement,
};
pub use group::{GroupDef, Selector, Subject};
pub use ident::{GroupId, IdError, RuleId};
pub use list::{CandidateList, CandidateRow, ListCheck, ListError, check_list};
pub use order::{BlockShortfall, OrderRule, Windows};
pub use read::PolicyError;
pub use rounding::{Rounded, Rounding};
pub use rule::{
    Annulment, Base, Consequence, Hardness, Reference, Rule, Scope, SeatKind, Shape, Target,
};
pub use share::{Share, ShareError};
pub use vocabulary::{UNKNOWN_SELECTOR_VALUE, check_vocabulary};
