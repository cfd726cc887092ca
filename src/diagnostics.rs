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

/// The canonical order of [`sort_findings`], as a comparison.
fn canonical(a: &Finding, b: &Finding) -> std::cmp::Ordering {
    (a.severity, &a.path, &a.code, &a.message).cmp(&(b.severity, &b.path, &b.code, &b.message))
}

/// [`sort_findings`] for findings already in order but for their severities: runs of
/// findings each at one path, the runs' paths increasing, each run sorted (an audit's
/// bodies in the document's order, each body's findings sorted as they are made).
///
/// The findings are moved to their severity's part in place, keeping their order (a
/// permutation applied by swaps: one index per finding, no second list); a part that
/// is not then in order is sorted. The result is [`sort_findings`]'s for any input; on
/// findings in runs it replaces a sort of the whole list, which on an audit of a
/// million-member federation compares 230,000 long messages sharing their first
/// words.
pub(crate) fn sort_findings_in_runs(findings: &mut [Finding]) {
    let mut counts = [0usize; 3];
    for f in findings.iter() {
        if let Some(n) = counts.get_mut(severity_class(f.severity)) {
            *n += 1;
        }
    }
    let [errors, warnings, _] = counts;
    let mut next = [0, errors, errors + warnings];
    // Where each finding goes: its severity's part, in the order they come.
    let mut dest: Vec<usize> = findings
        .iter()
        .map(|f| match next.get_mut(severity_class(f.severity)) {
            Some(n) => {
                *n += 1;
                *n - 1
            }
            None => 0,
        })
        .collect();
    for i in 0..findings.len() {
        // Each swap puts one finding where it goes: at most one per finding.
        while let Some(&d) = dest.get(i)
            && d != i
            && d < findings.len()
        {
            findings.swap(i, d);
            dest.swap(i, d);
        }
    }
    let mut start = 0;
    for n in counts {
        if let Some(part) = findings.get_mut(start..start + n)
            && !part.is_sorted_by(|a, b| canonical(a, b).is_le())
        {
            sort_findings(part);
        }
        start += n;
    }
}

/// The position of a severity's part in [`sort_findings_in_runs`].
fn severity_class(s: Severity) -> usize {
    match s {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// A finding from small choices, so that equal paths, codes and messages occur.
    fn finding(severity: u8, path: Option<usize>, code: u8, message: u8) -> Finding {
        let severity = match severity % 3 {
            0 => Severity::Error,
            1 => Severity::Warning,
            _ => Severity::Info,
        };
        let path = match path {
            Some(i) => JsonPath::root().key("bodies").index(i),
            None => JsonPath::root().key("rules").index(usize::from(code)),
        };
        Finding::new(
            ["quota-shortfall", "quota-excess", "rule-infeasible"][usize::from(code % 3)],
            severity,
            path,
            format!("message {}", message % 4),
        )
    }

    fn sorted(mut v: Vec<Finding>) -> Vec<Finding> {
        sort_findings(&mut v);
        v
    }

    #[test]
    fn runs_of_an_audit_come_out_severity_first() {
        // Two bodies' runs, each sorted, then the policy's findings.
        let mut v = vec![
            finding(0, Some(2), 0, 1),
            finding(1, Some(2), 0, 0),
            finding(2, Some(2), 1, 0),
            finding(0, Some(10), 2, 3),
            finding(1, Some(10), 1, 2),
            finding(1, None, 0, 0),
        ];
        let expected = sorted(v.clone());
        sort_findings_in_runs(&mut v);
        assert_eq!(v, expected);
        let severities: Vec<Severity> = v.iter().map(|f| f.severity).collect();
        assert_eq!(
            severities,
            [
                Severity::Error,
                Severity::Error,
                Severity::Warning,
                Severity::Warning,
                Severity::Warning,
                Severity::Info
            ]
        );
    }

    proptest! {
        /// Findings made as the audit makes them (each body's run sorted, the bodies
        /// in order, the policy's findings sorted after them) come out in canonical
        /// order.
        #[test]
        fn runs_sort_as_sort_findings_does(
            bodies in proptest::collection::vec(
                proptest::collection::vec((0u8..3, 0u8..3, 0u8..4), 0..6), 0..20),
            extra in proptest::collection::vec((0u8..3, 0u8..3, 0u8..4), 0..5),
        ) {
            let mut v = Vec::new();
            for (i, run) in bodies.iter().enumerate() {
                let mut run: Vec<Finding> =
                    run.iter().map(|&(s, c, m)| finding(s, Some(i * 3), c, m)).collect();
                sort_findings(&mut run);
                v.extend(run);
            }
            let mut extra: Vec<Finding> =
                extra.iter().map(|&(s, c, m)| finding(s, None, c, m)).collect();
            sort_findings(&mut extra);
            v.extend(extra);
            let expected = sorted(v.clone());
            sort_findings_in_runs(&mut v);
            prop_assert_eq!(v, expected);
        }

        /// Any findings at all, in any order: the same result as `sort_findings`.
        #[test]
        fn any_order_sorts_as_sort_findings_does(
            items in proptest::collection::vec(
                (0u8..3, proptest::option::of(0usize..8), 0u8..3, 0u8..4), 0..60),
        ) {
            let mut v: Vec<Finding> =
                items.iter().map(|&(s, p, c, m)| finding(s, p, c, m)).collect();
            let expected = sorted(v.clone());
            sort_findings_in_runs(&mut v);
            prop_assert_eq!(v, expected);
        }
    }
}
