//! List candidates CSV: candidates or every problem with its line, never a panic; the
//! candidates that read are elected from made-up list votes, with a floor by list jump
//! for the first group named, without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::election::{
    Candidate, ListCandidates, ListFloor, ListOptions, ListVotes, TallySettings, TieBreak,
    elect_lists,
};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match ListCandidates::from_csv(text) {
        Ok(c) => {
            assert!(c.lists.iter().all(|l| !l.candidates.is_empty()));
            let votes = ListVotes {
                lists: c.lists.iter().map(|l| Candidate::new(l.list.clone())).collect(),
                votes: (0..c.lists.len()).map(|i| 1000 / (i as u64 + 1)).collect(),
                seats: 7,
            };
            let group = c
                .lists
                .iter()
                .flat_map(|l| &l.candidates)
                .find_map(|p| p.group.clone());
            let mut options = ListOptions::new();
            if let Some(g) = group {
                options = options.floor(ListFloor::new(g, 3));
            }
            if let Ok(method) = TallySettings::new("dhondt").method() {
                if let Ok(r) =
                    elect_lists(&votes, &c, &method, &TieBreak::Lot { seed: Some(1) }, &options)
                {
                    assert!(r.elected.len() as u32 + r.unfilled == 7);
                }
            }
        }
        Err(e) => {
            assert!(!e.errors.is_empty());
            assert!(e.errors.iter().all(|e| e.line >= 1), "{e}");
        }
    }
});
