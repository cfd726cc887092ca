//! Vote table CSV (`apportion --biproportional`): a table or every problem with its
//! line, never a panic; a small table that reads is apportioned biproportionally
//! (Sainte-Laguë on voter numbers) without a panic, every unit getting its seats.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::apportionment::{DivisorMethod, TableOptions, VoteTable, apportion_table};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match VoteTable::from_csv(text) {
        Ok(t) => {
            assert!(t.votes.iter().all(|r| r.len() == t.groups.len()));
            let seats: u64 = t.units.iter().map(|u| u64::from(u.seats)).sum();
            if t.units.len() * t.groups.len() <= 64 && seats <= 200 {
                let options = TableOptions::new(DivisorMethod::SainteLague).voter_numbers(true);
                if let Ok(r) = apportion_table(&t, &options) {
                    for (u, row) in r.units.iter().zip(&r.table) {
                        assert_eq!(row.iter().sum::<u32>(), u.seats);
                    }
                }
            }
        }
        Err(e) => {
            assert!(!e.errors.is_empty());
            assert!(e.errors.iter().all(|e| e.line >= 1), "{e}");
        }
    }
});
