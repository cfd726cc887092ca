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

mod adjust_words;
mod audit;
mod check;
pub mod clause;
mod document;
mod effects;
mod feasibility;
mod list;
pub mod messages;
mod read;
mod readings;
mod vocabulary;

pub(crate) use audit::view_of;
pub use audit::{
    AuditReport, BodyAudit, BodyRule, EligibleCount, EligibleSource, GroupCount, LevelSummary,
    PlanVerdict, RuleSummary, audit,
};
pub use check::{Tally, Verdict};
pub use clause::{Clause, ClauseReport};
pub use document::Policy;
pub use effects::{Effect, RuleEffects, effects};
pub use feasibility::{
    AmbiguousRows, Conflict, Contradiction, Explanation, GroupBounds, ReadingRows, Requirement,
    RuleTable, SizeRow, conflicts, explain, given_share, requirement,
};
pub use list::{CandidateList, CandidateRow, ListCheck, ListError, check_list};
pub use read::PolicyError;
pub use readings::ReadingVerdict;
// The policy's data types live in the document model (a policy can be embedded in an
// organization document); the engine re-exports them.
pub use crate::model::policy::{
    Adjust, Ambiguity, Annulment, Base, BlockShortfall, Consequence, Escape, Factor, FactorError,
    GroupDef, GroupId, Hardness, IdError, OrderRule, PolicyDoc, Reading, Reference, Rounded,
    Rounding, Rule, RuleId, Scope, SeatKind, Selector, Shape, Share, ShareError, Subject, Switch,
    Target, Windows,
};
pub use vocabulary::{UNKNOWN_SELECTOR_VALUE, check_vocabulary};
