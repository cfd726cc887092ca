//! A second-round ballot that marks a candidate outside the runoff, refused with its
//! file, line and column.

use crate::io::{CliError, Input, Located};
use union_rulebook::election::{self, CandidateNumber, TallyError};

impl Located for TallyError {
    fn place(&self) -> (Option<u64>, Option<u64>, Option<String>) {
        (
            self.line().map(u64::from),
            self.column().map(u64::from),
            None,
        )
    }
}

/// The error of a two-round count with second-round ballots: a ballot of `runoff`
/// marking a candidate outside the runoff gets its line (from `lines`, the runoff
/// file's ballot lines) and the column of its mark, and is reported in the runoff
/// file; `None` for any other error.
pub(crate) fn refused(e: &TallyError, runoff: &Input, lines: &[u32]) -> Option<CliError> {
    let TallyError::NotInRunoff { candidate, .. } = e else {
        return None;
    };
    let mut e = e.clone().at_lines(lines);
    // The column, from the ballot's line in the file (read again: the ballots were
    // streamed, and this is the one line the message needs).
    if let Some(line) = e.line()
        && let Ok(text) = runoff.text()
        && let Some(column) = text
            .lines()
            .nth(line.saturating_sub(1) as usize)
            .and_then(|l| election::mark_column(l, CandidateNumber::from_index(*candidate)))
    {
        e = e.at_column(column);
    }
    Some(CliError::unreadable(
        runoff,
        &Message(super::messages::cannot_count(&e), e),
    ))
}

/// The message of a located count error, with its place.
struct Message(String, TallyError);

impl std::fmt::Display for Message {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Located for Message {
    fn place(&self) -> (Option<u64>, Option<u64>, Option<String>) {
        self.1.place()
    }
}
