//! `rulebook audit`: every body of an organization against a representation policy.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use union_rulebook::html;
use union_rulebook::i18n;
use union_rulebook::model::Organization;
use union_rulebook::policy::{self, Policy};

use crate::io::{self, CliError, ReportFormat as Format};

/// Arguments of `rulebook audit`.
#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// The organization document (JSON, or TOML when it ends in .toml).
    org: PathBuf,
    /// The policy file (TOML, or JSON when it ends in .json); by default the
    /// document's own `policy` member.
    #[arg(long)]
    policy: Option<PathBuf>,
    /// The date of the audit (YYYY-MM-DD); today by default.
    #[arg(long)]
    as_of: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// The policy to apply: the `--policy` file when given, else the policy embedded in
/// the document under `policy` (read with the document, checked by the library).
pub(crate) fn policy_for(
    org: &Organization,
    org_path: &Path,
    policy_path: Option<&Path>,
) -> Result<Option<Policy>, CliError> {
    match policy_path {
        Some(p) => crate::policy::read_policy(p).map(Some),
        None => Policy::embedded_in(org).map_err(|e| CliError::in_file(org_path, e)),
    }
}

/// Runs `rulebook audit`: exit 0 when compliant, 1 when binding rules are broken.
pub fn run(args: AuditArgs) -> Result<ExitCode, CliError> {
    let org = crate::validate::read_document(&args.org)?;
    let policy = policy_for(&org, &args.org, args.policy.as_deref())?
        .ok_or_else(|| CliError::in_file(&args.org, tr!("cli-no-policy")))?;
    let as_of = args.as_of.unwrap_or_else(io::today);
    let report = policy::audit(&org, &policy, as_of);
    match args.format {
        Format::Text => io::print(&policy::messages::render_audit(&report))?,
        Format::Json => io::print_json(&report)?,
        Format::Html => io::print(&html::render_audit(&report, i18n::current()))?,
    }
    Ok(ExitCode::from(if report.has_binding_breaches() {
        io::EXIT_VIOLATIONS
    } else {
        io::EXIT_OK
    }))
}
