//! Every message text of the election rules, in one place (for translation). The texts
//! are in the catalogues `locales/{en,id}/elect.ftl`.

use crate::Share;
use crate::i18n::tr;
use chrono::NaiveDate;

pub(super) fn no_election_recorded(rule: &str, months: u32) -> String {
    tr!("elect-no-election-recorded", rule = rule, months = months)
}

pub(super) fn election_overdue(
    rule: &str,
    last: NaiveDate,
    months: u32,
    due: Option<NaiveDate>,
    as_of: NaiveDate,
) -> String {
    match due {
        Some(due) => tr!(
            "elect-election-overdue",
            rule = rule,
            last = last.to_string(),
            due = due.to_string(),
            months = months,
            as_of = as_of.to_string()
        ),
        None => tr!(
            "elect-election-overdue-no-date",
            rule = rule,
            last = last.to_string(),
            months = months
        ),
    }
}

pub(super) fn notice_too_short(rule: &str, date: NaiveDate, sent: NaiveDate, days: u32) -> String {
    let given = (date - sent).num_days();
    tr!(
        "elect-notice-too-short",
        rule = rule,
        date = date.to_string(),
        sent = sent.to_string(),
        given = given,
        days = days
    )
}

pub(super) fn notice_not_recorded(rule: &str, date: NaiveDate, days: u32) -> String {
    tr!(
        "elect-notice-not-recorded",
        rule = rule,
        date = date.to_string(),
        days = days
    )
}

pub(super) fn nominations_close_late(
    rule: &str,
    date: NaiveDate,
    close: NaiveDate,
    days: u32,
) -> String {
    let before = (date - close).num_days();
    tr!(
        "elect-nominations-close-late",
        rule = rule,
        date = date.to_string(),
        close = close.to_string(),
        before = before,
        days = days
    )
}

pub(super) fn nominations_too_short(
    rule: &str,
    open: NaiveDate,
    close: NaiveDate,
    open_days: i64,
    days: u32,
) -> String {
    tr!(
        "elect-nominations-too-short",
        rule = rule,
        open = open.to_string(),
        close = close.to_string(),
        open_days = open_days,
        days = days
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
    let what = match what {
        "voters" => tr!("elect-conditions-voters"),
        "candidates" => tr!("elect-conditions-candidates"),
        other => other.to_owned(),
    };
    tr!(
        "elect-excludes-too-many",
        rule = rule,
        what = what,
        excluded = excluded,
        electorate = electorate,
        share = share,
        tolerated = tolerated.percent_string(0)
    )
}

/// An election rule naming a body the document does not have.
pub(super) fn unknown_body(rule: &str, body: &str) -> String {
    tr!("elect-unknown-body", rule = rule, body = body)
}

// `elect`: errors.

pub(super) fn bad_election_selector(text: &str, date: &str, reason: &str) -> String {
    tr!(
        "elect-bad-selector",
        text = text,
        date = date,
        reason = reason
    )
}

pub(super) fn unknown_rule(rule: &str) -> String {
    tr!("elect-unknown-rule", rule = rule)
}

pub(super) fn no_such_election(rule: &str, date: Option<NaiveDate>) -> String {
    match date {
        Some(d) => tr!("elect-no-such-election", rule = rule, date = d.to_string()),
        None => tr!("elect-no-election", rule = rule),
    }
}

pub(super) fn unknown_method(rule: &str, method: &str) -> String {
    tr!(
        "elect-unknown-method",
        rule = rule,
        method = method,
        names = crate::election::METHOD_NAMES.join(", ")
    )
}

pub(super) fn method_differs(rule: &str, rule_method: &str, given: &str) -> String {
    tr!(
        "elect-method-differs",
        rule = rule,
        rule_method = rule_method,
        given = given
    )
}

pub(super) fn unknown_post(rule: &str, post: &str) -> String {
    tr!("elect-unknown-post", rule = rule, post = post)
}

pub(super) fn unknown_candidate(index: usize, name: &str) -> String {
    tr!("elect-unknown-candidate", number = index, name = name)
}

pub(super) fn seats_differ(ballots: u32, posts: u32) -> String {
    tr!("elect-seats-differ", ballots = ballots, posts = posts)
}

pub(super) fn count_needed(candidates: usize, seats: u32) -> String {
    tr!("elect-count-needed", candidates = candidates, seats = seats)
}

pub(super) fn no_candidates(rule: &str) -> String {
    tr!("elect-no-candidates", rule = rule)
}

pub(super) fn count_failed(e: &crate::election::TallyError) -> String {
    tr!("elect-count-failed", error = e.to_string())
}

pub(super) fn count_failed_lists(e: &crate::election::ListElectionError) -> String {
    tr!("elect-count-failed", error = e.to_string())
}

pub(super) fn constraint_failed(
    rule: &crate::policy::RuleId,
    e: &crate::election::constrained::ConstraintError,
) -> String {
    tr!(
        "elect-constraint-failed",
        rule = rule.to_string(),
        error = e.to_string()
    )
}

// `elect`: findings.

pub(super) fn effect_review(rule: &str, review: &super::EffectReview) -> String {
    tr!(
        "elect-effect-review",
        rule = rule,
        message = review.message.as_str()
    )
}

fn reason(r: &super::Reason) -> String {
    use super::Reason;
    if let Some(words) = super::condition_messages::reason(r, reasons) {
        return words;
    }
    match r {
        Reason::NotAMember => tr!("elect-reason-not-a-member"),
        Reason::NotInBody => tr!("elect-reason-not-in-body"),
        Reason::Tenure { months, since } => tr!(
            "elect-reason-tenure",
            since = since.to_string(),
            months = *months
        ),
        Reason::Arrears { since, grace_days } => tr!(
            "elect-reason-arrears",
            since = since.to_string(),
            grace_days = *grace_days
        ),
        Reason::Age { age } => tr!("elect-reason-age", age = *age),
        Reason::NoBirthDate => tr!("elect-reason-no-birth-date"),
        Reason::BarredPost { post } => tr!("elect-reason-barred-post", post = post.to_string()),
        Reason::TermLimit { post, terms } => tr!(
            "elect-reason-term-limit",
            post = post.to_string(),
            terms = *terms
        ),
        // The language of conditions' reasons are worded above.
        _ => String::new(),
    }
}

pub(super) fn reasons(rs: &[super::Reason]) -> String {
    rs.iter().map(reason).collect::<Vec<_>>().join("; ")
}

pub(super) fn candidate_withdrawn(person: &crate::model::PersonId, rs: &[super::Reason]) -> String {
    tr!(
        "elect-candidate-withdrawn",
        person = person.as_str(),
        reasons = reasons(rs)
    )
}

pub(super) fn candidate_review(person: &crate::model::PersonId, rs: &[super::Reason]) -> String {
    tr!(
        "elect-candidate-review",
        person = person.as_str(),
        reasons = reasons(rs)
    )
}

pub(super) fn seats_vacant(seats: u32, filled: usize) -> String {
    let vacant = (seats as usize).saturating_sub(filled);
    tr!(
        "elect-seats-vacant",
        filled = filled,
        seats = seats,
        vacant = vacant
    )
}

pub(super) fn delegation_refused(body: &str, rule: &crate::policy::RuleId) -> String {
    tr!(
        "elect-delegation-refused",
        body = body,
        rule = rule.to_string()
    )
}

pub(super) fn list_jump_not_applicable(rule: &crate::policy::RuleId) -> String {
    tr!("elect-list-jump-not-applicable", rule = rule.to_string())
}

pub(super) fn constrained_count_not_applicable(
    rule: &crate::policy::RuleId,
    method: &str,
) -> String {
    tr!(
        "elect-constrained-count-not-applicable",
        rule = rule.to_string(),
        method = method
    )
}

pub(super) fn floor_not_met(
    body: &str,
    rule: &crate::policy::RuleId,
    s: &crate::election::constrained::Shortfall,
) -> String {
    tr!(
        "elect-floor-not-met",
        body = body,
        rule = rule.to_string(),
        shortfall = crate::election::constrained::describe_shortfall(s)
    )
}

pub(super) fn reference_missing(body: &str, rule: &crate::policy::RuleId) -> String {
    tr!(
        "elect-reference-missing",
        body = body,
        rule = rule.to_string()
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
    out.push(tr!(
        "elect-report-heading",
        rule = r.rule.as_str(),
        body = r.body.as_str(),
        date = r.date.to_string(),
        seats = r.seats,
        method = r.method.as_str()
    ));
    out.push(tr!(
        "elect-report-voters",
        eligible = r.voters.eligible,
        not_eligible = r.voters.not_eligible,
        review = r.voters.needs_review
    ));
    out.push(tr!("elect-report-candidates"));
    for c in &r.candidates {
        let standing = match &c.standing {
            Standing::Eligible => tr!("elect-standing-eligible"),
            Standing::NotEligible { reasons: rs } => {
                tr!("elect-standing-not-eligible", reasons = reasons(rs))
            }
            Standing::NeedsReview { reasons: rs } => {
                tr!("elect-standing-needs-review", reasons = reasons(rs))
            }
        };
        out.push(format!("  {} ({standing})", c.person));
    }
    if let Some(l) = &r.lists {
        for s in &l.struck {
            out.push(format!(
                "  {}",
                tr!(
                    "elect-report-struck",
                    list = s.list.as_str(),
                    position = s.position,
                    person = s.person.as_str()
                )
            ));
        }
    }
    out.push(match r.decided_by {
        DecidedBy::Unopposed => tr!("elect-decided-unopposed"),
        DecidedBy::Count => tr!("elect-decided-count", elected = join(&r.elected_by_count)),
    });
    for a in &r.policy {
        let bounds: Vec<String> = a
            .bounds
            .iter()
            .map(|b| {
                if b.max >= r.seats.saturating_add(r.added_seats) {
                    tr!(
                        "elect-bound-at-least",
                        group = b.group.as_str(),
                        min = b.min
                    )
                } else {
                    tr!(
                        "elect-bound-range",
                        group = b.group.as_str(),
                        min = b.min,
                        max = b.max
                    )
                }
            })
            .collect();
        let what = if a.applied {
            tr!("elect-policy-applied")
        } else {
            tr!("elect-policy-reported")
        };
        out.push(tr!(
            "elect-policy-line",
            rule = a.rule.to_string(),
            version = a.version.to_string(),
            consequence = crate::policy::messages::consequence_words(a.consequence),
            bounds = bounds.join(", "),
            what = what
        ));
        for c in &a.changes {
            out.push(format!("  {}", change(c)));
        }
        for v in &a.vacant {
            out.push(format!(
                "  {}",
                tr!(
                    "statutes-vacant-line",
                    person = v.removed.as_str(),
                    reason = reason_words(&v.reason)
                )
            ));
        }
        for m in &a.marks {
            out.push(format!(
                "  {}",
                tr!(
                    "elect-mark-line",
                    stage = m.stage,
                    person = m.person.as_str(),
                    mark = mark(m)
                )
            ));
        }
    }
    // The lists' seats in the end, and the seats list jump moved.
    if let Some(l) = &r.lists {
        out.push(tr!("lists-lists"));
        for x in &l.report.lists {
            out.push(format!(
                "  {}",
                tr!(
                    "lists-list-line",
                    list = x.list.as_str(),
                    votes = x.votes,
                    won = x.won,
                    seats = x.seats,
                    candidates = x.candidates
                )
            ));
        }
        for m in l.report.floor.iter().flat_map(|f| &f.moves) {
            let line = if m.from_list == m.to_list {
                tr!(
                    "lists-move-same",
                    list = m.from_list.as_str(),
                    removed = m.removed.as_str(),
                    added = m.added.as_str()
                )
            } else {
                tr!(
                    "lists-move-other",
                    from = m.from_list.as_str(),
                    to = m.to_list.as_str(),
                    removed = m.removed.as_str(),
                    added = m.added.as_str()
                )
            };
            out.push(format!("  {line}"));
        }
    }
    out.push(tr!("elect-report-elected", elected = join(&r.elected)));
    if r.refused {
        out.push(tr!("elect-report-refused"));
    }
    if r.void {
        out.push(tr!("statutes-report-void"));
    }
    for t in &r.terms {
        let line = match t.end() {
            Some(e) => tr!(
                "elect-term-until",
                person = t.person.as_str(),
                post = t.post.as_str(),
                start = t.start().to_string(),
                end = e.to_string(),
                how = how(t.how)
            ),
            None => tr!(
                "elect-term-open",
                person = t.person.as_str(),
                post = t.post.as_str(),
                start = t.start().to_string(),
                how = how(t.how)
            ),
        };
        out.push(format!("  {line}"));
    }
    for e in &r.ended {
        out.push(format!(
            "  {}",
            tr!(
                "elect-term-ends",
                person = e.person.as_str(),
                post = e.post.as_str(),
                end = e.end.to_string()
            )
        ));
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

/// How a term was obtained, in words.
fn how(h: crate::model::HowObtained) -> String {
    use crate::model::HowObtained;
    match h {
        HowObtained::Elected => tr!("elect-how-elected"),
        HowObtained::Appointed => tr!("elect-how-appointed"),
        HowObtained::CoOpted => tr!("elect-how-co-opted"),
        HowObtained::Acting => tr!("elect-how-acting"),
    }
}

fn join(people: &[crate::model::PersonId]) -> String {
    if people.is_empty() {
        return tr!("elect-nobody");
    }
    people
        .iter()
        .map(|p| p.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

fn mark(m: &super::PersonMark) -> String {
    use crate::election::stv::MarkKind;
    let why = crate::election::stv::describe_mark_reason(&m.reason);
    match m.mark {
        MarkKind::Doomed => tr!("elect-mark-doomed", why = why),
        MarkKind::Guarded => tr!("elect-mark-guarded", why = why),
    }
}

/// Why a seat changed hands (or was left vacant), in words.
pub(super) fn reason_words(reason: &crate::election::constrained::ChangeReason) -> String {
    use crate::election::constrained::ChangeReason;
    match reason {
        ChangeReason::Floor { group, min, had } => tr!(
            "elect-change-floor",
            group = group.as_str(),
            had = *had,
            min = *min
        ),
        ChangeReason::Ceiling { group, max, had } => tr!(
            "elect-change-ceiling",
            group = group.as_str(),
            had = *had,
            max = *max
        ),
        ChangeReason::AddedSeat {
            group, min, had, ..
        } => tr!(
            "elect-change-added-seat",
            group = group.as_str(),
            had = *had,
            min = *min
        ),
    }
}

fn change(c: &super::PersonChange) -> String {
    let why = reason_words(&c.reason);
    match &c.removed {
        Some(out) => tr!(
            "elect-person-replaces",
            added = c.added.as_str(),
            removed = out.as_str(),
            why = why
        ),
        None => tr!(
            "elect-person-added-seat",
            added = c.added.as_str(),
            why = why
        ),
    }
}
