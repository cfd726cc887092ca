//! A list election with named candidates: the lists' votes and seats, the elected in
//! list order, and the seats the floor moved by list jump (WO §15(5)).

use maud::html;

use super::layout::page;
use super::{t, ta};
use crate::election::ListElectionReport;
use crate::i18n::{Arg, Lang};

/// The report of a list election with candidates as one HTML page in `lang`: a table
/// of the lists (votes, seats by the count, seats held), a table of the elected
/// (numbered from 1, by id, with their list, place and group; the name only when the
/// report carries it), and the seats moved by list jump with the rule that moved them.
///
/// ```
/// use union_rulebook::election::{
///     Candidate, ListCandidates, ListOptions, ListVotes, TieBreak, TallySettings, elect_lists,
/// };
/// use union_rulebook::html;
/// use union_rulebook::i18n::Lang;
/// let votes = ListVotes { lists: vec![Candidate::new("A")], votes: vec![10], seats: 1 };
/// let c = ListCandidates::from_csv("list,position,id\nA,1,p-1\n")?;
/// let method = TallySettings::new("dhondt").method()?;
/// let r = elect_lists(&votes, &c, &method, &TieBreak::Fail, &ListOptions::new())?;
/// let page = html::render_list_election(&r, Lang::Id);
/// assert!(page.contains("<td>p-1</td>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_list_election(report: &ListElectionReport, lang: Lang) -> String {
    let intro = ta(
        lang,
        "lists-heading",
        &[
            ("method", Arg::from(report.method.to_string())),
            ("seats", Arg::from(report.seats)),
        ],
    );
    let names = report.elected.iter().any(|e| e.name.is_some());
    let body = html! {
        div.scroll { table {
            caption { (t(lang, "lists-html-lists")) }
            thead { tr {
                th scope="col" { (t(lang, "lists-html-list")) }
                th scope="col" { (t(lang, "lists-html-votes")) }
                th scope="col" { (t(lang, "lists-html-candidates")) }
                th scope="col" { (t(lang, "lists-html-won")) }
                th scope="col" { (t(lang, "lists-html-seats")) }
            } }
            tbody {
                @for l in &report.lists {
                    tr {
                        th scope="row" { (l.list) }
                        td class="num" { (l.votes) }
                        td class="num" { (l.candidates) }
                        td class="num" { (l.won) }
                        td class="num" { (l.seats) }
                    }
                }
            }
        } }
        div.scroll { table {
            caption { (ta(lang, "lists-elected", &[("count", Arg::from(report.elected.len()))])) }
            thead { tr {
                th scope="col" { (t(lang, "lists-html-number")) }
                th scope="col" { (t(lang, "lists-html-id")) }
                @if names { th scope="col" { (t(lang, "lists-html-name")) } }
                th scope="col" { (t(lang, "lists-html-list")) }
                th scope="col" { (t(lang, "lists-html-position")) }
                th scope="col" { (t(lang, "lists-html-group")) }
                th scope="col" { (t(lang, "lists-html-how")) }
            } }
            tbody {
                @for (i, e) in report.elected.iter().enumerate() {
                    tr {
                        th scope="row" class="num" { (i.saturating_add(1)) }
                        td { (e.id) }
                        @if names { td { (e.name.clone().unwrap_or_default()) } }
                        td { (e.list) }
                        td class="num" { (e.position) }
                        td { (e.group.clone().unwrap_or_default()) }
                        td { @if e.by_list_jump { (t(lang, "lists-html-by-jump")) } @else { (t(lang, "lists-html-by-place")) } }
                    }
                }
            }
        } }
        @if report.unfilled > 0 {
            p.verdict.warn { (ta(lang, "lists-unfilled", &[("count", Arg::from(report.unfilled))])) }
        }
        @if let Some(f) = &report.floor {
            p { (ta(lang, "lists-floor", &[
                ("group", Arg::from(f.group.as_str())),
                ("min", Arg::from(f.min)),
                ("before", Arg::from(f.before)),
                ("held", Arg::from(f.held)),
            ]))
                @if let Some(rule) = &f.rule { " (" (ta(lang, "lists-floor-rule", &[("rule", Arg::from(rule.as_str()))])) ")" }
            }
            @if !f.moves.is_empty() {
                ol {
                    @for m in &f.moves {
                        li {
                            @if m.from_list == m.to_list {
                                (ta(lang, "lists-move-same", &[
                                    ("list", Arg::from(m.from_list.as_str())),
                                    ("removed", Arg::from(m.removed.as_str())),
                                    ("added", Arg::from(m.added.as_str())),
                                ]))
                            } @else {
                                (ta(lang, "lists-move-other", &[
                                    ("from", Arg::from(m.from_list.as_str())),
                                    ("to", Arg::from(m.to_list.as_str())),
                                    ("removed", Arg::from(m.removed.as_str())),
                                    ("added", Arg::from(m.added.as_str())),
                                ]))
                            }
                            @if m.by_lot { (t(lang, "lists-by-lot")) }
                        }
                    }
                }
            }
            @if f.unmet {
                p.verdict.err { (ta(lang, "lists-floor-unmet", &[
                    ("group", Arg::from(f.group.as_str())),
                    ("min", Arg::from(f.min)),
                ])) }
            }
        }
    };
    page(lang, &t(lang, "lists-html-title"), &intro, body)
}
