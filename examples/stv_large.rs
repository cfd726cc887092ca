//! Counts a generated Scottish STV election of 10 million ballots (30 candidates,
//! 10 seats) once, to measure time and peak memory:
//! `cargo run --release --example stv_large` under `/usr/bin/time -v`.

#[path = "../benches/support/stv_gen.rs"]
mod stv_gen;

use union_rulebook::election::{TieBreak, stv};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let voters = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000_000u64);
    let t = std::time::Instant::now();
    let e = stv_gen::generate(voters, 30, 10, 2026);
    println!(
        "generated {voters} ballots in {} groups in {:?}",
        e.ballots.len(),
        t.elapsed()
    );
    let t = std::time::Instant::now();
    let cpu = cpu_ns();
    let out = stv::scottish_stv(&e, TieBreak::Backward { seed: Some(1) })?;
    println!(
        "counted in {:?} (CPU {} ms): {} stages, elected {:?}",
        t.elapsed(),
        (cpu_ns() - cpu) / 1_000_000,
        out.stages.len(),
        out.elected
    );
    Ok(())
}

/// CPU time of this thread so far, in nanoseconds (Linux `/proc/thread-self/schedstat`),
/// so the figure is fair on a busy machine; 0 elsewhere.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}
