//! The data of a representation policy as written: groups, rule versions and list order
//! rules, the exact shares and roundings they use. These are document types, read from
//! policy files and from the `policy` member of an organization document; the engine
//! that checks and applies them is [`crate::policy`], which re-exports them.

mod adjust;
mod escape;
mod group;
mod ident;
mod order;
mod reading;
mod rule;

pub use crate::rounding::{Rounded, Rounding};
pub use crate::share::{Share, ShareError};
pub use adjust::{Adjust, Factor, FactorError, Switch};
pub use escape::Escape;
pub(crate) use escape::escape_not_applicable;
pub use group::{GroupDef, Selector, Subject};
pub use ident::{GroupId, IdError, RuleId};
pub use order::{BlockShortfall, OrderRule, Windows};
pub use reading::{Ambiguity, Reading};
pub use rule::{
    Annulment, Base, Consequence, Hardness, Reference, Rule, Scope, SeatKind, Shape, Target,
};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A policy as written: the wire format of policy files (TOML or JSON), and of the
/// `policy` member of an organization document. [`Policy`](crate::policy::Policy) is
/// the checked form.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyDoc {
    /// The JSON Schema the file names for editors (`"$schema" =
    /// "schemas/policy.schema.json"`): kept as written, never fetched or checked.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// A title for the policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The groups rules refer to.
    #[serde(default)]
    pub groups: Vec<GroupDef>,
    /// The rule versions.
    #[serde(default)]
    pub rules: Vec<Rule>,
    /// The order rules for candidate lists.
    #[serde(default)]
    pub order_rules: Vec<OrderRule>,
}
