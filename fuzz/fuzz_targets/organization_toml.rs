//! Organization documents in TOML: a document or a located error, never a panic; a
//! document that reads also validates without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::model::Organization;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(doc) = Organization::from_toml_str(text) {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        let _ = union_rulebook::validate::validate(&doc, day);
    }
});
