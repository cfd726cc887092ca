//! The integration tests: one binary, a module per area.

mod common;
mod model;
mod policy;
mod policy_audit;
mod policy_props;
