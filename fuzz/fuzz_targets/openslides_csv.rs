//! OpenSlides participant CSVs read as a motion's delegates: delegates or an error
//! with its line, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::interchange::openslides;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = openslides::read_delegates_csv(text) {
        let _ = e.to_string();
    }
});
