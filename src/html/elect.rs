//! The election: who was elected, what the policy changed and why, the candidates'
//! standing and the new terms of office.

use maud::{Markup, html};

use super::layout::{self, page};
use super::{t, ta};
use crate::election::constrained::{ChangeReason, ShortfallReason};
use crate::election_rules::{AppliedRule, DecidedBy, ElectionResult};
use crate::i18n::{Arg, Lang};
use crate::policy::{Consequence, Hardness};

/// The election result as one HTML page in `lang`: the elected (by the count, and in
/// the end), each policy rule applied with its changes and reasons, the candidates'
/// standing, the new terms and the findings.
pub fn render_election(result: &ElectionResult, lang: Lang) -> String {
    let title = ta(
        lang,
        "html-elect-title",
        &[("body", Arg::from(result.body.as_str()))],
    );
    let date = result.date.to_string();
    let intro = ta(
        lang,
        "html-elect-intro",
        &[
            ("rule", Arg::from(result.rule.as_str())),
            ("date", Arg::from(date.as_str())),
            ("method", Arg::from(result.method.as_str())),
            ("seats", Arg::from(result.seats)),
        ],
    );
    let body = html! {
        p.muted { (t(lang, match result.decided_by {
            DecidedBy::Unopposed => "html-elect-unopposed",
            DecidedBy::Count => "html-elect-counted",
        })) }
        @if result.refused {
            p.verdict.err { (t(lang, "html-elect-refused")) }
        }
        (elected(result, lang))
        (lists(result, lang))
        (policy(result, lang))
        (candidates(result, lang))
        (terms(result, lang))
        h2 { (t(lang, "html-elect-findings")) }
        (layout::findings(lang, &result.findings, 3))
    };
    page(lang, &title, &intro, body)
}

fn elected(r: &ElectionResult, lang: Lang) -> Markup {
    let rows = r.elected.len().max(r.elected_by_count.len());
    html! {
        h2 { (t(lang, "html-elect-elected")) }
        div.scroll { table {
            caption { (t(lang, "html-elect-elected-caption")) }
            thead { tr {
                th.num scope="col" { (t(lang, "html-col-place")) }
                th scope="col" { (t(lang, "html-col-by-count")) }
                th scope="col" { (t(lang, "html-col-final")) }
            } }
            tbody { @for i in 0..rows {
                @let by_count = r.elected_by_count.get(i);
                @let last = r.elected.get(i);
                @let changed = !last.is_some_and(|p| r.elected_by_count.contains(p));
                tr {
                    th.num scope="row" { (i + 1) }
                    td { @if let Some(p) = by_count { code { (p.as_str()) } } }
                    td.ok[changed && last.is_some()] { @if let Some(p) = last { strong { code { (p.as_str()) } } } }
                }
            } }
        } }
        @if r.added_seats > 0 {
            p { (ta(lang, "html-elect-added-seats", &[("count", Arg::from(r.added_seats))])) }
        }
    }
}

/// A list election's lists: votes, candidates, seats by the count and held in the
/// end (WO 2001 §15), and the candidates struck from them.
fn lists(r: &ElectionResult, lang: Lang) -> Markup {
    html! {
        @if let Some(l) = &r.lists {
            div.scroll { table {
                caption { (t(lang, "lists-html-lists")) }
                thead { tr {
                    th scope="col" { (t(lang, "lists-html-list")) }
                    th.num scope="col" { (t(lang, "lists-html-votes")) }
                    th.num scope="col" { (t(lang, "lists-html-candidates")) }
                    th.num scope="col" { (t(lang, "lists-html-won")) }
                    th.num scope="col" { (t(lang, "lists-html-seats")) }
                } }
                tbody { @for x in &l.report.lists { tr {
                    th scope="row" { (x.list) }
                    td.num { (x.votes) }
                    td.num { (x.candidates) }
                    td.num { (x.won) }
                    td.num { (x.seats) }
                } } }
            } }
            @if !l.struck.is_empty() {
                ul { @for s in &l.struck {
                    li.warn { (ta(lang, "elect-report-struck", &[
                        ("list", Arg::from(s.list.as_str())),
                        ("position", Arg::from(s.position)),
                        ("person", Arg::from(s.person.as_str())),
                    ])) }
                } }
            }
        }
    }
}

fn consequence(lang: Lang, c: Consequence) -> String {
    t(
        lang,
        match c {
            Consequence::CorrectiveReplacement => "html-consequence-corrective-replacement",
            Consequence::FillFloorFirst => "html-consequence-fill-floor-first",
            Consequence::ListJump => "html-consequence-list-jump",
            Consequence::AddSeats => "html-consequence-add-seats",
            Consequence::RefuseDelegation => "html-consequence-refuse-delegation",
            Consequence::ReportOnly => "html-consequence-report-only",
            Consequence::ConstrainedCount => "html-consequence-constrained-count",
        },
    )
}

fn reason(lang: Lang, r: &ChangeReason) -> String {
    match r {
        ChangeReason::Floor { group, min, had } => ta(
            lang,
            "html-reason-floor",
            &[
                ("group", Arg::from(group.as_str())),
                ("min", Arg::from(*min)),
                ("had", Arg::from(*had)),
            ],
        ),
        ChangeReason::Ceiling { group, max, had } => ta(
            lang,
            "html-reason-ceiling",
            &[
                ("group", Arg::from(group.as_str())),
                ("max", Arg::from(*max)),
                ("had", Arg::from(*had)),
            ],
        ),
        ChangeReason::AddedSeat {
            group,
            min,
            had,
            seats,
        } => ta(
            lang,
            "html-reason-added-seat",
            &[
                ("group", Arg::from(group.as_str())),
                ("min", Arg::from(*min)),
                ("had", Arg::from(*had)),
                ("seats", Arg::from(*seats)),
            ],
        ),
    }
}

fn shortfall_reason(lang: Lang, r: ShortfallReason) -> String {
    t(
        lang,
        match r {
            ShortfallReason::NoCandidates => "html-shortfall-no-candidates",
            ShortfallReason::NoSeatToFree => "html-shortfall-no-seat-to-free",
            ShortfallReason::NoReplacement => "html-shortfall-no-replacement",
            ShortfallReason::AddedSeatLimit => "html-shortfall-added-seat-limit",
        },
    )
}

fn applied_rule(lang: Lang, a: &AppliedRule) -> Markup {
    let hardness = t(
        lang,
        match a.hardness {
            Hardness::Binding => "html-hardness-binding",
            Hardness::Target => "html-hardness-target",
        },
    );
    let bounds: Vec<String> = a
        .bounds
        .iter()
        .map(|b| {
            ta(
                lang,
                "html-elect-bound",
                &[
                    ("group", Arg::from(b.group.as_str())),
                    ("min", Arg::from(b.min)),
                    ("max", Arg::from(b.max)),
                ],
            )
        })
        .collect();
    html! {
        h3 { (ta(lang, "html-elect-rule", &[
            ("rule", Arg::from(a.rule.as_str())),
            ("version", Arg::from(a.version)),
            ("hardness", Arg::from(hardness)),
            ("consequence", Arg::from(consequence(lang, a.consequence))),
        ])) }
        p { (ta(lang, "html-elect-rule-seats", &[
            ("seats", Arg::from(a.body_seats)),
            ("bounds", Arg::from(bounds.join(", "))),
        ])) }
        @if a.changes.is_empty() {
            p.muted { (t(lang, "html-elect-not-applied")) }
        } @else {
            ul { @for c in &a.changes {
                li.ok { @match &c.removed {
                    Some(removed) => (ta(lang, "html-elect-change", &[
                        ("removed", Arg::from(removed.as_str())),
                        ("added", Arg::from(c.added.as_str())),
                        ("reason", Arg::from(reason(lang, &c.reason))),
                    ])),
                    None => (ta(lang, "html-elect-change-added", &[
                        ("added", Arg::from(c.added.as_str())),
                        ("reason", Arg::from(reason(lang, &c.reason))),
                    ])),
                } }
            } }
        }
        @for u in &a.unmet {
            p.err { (ta(lang, "html-elect-unmet", &[
                ("group", Arg::from(u.group.as_str())),
                ("holds", Arg::from(u.holds)),
                ("bound", Arg::from(u.bound)),
                ("reason", Arg::from(shortfall_reason(lang, u.reason))),
            ])) }
        }
    }
}

fn policy(r: &ElectionResult, lang: Lang) -> Markup {
    html! {
        h2 { (t(lang, "html-elect-policy")) }
        @if r.policy.is_empty() {
            p { (t(lang, "html-elect-policy-none")) }
        }
        @for a in &r.policy { (applied_rule(lang, a)) }
    }
}

fn candidates(r: &ElectionResult, lang: Lang) -> Markup {
    use crate::election_rules::Outcome;
    html! {
        h2 { (t(lang, "html-elect-candidates")) }
        p { (ta(lang, "html-elect-voters", &[
            ("eligible", Arg::from(r.voters.eligible)),
            ("not_eligible", Arg::from(r.voters.not_eligible)),
            ("needs_review", Arg::from(r.voters.needs_review)),
        ])) }
        div.scroll { table {
            caption { (t(lang, "html-elect-candidates-caption")) }
            thead { tr {
                th scope="col" { (t(lang, "html-col-person")) }
                th.num scope="col" { (t(lang, "html-col-ballot-number")) }
                th scope="col" { (t(lang, "html-col-standing")) }
            } }
            tbody { @for c in &r.candidates { tr {
                th scope="row" { code { (c.person.as_str()) } }
                td.num { @if let Some(n) = c.ballot_number { (n) } }
                td { @match &c.standing {
                    Outcome::Eligible => span.badge.ok { (t(lang, "html-standing-eligible")) },
                    Outcome::NotEligible { .. } => span.badge.err { (t(lang, "html-standing-not-eligible")) },
                    Outcome::NeedsReview { .. } => span.badge.warn { (t(lang, "html-standing-needs-review")) },
                } }
            } } }
        } }
    }
}

fn terms(r: &ElectionResult, lang: Lang) -> Markup {
    html! {
        @if !r.terms.is_empty() {
            h2 { (t(lang, "html-elect-terms")) }
            div.scroll { table {
                caption { (t(lang, "html-elect-terms-caption")) }
                thead { tr {
                    th scope="col" { (t(lang, "html-col-person")) }
                    th scope="col" { (t(lang, "html-col-post")) }
                    th scope="col" { (t(lang, "html-col-start")) }
                    th scope="col" { (t(lang, "html-col-end")) }
                } }
                tbody { @for term in &r.terms { tr {
                    th scope="row" { code { (term.person.as_str()) } }
                    td { code { (term.post.as_str()) } }
                    td { (term.start().to_string()) }
                    td { @if let Some(e) = term.end() { (e.to_string()) } }
                } } }
            } }
        }
    }
}
