//! # union-rulebook
//!
//! How trade unions govern themselves, as data and engines: structure, offices and
//! terms, representation quotas, election rules and vote counts.
//!
//! ```
//! use chrono::NaiveDate;
//! use union_rulebook::diagnostics::render_text;
//! use union_rulebook::model::Organization;
//! use union_rulebook::validate::validate;
//!
//! // Load a document (JSON here; `from_toml_str` reads hand-written TOML).
//! let doc = Organization::from_json_str(r#"{
//!   "name": "PSP SPN PT Contoh",
//!   "levels": [{"id": "psp", "name": "Pimpinan Serikat Pekerja", "rules": {"min_members": 10}}],
//!   "units": [{"id": "psp-contoh", "name": "PSP SPN PT Contoh", "level": "psp"}],
//!   "bodies": [{"id": "psp-contoh/executive", "unit": "psp-contoh", "kind": "executive",
//!               "name": "Pengurus", "posts": [
//!                 {"id": "psp-contoh/chair", "role": "chair"},
//!                 {"id": "psp-contoh/women-seat", "role": "member", "reserved_for": "gender:woman"}]}],
//!   "people": [{"id": "p-1", "gender": "man"}],
//!   "memberships": [{"person": "p-1", "unit": "psp-contoh", "start": "2020-01-01"}],
//!   "terms": [{"person": "p-1", "post": "psp-contoh/women-seat", "start": "2024-04-01"}]
//! }"#)?;
//!
//! // Validate as of a date (the library never reads the clock) and print the findings.
//! let findings = validate(&doc, NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?);
//! let codes: Vec<&str> = findings.iter().map(|f| &*f.code).collect();
//! assert_eq!(codes, ["reserved-seat-outside-group", "below-minimum-members", "vacancy"]);
//! print!("{}", render_text(&findings));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Scope
//!
//! - [`model`]: one [`Organization`](model::Organization) document (JSON, or TOML for
//!   hand-written files): levels named by the union, units in a tree with
//!   affiliations and membership statistics by date and group, bodies with term rules,
//!   posts with seats, reservations, substitutes, paired-post conditions and
//!   incompatibilities, people, memberships with dues standing, and terms of office.
//!   Readers stop at the first problem and say where (line, column, JSON path).
//! - [`validate`](mod@validate): every rule checked at once as of a date, each finding
//!   with a stable code, a severity, a JSON path and a message (codes listed there).
//! - [`schema`]: JSON Schemas of every file the crate reads or writes, and the columns
//!   of its CSV inputs.
//! - [`election`]: ballots, counts and results.
//!
//! # Features
//!
//! - `cli`: the `rulebook` command-line tool (`validate`, `audit`, `policy`, `tally`,
//!   `apportion`, `elect`, `decide`, `schema`). Library users do not need it.
//! - `html`: the reports as self-contained HTML pages ([`html`]); `cli`
//!   turns it on.
//! - `testing`: the document and ballot generators of the tests and benchmarks; not a
//!   stable API.
//!
//! # Data model
//!
//! See [`model`] for the types and how they fit; identifiers are validated newtypes,
//! body kinds, roles and genders are open vocabularies, and values with invariants (a
//! seat count of 0, a period that ends before it starts) cannot be read invalid.

#![forbid(unsafe_code)]
#![cfg_attr(docsrs, feature(doc_cfg))]

pub mod apportionment;
pub mod decision;
pub mod diagnostics;
pub mod election;
pub mod election_rules;
#[cfg(feature = "html")]
#[cfg_attr(docsrs, doc(cfg(feature = "html")))]
pub mod html;
pub mod i18n;
pub mod interchange;
mod lot;
pub mod model;
pub mod policy;
pub mod read;
mod rounding;
pub mod schema;
mod share;
#[cfg(feature = "testing")]
#[doc(hidden)]
pub mod testing;
pub mod validate;

pub use diagnostics::{Finding, JsonPath, Severity};
pub use lot::Lot;
pub use rounding::{Rounded, Rounding};
pub use share::{Share, ShareError};

// The README's Rust examples are compiled and run with the doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
