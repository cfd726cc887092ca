//! Quorum formulas (`decision::Formula`): a formula or an error with its column, never a
//! panic; a formula that reads evaluates (or fails with an error) without a panic,
//! with every variable it names set to a value taken from the input.
#![no_main]

use std::collections::BTreeMap;

use libfuzzer_sys::fuzz_target;
use union_rulebook::decision::Formula;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(formula) = text.parse::<Formula>() else {
        return;
    };
    let vars: BTreeMap<String, u128> = formula
        .variables()
        .iter()
        .enumerate()
        .map(|(i, v)| (v.to_string(), u128::from(data.get(i).copied().unwrap_or(0))))
        .collect();
    let _ = formula.evaluate(&vars);
});
