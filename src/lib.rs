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
pub mod model;
pub mod validate;
mod lot;
pub mod policy;

pub use diagnostics::{Finding, JsonPath, Severity};
pub use lot::Lot;
