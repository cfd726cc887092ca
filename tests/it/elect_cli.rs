//! `rulebook elect` end to end: the worked example of `tests/it/elect.rs` from the
//! command line, outputs written atomically and never over an input, exit codes.

use serde_json::Value;

use crate::common::{example_data, rulebook, scratch_dir};

fn path(name: &str) -> String {
    example_data(name).display().to_string()
}

/// Applies RFC 6902 `add` operations (the only kind `elect --patch` writes).
fn apply_patch(doc: &mut Value, patch: &Value) {
    for op in patch.as_array().unwrap() {
        assert_eq!(op["op"], "add");
        let pointer = op["path"].as_str().unwrap();
        let (parent, last) = pointer.rsplit_once('/').unwrap();
        let target = doc.pointer_mut(parent).unwrap();
        let value = op["value"].clone();
        match target {
            Value::Array(items) if last == "-" => items.push(value),
            Value::Array(items) => items.insert(last.parse().unwrap(), value),
            Value::Object(map) => {
                map.insert(last.to_owned(), value);
            }
            other => panic!("cannot add to {other}"),
        }
    }
}

#[test]
fn elect_writes_the_new_document_and_an_equivalent_patch() {
    let dir = scratch_dir("elect-out");
    let out = dir.join("after.json");
    let patch = dir.join("patch.json");
    let input = path("psp-election.json");
    let before = std::fs::read(&input).unwrap();
    let (code, stdout, stderr) = rulebook(&[
        "elect",
        &input,
        "pengurus",
        "--ballots",
        &path("psp-election.blt"),
        "--policy",
        &path("psp-election-policy.toml"),
        "--out",
        out.to_str().unwrap(),
        "--patch",
        patch.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains("p-5 replaces p-6: group women held 1, below its floor of 2"),
        "{stdout}"
    );
    assert!(
        stdout.contains("elected: p-1, p-3, p-4, p-2, p-5"),
        "{stdout}"
    );
    // The input is untouched.
    assert_eq!(std::fs::read(&input).unwrap(), before);
    // The patch applied to the input gives the written document.
    let mut patched: Value = serde_json::from_slice(&before).unwrap();
    apply_patch(
        &mut patched,
        &serde_json::from_slice(&std::fs::read(&patch).unwrap()).unwrap(),
    );
    let written: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    let reread =
        |v: &Value| union_rulebook::model::Organization::from_json_str(&v.to_string()).unwrap();
    assert_eq!(reread(&patched), reread(&written));
    // The new document validates on the election day.
    let (code, stdout, _) = rulebook(&["validate", out.to_str().unwrap(), "--as-of", "2026-03-14"]);
    assert_eq!(code, 0, "{stdout}");
}

#[test]
fn elect_json_names_people_by_id_only() {
    let (code, stdout, stderr) = rulebook(&[
        "elect",
        &path("psp-election.json"),
        "pengurus@2026-03-14",
        "--ballots",
        &path("psp-election.blt"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{stderr}");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["decided_by"], "count");
    assert_eq!(v["elected"].as_array().unwrap().len(), 5);
    assert_eq!(v["candidates"][7]["outcome"], "not-eligible");
    assert_eq!(v["terms"][0]["start"], "2026-03-14");
}

#[test]
fn elect_never_overwrites_an_input() {
    let dir = scratch_dir("elect-overwrite");
    let copy = dir.join("doc.json");
    std::fs::copy(example_data("psp-election.json"), &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let (code, _, stderr) = rulebook(&[
        "elect",
        copy.to_str().unwrap(),
        "ketua",
        "--out",
        copy.to_str().unwrap(),
    ]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("refusing to overwrite an input file"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&copy).unwrap(), before);
}

#[test]
fn elect_exits_1_when_a_binding_floor_is_left_unmet() {
    let dir = scratch_dir("elect-unmet");
    let policy = dir.join("add-seats.toml");
    let text = std::fs::read_to_string(example_data("psp-election-policy.toml")).unwrap();
    std::fs::write(&policy, text.replace("corrective-replacement", "add-seats")).unwrap();
    let (code, stdout, _) = rulebook(&[
        "elect",
        &path("psp-election.json"),
        "pengurus",
        "--ballots",
        &path("psp-election.blt"),
        "--policy",
        policy.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("[floor-not-met]"), "{stdout}");
}

#[test]
fn elect_bad_input_exits_2_with_the_reason() {
    let cases: [(&[&str], &str); 3] = [
        (&["ketua@2027-13-01"], "is not a date"),
        (&["pengurus"], "no candidates"),
        (&["nope"], "no election rule nope"),
    ];
    for (args, expected) in cases {
        let doc = path("psp-election.json");
        let mut all = vec!["elect", doc.as_str()];
        all.extend_from_slice(args);
        let (code, _, stderr) = rulebook(&all);
        assert_eq!(code, 2, "{args:?}");
        assert!(stderr.contains(expected), "{args:?}: {stderr}");
    }
}
