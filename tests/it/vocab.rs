//! Vocabulary checks: a policy's selectors against the words the document uses
//! (`unknown-selector-value`), a binding rule that selects none of the seat holders
//! it covers (`rule-selects-nobody`), and a policy file with no rules (an error).
//!
//! The expected messages are written from the checks' rules (see
//! `policy::check_vocabulary`): the values the document uses, most carried first;
//! the nearest by gender synonym (`female` ~ `woman`, `perempuan` ~ `woman`) or by an
//! edit distance of at most a third of the longer word.

use chrono::NaiveDate;
use union_rulebook::Severity;
use union_rulebook::model::Organization;
use union_rulebook::policy::{Policy, audit, check_vocabulary};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

/// An executive of 7 seats held by 2 women and 3 men; 5 people outside it: 4 women
/// in all (3 working in health), 4 men, 1 with no gender recorded.
fn org() -> Organization {
    Organization::from_json_str(
        r#"{
      "name": "SPN",
      "levels": [{"id": "dpc", "name": "DPC"}],
      "units": [{"id": "dpc-bekasi", "name": "DPC Bekasi", "level": "dpc"}],
      "bodies": [{"id": "dpc-bekasi/exec", "unit": "dpc-bekasi", "kind": "executive",
                  "name": "Executive", "posts": [{"id": "dpc-bekasi/seat", "role": "member", "seats": 7}]}],
      "people": [
        {"id": "p1", "gender": "woman", "attributes": {"sector": "health"}},
        {"id": "p2", "gender": "woman", "attributes": {"sector": "health"}},
        {"id": "p3", "gender": "man", "attributes": {"sector": "education"}},
        {"id": "p4", "gender": "man"},
        {"id": "p5", "gender": "man"},
        {"id": "p6", "gender": "woman", "attributes": {"sector": "health"}},
        {"id": "p7", "gender": "woman"},
        {"id": "p8", "gender": "man"},
        {"id": "p9"}
      ],
      "terms": [
        {"person": "p1", "post": "dpc-bekasi/seat", "start": "2024-01-01"},
        {"person": "p2", "post": "dpc-bekasi/seat", "start": "2024-01-01"},
        {"person": "p3", "post": "dpc-bekasi/seat", "start": "2024-01-01"},
        {"person": "p4", "post": "dpc-bekasi/seat", "start": "2024-01-01"},
        {"person": "p5", "post": "dpc-bekasi/seat", "start": "2024-01-01"}
      ]
    }"#,
    )
    .unwrap()
}

/// A policy with one group selecting `select` and a binding 30% floor for it.
fn policy(select: &str) -> Policy {
    Policy::from_toml_str(&format!(
        r#"
        [[groups]]
        id = "g"
        one = "member of g"
        many = "members of g"
        select = {select}

        [[rules]]
        id = "g-30"
        effective_from = "2020-01-01"
        hardness = "binding"
        base = "all-seats"
        consequence = "report-only"
        require = {{ shape = "share-floor", group = "g", share = "30%", rounding = "up" }}
        "#
    ))
    .unwrap()
}

fn messages(findings: &[union_rulebook::Finding], code: &str) -> Vec<(String, String)> {
    findings
        .iter()
        .filter(|f| f.code == code)
        .map(|f| (f.path.to_string(), f.message.clone()))
        .collect()
}

#[test]
fn female_against_a_document_that_says_woman() {
    // The document has 4 women and 4 men: `woman` and `man` tie on use and are listed
    // alphabetically; `female` is a synonym of `woman`.
    let findings = check_vocabulary(&org(), &policy(r#"{ gender = "female" }"#));
    assert_eq!(
        messages(&findings, "unknown-selector-value"),
        [(
            "$.groups[0].select.gender".to_owned(),
            "group g: no person has gender `female`; the document uses `man`, `woman` \
             (nearest: `woman`)"
                .to_owned()
        )]
    );
    assert_eq!(findings[0].severity, Severity::Warning);
}

#[test]
fn indonesian_and_misspelt_words_find_their_nearest() {
    let near = |select: &str| {
        check_vocabulary(&org(), &policy(select))
            .into_iter()
            .map(|f| f.message)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        near(r#"{ gender = "perempuan" }"#),
        [
            "group g: no person has gender `perempuan`; the document uses `man`, `woman` (nearest: `woman`)"
        ]
    );
    assert_eq!(
        near(r#"{ gender = "laki-laki" }"#),
        [
            "group g: no person has gender `laki-laki`; the document uses `man`, `woman` (nearest: `man`)"
        ]
    );
    // `womn` is 1 edit from `woman` (a third of 5 letters, rounded down, is 1).
    assert_eq!(
        near(r#"{ gender = "womn" }"#),
        [
            "group g: no person has gender `womn`; the document uses `man`, `woman` (nearest: `woman`)"
        ]
    );
    // `nonbinary` is near neither word: no nearest is named.
    assert_eq!(
        near(r#"{ gender = "nonbinary" }"#),
        ["group g: no person has gender `nonbinary`; the document uses `man`, `woman`"]
    );
    // A value the document uses is not reported.
    assert!(near(r#"{ gender = "woman" }"#).is_empty());
}

#[test]
fn custom_attributes_by_value_and_by_name() {
    // `helath` is `health` with two letters swapped: 1 edit (Damerau-Levenshtein).
    // `health` is carried by 3 people, `education` by 1: listed in that order.
    let findings = check_vocabulary(
        &org(),
        &policy(r#"{ attribute = { name = "sector", value = "helath" } }"#),
    );
    assert_eq!(
        messages(&findings, "unknown-selector-value"),
        [(
            "$.groups[0].select.attribute.value".to_owned(),
            "group g: no person has attribute `sector` = `helath`; the document uses \
             `health`, `education` (nearest: `health`)"
                .to_owned()
        )]
    );
    // No person has the attribute at all: the names in use are listed.
    let findings = check_vocabulary(
        &org(),
        &policy(r#"{ attribute = { name = "low-paid", value = "yes" } }"#),
    );
    assert_eq!(
        messages(&findings, "unknown-selector-value"),
        [(
            "$.groups[0].select.attribute.value".to_owned(),
            "group g: no person has attribute `low-paid`; the document uses attributes `sector`"
                .to_owned()
        )]
    );
}

#[test]
fn every_value_inside_a_combination_is_checked_at_its_path() {
    let findings = check_vocabulary(
        &org(),
        &policy(
            r#"{ all = [{ gender = "woman" }, { not = { attribute = { name = "sector", value = "educaton" } } }] }"#,
        ),
    );
    assert_eq!(
        messages(&findings, "unknown-selector-value"),
        [(
            "$.groups[0].select.all[1].not.attribute.value".to_owned(),
            "group g: no person has attribute `sector` = `educaton`; the document uses \
             `health`, `education` (nearest: `education`)"
                .to_owned()
        )]
    );
}

#[test]
fn the_audit_carries_both_warnings() {
    // `female`: nobody of the 5 seat holders of the one body the rule covers is
    // selected, so the binding rule g-30 selects nobody there.
    let report = audit(&org(), &policy(r#"{ gender = "female" }"#), day());
    assert_eq!(
        messages(&report.findings, "rule-selects-nobody"),
        [(
            "$.rules[0]".to_owned(),
            "rule g-30 selects nobody in its scope: 0 members of g among the 5 seat holders \
             of the 1 body it covers"
                .to_owned()
        )]
    );
    assert_eq!(
        messages(&report.findings, "unknown-selector-value").len(),
        1
    );
    assert!(
        report
            .findings
            .iter()
            .filter(|f| f.code == "rule-selects-nobody" || f.code == "unknown-selector-value")
            .all(|f| f.severity == Severity::Warning)
    );
    // The right word: 2 women of 7 seats fall short of ceil(2.1) = 3, an error, but
    // the rule selects someone and the vocabulary is the document's.
    let report = audit(&org(), &policy(r#"{ gender = "woman" }"#), day());
    assert!(messages(&report.findings, "rule-selects-nobody").is_empty());
    assert!(messages(&report.findings, "unknown-selector-value").is_empty());
    assert!(report.has_binding_breaches());
}

#[test]
fn a_rule_selects_nobody_only_when_the_data_can_tell() {
    // `sector = education` is a value the document uses (p3, a seat holder): no finding.
    let report = audit(
        &org(),
        &policy(r#"{ attribute = { name = "sector", value = "education" } }"#),
        day(),
    );
    assert!(messages(&report.findings, "rule-selects-nobody").is_empty());
    // No seat holder has a date of birth recorded: their ages are unknown, so the
    // audit cannot say that nobody is selected.
    let report = audit(&org(), &policy(r#"{ age-below = 18 }"#), day());
    assert!(messages(&report.findings, "rule-selects-nobody").is_empty());
    // A target rule is never reported, even when it selects nobody.
    let target = Policy::from_toml_str(
        r#"
        [[groups]]
        id = "g"
        one = "member of g"
        many = "members of g"
        select = { gender = "female" }
        [[rules]]
        id = "g-40"
        effective_from = "2020-01-01"
        hardness = "target"
        base = "all-seats"
        consequence = "report-only"
        require = { shape = "share-floor", group = "g", share = "40%", rounding = "up" }
        "#,
    )
    .unwrap();
    let report = audit(&org(), &target, day());
    assert!(messages(&report.findings, "rule-selects-nobody").is_empty());
}

#[test]
fn the_bundled_example_has_no_vocabulary_warnings() {
    let text = std::fs::read_to_string(crate::common::example_data("spn.json")).unwrap();
    let org = Organization::from_json_str(&text).unwrap();
    let policy = Policy::from_toml_str(
        &std::fs::read_to_string(crate::common::example_data("spn-policy.toml")).unwrap(),
    )
    .unwrap();
    let report = audit(&org, &policy, day());
    assert!(
        report
            .findings
            .iter()
            .all(|f| f.code != "rule-selects-nobody" && f.code != "unknown-selector-value")
    );
}

#[test]
fn a_policy_with_no_rules_is_an_error() {
    let expected = "$.rules: the policy has no rules: add a [[rules]] or an [[order_rules]] table";
    let toml = Policy::from_toml_str(crate::common::GROUPS);
    assert_eq!(toml.err().map(|e| e.to_string()).as_deref(), Some(expected));
    let json = Policy::from_json_str(r#"{"name": "empty", "groups": []}"#);
    assert_eq!(json.err().map(|e| e.to_string()).as_deref(), Some(expected));
    assert!(Policy::from_toml_str("").is_err());
}

#[cfg(feature = "cli")]
#[test]
fn the_cli_refuses_a_policy_with_no_rules_with_exit_2() {
    let dir = crate::common::scratch_dir("vocab-empty-policy");
    let empty = dir.join("empty.toml");
    std::fs::write(&empty, crate::common::GROUPS).unwrap();
    let empty = empty.to_str().unwrap();
    let spn = crate::common::example_data("spn.json");
    let list = crate::common::example_data("list.csv");
    for args in [
        vec!["audit", spn.to_str().unwrap(), "--policy", empty],
        vec!["policy", "explain", empty, "--seats", "1..5"],
        vec!["policy", "check-list", empty, list.to_str().unwrap()],
    ] {
        let (code, _, err) = crate::common::rulebook(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(
            err.contains("$.rules: the policy has no rules"),
            "{args:?}: {err}"
        );
        assert!(err.contains("empty.toml"), "{args:?}: {err}");
    }
}

#[test]
fn elect_reports_an_unknown_selector_value_of_its_policy() {
    let text = std::fs::read_to_string(crate::common::example_data("psp-election.json")).unwrap();
    let doc = Organization::from_json_str(&text).unwrap();
    let policy_text =
        std::fs::read_to_string(crate::common::example_data("psp-election-policy.toml")).unwrap();
    let policy = Policy::from_toml_str(&policy_text.replace(
        "select = { gender = \"woman\" }",
        "select = { gender = \"female\" }",
    ))
    .unwrap();
    let ballots = union_rulebook::election::blt::read(
        &std::fs::read(crate::common::example_data("psp-election.blt")).unwrap(),
    )
    .unwrap()
    .election;
    let r = union_rulebook::election_rules::elect(
        &doc,
        &union_rulebook::election_rules::ElectRequest::new("pengurus")
            .ballots(ballots)
            .policy(&policy),
    )
    .unwrap();
    let f = r
        .findings
        .iter()
        .find(|f| f.code == "unknown-selector-value")
        .expect("a vocabulary warning");
    assert!(
        f.message
            .starts_with("group women: no person has gender `female`; the document uses "),
        "{}",
        f.message
    );
    assert!(f.message.ends_with("(nearest: `woman`)"), "{}", f.message);
}
