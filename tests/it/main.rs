//! The integration tests: one binary, a module per area.

mod blt;
mod common;
mod formats_props;
mod preflib;
mod simple;
#[cfg(feature = "cli")]
mod tally_cli;
