//! BLT reader: any bytes give an election or a located error, never a panic; an
//! election read back from the writer's text is the same election.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::election::blt;

fuzz_target!(|data: &[u8]| {
    match blt::read(data) {
        Ok(file) => {
            if let Ok(text) = blt::write(&file.election) {
                let again = blt::read(text.as_bytes()).map(|f| f.election);
                assert_eq!(again.as_ref(), Ok(&file.election), "{text}");
            }
        }
        Err(e) => assert!(e.line() >= 1 && e.column() >= 1, "{e}"),
    }
});
