//! The published JSON Schemas: committed files up to date, bundled examples valid
//! against them, the `$schema` key accepted everywhere, and the policy embedded in an
//! organization document read, located and validated by the library.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use union_rulebook::decision::Motion;
use union_rulebook::model::Organization;
use union_rulebook::policy::{self, Policy};
use union_rulebook::schema::{self, PUBLISHED};
use union_rulebook::validate::{codes, validate};

use crate::common::example_data;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn schemas_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("schemas")
}

/// The validator of a published schema, with formats (dates) checked.
fn validator(name: &str) -> jsonschema::Validator {
    let published = schema::find(name).unwrap_or_else(|| panic!("no schema {name}"));
    let value = serde_json::to_value(published.schema()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&value)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn errors(v: &jsonschema::Validator, value: &serde_json::Value) -> Vec<String> {
    v.iter_errors(value)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// A TOML document as the JSON value it stands for: dates and times as their text
/// (the schema's `date` strings).
fn toml_to_json(v: toml::Value) -> serde_json::Value {
    use serde_json::Value as J;
    match v {
        toml::Value::String(s) => J::String(s),
        toml::Value::Integer(i) => J::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(J::Null, J::Number),
        toml::Value::Boolean(b) => J::Bool(b),
        toml::Value::Datetime(d) => J::String(d.to_string()),
        toml::Value::Array(a) => J::Array(a.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(t) => {
            J::Object(t.into_iter().map(|(k, v)| (k, toml_to_json(v))).collect())
        }
    }
}

/// A JSON or TOML file as a JSON value.
fn read_value(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap();
    if path.extension().is_some_and(|e| e == "toml") {
        toml_to_json(text.parse::<toml::Table>().map(toml::Value::Table).unwrap())
    } else {
        serde_json::from_str(&text).unwrap()
    }
}

// ---------------------------------------------------------------------------------
// Drift

#[test]
fn committed_schemas_match_the_generated_ones() {
    let mut problems = Vec::new();
    let mut published = BTreeSet::new();
    for p in PUBLISHED {
        let file = p.file().unwrap();
        published.insert(file.file_name.clone());
        match std::fs::read_to_string(schemas_dir().join(&file.file_name)) {
            Err(_) => problems.push(format!("{} is missing", file.file_name)),
            Ok(committed) if committed != file.contents => {
                let line = committed
                    .lines()
                    .zip(file.contents.lines())
                    .position(|(a, b)| a != b)
                    .unwrap_or_else(|| {
                        committed.lines().count().min(file.contents.lines().count())
                    })
                    + 1;
                problems.push(format!("{} differs from line {line}", file.file_name));
            }
            Ok(_) => {}
        }
    }
    for entry in std::fs::read_dir(schemas_dir()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        if name.ends_with(".schema.json") && !published.contains(&name) {
            problems.push(format!("{name} is no longer published"));
        }
    }
    assert!(
        problems.is_empty(),
        "the committed schemas differ from the generated ones (the contract changed):\n  {}\n\
         If the change is intended, run `cargo run --features cli -- schema --out schemas` \
         (and delete the files no longer published), then commit schemas/",
        problems.join("\n  ")
    );
}

#[test]
fn the_patch_schema_is_rfc_6902() {
    let v = validator("elect-patch");
    let ok = serde_json::json!([
        {"op": "add", "path": "/terms/-", "value": {"person": "p-1"}},
        {"op": "add", "path": "/terms/3/end", "value": "2026-01-01"},
        {"op": "remove", "path": "/units/0"},
        {"op": "replace", "path": "/name", "value": "x"},
        {"op": "move", "from": "/a", "path": "/b"},
        {"op": "copy", "from": "/a~1b", "path": "/c"},
        {"op": "test", "path": "", "value": null}
    ]);
    assert_eq!(errors(&v, &ok), Vec::<String>::new());
    for bad in [
        serde_json::json!([{"op": "add", "path": "/terms/-"}]),
        serde_json::json!([{"op": "append", "path": "/terms", "value": 1}]),
        serde_json::json!([{"op": "remove", "path": "terms"}]),
        serde_json::json!([{"op": "move", "path": "/b"}]),
        serde_json::json!({"op": "remove", "path": "/a"}),
    ] {
        assert!(!v.is_valid(&bad), "accepted {bad}");
    }
}

#[test]
fn every_published_schema_is_a_valid_draft_2020_12_schema() {
    for p in PUBLISHED {
        let value = serde_json::to_value(p.schema()).unwrap();
        assert_eq!(
            value["$schema"],
            "https://json-schema.org/draft/2020-12/schema",
            "{}",
            p.name()
        );
        assert!(
            jsonschema::meta::is_valid(&value),
            "{} is not a valid schema",
            p.name()
        );
    }
}

// ---------------------------------------------------------------------------------
// Bundled examples

/// The schema an example file is written to, by its name.
fn schema_for_example(name: &str) -> Option<&'static str> {
    let data = name.ends_with(".json") || name.ends_with(".toml");
    if !data {
        return None;
    }
    Some(if name.starts_with("motion") {
        "motion"
    } else if name.contains("policy") {
        "policy"
    } else {
        "organization"
    })
}

/// Whether the library reads the file as that schema's type.
fn library_reads(schema: &str, path: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(path).unwrap();
    let toml = path.extension().is_some_and(|e| e == "toml");
    match (schema, toml) {
        ("organization", false) => Organization::from_json_str(&text)
            .map(drop)
            .map_err(|e| e.to_string()),
        ("organization", true) => Organization::from_toml_str(&text)
            .map(drop)
            .map_err(|e| e.to_string()),
        ("policy", false) => Policy::from_json_str(&text)
            .map(drop)
            .map_err(|e| e.to_string()),
        ("policy", true) => Policy::from_toml_str(&text)
            .map(drop)
            .map_err(|e| e.to_string()),
        ("motion", false) => union_rulebook::read::from_json_str::<Motion>(&text)
            .map(drop)
            .map_err(|e| e.to_string()),
        ("motion", true) => union_rulebook::read::from_toml_str::<Motion>(&text)
            .map(drop)
            .map_err(|e| e.to_string()),
        _ => Err(format!("no reader for {schema}")),
    }
}

#[test]
fn every_bundled_example_validates_against_its_schema() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    let mut checked = BTreeSet::new();
    let mut problems = Vec::new();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let Some(schema) = schema_for_example(&name) else {
            continue;
        };
        let path = dir.join(&name);
        let found = errors(&validator(schema), &read_value(&path));
        if !found.is_empty() {
            problems.push(format!("{name} against {schema}: {found:?}"));
        }
        if let Err(e) = library_reads(schema, &path) {
            problems.push(format!("{name} as {schema}: the library refuses it: {e}"));
        }
        checked.insert(schema);
    }
    assert!(problems.is_empty(), "{problems:#?}");
    // Every input schema has an example (JSON or TOML) to check.
    for schema in ["organization", "policy", "motion"] {
        assert!(checked.contains(schema), "no example for {schema}");
    }
}

#[test]
fn the_examples_cover_json_and_toml_documents() {
    // The TOML example is read through its TOML reader, and its JSON value (dates
    // as text) meets the organization schema.
    let path = example_data("psp-contoh.toml");
    assert!(errors(&validator("organization"), &read_value(&path)).is_empty());
    let policy = example_data("spn-policy.toml");
    assert!(errors(&validator("policy"), &read_value(&policy)).is_empty());
}

// ---------------------------------------------------------------------------------
// `$schema`

#[test]
fn every_input_accepts_a_schema_key_and_no_other_unknown_key() {
    let org = r#"{"$schema": "schemas/organization.schema.json", "name": "x"}"#;
    let doc = Organization::from_json_str(org).unwrap();
    assert_eq!(
        doc.schema.as_deref(),
        Some("schemas/organization.schema.json")
    );
    // Kept as written when the document is written back.
    assert!(
        doc.to_json_string()
            .unwrap()
            .contains("\"$schema\": \"schemas/organization.schema.json\"")
    );
    let doc =
        Organization::from_toml_str("\"$schema\" = \"organization.schema.json\"\nname = \"x\"\n")
            .unwrap();
    assert_eq!(doc.schema.as_deref(), Some("organization.schema.json"));
    let e = Organization::from_json_str(r#"{"$schema": "s", "$comment": "c", "name": "x"}"#)
        .unwrap_err();
    assert!(e.message().contains("unknown field `$comment`"), "{e}");

    // A policy needs a rule to be read at all (an empty policy is an error).
    let rule = r#"
[[groups]]
id = "women"
one = "woman"
many = "women"
select = { gender = "woman" }

[[rules]]
id = "women-30"
effective_from = "2020-01-01"
hardness = "binding"
base = "all-seats"
consequence = "report-only"
require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
"#;
    let policy =
        Policy::from_toml_str(&format!("\"$schema\" = \"policy.schema.json\"\n{rule}")).unwrap();
    assert_eq!(policy.doc().schema.as_deref(), Some("policy.schema.json"));
    let as_json = serde_json::to_value(policy.doc()).unwrap();
    let policy = Policy::from_json_str(&as_json.to_string()).unwrap();
    assert_eq!(policy.doc().schema.as_deref(), Some("policy.schema.json"));
    let mut with_id = as_json.clone();
    with_id["$id"] = serde_json::json!("q");
    assert!(Policy::from_json_str(&with_id.to_string()).is_err());

    let motion = r#"{"$schema": "motion.schema.json", "id": "m",
        "rule": {"majority": {"share": "1/2", "comparison": "more-than", "base": "yes-no"}},
        "delegates": [{"id": "d1"}]}"#;
    let m: Motion = union_rulebook::read::from_json_str(motion).unwrap();
    assert_eq!(m.schema.as_deref(), Some("motion.schema.json"));
    let m: Motion = union_rulebook::read::from_toml_str(
        "\"$schema\" = \"motion.schema.json\"\nid = \"m\"\ndelegates = [{ id = \"d1\" }]\n[rule.majority]\nshare = \"1/2\"\ncomparison = \"more-than\"\nbase = \"yes-no\"\n",
    )
    .unwrap();
    assert_eq!(m.schema.as_deref(), Some("motion.schema.json"));
    let bad = motion.replace("\"id\": \"m\"", "\"id\": \"m\", \"colour\": \"red\"");
    assert!(union_rulebook::read::from_json_str::<Motion>(&bad).is_err());

    // The schemas say the same.
    for (name, ok, bad) in [
        (
            "organization",
            org.to_owned(),
            r#"{"$comment": "c", "name": "x"}"#.to_owned(),
        ),
        (
            "policy",
            r#"{"$schema": "p"}"#.to_owned(),
            r#"{"$id": "q"}"#.to_owned(),
        ),
        ("motion", motion.to_owned(), bad),
    ] {
        let v = validator(name);
        assert!(
            v.is_valid(&serde_json::from_str(&ok).unwrap()),
            "{name} refuses $schema"
        );
        assert!(
            !v.is_valid(&serde_json::from_str(&bad).unwrap()),
            "{name} accepts {bad}"
        );
    }
}

// ---------------------------------------------------------------------------------
// The embedded policy

/// spn.json with spn-policy.toml embedded under `policy`, as JSON text.
fn spn_with_policy() -> String {
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example_data("spn.json")).unwrap()).unwrap();
    let policy = read_value(&example_data("spn-policy.toml"));
    doc.as_object_mut().unwrap().insert("policy".into(), policy);
    serde_json::to_string_pretty(&doc).unwrap()
}

const EMBEDDED_JSON: &str = r#"{
  "name": "PSP SPN PT Contoh",
  "policy": {
    "groups": [
      {"id": "women", "one": "woman", "many": "women", "select": {"gender": "woman"}}
    ],
    "rules": [
      {
        "id": "women-30",
        "effective_from": "2020-13-01",
        "hardness": "binding",
        "base": "all-seats",
        "consequence": "report-only",
        "require": {"shape": "share-floor", "group": "women", "share": "30%", "rounding": "up"}
      }
    ]
  }
}"#;

#[test]
fn an_error_in_an_embedded_json_policy_is_located_in_the_original_file() {
    let e = Organization::from_json_str(EMBEDDED_JSON).unwrap_err();
    // `"effective_from": "2020-13-01"` is on line 10; serde_json points at the end
    // of the string.
    assert_eq!((e.line(), e.column()), (Some(10), Some(38)), "{e}");
    assert_eq!(e.path().to_string(), "$.policy.rules[0].effective_from");
    assert!(e.message().contains("input is out of range"), "{e}");
    // Inside an internally tagged value (`require`, a shape named by its `shape` key),
    // the reader sees the value whole: the error names the value's path and what is
    // wrong in it, and is located at the end of the value.
    let float = EMBEDDED_JSON
        .replace("2020-13-01", "2020-01-01")
        .replace("\"30%\"", "0.3");
    let e = Organization::from_json_str(&float).unwrap_err();
    assert_eq!(e.path().to_string(), "$.policy.rules[0].require");
    assert_eq!(e.line(), Some(15), "{e}");
    assert!(
        e.message().starts_with("share 0.3 is written as a number"),
        "{e}"
    );
}

const EMBEDDED_TOML: &str = r#"name = "PSP SPN PT Contoh"

[[policy.groups]]
id = "women"
one = "woman"
many = "women"
select = { gender = "woman" }

[[policy.rules]]
id = "women-30"
effective_from = "2020-01-01"
hardness = "binding"
base = "all-seats"
consequence = "report-only"
require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
"#;

#[test]
fn an_error_in_an_embedded_toml_policy_is_located_in_the_original_file() {
    let doc = Organization::from_toml_str(EMBEDDED_TOML).unwrap();
    assert!(Policy::embedded_in(&doc).unwrap().is_some());
    let bad = EMBEDDED_TOML.replace("base = \"all-seats\"", "base = \"every-seat\"");
    let e = Organization::from_toml_str(&bad).unwrap_err();
    // The value `"every-seat"` on line 13.
    assert_eq!((e.line(), e.column()), (Some(13), Some(8)), "{e}");
    assert_eq!(e.path().to_string(), "$.policy.rules[0].base");
    assert!(e.message().contains("unknown variant `every-seat`"), "{e}");
    // Inside the inline table of `require`: located at the table.
    let bad = EMBEDDED_TOML.replace("rounding = \"up\"", "rounding = \"upward\"");
    let e = Organization::from_toml_str(&bad).unwrap_err();
    assert_eq!((e.line(), e.column()), (Some(15), Some(11)), "{e}");
    assert_eq!(e.path().to_string(), "$.policy.rules[0].require");
    assert!(e.message().contains("unknown variant `upward`"), "{e}");
}

#[test]
fn validate_accepts_an_embedded_policy_and_checks_it() {
    let fixed = EMBEDDED_JSON.replace("2020-13-01", "2020-01-01");
    let doc = Organization::from_json_str(&fixed).unwrap();
    assert!(doc.policy.is_some());
    assert!(validate(&doc, day(2026, 1, 1)).is_empty());
    let policy = Policy::embedded_in(&doc).unwrap().unwrap();
    assert_eq!(policy.rules().len(), 1);
    // The organization schema accepts it too, and refuses a float share as the reader
    // does.
    let v = validator("organization");
    assert!(errors(&v, &serde_json::from_str(&fixed).unwrap()).is_empty());
    let float = fixed.replace("\"30%\"", "0.3");
    assert!(Organization::from_json_str(&float).is_err());
    assert!(!v.is_valid(&serde_json::from_str(&float).unwrap()));

    // An inconsistent policy reads, and validation reports it where it is.
    let broken = fixed.replace("\"group\": \"women\"", "\"group\": \"woman\"");
    let doc = Organization::from_json_str(&broken).unwrap();
    let findings = validate(&doc, day(2026, 1, 1));
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0].code, codes::POLICY_INVALID);
    assert_eq!(
        findings[0].path.to_string(),
        "$.policy.rules[0].require.group"
    );
    assert_eq!(
        findings[0].message,
        "rule women-30 names group woman, which the policy does not define in [[groups]]"
    );
    let e = Policy::embedded_in(&doc).unwrap_err();
    assert_eq!(
        e.to_string(),
        "$.policy.rules[0].require.group: rule women-30 names group woman, which the policy does not define in [[groups]]"
    );
}

#[test]
fn the_audit_with_an_embedded_policy_equals_the_audit_with_the_policy_file() {
    let doc = Organization::from_json_str(&spn_with_policy()).unwrap();
    let embedded = Policy::embedded_in(&doc).unwrap().unwrap();
    let file =
        Policy::from_toml_str(&std::fs::read_to_string(example_data("spn-policy.toml")).unwrap())
            .unwrap();
    assert_eq!(embedded, file);
    let plain =
        Organization::from_json_str(&std::fs::read_to_string(example_data("spn.json")).unwrap())
            .unwrap();
    let on = day(2026, 1, 1);
    assert_eq!(
        policy::audit(&doc, &embedded, on),
        policy::audit(&plain, &file, on)
    );
}

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use crate::common::{rulebook, scratch_dir};

    #[test]
    fn audit_and_validate_take_the_embedded_policy() {
        let dir = scratch_dir("embedded-policy");
        let with = dir.join("spn-with-policy.json");
        std::fs::write(&with, spn_with_policy()).unwrap();
        let spn = example_data("spn.json");
        let policy = example_data("spn-policy.toml");
        let (code_a, embedded, err) = rulebook(&[
            "audit",
            with.to_str().unwrap(),
            "--as-of",
            "2026-01-01",
            "--format",
            "json",
        ]);
        assert!(code_a <= 1, "{err}");
        let (code_b, given, _) = rulebook(&[
            "audit",
            spn.to_str().unwrap(),
            "--policy",
            policy.to_str().unwrap(),
            "--as-of",
            "2026-01-01",
            "--format",
            "json",
        ]);
        assert_eq!((code_a, &embedded), (code_b, &given));
        // validate reads the document, policy and all: the same findings as without it.
        let (_, with_policy, err) = rulebook(&[
            "validate",
            with.to_str().unwrap(),
            "--as-of",
            "2026-01-01",
            "--format",
            "json",
        ]);
        assert!(err.is_empty(), "{err}");
        let (_, without, _) = rulebook(&[
            "validate",
            spn.to_str().unwrap(),
            "--as-of",
            "2026-01-01",
            "--format",
            "json",
        ]);
        assert_eq!(with_policy, without);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn an_unreadable_embedded_policy_is_reported_at_its_line() {
        let dir = scratch_dir("embedded-policy-error");
        let bad = dir.join("bad.json");
        std::fs::write(&bad, EMBEDDED_JSON).unwrap();
        for command in ["validate", "audit"] {
            let (code, _, stderr) = rulebook(&[command, bad.to_str().unwrap()]);
            assert_eq!(code, 2, "{stderr}");
            assert!(
                stderr.contains("bad.json: line 10, column 38, at $.policy.rules[0].effective_from: input is out of range"),
                "{command}: {stderr}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn elect_takes_the_embedded_policy_and_its_outputs_meet_their_schemas() {
        let dir = scratch_dir("elect-embedded");
        let mut doc = read_value(&example_data("psp-election.json"));
        doc.as_object_mut().unwrap().insert(
            "policy".into(),
            read_value(&example_data("psp-election-policy.toml")),
        );
        let with = dir.join("psp-with-policy.json");
        std::fs::write(&with, serde_json::to_string_pretty(&doc).unwrap()).unwrap();
        let ballots = example_data("psp-election.blt");
        let (out, patch) = (dir.join("after.json"), dir.join("patch.json"));
        let (code, embedded, stderr) = rulebook(&[
            "elect",
            with.to_str().unwrap(),
            "pengurus",
            "--ballots",
            ballots.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--patch",
            patch.to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{stderr}");
        let (code, given, stderr) = rulebook(&[
            "elect",
            example_data("psp-election.json").to_str().unwrap(),
            "pengurus",
            "--ballots",
            ballots.to_str().unwrap(),
            "--policy",
            example_data("psp-election-policy.toml").to_str().unwrap(),
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{stderr}");
        assert_eq!(embedded, given);
        // The document written keeps its policy, and meets the organization schema; the
        // patch meets the elect-patch schema.
        let after = read_value(&out);
        let policy_of = |v: &serde_json::Value| {
            serde_json::from_value::<policy::PolicyDoc>(v["policy"].clone()).unwrap()
        };
        assert_eq!(policy_of(&after), policy_of(&doc));
        assert!(errors(&validator("organization"), &after).is_empty());
        let patch = read_value(&patch);
        assert!(!patch.as_array().unwrap().is_empty());
        assert_eq!(
            errors(&validator("elect-patch"), &patch),
            Vec::<String>::new()
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn schema_writes_every_published_schema_and_prints_one() {
        let dir = scratch_dir("schema-out");
        let (code, stdout, stderr) = rulebook(&["schema", "--out", dir.to_str().unwrap()]);
        assert_eq!(code, 0, "{stderr}");
        for p in PUBLISHED {
            let written = std::fs::read_to_string(dir.join(p.file_name())).unwrap();
            assert_eq!(written, p.file().unwrap().contents, "{}", p.name());
            assert!(stdout.contains(&p.file_name()), "{stdout}");
        }
        let (code, stdout, _) = rulebook(&["schema", "policy"]);
        assert_eq!(code, 0);
        assert_eq!(
            stdout,
            schema::find("policy").unwrap().file().unwrap().contents
        );
        let (code, _, stderr) = rulebook(&["schema", "nothing"]);
        assert_eq!(code, 2);
        assert!(
            stderr.contains("no schema is named nothing; expected one of organization, policy"),
            "{stderr}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
