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
