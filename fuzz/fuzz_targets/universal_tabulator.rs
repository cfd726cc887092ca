//! Universal Tabulator summaries: a summary or a located error, never a panic; a
//! summary that reads gives its winners and writes back as a summary that reads the
//! same.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::interchange::universal_tabulator::Summary;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(summary) = Summary::from_json_str(text) {
        let _ = summary.winners().render_text();
        if let Ok(json) = serde_json::to_string(&summary) {
            assert_eq!(Summary::from_json_str(&json).ok(), Some(summary));
        }
    }
});
