//! `rulebook audit`: every body of an organization against a representation policy.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use union_rulebook::JsonPath;
use union_rulebook::model::Organization;
use union_rulebook::policy::{self, Policy};

use crate::io::{self, CliError, Format};

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

fn is_toml(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"))
}

/// Reads the organization, and the policy embedded in it under `policy` if any. An
/// embedded policy is taken out before the document is read, so that the document
/// model's strict reader does not see it.
pub(crate) fn read_org(path: &Path) -> Result<(Organization, Option<Policy>), CliError> {
    let text = io::read_text(path)?;
    let at = JsonPath::root().key("policy");
    if is_toml(path) {
        if let Ok(mut table) = text.parse::<toml::Table>() {
            if let Some(p) = table.remove("policy") {
                let value = serde_json::to_value(&p).map_err(|e| CliError::in_file(path, e))?;
                let policy =
                    Policy::from_json_value(&value, &at).map_err(|e| CliError::in_file(path, e))?;
                let rest = toml::to_string(&table).map_err(|e| CliError::in_file(path, e))?;
                let org =
                    Organization::from_toml_str(&rest).map_err(|e| CliError::in_file(path, e))?;
                return Ok((org, Some(policy)));
            }
        }
        let org = Organization::from_toml_str(&text).map_err(|e| CliError::in_file(path, e))?;
        return Ok((org, None));
    }
    if let Ok(serde_json::Value::Object(mut map)) = serde_json::from_str::<serde_json::Value>(&text)
    {
        if let Some(p) = map.remove("policy") {
            let policy =
                Policy::from_json_value(&p, &at).map_err(|e| CliError::in_file(path, e))?;
            let rest = serde_json::Value::Object(map).to_string();
            let org = Organization::from_json_str(&rest).map_err(|e| CliError::in_file(path, e))?;
            return Ok((org, Some(policy)));
        }
    }
    let org = Organization::from_json_str(&text).map_err(|e| CliError::in_file(path, e))?;
    Ok((org, None))
}

/// Runs `rulebook audit`: exit 0 when compliant, 1 when binding rules are broken.
pub fn run(args: AuditArgs) -> Result<ExitCode, CliError> {
    let (org, embedded) = read_org(&args.org)?;
    let policy = match (&args.policy, embedded) {
        (Some(p), _) => crate::policy::read_policy(p)?,
        (None, Some(p)) => p,
        (None, None) => {
            return Err(CliError::in_file(
                &args.org,
                "no policy to audit against: give --policy FILE or put a policy member in the document",
            ));
        }
    };
    let as_of = args.as_of.unwrap_or_else(crate::policy::today);
    let report = policy::audit(&org, &policy, as_of);
    match args.format {
        Format::Text => io::print(&policy::messages::render_audit(&report))?,
        Format::Json => io::print_json(&report)?,
    }
    Ok(ExitCode::from(if report.has_binding_breaches() {
        io::EXIT_VIOLATIONS
    } else {
        io::EXIT_OK
    }))
}
