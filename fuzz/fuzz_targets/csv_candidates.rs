//! Candidate lists CSV: a list or an error, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::policy::CandidateList;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = CandidateList::from_csv(text);
});
