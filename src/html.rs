//! The reports as HTML pages people would rather look at: one self-contained document
//! per report, in Bahasa Indonesia or English (feature `html`).
//!
//! Each function takes a typed report, the whole answer of an engine, and a
//! [`Lang`], and returns one HTML document: its CSS and its charts (SVG) inline, no
//! script, no font or image from anywhere else, so that the file works offline, on a
//! phone (the layout follows the screen's width) and printed on A4. Every label comes
//! from the message catalogues (`locales/LANG/html.ftl`); every figure drawn or
//! written comes from the report — the renderer computes nothing of its own beyond
//! the geometry of a chart. Every value from the input (names, ids, messages) is
//! escaped by the template engine ([maud](https://maud.lambda.xyz/)). Data tables are
//! real tables with captions and header cells; every chart has a title for screen
//! readers, and the colours of text meet WCAG 2.1 AA contrast.
//!
//! | report | function | `rulebook` command |
//! |---|---|---|
//! | [`policy::AuditReport`] | [`render_audit`] | `audit --format html` |
//! | [`policy::Explanation`] | [`render_explanation`] | `policy explain --format html` |
//! | [`election::TallyReport`] | [`render_tally`] | `tally --format html` |
//! | [`election_rules::ElectionResult`] | [`render_election`] | `elect --format html` |
//! | [`decision::Decision`] | [`render_decision`] | `decide --format html` |
//! | [`validate::ValidationReport`] | [`render_validation`] | `validate --format html` |
//! | [`interchange::universal_tabulator::Winners`] | [`render_winners`] | `tally SUMMARY.json --format html` |
//!
//! ```
//! use union_rulebook::election::{tally, Candidate, Method, RankedBallot, RankedElection, TieBreak};
//! use union_rulebook::html;
//! use union_rulebook::i18n::Lang;
//!
//! let e = RankedElection {
//!     title: Some("Ketua PSP".into()),
//!     candidates: vec![Candidate::new("Sari"), Candidate::new("Budi <b>")],
//!     seats: 1,
//!     withdrawn: vec![],
//!     ballots: vec![RankedBallot::strict(4, [0]), RankedBallot::strict(3, [1])].into(),
//! };
//! let report = tally(&e, &Method::Plurality, &TieBreak::Fail, None)?;
//! let page = html::render_tally(&report, Lang::Id);
//! assert!(page.starts_with("<!DOCTYPE html><html lang=\"id\">"));
//! assert!(page.contains("Terpilih"));
//! assert!(page.contains("Budi &lt;b&gt;")); // every value is escaped
//! assert!(!page.contains("<script"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! [`policy::AuditReport`]: crate::policy::AuditReport
//! [`policy::Explanation`]: crate::policy::Explanation
//! [`election::TallyReport`]: crate::election::TallyReport
//! [`election_rules::ElectionResult`]: crate::election_rules::ElectionResult
//! [`decision::Decision`]: crate::decision::Decision
//! [`validate::ValidationReport`]: crate::validate::ValidationReport
//! [`interchange::universal_tabulator::Winners`]: crate::interchange::universal_tabulator::Winners

mod audit;
mod chart;
mod decide;
mod elect;
mod explain;
mod layout;
mod lists;
mod tally;
mod validate;
mod winners;

use crate::i18n::{self, Arg, Lang};

pub use audit::render_audit;
pub use decide::render_decision;
pub use elect::render_election;
pub use explain::render_explanation;
pub use lists::render_list_election;
pub use tally::render_tally;
pub use validate::render_validation;
pub use winners::render_winners;

/// A label of the HTML catalogue in `lang`.
fn t(lang: Lang, id: &str) -> String {
    i18n::text_in(lang, id, &[])
}

/// A label of the HTML catalogue in `lang`, with arguments.
fn ta(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    i18n::text_in(lang, id, args)
}

/// A decimal figure as the language writes it: Indonesian writes a decimal comma
/// (EYD V), English a decimal point. The digits are the report's.
fn decimal(lang: Lang, figure: &str) -> String {
    match lang {
        Lang::En => figure.to_owned(),
        Lang::Id => figure.replace('.', ","),
    }
}
