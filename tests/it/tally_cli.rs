//! `rulebook tally` end to end: exit codes, JSON shape, errors with positions.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;

use crate::common::{rulebook, shared_data};

/// `rulebook tally FILE` with `options`.
fn tally(file: &Path, options: &[&str]) -> (i32, String, String) {
    let mut args = vec!["tally", file.to_str().unwrap()];
    args.extend(options);
    rulebook(&args)
}

#[test]
fn tally_json_has_the_documented_shape() {
    let file = shared_data().join("stv-rs-testdata/ballots/vegetables.blt");
    let (code, out, _) = tally(&file, &["--method", "block", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["method"], "block");
    assert_eq!(v["seats"], 4);
    // 1-based candidate numbers as in the file: Jalapeno is candidate 9.
    assert_eq!(v["elected"][0]["candidate"], 9);
    assert_eq!(v["elected"][0]["name"], "Jalapeno");
    assert_eq!(v["elected"].as_array().unwrap().len(), 4);
    assert_eq!(v["stages"][0]["votes"][8], "17");
    assert_eq!(v["stages"][0]["elected"][0], 9);
}

#[test]
fn seats_flag_overrides_the_file_and_transcript_prints_stages() {
    let file = shared_data().join("droop-testdata/blt/42.blt");
    let (code, out, _) = tally(&file, &["--method", "irv", "--seats", "1", "--transcript"]);
    assert_eq!(code, 0);
    assert!(out.contains("method irv, 1 seat, 6 ballots"), "{out}");
    assert!(out.contains("stage 1: first count"), "{out}");
}

#[test]
fn bad_input_and_usage_exit_2_with_a_position() {
    let dir = std::env::temp_dir().join(format!("rulebook-tally-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.blt");
    std::fs::write(&bad, "3 1\n2 1 x 0\n0\n").unwrap();
    let (code, _, err) = tally(&bad, &["--method", "irv"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("bad.blt: line 2, column 5: found `x`, expected a candidate number from 1 to 3 or a nickname"),
        "{err}"
    );
    let (code, _, err) = tally(&bad, &["--method", "borda"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown method `borda`: expected one of plurality, block, limited, approval, two-round, contingent, irv"),
        "{err}"
    );
    let soi = dir.join("poll.soi");
    std::fs::write(
        &soi,
        "# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 2\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n3: 1\n4: 2,1\n",
    )
    .unwrap();
    let (code, out, _) = tally(&soi, &["--method", "plurality"]);
    assert_eq!(code, 0);
    assert!(out.contains("1. B (candidate 2)"), "{out}");
    let (code, _, err) = tally(&soi, &["--method", "plurality", "--seats", "0"]);
    assert_eq!(code, 2, "{err}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn text_transcript_for_a_committee() {
    // stv-rs's vegetables.blt (banana and fig withdrawn) counted by IRV for 1 seat:
    // the whole text output, pinned.
    let file = shared_data().join("stv-rs-testdata/ballots/vegetables.blt");
    let (code, out, _) = tally(
        &file,
        &[
            "--method",
            "irv",
            "--seats",
            "1",
            "--transcript",
            "--ties",
            "forward",
            "--seed",
            "7",
        ],
    );
    assert_eq!(code, 0);
    insta::assert_snapshot!(out);
}
