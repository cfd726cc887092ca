//! The BLT reader on every real file of the shared data, and the writer round trip.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::shared_data;
use std::path::{Path, PathBuf};
use union_rulebook::election::blt;

fn blt_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|e| e == "blt") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn read_all(dir: &str) -> Vec<(PathBuf, blt::BltFile)> {
    let files = blt_files(&shared_data().join(dir));
    let mut failures = Vec::new();
    let mut read = Vec::new();
    for f in &files {
        match blt::read(&std::fs::read(f).unwrap()) {
            Ok(file) => read.push((f.clone(), file)),
            Err(e) => failures.push(format!("{}: {e}", f.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    read
}

#[test]
fn reads_all_1100_scottish_originals_in_four_name_styles() {
    let files = read_all("scotland-stv/blt-original");
    assert_eq!(files.len(), 1100);
    for (path, f) in &files {
        let e = &f.election;
        assert!(e.seats >= 1 && !e.ballots.is_empty(), "{}", path.display());
        assert!(e.title.is_some(), "{} has no title", path.display());
        assert!(
            e.candidates.iter().all(|c| !c.name.is_empty()),
            "{}",
            path.display()
        );
    }
}

#[test]
fn originals_and_strict_rewrites_give_the_same_elections() {
    // blt-strict is the same 1100 files rewritten with quoted `Name (Party)` names and
    // titles: reading either must give the same election, names included.
    let originals = read_all("scotland-stv/blt-original");
    let strict = read_all("scotland-stv/blt-strict");
    assert_eq!(strict.len(), 1100);
    let by_name: std::collections::HashMap<_, _> = strict
        .iter()
        .map(|(p, f)| (p.file_name().unwrap().to_owned(), &f.election))
        .collect();
    let mut differ = Vec::new();
    for (p, f) in &originals {
        let s = by_name[p.file_name().unwrap()];
        if &f.election != s {
            let names: Vec<_> = f
                .election
                .candidates
                .iter()
                .zip(&s.candidates)
                .filter(|(a, b)| a != b)
                .map(|(a, b)| format!("{:?} vs {:?}", a.name, b.name))
                .collect();
            differ.push(format!(
                "{}: {names:?} {:?} vs {:?}",
                p.display(),
                f.election.title,
                s.title
            ));
        }
    }
    assert!(
        differ.is_empty(),
        "{} differ:\n{}",
        differ.len(),
        differ.join("\n")
    );
}

#[test]
fn reads_every_droop_test_file() {
    let files = read_all("droop-testdata/blt");
    assert_eq!(files.len(), 49);
    let get = |name: &str| &files.iter().find(|(p, _)| p.ends_with(name)).unwrap().1;
    // 42t.blt: `[tie 3 2 1 ]`.
    assert_eq!(get("42t.blt").tie_order, Some(vec![2, 1, 0]));
    // 42ubom.blt starts with a byte-order mark and has UTF-8 names.
    assert_eq!(get("42ubom.blt").election.candidates[0].name, "Cåstor");
    // SCw.blt withdraws with `-4`, SCwopt.blt with `[withdrawn 4]`: same election.
    assert_eq!(get("SCw.blt").election, get("SCwopt.blt").election);
    assert_eq!(get("SCw.blt").election.withdrawn, vec![3]);
    // cfer/dk1-3-2.blt withdraws two on one line and has notes after the title.
    let dk = get("dk1-3-2.blt");
    assert_eq!(dk.election.withdrawn, vec![0, 4]);
    assert!(dk.trailing.iter().any(|l| l == "A: 123 votes"));
    // mpls/tie.blt: a Droop option is kept.
    assert_eq!(get("tie.blt").options[0].name, "droop");
}

#[test]
fn reads_every_stv_rs_ballot_file_or_says_why_not() {
    // The only file that cannot be read is ballot_sum_overflows.blt, which exists to
    // overflow 64-bit counts: its weights add up to 2^64.
    let dir = shared_data().join("stv-rs-testdata");
    let mut read = 0;
    for f in blt_files(&dir) {
        let result = blt::read(&std::fs::read(&f).unwrap());
        if f.ends_with("bigint/ballot_sum_overflows.blt") {
            let e = result.unwrap_err();
            assert_eq!(
                e.to_string(),
                "line 5, column 1: the ballots' total weight exceeds 18446744073709551615: expected a smaller total"
            );
        } else {
            let file = result.unwrap_or_else(|e| panic!("{}: {e}", f.display()));
            assert!(!file.election.ballots.is_empty());
            read += 1;
        }
    }
    assert_eq!(read, 29);
    // The tie order, nicknames and equal rankings of the explicit tie case.
    let f = blt::read(&std::fs::read(dir.join("ballots/ties/tie_break_explicit.blt")).unwrap())
        .unwrap();
    assert_eq!(f.tie_order, Some(vec![2, 1, 0]));
    assert_eq!(f.election.candidates[2].nick.as_deref(), Some("cherry"));
    // The nickname file and its numeric rewrite are the same election.
    let nick = blt::read(&std::fs::read(dir.join("ballots/vegetables.blt")).unwrap()).unwrap();
    let num = blt::read(&std::fs::read(dir.join("numeric/vegetables.keep_withdrawn.blt")).unwrap())
        .unwrap();
    assert_eq!(nick.election.withdrawn, vec![1, 5]);
    assert_eq!(nick.election.ballots, num.election.ballots);
    assert_eq!(nick.election.withdrawn, num.election.withdrawn);
}

#[test]
fn every_real_file_round_trips_through_the_writer() {
    for dir in ["scotland-stv/blt-original", "droop-testdata/blt"] {
        for (p, f) in read_all(dir) {
            let text = blt::write_file(&f).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            let back = blt::read(text.as_bytes()).unwrap();
            assert_eq!(back.election, f.election, "{}", p.display());
            assert_eq!(back.tie_order, f.tie_order, "{}", p.display());
        }
    }
}
