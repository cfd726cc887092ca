//! Every bundled example of the counting commands (`tally`, `apportion`, `decide`,
//! `elect`) renders in Bahasa Indonesia and in English, as text and as JSON: the
//! Indonesian text holds no English sentence, and the JSON keeps its codes and
//! structure in both languages (only message texts differ).

#![cfg(feature = "cli")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{example_data, rulebook, scratch_dir};
use serde_json::Value;

/// Common English words that an Indonesian report must not use outside ids, names,
/// file names and codes (the brief's list).
const ENGLISH: &[&str] = &[
    "the",
    "is",
    "elected",
    "votes",
    "quota",
    "seats",
    "round",
    "stage",
    "excluded",
    "with",
    "of",
    "and",
    "by",
    "for",
    "at",
    "seat",
    "ballots",
    "candidate",
    "candidates",
    "transferred",
    "surplus",
    "exclusion",
    "nobody",
    "ties",
    "tied",
    "settled",
    "lot",
    "majority",
    "quorum",
    "present",
    "needed",
    "met",
    "carried",
    "rejected",
    "motion",
    "below",
    "threshold",
    "eligible",
    "term",
    "until",
    "voters",
    "decided",
    "policy",
    "rule",
    "applied",
];

fn path(name: &str) -> String {
    example_data(name).display().to_string()
}

/// Runs `rulebook --lang LANG ARGS`: exit code and stdout; stderr must be empty on
/// success.
fn run(lang: &str, args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    rulebook(&all)
}

/// Every string under a key named `name`, `title`, `person`, `option` or `motion` (the
/// data's own names, which may be English), longest first.
fn data_names(json: &Value, out: &mut Vec<String>) {
    match json {
        Value::Object(map) => {
            for (k, v) in map {
                if let Value::String(s) = v
                    && matches!(
                        k.as_str(),
                        "name" | "title" | "person" | "option" | "motion" | "rule" | "body"
                    )
                {
                    out.push(s.clone());
                }
                data_names(v, out);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| data_names(v, out)),
        _ => {}
    }
}

/// The English words of `text` (names in `names` taken out first): whole words only,
/// so codes (`scottish-stv`, `not-met`), options (`--seed`) and file names
/// (`board.blt`) are not words.
fn english_words(text: &str, names: &[String]) -> Vec<String> {
    let mut text = text.to_owned();
    let mut names = names.to_vec();
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    for n in names.iter().filter(|n| !n.is_empty()) {
        text = text.replace(n.as_str(), " ");
    }
    text.split(|c: char| c.is_whitespace() || ",;()[]{}\"`".contains(c))
        .map(|t| t.trim_matches(|c: char| c == ':' || c == '.'))
        .filter(|t| !t.is_empty() && t.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase)
        .filter(|t| ENGLISH.contains(&t.as_str()))
        .collect()
}

/// Compares two JSON trees: the same keys, arrays of the same lengths, the same
/// numbers, booleans and nulls, the same strings except under the keys that hold
/// message texts. Returns the paths of the texts that differ.
fn same_structure(en: &Value, id: &Value, path: &str, texts: &mut Vec<String>) {
    const TEXT_KEYS: &[&str] = &["message", "purpose", "label"];
    match (en, id) {
        (Value::Object(a), Value::Object(b)) => {
            let ka: Vec<&String> = a.keys().collect();
            let kb: Vec<&String> = b.keys().collect();
            assert_eq!(ka, kb, "keys at {path}");
            for (k, v) in a {
                let p = format!("{path}/{k}");
                if let (Value::String(x), Value::String(y)) = (v, &b[k])
                    && TEXT_KEYS.contains(&k.as_str())
                {
                    if x != y {
                        texts.push(p);
                    }
                    continue;
                }
                same_structure(v, &b[k], &p, texts);
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "length at {path}");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                same_structure(x, y, &format!("{path}/{i}"), texts);
            }
        }
        (a, b) => assert_eq!(a, b, "value at {path}"),
    }
}

/// Renders `args` in both languages as text and JSON and checks them; returns the
/// Indonesian text.
fn check(args: &[&str], ok_codes: &[i32]) -> String {
    let (code_en, text_en, err) = run("en", args);
    assert!(
        ok_codes.contains(&code_en),
        "{args:?}: exit {code_en}: {err}"
    );
    assert!(!text_en.trim().is_empty(), "{args:?}: no English text");
    let (code_id, text_id, err) = run("id", args);
    assert_eq!(code_id, code_en, "{args:?}: {err}");
    assert!(!text_id.trim().is_empty(), "{args:?}: no Indonesian text");
    assert_ne!(
        text_id, text_en,
        "{args:?}: the Indonesian text is the English one"
    );

    let mut json_args = args.to_vec();
    json_args.extend_from_slice(&["--format", "json"]);
    let (code, json_en, err) = run("en", &json_args);
    assert_eq!(code, code_en, "{json_args:?}: {err}");
    let (code, json_id, err) = run("id", &json_args);
    assert_eq!(code, code_en, "{json_args:?}: {err}");
    let en: Value = serde_json::from_str(&json_en).unwrap_or_else(|e| panic!("{e}: {json_en}"));
    let id: Value = serde_json::from_str(&json_id).unwrap_or_else(|e| panic!("{e}: {json_id}"));
    let mut texts = Vec::new();
    same_structure(&en, &id, "", &mut texts);

    let mut names = Vec::new();
    data_names(&en, &mut names);
    let words = english_words(&text_id, &names);
    assert!(
        words.is_empty(),
        "{args:?}: English words {words:?} in the Indonesian text:\n{text_id}"
    );
    text_id
}

/// [`check`] of `rulebook tally` of the example `file` with `options`, which exits 0.
fn tally(file: &str, options: &[&str]) -> String {
    let file = path(file);
    let mut args = vec!["tally", &file];
    args.extend(options);
    check(&args, &[0])
}

#[test]
fn ward_by_irv_with_its_transcript() {
    let ward = path("ward.blt");
    let text = check(
        &[
            "tally",
            &ward,
            "--method",
            "irv",
            "--seats",
            "1",
            "--transcript",
        ],
        &[0],
    );
    assert!(
        text.contains("calon terpilih, menurut urutan keterpilihan:"),
        "{text}"
    );
    assert!(text.contains("tahap 1: penghitungan pertama"), "{text}");
    assert!(text.contains("tidak dapat dialihkan"), "{text}");
}

#[test]
fn ward_by_every_stv_method_with_its_transcript() {
    let ward = path("ward.blt");
    for method in ["scottish-stv", "meek", "wigm"] {
        let text = check(&["tally", &ward, "--method", method, "--transcript"], &[0]);
        assert!(text.contains("kuota: "), "{method}: {text}");
        // Meek transfers every surplus at once in rounds; the others one by one.
        let transfer = if method == "meek" {
            "putaran 1, "
        } else {
            "kelebihan suara "
        };
        assert!(text.contains(transfer), "{method}: {text}");
    }
}

#[test]
fn poll_by_plurality() {
    let text = tally("poll.soi", &["--method", "plurality"]);
    assert!(
        text.contains("metode plurality, 1 kursi, 120 surat suara"),
        "{text}"
    );
}

#[test]
fn two_rounds() {
    let text = tally(
        "round1.blt",
        &[
            "--method",
            "two-round",
            "--runoff",
            &path("round2.blt"),
            "--transcript",
        ],
    );
    assert!(text.contains("putaran kedua"), "{text}");
}

#[test]
fn board_by_limited_vote_with_a_lot() {
    let text = tally(
        "board.blt",
        &[
            "--method", "limited", "--limit", "2", "--ties", "lot", "--seed", "2026",
        ],
    );
    assert!(
        text.contains("dengan undian (nilai awal undian 2026)"),
        "{text}"
    );
}

#[test]
fn a_tie_only_a_lot_can_settle_is_reported_in_indonesian() {
    let (code, out, err) = run(
        "id",
        &[
            "tally",
            &path("board.blt"),
            "--method",
            "limited",
            "--limit",
            "2",
        ],
    );
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("perolehan suara sama pada tahap 1 antara calon 3 Sri Wahyuni, 4 Bambang Susilo untuk keterpilihan"),
        "{err}"
    );
    let words = english_words(&err, &[]);
    assert!(words.is_empty(), "{words:?}: {err}");
}

#[test]
fn list_votes_by_dhondt() {
    let text = tally("list-votes.csv", &["--method", "dhondt", "--seats", "7"]);
    assert!(text.contains("metode dhondt, 7 kursi"), "{text}");
}

#[test]
fn the_psp_ballots_by_scottish_stv() {
    let text = tally(
        "psp-election.blt",
        &["--method", "scottish-stv", "--transcript"],
    );
    assert!(text.contains("tahap 1: "), "{text}");
}

#[test]
fn apportionment_examples() {
    let text = check(
        &[
            "apportion",
            &path("regions.csv"),
            "--method",
            "huntington-hill",
            "--seats",
            "435",
            "--min",
            "1",
        ],
        &[0],
    );
    assert!(
        text.starts_with("435 kursi dengan metode huntington-hill\n"),
        "{text}"
    );
    let text = check(
        &[
            "apportion",
            &path("units-weights.csv"),
            "--method",
            "sainte-lague",
            "--seats",
            "25",
        ],
        &[0],
    );
    assert!(
        text.starts_with("25 kursi dengan metode sainte-lague\n"),
        "{text}"
    );
}

#[test]
fn decision_examples() {
    // Kongres amendment: two thirds of all delegates or three quarters of the voting
    // delegates, then two thirds of the votes for the options and abstentions.
    let text = check(&["decide", &path("motion-kongres-amendment.json")], &[0]);
    assert!(text.contains(": diterima\n"), "{text}");
    assert!(text.contains("kuorum:\n"), "{text}");
    assert!(
        text.contains("sekurang-kurangnya 2/3 dari 40 utusan: 29 hadir, diperlukan 27: terpenuhi"),
        "{text}"
    );
    check(&["decide", &path("motion-card-vote.json")], &[0]);
}

#[test]
fn elect_examples() {
    let dir = scratch_dir("i18n-count-elect");
    let after = dir.join("after.json");
    let text = check(
        &[
            "elect",
            &path("psp-election.json"),
            "pengurus",
            "--ballots",
            &path("psp-election.blt"),
            "--policy",
            &path("psp-election-policy.toml"),
        ],
        &[0, 1],
    );
    assert!(
        text.contains("ditetapkan: melalui penghitungan suara"),
        "{text}"
    );
    let (code, _, err) = run(
        "en",
        &[
            "elect",
            &path("psp-election.json"),
            "pengurus",
            "--ballots",
            &path("psp-election.blt"),
            "--policy",
            &path("psp-election-policy.toml"),
            "--out",
            after.to_str().unwrap(),
        ],
    );
    assert!(code == 0 || code == 1, "{err}");
    let text = check(
        &["elect", after.to_str().unwrap(), "ketua@2027-02-27"],
        &[0, 1],
    );
    assert!(text.contains("calon tunggal"), "{text}");
}

#[test]
fn english_words_are_found_as_words_only() {
    assert_eq!(
        english_words("tahap 1: the quota, scottish-stv board.blt --seed", &[]),
        ["the", "quota"]
    );
    assert!(
        english_words(
            "Branch secretary, first round",
            &["Branch secretary, first round".into()]
        )
        .is_empty()
    );
}
