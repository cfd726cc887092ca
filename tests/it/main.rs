//! The integration tests: one binary, a module per area.

mod blt;
mod common;
mod stv;
