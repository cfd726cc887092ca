//! `rulebook tally SUMMARY.json`: the winners of a Universal Tabulator summary.

use super::TallyFormat;
use crate::io::{self, Answer, CliError, Input};
use union_rulebook::interchange::universal_tabulator::Summary;

/// Reads the summary: its winners (text, JSON or an HTML page), or the summary itself
/// (`--format universal-tabulator`, as the library reads it).
pub(crate) fn answer(input: &Input, format: TallyFormat) -> Result<Answer, CliError> {
    let text = input.text()?;
    let summary = Summary::from_json_str(&text).map_err(|e| CliError::in_input(input, e))?;
    let ok = io::EXIT_OK;
    Ok(match format {
        TallyFormat::Text => Answer::text(summary.winners().render_text(), ok),
        TallyFormat::Json => Answer::json(&summary.winners(), ok)?,
        TallyFormat::UniversalTabulator => Answer::json(&summary, ok)?,
        TallyFormat::Html => Answer::html(
            union_rulebook::html::render_winners(
                &summary.winners(),
                union_rulebook::i18n::current(),
            ),
            ok,
        ),
    })
}
