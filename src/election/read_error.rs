//! Why a ballot file could not be read: where, and what was expected.

use std::fmt;

/// A ballot file (BLT, PrefLib) that could not be read.
///
/// Readers stop at the first problem and say where it is: the 1-based line and column
/// (columns count characters, not bytes) and what was found and expected.
///
/// ```
/// use union_rulebook::election::blt;
/// let err = blt::read(b"2 1\n3 1 x 0\n0\n").unwrap_err();
/// assert_eq!(err.line(), 2);
/// assert_eq!(err.column(), 5);
/// assert_eq!(
///     err.to_string(),
///     "line 2, column 5: found `x`, expected a candidate number from 1 to 2 or a nickname"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    line: u32,
    column: u32,
    message: String,
}

impl ReadError {
    pub(crate) fn new(line: u32, column: u32, message: String) -> Self {
        ReadError {
            line,
            column,
            message,
        }
    }

    /// The 1-based line of the problem.
    pub fn line(&self) -> u32 {
        self.line
    }

    /// The 1-based column of the problem, in characters.
    pub fn column(&self) -> u32 {
        self.column
    }

    /// What is wrong and what was expected, without the position.
    pub fn message(&self) -> &str {
        &self.message
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&super::messages::read_error(
            self.line,
            self.column,
            &self.message,
        ))
    }
}

impl std::error::Error for ReadError {}
