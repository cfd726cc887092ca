//! The integration tests: one binary, a module per area.

mod apportionment;
mod common;
mod list_pr;
