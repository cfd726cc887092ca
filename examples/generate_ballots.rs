//! Writes the benches' generated STV election as a BLT file: 30 candidates in parties
//! of 5, 10 seats, the voters' ballots drawn by `benches/support/stv_gen.rs` from a
//! seed (2026 by default, the benches' seed; recorded in the file's title).
//!
//! `cargo run --release --example generate_ballots -- --voters N [--per-voter] [--seed S] OUT.blt`
//!
//! Candidates have the nicknames `c1` to `c30` (a `[nick ...]` line) and ballots name
//! them by nickname, as stv-rs needs. By default identical ballots are grouped, one line per distinct ballot with its
//! count (sorted by ranking), as `stv_gen::generate` gives them; with `--per-voter`
//! every voter's ballot is its own line of weight 1, in the order drawn. The same
//! arguments always write the same file.

#[path = "../benches/support/stv_gen.rs"]
mod stv_gen;

use std::io::Write;
use std::path::PathBuf;

const CANDIDATES: u32 = 30;
const SEATS: u32 = 10;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let usage = "usage: generate_ballots --voters N [--per-voter] [--seed S] OUT.blt";
    let mut voters: Option<u64> = None;
    let mut per_voter = false;
    let mut seed = 2026u64;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args_os().skip(1);
    while let Some(a) = args.next() {
        match a.to_str() {
            Some("--voters") => {
                voters = Some(
                    args.next()
                        .and_then(|v| v.to_str()?.parse().ok())
                        .ok_or(usage)?,
                )
            }
            Some("--seed") => {
                seed = args
                    .next()
                    .and_then(|v| v.to_str()?.parse().ok())
                    .ok_or(usage)?
            }
            Some("--per-voter") => per_voter = true,
            _ if out.is_none() => out = Some(PathBuf::from(a)),
            _ => return Err(usage.into()),
        }
    }
    let (Some(voters), Some(path)) = (voters, out) else {
        return Err(usage.into());
    };
    let mut w = std::io::BufWriter::with_capacity(1 << 16, std::fs::File::create(&path)?);
    writeln!(w, "{CANDIDATES} {SEATS}")?;
    // Nicknames, which the ballots use: stv-rs reads ballots by nickname only.
    let nicks: Vec<String> = (1..=CANDIDATES).map(|c| format!("c{c}")).collect();
    writeln!(w, "[nick {}]", nicks.join(" "))?;
    let mut lines = 0u64;
    if per_voter {
        let mut failed = None;
        stv_gen::each_ballot(voters, CANDIDATES, seed, |ballot| {
            if failed.is_none()
                && let Err(e) = write_ballot(&mut w, 1, ballot)
            {
                failed = Some(e);
            }
        });
        if let Some(e) = failed {
            return Err(e.into());
        }
        lines = voters;
    } else {
        let e = stv_gen::generate(voters, CANDIDATES, SEATS, seed);
        for b in &e.ballots {
            let order: Vec<u32> = b.ranks.iter().flatten().copied().collect();
            write_ballot(&mut w, b.weight, &order)?;
            lines += 1;
        }
    }
    writeln!(w, "0")?;
    for c in 0..CANDIDATES {
        writeln!(w, "\"Candidate {c}\"")?;
    }
    let shape = if per_voter {
        "one line per voter"
    } else {
        "grouped"
    };
    writeln!(w, "\"generated: {voters} voters, seed {seed}, {shape}\"")?;
    w.flush()?;
    println!(
        "wrote {} ({voters} voters, {lines} ballot lines)",
        path.display()
    );
    Ok(())
}

fn write_ballot(w: &mut impl Write, weight: u64, order: &[u32]) -> std::io::Result<()> {
    write!(w, "{weight}")?;
    for c in order {
        write!(w, " c{}", c + 1)?;
    }
    writeln!(w, " 0")
}
