//! `rulebook validate FILE [--as-of DATE] [--format text|json]`.

use chrono::NaiveDate;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::io::{self, Answer, CliError, Input, ReportFormat as Format};
use union_rulebook::model::Organization;
use union_rulebook::validate::ValidationReport;
use union_rulebook::{html, i18n};

/// Check a union document (JSON, or TOML by its `.toml` extension) and report every
/// finding. Exit 0: no errors; 1: errors found; 2: unreadable input or bad arguments.
#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// The document to check (`.json` or `.toml`).
    file: PathBuf,
    #[command(flatten)]
    options: ValidateOptions,
}

/// The options of `rulebook validate` (the server's query parameters).
#[derive(Debug, Clone, clap::Args)]
pub struct ValidateOptions {
    /// The date to check as of (YYYY-MM-DD); today when absent.
    #[arg(long, value_name = "DATE")]
    as_of: Option<NaiveDate>,
    /// Output format: text for people, json for programs (a `ValidationReport`, see
    /// `schemas/validation-report.schema.json`), html for a browser or paper.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// Reads a document, by extension: `.toml` as TOML, anything else as JSON.
pub fn read_document(input: &Input) -> Result<Organization, CliError> {
    let text = input.text()?;
    let doc = if input.has_extension("toml") {
        Organization::from_toml_str(&text)
    } else {
        Organization::from_json_str(&text)
    };
    doc.map_err(|e| CliError::unreadable(input, &e))
}

/// `rulebook validate` on a document: exit 1 when it has errors.
pub fn validate(input: &Input, options: &ValidateOptions) -> Result<Answer, CliError> {
    let doc = read_document(input)?;
    let as_of = options.as_of.unwrap_or_else(io::today);
    let report = ValidationReport::new(&doc, as_of);
    let exit = if report.is_valid() {
        io::EXIT_OK
    } else {
        io::EXIT_VIOLATIONS
    };
    Ok(match options.format {
        Format::Text => {
            let heading = tr!(
                "cli-validate-heading",
                file = input.name().to_string(),
                as_of = report.as_of.to_string()
            );
            Answer::text(format!("{heading}\n{}", report.render_text()), exit)
        }
        Format::Json => Answer::json(&report, exit)?,
        Format::Html => Answer::html(html::render_validation(&report, i18n::current()), exit),
    })
}

/// Runs `rulebook validate`.
pub fn run(args: ValidateArgs) -> Result<ExitCode, CliError> {
    validate(&Input::File(args.file), &args.options)?.print()
}
