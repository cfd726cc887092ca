//! Peak memory of validation, against the size of the document in memory.
//!
//! Run: `cargo run --release --example validate_memory` (Linux only: it reads
//! `/proc/self/status`). The method:
//!
//! 1. build the benchmark federation in memory (1,000,000 members, 20,000 units, 60,000
//!    bodies, 300,000 terms) and read the resident set size (`VmRSS`): the process
//!    baseline plus the document;
//! 2. reset the peak (`echo 5 > /proc/self/clear_refs` resets `VmHWM` to the current
//!    RSS) and validate;
//! 3. read the peak (`VmHWM`): the document plus everything validation allocated at
//!    its busiest.
//!
//! The ratio peak / document-resident is the figure the issue asks for (under 2).
//! `/usr/bin/time -v` on the same run gives the whole-process peak as a cross-check.

use chrono::NaiveDate;
use union_rulebook::testing::{FederationSize, federation};
use union_rulebook::validate::validate;

fn status_kb(field: &str) -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = s.lines().find(|l| l.starts_with(field))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let before = status_kb("VmRSS:").unwrap_or(0);
    let doc = federation(FederationSize::BENCH, 2026)?;
    let with_doc = status_kb("VmRSS:").unwrap_or(0);
    std::fs::write("/proc/self/clear_refs", "5")?;
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
    let findings = validate(&doc, as_of);
    let peak = status_kb("VmHWM:").unwrap_or(0);
    let doc_kb = with_doc.saturating_sub(before);
    println!("process baseline: {before} kB");
    println!("resident with the document: {with_doc} kB (document about {doc_kb} kB)");
    println!(
        "peak during validation: {peak} kB ({} findings)",
        findings.len()
    );
    println!(
        "peak / resident-with-document: {}%",
        peak * 100 / with_doc.max(1)
    );
    println!(
        "extra for validation / document: {}%",
        peak.saturating_sub(with_doc) * 100 / doc_kb.max(1)
    );
    drop(doc);
    Ok(())
}
