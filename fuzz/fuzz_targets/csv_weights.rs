//! Apportionment weights CSV: units or an error with its line, never a panic; units
//! that read are apportioned by d'Hondt without a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::apportionment::{self, Method, Options, read_weights_csv};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match read_weights_csv(text, "weight") {
        Ok(units) => {
            let weights: Vec<u64> = units.iter().map(|u| u.weight).collect();
            for method in Method::ALL {
                let _ = apportionment::apportion(&weights, &Options::new(method, 7));
            }
        }
        Err(e) => assert!(e.line >= 1, "{e}"),
    }
});
