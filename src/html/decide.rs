//! The decision of a motion: the verdict, quorum and majority as bars with their
//! thresholds, attendance and the votes.

use maud::{Markup, html};

use super::chart::{self, Bar, Tone, fraction};
use super::layout::page;
use super::{t, ta};
use crate::decision::{
    Base, Comparison, Decision, Entitled, Measure, QuorumCheck, QuorumClause, Verdict, Weighting,
};
use crate::i18n::{Arg, Lang};

/// The decision as one HTML page in `lang`.
///
/// ```
/// use union_rulebook::decision::{decide, Motion};
/// use union_rulebook::html;
/// use union_rulebook::i18n::Lang;
/// let motion: Motion = serde_json::from_str(r#"{
///   "id": "m1",
///   "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
///   "delegates": [ { "id": "a" }, { "id": "b" }, { "id": "c" } ],
///   "votes": [ { "delegate": "a", "choice": "yes" }, { "delegate": "b", "choice": "yes" },
///              { "delegate": "c", "choice": "no" } ]
/// }"#)?;
/// let page = html::render_decision(&decide(&motion)?, Lang::Id);
/// assert!(page.contains("Usul diterima."));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_decision(d: &Decision, lang: Lang) -> String {
    let title = ta(
        lang,
        "html-decide-title",
        &[("motion", Arg::from(d.motion.as_str()))],
    );
    let weighting = t(
        lang,
        match d.weighting {
            Weighting::PerDelegate => "html-weighting-per-delegate",
            Weighting::Card => "html-weighting-card",
        },
    );
    let (class, verdict) = verdict(lang, &d.verdict);
    let body = html! {
        p class={"verdict " (class)} { strong { (verdict) } }
        (quorum(d, lang))
        (majority(d, lang))
        (attendance(d, lang))
        (votes(d, lang))
    };
    page(lang, &title, &weighting, body)
}

fn verdict(lang: Lang, v: &Verdict) -> (&'static str, String) {
    match v {
        Verdict::Carried => ("ok", t(lang, "html-verdict-carried")),
        Verdict::Rejected => ("err", t(lang, "html-verdict-rejected")),
        Verdict::Adopted { option } => (
            "ok",
            ta(
                lang,
                "html-verdict-adopted",
                &[("option", Arg::from(option.as_str()))],
            ),
        ),
        Verdict::NoMajority => ("err", t(lang, "html-verdict-no-majority")),
        Verdict::Tie { options } => (
            "warn",
            ta(
                lang,
                "html-verdict-tie",
                &[("options", Arg::from(options.join(", ")))],
            ),
        ),
        Verdict::NotQuorate => ("err", t(lang, "html-verdict-not-quorate")),
    }
}

fn comparison(lang: Lang, c: Comparison) -> String {
    t(
        lang,
        match c {
            Comparison::AtLeast => "html-comparison-at-least",
            Comparison::MoreThan => "html-comparison-more-than",
        },
    )
}

fn entitled(lang: Lang, e: Entitled) -> String {
    t(
        lang,
        match e {
            Entitled::All => "html-entitled-all",
            Entitled::Voting => "html-entitled-voting",
        },
    )
}

fn measure(lang: Lang, m: Measure) -> String {
    t(
        lang,
        match m {
            Measure::Heads => "html-measure-heads",
            Measure::Weight => "html-measure-weight",
        },
    )
}

fn clause(lang: Lang, c: &QuorumClause) -> String {
    match c {
        QuorumClause::None => t(lang, "html-decide-quorum-none"),
        QuorumClause::Share {
            share,
            of,
            comparison: cmp,
            measure: m,
            entitled: n,
        } => ta(
            lang,
            "html-clause-share",
            &[
                ("comparison", Arg::from(comparison(lang, *cmp))),
                ("share", Arg::from(share.to_string())),
                ("of", Arg::from(entitled(lang, *of))),
                ("measure", Arg::from(measure(lang, *m))),
                ("entitled", Arg::from(*n)),
            ],
        ),
        QuorumClause::Count {
            count,
            comparison: cmp,
            of,
            measure: m,
        } => ta(
            lang,
            "html-clause-count",
            &[
                ("comparison", Arg::from(comparison(lang, *cmp))),
                ("count", Arg::from(*count)),
                ("of", Arg::from(entitled(lang, *of))),
                ("measure", Arg::from(measure(lang, *m))),
            ],
        ),
        QuorumClause::Formula {
            formula,
            value,
            comparison: cmp,
            of,
            measure: m,
        } => ta(
            lang,
            "html-clause-formula",
            &[
                ("comparison", Arg::from(comparison(lang, *cmp))),
                ("formula", Arg::from(formula.as_str())),
                ("value", Arg::from(value.as_str())),
                ("of", Arg::from(entitled(lang, *of))),
                ("measure", Arg::from(measure(lang, *m))),
            ],
        ),
        QuorumClause::AnyOf => t(lang, "html-clause-any-of"),
        QuorumClause::AllOf => t(lang, "html-clause-all-of"),
    }
}

/// Every clause with figures, depth first, as bars: present against required, on the
/// scale of those entitled (a share clause) or of the larger figure (a count).
fn quorum_bars(lang: Lang, q: &QuorumCheck, out: &mut Vec<(String, Bar)>) {
    if let (Some(present), Some(required)) = (q.present, q.required) {
        let scale = match &q.clause {
            QuorumClause::Share { entitled, .. } => *entitled as f64,
            _ => present.max(required) as f64,
        };
        let text = ta(
            lang,
            "html-decide-bar",
            &[
                ("present", Arg::from(present)),
                ("required", Arg::from(required)),
            ],
        );
        let label = match &q.clause {
            QuorumClause::Share { share, of, .. } => ta(
                lang,
                "html-clause-share-short",
                &[
                    ("share", Arg::from(share.to_string())),
                    ("of", Arg::from(entitled(lang, *of))),
                ],
            ),
            QuorumClause::Count { count, of, .. } => ta(
                lang,
                "html-clause-count-short",
                &[
                    ("count", Arg::from(*count)),
                    ("of", Arg::from(entitled(lang, *of))),
                ],
            ),
            other => clause(lang, other),
        };
        out.push((
            label.clone(),
            Bar {
                label,
                value: fraction(present as f64, scale),
                text,
                line: Some(fraction(required as f64, scale)),
                dashed: None,
                tone: if q.met { Tone::Ok } else { Tone::Bad },
            },
        ));
    }
    for p in &q.parts {
        quorum_bars(lang, p, out);
    }
}

fn clause_tree(lang: Lang, q: &QuorumCheck) -> Markup {
    html! {
        li {
            (clause(lang, &q.clause)) ": "
            @if q.met {
                span.badge.ok { (t(lang, "html-decide-quorum-met")) }
            } @else {
                span.badge.err { (t(lang, "html-decide-quorum-not-met")) }
            }
            @if let (Some(p), Some(r)) = (q.present, q.required) {
                " " (ta(lang, "html-decide-present", &[("present", Arg::from(p))]))
                ", " (ta(lang, "html-decide-required", &[("required", Arg::from(r))]))
            }
            @if !q.parts.is_empty() {
                ul { @for p in &q.parts { (clause_tree(lang, p)) } }
            }
        }
    }
}

fn quorum(d: &Decision, lang: Lang) -> Markup {
    let mut bars = Vec::new();
    quorum_bars(lang, &d.quorum, &mut bars);
    let bars: Vec<Bar> = bars.into_iter().map(|(_, b)| b).collect();
    let title = t(lang, "html-decide-quorum-chart");
    html! {
        h2 { (t(lang, "html-decide-quorum")) }
        ul { (clause_tree(lang, &d.quorum)) }
        @if !bars.is_empty() {
            figure {
                figcaption { (title) }
                (chart::bars("chart-quorum", &title, &bars))
            }
        }
    }
}

fn base(lang: Lang, b: Base) -> String {
    t(
        lang,
        match b {
            Base::YesNo => "html-base-yes-no",
            Base::YesNoAbstain => "html-base-yes-no-abstain",
            Base::Valid => "html-base-valid",
            Base::Cast => "html-base-cast",
            Base::Entitled => "html-base-entitled",
            Base::EntitledPresent => "html-base-entitled-present",
        },
    )
}

fn majority(d: &Decision, lang: Lang) -> Markup {
    let m = &d.majority;
    let scale = m.base_votes as f64;
    let bars: Vec<Bar> = d
        .tally
        .options
        .iter()
        .map(|o| Bar {
            label: o.option.clone(),
            value: fraction(o.votes as f64, scale),
            text: format!(
                "{}; {}",
                o.votes,
                ta(
                    lang,
                    "html-decide-required",
                    &[("required", Arg::from(m.required))]
                )
            ),
            line: Some(fraction(m.required as f64, scale)),
            dashed: None,
            tone: if m.met_by.contains(&o.option) {
                Tone::Ok
            } else {
                Tone::Plain
            },
        })
        .collect();
    let title = t(lang, "html-decide-majority-chart");
    html! {
        h2 { (t(lang, "html-decide-majority")) }
        p { (ta(lang, "html-decide-majority-text", &[
            ("comparison", Arg::from(comparison(lang, m.comparison))),
            ("share", Arg::from(m.share.to_string())),
            ("base_votes", Arg::from(m.base_votes)),
            ("base", Arg::from(base(lang, m.base))),
            ("required", Arg::from(m.required)),
        ])) }
        @if let Some(mv) = &m.minimum {
            p.minimum { (crate::i18n::with_lang(lang, || crate::decision::minimum_line(mv))) }
        }
        @if let Some(f) = &d.fractions {
            p.fractions { (crate::i18n::with_lang(lang, || crate::decision::fractions_line(f))) }
        }
        @if !bars.is_empty() {
            figure {
                figcaption { (title) }
                (chart::bars("chart-majority", &title, &bars))
            }
        }
    }
}

fn attendance(d: &Decision, lang: Lang) -> Markup {
    let a = &d.attendance;
    let rows: [(&str, u64, Option<u128>); 5] = [
        ("html-row-entitled", a.entitled, Some(a.entitled_weight)),
        (
            "html-row-entitled-voting",
            a.entitled_voting,
            Some(a.entitled_voting_weight),
        ),
        ("html-row-present", a.present, Some(a.present_weight)),
        (
            "html-row-present-voting",
            a.present_voting,
            Some(a.present_voting_weight),
        ),
        ("html-row-by-proxy", a.by_proxy, None),
    ];
    html! {
        h2 { (t(lang, "html-decide-attendance")) }
        div.scroll { table {
            caption { (t(lang, "html-decide-attendance-caption")) }
            thead { tr {
                th scope="col" { (t(lang, "html-col-what")) }
                th.num scope="col" { (t(lang, "html-col-heads")) }
                th.num scope="col" { (t(lang, "html-col-weight")) }
            } }
            tbody { @for (id, heads, weight) in rows { tr {
                th scope="row" { (t(lang, id)) }
                td.num { (heads) }
                td.num { @if let Some(w) = weight { (w) } }
            } } }
        } }
    }
}

fn votes(d: &Decision, lang: Lang) -> Markup {
    let tally = &d.tally;
    html! {
        h2 { (t(lang, "html-decide-votes")) }
        div.scroll { table {
            caption { (t(lang, "html-decide-votes-caption")) }
            thead { tr {
                th scope="col" { (t(lang, "html-col-option")) }
                th.num scope="col" { (t(lang, "html-col-votes")) }
            } }
            tbody {
                @for o in &tally.options { tr {
                    th scope="row" { (o.option) }
                    td.num { (o.votes) }
                } }
                @for (id, n) in [("html-row-abstain", tally.abstain), ("html-row-blank", tally.blank), ("html-row-invalid", tally.invalid)] {
                    tr { th scope="row" { (t(lang, id)) } td.num { (n) } }
                }
            }
        } }
    }
}
