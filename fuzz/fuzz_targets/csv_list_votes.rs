//! List votes CSV: votes or an error with its line, never a panic; votes that read are
//! counted by d'Hondt without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::election::{self, ListMethod, TieBreak, read_list_votes_csv};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match read_list_votes_csv(text, 7) {
        Ok(votes) => {
            let _ = election::count_list_pr(&votes, ListMethod::DHondt, None, &TieBreak::Fail);
        }
        Err(e) => assert!(e.line >= 1, "{e}"),
    }
});
