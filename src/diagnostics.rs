//! Findings shared by every checker: validation, policy audits and election checks.
//!
//! A checker never stops at the first problem. It returns a list of [`Finding`]s, each
//! with a stable [`code`](Finding::code), a [`Severity`], a [`JsonPath`] into the
//! document it checked, and a message naming the values and the rule. Unreadable input
//! is not a finding: readers return an error that says where (see each reader's `Error`).
//!
//! The data is kept apart from its rendering: [`render_text`] is one rendering; JSON is
//! another (every type here serializes with serde).

mod path;

pub use path::{JsonPath, PathSegment};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::fmt;

use crate::i18n::tr;

/// How serious a finding is.
///
/// Ordered from most to least serious, so sorting findings puts errors first.
///
/// ```
/// use union_rulebook::Severity;
/// assert!(Severity::Error < Severity::Warning);
/// assert_eq!(Severity::Info.to_string(), "info");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The document breaks a rule that binds: it is wrong as it stands.
    Error,
    /// Something is probably wrong, or a target (a "shall aim" rule) is missed.
    Warning,
    /// Worth knowing, not wrong (a vacancy, a rule that does not apply yet).
    Info,
}

/// The severity's word in this thread's language (see [`crate::i18n`]): `error`,
/// `warning`, `info` in English. JSON keeps the English code (serde).
impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            Severity::Error => tr!("diagnostics-severity-error"),
            Severity::Warning => tr!("diagnostics-severity-warning"),
            Severity::Info => tr!("diagnostics-severity-info"),
        })
    }
}

/// One problem (or remark) found in a document.
///
/// ```
/// use union_rulebook::{Finding, JsonPath, Severity};
/// let f = Finding::new(
///     "duplicate-id",
///     Severity::Error,
///     JsonPath::root().key("units").index(3).key("id"),
///     "unit id psp-001 is used twice",
/// );
/// assert_eq!(f.to_string(), "error[duplicate-id] $.units[3].id: unit id psp-001 is used twice");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Finding {
    /// A stable, kebab-case code (`duplicate-id`, `seats-overfilled`, ...). Codes are
    /// listed in each checker's documentation and never change meaning.
    pub code: Cow<'static, str>,
    /// How serious it is.
    pub severity: Severity,
    /// Where in the document, as a JSON path (`$.units[3].parent`).
    pub path: JsonPath,
    /// What is wrong, in lowercase, naming the values and the rule.
    pub message: String,
}

impl Finding {
    /// A finding from its parts.
    pub fn new(
        code: impl Into<Cow<'static, str>>,
        severity: Severity,
        path: JsonPath,
        message: impl Into<String>,
    ) -> Self {
        Finding {
            code: code.into(),
            severity,
            path,
            message: message.into(),
        }
    }
}

impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}[{}] {}: {}",
            self.severity, self.code, self.path, self.message
        )
    }
}

/// Counts of findings by severity.
///
/// ```
/// use union_rulebook::{Finding, JsonPath, Severity, diagnostics::Summary};
/// let findings = vec![Finding::new("x", Severity::Info, JsonPath::root(), "m")];
/// let s = Summary::of(&findings);
/// assert_eq!((s.errors, s.warnings, s.infos), (0, 0, 1));
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Summary {
    /// Number of errors.
    pub errors: usize,
    /// Number of warnings.
    pub warnings: usize,
    /// Number of infos.
    pub infos: usize,
}

impl Summary {
    /// Counts the findings by severity.
    pub fn of(findings: &[Finding]) -> Self {
        let mut s = Summary::default();
        for f in findings {
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}

/// Sorts findings into the canonical, deterministic order: by severity, then path,
/// then code, then message.
///
/// The sort is unstable (no buffer: an audit can hold hundreds of thousands of
/// findings): findings equal in all four fields are equal, so their order cannot show.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_unstable_by(|a, b| {
        (a.severity, &a.path, &a.code, &a.message).cmp(&(b.severity, &b.path, &b.code, &b.message))
    });
}

/// Renders findings as plain text, grouped by severity, one finding per line, with a
/// closing count, in this thread's language (see [`crate::i18n::with_lang`]).
///
/// ```
/// use union_rulebook::{Finding, JsonPath, Severity, diagnostics::render_text};
/// let text = render_text(&[Finding::new("vacancy", Severity::Info, JsonPath::root(), "one seat is empty")]);
/// assert!(text.contains("infos (1):"));
/// assert!(text.ends_with("0 errors, 0 warnings, 1 info\n"));
/// ```
pub fn render_text(findings: &[Finding]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for severity in [Severity::Error, Severity::Warning, Severity::Info] {
        let group: Vec<&Finding> = findings.iter().filter(|f| f.severity == severity).collect();
        if group.is_empty() {
            continue;
        }
        let title = match severity {
            Severity::Error => tr!("diagnostics-heading-errors", count = group.len()),
            Severity::Warning => tr!("diagnostics-heading-warnings", count = group.len()),
            Severity::Info => tr!("diagnostics-heading-infos", count = group.len()),
        };
        let _ = writeln!(out, "{title}");
        for f in group {
            let _ = writeln!(out, "  [{}] {}", f.code, f.path);
            let _ = writeln!(out, "      {}", f.message);
        }
    }
    let s = Summary::of(findings);
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "diagnostics-summary",
            errors = s.errors,
            warnings = s.warnings,
            infos = s.infos
        )
    );
    out
}
