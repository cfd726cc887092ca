//! OpenSlides participant CSVs read as a motion's delegates: delegates or an error
//! with its line, never a panic; delegates read are written back with six-place
//! weights and read again as the same delegates.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::interchange::openslides;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match openslides::read_delegates_csv(text) {
        Err(e) => {
            let _ = e.to_string();
        }
        Ok(delegates) => {
            // Every weight read has at most 6 places, so it writes back exactly.
            let rows = openslides::delegate_rows(&delegates).expect("six places");
            let csv = openslides::write_csv(&rows).expect("written");
            let again = openslides::read_delegates_csv(&csv).expect("read back");
            assert_eq!(again, delegates);
        }
    }
});
