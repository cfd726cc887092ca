//! Validation against deserialization on a generated federation of 1,000,000 members,
//! 20,000 units, 60,000 bodies and 300,000 terms.
//!
//! Run: `cargo bench --bench validate -- --sample-size 10 --measurement-time 3`.
//! Target: validating takes no longer than deserializing the same document from JSON.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use union_rulebook::model::Organization;
use union_rulebook::testing::{FederationSize, federation};
use union_rulebook::validate::validate;

fn bench(c: &mut Criterion) {
    let Ok(doc) = federation(FederationSize::BENCH, 2026) else {
        eprintln!("generator failed");
        return;
    };
    let Ok(text) = serde_json::to_string(&doc) else {
        eprintln!("serialization failed");
        return;
    };
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    eprintln!(
        "document: {} MB of JSON, {} findings",
        text.len() / 1_000_000,
        validate(&doc, as_of).len()
    );
    let mut g = c.benchmark_group("federation-1m");
    g.sample_size(10);
    g.bench_function("deserialize-json", |b| {
        b.iter(|| Organization::from_json_str(black_box(&text)).map(|d| d.terms.len()))
    });
    g.bench_function("validate", |b| {
        b.iter(|| validate(black_box(&doc), as_of).len())
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
