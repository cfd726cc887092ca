//! `ElectionResult::patch`: the election's changes as an RFC 6902 JSON Patch, applied
//! with the `json-patch` crate to the input document, give exactly the document
//! `ElectionResult::apply` gives (and `rulebook elect --out` writes).
//!
//! The example is `examples/data/psp-election.*` (see `elect.rs`): the Pengurus
//! election of 2026-03-14 fills the 5 seats of post `psp-garmen/pengurus` (the
//! second post of `$.bodies[0]`), whose 5 sitting terms (`$.terms[1]` to `[5]`)
//! end the day before, 2026-03-13; the body's terms run 36 months, so the new ones
//! end on 2029-03-13.

use json_patch::Patch;
use serde_json::{Value, json};
use union_rulebook::election::{RankedElection, blt};
use union_rulebook::election_rules::{ElectRequest, ElectionResult, ElectionSelector, elect};
use union_rulebook::model::Organization;
use union_rulebook::policy::Policy;

use crate::common::example_data;

fn input_text() -> String {
    std::fs::read_to_string(example_data("psp-election.json")).unwrap()
}

fn ballots() -> RankedElection {
    blt::read(&std::fs::read(example_data("psp-election.blt")).unwrap())
        .unwrap()
        .election
}

fn policy(consequence: &str) -> Policy {
    let text = std::fs::read_to_string(example_data("psp-election-policy.toml")).unwrap();
    Policy::from_toml_str(
        &text.replace("\"corrective-replacement\"", &format!("\"{consequence}\"")),
    )
    .unwrap()
}

/// The Pengurus election of `doc` with the example ballots, under `policy`.
fn pengurus(doc: &Organization, policy: &Policy) -> ElectionResult {
    elect(
        doc,
        &ElectRequest::new("pengurus")
            .ballots(ballots())
            .policy(policy),
    )
    .unwrap()
}

/// `doc` as JSON, `patch` applied to it with the `json-patch` crate.
fn patched(doc: &Organization, patch: &Patch) -> Value {
    let mut value = serde_json::to_value(doc).unwrap();
    json_patch::patch(&mut value, patch).unwrap();
    value
}

/// The patch applied to the document gives the document `apply` gives.
fn assert_patch_is_apply(doc: &Organization, r: &ElectionResult) {
    assert_eq!(
        patched(doc, &r.patch(doc)),
        serde_json::to_value(r.apply(doc)).unwrap()
    );
}

fn term(person: &str, how: &str) -> Value {
    json!({"person": person, "post": "psp-garmen/pengurus", "start": "2026-03-14",
           "end": "2029-03-13", "how": how})
}

#[test]
fn corrective_replacement_patch_ends_the_sitting_terms_and_adds_the_new() {
    let doc = Organization::from_json_str(&input_text()).unwrap();
    let r = pengurus(&doc, &policy("corrective-replacement"));
    let mut expected: Vec<Value> = (1..=5)
        .map(|i| json!({"op": "add", "path": format!("/terms/{i}/end"), "value": "2026-03-13"}))
        .collect();
    // p-5 replaces p-6 (the worked example of `elect.rs`): in order of election.
    for p in ["p-1", "p-3", "p-4", "p-2", "p-5"] {
        expected.push(json!({"op": "add", "path": "/terms/-", "value": term(p, "elected")}));
    }
    assert_eq!(
        serde_json::to_value(r.patch(&doc)).unwrap(),
        Value::Array(expected)
    );
    assert_patch_is_apply(&doc, &r);
}

#[test]
fn added_seats_patch_enlarges_the_last_post() {
    // SDA 1975 s.49: one seat added for p-5, so the Pengurus post grows from 5 to 6.
    let doc = Organization::from_json_str(&input_text()).unwrap();
    let r = pengurus(&doc, &policy("add-seats"));
    let patch = serde_json::to_value(r.patch(&doc)).unwrap();
    assert!(
        patch
            .as_array()
            .unwrap()
            .contains(&json!({"op": "add", "path": "/bodies/0/posts/1/seats", "value": 6})),
        "{patch:#}"
    );
    assert!(
        patch
            .as_array()
            .unwrap()
            .contains(&json!({"op": "add", "path": "/terms/-", "value": term("p-5", "co-opted")})),
        "{patch:#}"
    );
    assert_patch_is_apply(&doc, &r);
}

#[test]
fn unopposed_and_refused_elections_patch_as_they_apply() {
    let doc = Organization::from_json_str(&input_text()).unwrap();
    // The Ketua's sole nominee of 2027-02-27: p-10's open term (`$.terms[0]`) ends
    // 2027-02-26.
    let r = elect(&doc, &ElectRequest::from(ElectionSelector::latest("ketua"))).unwrap();
    let patch = serde_json::to_value(r.patch(&doc)).unwrap();
    assert_eq!(
        patch[0],
        json!({"op": "add", "path": "/terms/0/end", "value": "2027-02-26"})
    );
    assert_patch_is_apply(&doc, &r);

    // A refused delegation writes nothing: the patch is empty.
    let mut value: Value = serde_json::from_str(&input_text()).unwrap();
    value["bodies"][0]["kind"] = "delegation".into();
    let delegation = Organization::from_json_str(&value.to_string()).unwrap();
    let text = std::fs::read_to_string(example_data("psp-election-policy.toml")).unwrap();
    let policy = Policy::from_toml_str(
        &text
            .replace("\"corrective-replacement\"", "\"refuse-delegation\"")
            .replace(
                "targets = [\"bodies\"], body_kinds = [\"executive\"]",
                "targets = [\"delegations\"]",
            ),
    )
    .unwrap();
    let r = pengurus(&delegation, &policy);
    assert!(r.refused);
    assert_eq!(r.patch(&delegation).0.len(), 0);
    assert_patch_is_apply(&delegation, &r);
}

#[test]
fn a_document_without_terms_gets_the_whole_terms_member() {
    // RFC 6902 §4.1: `add` at `/terms/-` needs the array; a document with no terms
    // (the member left out) gets it whole.
    let mut value: Value = serde_json::from_str(&input_text()).unwrap();
    value.as_object_mut().unwrap().remove("terms");
    let doc = Organization::from_json_str(&value.to_string()).unwrap();
    let r = elect(&doc, &ElectRequest::new("ketua")).unwrap();
    let patch = r.patch(&doc);
    assert_eq!(patch.0.len(), 1);
    let mut applied = value.clone();
    json_patch::patch(&mut applied, &patch).unwrap();
    assert_eq!(
        applied["terms"],
        json!([{"person": "p-8", "post": "psp-garmen/ketua", "start": "2027-02-27",
                "end": "2030-02-26", "how": "elected"}])
    );
    assert_patch_is_apply(&doc, &r);
}

/// `rulebook elect --patch` writes the library's patch, and applied to the input file
/// it gives the document `--out` writes.
#[cfg(feature = "cli")]
#[test]
fn the_cli_patch_is_the_library_patch_and_gives_the_out_document() {
    let dir = crate::common::scratch_dir("elect-patch");
    let (out, patch_file) = (dir.join("after.json"), dir.join("changes.json"));
    let input = example_data("psp-election.json");
    let (code, _, err) = crate::common::rulebook(&[
        "elect",
        input.to_str().unwrap(),
        "pengurus",
        "--ballots",
        example_data("psp-election.blt").to_str().unwrap(),
        "--policy",
        example_data("psp-election-policy.toml").to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--patch",
        patch_file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let written_patch: Patch =
        serde_json::from_slice(&std::fs::read(&patch_file).unwrap()).unwrap();
    let doc = Organization::from_json_str(&input_text()).unwrap();
    let r = pengurus(&doc, &policy("corrective-replacement"));
    assert_eq!(written_patch, r.patch(&doc));
    // Applied to the input file as it is, then read back as a document.
    let mut applied: Value = serde_json::from_str(&input_text()).unwrap();
    json_patch::patch(&mut applied, &written_patch).unwrap();
    let reread = |v: &Value| {
        serde_json::to_value(Organization::from_json_str(&v.to_string()).unwrap()).unwrap()
    };
    let written: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(reread(&applied), reread(&written));
}
