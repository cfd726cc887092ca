//! One contract: for every command, the JSON `rulebook ... --format json` prints is,
//! byte for byte, the library's report serialized with `serde_json::to_string_pretty`;
//! every report reads back into its type and writes out identically; and every report
//! validates against its published schema (`schemas/NAME.schema.json`).

use chrono::NaiveDate;
use serde::{Serialize, de::DeserializeOwned};
use union_rulebook::apportionment::{
    ApportionReport, Method, Options, apportion, read_weights_csv,
};
use union_rulebook::decision::{self, Decision, DecisionErrors, Motion};
use union_rulebook::election::{self, TallySettings, blt};
use union_rulebook::election_rules::{ElectRequest, elect};
use union_rulebook::model::Organization;
use union_rulebook::policy::{self, CandidateList, Policy};
use union_rulebook::validate::ValidationReport;

use crate::common::{example_data, rulebook, scratch_dir};

const AS_OF: &str = "2026-01-01";

fn as_of() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()
}

fn path(name: &str) -> String {
    example_data(name).display().to_string()
}

fn read(name: &str) -> String {
    std::fs::read_to_string(example_data(name)).unwrap()
}

fn policy_file(name: &str) -> Policy {
    Policy::from_toml_str(&read(name)).unwrap()
}

/// The schema named `NAME.schema.json` among the published ones, as a validator.
fn validator(schema: &str) -> jsonschema::Validator {
    let file = format!("{schema}.schema.json");
    let found = union_rulebook::schema::all()
        .unwrap()
        .into_iter()
        .find(|f| f.file_name == file)
        .unwrap_or_else(|| panic!("no published schema {file}"));
    let value: serde_json::Value = serde_json::from_str(&found.contents).unwrap();
    jsonschema::validator_for(&value).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// Runs the CLI with `args` and `--format json` and checks its JSON against the
/// library's report: byte for byte, a round trip through the report's type, and the
/// report's schema.
fn check<T: Serialize + DeserializeOwned>(schema: &str, args: &[&str], code: i32, library: &T) {
    let args = [args, &["--format", "json"]].concat();
    let (found, out, err) = rulebook(&args);
    assert_eq!(found, code, "rulebook {args:?}: {err}");
    let expected = format!("{}\n", serde_json::to_string_pretty(library).unwrap());
    assert!(
        out == expected,
        "rulebook {args:?} printed other JSON than the library's report:\n{out}\n---\n{expected}"
    );
    let back: T = serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("rulebook {args:?}: the JSON does not read back: {e}"));
    assert_eq!(
        format!("{}\n", serde_json::to_string_pretty(&back).unwrap()),
        out,
        "rulebook {args:?}: the report does not write out as it was read"
    );
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> = validator(schema)
        .iter_errors(&value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "rulebook {args:?}: the JSON breaks {schema}.schema.json: {errors:?}"
    );
}

#[test]
fn validate_prints_the_validation_report() {
    let doc = Organization::from_json_str(&read("spn.json")).unwrap();
    let report = ValidationReport::new(&doc, as_of());
    let args = ["validate", &path("spn.json"), "--as-of", AS_OF];
    check("validation-report", &args, 1, &report);
    let doc = Organization::from_json_str(&read("spn-clean.json")).unwrap();
    let report = ValidationReport::new(&doc, as_of());
    let args = ["validate", &path("spn-clean.json"), "--as-of", AS_OF];
    check("validation-report", &args, 0, &report);
}

#[test]
fn audit_prints_the_audit_report() {
    let doc = Organization::from_json_str(&read("spn.json")).unwrap();
    let report = policy::audit(&doc, &policy_file("spn-policy.toml"), as_of());
    let args = [
        "audit",
        &path("spn.json"),
        "--policy",
        &path("spn-policy.toml"),
        "--as-of",
        AS_OF,
    ];
    let code = if report.has_binding_breaches() { 1 } else { 0 };
    check("audit-report", &args, code, &report);
}

#[test]
fn policy_explain_prints_the_explanation() {
    let report = policy::explain(&policy_file("spn-policy.toml"), 1..=9, Some(as_of()));
    let args = [
        "policy",
        "explain",
        &path("spn-policy.toml"),
        "--seats",
        "1..9",
        "--as-of",
        AS_OF,
    ];
    check("explain-report", &args, 0, &report);
}

#[test]
fn policy_explain_clause_prints_the_clause_report() {
    let policy = policy_file("spn-policy.toml");
    let table = policy::explain(&policy, 1..=9, Some(as_of()));
    for lang in union_rulebook::i18n::Lang::ALL {
        let report = policy::ClauseReport::new(&policy, &table, 1..=9, lang);
        let args = [
            "--lang",
            lang.tag(),
            "policy",
            "explain",
            &path("spn-policy.toml"),
            "--seats",
            "1..9",
            "--as-of",
            AS_OF,
            "--clause",
        ];
        check("clause-report", &args, 0, &report);
    }
}

#[test]
fn policy_check_list_prints_the_list_check() {
    let list = CandidateList::from_csv(&read("candidate-list.csv")).unwrap();
    let report = policy::check_list(&policy_file("spn-policy.toml"), &list, as_of());
    // c-1, c-2, c-3 are men: the zipper rule (a woman in every three places) breaks.
    assert!(report.has_errors());
    let args = [
        "policy",
        "check-list",
        &path("spn-policy.toml"),
        &path("candidate-list.csv"),
        "--as-of",
        AS_OF,
    ];
    check("check-list-report", &args, 1, &report);
}

#[test]
fn tally_prints_the_tally_report_for_ranked_ballots() {
    let file = blt::read(read("psp-election.blt").as_bytes()).unwrap();
    // The single-seat methods count the same ballots for one seat.
    for (method, seats) in [
        ("scottish-stv", 5),
        ("meek", 5),
        ("wigm", 5),
        ("block", 5),
        ("irv", 1),
        ("plurality", 1),
    ] {
        let mut e = file.election.clone();
        e.seats = seats;
        let settings = TallySettings::new(method);
        let ties = settings.tie_break(file.tie_break());
        let report = election::tally(&e, &settings.method().unwrap(), &ties, None)
            .unwrap_or_else(|e| panic!("{method}: {e}"));
        let seats = seats.to_string();
        let args = [
            "tally",
            &path("psp-election.blt"),
            "--method",
            method,
            "--seats",
            &seats,
        ];
        check("tally-report", &args, 0, &report);
    }
}

#[test]
fn tally_prints_the_tally_report_for_lists() {
    let votes = election::read_list_votes_csv(&read("list-votes.csv"), 7).unwrap();
    for method in ["dhondt", "sainte-lague", "largest-remainder"] {
        let settings = TallySettings::new(method);
        let report = election::tally_lists(
            &votes,
            &settings.method().unwrap(),
            &settings.tie_break(None),
        )
        .unwrap_or_else(|e| panic!("{method}: {e}"));
        let args = [
            "tally",
            &path("list-votes.csv"),
            "--method",
            method,
            "--seats",
            "7",
        ];
        check("tally-report", &args, 0, &report);
    }
    // A ballot file counted by a list method: its candidates are the lists, its first
    // preferences the votes; the report keeps its title and its ballots.
    let file = blt::read(read("psp-election.blt").as_bytes()).unwrap();
    let settings = TallySettings::new("dhondt");
    let report = election::tally(
        &file.election,
        &settings.method().unwrap(),
        &settings.tie_break(None),
        None,
    )
    .unwrap();
    assert_eq!(report.ballots, 100);
    assert!(report.title.is_some());
    let args = ["tally", &path("psp-election.blt"), "--method", "dhondt"];
    check("tally-report", &args, 0, &report);
}

#[test]
fn apportion_prints_the_apportion_report() {
    let units = read_weights_csv(&read("units-weights.csv"), "weight").unwrap();
    let weights: Vec<u64> = units.iter().map(|u| u.weight).collect();
    let method: Method = "sainte-lague".parse().unwrap();
    let allocation = apportion(&weights, &Options::new(method, 25)).unwrap();
    let report = ApportionReport::new(&units, &allocation);
    let args = [
        "apportion",
        &path("units-weights.csv"),
        "--method",
        "sainte-lague",
        "--seats",
        "25",
    ];
    check("apportion-report", &args, 0, &report);
}

#[test]
fn elect_prints_the_election_result() {
    let doc = Organization::from_json_str(&read("psp-election.json")).unwrap();
    let policy = policy_file("psp-election-policy.toml");
    let ballots = blt::read(read("psp-election.blt").as_bytes()).unwrap();
    let ties = election::TiePolicy::default().tie_break(None, ballots.tie_break());
    let request = ElectRequest::new("pengurus")
        .ballots(ballots.election)
        .policy(&policy)
        .ties(ties);
    let result = elect(&doc, &request).unwrap();
    let args = [
        "elect",
        &path("psp-election.json"),
        "pengurus",
        "--ballots",
        &path("psp-election.blt"),
        "--policy",
        &path("psp-election-policy.toml"),
    ];
    let code = if result.has_errors() { 1 } else { 0 };
    check("elect-report", &args, code, &result);
}

#[test]
fn decide_prints_the_decision() {
    for name in ["motion-kongres-amendment.json", "motion-card-vote.json"] {
        let motion: Motion = serde_json::from_str(&read(name)).unwrap();
        let d: Decision = decision::decide(&motion).unwrap();
        check("decide-report", &["decide", &path(name)], 0, &d);
    }
}

#[test]
fn decide_prints_its_errors_as_a_report() {
    let dir = scratch_dir("contract-decide");
    let file = dir.join("motion.json");
    let text = r#"{
  "id": "m1",
  "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
  "delegates": [ { "id": "a" } ],
  "votes": [ { "delegate": "a", "choice": "yes" }, { "delegate": "b", "choice": "no" } ]
}"#;
    std::fs::write(&file, text).unwrap();
    let motion: Motion = serde_json::from_str(text).unwrap();
    let errors = DecisionErrors::from(decision::decide(&motion).unwrap_err());
    assert!(!errors.errors.is_empty());
    let file = file.display().to_string();
    check("decide-errors", &["decide", &file], 2, &errors);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_text_of_a_tally_is_the_library_rendering() {
    let file = blt::read(read("psp-election.blt").as_bytes()).unwrap();
    let settings = TallySettings::new("scottish-stv");
    let report = election::tally(
        &file.election,
        &settings.method().unwrap(),
        &settings.tie_break(file.tie_break()),
        None,
    )
    .unwrap();
    let (code, out, err) = rulebook(&[
        "tally",
        &path("psp-election.blt"),
        "--method",
        "scottish-stv",
        "--transcript",
    ]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, report.render_text(true));
}
