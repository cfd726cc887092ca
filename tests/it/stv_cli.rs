//! `rulebook tally` with the STV methods, end to end.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::{rulebook, shared_data};

/// North Lanarkshire 2017 ward 11: the official result elects candidates 3, 4, 7, 5 in
/// that order (Carragher and Castles at stage 1, MacGregor at 2, Encinias at 8).
#[test]
fn tally_scottish_stv_json_gives_the_official_result() {
    let file =
        shared_data().join("scotland-stv/blt-original/8_cands/north_lanarkshire_2017_ward11.blt");
    let (code, out, err) = rulebook(&[
        "tally",
        file.to_str().unwrap(),
        "--method",
        "scottish-stv",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["method"], "scottish-stv");
    assert_eq!(v["seats"], 4);
    let elected: Vec<u64> = v["elected"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["candidate"].as_u64().unwrap())
        .collect();
    assert_eq!(elected, vec![3, 4, 7, 5]);
    assert!(v["stages"].as_array().unwrap().len() >= 8);
}

#[test]
fn tally_meek_and_wigm_run_and_wigm_options_are_checked() {
    let file = shared_data().join("stv-rs-testdata/ballots/vegetables.blt");
    let f = file.to_str().unwrap();
    let (code, out, err) = rulebook(&["tally", f, "--method", "meek", "--transcript"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("stage 1"), "{out}");
    let (code, _, err) = rulebook(&[
        "tally", f, "--method", "wigm", "--quota", "hare", "--places", "3",
    ]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = rulebook(&["tally", f, "--method", "meek", "--places", "3"]);
    assert_eq!(code, 2);
    assert!(err.contains("--places"), "{err}");
    let (code, _, err) = rulebook(&["tally", f, "--method", "wigm", "--places", "12"]);
    assert_eq!(code, 2);
    assert!(err.contains("12 decimal places"), "{err}");
}
