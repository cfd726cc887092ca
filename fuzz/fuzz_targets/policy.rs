//! Policy files, TOML and JSON: a policy or an error, never a panic; a policy that reads
//! is explained for every body size up to 15 without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::policy::{self, Policy};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for policy in [Policy::from_toml_str(text), Policy::from_json_str(text)]
        .into_iter()
        .flatten()
    {
        let _ = policy::explain(&policy, 1..=15, None);
    }
});
