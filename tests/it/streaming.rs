//! The streaming readers (`blt::read_grouped`, `preflib::read_grouped`) against the
//! whole-file ones: the same errors at the same line and column, and elections that
//! count the same, on every real file of the shared data and on files large enough
//! that the reader drops the lines it has read.

use crate::common::shared_data;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};
use union_rulebook::election::{
    RankedElection, TieBreak, blt,
    preflib::{self, PreflibKind},
    stv,
};

/// A reader that hands out a few bytes at a time, as a slow pipe would.
struct Trickle<'a>(&'a [u8]);

impl Read for Trickle<'_> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = 7.min(self.0.len()).min(out.len());
        out[..n].copy_from_slice(&self.0[..n]);
        self.0 = &self.0[n..];
        Ok(n)
    }
}

fn files(dir: &Path, ext: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .extension()
                .is_some_and(|e| ext.iter().any(|x| e.eq_ignore_ascii_case(x)))
            {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

fn grouped(bytes: &[u8]) -> Result<blt::BltFile, union_rulebook::election::ReadError> {
    blt::read_grouped(
        BufReader::with_capacity(5, Trickle(bytes)),
        bytes.len() as u64,
    )
}

/// The weight of every distinct ranking, in the order of first appearance.
fn merged(e: &RankedElection) -> Vec<(Vec<Vec<u32>>, u64)> {
    let mut at: std::collections::HashMap<Vec<Vec<u32>>, usize> = Default::default();
    let mut out: Vec<(Vec<Vec<u32>>, u64)> = Vec::new();
    for b in &e.ballots {
        let ranks = b.ranks.to_vec();
        match at.get(&ranks) {
            Some(&i) => out[i].1 += b.weight,
            None => {
                at.insert(ranks.clone(), out.len());
                out.push((ranks, b.weight));
            }
        }
    }
    out
}

#[test]
fn grouped_blt_reading_matches_whole_file_reading_on_every_shared_file() {
    let mut checked = 0;
    for dir in [
        "stv-rs-testdata",
        "droop-testdata",
        "scotland-stv/blt-original",
    ] {
        for f in files(&shared_data().join(dir), &["blt"]) {
            let bytes = std::fs::read(&f).unwrap();
            let whole = blt::read(&bytes);
            let streamed = grouped(&bytes);
            match (whole, streamed) {
                (Err(a), Err(b)) => assert_eq!(a, b, "{}", f.display()),
                (Ok(a), Ok(b)) => {
                    assert_eq!(a.election.candidates, b.election.candidates);
                    assert_eq!(a.election.title, b.election.title);
                    assert_eq!(a.election.withdrawn, b.election.withdrawn);
                    assert_eq!(a.tie_order, b.tie_order);
                    assert_eq!(a.trailing, b.trailing);
                    if a.ballot_ids.is_empty() {
                        assert_eq!(merged(&a.election), merged(&b.election), "{}", f.display());
                        assert_eq!(b.election.ballots.len(), merged(&b.election).len());
                    }
                }
                (a, b) => panic!("{}: {a:?} against {b:?}", f.display()),
            }
            checked += 1;
        }
    }
    assert!(checked > 351, "{checked} files");
}

#[test]
fn grouped_scottish_wards_count_as_the_whole_files_do() {
    // A sample of the 351 wards of 2017 (every 25th), counted from both readings.
    let dir = shared_data().join("scotland-stv/blt-original");
    for f in files(&dir, &["blt"]).iter().step_by(25) {
        let bytes = std::fs::read(f).unwrap();
        let a = blt::read_election(&bytes).unwrap();
        let b = grouped(&bytes).unwrap().election;
        let ties = TieBreak::Backward { seed: Some(1) };
        assert_eq!(
            stv::scottish_stv(&a, ties.clone()).unwrap(),
            stv::scottish_stv(&b, ties.clone()).unwrap(),
            "{}",
            f.display()
        );
        for rounding in [stv::MeekRounding::NewZealand, stv::MeekRounding::Parametric] {
            let opts = stv::MeekOptions::new(ties.clone()).rounding(rounding);
            assert_eq!(
                stv::meek(&a, &opts).unwrap(),
                stv::meek(&b, &opts).unwrap(),
                "{}",
                f.display()
            );
        }
    }
}

/// A BLT file of `n` ballot lines (candidates 1 to 3, in turn), then `tail`.
fn long_file(n: usize, tail: &str) -> Vec<u8> {
    let mut t = String::from("3 1\n");
    for i in 0..n {
        t.push_str(["2 1 2 0\n", "1 2 3 0\n", "1 3 0\n"][i % 3]);
    }
    t.push_str(tail);
    t.into_bytes()
}

#[test]
fn errors_far_into_a_long_file_keep_their_line_and_column() {
    // 200,000 ballot lines (well beyond the window the reader keeps), then a bad one
    // on line 200,002 (the header is line 1): the fourth item is candidate 4.
    let bytes = long_file(200_000, "5 1 2 3 4 0\n0\nA\nB\nC\n");
    let e = grouped(&bytes).unwrap_err();
    assert_eq!((e.line(), e.column()), (200_002, 9), "{e}");
    assert_eq!(e, blt::read(&bytes).unwrap_err());
    // A file ending before its names: the error is at the end of the file.
    let bytes = long_file(100_000, "0\nA\n");
    let e = grouped(&bytes).unwrap_err();
    assert_eq!((e.line(), e.column()), (100_004, 1), "{e}");
    assert_eq!(e, blt::read(&bytes).unwrap_err());
}

#[test]
fn a_long_file_is_grouped_with_the_first_line_of_each_ballot() {
    let bytes = long_file(300_000, "0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n");
    let f = grouped(&bytes).unwrap();
    let weights: Vec<u64> = f.election.ballots.iter().map(|b| b.weight).collect();
    // 100,000 of each line: weight 2, 1 and 1 each time.
    assert_eq!(weights, vec![200_000, 100_000, 100_000]);
    assert_eq!(f.ballot_lines, vec![2, 3, 4]);
    assert_eq!(f.election.title.as_deref(), Some("T"));
}

#[test]
fn a_block_comment_across_lines_and_blocks_is_skipped() {
    let mut t = String::from("2 1\n/* a comment\n");
    t.push_str(&"of many lines\n".repeat(20_000));
    t.push_str("ends here */ 3 1 2 0\n0\n\"A\"\n\"B\"\n");
    let f = grouped(t.as_bytes()).unwrap();
    assert_eq!(f.election.ballots.to_vec()[0].weight, 3);
    assert_eq!(f.ballot_lines, vec![20_003]);
    let e = grouped(b"2 1\n1 1 0\n0\n\"A\"\n/* never closed\n\"B\"\n").unwrap_err();
    assert_eq!((e.line(), e.column()), (5, 1), "{e}");
}

/// `e` as a PrefLib `toi` file, each order written twice (so that the streaming
/// reader has orders to merge).
fn to_toi(e: &RankedElection) -> String {
    let mut s = format!(
        "# DATA TYPE: toi\n# NUMBER ALTERNATIVES: {}\n",
        e.candidates.len()
    );
    for (i, c) in e.candidates.iter().enumerate() {
        s.push_str(&format!("# ALTERNATIVE NAME {}: {}\n", i + 1, c.name));
    }
    for b in e.ballots.iter().filter(|b| !b.ranks.is_empty()) {
        let ranks: Vec<String> = b
            .ranks
            .iter()
            .map(|r| {
                let n: Vec<String> = r.iter().map(|c| (c + 1).to_string()).collect();
                if r.len() == 1 {
                    n.join(",")
                } else {
                    format!("{{{}}}", n.join(","))
                }
            })
            .collect();
        let line = format!("{}: {}\n", b.weight, ranks.join(","));
        s.push_str(&line);
        s.push_str(&line);
    }
    s
}

#[test]
fn grouped_preflib_reading_matches_whole_file_reading() {
    let mut checked = 0;
    for dir in ["stv-rs-testdata", "droop-testdata"] {
        for f in files(&shared_data().join(dir), &["blt"]) {
            let Ok(e) = blt::read_election(&std::fs::read(&f).unwrap()) else {
                continue;
            };
            let text = to_toi(&e);
            // The file as it is, and with a bad order line after it.
            for text in [text.clone(), format!("{text}3: 1,{{2\n")] {
                let bytes = text.as_bytes();
                let whole = preflib::read_with_lines(bytes, PreflibKind::Toi);
                let streamed = preflib::read_grouped(
                    BufReader::with_capacity(5, Trickle(bytes)),
                    bytes.len() as u64,
                    PreflibKind::Toi,
                );
                match (whole, streamed) {
                    (Err(a), Err(b)) => assert_eq!(a, b, "{}", f.display()),
                    (Ok((a, _)), Ok((b, lines))) => {
                        assert_eq!(a.candidates, b.candidates);
                        assert_eq!(merged(&a), merged(&b), "{}", f.display());
                        assert_eq!(b.ballots.len(), lines.len());
                    }
                    (a, b) => panic!("{}: {a:?} against {b:?}", f.display()),
                }
                checked += 1;
            }
        }
    }
    assert!(checked > 20, "{checked}");
}

#[test]
fn a_stream_that_fails_is_an_error_not_a_short_file() {
    struct Broken(usize);
    impl Read for Broken {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let head = b"2 1\n1 1 0\n";
            if self.0 >= head.len() {
                return Err(std::io::Error::other("disk gone"));
            }
            let n = (head.len() - self.0).min(out.len());
            out[..n].copy_from_slice(&head[self.0..self.0 + n]);
            self.0 += n;
            Ok(n)
        }
    }
    let e = blt::read_grouped(BufReader::new(Broken(0)), 1000).unwrap_err();
    assert!(e.to_string().contains("disk gone"), "{e}");
}

/// The file line (from 1) of the first occurrence of each distinct ranking of `f`,
/// as the grouped reading must give it.
fn first_lines(f: &blt::BltFile) -> Vec<u32> {
    let mut seen: std::collections::HashSet<Vec<Vec<u32>>> = Default::default();
    f.election
        .ballots
        .iter()
        .zip(&f.ballot_lines)
        .filter(|(b, _)| seen.insert(b.ranks.to_vec()))
        .map(|(_, &l)| l)
        .collect()
}

/// A ballot line spelled in one of many ways: numbers or nicknames, any separators,
/// an equal ranking, a comment, a stray byte.
fn spelled_line() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let sep = prop::sample::select(vec![" ", "  ", "\t", ",", " ,", "\r "]);
    let item = (
        1u32..5,
        any::<bool>(),
        prop::sample::select(vec!["", "", "", "=", "0"]),
    );
    (
        prop::sample::select(vec!["1", "2", "01", "3", "0"]),
        prop::collection::vec((sep.clone(), item), 0..4),
        sep,
        prop::sample::select(vec!["0", "0", "0 # note", "00", "0x", "", "0 0"]),
    )
        .prop_map(|(weight, items, last, end)| {
            let mut s = weight.to_string();
            for (sep, (c, nick, after)) in items {
                s.push_str(sep);
                if nick {
                    s.push_str(["a", "b", "c", "d9", "4"][c as usize - 1]);
                } else {
                    s.push_str(&c.to_string());
                }
                s.push_str(after);
            }
            s.push_str(last);
            s.push_str(end);
            s
        })
}

proptest::proptest! {
    /// Reading grouped (lines merged by their words before they are parsed) gives
    /// the whole reading's error at the same place, or its ballots merged, with the
    /// first line of each.
    #[test]
    fn grouped_reading_is_the_whole_reading_merged(
        lines in proptest::collection::vec(spelled_line(), 0..30),
        repeat in proptest::collection::vec(0usize..30, 0..30),
        nicks in proptest::bool::ANY,
    ) {
        let mut text = String::from("4 2\n");
        if nicks {
            text.push_str("[nick a b c d9]\n");
        }
        for (i, l) in lines.iter().enumerate() {
            text.push_str(l);
            text.push('\n');
            if let Some(&r) = repeat.get(i)
                && let Some(again) = lines.get(r)
            {
                text.push_str(again);
                text.push('\n');
            }
        }
        text.push_str("0\n\"A\"\n\"B\"\n\"C\"\n\"D\"\n\"T\"\n");
        let whole = blt::read(text.as_bytes());
        let streamed = grouped(text.as_bytes());
        match (whole, streamed) {
            (Err(a), Err(b)) => proptest::prop_assert_eq!(a, b, "{}", text),
            (Ok(a), Ok(b)) => {
                proptest::prop_assert_eq!(merged(&a.election), merged(&b.election), "{}", text);
                proptest::prop_assert_eq!(b.election.ballots.len(), merged(&b.election).len());
                proptest::prop_assert_eq!(first_lines(&a), b.ballot_lines.clone(), "{}", text);
            }
            (a, b) => proptest::prop_assert!(false, "{text}: {a:?} against {b:?}"),
        }
    }
}
