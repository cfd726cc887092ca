//! `rulebook tally SUMMARY.json`: the winners of a Universal Tabulator summary.

use super::TallyFormat;
use crate::io::{self, CliError};
use std::path::Path;
use std::process::ExitCode;
use union_rulebook::interchange::universal_tabulator::Summary;

/// Reads the summary and prints its winners (text, JSON or an HTML page), or the
/// summary itself (`--format universal-tabulator`, as the library reads it).
pub(crate) fn run(path: &Path, format: TallyFormat) -> Result<ExitCode, CliError> {
    let text = io::read_text(path)?;
    let summary = Summary::from_json_str(&text).map_err(|e| CliError::in_file(path, e))?;
    match format {
        TallyFormat::Text => io::print(&summary.winners().render_text())?,
        TallyFormat::Json => io::print_json(&summary.winners())?,
        TallyFormat::UniversalTabulator => io::print_json(&summary)?,
        TallyFormat::Html => io::print(&union_rulebook::html::render_winners(
            &summary.winners(),
            union_rulebook::i18n::current(),
        ))?,
    }
    Ok(ExitCode::from(io::EXIT_OK))
}
