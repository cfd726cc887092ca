//! `rulebook audit`: every body of an organization against a representation policy.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use union_rulebook::html;
use union_rulebook::i18n;
use union_rulebook::model::Organization;
use union_rulebook::policy::{self, Policy};

use crate::io::{self, Answer, CliError, Input, ReportFormat as Format};

/// Arguments of `rulebook audit`.
#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// The organization document (JSON, or TOML when it ends in .toml).
    org: PathBuf,
    /// The policy file (TOML, or JSON when it ends in .json); by default the
    /// document's own `policy` member.
    #[arg(long)]
    policy: Option<PathBuf>,
    #[command(flatten)]
    options: AuditOptions,
}

/// The options of `rulebook audit` (the server's query parameters).
#[derive(Debug, Clone, clap::Args)]
pub struct AuditOptions {
    /// The date of the audit (YYYY-MM-DD); today by default.
    #[arg(long)]
    as_of: Option<NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// The policy to apply: the `--policy` input when given, else the policy embedded in
/// the document under `policy` (read with the document, checked by the library).
pub(crate) fn policy_for(
    org: &Organization,
    org_input: &Input,
    policy: Option<&Input>,
) -> Result<Option<Policy>, CliError> {
    match policy {
        Some(p) => crate::policy::read_policy(p).map(Some),
        None => Policy::embedded_in(org).map_err(|e| CliError::unreadable(org_input, &e)),
    }
}

/// `rulebook audit` on a document and an optional policy (else the document's own):
/// exit 1 when binding rules are broken.
pub fn audit(
    org_input: &Input,
    policy: Option<&Input>,
    options: &AuditOptions,
) -> Result<Answer, CliError> {
    let org = crate::validate::read_document(org_input)?;
    let policy = policy_for(&org, org_input, policy)?
        .ok_or_else(|| CliError::in_input(org_input, tr!("cli-no-policy")))?;
    let as_of = options.as_of.unwrap_or_else(io::today);
    let report = policy::audit(&org, &policy, as_of);
    let exit = if report.has_binding_breaches() {
        io::EXIT_VIOLATIONS
    } else {
        io::EXIT_OK
    };
    Ok(match options.format {
        Format::Text => Answer::text(policy::messages::render_audit(&report), exit),
        Format::Json => Answer::json_report(report, exit),
        Format::Html => Answer::html(html::render_audit(&report, i18n::current()), exit),
    })
}

/// Runs `rulebook audit`: exit 0 when compliant, 1 when binding rules are broken.
pub fn run(args: AuditArgs) -> Result<ExitCode, CliError> {
    let policy = args.policy.map(Input::File);
    audit(&Input::File(args.org), policy.as_ref(), &args.options)?.print()
}
