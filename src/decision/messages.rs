//! Every message text of the decision engine, in one place (for translation). The
//! texts are in the catalogues `locales/{en,id}/decision.ftl`.

use super::motion::{Base, Comparison, Entitled, Measure};
use crate::Share;
use crate::i18n::tr;

/// A value quoted as messages quote it (Rust's string escaping).
fn quoted(s: &str) -> String {
    format!("{s:?}")
}

pub(super) fn duplicate_delegate(id: &str) -> String {
    tr!("decision-duplicate-delegate", id = id)
}

pub(super) fn unknown_voter(id: &str) -> String {
    tr!("decision-unknown-voter", id = id)
}

pub(super) fn non_voting_voter(id: &str) -> String {
    tr!("decision-non-voting-voter", id = id)
}

pub(super) fn voted_twice(id: &str) -> String {
    tr!("decision-voted-twice", id = id)
}

pub(super) fn unknown_choice(choice: &str, options: &[String]) -> String {
    tr!(
        "decision-unknown-choice",
        choice = quoted(choice),
        options = options.join(", ")
    )
}

pub(super) fn proxy_not_allowed(holder: &str, giver: &str) -> String {
    tr!("decision-proxy-not-allowed", holder = holder, giver = giver)
}

pub(super) fn proxy_for_unknown(giver: &str) -> String {
    tr!("decision-proxy-for-unknown", giver = giver)
}

pub(super) fn proxy_for_present(holder: &str, giver: &str) -> String {
    tr!("decision-proxy-for-present", holder = holder, giver = giver)
}

pub(super) fn proxy_for_self(holder: &str) -> String {
    tr!("decision-proxy-for-self", holder = holder)
}

pub(super) fn too_many_proxies(holder: &str, held: usize, max: u32) -> String {
    tr!(
        "decision-too-many-proxies",
        holder = holder,
        held = held,
        max = max
    )
}

pub(super) fn no_options() -> String {
    tr!("decision-no-options")
}

pub(super) fn duplicate_option(option: &str) -> String {
    tr!("decision-duplicate-option", option = quoted(option))
}

pub(super) fn reserved_option(option: &str) -> String {
    tr!("decision-reserved-option", option = quoted(option))
}

pub(super) fn empty_any_all(kind: &str) -> String {
    match kind {
        "an any-of" => tr!("decision-empty-any-of"),
        _ => tr!("decision-empty-all-of"),
    }
}

/// The error of a motion whose votes cannot be counted.
pub(super) fn cannot_count(problems: usize, first: &str) -> String {
    tr!("decision-cannot-count", problems = problems, first = first)
}

pub(super) fn comparison(c: Comparison) -> String {
    match c {
        Comparison::AtLeast => tr!("decision-at-least"),
        Comparison::MoreThan => tr!("decision-more-than"),
    }
}

pub(super) fn base(b: Base) -> String {
    match b {
        Base::YesNo => tr!("decision-base-yes-no"),
        Base::YesNoAbstain => tr!("decision-base-yes-no-abstain"),
        Base::Valid => tr!("decision-base-valid"),
        Base::Cast => tr!("decision-base-cast"),
        Base::Entitled => tr!("decision-base-entitled"),
        Base::EntitledPresent => tr!("decision-base-entitled-present"),
    }
}

pub(super) fn entitled(of: Entitled, measure: Measure) -> String {
    match (of, measure) {
        (Entitled::All, Measure::Heads) => tr!("decision-entitled-all-heads"),
        (Entitled::Voting, Measure::Heads) => tr!("decision-entitled-voting-heads"),
        (Entitled::All, Measure::Weight) => tr!("decision-entitled-all-weight"),
        (Entitled::Voting, Measure::Weight) => tr!("decision-entitled-voting-weight"),
    }
}

pub(super) fn quorum_share(
    share: Share,
    c: Comparison,
    whom: &str,
    entitled: u128,
    present: u128,
    required: u128,
    met: bool,
) -> String {
    tr!(
        "decision-quorum-share",
        comparison = comparison(c),
        share = share.to_string(),
        entitled = entitled,
        whom = whom,
        present = present,
        required = required,
        met = met_word(met)
    )
}

pub(super) fn quorum_count(
    count: u64,
    c: Comparison,
    whom: &str,
    present: u128,
    required: u128,
    met: bool,
) -> String {
    tr!(
        "decision-quorum-count",
        comparison = comparison(c),
        count = count,
        whom = whom,
        present = present,
        required = required,
        met = met_word(met)
    )
}

pub(super) fn quorum_group(any: bool, met: bool) -> String {
    if any {
        tr!("decision-quorum-any", met = met_word(met))
    } else {
        tr!("decision-quorum-all", met = met_word(met))
    }
}

pub(super) fn no_quorum() -> String {
    tr!("decision-no-quorum")
}

pub(super) fn met_word(met: bool) -> String {
    if met {
        tr!("decision-met")
    } else {
        tr!("decision-not-met")
    }
}

pub(super) fn majority_line(
    share: Share,
    c: Comparison,
    base_kind: Base,
    base_votes: u128,
    required: u128,
) -> String {
    tr!(
        "decision-majority",
        comparison = comparison(c),
        share = share.to_string(),
        base = base(base_kind),
        votes = base_votes,
        required = required
    )
}

pub(super) fn verdict_carried() -> String {
    tr!("decision-verdict-carried")
}

pub(super) fn verdict_rejected() -> String {
    tr!("decision-verdict-rejected")
}

pub(super) fn verdict_adopted(option: &str) -> String {
    tr!("decision-verdict-adopted", option = option)
}

pub(super) fn verdict_no_majority() -> String {
    tr!("decision-verdict-no-majority")
}

pub(super) fn verdict_tie(options: &[String]) -> String {
    tr!("decision-verdict-tie", options = options.join(", "))
}

pub(super) fn verdict_not_quorate() -> String {
    tr!("decision-verdict-not-quorate")
}

/// The first line of a rendered decision.
pub(super) fn motion_line(motion: &str, verdict: &str) -> String {
    tr!("decision-motion", motion = motion, verdict = verdict)
}

pub(super) fn quorum_heading() -> String {
    tr!("decision-quorum-heading")
}

pub(super) fn votes_heading() -> String {
    tr!("decision-votes-heading")
}

/// The name of a way of not choosing an option (`abstain`, `blank`, `invalid`) in a
/// rendered decision.
pub(super) fn non_option(name: &str) -> String {
    match name {
        "abstain" => tr!("decision-abstain"),
        "blank" => tr!("decision-blank"),
        "invalid" => tr!("decision-invalid"),
        other => other.to_owned(),
    }
}
