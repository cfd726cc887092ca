//! Parsing the 351 matched Scottish 2017 ward files (BLT, as published).
//!
//! The files are read into memory before timing; the benchmark measures the reader
//! alone. Run: `cargo bench --bench blt_parse -- --sample-size 10 --measurement-time 3`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic, missing_docs)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;
use union_rulebook::election::blt;

fn wards() -> Vec<Vec<u8>> {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/scotland-stv");
    let list: serde_json::Value = serde_json::from_slice(
        &std::fs::read(data.join("official-2017/scotland2017_official_matched.json")).unwrap(),
    )
    .unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|w| std::fs::read(data.join("blt-original").join(w["blt"].as_str().unwrap())).unwrap())
        .collect()
}

fn parse_all(c: &mut Criterion) {
    let files = wards();
    assert_eq!(files.len(), 351);
    let bytes: usize = files.iter().map(Vec::len).sum();
    let ballots: u64 = files
        .iter()
        .map(|f| blt::read_election(f).unwrap().total_weight())
        .sum();
    eprintln!("351 wards, {bytes} bytes, {ballots} ballots");
    let mut group = c.benchmark_group("blt_parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("scotland_2017_351_wards", |b| {
        b.iter(|| {
            let mut n = 0usize;
            for f in &files {
                n += blt::read(black_box(f)).unwrap().election.ballots.len();
            }
            n
        })
    });
    group.finish();
}

criterion_group!(benches, parse_all);
criterion_main!(benches);
