//! Popolo JSON: a collection or a located error, never a panic; what reads is
//! imported into a document or refused with an error naming the value, never a panic;
//! an imported document exports again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::interchange::popolo;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(value) = popolo::read(text)
        && let Ok(imported) = popolo::import(&value)
    {
        let _ = popolo::export(&imported.document, &popolo::ExportOptions::new());
    }
});
