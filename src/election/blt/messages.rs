//! Every message the BLT reader and writer (and the shared byte cursor) show a user,
//! in one place for translation.

pub(crate) fn invalid_utf8() -> String {
    "invalid UTF-8 in text: expected a UTF-8 file".to_string()
}

pub(crate) fn expected_header(what: &str, found: &str) -> String {
    if found.is_empty() {
        format!("file ends early: expected {what} in the first line")
    } else {
        format!("found `{found}`, expected {what} in the first line")
    }
}

pub(crate) fn number_too_large(what: &str) -> String {
    format!("{what} is too large")
}

pub(crate) fn no_candidates() -> String {
    "the file declares 0 candidates: expected at least 1".to_string()
}

pub(crate) fn too_many_candidates(claimed: u32, bytes: usize) -> String {
    format!(
        "the header declares {claimed} candidates, but a file of {bytes} bytes cannot hold {claimed} name lines: expected the number of candidates the file names"
    )
}

pub(crate) fn no_seats() -> String {
    "the file declares 0 seats: expected at least 1".to_string()
}

pub(crate) fn candidate_out_of_range(n: u64, candidates: u32) -> String {
    format!("candidate {n} does not exist: expected a candidate number from 1 to {candidates}")
}

pub(crate) fn expected_candidate(found: &str, candidates: u32) -> String {
    format!("found `{found}`, expected a candidate number from 1 to {candidates} or a nickname")
}

pub(crate) fn unknown_nick(found: &str) -> String {
    format!("unknown nickname `{found}`: expected one of the nicknames in the [nick] line")
}

pub(crate) fn duplicate_on_ballot(candidate: u32) -> String {
    format!(
        "candidate {candidate} appears twice on this ballot: expected each candidate at most once"
    )
}

pub(crate) fn ballot_without_zero(found: &str) -> String {
    if found.is_empty() {
        "ballot line ends without its closing 0: expected `0` after the preferences".to_string()
    } else {
        format!("found `{found}` after the ballot's closing 0: expected the end of the line")
    }
}

pub(crate) fn expected_weight(found: &str) -> String {
    if found.is_empty() {
        "file ends in the ballots: expected a ballot line or the lone 0 that ends the ballots"
            .to_string()
    } else {
        format!(
            "found `{found}`, expected a ballot weight (a whole number) or the lone 0 that ends the ballots"
        )
    }
}

pub(crate) fn zero_weight_with_id() -> String {
    "ballot weight 0 after a ballot id: expected a weight of at least 1".to_string()
}

pub(crate) fn after_end_of_ballots(found: &str) -> String {
    format!("found `{found}` after the lone 0 that ends the ballots: expected the end of the line")
}

pub(crate) fn total_weight_overflow() -> String {
    "the ballots' total weight exceeds 18446744073709551615: expected a smaller total".to_string()
}

pub(crate) fn unclosed_ballot_id() -> String {
    "unclosed ballot id: expected `)` on the same line".to_string()
}

pub(crate) fn unclosed_comment() -> String {
    "unclosed comment: expected `*/`".to_string()
}

pub(crate) fn unclosed_option() -> String {
    "unclosed option: expected `]` on the same line".to_string()
}

pub(crate) fn empty_option() -> String {
    "empty option `[]`: expected an option name such as nick, withdrawn or tie".to_string()
}

pub(crate) fn nick_count(found: usize, candidates: u32) -> String {
    format!("[nick] gives {found} nicknames: expected one for each of the {candidates} candidates")
}

pub(crate) fn duplicate_nick(nick: &str) -> String {
    format!("nickname `{nick}` is given twice: expected distinct nicknames")
}

pub(crate) fn bad_nick(nick: &str) -> String {
    format!(
        "nickname `{nick}` cannot be used: expected a word without `=`, `,`, `#` and not a number"
    )
}

pub(crate) fn option_before_nick(option: &str, found: &str) -> String {
    format!(
        "[{option}] names `{found}`: expected candidate numbers, or nicknames declared by an earlier [nick] line"
    )
}

pub(crate) fn duplicate_tie(candidate: u32) -> String {
    format!("[tie] lists candidate {candidate} twice: expected each candidate exactly once")
}

pub(crate) fn tie_count(found: usize, candidates: u32) -> String {
    format!(
        "[tie] lists {found} candidates: expected each of the {candidates} candidates exactly once"
    )
}

pub(crate) fn repeated_option(option: &str) -> String {
    format!("[{option}] is given twice: expected it at most once")
}

pub(crate) fn missing_names(found: usize, candidates: u32) -> String {
    format!(
        "file ends after {found} candidate names: expected {candidates} names (quoted lines, or `# ALTERNATIVE NAME` comments) and then the title"
    )
}

pub(crate) fn unclosed_quote() -> String {
    "unclosed quote: expected a closing `\"` on the same line".to_string()
}

pub(crate) fn bad_alternative_name() -> String {
    "malformed `# ALTERNATIVE NAME` comment: expected `# ALTERNATIVE NAME <number>: <name>`"
        .to_string()
}

// Writer messages.

pub(crate) fn write_zero_weight(ballot: usize) -> String {
    format!("ballot {ballot} has weight 0: BLT needs a weight of at least 1")
}

pub(crate) fn write_bad_candidate(ballot: usize, candidate: u32, candidates: usize) -> String {
    format!(
        "ballot {ballot} names candidate {}, but there are only {candidates} candidates (numbered from 1)",
        u64::from(candidate) + 1
    )
}

pub(crate) fn write_duplicate(ballot: usize, candidate: u32) -> String {
    format!(
        "ballot {ballot} names candidate {} twice",
        u64::from(candidate) + 1
    )
}

pub(crate) fn write_empty_rank(ballot: usize) -> String {
    format!("ballot {ballot} has an empty rank: every rank needs at least one candidate")
}

pub(crate) fn write_bad_text(what: &str, text: &str) -> String {
    format!(
        "{what} `{text}` cannot be written as strict BLT: expected text without `\"` or line breaks, and without repeated, leading or trailing spaces or trailing commas"
    )
}

pub(crate) fn write_bad_nick(nick: &str) -> String {
    format!(
        "nickname `{nick}` cannot be written: expected a word without spaces, `=`, `,`, `#`, brackets, and not a number"
    )
}

pub(crate) fn write_bad_index(what: &str, candidate: u32, candidates: usize) -> String {
    format!(
        "{what} names candidate {}, but there are only {candidates} candidates (numbered from 1)",
        u64::from(candidate) + 1
    )
}

pub(crate) fn write_no_candidates() -> String {
    "the election has no candidates: BLT needs at least 1".to_string()
}

pub(crate) fn write_no_seats() -> String {
    "the election has 0 seats: BLT needs at least 1".to_string()
}

pub(crate) fn read_failed(e: &std::io::Error) -> String {
    format!("the file could not be read to its end ({e}): expected a readable file")
}
