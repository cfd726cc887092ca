//! Election rules in the document: eligibility, calendar, unopposed elections.

use chrono::NaiveDate;
use serde_json::json;
use union_rulebook::election_rules::{Outcome, Reason, eligibility, unopposed};
use union_rulebook::model::Organization;
use union_rulebook::validate::validate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A PSP (enterprise union) with an executive of chair and 4 members, and people
/// chosen to meet or fail each condition.
fn doc(rules: serde_json::Value) -> Organization {
    let v = json!({
        "name": "SPN",
        "levels": [{"id": "dpc", "name": "DPC"}, {"id": "psp", "name": "PSP"}],
        "units": [
            {"id": "dpc-bekasi", "name": "DPC Bekasi", "level": "dpc"},
            {"id": "psp-garmen", "name": "PSP PT Garmen", "level": "psp", "parent": "dpc-bekasi"}
        ],
        "bodies": [{"id": "dpc-bekasi/exec", "unit": "dpc-bekasi", "kind": "executive", "name": "DPC executive",
            "term_rules": {"max_consecutive_terms": 2, "cooling_off_months": 12},
            "posts": [{"id": "dpc-bekasi/chair", "role": "chair"},
                      {"id": "dpc-bekasi/member", "role": "member", "seats": 4}]},
            {"id": "psp-garmen/mgmt", "unit": "psp-garmen", "kind": "committee", "name": "HR liaison",
             "posts": [{"id": "psp-garmen/hr-manager", "role": "hr-manager"}]}],
        "people": [
            {"id": "p-ok", "gender": "woman", "birth_date": "1995-05-01"},
            {"id": "p-new", "gender": "woman", "birth_date": "1998-01-01"},
            {"id": "p-arrears", "gender": "man", "birth_date": "1990-01-01"},
            {"id": "p-grace", "gender": "man", "birth_date": "1990-01-01"},
            {"id": "p-old", "gender": "man", "birth_date": "1980-01-01"},
            {"id": "p-nobirth", "gender": "woman"},
            {"id": "p-hr", "gender": "man", "birth_date": "1992-01-01"},
            {"id": "p-twice", "gender": "man", "birth_date": "1993-01-01"},
            {"id": "p-gone", "gender": "woman", "birth_date": "1994-01-01"}
        ],
        "memberships": [
            {"person": "p-ok", "unit": "psp-garmen", "start": "2019-01-01"},
            {"person": "p-new", "unit": "psp-garmen", "start": "2025-10-01"},
            {"person": "p-arrears", "unit": "psp-garmen", "start": "2015-01-01", "arrears_since": "2025-12-01"},
            {"person": "p-grace", "unit": "psp-garmen", "start": "2015-01-01", "arrears_since": "2026-02-20"},
            {"person": "p-old", "unit": "psp-garmen", "start": "2010-01-01"},
            {"person": "p-nobirth", "unit": "psp-garmen", "start": "2018-01-01"},
            {"person": "p-hr", "unit": "psp-garmen", "start": "2018-01-01"},
            {"person": "p-twice", "unit": "dpc-bekasi", "start": "2012-01-01"},
            {"person": "p-gone", "unit": "psp-garmen", "start": "2012-01-01", "end": "2025-12-31"}
        ],
        "terms": [
            {"person": "p-hr", "post": "psp-garmen/hr-manager", "start": "2024-01-01"},
            {"person": "p-twice", "post": "dpc-bekasi/chair", "start": "2018-03-01", "end": "2022-02-28"},
            {"person": "p-twice", "post": "dpc-bekasi/chair", "start": "2022-03-01", "end": "2026-02-28"}
        ],
        "election_rules": rules
    });
    serde_json::from_value(v).unwrap()
}

fn outcome<'a>(
    list: &'a [union_rulebook::election_rules::PersonEligibility],
    id: &str,
) -> &'a Outcome {
    &list
        .iter()
        .find(|p| p.person.as_str() == id)
        .unwrap()
        .outcome
}

#[test]
fn candidates_judged_on_tenure_dues_age_barred_posts_and_term_limits() {
    // Candidates: 12 months' membership (a common AD/ART rule), dues paid up with 30
    // days' grace, young workers' seat: under 35 on the day, no HR manager (a position of
    // conflicting interest), and the body's limit of 2 consecutive terms.
    let d = doc(json!([{
        "id": "dpc-bekasi-2026", "body": "dpc-bekasi/exec", "method": "block",
        "candidates": {"min_tenure_months": 12, "good_standing": {"grace_days": 30},
                       "age": {"under": 35}, "barred_posts": ["psp-garmen/hr-manager"],
                       "term_limits": true}
    }]));
    let r = eligibility(&d, &d.election_rules[0], day(2026, 3, 7)).unwrap();
    // p-gone's membership ended: outside the electorate altogether.
    assert_eq!(r.candidates.len(), 8);
    assert_eq!(outcome(&r.candidates, "p-ok"), &Outcome::Eligible);
    // Joined 2025-10-01: 12 months fall on 2026-10-01, after the day.
    assert!(
        matches!(outcome(&r.candidates, "p-new"), Outcome::NotEligible { reasons } if reasons == &[Reason::Tenure { months: 12, since: day(2025, 10, 1) }])
    );
    // Arrears since 2025-12-01: grace ended 2025-12-31. Since 2026-02-20: grace until 2026-03-22.
    assert!(
        matches!(outcome(&r.candidates, "p-arrears"), Outcome::NotEligible { reasons } if matches!(reasons[..], [Reason::Arrears { grace_days: 30, .. }, Reason::Age { age: 36 }]))
    );
    assert!(
        matches!(outcome(&r.candidates, "p-grace"), Outcome::NotEligible { reasons } if reasons == &[Reason::Age { age: 36 }])
    );
    assert!(
        matches!(outcome(&r.candidates, "p-nobirth"), Outcome::NeedsReview { reasons } if reasons == &[Reason::NoBirthDate])
    );
    assert!(
        matches!(outcome(&r.candidates, "p-hr"), Outcome::NotEligible { reasons } if matches!(&reasons[..], [Reason::BarredPost { .. }]))
    );
    // Two terms back to back ended 2026-02-28, within the 12-month cooling-off period.
    assert!(
        matches!(outcome(&r.candidates, "p-twice"), Outcome::NotEligible { reasons } if matches!(&reasons[..], [Reason::TermLimit { terms: 2, .. }]))
    );
    let eligible: Vec<&str> = r.eligible_candidates().map(|p| p.as_str()).collect();
    assert_eq!(eligible, ["p-ok"]);
}

#[test]
fn cooling_off_ends_the_term_limit() {
    // The same chair, judged after the 12-month cooling-off period: eligible again.
    let d = doc(
        json!([{ "id": "r", "body": "dpc-bekasi/exec", "method": "block",
        "candidates": {"term_limits": true} }]),
    );
    let r = eligibility(&d, &d.election_rules[0], day(2027, 3, 1)).unwrap();
    assert_eq!(outcome(&r.candidates, "p-twice"), &Outcome::Eligible);
}

#[test]
fn wirtz_v_hotel_employees_rule_excluding_most_members_needs_review() {
    // Wirtz v. Hotel Employees Local 6 (1968): a candidacy rule that excluded 93% of
    // members was unreasonable. Here "under 30" on 2026-03-07 leaves only p-new (born
    // 1998; p-ok turned 30 on 2025-05-01), and p-nobirth cannot be judged: 6 of 8
    // members are excluded, 75%, more than the 50% the rule tolerates.
    let d = doc(
        json!([{ "id": "r", "body": "dpc-bekasi/exec", "method": "block",
        "candidates": {"age": {"under": 30}, "review_if_excluding_more_than": "50%"} }]),
    );
    let r = eligibility(&d, &d.election_rules[0], day(2026, 3, 7)).unwrap();
    assert_eq!(r.reviews.len(), 1);
    assert_eq!((r.reviews[0].excluded, r.reviews[0].electorate), (6, 8));
    assert!(
        r.reviews[0]
            .message
            .contains("exclude 6 of 8 members (75%), more than 50%"),
        "{}",
        r.reviews[0].message
    );
}

#[test]
fn lmrda_local_every_three_years_overdue_election_is_a_validation_error() {
    // LMRDA §401(b): a local elects its officers at least once every 3 years. Last
    // election 2022-11-05: due by 2025-11-05; as of 2026-01-01 it is overdue.
    let d = doc(
        json!([{ "id": "local", "body": "dpc-bekasi/exec", "method": "plurality",
        "calendar": {"max_interval_months": 36, "notice_days": 15},
        "elections": [{"date": "2019-11-02", "notice_sent": "2019-10-10"},
                      {"date": "2022-11-05", "notice_sent": "2022-10-24"}] }]),
    );
    let findings = validate(&d, day(2026, 1, 1));
    let mine: Vec<(&str, String)> = findings
        .iter()
        .filter(|f| f.path.to_string().starts_with("$.election_rules"))
        .map(|f| (&*f.code, f.path.to_string()))
        .collect();
    // Notice of 2022-10-24 is 12 days before 2022-11-05: LMRDA §401(e) needs 15.
    assert_eq!(
        mine,
        vec![
            (
                "election-overdue",
                "$.election_rules[0].elections[1].date".to_string()
            ),
            (
                "notice-too-short",
                "$.election_rules[0].elections[1].notice_sent".to_string()
            ),
        ]
    );
    let overdue = findings
        .iter()
        .find(|f| f.code == "election-overdue")
        .unwrap();
    assert_eq!(
        overdue.message,
        "election rule local: the last election was on 2022-11-05; the next was due by 2025-11-05 (every 36 months) and none was held by 2026-01-01"
    );
    // On the due date itself it is not yet overdue.
    assert!(
        validate(&d, day(2025, 11, 5))
            .iter()
            .all(|f| f.code != "election-overdue")
    );
}

#[test]
fn tulrca_s46_five_years_and_nomination_window() {
    // TULRCA 1992 s.46: no executive member more than 5 years without re-election.
    let d = doc(
        json!([{ "id": "exec", "body": "dpc-bekasi/exec", "method": "scottish-stv",
        "calendar": {"max_interval_months": 60, "nominations_close_days_before": 28, "nominations_open_days": 14},
        "elections": [{"date": "2024-06-01", "nominations_open": "2024-04-20", "nominations_close": "2024-05-10"}] }]),
    );
    let findings = validate(&d, day(2026, 1, 1));
    let codes: Vec<&str> = findings
        .iter()
        .filter(|f| f.path.to_string().starts_with("$.election_rules"))
        .map(|f| &*f.code)
        .collect();
    // Closed 22 days before the election (needs 28); open 21 days (needs 14: fine).
    assert_eq!(codes, ["nomination-window"]);
}

#[test]
fn unknown_references_in_election_rules_are_reported() {
    let d = doc(
        json!([{ "id": "r", "body": "nowhere/exec", "method": "plurality",
        "candidates": {"barred_posts": ["no/post"]} }]),
    );
    let findings = validate(&d, day(2026, 1, 1));
    let got: Vec<String> = findings
        .iter()
        .filter(|f| f.code == "unknown-reference")
        .map(|f| f.path.to_string())
        .collect();
    assert_eq!(
        got,
        [
            "$.election_rules[0].body",
            "$.election_rules[0].candidates.barred_posts[0]"
        ]
    );
    assert!(eligibility(&d, &d.election_rules[0], day(2026, 1, 1)).is_err());
}

#[test]
fn unknown_methods_and_nominees_are_reported() {
    let d = doc(
        json!([{ "id": "r", "body": "dpc-bekasi/exec", "method": "borda",
        "elections": [{"date": "2025-06-01", "nominated": ["p-ok", "ghost"]}] }]),
    );
    let findings = validate(&d, day(2026, 1, 1));
    let got: Vec<(&str, String)> = findings
        .iter()
        .filter(|f| f.code == "unknown-method" || f.code == "unknown-reference")
        .map(|f| (&*f.code, f.path.to_string()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "unknown-reference",
                "$.election_rules[0].elections[0].nominated[1]".to_owned()
            ),
            ("unknown-method", "$.election_rules[0].method".to_owned()),
        ]
    );
}

#[test]
fn an_unopposed_candidate_is_declared_elected() {
    assert_eq!(unopposed(&["p-ok"], 1), Some(vec!["p-ok"]));
    assert_eq!(unopposed::<&str>(&[], 1), Some(vec![]));
    assert_eq!(unopposed(&["a", "b", "c"], 2), None);
}
