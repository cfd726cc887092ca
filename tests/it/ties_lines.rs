//! No silent lot, and the right location (issue 10, items 5 and 4), end to end:
//! a tie only a lot can settle is an error unless the caller gave a seed; a ballot
//! error names the ballot file and the ballot's line; no message uses Rust's Debug
//! formatting or numbers from 0.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{example_data, rulebook, scratch_dir};
use std::path::{Path, PathBuf};

/// Fails when a rendered message shows Rust's list syntax (`[0, 2]`, `[3]`): a `[`
/// followed by a digit. (BLT option names such as `[tie ...]` start with a letter.)
fn assert_no_list_syntax(text: &str) {
    let bytes = text.as_bytes();
    for (i, w) in bytes.windows(2).enumerate() {
        assert!(
            !(w[0] == b'[' && w[1].is_ascii_digit()),
            "list syntax at byte {i}: {text}"
        );
    }
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Sri Wahyuni (3) and Bambang Susilo (4) tie for the third seat with 30 marks each
/// (15 + 10 + 5 and 5 + 10 + 10 + 5, counted by hand from the file's ballots).
#[test]
fn a_tie_only_a_lot_can_settle_needs_a_seed() {
    let board = example_data("board.blt");
    for extra in [&[][..], &["--ties", "lot"][..], &["--ties", "forward"][..]] {
        let mut args = vec!["tally", s(&board), "--method", "limited", "--limit", "2"];
        args.extend_from_slice(extra);
        let (code, out, err) = rulebook(&args);
        assert_eq!(code, 2, "{extra:?}: {out}");
        assert!(out.is_empty(), "{out}");
        for part in [
            "board.blt: cannot count: tie at stage 1 between candidates 3 Sri Wahyuni, 4 Bambang Susilo for election",
            "--seed N",
            "[tie ...]",
            "earlier stages",
        ] {
            assert!(err.contains(part), "{extra:?}: {part}: {err}");
        }
        assert_no_list_syntax(&err);
    }
    // The README's command: the lot is chosen, with its seed, and recorded.
    let (code, out, err) = rulebook(&[
        "tally",
        s(&board),
        "--method",
        "limited",
        "--limit",
        "2",
        "--ties",
        "lot",
        "--seed",
        "2026",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["ties"][0]["candidates"], serde_json::json!([3, 4]));
    assert_eq!(
        v["ties"][0]["settled_by"],
        serde_json::json!({"kind": "lot", "seed": 2026})
    );
    let (code, out, _) = rulebook(&[
        "tally",
        s(&board),
        "--method",
        "limited",
        "--limit",
        "2",
        "--seed",
        "2026",
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("settled by lot (seed 2026)"), "{out}");
}

/// IRV, by hand: stage 1 A 6, B 4, C 3, D 1; D is excluded and its ballot goes to C,
/// so at stage 2 B and C tie on 4 for exclusion. At stage 1 C had fewer (3 < 4): the
/// earlier stage settles it, C is excluded, and no seed is needed.
#[test]
fn a_tie_earlier_stages_settle_needs_no_seed() {
    let dir = scratch_dir("ties-earlier");
    let file = dir.join("earlier.blt");
    std::fs::write(
        &file,
        "4 1\n6 1 0\n4 2 0\n3 3 0\n1 4 3 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"earlier stage\"\n",
    )
    .unwrap();
    for policy in ["backward", "forward"] {
        let (code, out, err) = rulebook(&[
            "tally",
            s(&file),
            "--method",
            "irv",
            "--ties",
            policy,
            "--format",
            "json",
        ]);
        assert_eq!(code, 0, "{policy}: {err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let tie = &v["ties"][0];
        assert_eq!(tie["candidates"], serde_json::json!([2, 3]), "{out}");
        assert_eq!(
            tie["settled_by"],
            serde_json::json!({"kind": "earlier-stage", "stage": 1})
        );
        assert_eq!(tie["chosen"], 3, "C is excluded");
    }
    // A lot at once, without a seed, is refused.
    let (code, _, err) = rulebook(&["tally", s(&file), "--method", "irv", "--ties", "lot"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("between candidates 2 B, 3 C for exclusion"),
        "{err}"
    );
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// A ballot the method cannot count is named by its line in the file (counted by
/// hand), after the ballot file's path.
#[test]
fn ballot_errors_name_the_file_and_line() {
    let dir = scratch_dir("ties-lines");
    let blt = write(
        &dir,
        "eq.blt",
        "2 1\n# a note\n3 1 2 0\n\n2 1=2 0\n0\n\"A\"\n\"B\"\n\"T\"\n",
    );
    for (method, tail) in [
        ("irv", "at the preference it counts for"),
        ("plurality", "at the preference it counts for"),
        (
            "scottish-stv",
            "at one place, which the rule does not define",
        ),
    ] {
        let (code, _, err) = rulebook(&["tally", s(&blt), "--method", method]);
        assert_eq!(code, 2);
        let expected = format!(
            "{}: cannot count: method {method} cannot count the ballot on line 5: it ranks candidates equally {tail}",
            blt.display()
        );
        assert!(err.contains(&expected), "{expected}\n{err}");
        assert_no_list_syntax(&err);
    }
    let toi = write(
        &dir,
        "eq.toi",
        "# NUMBER ALTERNATIVES: 2\n# DATA TYPE: toi\n3: 1,2\n1: {1,2}\n",
    );
    let (code, _, err) = rulebook(&["tally", s(&toi), "--method", "irv"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("eq.toi: cannot count: method irv cannot count the ballot on line 4"),
        "{err}"
    );
    // `elect` blames the ballot file, not the document: line 8 of the example's
    // ballots ranks p-6 and p-7 equally here.
    let text = std::fs::read_to_string(example_data("psp-election.blt")).unwrap();
    assert!(text.contains("\n12 6 7 0\n"));
    let ballots = write(
        &dir,
        "psp-equal.blt",
        &text.replace("\n12 6 7 0\n", "\n12 6=7 0\n"),
    );
    let doc = example_data("psp-election.json");
    let (code, _, err) = rulebook(&["elect", s(&doc), "pengurus", "--ballots", s(&ballots)]);
    assert_eq!(code, 2);
    let expected = format!(
        "{}: the count failed: method scottish-stv cannot count the ballot on line 8",
        ballots.display()
    );
    assert!(err.contains(&expected), "{expected}\n{err}");
    assert!(!err.contains("psp-election.json"), "{err}");
}

/// Every `messages.rs` under `src/`, read as text.
fn message_files(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            message_files(&path, out);
        } else if path.file_name().is_some_and(|n| n == "messages.rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path, text));
        }
    }
}

/// Every Fluent catalogue under `locales/`, read as text (see
/// [`scan_catalogues`]).
fn catalogue_files(dir: &Path, out: &mut Vec<(PathBuf, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            catalogue_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "ftl") {
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((path, text));
        }
    }
}

/// The Fluent catalogues (`locales/*/*.ftl`), part of the message catalogue, are
/// scanned as text, every line but comments:
/// - no `[` followed by a digit or a placeable (`[0`, `[{ $x }]`): a list or an index
///   in Rust's syntax; variant keys (`[one]`, `*[other]`) are words and allowed;
/// - no variable named as a 0-based position (`$index`, `$idx`, `$i`), and no
///   `#0` or `0-based` in a text: people count candidates, places and ballots from 1.
fn scan_catalogues() {
    let mut files = Vec::new();
    catalogue_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"),
        &mut files,
    );
    assert!(files.len() >= 10, "{} catalogue files", files.len());
    for (path, text) in &files {
        let p = path.display();
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            let b = line.as_bytes();
            for (j, w) in b.windows(2).enumerate() {
                if w[0] == b'[' {
                    let after = line[j + 1..].trim_start();
                    // `[{ $option }]` is a BLT option written as the file writes it.
                    let option = line[j..].starts_with("[{ $option }]");
                    assert!(
                        option || !(w[1].is_ascii_digit() || after.starts_with('{')),
                        "{p}:{}: list syntax in a message: {line}",
                        i + 1
                    );
                }
            }
            for bad in [
                "$index",
                "$idx",
                "$i ",
                "$i}",
                "#0",
                "0-based",
                "zero-based",
            ] {
                assert!(
                    !line.contains(bad),
                    "{p}:{}: a 0-based number ({bad}) in a message: {line}",
                    i + 1
                );
            }
        }
    }
}

/// The message catalogue (every `messages.rs` under `src/`) is scanned as text:
/// - no positional Debug (`{:?}`, `{:#?}`): its type cannot be told from the text;
/// - a named Debug (`{name:?}`) only of a value the same file declares a string or
///   a character (`name: &str`, `name: String`, `name: char`, `let name = ...
///   .unwrap_or(' ')`), whose Debug is the text in quotes, or of an enum field
///   known to hold a `String` (listed below);
/// - no `[` followed by a digit or by a `{...}` placeholder in a message text (a list
///   rendered in Rust's syntax); `[{option}]` of a BLT option is the one allowed;
/// - and the Fluent catalogues the messages come from likewise (see
///   [`scan_catalogues`]).
#[test]
fn the_message_catalogue_has_no_debug_lists_or_0_based_numbers() {
    scan_catalogues();
    // `ApportionError::UnknownMethod(s)` and `ApportionError::BadShare(s)` hold a
    // `String`; `first` in model/messages.rs is a `char`.
    let string_fields = ["s", "first"];
    let mut files = Vec::new();
    message_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() >= 10, "{} message files", files.len());
    for (path, text) in &files {
        let p = path.display();
        assert!(
            !text.contains("{:?}") && !text.contains("{:#?}"),
            "{p}: positional Debug"
        );
        let mut rest = text.as_str();
        while let Some(end) = rest.find(":?}") {
            let before = &rest[..end];
            let name = &before[before.rfind('{').map_or(0, |i| i + 1)..];
            let declared = [": &str", ": String", ": char", ": &String"]
                .iter()
                .any(|t| text.contains(&format!("{name}{t}")));
            assert!(
                declared || string_fields.contains(&name),
                "{p}: {{{name}:?}} is Debug of a value not known to be a string"
            );
            rest = &rest[end + 3..];
        }
        for (i, line) in text.lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            let b = line.as_bytes();
            for (j, w) in b.windows(2).enumerate() {
                if w[0] != b'[' {
                    continue;
                }
                let list_like =
                    w[1].is_ascii_digit() || (w[1] == b'{' && !line[j..].starts_with("[{option}]"));
                // `[` in code (indexing `x[0]`, slices) follows an identifier or `&`;
                // in a message it follows a space or a quote.
                let in_text = j == 0 || matches!(b[j - 1], b' ' | b'"' | b'(');
                assert!(
                    !(list_like && in_text && line.contains('"')),
                    "{p}:{}: list syntax in a message: {line}",
                    i + 1
                );
            }
        }
    }
}
