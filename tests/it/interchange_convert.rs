//! Converting ballot files between BLT and PrefLib: the same election after a round
//! trip (proptest), and the same count from the converted file.

use proptest::prelude::*;
use union_rulebook::election::{
    Candidate, RankedBallot, RankedElection, blt,
    preflib::{self, PreflibKind},
};

use crate::common::example_data;

fn words() -> impl Strategy<Value = String> {
    proptest::collection::vec("[A-Za-z][a-z]{0,5}", 1..4).prop_map(|w| w.join(" "))
}

/// A ballot: a random order of some of the candidates (all with `complete`), grouped
/// into ranks (with `equal`, some neighbours share a rank).
fn ballot(n: u32, equal: bool, complete: bool) -> impl Strategy<Value = RankedBallot> {
    (
        Just((0..n).collect::<Vec<u32>>()).prop_shuffle(),
        0..=n as usize,
        proptest::collection::vec(any::<bool>(), n as usize),
        1u64..1000,
    )
        .prop_map(move |(order, len, joins, weight)| {
            let len = if complete { n as usize } else { len };
            let mut ranks: Vec<Vec<u32>> = Vec::new();
            for (i, c) in order.into_iter().take(len).enumerate() {
                match ranks.last_mut() {
                    Some(last) if equal && joins[i] => last.push(c),
                    _ => ranks.push(vec![c]),
                }
            }
            RankedBallot { weight, ranks }
        })
}

/// An election PrefLib can hold: 1 seat, no withdrawn candidates, no nicknames.
fn election(equal: bool, complete: bool) -> impl Strategy<Value = RankedElection> {
    (1u32..8).prop_flat_map(move |n| {
        (
            proptest::collection::vec(words(), n as usize),
            proptest::option::of(words()),
            proptest::collection::vec(ballot(n, equal, complete), 0..30),
        )
            .prop_map(|(names, title, ballots)| RankedElection {
                title,
                candidates: names.into_iter().map(Candidate::new).collect(),
                seats: 1,
                withdrawn: vec![],
                ballots: ballots.into(),
            })
    })
}

proptest! {
    #[test]
    fn preflib_written_reads_back_as_the_same_election(
        (kind, e) in prop_oneof![
            election(false, false).prop_map(|e| (PreflibKind::Soi, e)),
            election(false, true).prop_map(|e| (PreflibKind::Soc, e)),
            election(true, false).prop_map(|e| (PreflibKind::Toi, e)),
            election(true, true).prop_map(|e| (PreflibKind::Toc, e)),
        ]
    ) {
        let text = preflib::write(&e, kind).unwrap();
        let back = preflib::read(text.as_bytes(), kind).unwrap();
        prop_assert_eq!(back, e);
    }

    #[test]
    fn blt_to_preflib_and_back_is_the_same_election(e in election(true, false), seats in 1u32..4) {
        let mut e = e;
        e.seats = seats;
        let blt_text = blt::write(&e).unwrap();
        let from_blt = blt::read_election(blt_text.as_bytes()).unwrap();
        let toi = preflib::write(&from_blt, PreflibKind::Toi).unwrap();
        let mut back = preflib::read(toi.as_bytes(), PreflibKind::Toi).unwrap();
        back.seats = seats; // PrefLib holds no seat count: `rulebook convert --seats`
        prop_assert_eq!(blt::write(&back).unwrap(), blt_text);
        prop_assert_eq!(back, e);
    }
}

#[test]
fn what_preflib_cannot_hold_is_refused_by_name() {
    let e = RankedElection {
        title: None,
        candidates: vec![Candidate::new("Ani"), Candidate::new("Budi")],
        seats: 1,
        withdrawn: vec![],
        ballots: vec![
            RankedBallot {
                weight: 1,
                ranks: vec![vec![0, 1]],
            },
            RankedBallot::strict(2, [1]),
        ]
        .into(),
    };
    let err = preflib::write(&e, PreflibKind::Soi)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "ballot 1 ranks candidates equal: a .soi file holds strict orders (write .toi or .toc)"
    );
    let err = preflib::write(&e, PreflibKind::Toc)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "ballot 2 ranks 1 of the 2 candidates: a .toc file holds complete orders (write .soi or .toi)"
    );
    let mut w = e.clone();
    w.withdrawn = vec![1];
    let err = preflib::write(&w, PreflibKind::Toi)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("candidate 2 is withdrawn"), "{err}");
    let mut bad = e.clone();
    bad.candidates[0].name = " Ani".into();
    let err = preflib::write(&bad, PreflibKind::Toi)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("the name \" Ani\" of candidate 1 cannot be a preflib header"),
        "{err}"
    );
}

#[cfg(feature = "cli")]
mod cli {
    use super::*;
    use crate::common::{rulebook, scratch_dir, shared_data};

    /// North Lanarkshire 2017 ward 11 through PrefLib and back: the official result
    /// (candidates 3, 4, 7, 5) from the converted file.
    #[test]
    fn a_scottish_ward_converted_to_preflib_and_back_counts_the_same() {
        let dir = scratch_dir("convert");
        let ward = shared_data()
            .join("scotland-stv/blt-original/8_cands/north_lanarkshire_2017_ward11.blt");
        let soi = dir.join("ward.soi");
        let back = dir.join("ward.blt");
        let (code, _, err) = rulebook(&["convert", ward.to_str().unwrap(), soi.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let (code, _, err) = rulebook(&[
            "convert",
            soi.to_str().unwrap(),
            back.to_str().unwrap(),
            "--seats",
            "4",
        ]);
        assert_eq!(code, 0, "{err}");
        let count = |f: &std::path::Path| {
            let (code, out, err) = rulebook(&[
                "tally",
                f.to_str().unwrap(),
                "--method",
                "scottish-stv",
                "--format",
                "json",
            ]);
            assert_eq!(code, 0, "{err}");
            let v: serde_json::Value = serde_json::from_str(&out).unwrap();
            (v["elected"].clone(), v["stages"].clone())
        };
        let (elected, stages) = count(&back);
        let numbers: Vec<u64> = elected
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["candidate"].as_u64().unwrap())
            .collect();
        assert_eq!(numbers, [3, 4, 7, 5]);
        assert_eq!(count(&ward).1, stages);
    }

    #[test]
    fn convert_never_writes_over_its_input_and_names_a_format_it_cannot_write() {
        let ward = example_data("ward.blt");
        let (code, _, err) = rulebook(&["convert", ward.to_str().unwrap(), ward.to_str().unwrap()]);
        assert_eq!(code, 2);
        assert!(err.contains("refusing to overwrite an input file"), "{err}");
        let dir = scratch_dir("convert-bad");
        let out = dir.join("ward.txt");
        let (code, _, err) = rulebook(&["convert", ward.to_str().unwrap(), out.to_str().unwrap()]);
        assert_eq!(code, 2);
        assert!(err.contains("cannot tell the format to write"), "{err}");
        let toc = dir.join("ward.toc");
        let (code, _, err) = rulebook(&["convert", ward.to_str().unwrap(), toc.to_str().unwrap()]);
        assert_eq!(code, 2);
        assert!(err.contains("a .toc file holds complete orders"), "{err}");
        assert!(!toc.exists());
    }
}
