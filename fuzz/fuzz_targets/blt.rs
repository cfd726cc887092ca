//! BLT reader: any bytes give an election or a located error, never a panic; an
//! election read back from the writer's text is the same election; and the grouped
//! streaming reader (lines merged by their words before they are parsed) gives the
//! same error, or the same ballots merged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::election::{RankedElection, blt};

/// The weight of every distinct ranking, in the order of first appearance.
fn merged(e: &RankedElection) -> Vec<(Vec<Vec<u32>>, u64)> {
    let mut out: Vec<(Vec<Vec<u32>>, u64)> = Vec::new();
    for b in &e.ballots {
        let ranks = b.ranks.to_vec();
        match out.iter_mut().find(|(r, _)| *r == ranks) {
            Some((_, w)) => *w += b.weight,
            None => out.push((ranks, b.weight)),
        }
    }
    out
}

fuzz_target!(|data: &[u8]| {
    let whole = blt::read(data);
    let grouped = blt::read_grouped(data, data.len() as u64);
    match (&whole, &grouped) {
        (Err(a), Err(b)) => assert_eq!(a, b),
        (Ok(a), Ok(b)) => {
            if a.ballot_ids.is_empty() {
                assert_eq!(merged(&a.election), merged(&b.election));
            }
        }
        _ => panic!("{whole:?} against {grouped:?}"),
    }
    match whole {
        Ok(file) => {
            if let Ok(text) = blt::write(&file.election) {
                let again = blt::read(text.as_bytes()).map(|f| f.election);
                assert_eq!(again.as_ref(), Ok(&file.election), "{text}");
            }
        }
        Err(e) => assert!(e.line() >= 1 && e.column() >= 1, "{e}"),
    }
});
