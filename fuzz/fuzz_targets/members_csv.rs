//! Membership spreadsheets, CSV and XLSX: a table or an error, never a panic; a table
//! is imported into a small document, every bad row located, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use union_rulebook::interchange::members::{ColumnMap, Table, import_members};
use union_rulebook::model::Organization;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Organization::from_json_str(
        r#"{"name": "x", "levels": [{"id": "psp", "name": "PSP"}],
            "units": [{"id": "psp-a", "name": "PSP A", "level": "psp"}]}"#,
    ) else {
        return;
    };
    let tables = [
        std::str::from_utf8(data).ok().and_then(|t| Table::from_csv(t).ok()),
        Table::from_spreadsheet(data).ok(),
    ];
    for table in tables.into_iter().flatten() {
        match import_members(&doc, &table, &ColumnMap::new(), true) {
            Ok(done) => assert!(done.added <= table.rows.len()),
            Err(bad) => assert!(!bad.is_empty()),
        }
    }
});
