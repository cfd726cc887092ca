//! Every message the BLT reader and writer (and the shared byte cursor) show a user,
//! in one place for translation. The texts are in the catalogues
//! `locales/{en,id}/election.ftl`.

use crate::i18n::tr;

/// A phrase the reader and writer pass as `what` (English, as in the code), in the
/// current language; any other phrase is written as it is.
fn what(phrase: &str) -> String {
    match phrase {
        "the number of candidates" => tr!("blt-what-candidates"),
        "the number of seats" => tr!("blt-what-seats"),
        "ballot weight" => tr!("blt-what-ballot-weight"),
        "candidate name" => tr!("blt-what-candidate-name"),
        "title" => tr!("blt-what-title"),
        "the withdrawn list" => tr!("blt-what-withdrawn-list"),
        "the tie order" => tr!("blt-what-tie-order"),
        other => other.to_owned(),
    }
}

pub(crate) fn invalid_utf8() -> String {
    tr!("blt-invalid-utf8")
}

pub(crate) fn expected_header(w: &str, found: &str) -> String {
    if found.is_empty() {
        tr!("blt-header-ends-early", what = what(w))
    } else {
        tr!("blt-expected-header", what = what(w), found = found)
    }
}

pub(crate) fn number_too_large(w: &str) -> String {
    tr!("blt-number-too-large", what = what(w))
}

pub(crate) fn no_candidates() -> String {
    tr!("blt-no-candidates")
}

pub(crate) fn too_many_candidates(claimed: u32, bytes: usize) -> String {
    tr!("blt-too-many-candidates", claimed = claimed, bytes = bytes)
}

pub(crate) fn no_seats() -> String {
    tr!("blt-no-seats")
}

pub(crate) fn candidate_out_of_range(n: u64, candidates: u32) -> String {
    tr!(
        "blt-candidate-out-of-range",
        n = n.to_string(),
        candidates = candidates
    )
}

pub(crate) fn expected_candidate(found: &str, candidates: u32) -> String {
    tr!(
        "blt-expected-candidate",
        found = found,
        candidates = candidates
    )
}

pub(crate) fn unknown_nick(found: &str) -> String {
    tr!("blt-unknown-nick", found = found)
}

pub(crate) fn duplicate_on_ballot(candidate: u32) -> String {
    tr!("blt-duplicate-on-ballot", candidate = candidate)
}

pub(crate) fn ballot_without_zero(found: &str) -> String {
    if found.is_empty() {
        tr!("blt-ballot-without-zero")
    } else {
        tr!("blt-after-closing-zero", found = found)
    }
}

pub(crate) fn expected_weight(found: &str) -> String {
    if found.is_empty() {
        tr!("blt-ends-in-ballots")
    } else {
        tr!("blt-expected-weight", found = found)
    }
}

pub(crate) fn zero_weight_with_id() -> String {
    tr!("blt-zero-weight-with-id")
}

pub(crate) fn after_end_of_ballots(found: &str) -> String {
    tr!("blt-after-end-of-ballots", found = found)
}

pub(crate) fn total_weight_overflow() -> String {
    tr!("blt-total-weight-overflow")
}

pub(crate) fn unclosed_ballot_id() -> String {
    tr!("blt-unclosed-ballot-id")
}

pub(crate) fn unclosed_comment() -> String {
    tr!("blt-unclosed-comment")
}

pub(crate) fn unclosed_option() -> String {
    tr!("blt-unclosed-option")
}

pub(crate) fn empty_option() -> String {
    tr!("blt-empty-option")
}

pub(crate) fn nick_count(found: usize, candidates: u32) -> String {
    tr!("blt-nick-count", found = found, candidates = candidates)
}

pub(crate) fn duplicate_nick(nick: &str) -> String {
    tr!("blt-duplicate-nick", nick = nick)
}

pub(crate) fn bad_nick(nick: &str) -> String {
    tr!("blt-bad-nick", nick = nick)
}

pub(crate) fn option_before_nick(option: &str, found: &str) -> String {
    tr!("blt-option-before-nick", option = option, found = found)
}

pub(crate) fn duplicate_tie(candidate: u32) -> String {
    tr!("blt-duplicate-tie", candidate = candidate)
}

pub(crate) fn tie_count(found: usize, candidates: u32) -> String {
    tr!("blt-tie-count", found = found, candidates = candidates)
}

pub(crate) fn repeated_option(option: &str) -> String {
    tr!("blt-repeated-option", option = option)
}

pub(crate) fn missing_names(found: usize, candidates: u32) -> String {
    tr!("blt-missing-names", found = found, candidates = candidates)
}

pub(crate) fn unclosed_quote() -> String {
    tr!("blt-unclosed-quote")
}

pub(crate) fn bad_alternative_name() -> String {
    tr!("blt-bad-alternative-name")
}

// Writer messages.

pub(crate) fn write_zero_weight(ballot: usize) -> String {
    tr!("blt-write-zero-weight", ballot = ballot)
}

pub(crate) fn write_bad_candidate(ballot: usize, candidate: u32, candidates: usize) -> String {
    tr!(
        "blt-write-bad-candidate",
        ballot = ballot,
        candidate = u64::from(candidate) + 1,
        candidates = candidates
    )
}

pub(crate) fn write_duplicate(ballot: usize, candidate: u32) -> String {
    tr!(
        "blt-write-duplicate",
        ballot = ballot,
        candidate = u64::from(candidate) + 1
    )
}

pub(crate) fn write_empty_rank(ballot: usize) -> String {
    tr!("blt-write-empty-rank", ballot = ballot)
}

pub(crate) fn write_bad_text(w: &str, text: &str) -> String {
    tr!("blt-write-bad-text", what = what(w), text = text)
}

pub(crate) fn write_bad_nick(nick: &str) -> String {
    tr!("blt-write-bad-nick", nick = nick)
}

pub(crate) fn write_bad_index(w: &str, candidate: u32, candidates: usize) -> String {
    tr!(
        "blt-write-bad-index",
        what = what(w),
        candidate = u64::from(candidate) + 1,
        candidates = candidates
    )
}

pub(crate) fn write_no_candidates() -> String {
    tr!("blt-write-no-candidates")
}

pub(crate) fn write_no_seats() -> String {
    tr!("blt-write-no-seats")
}

pub(crate) fn read_failed(e: &std::io::Error) -> String {
    tr!("blt-read-failed", error = e.to_string())
}
