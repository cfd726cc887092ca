//! Band tables CSV: a table or an error with its line, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::apportionment::BandTable;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match BandTable::read_csv(text, Some(50)) {
        Ok(table) => {
            let _ = table.apportion(&[0, 1, 99, 100, 1_000_000, u64::MAX]);
        }
        Err(e) => assert!(e.line >= 1, "{e}"),
    }
});
