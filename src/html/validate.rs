//! The validation report: findings grouped by severity, with their paths.

use maud::html;

use super::layout::{self, page};
use super::{t, ta};
use crate::i18n::{Arg, Lang};
use crate::validate::ValidationReport;

/// The validation report as one HTML page in `lang`: errors, warnings and notes, each
/// finding with its code, JSON path and message.
///
/// ```
/// use union_rulebook::html;
/// use union_rulebook::i18n::Lang;
/// use union_rulebook::model::Organization;
/// use union_rulebook::validate::ValidationReport;
/// let doc = Organization::from_json_str(r#"{"name": "SPN", "levels": [], "units": []}"#)?;
/// let report = ValidationReport::new(&doc, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?);
/// let page = html::render_validation(&report, Lang::En);
/// assert!(page.contains("The document has no errors."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_validation(report: &ValidationReport, lang: Lang) -> String {
    let date = report.as_of.to_string();
    let intro = ta(
        lang,
        "html-validate-intro",
        &[
            ("date", Arg::from(date.as_str())),
            (
                "summary",
                Arg::from(layout::summary_text(lang, &report.summary)),
            ),
        ],
    );
    let body = html! {
        @if report.summary.errors > 0 {
            p.verdict.err { (t(lang, "html-validate-invalid")) }
        } @else {
            p.verdict.ok { (t(lang, "html-validate-valid")) }
        }
        (layout::findings(lang, &report.findings, 2))
    };
    page(lang, &t(lang, "html-validate-title"), &intro, body)
}
