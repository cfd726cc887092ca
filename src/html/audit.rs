//! The audit: compliance by level, by rule and by body, each body's seats held by a
//! group drawn against the rule's line, and the shortfalls.

use maud::{Markup, html};

use super::chart::{self, Bar, Tone, fraction};
use super::layout::{self, page};
use super::{t, ta};
use crate::i18n::{Arg, Lang};
use crate::policy::{AuditReport, BodyAudit, BodyRule, GroupCount, Hardness, Verdict};

/// The audit report as one HTML page in `lang` (see the [module](super) docs).
///
/// ```
/// use union_rulebook::html;
/// use union_rulebook::i18n::Lang;
/// use union_rulebook::model::Organization;
/// use union_rulebook::policy::{Policy, audit};
/// let org = Organization::from_json_str(r#"{
///   "name": "SPN",
///   "levels": [{"id": "dpc", "name": "DPC"}],
///   "units": [{"id": "dpc-bekasi", "name": "DPC Bekasi", "level": "dpc"}],
///   "bodies": [{"id": "dpc-bekasi-exec", "unit": "dpc-bekasi", "kind": "executive",
///               "name": "Executive", "posts": [{"id": "bekasi-seat", "role": "member", "seats": 7}]}],
///   "people": [{"id": "p1", "gender": "woman"}],
///   "terms": [{"person": "p1", "post": "bekasi-seat", "start": "2024-01-01", "how": "elected"}]
/// }"#)?;
/// let policy = Policy::from_toml_str(r#"
///     [[groups]]
///     id = "women"
///     one = "woman"
///     many = "women"
///     select = { gender = "woman" }
///     [[rules]]
///     id = "women-30"
///     effective_from = "2020-01-01"
///     hardness = "binding"
///     base = "all-seats"
///     consequence = "report-only"
///     require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
/// "#)?;
/// let report = audit(&org, &policy, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?);
/// let page = html::render_audit(&report, Lang::En);
/// assert!(page.contains("<table"));
/// assert!(page.contains("dpc-bekasi-exec"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_audit(report: &AuditReport, lang: Lang) -> String {
    let date = report.as_of.to_string();
    let intro = ta(
        lang,
        "html-audit-intro",
        &[
            ("bodies", Arg::from(report.bodies_audited)),
            ("date", Arg::from(date.as_str())),
        ],
    );
    let body = html! {
        @if report.has_binding_breaches() {
            p.verdict.err { (t(lang, "html-audit-fail")) " " (layout::summary_text(lang, &report.summary)) }
        } @else {
            p.verdict.ok { (t(lang, "html-audit-pass")) " " (layout::summary_text(lang, &report.summary)) }
        }
        (by_level(report, lang))
        (by_rule(report, lang))
        (by_body(report, lang))
        (shortfalls(report, lang))
        h2 { (t(lang, "html-audit-findings")) }
        (layout::findings(lang, &report.findings, 3))
    };
    page(lang, &t(lang, "html-audit-title"), &intro, body)
}

fn by_level(report: &AuditReport, lang: Lang) -> Markup {
    let bars: Vec<Bar> = report
        .by_level
        .iter()
        .map(|l| Bar {
            label: l.level.clone(),
            value: fraction(l.compliant as f64, l.bodies as f64),
            text: ta(
                lang,
                "html-audit-level-bar",
                &[
                    ("compliant", Arg::from(l.compliant)),
                    ("bodies", Arg::from(l.bodies)),
                ],
            ),
            line: None,
            dashed: None,
            tone: if l.compliant == l.bodies {
                Tone::Ok
            } else {
                Tone::Bad
            },
        })
        .collect();
    html! {
        h2 { (t(lang, "html-audit-by-level")) }
        @if !bars.is_empty() {
            figure {
                (chart::bars("chart-levels", &t(lang, "html-audit-level-chart"), &bars))
            }
        }
        div.scroll { table {
            caption { (t(lang, "html-audit-level-caption")) }
            thead { tr {
                th scope="col" { (t(lang, "html-col-level")) }
                th.num scope="col" { (t(lang, "html-col-bodies")) }
                th.num scope="col" { (t(lang, "html-col-compliant")) }
            } }
            tbody { @for l in &report.by_level { tr {
                th scope="row" { (l.level) }
                td.num { (l.bodies) }
                td.num { (l.compliant) }
            } } }
        } }
    }
}

fn hardness(lang: Lang, h: Hardness) -> String {
    t(
        lang,
        match h {
            Hardness::Binding => "html-hardness-binding",
            Hardness::Target => "html-hardness-target",
        },
    )
}

fn by_rule(report: &AuditReport, lang: Lang) -> Markup {
    html! {
        h2 { (t(lang, "html-audit-by-rule")) }
        div.scroll { table {
            caption { (t(lang, "html-audit-rule-caption")) }
            thead { tr {
                th scope="col" { (t(lang, "html-col-rule")) }
                th.num scope="col" { (t(lang, "html-col-version")) }
                th scope="col" { (t(lang, "html-col-hardness")) }
                th.num scope="col" { (t(lang, "html-col-in-scope")) }
                th.num scope="col" { (t(lang, "html-col-complies")) }
                th.num scope="col" { (t(lang, "html-col-breaks")) }
                th.num scope="col" { (t(lang, "html-col-infeasible")) }
                th.num scope="col" { (t(lang, "html-col-not-applicable")) }
                th.num scope="col" { (t(lang, "html-col-unknown")) }
            } }
            tbody { @for r in &report.by_rule { tr {
                th scope="row" { code { (r.rule.as_str()) } }
                td.num { (r.version) }
                td { (hardness(lang, r.hardness)) }
                td.num { (r.in_scope) }
                td.num { (r.complies) }
                td.num.err[r.breaks > 0] { (r.breaks) }
                td.num.err[r.infeasible > 0] { (r.infeasible) }
                td.num { (r.not_applicable) }
                td.num { (r.unknown) }
            } } }
        } }
    }
}

pub(super) fn verdict_label(lang: Lang, v: Verdict) -> String {
    t(
        lang,
        match v {
            Verdict::Complies => "html-verdict-complies",
            Verdict::Breaks => "html-verdict-breaks",
            Verdict::Infeasible => "html-verdict-infeasible",
            Verdict::NotApplicable => "html-verdict-not-applicable",
            Verdict::Unknown => "html-verdict-unknown",
        },
    )
}

fn verdict_class(v: Verdict) -> &'static str {
    match v {
        Verdict::Complies => "ok",
        Verdict::Breaks | Verdict::Infeasible => "err",
        Verdict::NotApplicable | Verdict::Unknown => "info",
    }
}

/// The bar of one body for one rule's group: the seats held against the rule's line.
fn body_bar(lang: Lang, b: &BodyAudit, r: &BodyRule, g: &GroupCount) -> Bar {
    let seats = f64::from(r.seats);
    let mut text = ta(
        lang,
        "html-audit-bar",
        &[("holds", Arg::from(g.holds)), ("seats", Arg::from(r.seats))],
    );
    if let Some(min) = g.min {
        text.push_str("; ");
        text.push_str(&ta(lang, "html-audit-bar-min", &[("min", Arg::from(min))]));
    }
    Bar {
        label: b.body.clone(),
        value: fraction(f64::from(g.holds), seats),
        text,
        line: g.min.map(|m| fraction(f64::from(m), seats)),
        dashed: g
            .max
            .filter(|m| *m < r.seats)
            .map(|m| fraction(f64::from(m), seats)),
        tone: match r.verdict {
            Verdict::Complies => Tone::Ok,
            Verdict::Breaks | Verdict::Infeasible => Tone::Bad,
            Verdict::NotApplicable | Verdict::Unknown => Tone::Plain,
        },
    }
}

fn by_body(report: &AuditReport, lang: Lang) -> Markup {
    // One chart per rule and group, in the order of `by_rule`; a body appears in the
    // charts of the rules that apply to it.
    let mut charts: Vec<(String, Vec<Bar>)> = Vec::new();
    for rule in &report.by_rule {
        let mut groups: Vec<&str> = Vec::new();
        for b in &report.bodies {
            for r in b.rules.iter().filter(|r| r.rule == rule.rule) {
                for g in &r.groups {
                    if !groups.contains(&g.group.as_str()) {
                        groups.push(g.group.as_str());
                    }
                }
            }
        }
        for group in groups {
            let mut bars = Vec::new();
            for b in &report.bodies {
                for r in b.rules.iter().filter(|r| r.rule == rule.rule) {
                    for g in r.groups.iter().filter(|g| g.group.as_str() == group) {
                        bars.push(body_bar(lang, b, r, g));
                    }
                }
            }
            let title = ta(
                lang,
                "html-audit-body-chart",
                &[
                    ("group", Arg::from(group)),
                    ("rule", Arg::from(rule.rule.as_str())),
                ],
            );
            charts.push((title, bars));
        }
    }
    html! {
        h2 { (t(lang, "html-audit-by-body")) }
        @if !charts.is_empty() {
            p.muted { (t(lang, "html-audit-body-legend")) }
        }
        @for (i, (title, bars)) in charts.iter().enumerate() {
            @if !bars.is_empty() {
                figure {
                    figcaption { (title) }
                    (chart::bars(&format!("chart-body-{i}"), title, bars))
                }
            }
        }
        div.scroll { table {
            caption { (t(lang, "html-audit-body-caption")) }
            thead { tr {
                th scope="col" { (t(lang, "html-col-body")) }
                th scope="col" { (t(lang, "html-col-unit")) }
                th scope="col" { (t(lang, "html-col-level")) }
                th scope="col" { (t(lang, "html-col-rule")) }
                th scope="col" { (t(lang, "html-col-group")) }
                th.num scope="col" { (t(lang, "html-col-seats")) }
                th.num scope="col" { (t(lang, "html-col-holds")) }
                th.num scope="col" { (t(lang, "html-col-min")) }
                th.num scope="col" { (t(lang, "html-col-max")) }
                th scope="col" { (t(lang, "html-col-verdict")) }
            } }
            tbody {
                @for b in &report.bodies {
                    @for r in &b.rules {
                        @for g in &r.groups {
                            tr {
                                th scope="row" { code { (b.body) } }
                                td { (b.unit) }
                                td { (b.level) }
                                td { code { (r.rule.as_str()) } }
                                td { (g.group.as_str()) }
                                td.num { (r.seats) }
                                td.num { (g.holds) }
                                td.num { @if let Some(m) = g.min { (m) } }
                                td.num { @if let Some(m) = g.max { (m) } }
                                td { span class={"badge " (verdict_class(r.verdict))} { (verdict_label(lang, r.verdict)) } }
                            }
                        }
                    }
                }
            }
        } }
    }
}

fn shortfalls(report: &AuditReport, lang: Lang) -> Markup {
    let short: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == "quota-shortfall" || f.code == "quota-excess")
        .collect();
    html! {
        h2 { (t(lang, "html-audit-shortfalls")) }
        @if short.is_empty() {
            p { (t(lang, "html-audit-no-shortfalls")) }
        } @else {
            div.scroll { table {
                caption { (t(lang, "html-audit-shortfalls-caption")) }
                thead { tr {
                    th scope="col" { (t(lang, "html-col-path")) }
                    th scope="col" { (t(lang, "html-col-message")) }
                } }
                tbody { @for f in short { tr {
                    th scope="row" { code { (f.path.to_string()) } }
                    td class=(layout::severity_class(f.severity)) { (f.message) }
                } } }
            } }
        }
    }
}
