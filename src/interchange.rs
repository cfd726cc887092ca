//! Interchange with the formats other tools already use.
//!
//! Each format is a module of typed values (Serialize, Deserialize and JsonSchema, as
//! the format publishes them) and pure functions between them and the crate's own
//! types; no function here reads a file or the clock.
//!
//! - [`universal_tabulator`]: the summary JSON of RCTab (the Universal RCV Tabulator),
//!   which RCVis draws and the rcvformats converters read: written from a
//!   [`TallyReport`](crate::election::TallyReport), and read back for its winners.
//! - [`popolo`]: the Popolo open data specification (organizations, posts, persons,
//!   memberships): written from an [`Organization`](crate::model::Organization)
//!   document and read back into one.
//! - [`members`]: a union office's membership spreadsheet (CSV, XLSX) into people and
//!   memberships.
//! - [`openslides`]: the participant-import CSV of OpenSlides, written for the
//!   holders of a body's posts, and read back as a motion's delegates.
//!
//! BLT and PrefLib ballot files are written by [`election::blt`](crate::election::blt)
//! and [`election::preflib`](crate::election::preflib).
pub mod members;
pub mod openslides;
pub mod popolo;
pub mod universal_tabulator;
