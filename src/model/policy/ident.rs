//! Identifiers of rules and groups inside a policy: the same checked newtypes as the
//! document's ids (see [`crate::model::IdError`]).

pub use crate::model::IdError;

crate::model::id::id_type!(
    /// The id of a rule (`women-30`). Several versions of a rule share its id.
    RuleId,
    "rule",
    "women-30",
    "policy",
    Arc
);
crate::model::id::id_type!(
    /// The id of a group of people defined in a policy (`women`, `young`).
    GroupId,
    "group",
    "women",
    "policy",
    Arc
);
