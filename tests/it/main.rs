//! The integration tests: one binary, a module per area.

mod apportionment;
mod biproportional_table;
mod common;
mod list_pr;
