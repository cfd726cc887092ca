//! The error body of `rulebook serve`'s JSON API (schema `api-error`).

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Why a request to `rulebook serve`'s API was refused: a stable code, the message
/// (as the CLI prints it, in the request's language) and, when the error is about an
/// input, where in it. Sent with status 400 (bad input or parameters), 404 (no such
/// route), 405 (wrong method), 408 (the request took longer than the time limit), 413
/// (the body is over the size limit) or 500 (an internal error).
///
/// ```
/// use union_rulebook::schema::{ApiError, ApiErrorLocation};
/// let e = ApiError::new("unreadable-input", "policy.toml: line 2, column 1: ...")
///     .with_location(ApiErrorLocation::new("policy.toml").at(2, 1));
/// let json = serde_json::to_value(&e)?;
/// assert_eq!(json["location"]["line"], 2);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ApiError {
    /// A stable code: `unreadable-input` (an input cannot be read: see `location`),
    /// `bad-input` (an input reads but cannot be used), `bad-parameter` (a query
    /// parameter's value), `unknown-parameter`, `missing-input`, `unknown-input` (a
    /// multipart part the endpoint does not take), `votes-not-counted` (`decide`: the
    /// report is in `details`), `not-found`, `method-not-allowed`, `timeout`,
    /// `body-too-large`, `internal-error`.
    pub code: String,
    /// What is wrong and what was expected, in the request's language.
    pub message: String,
    /// Where the problem is, when it is about an input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<ApiErrorLocation>,
    /// More about the error: for `votes-not-counted`, the `decide-errors` report the
    /// CLI prints.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
}

impl ApiError {
    /// An error with its code and message, without location or details.
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        ApiError {
            code: code.into(),
            message: message.into(),
            location: None,
            details: None,
        }
    }

    /// The same error, located.
    #[must_use]
    pub fn with_location(mut self, location: ApiErrorLocation) -> Self {
        self.location = Some(location);
        self
    }

    /// The same error, with details.
    #[must_use]
    pub fn with_details(mut self, details: serde_json::Value) -> Self {
        self.details = Some(details);
        self
    }
}

/// Where an API error is: the input (the request part's name, or the body's) and, when
/// known, the 1-based line and column and the JSON path of the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct ApiErrorLocation {
    /// The input's name as messages show it (`policy.toml`, `document.json`).
    pub input: String,
    /// The 1-based line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The 1-based column, in characters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column: Option<u64>,
    /// The JSON path of the value (`$.bodies[2].seats`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
}

impl ApiErrorLocation {
    /// A location in `input`, without line, column or path.
    pub fn new(input: impl Into<String>) -> Self {
        ApiErrorLocation {
            input: input.into(),
            line: None,
            column: None,
            path: None,
        }
    }

    /// The same location at a line and column.
    #[must_use]
    pub fn at(mut self, line: u64, column: u64) -> Self {
        self.line = Some(line);
        self.column = Some(column);
        self
    }

    /// The same location with a JSON path.
    #[must_use]
    pub fn path(mut self, path: impl Into<String>) -> Self {
        self.path = Some(path.into());
        self
    }
}
