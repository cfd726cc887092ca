//! Writes the benches' documents as files, for timing the CLI on them:
//! `federation.json` (the generated federation of 1,000,000 members, 20,000 units,
//! 60,000 bodies and 300,000 terms, seed 2026, as `benches/validate.rs` and
//! `benches/policy_audit.rs` build it) and `policy.toml` (the benches' 50 rules).
//!
//! `cargo run --release --example generate_federation -- DIR`, then for instance
//! `rulebook validate DIR/federation.json --as-of 2026-01-01` and
//! `rulebook audit DIR/federation.json --policy DIR/policy.toml --as-of 2026-01-01`.

#[path = "../benches/support/policy_gen.rs"]
mod policy_gen;

use std::io::Write as _;
use std::path::PathBuf;
use union_rulebook::testing::{FederationSize, federation};

fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .ok_or("usage: generate_federation DIR")?;
    std::fs::create_dir_all(&dir)?;
    let doc = federation(FederationSize::BENCH, 2026)?;
    let path = dir.join("federation.json");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path)?);
    serde_json::to_writer(&mut out, &doc)?;
    out.flush()?;
    println!("wrote {}", path.display());
    let path = dir.join("policy.toml");
    std::fs::write(&path, policy_gen::fifty_rules())?;
    println!("wrote {}", path.display());
    Ok(())
}
