//! Every text of a tally report shown to a user, in one place for translation. The
//! texts are in the catalogues `locales/{en,id}/election.ftl`; the layout (indents,
//! columns) stays here.

use crate::election::CandidateNumber;
use crate::i18n::tr;

pub(crate) fn header(title: Option<&str>, method: &str, seats: u32, voters: u64) -> String {
    let title = title.map(|t| format!("{t}\n")).unwrap_or_default();
    let line = tr!(
        "election-report-header",
        method = method,
        seats = seats,
        ballots = voters
    );
    format!("{title}{line}")
}

pub(crate) fn elected_heading() -> String {
    tr!("election-report-elected-heading")
}

pub(crate) fn elected_line(
    order: usize,
    name: &str,
    candidate: CandidateNumber,
    stage: Option<u32>,
) -> String {
    let line = match stage {
        Some(s) => tr!(
            "election-report-elected-at-stage",
            name = name,
            candidate = candidate.to_string(),
            stage = s
        ),
        None => tr!(
            "election-report-elected",
            name = name,
            candidate = candidate.to_string()
        ),
    };
    format!("  {order}. {line}")
}

pub(crate) fn none_elected() -> String {
    format!("  {}", tr!("election-report-nobody"))
}

pub(crate) fn unfilled(n: u32) -> String {
    tr!("election-report-unfilled", seats = n)
}

pub(crate) fn quota(q: &str) -> String {
    tr!("election-report-quota", quota = q)
}

pub(crate) fn ties_heading() -> String {
    tr!("election-report-ties-heading")
}

pub(crate) fn tie_line(
    stage: u32,
    tied: &[String],
    purpose: &str,
    how: &str,
    chosen: &str,
) -> String {
    let line = tr!(
        "election-report-tie",
        stage = stage,
        tied = tied.join(", "),
        purpose = purpose,
        how = how,
        chosen = chosen
    );
    format!("  {line}")
}

pub(crate) fn settled_earlier(stage: u32) -> String {
    tr!("election-settled-earlier", stage = stage)
}

pub(crate) fn settled_lot(seed: u64) -> String {
    tr!("election-settled-lot", seed = seed.to_string())
}

pub(crate) fn settled_order() -> String {
    tr!("election-settled-order")
}

pub(crate) fn stage_heading(number: u32, action: &str) -> String {
    tr!("election-stage-heading", stage = number, action = action)
}

pub(crate) fn action_first_count() -> String {
    tr!("election-action-first-count")
}

pub(crate) fn action_surplus(name: &str, tv: &str) -> String {
    tr!("election-action-surplus", name = name, value = tv)
}

pub(crate) fn action_exclusion(names: &[String]) -> String {
    tr!("election-action-exclusion", names = names.join(", "))
}

pub(crate) fn action_round(label: &str) -> String {
    label.to_string()
}

pub(crate) fn action_allocation() -> String {
    tr!("election-action-allocation")
}

/// Padded by hand, not with `{name:<width$}`: a formatting width is limited to
/// `u16::MAX` and panics beyond it, and a name from a ballot file can be longer.
pub(crate) fn vote_row(name: &str, width: usize, votes: &str, mark: &str) -> String {
    let pad = " ".repeat(width.saturating_sub(name.chars().count()));
    format!("  {name}{pad}  {votes:>12}{mark}")
}

/// The label of the non-transferable row of a stage.
pub(crate) fn non_transferable_label() -> String {
    tr!("election-row-non-transferable")
}

/// The label of the row of votes lost to rounding.
pub(crate) fn loss_label() -> String {
    tr!("election-row-loss")
}

pub(crate) fn non_transferable_row(width: usize, votes: &str) -> String {
    vote_row(&non_transferable_label(), width, votes, "")
}

pub(crate) fn loss_row(width: usize, votes: &str) -> String {
    vote_row(&loss_label(), width, votes, "")
}

pub(crate) fn mark_elected() -> String {
    format!("  {}", tr!("election-mark-elected"))
}

pub(crate) fn mark_excluded() -> String {
    format!("  {}", tr!("election-mark-excluded"))
}

pub(crate) fn mark_withdrawn() -> String {
    format!("  {}", tr!("election-mark-withdrawn"))
}

/// The line of a count still waiting for its second round.
pub(crate) fn runoff_needed(a: &super::RunoffCandidate, b: &super::RunoffCandidate) -> String {
    let finalist = |c: &super::RunoffCandidate| {
        tr!(
            "congress-runoff-finalist",
            name = c.name.as_str(),
            number = CandidateNumber::from_index(c.candidate).to_string(),
            votes = c.votes.to_string()
        )
    };
    tr!(
        "congress-runoff-status",
        first = finalist(a),
        second = finalist(b)
    )
}
