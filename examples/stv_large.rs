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
    let out = stv::scottish_stv(&e, TieBreak::Backward { seed: 1 })?;
    println!(
        "counted in {:?}: {} stages, elected {:?}",
        t.elapsed(),
        out.stages.len(),
        out.elected
    );
    Ok(())
}
