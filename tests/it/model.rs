//! The document model, validation, schemas and the `validate`/`schema` commands, over
//! the bundled examples.

// Helpers outside `#[test]` functions unwrap too: a failure there is a test failure.
#![allow(clippy::unwrap_used)]
use crate::common::example_data;
use chrono::NaiveDate;
use proptest::prelude::*;
use std::collections::BTreeMap;
use union_rulebook::diagnostics::render_text;
use union_rulebook::model::Organization;
use union_rulebook::validate::{codes, validate};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn read(name: &str) -> Organization {
    let path = example_data(name);
    let text = std::fs::read_to_string(&path).unwrap();
    if name.ends_with(".toml") {
        Organization::from_toml_str(&text).unwrap()
    } else {
        Organization::from_json_str(&text).unwrap()
    }
}

fn code_counts(doc: &Organization, as_of: NaiveDate) -> BTreeMap<String, usize> {
    let mut m = BTreeMap::new();
    for f in validate(doc, as_of) {
        *m.entry(f.code.into_owned()).or_insert(0) += 1;
    }
    m
}

#[test]
fn committed_examples_match_the_generator() {
    for (name, clean) in [("spn.json", false), ("spn-clean.json", true)] {
        let generated = union_rulebook::testing::spn_example(clean).unwrap();
        let mut text = generated.to_json_string().unwrap();
        text.push('\n');
        let committed = std::fs::read_to_string(example_data(name)).unwrap();
        assert!(
            text == committed,
            "{name} differs from the generator: run `cargo run --example generate_spn`"
        );
    }
}

#[test]
fn spn_example_is_realistic_in_size() {
    let doc = read("spn.json");
    assert!(
        (1_800..=2_400).contains(&doc.people.len()),
        "{}",
        doc.people.len()
    );
    let levels: Vec<&str> = doc.levels.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(levels, ["confederation", "federation", "dpd", "dpc", "psp"]);
    let count = |lvl: &str| doc.units.iter().filter(|u| u.level.as_str() == lvl).count();
    assert_eq!((count("dpd"), count("dpc"), count("psp")), (3, 6, 20));
}

#[test]
fn spn_example_reports_each_deliberate_problem() {
    let counts = code_counts(&read("spn.json"), day(2026, 1, 1));
    // One finding per deliberate problem planted by the generator
    // (src/testing.rs, `spn_example(false)`):
    let expected = [
        (codes::BELOW_MINIMUM_MEMBERS, 1), // psp-008 has 8 members, PSP needs 10
        (codes::CONSECUTIVE_TERMS_EXCEEDED, 1), // DPP chair elected 2014, 2019, 2024; max 2
        (codes::INCOMPATIBLE_POSTS, 1),    // the DPP treasurer co-opted as auditor
        (codes::SEATS_OVERFILLED, 1),      // ... making 4 auditors on 3 seats
        (codes::RESERVED_SEAT_OUTSIDE_GROUP, 1), // a man on a DPP women's seat
        (codes::TERM_TOO_LONG, 1),         // psp-012 executive open since 2021, max 36 months
        (codes::HOLDER_NOT_MEMBER, 1),     // DPC Bekasi secretary in arrears from 2025-07-01
        (codes::TOO_MANY_AFFILIATIONS, 1), // psp-005 under SPN and affiliated to FSPMI
        (codes::POST_CONDITION_BROKEN, 1), // two men as the DPP vice-chairs
    ];
    for (code, n) in expected {
        assert_eq!(counts.get(code).copied(), Some(n), "{code}: {counts:?}");
    }
    let errors: usize = expected.iter().map(|e| e.1).sum();
    let all_errors = validate(&read("spn.json"), day(2026, 1, 1))
        .iter()
        .filter(|f| f.severity == union_rulebook::Severity::Error)
        .count();
    assert_eq!(all_errors, errors, "{counts:?}");
}

#[test]
fn spn_example_messages_are_pinned() {
    let findings = validate(&read("spn.json"), day(2026, 1, 1));
    insta::assert_snapshot!("spn_findings", render_text(&findings));
}

#[test]
fn clean_example_has_no_errors_or_warnings() {
    let findings = validate(&read("spn-clean.json"), day(2026, 1, 1));
    let bad: Vec<_> = findings
        .iter()
        .filter(|f| f.severity != union_rulebook::Severity::Info)
        .collect();
    assert!(bad.is_empty(), "{bad:#?}");
    // The young workers' seat and the small PSP's posts are vacant: infos only.
    assert!(findings.iter().all(|f| f.code == codes::VACANCY));
}

#[test]
fn toml_example_reads_and_validates() {
    let doc = read("psp-contoh.toml");
    assert_eq!(doc.units.len(), 1);
    let counts = code_counts(&doc, day(2026, 1, 1));
    // Hand-written: a women's seat held by a woman, one vacancy on the two
    // vice-chair seats (info), and nothing wrong.
    assert_eq!(counts.get(codes::VACANCY), Some(&1), "{counts:?}");
    assert_eq!(counts.len(), 1, "{counts:?}");
}

fn organization_validator() -> jsonschema::Validator {
    let schema = serde_json::to_value(union_rulebook::schema::schema_of::<Organization>()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

#[test]
fn examples_validate_against_the_schema() {
    let validator = organization_validator();
    for name in ["spn.json", "spn-clean.json", "psp-election.json"] {
        let value: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(example_data(name)).unwrap()).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:?}");
    }
    let toml_doc = serde_json::to_value(read("psp-contoh.toml")).unwrap();
    assert!(validator.is_valid(&toml_doc));
}

#[test]
fn schema_rejects_what_the_reader_rejects() {
    let validator = organization_validator();
    for bad in [
        r#"{"name": "x", "units": [{"id": "a b", "name": "A", "level": "psp"}]}"#,
        r#"{"name": "x", "terms": [{"person": "p", "post": "q", "start": "2024-13-01"}]}"#,
        r#"{"name": "x", "bodies": [{"id": "b", "unit": "u", "kind": "executive", "name": "B", "posts": [{"id": "p", "role": "chair", "seats": 0}]}]}"#,
        r#"{"name": "x", "colour": "red"}"#,
    ] {
        let value: serde_json::Value = serde_json::from_str(bad).unwrap();
        assert!(!validator.is_valid(&value), "schema accepted {bad}");
        assert!(
            Organization::from_json_str(bad).is_err(),
            "reader accepted {bad}"
        );
    }
}

#[test]
fn read_errors_name_line_column_path_and_expectation() {
    let text = "{\n  \"name\": \"x\",\n  \"memberships\": [\n    {\"person\": \"p-1\", \"unit\": \"u\", \"start\": \"2024-02-30\"}\n  ]\n}";
    let e = Organization::from_json_str(text).unwrap_err();
    insta::assert_snapshot!("read_error_bad_date", e.to_string());
    let e = Organization::from_json_str("{\"name\": \"x\", \"units\": [}").unwrap_err();
    insta::assert_snapshot!("read_error_syntax", e.to_string());
    let e = Organization::from_toml_str("name = \"x\"\n[[terms]]\nperson = \"p\"\npost = \"q\"\nstart = \"2024-01-01\"\nend = \"2023-01-01\"\n").unwrap_err();
    insta::assert_snapshot!("read_error_toml_reversed_term", e.to_string());
}

// ---------------------------------------------------------------------------------
// Properties

fn small_federation(seed: u64) -> Organization {
    use union_rulebook::testing::{FederationSize, federation};
    let size = FederationSize {
        members: 200,
        units: 30,
        bodies: 40,
        terms: 120,
    };
    federation(size, seed).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Generated valid documents round-trip through JSON unchanged and validate
    /// against the JSON Schema.
    #[test]
    fn generated_documents_round_trip_and_match_the_schema(seed in any::<u64>()) {
        let doc = small_federation(seed);
        let text = doc.to_json_string().unwrap();
        let back = Organization::from_json_str(&text).unwrap();
        prop_assert_eq!(&back, &doc);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        prop_assert!(organization_validator().is_valid(&value));
    }

    /// Validation of arbitrary documents never panics and returns findings in a
    /// deterministic, sorted order.
    #[test]
    fn validation_never_panics_and_is_deterministic(doc in arbitrary_document(), y in 1990i32..2040) {
        let as_of = day(y, 6, 30);
        let a = validate(&doc, as_of);
        let b = validate(&doc, as_of);
        prop_assert_eq!(&a, &b);
        let mut sorted = a.clone();
        union_rulebook::diagnostics::sort_findings(&mut sorted);
        prop_assert_eq!(a, sorted);
    }

    /// Arbitrary text never panics the readers.
    #[test]
    fn readers_never_panic(text in "\\PC{0,200}") {
        let _ = Organization::from_json_str(&text);
        let _ = Organization::from_toml_str(&text);
    }
}

/// Documents built from small pools of ids, so references collide, miss and loop.
fn arbitrary_document() -> impl Strategy<Value = Organization> {
    let id = |prefix: &'static str| (0u8..6).prop_map(move |n| format!("{prefix}{n}"));
    let date =
        (2000i32..2030, 1u32..13, 1u32..29).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}"));
    let unit = (
        id("u"),
        id("l"),
        proptest::option::of(id("u")),
        proptest::collection::vec((id("u"), proptest::option::of(date.clone())), 0..2),
        proptest::option::of((0u32..50, 0u32..50)),
    );
    let level = (
        id("l"),
        proptest::option::of(0u32..30),
        proptest::option::of(0u32..4),
        proptest::option::of(id("l")),
        proptest::option::of(0u32..3),
    );
    let post = (
        id("q"),
        1u32..4,
        proptest::option::of(prop_oneof!["gender:woman", "age-under:35", "attribute:x=y"]),
        proptest::option::of(id("q")),
    );
    let body = (
        id("b"),
        id("u"),
        proptest::collection::vec(post, 0..4),
        proptest::option::of(1u32..40),
        proptest::option::of(1u32..3),
        proptest::option::of(0u32..24),
        proptest::option::of((id("q"), 1u32..3)),
        proptest::option::of((id("q"), id("q"))),
    );
    let person = (
        id("p"),
        proptest::option::of(prop_oneof!["woman", "man", "undisclosed", "waria"]),
        proptest::option::of(date.clone()),
    );
    let span = (date.clone(), proptest::option::of(0u32..3000));
    let membership = (
        id("p"),
        id("u"),
        span.clone(),
        proptest::option::of(date.clone()),
    );
    let term = (id("p"), id("q"), span);
    (
        proptest::collection::vec(level, 0..4),
        proptest::collection::vec(unit, 0..6),
        proptest::collection::vec(body, 0..4),
        proptest::collection::vec(person, 0..6),
        proptest::collection::vec(membership, 0..8),
        proptest::collection::vec(term, 0..12),
        proptest::collection::vec((id("q"), id("q")), 0..2),
    )
        .prop_filter_map("valid json", |(levels, units, bodies, people, memberships, terms, incs)| {
            use serde_json::json;
            let end = |start: &str, days: Option<u32>| -> Option<String> {
                let s = NaiveDate::parse_from_str(start, "%Y-%m-%d").ok()?;
                days.map(|d| (s + chrono::Days::new(u64::from(d))).to_string())
            };
            let doc = json!({
                "name": "arbitrary",
                "levels": levels.iter().map(|(id, mm, ma, cl, mx)| json!({"id": id, "name": id, "rules": {"min_members": mm, "min_affiliated_units": ma, "counted_level": cl, "max_affiliations": mx}})).collect::<Vec<_>>(),
                "units": units.iter().map(|(id, l, parent, affs, stats)| json!({
                    "id": id, "name": id, "level": l, "parent": parent,
                    "affiliations": affs.iter().map(|(to, start)| json!({"to": to, "start": start})).collect::<Vec<_>>(),
                    "membership_stats": stats.iter().map(|(w, extra)| json!({"date": "2020-01-01", "total": w + extra, "groups": {"gender:woman": w}})).collect::<Vec<_>>(),
                })).collect::<Vec<_>>(),
                "bodies": bodies.iter().map(|(id, u, posts, mt, mc, co, cond, diff)| {
                    let mut conditions = Vec::new();
                    if let Some((q, n)) = cond { conditions.push(json!({"rule": "at-least", "posts": [q], "count": n, "group": "gender:woman"})); }
                    if let Some((a, b)) = diff { conditions.push(json!({"rule": "different-genders", "posts": [a, b]})); }
                    json!({
                    "id": id, "unit": u, "kind": "executive", "name": id,
                    "term_rules": {"max_term_months": mt, "max_consecutive_terms": mc, "cooling_off_months": co},
                    "posts": posts.iter().map(|(q, s, r, sub)| json!({"id": q, "role": "member", "seats": s, "reserved_for": r, "substitute_for": sub})).collect::<Vec<_>>(),
                    "conditions": conditions,
                })}).collect::<Vec<_>>(),
                "people": people.iter().map(|(id, g, b)| json!({"id": id, "gender": g, "birth_date": b})).collect::<Vec<_>>(),
                "memberships": memberships.iter().map(|(p, u, (s, d), a)| json!({"person": p, "unit": u, "start": s, "end": end(s, *d), "arrears_since": a})).collect::<Vec<_>>(),
                "terms": terms.iter().map(|(p, q, (s, d))| json!({"person": p, "post": q, "start": s, "end": end(s, *d)})).collect::<Vec<_>>(),
                "incompatibilities": incs.iter().map(|(a, b)| json!({"posts": [a, b]})).collect::<Vec<_>>(),
            });
            let text = strip_nulls(doc).to_string();
            Organization::from_json_str(&text).ok()
        })
}

fn strip_nulls(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Object(m) => Value::Object(
            m.into_iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| (k, strip_nulls(v)))
                .collect(),
        ),
        Value::Array(a) => Value::Array(a.into_iter().map(strip_nulls).collect()),
        other => other,
    }
}

// ---------------------------------------------------------------------------------
// The CLI

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use std::process::Command;

    fn rulebook(args: &[&str]) -> (i32, String, String) {
        let out = Command::new(env!("CARGO_BIN_EXE_rulebook"))
            .args(args)
            .output()
            .unwrap();
        (
            out.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    #[test]
    fn validate_exits_1_on_errors_and_0_when_clean() {
        let spn = example_data("spn.json");
        let (code, stdout, _) =
            rulebook(&["validate", spn.to_str().unwrap(), "--as-of", "2026-01-01"]);
        assert_eq!(code, 1, "{stdout}");
        assert!(stdout.contains("errors (9):"), "{stdout}");
        let clean = example_data("spn-clean.json");
        let (code, stdout, _) =
            rulebook(&["validate", clean.to_str().unwrap(), "--as-of", "2026-01-01"]);
        assert_eq!(code, 0, "{stdout}");
    }

    #[test]
    fn validate_json_output_is_a_report_matching_its_schema() {
        let spn = example_data("spn.json");
        let (code, stdout, _) = rulebook(&[
            "validate",
            spn.to_str().unwrap(),
            "--as-of",
            "2026-01-01",
            "--format",
            "json",
        ]);
        assert_eq!(code, 1);
        let value: serde_json::Value = serde_json::from_str(&stdout).unwrap();
        assert_eq!(value["as_of"], "2026-01-01");
        assert_eq!(value["summary"]["errors"], 9);
        let schema = serde_json::to_value(union_rulebook::schema::schema_of::<
            union_rulebook::validate::ValidationReport,
        >())
        .unwrap();
        let validator = jsonschema::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap();
        assert!(validator.is_valid(&value));
    }

    #[test]
    fn unreadable_input_exits_2_and_says_where() {
        let dir = std::env::temp_dir().join(format!("rulebook-it-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let bad = dir.join("bad.json");
        std::fs::write(
            &bad,
            "{\"name\": \"x\",\n \"units\": [{\"id\": \"u\", \"name\": \"U\"}]}",
        )
        .unwrap();
        let (code, _, stderr) = rulebook(&["validate", bad.to_str().unwrap()]);
        assert_eq!(code, 2);
        assert!(stderr.contains("bad.json: line 2"), "{stderr}");
        assert!(
            stderr.contains("at $.units[0]: missing field `level`"),
            "{stderr}"
        );
        let (code, _, stderr) = rulebook(&["validate", dir.join("missing.json").to_str().unwrap()]);
        assert_eq!(code, 2, "{stderr}");
        let (code, _, _) = rulebook(&["validate", bad.to_str().unwrap(), "--as-of", "yesterday"]);
        assert_eq!(code, 2);
        let (code, stdout, _) =
            rulebook(&["schema", "--out", dir.join("schemas").to_str().unwrap()]);
        assert_eq!(code, 0, "{stdout}");
        assert!(dir.join("schemas/organization.schema.json").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
