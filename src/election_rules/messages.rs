//! Every message text of the election rules, in one place (for translation).

use crate::Share;
use chrono::NaiveDate;

pub(super) fn no_election_recorded(rule: &str, months: u32) -> String {
    format!(
        "election rule {rule} requires an election at least every {months} months, but no election is recorded"
    )
}

pub(super) fn election_overdue(
    rule: &str,
    last: NaiveDate,
    months: u32,
    due: Option<NaiveDate>,
    as_of: NaiveDate,
) -> String {
    match due {
        Some(due) => format!(
            "election rule {rule}: the last election was on {last}; the next was due by {due} (every {months} months) and none was held by {as_of}"
        ),
        None => format!(
            "election rule {rule}: the last election was on {last}; none was held within {months} months"
        ),
    }
}

pub(super) fn notice_too_short(rule: &str, date: NaiveDate, sent: NaiveDate, days: u32) -> String {
    let given = (date - sent).num_days();
    format!(
        "election rule {rule}: notice for the election of {date} was sent on {sent}, {given} days before; the rule needs at least {days}"
    )
}

pub(super) fn notice_not_recorded(rule: &str, date: NaiveDate, days: u32) -> String {
    format!(
        "election rule {rule}: no notice is recorded for the election of {date}; the rule needs at least {days} days' notice"
    )
}

pub(super) fn nominations_close_late(
    rule: &str,
    date: NaiveDate,
    close: NaiveDate,
    days: u32,
) -> String {
    let before = (date - close).num_days();
    format!(
        "election rule {rule}: nominations for the election of {date} closed on {close}, {before} days before; the rule needs them closed at least {days} days before"
    )
}

pub(super) fn nominations_too_short(
    rule: &str,
    open: NaiveDate,
    close: NaiveDate,
    open_days: i64,
    days: u32,
) -> String {
    format!(
        "election rule {rule}: nominations were open from {open} to {close}, {open_days} days; the rule needs at least {days}"
    )
}

pub(super) fn excludes_too_many(
    rule: &str,
    what: &str,
    excluded: usize,
    electorate: usize,
    tolerated: Share,
) -> String {
    let share = crate::share::ratio_percent_string(excluded as u128, electorate as u128, 0);
    format!(
        "election rule {rule}: the conditions for {what} exclude {excluded} of {electorate} members ({share}), more than {}; a qualification that excludes most members needs review (Wirtz v. Hotel Employees Local 6, 1968)",
        tolerated.percent_string(0)
    )
}

// `elect`: errors.

pub(super) fn bad_election_selector(text: &str, date: &str, reason: &str) -> String {
    format!("election {text}: {date} is not a date ({reason}); expected RULE or RULE@YYYY-MM-DD")
}

pub(super) fn unknown_rule(rule: &str) -> String {
    format!("the document has no election rule {rule}")
}

pub(super) fn no_such_election(rule: &str, date: Option<NaiveDate>) -> String {
    match date {
        Some(d) => format!("election rule {rule} records no election on {d}"),
        None => format!(
            "election rule {rule} records no election: add one to its elections with its date"
        ),
    }
}

pub(super) fn unknown_method(rule: &str, method: &str) -> String {
    format!(
        "election rule {rule} names method {method}, which is not one of {}",
        crate::election::METHOD_NAMES.join(", ")
    )
}

pub(super) fn method_differs(rule: &str, rule_method: &str, given: &str) -> String {
    format!("election rule {rule} is counted by {rule_method}, not {given}")
}

pub(super) fn unknown_post(rule: &str, post: &str) -> String {
    format!("election rule {rule} elects post {post}, which its body does not have")
}

pub(super) fn unknown_candidate(index: usize, name: &str) -> String {
    format!(
        "ballot candidate {index} \"{name}\" is not a person id of the document; name the candidates of the ballot file by person id"
    )
}

pub(super) fn seats_differ(ballots: u32, posts: u32) -> String {
    format!("the ballot file fills {ballots} seats, but the posts elected have {posts}")
}

pub(super) fn count_needed(candidates: usize, seats: u32) -> String {
    format!(
        "{candidates} eligible candidates stand for {seats} seats: a count is needed; give the ballots"
    )
}

pub(super) fn no_candidates(rule: &str) -> String {
    format!(
        "election rule {rule}: no candidates; give the ballots or record the nominations in the election's nominated list"
    )
}

pub(super) fn count_failed(e: &crate::election::TallyError) -> String {
    format!("the count failed: {e}")
}

pub(super) fn constraint_failed(
    rule: &crate::policy::RuleId,
    e: &crate::election::constrained::ConstraintError,
) -> String {
    format!("policy rule {rule} cannot be applied: {e}")
}

// `elect`: findings.

pub(super) fn effect_review(rule: &str, review: &super::EffectReview) -> String {
    format!("election rule {rule}: {}", review.message)
}

fn reason(r: &super::Reason) -> String {
    use super::Reason;
    match r {
        Reason::NotAMember => "not a member of the unit on the day".to_owned(),
        Reason::NotInBody => "does not sit on the body on the day".to_owned(),
        Reason::Tenure { months, since } => {
            format!("member since {since}, short of the {months} months required")
        }
        Reason::Arrears { since, grace_days } => {
            format!("in arrears since {since}, beyond the {grace_days} days of grace")
        }
        Reason::Age { age } => format!("aged {age}, outside the age band"),
        Reason::NoBirthDate => "no birth date recorded for the age band".to_owned(),
        Reason::BarredPost { post } => format!("holds post {post}, which bars"),
        Reason::TermLimit { post, terms } => {
            format!("has held post {post} for {terms} consecutive terms, the most allowed")
        }
    }
}

fn reasons(rs: &[super::Reason]) -> String {
    rs.iter().map(reason).collect::<Vec<_>>().join("; ")
}

pub(super) fn candidate_withdrawn(person: &crate::model::PersonId, rs: &[super::Reason]) -> String {
    format!(
        "candidate {person} may not stand ({}) and is withdrawn from the count",
        reasons(rs)
    )
}

pub(super) fn candidate_review(person: &crate::model::PersonId, rs: &[super::Reason]) -> String {
    format!(
        "candidate {person} stands, but eligibility needs review: {}",
        reasons(rs)
    )
}

pub(super) fn seats_vacant(seats: u32, filled: usize) -> String {
    let vacant = (seats as usize).saturating_sub(filled);
    format!(
        "{filled} of {seats} seats filled; {vacant} left vacant for want of eligible candidates"
    )
}

pub(super) fn delegation_refused(body: &str, rule: &crate::policy::RuleId) -> String {
    format!(
        "delegation {body} falls short of policy rule {rule} and is refused: no terms are written"
    )
}

pub(super) fn list_jump_not_applicable(rule: &crate::policy::RuleId) -> String {
    format!(
        "policy rule {rule} moves seats along party lists (list jump); this election has no lists, so it is not applied"
    )
}

pub(super) fn constrained_count_not_applicable(
    rule: &crate::policy::RuleId,
    method: &str,
) -> String {
    format!(
        "policy rule {rule} constrains the count, which needs a counted Scottish STV or WIGM election; this one is {method}, so it is not applied"
    )
}

pub(super) fn floor_not_met(
    body: &str,
    rule: &crate::policy::RuleId,
    s: &crate::election::constrained::Shortfall,
) -> String {
    format!(
        "body {body}, policy rule {rule}: {}",
        crate::election::constrained::describe_shortfall(s)
    )
}

pub(super) fn reference_missing(body: &str, rule: &crate::policy::RuleId) -> String {
    format!(
        "body {body}: policy rule {rule} is proportional to the unit's membership, which has no statistics for the day; it is not applied"
    )
}

// `elect`: the text report.

/// The result of an election as text for people: who stood, how the seats were
/// decided, what the policy changed, who is elected and the terms written. People are
/// named by id.
pub(super) fn render_election(r: &super::ElectionResult) -> String {
    use super::DecidedBy;
    use super::Outcome as Standing;
    let mut out = Vec::new();
    out.push(format!(
        "election rule {}: body {} on {}, {} by {}",
        r.rule,
        r.body,
        r.date,
        if r.seats == 1 {
            "1 seat".to_owned()
        } else {
            format!("{} seats", r.seats)
        },
        r.method
    ));
    out.push(format!(
        "voters: {} eligible, {} not eligible, {} to review",
        r.voters.eligible, r.voters.not_eligible, r.voters.needs_review
    ));
    out.push("candidates:".to_owned());
    for c in &r.candidates {
        let standing = match &c.standing {
            Standing::Eligible => "eligible".to_owned(),
            Standing::NotEligible { reasons: rs } => format!("not eligible: {}", reasons(rs)),
            Standing::NeedsReview { reasons: rs } => format!("needs review: {}", reasons(rs)),
        };
        out.push(format!("  {} ({standing})", c.person));
    }
    out.push(match r.decided_by {
        DecidedBy::Unopposed => "decided: unopposed, elected without a count".to_owned(),
        DecidedBy::Count => format!(
            "decided: by a count, which elected {}",
            join(&r.elected_by_count)
        ),
    });
    for a in &r.policy {
        let bounds: Vec<String> = a
            .bounds
            .iter()
            .map(|b| {
                if b.max >= r.seats.saturating_add(r.added_seats) {
                    format!("{} at least {}", b.group, b.min)
                } else {
                    format!("{} {} to {}", b.group, b.min, b.max)
                }
            })
            .collect();
        let what = if a.applied {
            "applied"
        } else {
            "reported only"
        };
        out.push(format!(
            "policy rule {} (version {}, {}): {}; {what}",
            a.rule,
            a.version,
            crate::policy::messages::consequence_words(a.consequence),
            bounds.join(", ")
        ));
        for c in &a.changes {
            out.push(format!("  {}", change(c)));
        }
        for m in &a.marks {
            out.push(format!("  stage {}: {} {}", m.stage, m.person, mark(m)));
        }
    }
    out.push(format!("elected: {}", join(&r.elected)));
    if r.refused {
        out.push("no terms written: the delegation is refused".to_owned());
    }
    for t in &r.terms {
        let until = t
            .end()
            .map_or_else(|| "open-ended".to_owned(), |e| format!("until {e}"));
        out.push(format!(
            "  term: {} in {} from {} {until} ({})",
            t.person,
            t.post,
            t.start(),
            t.how
        ));
    }
    for e in &r.ended {
        out.push(format!("  ends: {} in {} on {}", e.person, e.post, e.end));
    }
    if !r.findings.is_empty() {
        out.push(
            crate::diagnostics::render_text(&r.findings)
                .trim_end()
                .to_owned(),
        );
    }
    let mut text = out.join("\n");
    text.push('\n');
    text
}

fn join(people: &[crate::model::PersonId]) -> String {
    if people.is_empty() {
        return "nobody".to_owned();
    }
    people
        .iter()
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn mark(m: &super::PersonMark) -> String {
    use crate::election::stv::MarkKind;
    let what = match m.mark {
        MarkKind::Doomed => "doomed (excluded at once)",
        MarkKind::Guarded => "guarded (not excluded)",
    };
    format!(
        "{what}: {}",
        crate::election::stv::describe_mark_reason(&m.reason)
    )
}

fn change(c: &super::PersonChange) -> String {
    use crate::election::constrained::ChangeReason;
    let why = match &c.reason {
        ChangeReason::Floor { group, min, had } => {
            format!("group {group} held {had}, below its floor of {min}")
        }
        ChangeReason::Ceiling { group, max, had } => {
            format!("group {group} held {had}, above its ceiling of {max}")
        }
        ChangeReason::AddedSeat {
            group, min, had, ..
        } => format!("group {group} held {had} of a floor of {min}; a seat is added"),
    };
    match &c.removed {
        Some(out) => format!("{} replaces {out}: {why}", c.added),
        None => format!("{} takes an added seat: {why}", c.added),
    }
}
