//! PrefLib reader, all four kinds: a located error or an election, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::election::preflib::{self, PreflibKind};

fuzz_target!(|data: &[u8]| {
    for kind in [
        PreflibKind::Soc,
        PreflibKind::Soi,
        PreflibKind::Toc,
        PreflibKind::Toi,
    ] {
        if let Err(e) = preflib::read(data, kind) {
            assert!(e.line() >= 1 && e.column() >= 1, "{e}");
        }
    }
});
