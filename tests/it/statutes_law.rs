//! Statutory presets and the statute outline (issue 11, items 3 and 9): the ceilings
//! and checks that follow from the law a level or the organization names, and the AD
//! outline checked against UU 21/2000 art. 11(2). Expected dates and counts are worked
//! by hand from the sections' texts.

use chrono::NaiveDate;
use serde_json::{Value, json};
use union_rulebook::Finding;
use union_rulebook::Severity;
use union_rulebook::i18n::{self, Lang};
use union_rulebook::model::Organization;
use union_rulebook::validate::{codes, validate};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn read(v: Value) -> Organization {
    serde_json::from_value(v).unwrap()
}

fn with<'a>(findings: &'a [Finding], code: &str) -> Vec<&'a Finding> {
    findings.iter().filter(|f| f.code == code).collect()
}

/// One unit at one level under `law` (organization-wide) with `level_law`, an
/// executive with a president, a secretary and a member post, and `terms`.
fn one_body(law: &str, level_law: Value, body_extra: Value, terms: Value) -> Value {
    let mut body = json!({"id": "u/exec", "unit": "u", "kind": "executive", "name": "Executive",
        "posts": [{"id": "u/president", "role": "chair"},
                  {"id": "u/secretary", "role": "secretary-general"},
                  {"id": "u/member", "role": "member", "seats": 3}]});
    if let (Some(b), Some(extra)) = (body.as_object_mut(), body_extra.as_object()) {
        for (k, v) in extra {
            b.insert(k.clone(), v.clone());
        }
    }
    json!({
        "name": "Union",
        "law": law,
        "levels": [{"id": "lv", "name": "Level", "law": level_law}],
        "units": [{"id": "u", "name": "Unit", "level": "lv"}],
        "bodies": [body],
        "people": [{"id": "p-1"}, {"id": "p-2"}, {"id": "p-3"}],
        "terms": terms
    })
}

// ---------------------------------------------------------------------------------
// LMRDA §401 (29 U.S.C. 481)

#[test]
fn lmrda_401b_a_local_officer_past_three_years() {
    // §401(b): "every local labor organization shall elect its officers not less often
    // than once every three years". 2020-01-01 + 36 months = 2023-01-01: the last day
    // is 2022-12-31.
    let doc = read(one_body(
        "lmrda",
        json!({"kind": "local"}),
        json!({}),
        json!([{"person": "p-1", "post": "u/president", "start": "2020-01-01", "end": "2023-06-30"},
               {"person": "p-2", "post": "u/secretary", "start": "2020-01-01", "end": "2022-12-31"}]),
    ));
    let f = validate(&doc, day(2024, 1, 1));
    let long = with(&f, codes::TERM_TOO_LONG);
    assert_eq!(long.len(), 1, "{f:#?}");
    assert_eq!(long[0].path.to_string(), "$.terms[0].end");
    assert_eq!(long[0].severity, Severity::Error);
    assert!(
        long[0]
            .message
            .contains("at most 36 months (until 2022-12-31)"),
        "{}",
        long[0].message
    );
    assert!(
        long[0]
            .message
            .ends_with("(by LMRDA §401(b) (29 U.S.C. 481(b)))"),
        "{}",
        long[0].message
    );
}

#[test]
fn lmrda_401a_a_national_union_allows_exactly_five_years() {
    // §401(a): national or international unions, every five years: 2019-01-01 to
    // 2023-12-31 is 60 months; one more day is not.
    let terms = json!([{"person": "p-1", "post": "u/president", "start": "2019-01-01", "end": "2023-12-31"},
                       {"person": "p-2", "post": "u/member", "start": "2019-01-01", "end": "2024-01-01"}]);
    let doc = read(one_body(
        "lmrda",
        json!({"kind": "national"}),
        json!({}),
        terms,
    ));
    let f = validate(&doc, day(2025, 1, 1));
    let long = with(&f, codes::TERM_TOO_LONG);
    assert_eq!(long.len(), 1, "{f:#?}");
    assert_eq!(long[0].path.to_string(), "$.terms[1].end");
    assert!(long[0].message.contains("§401(a)"));
}

#[test]
fn lmrda_401a_a_federation_of_national_unions_is_not_covered() {
    // §401(a): "except a federation of national or international labor
    // organizations" (29 CFR 451.3(a)(4), 452.11): no ceiling follows.
    let doc = read(one_body(
        "lmrda",
        json!({"kind": "federation"}),
        json!({}),
        json!([{"person": "p-1", "post": "u/president", "start": "2000-01-01"}]),
    ));
    let f = validate(&doc, day(2024, 1, 1));
    assert!(with(&f, codes::TERM_TOO_LONG).is_empty(), "{f:#?}");
    let info = with(&f, codes::LAW_NOT_COVERED);
    assert_eq!(info.len(), 1);
    assert_eq!(info[0].severity, Severity::Info);
    assert_eq!(info[0].path.to_string(), "$.levels[0].law.kind");
}

#[test]
fn lmrda_401b_a_body_value_overrides_the_preset_and_says_so() {
    // A stricter bylaw (2 years) is applied and reported as an info; a looser one (4
    // years for a local) is applied too, but the finding is a warning.
    let terms = json!([{"person": "p-1", "post": "u/president", "start": "2020-01-01", "end": "2022-06-30"}]);
    let strict = read(one_body(
        "lmrda",
        json!({"kind": "local"}),
        json!({"term_rules": {"max_term_months": 24}}),
        terms.clone(),
    ));
    let f = validate(&strict, day(2024, 1, 1));
    let over = with(&f, codes::LAW_PRESET_OVERRIDDEN);
    assert_eq!(over.len(), 1);
    assert_eq!(over[0].severity, Severity::Info);
    assert_eq!(
        over[0].path.to_string(),
        "$.bodies[0].term_rules.max_term_months"
    );
    assert_eq!(
        over[0].message,
        "body u/exec sets max_term_months 24, which overrides the 36 months of LMRDA §401(b) (29 U.S.C. 481(b))"
    );
    // 30 months > 24: the body's own ceiling, in the existing message (no law cited).
    let long = with(&f, codes::TERM_TOO_LONG);
    assert_eq!(long.len(), 1);
    assert!(!long[0].message.contains("LMRDA"));

    let loose = read(one_body(
        "lmrda",
        json!({"kind": "local"}),
        json!({"term_rules": {"max_term_months": 48}}),
        terms,
    ));
    let f = validate(&loose, day(2024, 1, 1));
    let over = with(&f, codes::LAW_PRESET_OVERRIDDEN);
    assert_eq!(over[0].severity, Severity::Warning);
    assert!(with(&f, codes::TERM_TOO_LONG).is_empty());
}

#[test]
fn lmrda_401b_an_election_rule_without_an_interval_takes_three_years() {
    // Last election 2021-05-01; three years later is 2024-05-01; on 2024-06-01 the
    // election is overdue (29 CFR 452.24: "measured from the date of the last
    // election").
    let mut v = one_body("lmrda", json!({"kind": "local"}), json!({}), json!([]));
    v["election_rules"] = json!([{"id": "officers", "body": "u/exec", "method": "plurality",
        "elections": [{"date": "2021-05-01"}]}]);
    let f = validate(&read(v.clone()), day(2024, 6, 1));
    let overdue = with(&f, codes::ELECTION_OVERDUE);
    assert_eq!(overdue.len(), 1, "{f:#?}");
    assert_eq!(
        overdue[0].path.to_string(),
        "$.election_rules[0].elections[0].date"
    );
    assert!(
        overdue[0].message.contains("2024-05-01"),
        "{}",
        overdue[0].message
    );
    assert!(overdue[0].message.contains("LMRDA §401(b)"));
    assert!(
        with(
            &validate(&read(v.clone()), day(2024, 5, 1)),
            codes::ELECTION_OVERDUE
        )
        .is_empty()
    );

    v["election_rules"][0]["calendar"] = json!({"max_interval_months": 12});
    let f = validate(&read(v), day(2024, 6, 1));
    let over = with(&f, codes::LAW_PRESET_OVERRIDDEN);
    assert_eq!(over.len(), 1);
    assert_eq!(
        over[0].path.to_string(),
        "$.election_rules[0].calendar.max_interval_months"
    );
    assert_eq!(over[0].severity, Severity::Info);
}

#[test]
fn a_kind_the_law_does_not_have_or_none_at_all() {
    let bad = read(one_body(
        "lmrda",
        json!({"kind": "union"}),
        json!({}),
        json!([]),
    ));
    let f = validate(&bad, day(2024, 1, 1));
    let invalid = with(&f, codes::LAW_KIND_INVALID);
    assert_eq!(invalid.len(), 1);
    assert_eq!(invalid[0].path.to_string(), "$.levels[0].law.kind");
    assert_eq!(
        invalid[0].message,
        "level lv is of kind union under LMRDA, which distinguishes these kinds: local, intermediate, national, federation"
    );
    let missing = read(one_body("lmrda", json!({}), json!({}), json!([])));
    let f = validate(&missing, day(2024, 1, 1));
    assert_eq!(with(&f, codes::LAW_KIND_MISSING).len(), 1);
    // An unknown law is refused on reading, with the path.
    let err = Organization::from_json_str(r#"{"name": "x", "law": "wagner-act"}"#).unwrap_err();
    assert_eq!(err.path().to_string(), "$.law");
}

// ---------------------------------------------------------------------------------
// TULRCA 1992 s.46

#[test]
fn tulrca_s46_1b_an_executive_member_five_years_without_re_election() {
    // s.46(1)(b): no person continues to hold a position for more than five years
    // without being re-elected. 2018-01-01 + 60 months - 1 day = 2022-12-31.
    let doc = read(one_body(
        "tulrca",
        Value::Null,
        json!({}),
        json!([{"person": "p-2", "post": "u/member", "start": "2018-01-01"}]),
    ));
    let f = validate(&doc, day(2024, 1, 1));
    let long = with(&f, codes::TERM_TOO_LONG);
    assert_eq!(long.len(), 1, "{f:#?}");
    assert!(long[0].message.contains("until 2022-12-31"));
    assert!(long[0].message.contains("TULRCA 1992 s.46(1)(b)"));
}

fn tulrca_president(how: &str, member_terms: Value) -> Value {
    let mut terms =
        vec![json!({"person": "p-1", "post": "u/president", "start": "2018-01-01", "how": how})];
    terms.extend(member_terms.as_array().unwrap().iter().cloned());
    one_body("tulrca", Value::Null, json!({}), Value::Array(terms))
}

#[test]
fn tulrca_s46_4a_a_president_by_virtue_of_an_elected_executive_seat_is_exempt() {
    // The president, appointed by the executive in 2018 from its elected members,
    // has held the presidency over five years on 2024-01-01; the seat that made them
    // eligible was won in 2016 and again on 2020-03-01, within five years: s.46(4A)
    // (a) appointed under the rules, (b) held an elected executive seat in 2018,
    // (c) re-elected within five years, (d) held it throughout.
    let doc = read(tulrca_president(
        "appointed",
        json!([{"person": "p-1", "post": "u/member", "start": "2016-03-01", "end": "2020-02-29"},
               {"person": "p-1", "post": "u/member", "start": "2020-03-01"}]),
    ));
    let f = validate(&doc, day(2024, 1, 1));
    assert!(with(&f, codes::TERM_TOO_LONG).is_empty(), "{f:#?}");
    let applied = with(&f, codes::LAW_EXEMPTION_APPLIED);
    assert_eq!(applied.len(), 1);
    assert_eq!(applied[0].path.to_string(), "$.terms[0]");
    assert!(applied[0].message.contains("TULRCA 1992 s.46(4A)"));
}

#[test]
fn tulrca_s46_4a_d_a_break_in_the_qualifying_seat_ends_the_exemption() {
    // The seat lapsed from 2020-03-01 to 2020-05-31: (d) fails, so the presidency
    // is past five years without re-election.
    let doc = read(tulrca_president(
        "appointed",
        json!([{"person": "p-1", "post": "u/member", "start": "2016-03-01", "end": "2020-02-29"},
               {"person": "p-1", "post": "u/member", "start": "2020-06-01"}]),
    ));
    let f = validate(&doc, day(2024, 1, 1));
    let not_met = with(&f, codes::LAW_EXEMPTION_NOT_MET);
    assert_eq!(not_met.len(), 1, "{f:#?}");
    assert!(
        not_met[0].message.contains("its paragraph (d), \"they have held such a position by election at all times since becoming president\", is not met"),
        "{}",
        not_met[0].message
    );
    assert_eq!(with(&f, codes::TERM_TOO_LONG).len(), 1);
}

#[test]
fn tulrca_s46_4a_a_a_co_opted_president_is_not_exempt() {
    let doc = read(tulrca_president(
        "co-opted",
        json!([{"person": "p-1", "post": "u/member", "start": "2016-03-01"}]),
    ));
    let f = validate(&doc, day(2024, 1, 1));
    let not_met = with(&f, codes::LAW_EXEMPTION_NOT_MET);
    assert!(not_met[0].message.contains("paragraph (a)"));
    // ...and (c): the seat of 2016 is over five years old on 2024-01-01.
    let doc = read(tulrca_president(
        "appointed",
        json!([{"person": "p-1", "post": "u/member", "start": "2016-03-01"}]),
    ));
    let f = validate(&doc, day(2024, 1, 1));
    let not_met = with(&f, codes::LAW_EXEMPTION_NOT_MET);
    assert!(not_met[0].message.contains("paragraph (c)"), "{f:#?}");
}

// ---------------------------------------------------------------------------------
// Fair Work (Registered Organisations) Act 2009 s.145

#[test]
fn ro_act_s145_four_years_unless_stated_to_synchronise_elections_never_past_five() {
    // A 5-year committee term (2019-07-01 to 2024-06-30) is past 4 years (last day
    // 2023-06-30); the rules' exception "to synchronise elections" allows it.
    let terms =
        json!([{"person": "p-1", "post": "u/member", "start": "2019-07-01", "end": "2024-06-30"}]);
    let plain = read(one_body("ro-act", Value::Null, json!({}), terms.clone()));
    let f = validate(&plain, day(2025, 1, 1));
    let long = with(&f, codes::TERM_TOO_LONG);
    assert_eq!(long.len(), 1, "{f:#?}");
    assert!(long[0].message.contains("until 2023-06-30"));

    let mut v = one_body("ro-act", Value::Null, json!({}), terms);
    v["law_exceptions"] = json!([{"body": "u/exec", "purpose": "synchronise-elections",
        "term_months": 60, "statement": "rule 12A"}]);
    let f = validate(&read(v.clone()), day(2025, 1, 1));
    assert!(with(&f, codes::TERM_TOO_LONG).is_empty(), "{f:#?}");
    assert!(with(&f, codes::LAW_EXCEPTION_INVALID).is_empty());

    // s.145(4): an extension may not take the term past 5 years.
    v["law_exceptions"][0]["term_months"] = json!(61);
    let f = validate(&read(v), day(2025, 1, 1));
    let invalid = with(&f, codes::LAW_EXCEPTION_INVALID);
    assert_eq!(invalid.len(), 1);
    assert_eq!(
        invalid[0].path.to_string(),
        "$.law_exceptions[0].term_months"
    );
}

#[test]
fn an_exception_the_law_does_not_allow() {
    let mut v = one_body("lmrda", json!({"kind": "local"}), json!({}), json!([]));
    v["law_exceptions"] = json!([{"body": "u/exec", "purpose": "synchronise-elections", "term_months": 40},
                                 {"body": "nowhere", "purpose": "synchronise-elections", "term_months": 40}]);
    let f = validate(&read(v), day(2025, 1, 1));
    let invalid = with(&f, codes::LAW_EXCEPTION_INVALID);
    assert_eq!(invalid.len(), 1);
    assert_eq!(invalid[0].path.to_string(), "$.law_exceptions[0].purpose");
    let unknown = with(&f, codes::UNKNOWN_REFERENCE);
    assert_eq!(unknown[0].path.to_string(), "$.law_exceptions[1].body");
}

// ---------------------------------------------------------------------------------
// UU 21/2000

/// A confederation with `federations` federations, the first with `unions` unions,
/// the first union with `members` members.
fn indonesia(federations: usize, unions: usize, members: usize) -> Value {
    let mut units = vec![json!({"id": "konf", "name": "Konfederasi", "level": "konfederasi"})];
    for f in 0..federations {
        units.push(json!({"id": format!("fed-{f}"), "name": "Federasi", "level": "federasi", "parent": "konf"}));
    }
    for s in 0..unions {
        units
            .push(json!({"id": format!("sp-{s}"), "name": "SP", "level": "sp", "parent": "fed-0"}));
    }
    let people: Vec<Value> = (0..members)
        .map(|i| json!({"id": format!("w-{i}")}))
        .collect();
    let memberships: Vec<Value> = (0..members)
        .map(|i| json!({"person": format!("w-{i}"), "unit": "sp-0", "start": "2024-01-01"}))
        .collect();
    json!({
        "name": "Konfederasi",
        "law": "uu-21-2000",
        "levels": [{"id": "konfederasi", "name": "Konfederasi", "law": {"kind": "confederation"}},
                   {"id": "federasi", "name": "Federasi", "law": {"kind": "federation"}},
                   {"id": "sp", "name": "Serikat Pekerja", "law": {"kind": "union"}}],
        "units": units,
        "people": people,
        "memberships": memberships
    })
}

#[test]
fn uu_21_2000_art_5_6_7_formation_thresholds() {
    // art. 5(2): 10 workers; art. 6(2): 5 unions; art. 7(2): 3 federations. Here a
    // union of 7, a federation of 4 unions, a confederation of 2 federations (the
    // second federation has no union: 0 of 5).
    let doc = read(indonesia(2, 4, 7));
    let f = validate(&doc, day(2025, 1, 1));
    let members = with(&f, codes::BELOW_MINIMUM_MEMBERS);
    // sp-0 has 7 members from its records; sp-1..3 have no records and no statistics
    // (not judged).
    assert_eq!(members.len(), 1, "{f:#?}");
    assert!(
        members[0].message.contains("UU 21/2000 art. 5(2)"),
        "{}",
        members[0].message
    );
    let affiliates = with(&f, codes::BELOW_MINIMUM_AFFILIATES);
    let paths: Vec<String> = affiliates.iter().map(|x| x.path.to_string()).collect();
    assert_eq!(paths, ["$.units[0]", "$.units[1]", "$.units[2]"]);
    assert!(affiliates[0].message.contains("art. 7(2)"));
    assert!(affiliates[1].message.contains("art. 6(2)"));
    assert!(
        affiliates[1].message.contains(" 4 "),
        "{}",
        affiliates[1].message
    );

    let ok = read(indonesia(3, 5, 10));
    let f = validate(&ok, day(2025, 1, 1));
    // Only the second and third federations, which have no unions, fall short.
    let affiliates = with(&f, codes::BELOW_MINIMUM_AFFILIATES);
    assert_eq!(affiliates.len(), 2, "{f:#?}");
    assert!(with(&f, codes::BELOW_MINIMUM_MEMBERS).is_empty());
}

#[test]
fn uu_21_2000_art_16_1_a_union_joins_one_federation() {
    let mut v = indonesia(3, 5, 10);
    v["units"][4]["affiliations"] = json!([{"to": "fed-1"}]);
    let f = validate(&read(v), day(2025, 1, 1));
    let too_many = with(&f, codes::TOO_MANY_AFFILIATIONS);
    assert_eq!(too_many.len(), 1, "{f:#?}");
    assert_eq!(too_many[0].path.to_string(), "$.units[4].affiliations");
    assert!(too_many[0].message.contains("UU 21/2000 art. 16(1)"));
}

#[test]
fn uu_21_2000_art_14_1_a_worker_in_two_unions() {
    let mut v = indonesia(3, 5, 10);
    v["memberships"]
        .as_array_mut()
        .unwrap()
        .push(json!({"person": "w-3", "unit": "sp-1", "start": "2024-06-01"}));
    let f = validate(&read(v), day(2025, 1, 1));
    let two = with(&f, codes::MULTIPLE_UNION_MEMBERSHIPS);
    assert_eq!(two.len(), 1, "{f:#?}");
    assert_eq!(two[0].path.to_string(), "$.memberships[10].unit");
    assert_eq!(two[0].severity, Severity::Warning);
    assert!(two[0].message.contains("sp-0, sp-1"));
    let id = i18n::with_lang(Lang::Id, || {
        validate(&read(indonesia(1, 1, 1)), day(2025, 1, 1))
    });
    assert!(
        id.iter()
            .any(|x| x.message.contains("(menurut UU 21/2000 Pasal 7 ayat (2))")),
        "{id:#?}"
    );
}

#[test]
fn uu_21_2000_art_5_2_a_level_value_below_the_law_is_a_warning() {
    let mut v = indonesia(3, 5, 10);
    v["levels"][2]["rules"] = json!({"min_members": 5});
    let f = validate(&read(v), day(2025, 1, 1));
    let over = with(&f, codes::LAW_PRESET_OVERRIDDEN);
    assert_eq!(over.len(), 1);
    assert_eq!(over[0].severity, Severity::Warning);
    assert_eq!(over[0].path.to_string(), "$.levels[2].rules.min_members");
    assert_eq!(
        over[0].message,
        "level sp sets min_members 5, which overrides the 10 of UU 21/2000 art. 5(2)"
    );
}

// ---------------------------------------------------------------------------------
// UU 21/2000 art. 11(2): the AD's contents

fn outline(subjects: &[&[&str]]) -> Value {
    let articles: Vec<Value> = subjects
        .iter()
        .enumerate()
        .map(|(i, s)| json!({"number": (i + 1).to_string(), "subjects": s}))
        .collect();
    json!({"name": "SPN", "statute_outline": {"title": "Anggaran Dasar SPN",
        "chapters": [{"number": "I", "articles": articles}]}})
}

#[test]
fn uu_21_2000_art_11_2_every_item_a_to_g_present() {
    let doc = read(outline(&[
        &["name", "emblem"],
        &["state-foundation", "principle", "aims"],
        &["founding-date", "seat"],
        &["membership"],
        &["management", "elections"],
        &["finance-sources", "finance-accountability"],
        &["amendment"],
    ]));
    assert!(validate(&doc, day(2025, 1, 1)).is_empty());
}

#[test]
fn uu_21_2000_art_11_2_c_and_f_missing_in_both_languages() {
    // No founding date (item c) and sources of funds without accountability (item f).
    let doc = read(outline(&[
        &["name", "emblem"],
        &["state-foundation", "principle", "aims"],
        &["seat"],
        &["membership", "management"],
        &["finance-sources"],
        &["amendment"],
        &["amendment"],
    ]));
    let f = validate(&doc, day(2025, 1, 1));
    let missing = with(&f, codes::STATUTE_MISSING_ITEM);
    assert_eq!(missing.len(), 2, "{f:#?}");
    assert_eq!(missing[0].path.to_string(), "$.statute_outline.chapters");
    let texts: Vec<&str> = missing.iter().map(|x| x.message.as_str()).collect();
    assert!(texts.iter().any(|t| t.contains(
        "item c of UU 21/2000 art. 11(2), \"tanggal pendirian\" (founding date): no article deals with founding-date"
    )), "{texts:#?}");
    assert!(
        texts
            .iter()
            .any(|t| t.contains("item f") && t.contains("finance-accountability"))
    );
    let id = i18n::with_lang(Lang::Id, || validate(&doc, day(2025, 1, 1)));
    let missing = with(&id, codes::STATUTE_MISSING_ITEM);
    assert!(missing.iter().any(|x| x.message.contains(
        "huruf c Pasal 11 ayat (2) UU 21/2000, \"tanggal pendirian\" (bahasa Inggris: founding date)"
    )), "{missing:#?}");
}

#[test]
fn an_article_number_given_twice_and_an_unknown_subject() {
    let mut v = outline(&[&["name"], &["emblem"]]);
    v["statute_outline"]["chapters"][0]["articles"][1]["number"] = json!("1");
    let f = validate(&read(v), day(2025, 1, 1));
    let dup = with(&f, codes::OUTLINE_DUPLICATE_ARTICLE);
    assert_eq!(dup.len(), 1);
    assert_eq!(
        dup[0].path.to_string(),
        "$.statute_outline.chapters[0].articles[1].number"
    );
    let err = Organization::from_json_str(
        r#"{"name": "x", "statute_outline": {"chapters": [{"number": "I", "articles": [{"number": "1", "subjects": ["logo"]}]}]}}"#,
    )
    .unwrap_err();
    assert_eq!(
        err.path().to_string(),
        "$.statute_outline.chapters[0].articles[0].subjects[0]"
    );
}

#[test]
fn a_document_without_a_law_is_judged_as_before() {
    // The same long term with no law named: no ceiling, no finding.
    let mut v = one_body(
        "lmrda",
        json!({"kind": "local"}),
        json!({}),
        json!([{"person": "p-1", "post": "u/president", "start": "2000-01-01"}]),
    );
    v.as_object_mut().unwrap().remove("law");
    v["levels"][0].as_object_mut().unwrap().remove("law");
    let f = validate(&read(v), day(2024, 1, 1));
    assert!(
        f.iter()
            .all(|x| x.code == codes::VACANCY || x.code == codes::HOLDER_NOT_MEMBER),
        "{f:#?}"
    );
}

#[test]
fn uu_21_2000_the_bundled_example_reports_item_c_and_a_union_of_eight() {
    // examples/data/sp-statute.toml: PSP B records 8 members (art. 5(2): 10); the AD
    // outline has no founding date (art. 11(2)(c)); the federation has its 5 unions.
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/sp-statute.toml");
    let doc = Organization::from_toml_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let f = validate(&doc, day(2026, 1, 1));
    let codes_found: Vec<&str> = f.iter().map(|x| &*x.code).collect();
    // Sorted by severity, then path: `$.statute_outline` before `$.units`.
    assert_eq!(
        codes_found,
        [codes::STATUTE_MISSING_ITEM, codes::BELOW_MINIMUM_MEMBERS],
        "{f:#?}"
    );
    assert!(f[0].message.contains("item c"));
    assert_eq!(f[1].path.to_string(), "$.units[2]");
    assert_eq!(
        f[1].message,
        "unit psp-b has 8 members on 2026-01-01 (statistics of 2025-12-31); level psp needs at least 10 (by UU 21/2000 art. 5(2))"
    );
}

#[test]
fn tulrca_s119_a_branch_committee_is_not_the_executive() {
    // s.46(2)(a) is the union's executive, "the principal committee of the union
    // exercising executive functions" (s.119): a branch committee's long term is not a
    // breach of s.46.
    let mut v = one_body(
        "tulrca",
        Value::Null,
        json!({}),
        json!([{"person": "p-2", "post": "u/member", "start": "2010-01-01"}]),
    );
    v["levels"] = json!([{"id": "union", "name": "Union"}, {"id": "lv", "name": "Branch"}]);
    v["units"] = json!([{"id": "top", "name": "Union", "level": "union"},
                        {"id": "u", "name": "Branch", "level": "lv", "parent": "top"}]);
    let f = validate(&read(v), day(2024, 1, 1));
    assert!(with(&f, codes::TERM_TOO_LONG).is_empty(), "{f:#?}");
}

#[test]
fn naming_the_law_keeps_every_finding_of_the_spn_example() {
    // examples/data/spn.json sets its own level rules: under UU 21/2000 they override
    // the presets (reported as infos), and every finding it had without a law is still
    // there, unchanged. DPD and DPC are levels of one federation, of no kind the law
    // names (an info each: art. 8 leaves them to the ART). FSPMI and ASPEK appear in the example without their
    // unions: art. 6(2) (5 unions, counted at the `union` level) finds 1 of 5 for
    // FSPMI (psp-005, affiliated to it besides SPN) and 0 for ASPEK.
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/data/spn.json");
    let text = std::fs::read_to_string(path).unwrap();
    let before = validate(
        &Organization::from_json_str(&text).unwrap(),
        day(2026, 1, 1),
    );
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["law"] = json!("uu-21-2000");
    v["levels"][0]["law"] = json!({"kind": "confederation"});
    v["levels"][1]["law"] = json!({"kind": "federation"});
    v["levels"][4]["law"] = json!({"kind": "union"});
    let after = validate(&read(v), day(2026, 1, 1));
    for f in &before {
        assert!(after.contains(f), "lost {f:#?}");
    }
    let added: Vec<(&str, String, Severity)> = after
        .iter()
        .filter(|f| !before.contains(f))
        .map(|f| (&*f.code, f.path.to_string(), f.severity))
        .collect();
    let expected: Vec<(&str, String, Severity)> = vec![
        (
            codes::BELOW_MINIMUM_AFFILIATES,
            "$.units[1]".into(),
            Severity::Error,
        ),
        (
            codes::BELOW_MINIMUM_AFFILIATES,
            "$.units[2]".into(),
            Severity::Error,
        ),
        (
            codes::LAW_KIND_MISSING,
            "$.levels[2]".into(),
            Severity::Info,
        ),
        (
            codes::LAW_KIND_MISSING,
            "$.levels[3]".into(),
            Severity::Info,
        ),
        (
            codes::LAW_PRESET_OVERRIDDEN,
            "$.levels[0].rules.min_affiliated_units".into(),
            Severity::Info,
        ),
        (
            codes::LAW_PRESET_OVERRIDDEN,
            "$.levels[1].rules.max_affiliations".into(),
            Severity::Info,
        ),
        (
            codes::LAW_PRESET_OVERRIDDEN,
            "$.levels[4].rules.max_affiliations".into(),
            Severity::Info,
        ),
        (
            codes::LAW_PRESET_OVERRIDDEN,
            "$.levels[4].rules.min_members".into(),
            Severity::Info,
        ),
    ];
    let mut sorted = added.clone();
    sorted.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    assert_eq!(sorted, expected, "{added:#?}");
    let fspmi = after
        .iter()
        .find(|f| f.path.to_string() == "$.units[1]")
        .unwrap();
    assert_eq!(
        fspmi.message,
        "unit fspmi has 1 affiliated units at level psp on 2026-01-01; level federation needs at least 5 (by UU 21/2000 art. 6(2))"
    );
}

#[test]
fn lmrda_401b_and_ro_act_s145_set_the_end_of_the_terms_elect_writes() {
    // The "ketua" rule of examples/data/psp-election.json elects p-8 unopposed on
    // 2027-02-27. Without the body's own 36-month ceiling, the term is open; under
    // LMRDA §401(b) (local: 3 years) it ends on 2030-02-26, under RO Act s.145 (4 years)
    // on 2031-02-26, and with the rules' exception to synchronise elections (at most 5 years,
    // s.145(4): 60 months) on 2032-02-26.
    use union_rulebook::election_rules::{ElectRequest, elect};
    let text = std::fs::read_to_string(crate::common::example_data("psp-election.json")).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["bodies"][0]["term_rules"]
        .as_object_mut()
        .unwrap()
        .remove("max_term_months");
    let end = |v: &Value| {
        let r = elect(&read(v.clone()), &ElectRequest::new("ketua")).unwrap();
        assert_eq!(r.terms.len(), 1);
        r.terms[0].end()
    };
    assert_eq!(end(&v), None);
    v["law"] = json!("lmrda");
    v["levels"][0]["law"] = json!({"kind": "local"});
    assert_eq!(end(&v), Some(day(2030, 2, 26)));
    v["law"] = json!("ro-act");
    v["levels"][0]["law"] = Value::Null;
    assert_eq!(end(&v), Some(day(2031, 2, 26)));
    v["law_exceptions"] = json!([{"body": "psp-garmen/executive",
        "purpose": "synchronise-elections", "term_months": 60}]);
    assert_eq!(end(&v), Some(day(2032, 2, 26)));
}

mod props {
    use super::*;
    use proptest::prelude::*;
    use union_rulebook::model::Law;
    use union_rulebook::testing::{FederationSize, federation};

    const LAWS: [Law; 4] = [Law::Lmrda, Law::Tulrca, Law::RoAct, Law::Uu21Of2000];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16))]

        /// Naming a law adds findings and never removes or changes one: the document's
        /// own values are judged as before, and the presets only fill what it leaves
        /// unset.
        #[test]
        fn naming_a_law_only_adds_findings(seed in any::<u64>(), law in 0usize..4, y in 2015i32..2035) {
            let size = FederationSize { members: 200, units: 30, bodies: 40, terms: 120 };
            let doc = federation(size, seed).unwrap();
            let as_of = day(y, 6, 30);
            let before = validate(&doc, as_of);
            let law = LAWS[law];
            let mut v = serde_json::to_value(&doc).unwrap();
            v["law"] = json!(law.as_str());
            let kinds = law.kinds();
            if let Some(levels) = v["levels"].as_array_mut() {
                for (i, level) in levels.iter_mut().enumerate() {
                    if !kinds.is_empty() {
                        level["law"] = json!({"kind": kinds[i % kinds.len()].as_str()});
                    }
                }
            }
            let after = validate(&read(v), as_of);
            for f in &before {
                prop_assert!(after.contains(f), "lost {:?}", f);
            }
            let allowed = [
                codes::TERM_TOO_LONG, codes::ELECTION_OVERDUE, codes::NO_ELECTION_RECORDED,
                codes::BELOW_MINIMUM_MEMBERS, codes::BELOW_MINIMUM_AFFILIATES,
                codes::TOO_MANY_AFFILIATIONS, codes::LAW_NOT_COVERED,
                codes::LAW_PRESET_OVERRIDDEN, codes::LAW_EXEMPTION_APPLIED,
                codes::LAW_EXEMPTION_NOT_MET, codes::MULTIPLE_UNION_MEMBERSHIPS,
            ];
            for f in after.iter().filter(|f| !before.contains(f)) {
                prop_assert!(allowed.contains(&&*f.code), "unexpected {:?}", f);
            }
        }
    }
}
