//! Mapping files of `rulebook import members --map`: a map or a located error, never
//! a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::interchange::members::ColumnMap;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = ColumnMap::from_toml_str(text) {
        let _ = e.to_string();
    }
});
