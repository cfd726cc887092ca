//! Every text of a tally report shown to a user, in one place for translation.

use crate::election::CandidateNumber;

pub(crate) fn header(title: Option<&str>, method: &str, seats: u32, voters: u64) -> String {
    let seats_word = if seats == 1 { "seat" } else { "seats" };
    let title = title.map(|t| format!("{t}\n")).unwrap_or_default();
    format!("{title}method {method}, {seats} {seats_word}, {voters} ballots")
}

pub(crate) fn elected_heading() -> &'static str {
    "elected, in order of election:"
}

pub(crate) fn elected_line(
    order: usize,
    name: &str,
    candidate: CandidateNumber,
    stage: Option<u32>,
) -> String {
    match stage {
        Some(s) => format!("  {order}. {name} (candidate {candidate}), at stage {s}"),
        None => format!("  {order}. {name} (candidate {candidate})"),
    }
}

pub(crate) fn none_elected() -> &'static str {
    "  nobody"
}

pub(crate) fn unfilled(n: u32) -> String {
    format!("unfilled seats: {n} (candidates ran out)")
}

pub(crate) fn quota(q: &str) -> String {
    format!("quota: {q}")
}

pub(crate) fn ties_heading() -> &'static str {
    "ties:"
}

pub(crate) fn tie_line(
    stage: u32,
    tied: &[String],
    purpose: &str,
    how: &str,
    chosen: &str,
) -> String {
    format!(
        "  at stage {stage}, {} tied for {purpose}; settled {how}: {chosen}",
        tied.join(", ")
    )
}

pub(crate) fn settled_earlier(stage: u32) -> String {
    format!("by the totals at stage {stage}")
}

pub(crate) fn settled_lot(seed: u64) -> String {
    format!("by lot (seed {seed})")
}

pub(crate) fn settled_order() -> String {
    "by the given order".to_string()
}

pub(crate) fn stage_heading(number: u32, action: &str) -> String {
    format!("stage {number}: {action}")
}

pub(crate) fn action_first_count() -> String {
    "first count".to_string()
}

pub(crate) fn action_surplus(name: &str, tv: &str) -> String {
    format!("surplus of {name} transferred at value {tv}")
}

pub(crate) fn action_exclusion(names: &[String]) -> String {
    format!("exclusion of {}", names.join(", "))
}

pub(crate) fn action_round(label: &str) -> String {
    label.to_string()
}

pub(crate) fn action_allocation() -> String {
    "allocation of seats".to_string()
}

/// Padded by hand, not with `{name:<width$}`: a formatting width is limited to
/// `u16::MAX` and panics beyond it, and a name from a ballot file can be longer.
pub(crate) fn vote_row(name: &str, width: usize, votes: &str, mark: &str) -> String {
    let pad = " ".repeat(width.saturating_sub(name.chars().count()));
    format!("  {name}{pad}  {votes:>12}{mark}")
}

pub(crate) fn non_transferable_row(width: usize, votes: &str) -> String {
    vote_row("non-transferable", width, votes, "")
}

pub(crate) fn loss_row(width: usize, votes: &str) -> String {
    vote_row("lost to rounding", width, votes, "")
}

pub(crate) fn mark_elected() -> &'static str {
    "  elected"
}

pub(crate) fn mark_excluded() -> &'static str {
    "  excluded"
}

pub(crate) fn mark_withdrawn() -> &'static str {
    "  withdrawn"
}
