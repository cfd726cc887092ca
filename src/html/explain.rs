//! The drafter's table: each rule's bounds at each body size, sizes where a rule
//! cannot be met and contradictions between rules marked.

use maud::{Markup, html};

use super::chart::{self, StageRow, Tone};
use super::layout::page;
use super::{t, ta};
use crate::i18n::{Arg, Lang};
use crate::policy::{Conflict, Explanation, Requirement, SizeRow};

/// The policy explanation as one HTML page in `lang`: the body-size × rule table, each
/// ambiguous rule's readings side by side (flagged, the sizes where they disagree
/// marked), a chart of each rule's minimum by size, the infeasible sizes and the
/// contradictions.
///
/// ```
/// use union_rulebook::html;
/// use union_rulebook::i18n::Lang;
/// use union_rulebook::policy::{Policy, explain};
/// let policy = Policy::from_toml_str(r#"
///     [[groups]]
///     id = "women"
///     one = "woman"
///     many = "women"
///     select = { gender = "woman" }
///     [[groups]]
///     id = "men"
///     one = "man"
///     many = "men"
///     select = { gender = "man" }
///     [[rules]]
///     id = "etuc-band"
///     effective_from = "2019-05-21"
///     hardness = "binding"
///     base = "all-seats"
///     consequence = "report-only"
///     require = { shape = "band", groups = ["women", "men"], min = "40%", max = "60%", rounding = "up" }
/// "#)?;
/// let page = html::render_explanation(&explain(&policy, 1..=6, None), Lang::Id);
/// assert!(page.contains("tidak mungkin dipenuhi")); // 3 seats: a 40–60% band cannot be met
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_explanation(report: &Explanation, lang: Lang) -> String {
    let body = html! {
        (table(report, lang))
        (readings(report, lang))
        (chart_of_minimums(report, lang))
        (infeasible(report, lang))
        (contradictions(report, lang))
    };
    page(
        lang,
        &t(lang, "html-explain-title"),
        &t(lang, "html-explain-intro"),
        body,
    )
}

/// A conflict in words.
pub(super) fn describe_conflict(lang: Lang, c: &Conflict) -> String {
    match c {
        Conflict::MinAboveMax {
            group,
            min,
            min_rule,
            max,
            max_rule,
        } => ta(
            lang,
            "html-conflict-min-above-max",
            &[
                ("group", Arg::from(group.as_str())),
                ("min", Arg::from(*min)),
                ("min_rule", Arg::from(min_rule.as_str())),
                ("max", Arg::from(*max)),
                ("max_rule", Arg::from(max_rule.as_str())),
            ],
        ),
        Conflict::MoreThanSeats {
            group,
            min,
            rule,
            seats,
        } => ta(
            lang,
            "html-conflict-more-than-seats",
            &[
                ("group", Arg::from(group.as_str())),
                ("min", Arg::from(*min)),
                ("rule", Arg::from(rule.as_str())),
                ("seats", Arg::from(*seats)),
            ],
        ),
        Conflict::DisjointGroupsExceedSeats {
            groups,
            total,
            seats,
        } => {
            let names: Vec<String> = groups
                .iter()
                .map(|(g, m, r)| format!("{} {m} ({})", g.as_str(), r.as_str()))
                .collect();
            ta(
                lang,
                "html-conflict-disjoint",
                &[
                    ("groups", Arg::from(names.join(", "))),
                    ("total", Arg::from(*total)),
                    ("seats", Arg::from(*seats)),
                ],
            )
        }
    }
}

fn cell(lang: Lang, row: &SizeRow) -> Markup {
    html! {
        @match &row.requirement {
            Requirement::NotApplicable { from_seats } => {
                span.muted { (ta(lang, "html-explain-from", &[("seats", Arg::from(*from_seats))])) }
            }
            Requirement::NeedsReference => {
                span.muted { (t(lang, "html-explain-needs-reference")) }
            }
            Requirement::Bounds { groups } => {
                @for (i, g) in groups.iter().enumerate() {
                    @if i > 0 { br; }
                    (ta(lang, "html-explain-bounds", &[
                        ("group", Arg::from(g.group.as_str())),
                        ("min", Arg::from(g.min)),
                        ("max", Arg::from(g.max)),
                    ]))
                }
            }
        }
        @if !row.infeasible.is_empty() {
            br;
            strong { (t(lang, "html-explain-infeasible")) }
        }
    }
}

fn table(report: &Explanation, lang: Lang) -> Markup {
    let sizes: Vec<u32> = report
        .rules
        .first()
        .map(|r| r.rows.iter().map(|row| row.seats).collect())
        .unwrap_or_default();
    html! {
        div.scroll { table {
            caption { (t(lang, "html-explain-caption")) }
            thead { tr {
                th.num scope="col" { (t(lang, "html-col-size")) }
                @for r in &report.rules {
                    th scope="col" { code { (r.rule.as_str()) } " v" (r.version) }
                }
            } }
            tbody {
                @for seats in &sizes {
                    @let contradicts = report.contradictions.iter().any(|c| c.seats == *seats);
                    tr {
                        th.num.err[contradicts] scope="row" {
                            (seats)
                            @if contradicts { br; (t(lang, "html-explain-contradiction-mark")) }
                        }
                        @for r in &report.rules {
                            @match r.rows.iter().find(|row| row.seats == *seats) {
                                Some(row) => {
                                    td.err[!row.infeasible.is_empty()] { (cell(lang, row)) }
                                }
                                None => { td {} }
                            }
                        }
                    }
                }
            }
        } }
    }
}

/// Each rule whose text is ambiguous ([`crate::policy::Ambiguity`]): the reading
/// applied (the main table's rows) beside every alternative reading, size by size, as
/// `policy explain` prints them in text; a size where the readings require different
/// seats is marked.
fn readings(report: &Explanation, lang: Lang) -> Markup {
    html! {
        @for r in &report.rules {
            @if let Some(a) = &r.ambiguous {
                h2 { (ta(lang, "html-explain-readings", &[("rule", Arg::from(r.rule.as_str()))])) }
                p.warn { (ta(lang, "html-explain-readings-flag", &[
                    ("text", Arg::from(a.text.as_str())),
                    ("reading", Arg::from(a.reading.as_str())),
                ])) }
                div.scroll { table {
                    caption { (ta(lang, "html-explain-readings-caption", &[
                        ("rule", Arg::from(r.rule.as_str())),
                        ("text", Arg::from(a.text.as_str())),
                    ])) }
                    thead { tr {
                        th.num scope="col" { (t(lang, "html-col-size")) }
                        th scope="col" { (ta(lang, "html-explain-reading-applied", &[("reading", Arg::from(a.reading.as_str()))])) }
                        @for alt in &a.alternatives {
                            th scope="col" { (alt.label) }
                        }
                    } }
                    tbody {
                        @for row in &r.rows {
                            @let others: Vec<Option<&SizeRow>> = a.alternatives.iter()
                                .map(|alt| alt.rows.iter().find(|x| x.seats == row.seats))
                                .collect();
                            @let disagree = others.iter().flatten().any(|x| x.requirement != row.requirement);
                            tr {
                                th.num.warn[disagree] scope="row" {
                                    (row.seats)
                                    @if disagree { br; (t(lang, "html-explain-readings-differ")) }
                                }
                                td.err[!row.infeasible.is_empty()] { (cell(lang, row)) }
                                @for other in &others {
                                    @match other {
                                        Some(x) => { td.err[!x.infeasible.is_empty()] { (cell(lang, x)) } }
                                        None => { td {} }
                                    }
                                }
                            }
                        }
                    }
                } }
            }
        }
    }
}

fn chart_of_minimums(report: &Explanation, lang: Lang) -> Markup {
    let largest = report
        .rules
        .iter()
        .flat_map(|r| r.rows.iter().map(|row| row.seats))
        .max()
        .unwrap_or(0);
    let rows: Vec<StageRow> = report
        .rules
        .iter()
        .map(|r| StageRow {
            label: r.rule.as_str().to_owned(),
            values: r
                .rows
                .iter()
                .map(|row| match &row.requirement {
                    Requirement::Bounds { groups } => {
                        groups.first().map_or(0.0, |g| f64::from(g.min))
                    }
                    _ => 0.0,
                })
                .collect(),
            text: String::new(),
            tone: if r.rows.iter().any(|row| !row.infeasible.is_empty()) {
                Tone::Bad
            } else {
                Tone::Plain
            },
        })
        .collect();
    let title = t(lang, "html-explain-chart");
    html! {
        @if !rows.is_empty() && largest > 0 {
            h2 { (title) }
            p.muted { (t(lang, "html-explain-chart-legend")) }
            figure { (chart::stages("chart-minimums", &title, &rows, None, f64::from(largest))) }
        }
    }
}

fn infeasible(report: &Explanation, lang: Lang) -> Markup {
    let lines: Vec<(String, String)> = report
        .rules
        .iter()
        .filter_map(|r| {
            let sizes = r.infeasible_sizes();
            (!sizes.is_empty()).then(|| {
                let list: Vec<String> = sizes.iter().map(u32::to_string).collect();
                (r.rule.as_str().to_owned(), list.join(", "))
            })
        })
        .collect();
    html! {
        h2 { (t(lang, "html-explain-infeasible-sizes")) }
        @if lines.is_empty() {
            p { (t(lang, "html-explain-none-infeasible")) }
        } @else {
            ul { @for (rule, sizes) in &lines {
                li.err { (ta(lang, "html-explain-infeasible-line", &[
                    ("rule", Arg::from(rule.as_str())),
                    ("sizes", Arg::from(sizes.as_str())),
                ])) }
            } }
            @for r in &report.rules {
                @for row in r.rows.iter().filter(|row| !row.infeasible.is_empty()) {
                    @for c in &row.infeasible {
                        p.muted { (ta(lang, "html-explain-contradiction", &[
                            ("seats", Arg::from(row.seats)),
                            ("conflict", Arg::from(describe_conflict(lang, c))),
                        ])) }
                    }
                }
            }
        }
    }
}

fn contradictions(report: &Explanation, lang: Lang) -> Markup {
    html! {
        h2 { (t(lang, "html-explain-contradictions")) }
        @if report.contradictions.is_empty() {
            p { (t(lang, "html-explain-no-contradictions")) }
        } @else {
            ul { @for c in &report.contradictions {
                li.err { (ta(lang, "html-explain-contradiction", &[
                    ("seats", Arg::from(c.seats)),
                    ("conflict", Arg::from(describe_conflict(lang, &c.conflict))),
                ])) }
            } }
        }
    }
}
