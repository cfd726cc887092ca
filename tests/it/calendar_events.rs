//! Calendar events (issue 11, item 4): notices counted from any named event of an
//! election, and the history of moved dates, each move needing its own notice.
//!
//! Expected dates and day counts are worked by hand from the rules' text.

use chrono::NaiveDate;
use serde_json::json;
use union_rulebook::election_rules::{ElectionRule, check_calendar};
use union_rulebook::i18n::{self, Lang};
use union_rulebook::{Finding, JsonPath, Severity};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn rule(calendar: serde_json::Value, elections: serde_json::Value) -> ElectionRule {
    serde_json::from_value(json!({
        "id": "local-12", "body": "local-12/exec", "method": "plurality",
        "calendar": calendar, "elections": elections
    }))
    .unwrap()
}

fn findings(r: &ElectionRule, as_of: NaiveDate) -> Vec<Finding> {
    check_calendar(r, as_of, JsonPath::root().key("election_rules").index(0))
}

fn codes(f: &[Finding]) -> Vec<(String, Severity, String)> {
    f.iter()
        .map(|f| (f.code.to_string(), f.severity, f.path.to_string()))
        .collect()
}

/// LMRDA §401(e), 29 U.S.C. §481(e): "not less than fifteen days prior to the election
/// notice thereof shall be mailed to each member". As a named notice counted back from
/// election day: 15 days before 2026-03-15 is 2026-02-28.
#[test]
fn lmrda_401e_notice_of_election_15_days_before_election_day() {
    let cal = json!({"notices": [{"id": "notice-of-election", "days": 15,
        "before": "election-day", "source": "29 U.S.C. 481(e)"}]});
    let on_time = rule(
        cal.clone(),
        json!([{"date": "2026-03-15", "notices": {"notice-of-election": "2026-02-28"}}]),
    );
    assert!(findings(&on_time, day(2026, 4, 1)).is_empty());
    let late = rule(
        cal.clone(),
        json!([{"date": "2026-03-15", "notices": {"notice-of-election": "2026-03-02"}}]),
    );
    let f = findings(&late, day(2026, 4, 1));
    assert_eq!(
        codes(&f),
        [(
            "notice-too-short".into(),
            Severity::Error,
            "$.election_rules[0].elections[0].notices[\"notice-of-election\"]".into()
        )]
    );
    assert_eq!(
        f[0].message,
        "election rule local-12: notice notice-of-election for the election of 2026-03-15 was sent on 2026-03-02, 13 days before election day (2026-03-15); the rule needs it at least 15 days before, by 2026-02-28"
    );
    // Not recorded: a warning once the deadline has passed, nothing before it.
    let missing = rule(cal, json!([{"date": "2026-03-15"}]));
    let f = findings(&missing, day(2026, 3, 1));
    assert_eq!(codes(&f)[0].1, Severity::Warning);
    assert!(
        f[0].message.ends_with(
            "is not recorded; it was due by 2026-02-28, 15 days before election day (2026-03-15)"
        ),
        "{}",
        f[0].message
    );
    assert!(findings(&missing, day(2026, 2, 28)).is_empty());
}

/// 29 CFR 452.104(b): "Should a union change the date of an election from the date
/// originally announced in the mail notice to the members, it must mail a second
/// notice, containing the corrected date, at least fifteen days before the election."
/// Election first set for 2026-03-01 (notice 2026-02-10), postponed on 2026-02-18 to
/// 2026-03-15: the second notice is due by 2026-02-28.
#[test]
fn cfr_452_104b_postponed_election_needs_a_second_notice_15_days_before() {
    let moved = |notice: serde_json::Value| {
        rule(
            json!({"notice_days": 15}),
            json!([{"date": "2026-03-15", "moves": [{"from": "2026-03-01", "to": "2026-03-15",
                "decided": "2026-02-18", "notice_sent": notice, "reason": "hall unavailable"}]}]),
        )
    };
    // The second notice on 2026-02-27: 16 days before the new date.
    assert!(findings(&moved(json!("2026-02-27")), day(2026, 4, 1)).is_empty());
    // On 2026-03-05: 10 days.
    let f = findings(&moved(json!("2026-03-05")), day(2026, 4, 1));
    assert_eq!(
        codes(&f),
        [(
            "move-without-notice".into(),
            Severity::Error,
            "$.election_rules[0].elections[0].moves[0].notice_sent".into()
        )]
    );
    assert_eq!(
        f[0].message,
        "election rule local-12: move 1 of election day, from 2026-03-01 to 2026-03-15, got its new notice on 2026-03-05, 10 days before the new date; notice notice_days needs at least 15 days, by 2026-02-28"
    );
    // No second notice at all: a finding naming the move once the deadline passed.
    let none = rule(
        json!({"notice_days": 15}),
        json!([{"date": "2026-03-15", "notice_sent": null,
                "moves": [{"from": "2026-03-01", "to": "2026-03-15", "decided": "2026-02-18"}]}]),
    );
    let f = findings(&none, day(2026, 3, 1));
    assert_eq!(
        codes(&f),
        [(
            "move-without-notice".into(),
            Severity::Error,
            "$.election_rules[0].elections[0].moves[0]".into()
        )]
    );
    assert_eq!(
        f[0].message,
        "election rule local-12: move 1 of election day, from 2026-03-01 to 2026-03-15, has no new notice; notice notice_days needs one with the new date by 2026-02-28, 15 days before it"
    );
    // Before the deadline there is still time.
    assert!(findings(&none, day(2026, 2, 20)).is_empty());
}

/// Two moves (postponed, then advanced): each needs its own notice; the history must
/// join up and end on the record's date.
#[test]
fn cfr_452_104b_every_move_needs_its_own_notice_and_the_history_joins_up() {
    let r = rule(
        json!({"notice_days": 15}),
        json!([{"date": "2026-03-22", "moves": [
            {"from": "2026-03-01", "to": "2026-03-29", "notice_sent": "2026-02-20"},
            {"from": "2026-03-29", "to": "2026-03-22", "notice_sent": "2026-03-10"}]}]),
    );
    // The second move's notice is 12 days before 2026-03-22.
    let f = findings(&r, day(2026, 4, 1));
    assert_eq!(
        codes(&f),
        [(
            "move-without-notice".into(),
            Severity::Error,
            "$.election_rules[0].elections[0].moves[1].notice_sent".into()
        )]
    );
    assert!(
        f[0].message
            .contains("move 2 of election day, from 2026-03-29 to 2026-03-22")
    );
    // A gap in the history and a last move that is not the record's date.
    let broken = rule(
        json!({"notice_days": 15}),
        json!([{"date": "2026-04-05", "moves": [
            {"from": "2026-03-01", "to": "2026-03-29", "notice_sent": "2026-02-20"},
            {"from": "2026-03-30", "to": "2026-03-22", "notice_sent": "2026-03-01"}]}]),
    );
    let f = findings(&broken, day(2026, 4, 10));
    let mismatches: Vec<(String, String)> = f
        .iter()
        .filter(|f| f.code == "date-history-mismatch")
        .map(|f| (f.path.to_string(), f.message.clone()))
        .collect();
    assert_eq!(
        mismatches,
        [
            (
                "$.election_rules[0].elections[0].moves[1].from".to_string(),
                "election rule local-12: move 2 of election day starts from 2026-03-30, but the date before it was 2026-03-29".to_string()
            ),
            (
                "$.election_rules[0].elections[0].moves[1].to".to_string(),
                "election rule local-12: the last move of election day ends on 2026-03-22, but the election record gives 2026-04-05".to_string()
            ),
        ]
    );
}

/// TULRCA 1992 s.49(5): the union shall, "before the scrutineer begins to carry out his
/// functions", notify every member of the scrutineer's name; s.52(4): "within the
/// period of three months after it receives the scrutineer's report", send a copy to
/// every member or notify its contents. Events the record dates by name.
#[test]
fn tulrca_s49_5_scrutineer_name_before_and_s52_4_report_within_three_months_after() {
    let cal = json!({"notices": [
        {"id": "scrutineer-name", "days": 0, "before": {"event": "scrutineer-begins"},
         "source": "TULRCA 1992 s.49(5)"},
        {"id": "scrutineer-report", "months": 3, "after": {"event": "report-received"},
         "source": "TULRCA 1992 s.52(4)"}]});
    let election = |name: &str, report: Option<&str>| {
        let mut notices = json!({"scrutineer-name": name});
        if let Some(r) = report {
            notices["scrutineer-report"] = json!(r);
        }
        json!([{"date": "2026-04-30", "events": {"scrutineer-begins": "2026-04-01",
            "report-received": "2026-05-10"}, "notices": notices}])
    };
    // Name notified on the day the scrutineer begins, report sent on 2026-08-10 (three
    // months after 2026-05-10, the last day allowed).
    let ok = rule(cal.clone(), election("2026-04-01", Some("2026-08-10")));
    assert!(findings(&ok, day(2026, 9, 1)).is_empty());
    // Name after the scrutineer began; report 94 days after receipt (21 + 30 + 31 + 12).
    let late = rule(cal.clone(), election("2026-04-03", Some("2026-08-12")));
    let f = findings(&late, day(2026, 9, 1));
    assert_eq!(
        f.iter().map(|f| f.message.as_str()).collect::<Vec<_>>(),
        [
            "election rule local-12: notice scrutineer-name for the election of 2026-04-30 was sent on 2026-04-03, after event scrutineer-begins (2026-04-01); the rule needs it at least 0 days before, by 2026-04-01",
            "election rule local-12: notice scrutineer-report for the election of 2026-04-30 was sent on 2026-08-12, 94 days after event report-received (2026-05-10); the rule needs it within 3 months after, by 2026-08-10",
        ]
    );
    assert_eq!(f[1].code, "notice-out-of-time");
    // Not sent by 2026-09-01: a warning.
    let missing = rule(cal, election("2026-04-01", None));
    let f = findings(&missing, day(2026, 9, 1));
    assert_eq!(
        codes(&f),
        [(
            "notice-out-of-time".into(),
            Severity::Warning,
            "$.election_rules[0].elections[0]".into()
        )]
    );
}

/// ART Konfederasi KASBI (Kongres III, Bandung, 22 January 2011), Pasal 3: "Tempat dan
/// waktu penyelenggaraan kongres diberitahukan kepada setiap Anggota selambat-lambatnya
/// 6 bulan sebelum acara tersebut direncanakan untuk diselenggarakan." The Kongres set
/// for 2026-09-28 needs its notice by 2026-03-28; moved to 2026-11-20, by 2026-05-20.
#[test]
fn kasbi_art_pasal_3_kongres_notice_six_months_before_and_after_a_move() {
    let cal = json!({"notices": [{"id": "kongres", "months": 6, "before": {"event": "kongres"},
        "source": "ART Konfederasi KASBI Pasal 3"}]});
    let late = rule(
        cal.clone(),
        json!([{"date": "2026-09-28", "events": {"kongres": "2026-09-28"},
                "notices": {"kongres": "2026-04-15"}}]),
    );
    let f = findings(&late, day(2026, 10, 1));
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].code, "notice-too-short");
    assert!(
        f[0].message
            .ends_with("the rule needs it at least 6 months before, by 2026-03-28"),
        "{}",
        f[0].message
    );
    // In Bahasa Indonesia.
    let id = i18n::with_lang(Lang::Id, || findings(&late, day(2026, 10, 1)));
    assert_eq!(
        id[0].message,
        "ketentuan pemilihan local-12: pemberitahuan kongres untuk pemilihan tanggal 2026-09-28 dikirim pada 2026-04-15, 166 hari sebelum acara kongres (2026-09-28); ketentuan ini mensyaratkan sekurang-kurangnya 6 bulan sebelumnya, selambat-lambatnya 2026-03-28"
    );
    // Moved on 2026-05-01 to 2026-11-20, with a new notice on 2026-05-02: in time.
    let moved = |sent: &str| {
        rule(
            cal.clone(),
            json!([{"date": "2026-11-20", "events": {"kongres": "2026-11-20"},
                "notices": {"kongres": sent},
                "moves": [{"event": {"event": "kongres"}, "from": "2026-09-28", "to": "2026-11-20",
                           "decided": "2026-05-01", "notice_sent": sent}]}]),
        )
    };
    assert!(findings(&moved("2026-05-02"), day(2026, 12, 1)).is_empty());
    let f = findings(&moved("2026-06-01"), day(2026, 12, 1));
    assert_eq!(
        f.iter().map(|f| f.code.to_string()).collect::<Vec<_>>(),
        ["notice-too-short", "move-without-notice"]
    );
    let move_id = i18n::with_lang(Lang::Id, || {
        findings(&moved("2026-06-01"), day(2026, 12, 1))
    });
    assert_eq!(
        move_id[1].message,
        "ketentuan pemilihan local-12: perubahan tanggal ke-1 untuk acara kongres, dari 2026-09-28 ke 2026-11-20, mendapat pemberitahuan baru pada 2026-06-01, 172 hari sebelum tanggal baru; pemberitahuan kongres mensyaratkan sekurang-kurangnya 6 bulan, selambat-lambatnya 2026-05-20"
    );
}

/// A notice counted from the opening of nominations (the record's
/// `nominations_open`), and one from an event the record does not date.
#[test]
fn notices_count_from_nominations_opening_and_undated_events_are_reported() {
    let cal = json!({"notices": [
        {"id": "call-for-nominations", "days": 30, "before": "nominations-open"},
        {"id": "ballot-papers", "days": 7, "before": {"event": "ballots-mailed"}}]});
    let r = rule(
        cal,
        json!([{"date": "2026-06-01", "nominations_open": "2026-04-01",
                "notices": {"call-for-nominations": "2026-03-05", "typo": "2026-03-05"}}]),
    );
    let f = findings(&r, day(2026, 7, 1));
    assert_eq!(
        codes(&f),
        [
            (
                "unknown-notice".into(),
                Severity::Warning,
                "$.election_rules[0].elections[0].notices.typo".into()
            ),
            (
                "notice-too-short".into(),
                Severity::Error,
                "$.election_rules[0].elections[0].notices[\"call-for-nominations\"]".into()
            ),
            (
                "notice-event-not-recorded".into(),
                Severity::Warning,
                "$.election_rules[0].elections[0]".into()
            ),
        ]
    );
    // 2026-03-05 is 27 days before 2026-04-01 (26 + 1).
    assert!(
        f[1].message
            .contains("27 days before the opening of nominations (2026-04-01)")
    );
}

#[test]
fn malformed_notice_rules_are_refused_at_their_path() {
    let r = rule(
        json!({"notices": [
            {"id": "a", "days": 15, "months": 1, "before": "election-day"},
            {"id": "b", "days": 15},
            {"id": "c", "days": 15, "before": "election-day"},
            {"id": "c", "days": 10, "before": "election-day"}]}),
        json!([]),
    );
    assert_eq!(
        codes(&findings(&r, day(2026, 1, 1))),
        [
            (
                "notice-rule-invalid".into(),
                Severity::Error,
                "$.election_rules[0].calendar.notices[0]".into()
            ),
            (
                "notice-rule-invalid".into(),
                Severity::Error,
                "$.election_rules[0].calendar.notices[1]".into()
            ),
            (
                "notice-rule-invalid".into(),
                Severity::Error,
                "$.election_rules[0].calendar.notices[3].id".into()
            ),
        ]
    );
}

/// The record's new fields round-trip, and an old record reads as before.
#[test]
fn the_history_of_dates_round_trips_through_json() {
    let r = rule(
        json!({"notice_days": 15, "notices": [{"id": "kongres", "months": 6, "before": {"event": "kongres"}}]}),
        json!([{"date": "2026-03-15", "events": {"kongres": "2026-03-14"},
                "notices": {"kongres": "2025-09-01"},
                "moves": [{"from": "2026-03-01", "to": "2026-03-15", "notice_sent": "2026-02-27"}]}]),
    );
    let back: ElectionRule = serde_json::from_value(serde_json::to_value(&r).unwrap()).unwrap();
    assert_eq!(back, r);
    let old = rule(json!({"notice_days": 15}), json!([{"date": "2026-03-15"}]));
    assert_eq!(
        serde_json::to_value(&old).unwrap()["elections"][0],
        json!({"date": "2026-03-15"})
    );
}

/// A move under several notices of the same event gets one finding, naming the notice
/// it needed earliest: 2 months before 2026-05-31 is 2026-03-31, 45 days before is
/// 2026-04-16, 15 days (`notice_days`) 2026-05-16.
#[test]
fn cfr_452_104b_a_move_is_checked_once_against_its_strictest_notice() {
    let r = rule(
        json!({"notice_days": 15, "notices": [
            {"id": "forty-five-days", "days": 45, "before": "election-day"},
            {"id": "two-months", "months": 2, "before": "election-day"}]}),
        json!([{"date": "2026-05-31", "notices": {"forty-five-days": "2026-03-01", "two-months": "2026-03-01"},
                "moves": [{"from": "2026-05-10", "to": "2026-05-31", "notice_sent": "2026-04-10"}]}]),
    );
    let f = findings(&r, day(2026, 6, 1));
    let moves: Vec<&str> = f
        .iter()
        .filter(|f| f.code == "move-without-notice")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(
        moves,
        [
            "election rule local-12: move 1 of election day, from 2026-05-10 to 2026-05-31, got its new notice on 2026-04-10, 51 days before the new date; notice two-months needs at least 2 months, by 2026-03-31"
        ]
    );
}
