//! The PrefLib reader against the BLT reader on the same real elections.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::shared_data;
use std::fmt::Write as _;
use union_rulebook::election::{
    RankedElection, blt,
    preflib::{self, PreflibKind},
};

/// The election as a PrefLib 2022 file of `kind` (what PrefLib publishes for these
/// Glasgow wards, ED-00008).
fn to_preflib(e: &RankedElection, kind: PreflibKind) -> String {
    let mut s = String::new();
    let ext = kind.extension();
    writeln!(s, "# FILE NAME: ward.{ext}").unwrap();
    writeln!(s, "# TITLE: {}", e.title.as_deref().unwrap_or("")).unwrap();
    writeln!(s, "# DATA TYPE: {ext}").unwrap();
    writeln!(s, "# NUMBER ALTERNATIVES: {}", e.candidates.len()).unwrap();
    for (i, c) in e.candidates.iter().enumerate() {
        writeln!(s, "# ALTERNATIVE NAME {}: {}", i + 1, c.name).unwrap();
    }
    writeln!(s, "# NUMBER VOTERS: {}", e.total_weight()).unwrap();
    for b in &e.ballots {
        let ranks: Vec<String> = b
            .ranks
            .iter()
            .map(|r| {
                let names: Vec<String> = r.iter().map(|c| (c + 1).to_string()).collect();
                if r.len() == 1 {
                    names.join(",")
                } else {
                    format!("{{{}}}", names.join(","))
                }
            })
            .collect();
        writeln!(s, "{}: {}", b.weight, ranks.join(",")).unwrap();
    }
    s
}

#[test]
fn glasgow_2007_wards_read_the_same_from_blt_and_soi() {
    let dir = shared_data().join("scotland-stv/blt-strict/2007");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let e = blt::read_election(&std::fs::read(&path).unwrap()).unwrap();
        let soi = preflib::read(
            to_preflib(&e, PreflibKind::Soi).as_bytes(),
            PreflibKind::Soi,
        )
        .unwrap();
        assert_eq!(soi.ballots, e.ballots, "{}", path.display());
        assert_eq!(soi.candidates, e.candidates, "{}", path.display());
        assert_eq!(soi.title, e.title);
        assert_eq!(soi.seats, 1, "PrefLib gives no seats: 1 unless told");
        n += 1;
    }
    assert_eq!(n, 21);
}

#[test]
fn equal_rankings_read_the_same_from_blt_and_toi() {
    let dir = shared_data().join("stv-rs-testdata/ballots/equal_preference");
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let e = blt::read_election(&std::fs::read(&path).unwrap()).unwrap();
        let toi = preflib::read(
            to_preflib(&e, PreflibKind::Toi).as_bytes(),
            PreflibKind::Toi,
        )
        .unwrap();
        assert_eq!(toi.ballots, e.ballots, "{}", path.display());
        // The same text is not valid strict-order data when it has ties.
        let text = to_preflib(&e, PreflibKind::Toi).replace("DATA TYPE: toi", "DATA TYPE: soi");
        let strict = preflib::read(text.as_bytes(), PreflibKind::Soi);
        assert_eq!(
            strict.is_err(),
            e.ballots.iter().any(|b| b.has_equal_ranks())
        );
    }
}
