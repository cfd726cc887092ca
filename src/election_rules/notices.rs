//! Notices counted from any event of an election, and the moves of its dates.
//!
//! Each [`NoticeRule`] of a calendar names an event ([`CalendarEvent`]) and a period:
//! the notice is sent at least the period `before` the event (LMRDA §401(e), 29 U.S.C.
//! §481(e): "not less than fifteen days prior to the election"; ART Konfederasi KASBI
//! Pasal 3: the Kongres's place and time "selambat-lambatnya 6 bulan sebelum"), or
//! within the period `after` it (TULRCA 1992 s.52(4): the scrutineer's report to the
//! members "within the period of three months after" the union receives it). Each move
//! of a date ([`DateMove`]) needs its own new notice, in time for the new date, under
//! every notice counted before the moved event (29 CFR 452.104(b)).

use super::rule::{ElectionDates, ElectionRule};
use crate::i18n::{Arg, tr};
use crate::model::{CalendarEvent, NoticeRule};
use crate::{Finding, JsonPath, Severity};
use chrono::{Days, Months, NaiveDate};
use std::collections::{BTreeSet, HashMap};

/// A notice rule is malformed: not exactly one period and one direction, or its id is
/// defined twice.
pub const NOTICE_RULE_INVALID: &str = "notice-rule-invalid";
/// An election records a notice the calendar does not define (warning).
pub const UNKNOWN_NOTICE: &str = "unknown-notice";
/// A notice counts from an event the election record does not date (warning, for an
/// election already held).
pub const NOTICE_EVENT_NOT_RECORDED: &str = "notice-event-not-recorded";
/// A notice due within a period after an event was sent too late, before the event,
/// or (warning) is not recorded once its deadline has passed.
pub const NOTICE_OUT_OF_TIME: &str = "notice-out-of-time";
/// A date moved without a new notice in time for the new date.
pub const MOVE_WITHOUT_NOTICE: &str = "move-without-notice";
/// The moves of a date do not join up: a move starts from another date than the one
/// before it ended on, or the last one ends elsewhere than the date the record gives.
pub const DATE_HISTORY_MISMATCH: &str = "date-history-mismatch";

/// The period of a notice rule.
#[derive(Debug, Clone, Copy)]
enum Period {
    Days(u32),
    Months(u32),
}

impl Period {
    fn of(rule: &NoticeRule) -> Option<Period> {
        match (rule.days, rule.months) {
            (Some(d), None) => Some(Period::Days(d)),
            (None, Some(m)) => Some(Period::Months(m)),
            _ => None,
        }
    }

    fn before(self, d: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Days(n) => d.checked_sub_days(Days::new(u64::from(n))),
            Period::Months(n) => d.checked_sub_months(Months::new(n)),
        }
    }

    fn after(self, d: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Days(n) => d.checked_add_days(Days::new(u64::from(n))),
            Period::Months(n) => d.checked_add_months(Months::new(n)),
        }
    }

    fn words(self) -> String {
        match self {
            Period::Days(n) => tr!("calendar-period-days", n = n),
            Period::Months(n) => tr!("calendar-period-months", n = n),
        }
    }
}

fn days_words(n: i64) -> String {
    tr!("calendar-period-days", n = n)
}

fn event_words(e: &CalendarEvent) -> String {
    match e {
        CalendarEvent::ElectionDay => tr!("calendar-event-election-day"),
        CalendarEvent::NominationsOpen => tr!("calendar-event-nominations-open"),
        CalendarEvent::NominationsClose => tr!("calendar-event-nominations-close"),
        CalendarEvent::ProcessStart => tr!("calendar-event-process-start"),
        CalendarEvent::Event(name) => tr!("calendar-event-named", name = name.as_str()),
        // A variant added later reads as its JSON name.
        #[allow(unreachable_patterns)]
        other => other.to_string(),
    }
}

/// The date of an event in an election record, as it stands now.
///
/// ```
/// use union_rulebook::election_rules::{event_date, ElectionDates};
/// use union_rulebook::model::CalendarEvent;
/// let e: ElectionDates = serde_json::from_str(
///     r#"{"date": "2026-09-30", "events": {"kongres": "2026-09-28"}}"#)?;
/// assert_eq!(event_date(&e, &CalendarEvent::Event("kongres".into())).map(|d| d.to_string()),
///            Some("2026-09-28".to_string()));
/// assert_eq!(event_date(&e, &CalendarEvent::NominationsOpen), None);
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn event_date(e: &ElectionDates, event: &CalendarEvent) -> Option<NaiveDate> {
    match event {
        CalendarEvent::ElectionDay => Some(e.date),
        CalendarEvent::NominationsOpen => e.nominations_open,
        CalendarEvent::NominationsClose => e.nominations_close,
        CalendarEvent::ProcessStart => e.process_start,
        CalendarEvent::Event(name) => e.events.get(name).copied(),
        #[allow(unreachable_patterns)]
        _ => None,
    }
}

/// Whether the election day of `e` moved.
pub(super) fn moved(e: &ElectionDates) -> bool {
    e.moves
        .iter()
        .any(|m| m.event == CalendarEvent::ElectionDay)
}

/// The notice rules of `rule`'s calendar, checked for every election, and the moves of
/// every election's dates; `path` is the rule's place in the document.
pub(super) fn check_notices(
    rule: &ElectionRule,
    as_of: NaiveDate,
    path: &JsonPath,
) -> Vec<Finding> {
    let mut out = Vec::new();
    let cal = &rule.calendar;
    let mut ids = BTreeSet::new();
    let mut valid: Vec<(&NoticeRule, Period)> = Vec::new();
    for (k, n) in cal.notices.iter().enumerate() {
        let at = path.clone().key("calendar").key("notices").index(k);
        if !ids.insert(n.id.as_str()) {
            out.push(Finding::new(
                NOTICE_RULE_INVALID,
                Severity::Error,
                at.key("id"),
                tr!(
                    "calendar-duplicate-notice",
                    rule = rule.id.as_str(),
                    notice = n.id.as_str()
                ),
            ));
            continue;
        }
        match (Period::of(n), n.before.is_some() != n.after.is_some()) {
            (Some(p), true) => valid.push((n, p)),
            _ => out.push(Finding::new(
                NOTICE_RULE_INVALID,
                Severity::Error,
                at,
                tr!(
                    "calendar-notice-rule-invalid",
                    rule = rule.id.as_str(),
                    notice = n.id.as_str()
                ),
            )),
        }
    }
    for (i, e) in rule.elections.iter().enumerate() {
        let here = path.clone().key("elections").index(i);
        let known: Vec<&str> = ids.iter().copied().collect();
        for id in e.notices.keys() {
            if !ids.contains(id.as_str()) {
                out.push(Finding::new(
                    UNKNOWN_NOTICE,
                    Severity::Warning,
                    here.clone().key("notices").key(id),
                    tr!(
                        "calendar-unknown-notice",
                        rule = rule.id.as_str(),
                        date = e.date.to_string(),
                        notice = id.as_str(),
                        known = known.join(", ")
                    ),
                ));
            }
        }
        for &(n, period) in &valid {
            check_one(rule, e, n, period, as_of, &here, &mut out);
        }
        check_moves(rule, e, &valid, as_of, &here, &mut out);
    }
    out
}

/// One notice rule on one election.
fn check_one(
    rule: &ElectionRule,
    e: &ElectionDates,
    n: &NoticeRule,
    period: Period,
    as_of: NaiveDate,
    here: &JsonPath,
    out: &mut Vec<Finding>,
) {
    let (event, before) = match (&n.before, &n.after) {
        (Some(ev), None) => (ev, true),
        (None, Some(ev)) => (ev, false),
        _ => return,
    };
    let Some(day) = event_date(e, event) else {
        if e.date <= as_of {
            out.push(Finding::new(
                NOTICE_EVENT_NOT_RECORDED,
                Severity::Warning,
                here.clone(),
                tr!(
                    "calendar-event-not-recorded",
                    rule = rule.id.as_str(),
                    notice = n.id.as_str(),
                    event = event_words(event),
                    date = e.date.to_string()
                ),
            ));
        }
        return;
    };
    let sent = e.notices.get(&n.id).copied();
    let at = here.clone().key("notices").key(&n.id);
    let words = |key: &'static str, bound: Option<NaiveDate>, s: Option<NaiveDate>| {
        let bound = bound.map_or_else(|| "-".to_string(), |b| b.to_string());
        let given = s
            .map(|s| days_words((day - s).num_days().abs()))
            .unwrap_or_default();
        let sent = s.map(|s| s.to_string()).unwrap_or_default();
        let period = period.words();
        let common = [
            ("rule", Arg::from(rule.id.as_str())),
            ("notice", Arg::from(n.id.as_str())),
            ("date", Arg::from(e.date.to_string())),
            ("event", Arg::from(event_words(event))),
            ("event_date", Arg::from(day.to_string())),
        ];
        match key {
            "after-event" => tr!(
                "calendar-notice-after-event",
                ..&common,
                period = period,
                sent = sent,
                latest = bound
            ),
            "late-before" => tr!(
                "calendar-notice-late-before",
                ..&common,
                period = period,
                sent = sent,
                given = given,
                latest = bound
            ),
            "missing-before" => tr!(
                "calendar-notice-missing-before",
                ..&common,
                period = period,
                latest = bound
            ),
            "late-after" => tr!(
                "calendar-notice-late-after",
                ..&common,
                period = period,
                sent = sent,
                given = given,
                deadline = bound
            ),
            "early-after" => tr!("calendar-notice-early-after", ..&common, sent = sent),
            _ => tr!(
                "calendar-notice-missing-after",
                ..&common,
                period = period,
                deadline = bound
            ),
        }
    };
    if before {
        let latest = period.before(day);
        match sent {
            Some(s) if latest.is_none_or(|l| s > l) => out.push(Finding::new(
                super::NOTICE_TOO_SHORT,
                Severity::Error,
                at,
                words(
                    if s > day {
                        "after-event"
                    } else {
                        "late-before"
                    },
                    latest,
                    Some(s),
                ),
            )),
            None if latest.is_none_or(|l| as_of > l) => out.push(Finding::new(
                super::NOTICE_TOO_SHORT,
                Severity::Warning,
                here.clone(),
                words("missing-before", latest, None),
            )),
            _ => {}
        }
    } else {
        let deadline = period.after(day);
        match sent {
            Some(s) if s < day => out.push(Finding::new(
                NOTICE_OUT_OF_TIME,
                Severity::Error,
                at,
                words("early-after", deadline, Some(s)),
            )),
            Some(s) if deadline.is_some_and(|d| s > d) => out.push(Finding::new(
                NOTICE_OUT_OF_TIME,
                Severity::Error,
                at,
                words("late-after", deadline, Some(s)),
            )),
            None if deadline.is_some_and(|d| as_of > d) => out.push(Finding::new(
                NOTICE_OUT_OF_TIME,
                Severity::Warning,
                here.clone(),
                words("missing-after", deadline, None),
            )),
            _ => {}
        }
    }
}

/// The moves of one election's dates: each joins the one before, the last ends on the
/// record's date, and each has its new notice in time under every notice counted
/// before the moved event (the calendar's `notice_days` for the election day, too).
fn check_moves(
    rule: &ElectionRule,
    e: &ElectionDates,
    valid: &[(&NoticeRule, Period)],
    as_of: NaiveDate,
    here: &JsonPath,
    out: &mut Vec<Finding>,
) {
    // The strictest notice of each event: the longest period in days and the longest
    // in months (which is stricter depends on the date), so that each move is checked
    // once, against the notice it needs earliest, whatever the number of notices.
    let mut strictest: HashMap<&CalendarEvent, [Option<(u32, &str)>; 2]> = HashMap::new();
    let legacy = rule
        .calendar
        .notice_days
        .map(|d| (&CalendarEvent::ElectionDay, Period::Days(d), "notice_days"));
    for (event, period, id) in valid
        .iter()
        .filter_map(|(n, p)| n.before.as_ref().map(|ev| (ev, *p, n.id.as_str())))
        .chain(legacy)
    {
        let slot = strictest.entry(event).or_default();
        let (k, n) = match period {
            Period::Days(n) => (0, n),
            Period::Months(n) => (1, n),
        };
        if slot[k].is_none_or(|(m, _)| n > m) {
            slot[k] = Some((n, id));
        }
    }
    let mut last: HashMap<&CalendarEvent, usize> = HashMap::new();
    let mut order: Vec<&CalendarEvent> = Vec::new();
    for (j, m) in e.moves.iter().enumerate() {
        let at = here.clone().key("moves").index(j);
        let number = j + 1;
        if let Some(&prev) = last.get(&m.event)
            && let Some(p) = e.moves.get(prev)
            && p.to != m.from
        {
            out.push(Finding::new(
                DATE_HISTORY_MISMATCH,
                Severity::Error,
                at.clone().key("from"),
                tr!(
                    "calendar-move-gap",
                    rule = rule.id.as_str(),
                    nth = number,
                    event = event_words(&m.event),
                    from = m.from.to_string(),
                    expected = p.to.to_string()
                ),
            ));
        }
        if last.insert(&m.event, j).is_none() {
            order.push(&m.event);
        }
        let candidates = strictest.get(&m.event).copied().unwrap_or_default();
        let applying = candidates
            .iter()
            .zip([Period::Days as fn(u32) -> Period, Period::Months])
            .filter_map(|(c, make)| c.map(|(n, id)| (id.to_string(), make(n))))
            .min_by_key(|(_, p)| p.before(m.to));
        if let Some((notice, period)) = applying {
            let latest = period.before(m.to);
            let finding = |message: String, path: JsonPath| {
                Finding::new(MOVE_WITHOUT_NOTICE, Severity::Error, path, message)
            };
            match m.notice_sent {
                Some(s) if latest.is_none_or(|l| s > l) => out.push(finding(
                    tr!(
                        "calendar-move-late-notice",
                        rule = rule.id.as_str(),
                        nth = number,
                        event = event_words(&m.event),
                        from = m.from.to_string(),
                        to = m.to.to_string(),
                        sent = s.to_string(),
                        given = days_words((m.to - s).num_days()),
                        notice = notice.as_str(),
                        period = period.words(),
                        latest = latest.map_or_else(|| "-".to_string(), |l| l.to_string())
                    ),
                    at.clone().key("notice_sent"),
                )),
                None if latest.is_none_or(|l| as_of > l) => out.push(finding(
                    tr!(
                        "calendar-move-no-notice",
                        rule = rule.id.as_str(),
                        nth = number,
                        event = event_words(&m.event),
                        from = m.from.to_string(),
                        to = m.to.to_string(),
                        notice = notice.as_str(),
                        period = period.words(),
                        latest = latest.map_or_else(|| "-".to_string(), |l| l.to_string())
                    ),
                    at.clone(),
                )),
                _ => {}
            }
        }
    }
    for event in order {
        let Some(m) = last.get(event).and_then(|&j| e.moves.get(j)) else {
            continue;
        };
        let j = last.get(event).copied().unwrap_or_default();
        let at = here.clone().key("moves").index(j).key("to");
        match event_date(e, event) {
            Some(current) if current != m.to => out.push(Finding::new(
                DATE_HISTORY_MISMATCH,
                Severity::Error,
                at,
                tr!(
                    "calendar-move-end",
                    rule = rule.id.as_str(),
                    event = event_words(event),
                    to = m.to.to_string(),
                    current = current.to_string()
                ),
            )),
            None => out.push(Finding::new(
                DATE_HISTORY_MISMATCH,
                Severity::Error,
                at,
                tr!(
                    "calendar-move-undated",
                    rule = rule.id.as_str(),
                    nth = j + 1,
                    event = event_words(event),
                    to = m.to.to_string()
                ),
            )),
            Some(_) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election_rules::check_calendar;

    fn rule(period: &str, sent_days_before: i64, moved: bool) -> ElectionRule {
        let day = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap_or_default();
        let sent = day - chrono::Duration::days(sent_days_before);
        let mut v = serde_json::json!({
            "id": "r", "body": "b/exec", "method": "plurality",
            "calendar": {"notices": [serde_json::from_str::<serde_json::Value>(
                &format!(r#"{{"id": "n", {period}, "before": "election-day"}}"#)
            ).unwrap_or_default()]},
            "elections": [{"date": day, "notices": {"n": sent}}]
        });
        if moved {
            v["elections"][0]["moves"] = serde_json::json!([
                {"from": "2026-03-01", "to": day, "notice_sent": sent}
            ]);
        }
        serde_json::from_value(v).unwrap_or_else(|e| unreachable!("{e}"))
    }

    proptest::proptest! {
        /// A notice (and a move's new notice) is in time exactly when it is sent at
        /// least the period before the day.
        #[test]
        fn a_notice_is_late_exactly_when_sent_after_the_period(
            period in 0i64..120, before in -10i64..200, moved in proptest::bool::ANY,
        ) {
            let r = rule(&format!(r#""days": {period}"#), before, moved);
            let as_of = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap_or_default();
            let f = check_calendar(&r, as_of, JsonPath::root());
            let late = f.iter().filter(|f| f.severity == Severity::Error).count();
            let expected = if before >= period { 0 } else if moved { 2 } else { 1 };
            proptest::prop_assert_eq!(late, expected, "{:?}", f);
        }
    }
}
