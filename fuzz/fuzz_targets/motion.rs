//! Motion files, JSON and TOML: a motion or a located error, never a panic; a motion
//! that reads is decided (or refused with findings) without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::decision::{self, Motion};
use union_rulebook::read;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for motion in [
        read::from_json_str::<Motion>(text),
        read::from_toml_str::<Motion>(text),
    ]
    .into_iter()
    .flatten()
    {
        let _ = decision::decide(&motion);
    }
});
