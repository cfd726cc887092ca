//! The events of an election's calendar, the notices counted from them, and the moves
//! of their dates.
//!
//! Statutes count notice from many events, not only back from election day: LMRDA
//! §401(e) (29 U.S.C. §481(e)) wants notice of the election mailed to every member "not
//! less than fifteen days prior to the election"; TULRCA 1992 s.49(5) wants the
//! scrutineer's name notified to the members "before the scrutineer begins to carry out
//! his functions", and s.52(4) the scrutineer's report sent to them "within the period
//! of three months after" the union receives it; the ART of Konfederasi KASBI (Kongres
//! III, 2011, Pasal 3) wants the place and time of the Kongres made known to every member
//! "selambat-lambatnya 6 bulan sebelum" (at the latest six months before) it is held.
//! And when a date moves, the notice given for the old date no longer serves: 29 CFR
//! 452.104(b) — "Should a union change the date of an election from the date originally
//! announced in the mail notice to the members, it must mail a second notice, containing
//! the corrected date, at least fifteen days before the election."

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// An event of the election's calendar that a notice counts from, or whose date may move.
///
/// In JSON: `"election-day"`, `"nominations-open"`, `"nominations-close"`,
/// `"process-start"` (the dates of the election record), or `{"event": "NAME"}` for
/// another event the record dates in its `events` (`{"event": "kongres"}`,
/// `{"event": "scrutineer-report"}`).
///
/// ```
/// use union_rulebook::model::CalendarEvent;
/// let e: CalendarEvent = serde_json::from_str(r#"{"event": "kongres"}"#)?;
/// assert_eq!(e, CalendarEvent::Event("kongres".into()));
/// assert_eq!(e.to_string(), "event kongres");
/// let d: CalendarEvent = serde_json::from_str(r#""nominations-open""#)?;
/// assert_eq!(d, CalendarEvent::NominationsOpen);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum CalendarEvent {
    /// The election day (`date` of the election record).
    #[default]
    ElectionDay,
    /// The first day of nominations (`nominations_open`).
    NominationsOpen,
    /// The last day of nominations (`nominations_close`).
    NominationsClose,
    /// The start of the election process (`process_start`).
    ProcessStart,
    /// Another event, dated in the record's `events` under this name.
    Event(String),
}

impl std::fmt::Display for CalendarEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalendarEvent::ElectionDay => f.write_str("election-day"),
            CalendarEvent::NominationsOpen => f.write_str("nominations-open"),
            CalendarEvent::NominationsClose => f.write_str("nominations-close"),
            CalendarEvent::ProcessStart => f.write_str("process-start"),
            CalendarEvent::Event(name) => write!(f, "event {name}"),
        }
    }
}

/// A notice the rule requires, counted from an event of the calendar: at least a period
/// `before` it, or within a period `after` it. Exactly one of `days` and `months`, and
/// exactly one of `before` and `after`, are given (`validate` reports
/// `notice-rule-invalid` otherwise).
///
/// ```
/// use union_rulebook::model::{CalendarEvent, NoticeRule};
/// // LMRDA §401(e): notice mailed to every member at least 15 days before the election.
/// let n: NoticeRule = serde_json::from_str(
///     r#"{"id": "notice-of-election", "days": 15, "before": "election-day",
///         "source": "29 U.S.C. 481(e)"}"#)?;
/// assert_eq!(n.before, Some(CalendarEvent::ElectionDay));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct NoticeRule {
    /// The notice's name, unique in the calendar: the key of its sending date in an
    /// election record's `notices` (`notice-of-election`, `scrutineer-name`).
    pub id: String,
    /// The period in days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<u32>,
    /// The period in calendar months (a day missing in the shorter month is its last
    /// day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub months: Option<u32>,
    /// The notice is sent at least the period before this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<CalendarEvent>,
    /// The notice is sent within the period after this event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<CalendarEvent>,
    /// Where the rule comes from (`29 U.S.C. 481(e)`, `ART KASBI Pasal 3`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl NoticeRule {
    /// A notice `days` days before `event`.
    pub fn days_before(id: impl Into<String>, days: u32, event: CalendarEvent) -> Self {
        NoticeRule {
            id: id.into(),
            days: Some(days),
            months: None,
            before: Some(event),
            after: None,
            source: None,
        }
    }

    /// The notice with its source.
    #[must_use]
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }
}

/// A move of one event's date, as the election record keeps it: the date it had, the
/// date it got, when the move was decided, and the new notice given for the new date.
///
/// The record's own dates are the dates as they stand; its moves, in order, are their
/// history. The first move of an event starts from its original date; each later move
/// of the same event starts where the one before ended, and the last ends on the date
/// the record gives now.
///
/// ```
/// use union_rulebook::model::DateMove;
/// // Postponed from 1 to 15 March; the second notice went out on 20 February.
/// let m: DateMove = serde_json::from_str(
///     r#"{"from": "2026-03-01", "to": "2026-03-15", "decided": "2026-02-18",
///         "notice_sent": "2026-02-20"}"#)?;
/// assert_eq!(m.event.to_string(), "election-day");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct DateMove {
    /// The event whose date moved (the election day unless given).
    #[serde(default)]
    pub event: CalendarEvent,
    /// The date before the move.
    pub from: NaiveDate,
    /// The date after the move.
    pub to: NaiveDate,
    /// The day the move was decided.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<NaiveDate>,
    /// The day the new notice, with the new date, was sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_sent: Option<NaiveDate>,
    /// Why the date moved.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}
