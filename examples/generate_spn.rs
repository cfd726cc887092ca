//! Writes the bundled example documents, `examples/data/spn.json` (with deliberate
//! problems) and `examples/data/spn-clean.json`, from the deterministic generator.
//!
//! Run: `cargo run --example generate_spn`. The output is committed; a test checks that
//! it matches the generator.

use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    std::fs::create_dir_all(&dir)?;
    for (name, clean) in [("spn.json", false), ("spn-clean.json", true)] {
        let doc = union_rulebook::testing::spn_example(clean)?;
        let mut text = doc.to_json_string()?;
        text.push('\n');
        std::fs::write(dir.join(name), text)?;
        println!(
            "wrote {name}: {} units, {} bodies, {} people, {} terms",
            doc.units.len(),
            doc.bodies.len(),
            doc.people.len(),
            doc.terms.len()
        );
    }
    Ok(())
}
