//! The winners of a Universal Tabulator summary: the contest, its rounds, the
//! threshold it states and the elected in the order it lists them.

use maud::html;

use super::layout::page;
use super::{decimal, t, ta};
use crate::i18n::{Arg, Lang};
use crate::interchange::universal_tabulator::Winners;

/// The winners of a summary (RCTab's, RCVis's, ours) as one HTML page in `lang`:
/// a table of the elected, numbered from 1, with the round in which the summary lists
/// each of them elected. A summary holds rounds, not ballots; the page shows what it
/// states and recounts nothing.
///
/// ```
/// use union_rulebook::html;
/// use union_rulebook::i18n::Lang;
/// use union_rulebook::interchange::universal_tabulator::Summary;
/// let summary = Summary::from_json_str(r#"{"config": {"contest": "Ketua <PSP>"},
///   "results": [{"round": 1, "tally": {"Sari": "7", "Budi": "3"},
///                "tallyResults": [{"elected": "Sari"}]}]}"#)?;
/// let page = html::render_winners(&summary.winners(), Lang::Id);
/// assert!(page.contains("Calon terpilih Ketua &lt;PSP&gt;"));
/// assert!(page.contains("<td>Sari</td>"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_winners(winners: &Winners, lang: Lang) -> String {
    let intro = ta(
        lang,
        "interchange-ut-html-intro",
        &[("rounds", Arg::from(winners.rounds))],
    );
    let body = html! {
        @if let Some(threshold) = &winners.threshold {
            p { (ta(lang, "interchange-ut-html-threshold",
                &[("threshold", Arg::from(decimal(lang, threshold.as_str())))])) }
        }
        @if winners.elected.is_empty() {
            p.verdict.warn { (t(lang, "interchange-ut-html-none")) }
        } @else {
            div.scroll { table {
                caption { (t(lang, "interchange-ut-html-caption")) }
                thead { tr {
                    th scope="col" { (t(lang, "interchange-ut-html-number")) }
                    th scope="col" { (t(lang, "interchange-ut-html-name")) }
                    th scope="col" { (t(lang, "interchange-ut-html-round")) }
                } }
                tbody {
                    @for (i, w) in winners.elected.iter().enumerate() {
                        tr {
                            th scope="row" class="num" { (i.saturating_add(1)) }
                            td { (w.name) }
                            td class="num" { (w.round) }
                        }
                    }
                }
            } }
        }
    };
    let title = ta(
        lang,
        "interchange-ut-html-title",
        &[("contest", Arg::from(winners.contest.as_str()))],
    );
    page(lang, &title, &intro, body)
}
