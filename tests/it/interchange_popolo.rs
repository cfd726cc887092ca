//! Popolo: our export meets the Popolo JSON Schemas (draft-03, checked as draft-04
//! after the one rewrite draft-03 needs), round-trips the bundled examples, and the
//! specification's own examples import.
//!
//! The `jsonschema` crate validates drafts 4, 6, 7, 2019-09 and 2020-12, not draft 3.
//! The Popolo schemas use one keyword whose meaning changed in draft 4: `"required":
//! true` on a property (draft 3) is written as the property's name in its object's
//! `"required": [...]` list (draft 4). [`draft4`] does that rewrite and nothing else
//! (the schemas use no other draft-3-only keyword: no `extends`, `disallow` or
//! `divisibleBy`, checked below), and their `$ref`s to
//! `http://www.popoloproject.com/schemas/NAME.json#` point to the local files, bundled
//! under `definitions` of one schema ([`bundled`]).

use std::path::PathBuf;

use serde_json::Value;
use union_rulebook::interchange::popolo::{self, ExportOptions};
use union_rulebook::model::{Gender, Organization};

use crate::common::{example_data, shared_data};

fn popolo_dir() -> PathBuf {
    shared_data().join("interchange/popolo")
}

/// A draft-03 schema as draft-04: `"required": true` on properties moved into their
/// object's `required` list.
fn draft4(mut v: Value) -> Value {
    fn walk(v: &mut Value) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get_mut("properties") {
                    let mut required = Vec::new();
                    for (name, p) in props.iter_mut() {
                        if let Some(obj) = p.as_object_mut()
                            && let Some(r) = obj.remove("required")
                            && r == Value::Bool(true)
                        {
                            required.push(Value::String(name.clone()));
                        }
                    }
                    if !required.is_empty() {
                        map.insert("required".into(), Value::Array(required));
                    }
                }
                for (_, child) in map.iter_mut() {
                    walk(child);
                }
            }
            Value::Array(items) => items.iter_mut().for_each(walk),
            _ => {}
        }
    }
    walk(&mut v);
    if let Some(obj) = v.as_object_mut() {
        obj.insert(
            "$schema".into(),
            Value::String("http://json-schema.org/draft-04/schema#".into()),
        );
    }
    v
}

fn popolo_schema(name: &str) -> Value {
    let text =
        std::fs::read_to_string(popolo_dir().join("schemas").join(format!("{name}.json"))).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Every Popolo schema under `definitions` of one draft-4 schema, their `$ref`s to
/// `http://www.popoloproject.com/schemas/NAME.json#` pointing there (and their `id`s
/// dropped, so that no reference resolves against another base), validating `class`.
fn bundled(class: &str) -> Value {
    fn local_refs(v: &mut Value) {
        match v {
            Value::Object(map) => {
                map.remove("id");
                if let Some(Value::String(r)) = map.get_mut("$ref")
                    && let Some(name) = r
                        .strip_prefix("http://www.popoloproject.com/schemas/")
                        .and_then(|n| n.strip_suffix(".json#"))
                {
                    *r = format!("#/definitions/{name}");
                }
                map.values_mut().for_each(local_refs);
            }
            Value::Array(items) => items.iter_mut().for_each(local_refs),
            _ => {}
        }
    }
    let mut definitions = serde_json::Map::new();
    for entry in std::fs::read_dir(popolo_dir().join("schemas")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let mut schema = draft4(popolo_schema(&name));
        if let Some(obj) = schema.as_object_mut() {
            obj.remove("$schema");
        }
        local_refs(&mut schema);
        definitions.insert(name, schema);
    }
    serde_json::json!({
        "$schema": "http://json-schema.org/draft-04/schema#",
        "definitions": definitions,
        "$ref": format!("#/definitions/{class}"),
    })
}

fn validator(class: &str) -> jsonschema::Validator {
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .build(&bundled(class))
        .unwrap_or_else(|e| panic!("{class}: {e}"))
}

fn assert_valid(v: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = v
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

fn read_doc(name: &str) -> Organization {
    let path = example_data(name);
    let text = std::fs::read_to_string(&path).unwrap();
    if name.ends_with(".toml") {
        Organization::from_toml_str(&text).unwrap()
    } else {
        Organization::from_json_str(&text).unwrap()
    }
}

const DOCS: &[&str] = &[
    "spn.json",
    "spn-clean.json",
    "psp-contoh.toml",
    "psp-election.json",
];

#[test]
fn the_popolo_schemas_use_no_keyword_the_rewrite_leaves_in_draft_3_meaning() {
    for entry in std::fs::read_dir(popolo_dir().join("schemas")).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for kw in [
            "\"extends\"",
            "\"disallow\"",
            "\"divisibleBy\"",
            "\"dependencies\"",
        ] {
            assert!(!text.contains(kw), "{kw}");
        }
    }
}

#[test]
fn the_rewrite_keeps_required_properties_required() {
    let v = validator("link");
    assert!(!v.is_valid(&serde_json::json!({"note": "no url"})));
    assert!(v.is_valid(&serde_json::json!({"url": "http://example.org/"})));
    // References are followed: a membership inside an organization is checked.
    let org = validator("organization");
    assert!(org.is_valid(&serde_json::json!({"memberships": [{"start_date": "1970-01"}]})));
    assert!(!org.is_valid(&serde_json::json!({"memberships": [{"start_date": "soon"}]})));
}

#[test]
fn every_exported_object_meets_its_popolo_schema() {
    let classes = [
        ("persons", validator("person")),
        ("organizations", validator("organization")),
        ("posts", validator("post")),
        ("memberships", validator("membership")),
    ];
    for name in DOCS {
        let doc = read_doc(name);
        for personal in [false, true] {
            let mut options = ExportOptions::new();
            options.include_personal = personal;
            let json = serde_json::to_value(popolo::export(&doc, &options)).unwrap();
            for (key, v) in &classes {
                let items = json[key].as_array().cloned().unwrap_or_default();
                // The first 200 of each class (spn.json has thousands of people; the
                // objects of one class are all written by the same code).
                for (i, item) in items.iter().enumerate().take(200) {
                    assert_valid(v, item, &format!("{name} {key}[{i}]"));
                }
            }
        }
    }
}

#[test]
fn the_export_leaves_personal_data_out_unless_asked() {
    let doc = read_doc("spn.json");
    assert!(doc.people.iter().any(|p| p.gender.is_some()));
    let plain = serde_json::to_value(popolo::export(&doc, &ExportOptions::new())).unwrap();
    for p in plain["persons"].as_array().unwrap() {
        let keys: Vec<&String> = p.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["id"], "{p}");
    }
    for m in plain["memberships"].as_array().unwrap() {
        assert!(m["extras"].get("arrears_since").is_none(), "{m}");
    }
    let mut options = ExportOptions::new();
    options.include_personal = true;
    let full = serde_json::to_value(popolo::export(&doc, &options)).unwrap();
    let genders: Vec<&str> = full["persons"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["gender"].as_str())
        .collect();
    // Popolo's own examples write `male` and `female`.
    assert!(
        genders.contains(&"female") && genders.contains(&"male"),
        "{genders:?}"
    );
}

#[test]
fn every_bundled_example_round_trips_through_popolo() {
    for name in DOCS {
        let mut doc = read_doc(name);
        doc.schema = None;
        // With personal data: the whole document comes back.
        let mut options = ExportOptions::new();
        options.include_personal = true;
        let popolo = popolo::export(&doc, &options);
        let text = serde_json::to_string_pretty(&popolo).unwrap();
        let back = popolo::import(&popolo::read(&text).unwrap()).unwrap();
        assert_eq!(back.notes, Vec::<String>::new(), "{name}");
        assert_eq!(back.document, doc, "{name}");
        // Without: the same less the personal fields.
        let back = popolo::import(&popolo::export(&doc, &ExportOptions::new())).unwrap();
        let mut expected = doc.clone();
        for p in &mut expected.people {
            p.name = None;
            p.gender = None;
            p.birth_date = None;
            p.attributes.clear();
        }
        for m in &mut expected.memberships {
            m.arrears_since = None;
        }
        assert_eq!(back.document, expected, "{name} without personal data");
    }
}

/// The specification's examples of the classes a document holds, each imported, with
/// what each says read off the file by hand.
#[test]
fn the_popolo_specification_examples_import() {
    let read = |file: &str| {
        let text = std::fs::read_to_string(popolo_dir().join("examples").join(file)).unwrap();
        popolo::import(&popolo::read(&text).unwrap_or_else(|e| panic!("{file}: {e}")))
            .unwrap_or_else(|e| panic!("{file}: {e}"))
    };
    let person = read("person.json").document;
    assert_eq!(person.people[0].id.as_str(), "john-q-public");
    assert_eq!(person.people[0].gender, Some(Gender::Man)); // "male"
    assert_eq!(
        person.people[0]
            .birth_date
            .map(|d| d.to_string())
            .as_deref(),
        Some("1920-01-01")
    );

    // John Q. Public: kitchen assistant from January 1970 to 1971-12-31, then chef
    // from 1972-01-01 to 1980-03-15, at ABC, Inc.
    for file in [
        "embedding-person.json",
        "embedding-organization.json",
        "membership.json",
    ] {
        let doc = read(file).document;
        let terms: Vec<(String, String, Option<String>)> = doc
            .terms
            .iter()
            .map(|t| {
                (
                    t.post.to_string(),
                    t.start().to_string(),
                    t.end().map(|d| d.to_string()),
                )
            })
            .collect();
        assert_eq!(
            terms[0],
            (
                "abc-inc-kitchen-assistant".into(),
                "1970-01-01".into(),
                Some("1971-12-31".into())
            ),
            "{file}"
        );
        if file != "membership.json" {
            assert_eq!(
                terms[1],
                (
                    "abc-inc-chef".into(),
                    "1972-01-01".into(),
                    Some("1980-03-15".into())
                ),
                "{file}"
            );
        }
        assert!(
            doc.units.iter().any(|u| u.id.as_str() == "abc-inc"),
            "{file}"
        );
    }
    let org = read("organization.json").document;
    assert_eq!(org.units[0].id.as_str(), "abc-inc");
    assert_eq!(org.units[0].name, "ABC, Inc.");
    for file in [
        "post.json",
        "embedding-post.json",
        "embedding-membership.json",
        "name-component.json",
        "metadata.json",
    ] {
        let imported = read(file);
        assert!(!imported.document.name.is_empty(), "{file}");
    }
    let post = read("post.json").document;
    assert_eq!(post.bodies[0].posts[0].id.as_str(), "abc-inc-chef");
    assert_eq!(
        post.bodies[0].posts[0].name.as_deref(),
        Some("Chef at Joe's Diner")
    );
}

#[test]
fn popolo_objects_of_other_classes_are_refused_by_name() {
    for (file, class) in [
        ("motion.json", "a motion"),
        ("vote.json", "a vote"),
        ("area.json", "an area"),
        ("count.json", "a count"),
    ] {
        let text = std::fs::read_to_string(popolo_dir().join("examples").join(file)).unwrap();
        let err = popolo::read(&text).unwrap_err().to_string();
        assert!(
            err.contains(class) && err.contains("not part of an organization document"),
            "{file}: {err}"
        );
    }
}

#[test]
fn a_bad_id_or_date_is_named() {
    let bad_id = r#"{"persons": [{"id": "has space"}]}"#;
    let err = popolo::import(&popolo::read(bad_id).unwrap())
        .unwrap_err()
        .to_string();
    assert!(err.contains("person \"has space\""), "{err}");
    let bad_date = r#"{"organizations": [{"id": "u"}], "memberships": [{"person_id": "p", "organization_id": "u", "start_date": "1970-02-30"}]}"#;
    let err = popolo::import(&popolo::read(bad_date).unwrap())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("start_date of membership #1 \"1970-02-30\" is not a date"),
        "{err}"
    );
}

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use crate::common::{rulebook, scratch_dir};

    #[test]
    fn export_and_import_popolo_round_trip_through_files_and_never_over_an_input() {
        let dir = scratch_dir("popolo-cli");
        let doc = example_data("spn.json");
        let out = dir.join("spn.popolo.json");
        let (code, _, err) = rulebook(&[
            "export",
            "popolo",
            doc.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
            "--include-personal",
        ]);
        assert_eq!(code, 0, "{err}");
        let back = dir.join("spn.back.json");
        let (code, _, err) = rulebook(&[
            "import",
            "popolo",
            out.to_str().unwrap(),
            "--out",
            back.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        let (code, _, err) =
            rulebook(&["validate", back.to_str().unwrap(), "--as-of", "2026-01-01"]);
        let (code0, _, _) = rulebook(&["validate", doc.to_str().unwrap(), "--as-of", "2026-01-01"]);
        assert_eq!(code, code0, "{err}");
        let (code, _, err) = rulebook(&[
            "import",
            "popolo",
            out.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ]);
        assert_eq!(code, 2);
        assert!(err.contains("refusing to overwrite an input file"), "{err}");
        // Standard output without --out; no personal data by default.
        let (code, stdout, _) = rulebook(&["export", "popolo", doc.to_str().unwrap()]);
        assert_eq!(code, 0);
        assert!(!stdout.contains("\"gender\""));
    }
}
