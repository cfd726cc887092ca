//! Representation policies: worked cases from real rules (domain.md §3), reading
//! errors, the CLI's explain table, and properties.

// Helpers stop a test with a message when its own fixture is wrong.
#![allow(clippy::panic)]

use chrono::NaiveDate;
use union_rulebook::Severity;
use union_rulebook::policy::{
    self, CandidateList, Conflict, GroupBounds, Policy, Requirement, Rounding, Share, Verdict,
};

use crate::common::{GROUPS, example_data};

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap_or_default()
}

/// A policy with the two gender groups and one rule on candidate lists (so that
/// compositions can be checked as lists without a document).
fn one_rule(hardness: &str, require: &str) -> Policy {
    let text = format!(
        "{GROUPS}\n[[rules]]\nid = \"r\"\neffective_from = \"2000-01-01\"\nhardness = \"{hardness}\"\nbase = \"all-seats\"\nconsequence = \"report-only\"\nscope = {{ targets = [\"bodies\", \"candidate-lists\"] }}\nrequire = {require}\n"
    );
    match Policy::from_toml_str(&text) {
        Ok(p) => p,
        Err(e) => panic!("test policy does not read: {e}"),
    }
}

fn bounds(p: &Policy, seats: u32) -> Vec<GroupBounds> {
    let table = policy::explain(p, seats..=seats, None);
    match table
        .rules
        .first()
        .and_then(|t| t.rows.first())
        .map(|r| &r.requirement)
    {
        Some(Requirement::Bounds { groups }) => groups.clone(),
        other => panic!("expected bounds, got {other:?}"),
    }
}

/// Each group's (min, max) at `seats`.
fn min_max(p: &Policy, seats: u32) -> Vec<(u32, u32)> {
    bounds(p, seats).iter().map(|g| (g.min, g.max)).collect()
}

/// One binding band rule: women and men each between `min` and `max`, rounding up.
fn band(min: &str, max: &str) -> Policy {
    one_rule(
        "binding",
        &format!(
            r#"{{ shape = "band", groups = ["women", "men"], min = "{min}", max = "{max}", rounding = "up" }}"#
        ),
    )
}

fn min_of(p: &Policy, seats: u32) -> u32 {
    bounds(p, seats).first().map_or(u32::MAX, |b| b.min)
}

/// A list of `women` women, then `men` men, then `others` people of another gender.
fn list(women: usize, men: usize, others: usize) -> CandidateList {
    let mut csv = String::from("id,gender\n");
    let mut n = 0;
    for (count, g) in [(women, "woman"), (men, "man"), (others, "x")] {
        for _ in 0..count {
            n += 1;
            csv.push_str(&format!("c{n},{g}\n"));
        }
    }
    CandidateList::from_csv(&csv).unwrap_or(CandidateList { candidates: vec![] })
}

fn codes(check: &policy::ListCheck) -> Vec<(&str, Severity)> {
    check
        .findings
        .iter()
        .map(|f| (&*f.code, f.severity))
        .collect()
}

/// [`codes`], sorted.
fn sorted_codes(check: &policy::ListCheck) -> Vec<(&str, Severity)> {
    let mut c = codes(check);
    c.sort();
    c
}

// ---- share floors -------------------------------------------------------------

#[test]
fn ituc_30_percent_floor_7_seat_executive_needs_3_women() {
    // ITUC: at least 30% women. 7 * 3/10 = 2.1, rounded up = 3.
    let p = one_rule(
        "binding",
        r#"{ shape = "share-floor", group = "women", share = "30%", rounding = "up" }"#,
    );
    assert_eq!(min_of(&p, 7), 3);
    // 2 women in 7 places: 1 short.
    let check = policy::check_list(&p, &list(2, 5, 0), date("2026-01-01"));
    assert_eq!(codes(&check), vec![("quota-shortfall", Severity::Error)]);
    assert_eq!(
        check.findings.first().map(|f| f.message.as_str()),
        Some("the list has 2 women in 7 places; rule r needs at least 3 (1 woman more)")
    );
}

#[test]
fn indonesia_pkpu_10_2023_half_up_gives_2_of_8() {
    // KPU regulation 10/2023 art. 8(2): 30% of 8 = 2.4, rounded half up = 2.
    let p = one_rule(
        "binding",
        r#"{ shape = "share-floor", group = "women", share = "30%", rounding = "half-up" }"#,
    );
    assert_eq!(min_of(&p, 8), 2);
}

#[test]
fn indonesia_uu_7_2017_rounding_up_gives_3_of_8() {
    // The reading restored by the Supreme Court: 2.4 rounded up = 3.
    let p = one_rule(
        "binding",
        r#"{ shape = "share-floor", group = "women", share = "30%", rounding = "up" }"#,
    );
    assert_eq!(min_of(&p, 8), 3);
    // 2 women on an 8-place list: compliant under half up, short under up.
    let check = policy::check_list(&p, &list(2, 6, 0), date("2024-02-14"));
    assert_eq!(codes(&check), vec![("quota-shortfall", Severity::Error)]);
}

#[test]
fn indonesia_ma_24_p_hum_2023_annulment_restores_rounding_up() {
    // Version 1 (rounding up) from the 2017 election law; version 2 (half up) from KPU
    // regulation 10/2023 (17 April 2023); version 2 annulled by Putusan MA No. 24
    // P/HUM/2023 (29 August 2023). On an 8-place list: 3 women before April 2023, 2
    // while version 2 stood, 3 again after the annulment.
    let text = format!(
        r#"{GROUPS}
[[rules]]
id = "women-30"
version = 1
effective_from = "2017-08-16"
hardness = "binding"
base = "all-seats"
consequence = "report-only"
scope = {{ targets = ["candidate-lists"] }}
require = {{ shape = "share-floor", group = "women", share = "30%", rounding = "up" }}

[[rules]]
id = "women-30"
version = 2
effective_from = "2023-04-17"
annulled = {{ from = "2023-08-29", by = "Putusan MA No. 24 P/HUM/2023" }}
hardness = "binding"
base = "all-seats"
consequence = "report-only"
scope = {{ targets = ["candidate-lists"] }}
require = {{ shape = "share-floor", group = "women", share = "30%", rounding = "half-up" }}
"#
    );
    let p = Policy::from_toml_str(&text).map_err(|e| e.to_string());
    let Ok(p) = p else { panic!("{p:?}") };
    let need = |d: &str| {
        let t = policy::explain(&p, 8..=8, Some(date(d)));
        match t
            .rules
            .first()
            .and_then(|r| r.rows.first())
            .map(|r| &r.requirement)
        {
            Some(Requirement::Bounds { groups }) => groups.first().map(|g| g.min),
            _ => None,
        }
    };
    assert_eq!(need("2023-01-01"), Some(3));
    assert_eq!(need("2023-06-01"), Some(2));
    assert_eq!(need("2023-09-01"), Some(3));
    let two_women = list(2, 6, 0);
    assert!(!policy::check_list(&p, &two_women, date("2023-06-01")).has_errors());
    assert!(policy::check_list(&p, &two_women, date("2023-09-01")).has_errors());
}

#[test]
fn uni_40_percent_target_is_reported_not_enforced() {
    // UNI: 40% women, a target. 5 seats: 5 * 2/5 = 2 exactly. 1 woman: a warning.
    let p = one_rule(
        "target",
        r#"{ shape = "share-floor", group = "women", share = "40%", rounding = "up" }"#,
    );
    assert_eq!(min_of(&p, 5), 2);
    let check = policy::check_list(&p, &list(1, 4, 0), date("2026-01-01"));
    assert_eq!(codes(&check), vec![("quota-shortfall", Severity::Warning)]);
    assert!(!check.has_errors());
    assert!(
        check
            .findings
            .iter()
            .all(|f| f.message.contains("aims for at least 2"))
    );
}

#[test]
fn industriall_40_percent_of_12_seats_needs_5() {
    // IndustriALL: 40%. 12 * 2/5 = 4.8 -> 5 up, 4 down, 5 half up.
    let up = one_rule(
        "target",
        r#"{ shape = "share-floor", group = "women", share = "0.4", rounding = "up" }"#,
    );
    let down = one_rule(
        "target",
        r#"{ shape = "share-floor", group = "women", share = "2/5", rounding = "down" }"#,
    );
    assert_eq!((min_of(&up, 12), min_of(&down, 12)), (5, 4));
}

#[test]
fn psi_parity_50_percent_of_7_seats() {
    // PSI parity: 50%. 7 * 1/2 = 3.5: up 4, down 3, half up 4, half even 4 (3 is odd).
    // 9 * 1/2 = 4.5: half even 4 (4 is even), half up 5.
    let s: Share = "50%".parse().unwrap_or(Share::ZERO);
    assert_eq!(Rounding::Up.seats(7, s).seats, 4);
    assert_eq!(Rounding::Down.seats(7, s).seats, 3);
    assert_eq!(Rounding::HalfEven.seats(7, s).seats, 4);
    assert_eq!(Rounding::HalfEven.seats(9, s).seats, 4);
    assert_eq!(Rounding::HalfUp.seats(9, s).seats, 5);
}

// ---- bands --------------------------------------------------------------------

#[test]
fn etuc_band_40_60_has_no_solution_for_3_seats() {
    // ETUC: each gender between 40% and 60%. 3 seats: min = ceil(1.2) = 2, max =
    // 3 - ceil(3 * 40%) = 1. 2 > 1: no integer solution.
    let p = band("40%", "60%");
    let t = policy::explain(&p, 1..=10, None);
    let sizes = t.rules.first().map(|r| r.infeasible_sizes());
    // 1 seat: min ceil(0.4) = 1, max 1 - 1 = 0: infeasible too. 2 (1..1), 4 (2..2),
    // 5 (2..3), 6 (3..3), 7 (3..4) and up are feasible.
    assert_eq!(sizes, Some(vec![1, 3]));
    let check = policy::check_list(&p, &list(1, 2, 0), date("2026-01-01"));
    assert!(codes(&check).contains(&("rule-infeasible", Severity::Error)));
}

#[test]
fn etuc_band_binds_men_too() {
    // 10 seats, 40-60%: each gender from 4 to 6. 3 women and 7 men: women 1 short,
    // men 1 too many: the band is gender-neutral.
    let p = band("40%", "60%");
    assert_eq!(min_max(&p, 10), vec![(4, 6), (4, 6)]);
    let check = policy::check_list(&p, &list(3, 7, 0), date("2026-01-01"));
    assert_eq!(
        sorted_codes(&check),
        vec![
            ("quota-excess", Severity::Error),
            ("quota-shortfall", Severity::Error)
        ]
    );
}

#[test]
fn ugt_spain_neither_sex_under_20_percent_of_4_seats() {
    // UGT Spain: neither sex under 20% (band 20%-80%). 4 seats: min ceil(0.8) = 1,
    // max 4 - ceil(4 * 20%) = 3. An all-male 4-seat body breaks it for women.
    let p = band("20%", "80%");
    assert_eq!(min_max(&p, 4), vec![(1, 3), (1, 3)]);
    let check = policy::check_list(&p, &list(0, 4, 0), date("2026-01-01"));
    assert_eq!(
        sorted_codes(&check),
        vec![
            ("quota-excess", Severity::Error),
            ("quota-shortfall", Severity::Error)
        ]
    );
}

// ---- proportional floors ------------------------------------------------------

#[test]
fn betrvg_15_dhondt_minority_sex_7_seat_works_council() {
    // BetrVG §15(2), Wahlordnung §5: workforce of 120 women and 280 men, 7 seats, by
    // d'Hondt. Quotients: men 280, 140, 93.3, 70, 56; women 120, 60, 40. The 7
    // largest: 280 M, 140 M, 120 W, 93.3 M, 70 M, 60 W, 56 M -> 2 women (rounding
    // 30% up would give 3).
    let p = one_rule(
        "binding",
        r#"{ shape = "proportional", group = "women", reference = { population = "given", label = "workforce", group_count = 120, total = 400 }, rounding = "dhondt" }"#,
    );
    assert_eq!(min_of(&p, 7), 2);
}

#[test]
fn betrvg_15_applies_from_3_seats() {
    // BetrVG §15(2) binds works councils of at least 3 members; a one-member council
    // (BetrVG §9: 5 to 20 employees) has no floor.
    let p = one_rule(
        "binding",
        r#"{ shape = "from-size", from_seats = 3, then = { shape = "proportional", group = "women", reference = { population = "given", label = "workforce", group_count = 50, total = 100 }, rounding = "dhondt" } }"#,
    );
    let t = policy::explain(&p, 1..=3, None);
    let rows: Vec<_> = t
        .rules
        .iter()
        .flat_map(|r| r.rows.iter())
        .map(|r| r.requirement.clone())
        .collect();
    assert!(matches!(
        rows.first(),
        Some(Requirement::NotApplicable { from_seats: 3 })
    ));
    // 3 seats, a workforce of 50 women and 50 men: quotients 50, 50, 25, 25, ...: the
    // first two seats go one to each, the third is a tie between 25 and 25, decided by
    // lot (WO §5(2)); the floor counts 1 woman and says so.
    match rows.get(2) {
        Some(Requirement::Bounds { groups }) => {
            assert_eq!(
                groups.first().map(|g| (g.min, g.lot_for_last_seat)),
                Some((1, true))
            );
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn ver_di_women_in_proportion_to_unit_membership() {
    // ver.di: women at least in proportion to their share of the membership. A unit
    // with 52% women members and a 9-seat board: 9 * 13/25 = 4.68, up = 5.
    let shape = policy::Shape::Proportional {
        group: policy::GroupId::new("women").unwrap_or_else(|e| panic!("{e}")),
        reference: policy::Reference::UnitMembership,
        rounding: Rounding::Up,
        adjust: None,
    };
    let share: Share = "52%".parse().unwrap_or(Share::ZERO);
    match policy::requirement(&shape, 9, Some(share)) {
        Requirement::Bounds { groups } => assert_eq!(groups.first().map(|g| g.min), Some(5)),
        other => panic!("{other:?}"),
    }
    // Without the statistics the rule cannot be judged, and says so.
    assert_eq!(
        policy::requirement(&shape, 9, None),
        Requirement::NeedsReference
    );
}

#[test]
fn unison_proportional_to_the_electorate_of_the_seat() {
    // UNISON: in proportion to the electorate of the seat. An electorate of 1,000 with
    // 700 women and 6 seats: 6 * 7/10 = 4.2, rounded down = 4, up = 5.
    let down = one_rule(
        "binding",
        r#"{ shape = "proportional", group = "women", reference = { population = "given", label = "electorate", group_count = 700, total = 1000 }, rounding = "down" }"#,
    );
    assert_eq!(min_of(&down, 6), 4);
}

// ---- count floors and size-dependent floors -----------------------------------

#[test]
fn count_floor_one_woman_among_a_regions_seats() {
    // "At least one woman among a region's seats": 1 woman, whatever the size; a
    // 1-seat region must elect a woman.
    let p = one_rule(
        "binding",
        r#"{ shape = "count-floor", group = "women", count = 1 }"#,
    );
    assert_eq!((min_of(&p, 1), min_of(&p, 5)), (1, 1));
    assert!(policy::check_list(&p, &list(0, 1, 0), date("2026-01-01")).has_errors());
}

#[test]
fn three_reserved_seats_for_black_workers_at_least_one_a_woman() {
    // Three seats reserved for Black workers, at least one a woman: a count floor of 1
    // on the group "black women" (all of: gender female, attribute black = yes) in a
    // 3-seat scope. Two Black men and one Black woman comply; three Black men do not.
    let text = format!(
        r#"{GROUPS}
[[groups]]
id = "black-women"
one = "black woman"
many = "black women"
select = {{ all = [{{ gender = "woman" }}, {{ attribute = {{ name = "black", value = "yes" }} }}] }}

[[rules]]
id = "black-seats-woman"
effective_from = "2000-01-01"
hardness = "binding"
base = "all-seats"
consequence = "report-only"
scope = {{ targets = ["candidate-lists"], posts = ["black-members-seat"] }}
require = {{ shape = "count-floor", group = "black-women", count = 1 }}
"#
    );
    let p = Policy::from_toml_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let ok = CandidateList::from_csv("id,gender,black\na,man,yes\nb,woman,yes\nc,man,yes\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let bad = CandidateList::from_csv("id,gender,black\na,man,yes\nb,man,yes\nc,man,yes\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!policy::check_list(&p, &ok, date("2026-01-01")).has_errors());
    assert!(policy::check_list(&p, &bad, date("2026-01-01")).has_errors());
}

#[test]
fn a_delegation_of_two_includes_one_woman() {
    // "A delegation of two includes one woman": from 2 seats, 1 woman.
    let p = one_rule(
        "binding",
        r#"{ shape = "from-size", from_seats = 2, then = { shape = "count-floor", group = "women", count = 1 } }"#,
    );
    assert!(!policy::check_list(&p, &list(0, 1, 0), date("2026-01-01")).has_errors());
    assert!(policy::check_list(&p, &list(0, 2, 0), date("2026-01-01")).has_errors());
    assert!(!policy::check_list(&p, &list(1, 1, 0), date("2026-01-01")).has_errors());
}

#[test]
fn a_delegation_of_3_or_more_includes_a_woman() {
    // From 3 seats: 1 woman. A delegation of 2 men is fine, of 3 men not.
    let p = one_rule(
        "binding",
        r#"{ shape = "from-size", from_seats = 3, then = { shape = "count-floor", group = "women", count = 1 } }"#,
    );
    let check = policy::check_list(&p, &list(0, 2, 0), date("2026-01-01"));
    assert_eq!(
        check.rules.first().map(|r| r.1),
        Some(Verdict::NotApplicable)
    );
    assert!(policy::check_list(&p, &list(0, 3, 0), date("2026-01-01")).has_errors());
}

// ---- lists --------------------------------------------------------------------

#[test]
fn uu_7_2017_art_246_zipper_in_fixed_blocks() {
    // In every 3 candidates at least 1 woman. W M M W M M M M: places 1-3 and 4-6
    // have a woman; 7-8 is an incomplete block and not checked. M M M W: places 1-3
    // fail.
    let text = std::fs::read_to_string(example_data("spn-policy.toml")).unwrap_or_default();
    let p = Policy::from_toml_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let ok = CandidateList::from_csv(
        "id,gender\n1,woman\n2,man\n3,man\n4,woman\n5,man\n6,man\n7,man\n8,man\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let check = policy::check_list(&p, &ok, date("2026-01-01"));
    assert!(
        check
            .findings
            .iter()
            .all(|f| f.code != "list-order-shortfall")
    );
    let bad = CandidateList::from_csv("id,gender\n1,man\n2,man\n3,man\n4,woman\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let check = policy::check_list(&p, &bad, date("2026-01-01"));
    let msgs: Vec<_> = check
        .findings
        .iter()
        .filter(|f| f.code == "list-order-shortfall")
        .map(|f| f.message.clone())
        .collect();
    assert_eq!(
        msgs,
        vec![
            "places 1-3 of the list hold 0 women; rule zipper needs at least 1 in every 3 places"
                .to_owned()
        ]
    );
}

// ---- contradictions -----------------------------------------------------------

#[test]
fn contradiction_60_percent_women_floor_and_50_percent_men_floor() {
    // 10 seats: women ceil(6) = 6, men ceil(5) = 5: 11 seats needed, 10 exist. 2 seats:
    // 2 + 1 = 3 > 2. Each rule alone is feasible.
    let text = format!(
        r#"{GROUPS}
[[rules]]
id = "women-60"
effective_from = "2000-01-01"
hardness = "binding"
base = "all-seats"
consequence = "report-only"
require = {{ shape = "share-floor", group = "women", share = "60%", rounding = "up" }}

[[rules]]
id = "men-50"
effective_from = "2000-01-01"
hardness = "binding"
base = "all-seats"
consequence = "report-only"
require = {{ shape = "share-floor", group = "men", share = "50%", rounding = "up" }}
"#
    );
    let p = Policy::from_toml_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let t = policy::explain(&p, 10..=10, None);
    assert!(t.rules.iter().all(|r| r.infeasible_sizes().is_empty()));
    assert_eq!(t.contradictions.len(), 1);
    let c = t.contradictions.first().map(|c| c.conflict.clone());
    assert!(matches!(
        c,
        Some(Conflict::DisjointGroupsExceedSeats {
            total: 11,
            seats: 10,
            ..
        })
    ));
    let text = policy::messages::render_explanation(&p, &t);
    assert!(text.contains("10 seats: rule men-50 (5 men) and rule women-60 (6 women) need 11 seats together, more than the 10 seats"), "{text}");
}

// ---- the SPN example policy ---------------------------------------------------

#[test]
fn spn_proposal_7_seat_executive_needs_3_women() {
    // SPN's 30% floor, rounding up: 7 * 3/10 = 2.1 -> 3. The 40% target: 2.8 -> 3.
    let text = std::fs::read_to_string(example_data("spn-policy.toml")).unwrap_or_default();
    let p = Policy::from_toml_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let t = policy::explain(&p, 1..=15, None);
    let women30 = t.rules.iter().find(|r| r.rule.as_str() == "women-30");
    let row7 = women30.and_then(|r| r.rows.iter().find(|row| row.seats == 7));
    assert!(
        matches!(row7.map(|r| &r.requirement), Some(Requirement::Bounds { groups }) if groups.first().map(|g| g.min) == Some(3))
    );
    insta::assert_snapshot!(
        "spn_policy_explain",
        policy::messages::render_explanation(&p, &t)
    );
}

// ---- reading errors -----------------------------------------------------------

#[test]
fn a_rule_without_rounding_is_refused_with_its_location() {
    let text = format!(
        "{GROUPS}\n[[rules]]\nid = \"r\"\neffective_from = \"2000-01-01\"\nhardness = \"binding\"\nbase = \"all-seats\"\nconsequence = \"report-only\"\nrequire = {{ shape = \"share-floor\", group = \"women\", share = \"30%\" }}\n"
    );
    let e = Policy::from_toml_str(&text).err().map(|e| e.to_string());
    insta::assert_snapshot!("error_missing_rounding", e.unwrap_or_default());
}

#[test]
fn a_share_written_as_a_float_is_refused() {
    let text = format!(
        "{GROUPS}\n[[rules]]\nid = \"r\"\neffective_from = \"2000-01-01\"\nhardness = \"binding\"\nbase = \"all-seats\"\nconsequence = \"report-only\"\nrequire = {{ shape = \"share-floor\", group = \"women\", share = 0.3, rounding = \"up\" }}\n"
    );
    let e = Policy::from_toml_str(&text).err().map(|e| e.to_string());
    insta::assert_snapshot!("error_float_share", e.unwrap_or_default());
}

#[test]
fn an_undefined_group_is_refused_with_its_json_path() {
    let text = r#"{"groups": [], "rules": [{"id": "r", "effective_from": "2000-01-01", "hardness": "binding",
        "base": "all-seats", "consequence": "report-only",
        "require": {"shape": "count-floor", "group": "women", "count": 1}}]}"#;
    let e = Policy::from_json_str(text).err().map(|e| e.to_string());
    assert_eq!(
        e.as_deref(),
        Some(
            "$.rules[0].require.group: rule r names group women, which the policy does not define in [[groups]]"
        )
    );
    let e = Policy::from_json_str("{\"groups\": [}")
        .err()
        .map(|e| e.to_string());
    assert_eq!(e.as_deref(), Some("line 1, column 13: expected value"));
}

#[test]
fn the_policy_schema_accepts_the_spn_example() {
    let text = std::fs::read_to_string(example_data("spn-policy.toml")).unwrap_or_default();
    let p = Policy::from_toml_str(&text).unwrap_or_else(|e| panic!("{e}"));
    let json = serde_json::to_value(&p).unwrap_or_default();
    let schema = serde_json::to_value(Policy::json_schema()).unwrap_or_default();
    let validator = jsonschema::validator_for(&schema).unwrap_or_else(|e| panic!("{e}"));
    let errors: Vec<String> = validator
        .iter_errors(&json)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // and the JSON reads back to the same policy
    let back = Policy::from_json_str(&json.to_string()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(back, p);
}
