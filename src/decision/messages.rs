//! Every message text of the decision engine, in one place (for translation).

use super::motion::{Base, Comparison, Entitled, Measure};
use crate::Share;

pub(super) fn duplicate_delegate(id: &str) -> String {
    format!("delegate id {id} is listed more than once")
}

pub(super) fn unknown_voter(id: &str) -> String {
    format!("vote cast by {id}, who is not among the delegates")
}

pub(super) fn non_voting_voter(id: &str) -> String {
    format!("delegate {id} has no vote but cast one")
}

pub(super) fn voted_twice(id: &str) -> String {
    format!("delegate {id} voted more than once (in person or by proxy)")
}

pub(super) fn unknown_choice(choice: &str, options: &[String]) -> String {
    format!(
        "choice {choice:?} is not an option of this motion; expected one of {}, abstain, blank or invalid",
        options.join(", ")
    )
}

pub(super) fn proxy_not_allowed(holder: &str, giver: &str) -> String {
    format!("{holder} voted by proxy for {giver}, but this rule allows no proxies")
}

pub(super) fn proxy_for_unknown(giver: &str) -> String {
    format!("proxy vote for {giver}, who is not among the delegates")
}

pub(super) fn proxy_for_present(holder: &str, giver: &str) -> String {
    format!("{holder} voted by proxy for {giver}, who is present and cannot give a proxy")
}

pub(super) fn proxy_for_self(holder: &str) -> String {
    format!("{holder} cannot hold their own proxy")
}

pub(super) fn too_many_proxies(holder: &str, held: usize, max: u32) -> String {
    format!("{holder} holds {held} proxies; the rule allows at most {max}")
}

pub(super) fn no_options() -> String {
    "the motion has no options: expected at least one, such as yes and no".to_string()
}

pub(super) fn duplicate_option(option: &str) -> String {
    format!("option {option:?} is listed more than once")
}

pub(super) fn reserved_option(option: &str) -> String {
    format!("{option:?} cannot be an option: it is a way of not choosing one")
}

pub(super) fn empty_any_all(kind: &str) -> String {
    format!("{kind} quorum has no clauses: expected at least one")
}

pub(super) fn comparison(c: Comparison) -> &'static str {
    match c {
        Comparison::AtLeast => "at least",
        Comparison::MoreThan => "more than",
    }
}

pub(super) fn base(b: Base) -> &'static str {
    match b {
        Base::YesNo => "votes for the options",
        Base::YesNoAbstain => "votes for the options and abstentions",
        Base::Valid => "valid votes",
        Base::Cast => "votes cast",
        Base::Entitled => "votes of all entitled delegates",
        Base::EntitledPresent => "votes of the entitled delegates present",
    }
}

pub(super) fn entitled(of: Entitled, measure: Measure) -> &'static str {
    match (of, measure) {
        (Entitled::All, Measure::Heads) => "delegates",
        (Entitled::Voting, Measure::Heads) => "voting delegates",
        (Entitled::All, Measure::Weight) => "delegates' votes",
        (Entitled::Voting, Measure::Weight) => "voting delegates' votes",
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
    format!(
        "{} {share} of {entitled} {whom}: {present} present, {required} needed: {}",
        comparison(c),
        met_word(met)
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
    format!(
        "{} {count} {whom}: {present} present, {required} needed: {}",
        comparison(c),
        met_word(met)
    )
}

pub(super) fn quorum_group(any: bool, met: bool) -> String {
    format!(
        "{} of these clauses: {}",
        if any { "any" } else { "all" },
        met_word(met)
    )
}

pub(super) fn no_quorum() -> String {
    "no quorum required".to_string()
}

pub(super) fn met_word(met: bool) -> &'static str {
    if met { "met" } else { "not met" }
}

pub(super) fn majority_line(
    share: Share,
    c: Comparison,
    base_kind: Base,
    base_votes: u128,
    required: u128,
) -> String {
    format!(
        "majority: {} {share} of the {} ({base_votes}): {required} votes needed",
        comparison(c),
        base(base_kind)
    )
}

pub(super) fn verdict_carried() -> String {
    "carried".to_string()
}

pub(super) fn verdict_rejected() -> String {
    "rejected".to_string()
}

pub(super) fn verdict_adopted(option: &str) -> String {
    format!("adopted: {option}")
}

pub(super) fn verdict_no_majority() -> String {
    "no option reached the majority".to_string()
}

pub(super) fn verdict_tie(options: &[String]) -> String {
    format!(
        "tie: {} each reached the majority with equal votes",
        options.join(", ")
    )
}

pub(super) fn verdict_not_quorate() -> String {
    "not quorate: the meeting could not decide".to_string()
}
