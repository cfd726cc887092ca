//! The election calendar, checked as of a date: overdue elections, short notice, and
//! nomination windows.

use super::messages as msg;
use super::rule::ElectionRule;
use crate::{Finding, JsonPath, Severity};
use chrono::{Days, Months, NaiveDate};

/// An election is overdue: the longest interval since the last one has passed.
pub const ELECTION_OVERDUE: &str = "election-overdue";
/// No election is recorded under a rule with a longest interval.
pub const NO_ELECTION_RECORDED: &str = "no-election-recorded";
/// Notice was sent later than the rule allows, or not recorded.
pub const NOTICE_TOO_SHORT: &str = "notice-too-short";
/// Nominations closed too late, or stayed open too briefly.
pub const NOMINATION_WINDOW: &str = "nomination-window";

/// Checks one rule's calendar as of `as_of`; `path` is where the rule stands in the
/// document (`$.election_rules[0]`).
///
/// - `election-overdue` (error): the last election held on or before `as_of` was more
///   than `max_interval_months` before it. Staying past the ceiling is a continuing
///   violation (LMRDA §401; TULRCA s.46).
/// - `no-election-recorded` (warning): a longest interval is set, but no election held.
/// - `notice-too-short` (error): notice sent fewer than `notice_days` days before the
///   election, or (warning) not recorded for an election already held.
/// - `nomination-window` (error): nominations closed fewer than
///   `nominations_close_days_before` days before the election, or were open fewer than
///   `nominations_open_days` days.
/// - the calendar's `notices`, each counted from a named event
///   ([`NoticeRule`](crate::model::NoticeRule)): `notice-too-short` (error: sent later
///   than the period before its event; warning: not recorded once due),
///   `notice-out-of-time` (a notice due within a period after its event sent late or
///   before the event; warning: not recorded once due), `notice-event-not-recorded`
///   (warning: the event has no date in a held election's record), `unknown-notice`
///   (warning), `notice-rule-invalid` (error).
/// - the history of dates (the record's `moves`, [`DateMove`](crate::model::DateMove)):
///   `move-without-notice` (error: a move whose new notice is late, or missing once it
///   was due, under a notice counted before the moved event or `notice_days` for the
///   election day; 29 CFR 452.104(b)), `date-history-mismatch` (error: moves that do not
///   join up, or a last move that ends elsewhere than the record's date).
///
/// With moves of the election day and no `notice_sent`, the day's notice is that of
/// its last move, checked with the moves.
///
/// ```
/// use chrono::NaiveDate;
/// use union_rulebook::JsonPath;
/// use union_rulebook::election_rules::{check_calendar, ElectionRule};
/// let rule: ElectionRule = serde_json::from_str(r#"{"id": "local-12", "body": "local-12/exec",
///   "method": "plurality", "calendar": {"max_interval_months": 36},
///   "elections": [{"date": "2022-11-05"}]}"#)?;
/// let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
/// let findings = check_calendar(&rule, as_of, JsonPath::root());
/// assert_eq!(findings[0].code, "election-overdue");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_calendar(rule: &ElectionRule, as_of: NaiveDate, path: JsonPath) -> Vec<Finding> {
    let mut out = Vec::new();
    let cal = &rule.calendar;
    if let Some(months) = cal.max_interval_months {
        let last = rule
            .elections
            .iter()
            .enumerate()
            .filter(|(_, e)| e.date <= as_of)
            .max_by_key(|(_, e)| e.date);
        match last {
            None => out.push(Finding::new(
                NO_ELECTION_RECORDED,
                Severity::Warning,
                path.clone().key("elections"),
                msg::no_election_recorded(&rule.id, months),
            )),
            Some((i, e)) => {
                let due = e.date.checked_add_months(Months::new(months));
                if due.is_none_or(|d| d < as_of) {
                    out.push(Finding::new(
                        ELECTION_OVERDUE,
                        Severity::Error,
                        path.clone().key("elections").index(i).key("date"),
                        msg::election_overdue(&rule.id, e.date, months, due, as_of),
                    ));
                }
            }
        }
    }
    for (i, e) in rule.elections.iter().enumerate() {
        let here = path.clone().key("elections").index(i);
        if let Some(days) = cal.notice_days {
            let latest = e.date.checked_sub_days(Days::new(u64::from(days)));
            match e.notice_sent {
                Some(sent) if latest.is_none_or(|l| sent > l) => out.push(Finding::new(
                    NOTICE_TOO_SHORT,
                    Severity::Error,
                    here.clone().key("notice_sent"),
                    msg::notice_too_short(&rule.id, e.date, sent, days),
                )),
                // With moves of the election day, the notice of the day as it stands is
                // the last move's, checked with the moves.
                None if e.date <= as_of && !super::notices::moved(e) => out.push(Finding::new(
                    NOTICE_TOO_SHORT,
                    Severity::Warning,
                    here.clone(),
                    msg::notice_not_recorded(&rule.id, e.date, days),
                )),
                _ => {}
            }
        }
        if let (Some(days), Some(close)) = (cal.nominations_close_days_before, e.nominations_close)
        {
            let latest = e.date.checked_sub_days(Days::new(u64::from(days)));
            if latest.is_none_or(|l| close > l) {
                out.push(Finding::new(
                    NOMINATION_WINDOW,
                    Severity::Error,
                    here.clone().key("nominations_close"),
                    msg::nominations_close_late(&rule.id, e.date, close, days),
                ));
            }
        }
        if let (Some(days), Some(open), Some(close)) = (
            cal.nominations_open_days,
            e.nominations_open,
            e.nominations_close,
        ) {
            // Both days count: open on the 1st and close on the 10th is 10 days open.
            let open_days = (close - open).num_days() + 1;
            if open_days < i64::from(days) {
                out.push(Finding::new(
                    NOMINATION_WINDOW,
                    Severity::Error,
                    here.clone().key("nominations_open"),
                    msg::nominations_too_short(&rule.id, open, close, open_days, days),
                ));
            }
        }
    }
    out.extend(super::notices::check_notices(rule, as_of, &path));
    out
}
