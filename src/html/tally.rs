//! The count: who was elected, each candidate's votes stage by stage against the
//! quota, and the transfers between stages as a flow.

use maud::{Markup, html};

use super::chart::{self, Flow, StageRow, Tone};
use super::layout::page;
use super::{decimal, t, ta};
use crate::election::{
    CandidateIndex, CandidateNumber, CandidateStatus, RunoffCandidate, StageAction, TallyReport,
    TieSettlement, Votes,
};
use crate::i18n::{Arg, Lang};

/// The tally report as one HTML page in `lang` (see the [module](super) docs for an
/// example).
pub fn render_tally(report: &TallyReport, lang: Lang) -> String {
    let title = report
        .title
        .clone()
        .unwrap_or_else(|| t(lang, "html-tally-title"));
    let mut intro = ta(
        lang,
        "html-tally-intro",
        &[
            ("method", Arg::from(report.method.as_str())),
            ("seats", Arg::from(report.seats)),
            ("ballots", Arg::from(report.ballots)),
        ],
    );
    if let Some(q) = &report.quota {
        intro.push(' ');
        intro.push_str(&ta(
            lang,
            "html-tally-quota",
            &[("quota", Arg::from(votes(lang, *q)))],
        ));
    }
    let body = html! {
        (elected(report, lang))
        (stage_chart(report, lang))
        (stage_table(report, lang))
        (flows(report, lang))
        (ties(report, lang))
    };
    page(lang, &title, &intro, body)
}

/// A figure of votes as the language writes it.
fn votes(lang: Lang, v: Votes) -> String {
    decimal(lang, &v.to_string())
}

/// Votes as a drawing's magnitude.
fn magnitude(v: Votes) -> f64 {
    v.raw() as f64 / 10f64.powi(i32::from(v.places()))
}

fn name(report: &TallyReport, c: CandidateIndex) -> String {
    report.candidates.get(c as usize).map_or_else(
        || CandidateNumber::from_index(c).to_string(),
        |l| l.name.clone(),
    )
}

fn status(lang: Lang, s: CandidateStatus) -> String {
    t(
        lang,
        match s {
            CandidateStatus::Elected => "html-status-elected",
            CandidateStatus::Excluded => "html-status-excluded",
            CandidateStatus::Withdrawn => "html-status-withdrawn",
            CandidateStatus::NotElected => "html-status-not-elected",
        },
    )
}

fn status_class(s: CandidateStatus) -> &'static str {
    match s {
        CandidateStatus::Elected => "ok",
        CandidateStatus::Excluded => "err",
        CandidateStatus::Withdrawn | CandidateStatus::NotElected => "info",
    }
}

fn elected(report: &TallyReport, lang: Lang) -> Markup {
    html! {
        h2 { (t(lang, "html-tally-elected")) }
        @if report.elected.is_empty() {
            p { (t(lang, "html-tally-none-elected")) }
        } @else {
            ol.elected { @for e in &report.elected {
                @let line = report.candidates.get(e.candidate as usize);
                li {
                    strong { (ta(lang, "html-tally-elected-item", &[
                        ("name", Arg::from(e.name.as_str())),
                        ("number", Arg::from(CandidateNumber::from_index(e.candidate).get())),
                    ])) }
                    @if let Some(seats) = line.and_then(|l| l.seats) {
                        ", " (ta(lang, "html-tally-list-seats", &[("seats", Arg::from(seats))]))
                    } @else if let Some(stage) = line.and_then(|l| l.stage) {
                        ", " (ta(lang, "html-tally-at-stage", &[("stage", Arg::from(stage))]))
                    }
                }
            } }
        }
        @if report.unfilled > 0 {
            p.warn { (ta(lang, "html-tally-unfilled", &[("count", Arg::from(report.unfilled))])) }
        }
        @if let [a, b] = &report.runoff[..] {
            p.warn.runoff { (runoff_line(lang, a, b)) }
        }
    }
}

/// A two-round vote still waiting for its second round: the pair, with their
/// first-round votes.
fn runoff_line(lang: Lang, a: &RunoffCandidate, b: &RunoffCandidate) -> String {
    let finalist = |c: &RunoffCandidate| {
        ta(
            lang,
            "congress-runoff-finalist",
            &[
                ("name", Arg::from(c.name.as_str())),
                (
                    "number",
                    Arg::from(CandidateNumber::from_index(c.candidate).get()),
                ),
                ("votes", Arg::from(votes(lang, c.votes))),
            ],
        )
    };
    ta(
        lang,
        "congress-runoff-status",
        &[
            ("first", Arg::from(finalist(a))),
            ("second", Arg::from(finalist(b))),
        ],
    )
}

fn stage_chart(report: &TallyReport, lang: Lang) -> Markup {
    let mut scale = report.quota.map_or(0.0, magnitude);
    for s in &report.stages {
        for v in &s.votes {
            scale = scale.max(magnitude(*v));
        }
    }
    let rows: Vec<StageRow> = report
        .candidates
        .iter()
        .enumerate()
        .map(|(i, c)| StageRow {
            label: c.name.clone(),
            values: report
                .stages
                .iter()
                .map(|s| s.votes.get(i).map_or(0.0, |v| magnitude(*v)))
                .collect(),
            text: match report.stages.last().and_then(|s| s.votes.get(i)) {
                Some(v) => format!("{} · {}", votes(lang, *v), status(lang, c.status)),
                None => status(lang, c.status),
            },
            tone: match c.status {
                CandidateStatus::Elected => Tone::Ok,
                CandidateStatus::Excluded => Tone::Bad,
                CandidateStatus::Withdrawn | CandidateStatus::NotElected => Tone::Plain,
            },
        })
        .collect();
    let title = t(lang, "html-tally-chart");
    html! {
        @if !rows.is_empty() && !report.stages.is_empty() {
            h2 { (title) }
            p.muted { (t(lang, "html-tally-chart-legend")) }
            figure { (chart::stages("chart-stages", &title, &rows, report.quota.map(magnitude), scale)) }
        }
    }
}

fn action(report: &TallyReport, lang: Lang, a: &StageAction) -> String {
    match a {
        StageAction::FirstCount => t(lang, "html-action-first"),
        StageAction::Surplus {
            candidate,
            transfer_value,
        } => ta(
            lang,
            "html-action-surplus",
            &[
                ("name", Arg::from(name(report, *candidate))),
                ("value", Arg::from(votes(lang, *transfer_value))),
            ],
        ),
        StageAction::Exclusion { candidates } => {
            let names: Vec<String> = candidates.iter().map(|c| name(report, *c)).collect();
            ta(
                lang,
                "html-action-exclusion",
                &[("names", Arg::from(names.join(", ")))],
            )
        }
        StageAction::Round { label } => ta(
            lang,
            "html-action-round",
            &[("label", Arg::from(label.as_str()))],
        ),
        StageAction::Allocation => t(lang, "html-action-allocation"),
    }
}

fn stage_table(report: &TallyReport, lang: Lang) -> Markup {
    let any_loss = report.stages.iter().any(|s| s.loss.raw() != 0);
    html! {
        @if !report.stages.is_empty() {
            h2 { (t(lang, "html-tally-stages")) }
            div.scroll { table {
                caption { (t(lang, "html-tally-stages-caption")) }
                thead {
                    tr {
                        th scope="col" { (t(lang, "html-col-candidate")) }
                        @for s in &report.stages {
                            th.num scope="col" title=(action(report, lang, &s.action)) {
                                (ta(lang, "html-col-stage", &[("number", Arg::from(s.number))]))
                                br;
                                span.muted { (action(report, lang, &s.action)) }
                            }
                        }
                        th scope="col" { (t(lang, "html-col-result")) }
                    }
                }
                tbody {
                    @for (i, c) in report.candidates.iter().enumerate() {
                        @let index = CandidateIndex::try_from(i).unwrap_or(CandidateIndex::MAX);
                        tr {
                            th scope="row" { (c.name) " (" (CandidateNumber::from_index(index).get()) ")" }
                            @for s in &report.stages {
                                @let mark = if s.elected.contains(&index) { "ok" } else if s.excluded.contains(&index) { "err" } else { "" };
                                td class={"num " (mark)} { @if let Some(v) = s.votes.get(i) { (votes(lang, *v)) } }
                            }
                            td { span class={"badge " (status_class(c.status))} { (status(lang, c.status)) } }
                        }
                    }
                    tr {
                        th scope="row" { (t(lang, "html-row-non-transferable")) }
                        @for s in &report.stages { td.num { (votes(lang, s.non_transferable)) } }
                        td {}
                    }
                    @if any_loss {
                        tr {
                            th scope="row" { (t(lang, "html-row-loss")) }
                            @for s in &report.stages { td.num { (votes(lang, s.loss)) } }
                            td {}
                        }
                    }
                }
            } }
        }
    }
}

fn flows(report: &TallyReport, lang: Lang) -> Markup {
    let mut scale: f64 = 0.0;
    let mut stages = Vec::new();
    for tr in report.transfers.iter().filter(|t| !t.from.is_empty()) {
        let Some(stage) = report.stages.iter().find(|s| s.number == tr.stage) else {
            continue;
        };
        let mut to: Vec<(String, f64)> = tr
            .change
            .iter()
            .enumerate()
            .filter(|(_, v)| v.raw() > 0)
            .map(|(i, v)| {
                let c = CandidateIndex::try_from(i).unwrap_or(CandidateIndex::MAX);
                (
                    ta(
                        lang,
                        "html-tally-flow-to",
                        &[
                            ("name", Arg::from(name(report, c))),
                            ("votes", Arg::from(votes(lang, *v))),
                        ],
                    ),
                    magnitude(*v),
                )
            })
            .collect();
        if tr.non_transferable.raw() > 0 {
            to.push((
                ta(
                    lang,
                    "html-tally-flow-to",
                    &[
                        ("name", Arg::from(t(lang, "html-row-non-transferable"))),
                        ("votes", Arg::from(votes(lang, tr.non_transferable))),
                    ],
                ),
                magnitude(tr.non_transferable),
            ));
        }
        if to.is_empty() {
            continue;
        }
        scale = scale.max(to.iter().map(|(_, v)| v).sum());
        let from: Vec<String> = tr.from.iter().map(|c| name(report, *c)).collect();
        stages.push(Flow {
            heading: format!(
                "{}: {}",
                ta(lang, "html-col-stage", &[("number", Arg::from(tr.stage))]),
                action(report, lang, &stage.action)
            ),
            from: from.join(", "),
            to,
        });
    }
    let title = t(lang, "html-tally-flow-chart");
    html! {
        @if report.stages.len() > 1 {
            h2 { (t(lang, "html-tally-flow")) }
            @if stages.is_empty() {
                p { (t(lang, "html-tally-flow-none")) }
            } @else {
                p.muted { (t(lang, "html-tally-flow-legend")) }
                figure { (chart::flows("chart-flows", &title, &stages, scale)) }
            }
        }
    }
}

fn ties(report: &TallyReport, lang: Lang) -> Markup {
    html! {
        @if !report.ties.is_empty() {
            h2 { (t(lang, "html-tally-ties")) }
            ul { @for tie in &report.ties {
                @let names: Vec<String> = tie.candidates.iter().map(|c| name(report, *c)).collect();
                @let how = match &tie.settled_by {
                    TieSettlement::EarlierStage { stage } => ta(lang, "html-tie-earlier", &[("stage", Arg::from(*stage))]),
                    TieSettlement::Lot { seed } => ta(lang, "html-tie-lot", &[("seed", Arg::from(*seed))]),
                    TieSettlement::GivenOrder => t(lang, "html-tie-order"),
                };
                li { (ta(lang, "html-tally-tie", &[
                    ("stage", Arg::from(tie.stage)),
                    ("names", Arg::from(names.join(", "))),
                    ("purpose", Arg::from(tie.purpose.as_str())),
                    ("how", Arg::from(how)),
                    ("chosen", Arg::from(name(report, tie.chosen))),
                ])) }
            } }
        }
    }
}
