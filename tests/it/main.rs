//! The integration tests: one binary, a module per area.

// Test code may unwrap: a failure is a failed test.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
mod constrained;
mod decision;
mod election_rules;
