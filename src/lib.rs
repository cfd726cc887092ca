//! # union-rulebook
//!
//! How trade unions govern themselves, as data and engines: structure, offices and
//! terms, representation quotas, election rules and vote counts.
//!
//! (The crate documentation opens with an end-to-end example once the document model
//! lands; see the README.)

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod diagnostics;
pub mod election;
mod lot;
pub mod model;
pub mod policy;
pub mod schema;
#[doc(hidden)]
pub mod testing;
pub mod validate;

pub use diagnostics::{Finding, JsonPath, Severity};
pub use lot::Lot;
