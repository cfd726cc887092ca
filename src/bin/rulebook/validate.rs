//! `rulebook validate FILE [--as-of DATE] [--format text|json]`.

use chrono::NaiveDate;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::io::{self, CliError, ReportFormat as Format};
use union_rulebook::model::Organization;
use union_rulebook::validate::ValidationReport;
use union_rulebook::{html, i18n};

/// Check a union document (JSON, or TOML by its `.toml` extension) and report every
/// finding. Exit 0: no errors; 1: errors found; 2: unreadable input or bad arguments.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// The document to check (`.json` or `.toml`).
    file: PathBuf,
    /// The date to check as of (YYYY-MM-DD); today when absent.
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
    /// Output format: text for people, json for programs (a `ValidationReport`, see
    /// `schemas/validation-report.schema.json`), html for a browser or paper.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// Reads a document, by extension: `.toml` as TOML, anything else as JSON.
pub fn read_document(path: &Path) -> Result<Organization, CliError> {
    let text = io::read_text(path)?;
    let is_toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    let doc = if is_toml {
        Organization::from_toml_str(&text)
    } else {
        Organization::from_json_str(&text)
    };
    doc.map_err(|e| CliError::in_file(path, e))
}

pub fn run(args: ValidateArgs) -> Result<ExitCode, CliError> {
    let doc = read_document(&args.file)?;
    let as_of = args.as_of.unwrap_or_else(io::today);
    let report = ValidationReport::new(&doc, as_of);
    match args.format {
        Format::Text => {
            let heading = tr!(
                "cli-validate-heading",
                file = args.file.display().to_string(),
                as_of = report.as_of.to_string()
            );
            io::print(&format!("{heading}\n{}", report.render_text()))?;
        }
        Format::Json => io::print_json(&report)?,
        Format::Html => io::print(&html::render_validation(&report, i18n::current()))?,
    }
    Ok(ExitCode::from(if report.is_valid() {
        io::EXIT_OK
    } else {
        io::EXIT_VIOLATIONS
    }))
}
