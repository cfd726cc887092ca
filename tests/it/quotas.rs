//! The quota shapes unions write (issue 11, item 5): a proportional floor whose share
//! is offset by percentage points, multiplied by a factor, or switched to another
//! share below a threshold. Expected seats worked by hand from the shares.

use union_rulebook::i18n::Lang;
use union_rulebook::policy::clause::clauses;
use union_rulebook::policy::{
    self, Adjust, Factor, Policy, Requirement, Rounding, Shape, Share, explain, requirement,
};

fn share(s: &str) -> Share {
    s.parse().unwrap()
}

fn min_seats(shape: &Shape, seats: u32, unit_share: Option<Share>) -> u32 {
    match requirement(shape, seats, unit_share) {
        Requirement::Bounds { groups } => groups[0].min,
        other => panic!("{other:?}"),
    }
}

/// A policy (TOML) of the women group and one binding rule `id` in force from
/// 2024-01-01, reported only, with `require` (and what follows it) as `rest`.
fn women_rule(id: &str, rest: &str) -> String {
    format!(
        r#"
[[groups]]
id = "women"
one = "woman"
many = "women"
select = {{ gender = "woman" }}

[[rules]]
id = "{id}"
effective_from = "2024-01-01"
hardness = "binding"
base = "all-seats"
consequence = "report-only"
{rest}"#
    )
}

fn proportional(adjust: &str, rounding: Rounding) -> Shape {
    Shape::Proportional {
        group: policy::GroupId::new("women").unwrap(),
        reference: policy::Reference::UnitMembership,
        rounding,
        adjust: Some(toml::from_str::<Adjust>(adjust).unwrap()),
    }
}

#[test]
fn dgb_satzung_share_of_membership_plus_5_points() {
    // DGB Satzung §2(3)(c) (2018): women's share of elected posts "mindestens dem
    // Anteil aller weiblichen Gewerkschaftsmitglieder" (at least their share of the
    // membership); issue 11's shape adds 5 points. Women 33% of members, 11 seats:
    // (33% + 5 points) × 11 = 38/100 × 11 = 4.18: rounded up 5, rounded down 4.
    let up = proportional(r#"plus_points = "5%""#, Rounding::Up);
    assert_eq!(min_seats(&up, 11, Some(share("33%"))), 5);
    let down = proportional(r#"plus_points = "5%""#, Rounding::Down);
    assert_eq!(min_seats(&down, 11, Some(share("33%"))), 4);
    // Minus 5 points: 28% × 11 = 3.08, up 4. Below zero stays zero.
    let minus = proportional(r#"minus_points = "5%""#, Rounding::Up);
    assert_eq!(min_seats(&minus, 11, Some(share("33%"))), 4);
    assert_eq!(min_seats(&minus, 11, Some(share("3%"))), 0);
}

#[test]
fn at_least_1_2_times_the_share_of_membership_exact_and_capped_at_all_seats() {
    // "At least 1.2 times their share of the membership": women 1/3 of members, 10
    // seats: 6/5 × 1/3 = 2/5, × 10 = exactly 4 (no rounding up to 5 from a float
    // 4.000000001). 90% of members: 108% is kept at 100%, every seat.
    let shape = proportional(r#"times = "1.2""#, Rounding::Up);
    assert_eq!(min_seats(&shape, 10, Some(share("1/3"))), 4);
    assert_eq!(min_seats(&shape, 10, Some(share("90%"))), 10);
    let f: Factor = "6/5".parse().unwrap();
    assert_eq!(f.to_string(), "1.2");
    assert!("0".parse::<Factor>().is_err());
    assert!("101".parse::<Factor>().is_err());
    assert!("1.0000000001".parse::<Factor>().is_err());
}

#[test]
fn proportional_but_at_least_30_percent_where_women_are_under_30_percent_of_members() {
    // The switch of form: "in proportion to their share of the membership, but at
    // least 30% where women are under 30% of members". 12% women, 7 seats: 30% × 7 =
    // 2.1, up 3 (proportional alone would give 0.84, up 1). 45% women: 3.15, up 4.
    let shape = proportional(r#"switch = { below = "30%", then = "30%" }"#, Rounding::Up);
    assert_eq!(min_seats(&shape, 7, Some(share("12%"))), 3);
    assert_eq!(min_seats(&shape, 7, Some(share("45%"))), 4);
    // Exactly 30% is not below: 30% stays.
    assert_eq!(min_seats(&shape, 10, Some(share("30%"))), 3);
}

/// A women-only policy whose share of the membership is offset by 5 points.
fn policy_text() -> String {
    women_rule(
        "women-plus-5",
        r#"require = { shape = "proportional", group = "women", rounding = "up", reference = { population = "given", label = "membership", group_count = 330, total = 1000 }, adjust = { plus_points = "5%" } }
"#,
    )
}

#[test]
fn policy_explain_and_the_clause_say_the_offset_in_both_languages() {
    let policy = Policy::from_toml_str(&policy_text()).unwrap();
    let e = explain(&policy, 11..=11, None);
    // 330/1000 + 5 points = 38%; 11 seats: 4.18, up 5.
    let row = &e.rules[0].rows[0];
    match &row.requirement {
        Requirement::Bounds { groups } => assert_eq!(groups[0].min, 5),
        other => panic!("{other:?}"),
    }
    let text = policy::messages::render_explanation(&policy, &e);
    assert!(text.contains("plus 5 percentage points"), "{text}");
    let en = clauses(&policy, Lang::En);
    assert!(
        en[0].article.contains("increased by 5 percentage points"),
        "{}",
        en[0].article
    );
    let id = clauses(&policy, Lang::Id);
    assert!(
        id[0].article.contains("ditambah 5 poin persentase"),
        "{}",
        id[0].article
    );
}

#[test]
fn a_factor_that_does_not_read_is_refused_with_its_place() {
    let bad = policy_text().replace(r#"plus_points = "5%""#, r#"times = "1,2""#);
    let err = Policy::from_toml_str(&bad).unwrap_err().to_string();
    assert!(err.contains("factor `1,2` does not read"), "{err}");
}

/// A "+10%" offset read as points, with the factor reading as an alternative.
fn ambiguous_text() -> String {
    women_rule(
        "women-plus-10",
        r#"require = { shape = "proportional", group = "women", rounding = "up", reference = { population = "given", label = "membership", group_count = 40, total = 100 }, adjust = { plus_points = "10%" } }
ambiguity = { text = "their share of the membership +10%", reading = "points", alternatives = [
  { label = "factor", require = { shape = "proportional", group = "women", rounding = "up", reference = { population = "given", label = "membership", group_count = 40, total = 100 }, adjust = { times = "1.1" } } },
] }
"#,
    )
}

/// The HTML page shows the readings side by side too, and marks the sizes where they
/// disagree: "+10%" on a 40% share needs 4 of 8 seats either way (4 and 3.52 up to 4),
/// 5 of 9 as points against 4 as a factor (4.5 and 3.96, both up), and 5 of 10 either
/// way (5 and 4.4 up to 5).
#[cfg(feature = "html")]
#[test]
fn plus_10_percent_readings_side_by_side_in_the_html_explanation() {
    let policy = Policy::from_toml_str(&ambiguous_text()).unwrap();
    let e = explain(&policy, 8..=10, None);
    let en = union_rulebook::html::render_explanation(&e, Lang::En);
    assert!(en.contains("points (applied)"), "{en}");
    assert!(en.contains("their share of the membership +10%"), "{en}");
    assert_eq!(en.matches("⚠ readings differ").count(), 1, "{en}");
    let id = union_rulebook::html::render_explanation(&e, Lang::Id);
    assert!(id.contains("points (yang diterapkan)"), "{id}");
    assert_eq!(id.matches("⚠ tafsiran berbeda").count(), 1, "{id}");
    // Without an ambiguity the page has no readings section.
    let plain = &plain_text();
    let e = explain(&Policy::from_toml_str(plain).unwrap(), 8..=10, None);
    let page = union_rulebook::html::render_explanation(&e, Lang::En);
    assert!(!page.contains("(applied)"), "{page}");
}

#[cfg(feature = "html")]
/// A plain 30% floor, with no ambiguity.
fn plain_text() -> String {
    women_rule(
        "women-30",
        r#"require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
"#,
    )
}

#[test]
fn plus_10_percent_read_as_points_and_as_a_factor_side_by_side() {
    // "+10%" on a 40% share: 50% as points, 44% as a factor of 1.1. 9 seats: 4.5, up
    // 5 (points) against 3.96, up 4 (factor).
    let policy = Policy::from_toml_str(&ambiguous_text()).unwrap();
    let e = explain(&policy, 9..=9, None);
    let min = |rows: &[policy::SizeRow]| match &rows[0].requirement {
        Requirement::Bounds { groups } => groups[0].min,
        other => panic!("{other:?}"),
    };
    assert_eq!(min(&e.rules[0].rows), 5);
    let a = e.rules[0].ambiguous.as_ref().unwrap();
    assert_eq!(
        (a.reading.as_str(), a.alternatives[0].label.as_str()),
        ("points", "factor")
    );
    assert_eq!(min(&a.alternatives[0].rows), 4);
    let text = policy::messages::render_explanation(&policy, &e);
    assert!(
        text.contains("ambiguous: the text \"their share of the membership +10%\""),
        "{text}"
    );
    assert!(text.contains("read as factor:"), "{text}");
    // An alternative naming an unknown group is refused at its path.
    let bad = ambiguous_text().replace(
        r#"{ label = "factor", require = { shape = "proportional", group = "women""#,
        r#"{ label = "factor", require = { shape = "proportional", group = "youth""#,
    );
    let err = Policy::from_toml_str(&bad).unwrap_err().to_string();
    assert!(err.contains("ambiguity.alternatives[0].require"), "{err}");
}

#[test]
fn audit_judges_each_reading_and_reports_when_they_disagree() {
    // A 9-seat board with 4 women: "+10%" on a 40% share needs 5 as points (breaks)
    // and 4 as a factor (complies).
    let people: Vec<serde_json::Value> = (1..=9)
        .map(|i| {
            serde_json::json!({"id": format!("p{i}"),
                "gender": if i <= 4 { "woman" } else { "man" }})
        })
        .collect();
    let terms: Vec<serde_json::Value> = (1..=9)
        .map(|i| serde_json::json!({"person": format!("p{i}"), "post": "u/board", "start": "2024-06-01"}))
        .collect();
    let doc: union_rulebook::model::Organization = serde_json::from_value(serde_json::json!({
        "name": "U", "levels": [{"id": "n", "name": "National"}],
        "units": [{"id": "u", "name": "U", "level": "n"}],
        "bodies": [{"id": "u/board", "unit": "u", "kind": "executive", "name": "Board",
                    "posts": [{"id": "u/board", "role": "member", "seats": 9}]}],
        "people": people, "terms": terms
    }))
    .unwrap();
    let policy = Policy::from_toml_str(&ambiguous_text()).unwrap();
    let report = policy::audit(
        &doc,
        &policy,
        chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
    );
    let rule = &report.bodies[0].rules[0];
    assert_eq!(rule.verdict, policy::Verdict::Breaks);
    assert_eq!(rule.readings.len(), 1);
    assert_eq!(rule.readings[0].verdict, policy::Verdict::Complies);
    assert_eq!(rule.readings[0].groups[0].min, Some(4));
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "ambiguous-rule")
        .unwrap();
    assert!(
        f.message.contains(
            "read as points, breaks the rule (the reading applied); read as factor, complies"
        ),
        "{}",
        f.message
    );
}
