//! The integration tests: one binary, a module per area.

mod blt;
mod common;
mod formats_props;
mod preflib;
mod simple;
mod stv;
#[cfg(feature = "cli")]
mod stv_cli;
#[cfg(feature = "cli")]
mod tally_cli;
