//! Reading policies from TOML and JSON, stopping at the first error and saying where.

use super::{Policy, PolicyDoc, messages};
use crate::JsonPath;
use crate::model::Organization;

/// A policy that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PolicyError {
    /// The text is not valid TOML or JSON, or does not have the policy's shape.
    #[error("{}", crate::read::messages::located(Some(*.line), Some(*.column), "", true, .message))]
    Syntax {
        /// `TOML` or `JSON`.
        format: &'static str,
        /// 1-based line.
        line: usize,
        /// 1-based column (in characters).
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The policy reads, but is inconsistent.
    #[error("{path}: {message}")]
    Invalid {
        /// Where, as a JSON path into the policy.
        path: JsonPath,
        /// What is wrong.
        message: String,
    },
}

/// A policy file with neither rules nor order rules is refused: it would check
/// nothing and say nothing.
fn not_empty(doc: PolicyDoc) -> Result<PolicyDoc, PolicyError> {
    if doc.rules.is_empty() && doc.order_rules.is_empty() {
        return Err(PolicyError::Invalid {
            path: JsonPath::root().key("rules"),
            message: messages::no_rules(),
        });
    }
    Ok(doc)
}

/// Removes serde_json's " at line L column C" suffix: the location is reported apart.
fn json_message(e: &serde_json::Error) -> String {
    let s = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    s.strip_suffix(&suffix).map(str::to_owned).unwrap_or(s)
}

impl Policy {
    /// Reads a policy written in TOML.
    ///
    /// # Errors
    /// [`PolicyError::Syntax`] with line and column for TOML that does not read or
    /// does not have the shape of a policy (an unknown key, a missing `rounding`, a
    /// share written as a float); [`PolicyError::Invalid`] at `$.rules` for a file
    /// with no rules (neither `[[rules]]` nor `[[order_rules]]`: it would audit every
    /// document clean), and when it is inconsistent (see [`Policy::new`]).
    ///
    /// ```
    /// use union_rulebook::policy::Policy;
    /// let empty = Policy::from_toml_str("name = \"SPN\"\n");
    /// assert_eq!(
    ///     empty.err().map(|e| e.to_string()).as_deref(),
    ///     Some("$.rules: the policy has no rules: add a [[rules]] or an [[order_rules]] table")
    /// );
    /// ```
    pub fn from_toml_str(text: &str) -> Result<Policy, PolicyError> {
        // The crate's TOML reader: bare dates (`from = 2024-01-01`) and a BOM are read.
        let doc: PolicyDoc = crate::read::from_toml_str(text).map_err(|e| PolicyError::Syntax {
            format: "TOML",
            line: e.line().unwrap_or(1),
            column: e.column().unwrap_or(1),
            message: messages::syntax(e.message()),
        })?;
        Policy::new(not_empty(doc)?)
    }

    /// Reads a policy written in JSON.
    ///
    /// # Errors
    /// As [`Policy::from_toml_str`], for JSON.
    pub fn from_json_str(text: &str) -> Result<Policy, PolicyError> {
        let doc: PolicyDoc = serde_json::from_str(crate::read::strip_bom(text)).map_err(|e| {
            PolicyError::Syntax {
                format: "JSON",
                // 1-based, as in `read::from_json_str` (serde_json gives column 0 at
                // a newline, line 0 when it knows no place).
                line: e.line().max(1),
                column: e.column().max(1),
                message: messages::syntax(&json_message(&e)),
            }
        })?;
        Policy::new(not_empty(doc)?)
    }

    /// Reads a policy from a JSON value, such as the `policy` member of an organization
    /// document. Errors carry the path from `at`.
    ///
    /// # Errors
    /// [`PolicyError::Invalid`] with the JSON path when the value is not a policy or
    /// the policy is inconsistent.
    pub fn from_json_value(
        value: &serde_json::Value,
        at: &JsonPath,
    ) -> Result<Policy, PolicyError> {
        let doc = PolicyDoc::deserialize(value).map_err(|e| PolicyError::Invalid {
            path: at.clone(),
            message: messages::syntax(&e.to_string()),
        })?;
        Policy::new(doc).map_err(|e| under(at, e))
    }

    /// The policy embedded in an organization document under `policy`, checked; `None`
    /// when the document has none. The document's reader has already read it (so a
    /// policy that does not read stops the document's reading, at its line and column);
    /// this checks that it is consistent.
    ///
    /// ```
    /// use union_rulebook::model::Organization;
    /// use union_rulebook::policy::Policy;
    /// let doc = Organization::from_toml_str(r#"
    /// name = "PSP SPN PT Contoh"
    /// [[policy.groups]]
    /// id = "women"
    /// one = "woman"
    /// many = "women"
    /// select = { gender = "woman" }
    /// "#)?;
    /// let policy = Policy::embedded_in(&doc)?.ok_or("no policy")?;
    /// assert_eq!(policy.groups().len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    /// [`PolicyError::Invalid`] when the policy is inconsistent (see [`Policy::new`]),
    /// with the JSON path from the document's root (`$.policy.rules[0].require.group`).
    pub fn embedded_in(org: &Organization) -> Result<Option<Policy>, PolicyError> {
        let Some(doc) = &org.policy else {
            return Ok(None);
        };
        Policy::new(doc.clone())
            .map(Some)
            .map_err(|e| under(&JsonPath::root().key("policy"), e))
    }
}

/// The error with its path taken from `at` (the place of the policy in a document).
fn under(at: &JsonPath, e: PolicyError) -> PolicyError {
    match e {
        PolicyError::Invalid { path, message } => {
            let mut full = at.clone();
            for seg in path.segments() {
                full = match seg {
                    crate::diagnostics::PathSegment::Key(k) => full.key(k.clone()),
                    crate::diagnostics::PathSegment::Index(i) => full.index(*i),
                };
            }
            PolicyError::Invalid {
                path: full,
                message,
            }
        }
        other => other,
    }
}

use serde::Deserialize as _;
