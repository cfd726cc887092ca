//! STV count benchmarks: (a) the 351 matched Scottish council wards of 2017, read once
//! and counted by Scottish STV; (b) a generated election of 10 million ballots, 30
//! candidates and 10 seats; (c) Meek on a generated grouped file of 2 million voters
//! (the `scripts/compare.sh` shape); (d) the streaming reader on a file of 1 million
//! voters, one line per voter; (e) Meek on a generated grouped file of 10 million
//! voters; (f) a file of 10 million voters, one line per voter with nicknames (the
//! `scripts/compare.sh` per-voter file), read and counted by Scottish STV. Reading the
//! files is measured apart from counting.
//!
//! `cargo bench --bench stv -- --sample-size 10 --measurement-time 3`

#[path = "support/stv_gen.rs"]
mod stv_gen;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;
use union_rulebook::election::{RankedElection, TieBreak, blt, stv};

fn ward_files() -> Vec<Vec<u8>> {
    let base = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/scotland-stv");
    let index = std::fs::read(base.join("official-2017/scotland2017_official_matched.json"))
        .unwrap_or_default();
    let wards: Vec<serde_json::Value> = serde_json::from_slice(&index).unwrap_or_default();
    wards
        .iter()
        .filter_map(|w| w.get("blt")?.as_str().map(str::to_string))
        .filter_map(|p| std::fs::read(base.join("blt-original").join(p)).ok())
        .collect()
}

fn scotland_2017(c: &mut Criterion) {
    let files = ward_files();
    let elections: Vec<RankedElection> = files
        .iter()
        .filter_map(|b| blt::read_election(b).ok())
        .collect();
    assert_eq!(elections.len(), 351, "the 351 wards must be readable");
    let mut g = c.benchmark_group("scotland-2017-351-wards");
    g.bench_function("read BLT", |b| {
        b.iter(|| {
            for f in &files {
                black_box(blt::read_election(f).ok());
            }
        })
    });
    g.bench_function("count scottish-stv", |b| {
        b.iter(|| {
            for e in &elections {
                black_box(stv::scottish_stv(e, TieBreak::Backward { seed: Some(1) }).ok());
            }
        })
    });
    g.finish();
}

fn generated_10m(c: &mut Criterion) {
    let e = stv_gen::generate(10_000_000, 30, 10, 2026);
    let mut g = c.benchmark_group("generated-10m-ballots-30-candidates-10-seats");
    g.sample_size(10);
    g.bench_function("count scottish-stv", |b| {
        b.iter(|| black_box(stv::scottish_stv(&e, TieBreak::Backward { seed: Some(1) }).ok()))
    });
    g.finish();
}

fn meek_2m_grouped(c: &mut Criterion) {
    let e = stv_gen::generate(2_000_000, 30, 10, 2026);
    let text = blt::write(&e).unwrap_or_default();
    let mut g = c.benchmark_group("generated-2m-voters-grouped");
    g.sample_size(10);
    g.bench_function("read BLT streaming", |b| {
        b.iter(|| black_box(blt::read_grouped(text.as_bytes(), text.len() as u64).ok()))
    });
    let opts = stv::MeekOptions::new(TieBreak::Backward { seed: Some(1) })
        .rounding(stv::MeekRounding::Parametric);
    g.bench_function("count meek", |b| {
        b.iter(|| black_box(stv::meek(&e, &opts).ok()))
    });
    g.finish();
}

fn per_voter_1m(c: &mut Criterion) {
    let mut text = String::from("30 10\n");
    stv_gen::each_ballot(1_000_000, 30, 2026, |ballot| {
        text.push('1');
        for c in ballot {
            text.push_str(&format!(" {}", c + 1));
        }
        text.push_str(" 0\n");
    });
    text.push_str("0\n");
    for c in 0..30 {
        text.push_str(&format!("\"Candidate {c}\"\n"));
    }
    let e = blt::read_grouped(text.as_bytes(), text.len() as u64)
        .map(|f| f.election)
        .ok();
    let mut g = c.benchmark_group("generated-1m-voters-one-line-each");
    g.sample_size(10);
    g.bench_function("read BLT streaming", |b| {
        b.iter(|| black_box(blt::read_grouped(text.as_bytes(), text.len() as u64).ok()))
    });
    g.bench_function("read BLT whole", |b| {
        b.iter(|| black_box(blt::read(text.as_bytes()).ok()))
    });
    if let Some(e) = e {
        g.bench_function("count scottish-stv", |b| {
            b.iter(|| black_box(stv::scottish_stv(&e, TieBreak::Backward { seed: Some(1) }).ok()))
        });
    }
    g.finish();
}

fn meek_10m_grouped(c: &mut Criterion) {
    let e = stv_gen::generate(10_000_000, 30, 10, 2026);
    let text = blt::write(&e).unwrap_or_default();
    drop(e);
    let read = blt::read_grouped(text.as_bytes(), text.len() as u64)
        .map(|f| f.election)
        .ok();
    let mut g = c.benchmark_group("generated-10m-voters-grouped");
    g.sample_size(10);
    g.bench_function("read BLT streaming", |b| {
        b.iter(|| black_box(blt::read_grouped(text.as_bytes(), text.len() as u64).ok()))
    });
    let opts = stv::MeekOptions::new(TieBreak::Backward { seed: Some(1) })
        .rounding(stv::MeekRounding::Parametric);
    if let Some(e) = read {
        g.bench_function("count meek", |b| {
            b.iter(|| black_box(stv::meek(&e, &opts).ok()))
        });
    }
    g.finish();
}

/// The file of `examples/generate_ballots.rs --per-voter`: nicknames `c1` to `c30`,
/// one line of weight 1 per voter.
fn per_voter_text(voters: u64) -> String {
    use std::fmt::Write as _;
    let mut text = String::from("30 10\n[nick");
    for c in 1..=30 {
        let _ = write!(text, " c{c}");
    }
    text.push_str("]\n");
    stv_gen::each_ballot(voters, 30, 2026, |ballot| {
        text.push('1');
        for c in ballot {
            let _ = write!(text, " c{}", c + 1);
        }
        text.push_str(" 0\n");
    });
    text.push_str("0\n");
    for c in 0..30 {
        let _ = writeln!(text, "\"Candidate {c}\"");
    }
    text
}

fn per_voter_10m(c: &mut Criterion) {
    let text = per_voter_text(10_000_000);
    let e = blt::read_grouped(text.as_bytes(), text.len() as u64)
        .map(|f| f.election)
        .ok();
    let mut g = c.benchmark_group("generated-10m-voters-one-line-each");
    g.sample_size(10);
    g.bench_function("read BLT streaming", |b| {
        b.iter(|| black_box(blt::read_grouped(text.as_bytes(), text.len() as u64).ok()))
    });
    if let Some(e) = e {
        g.bench_function("count scottish-stv", |b| {
            b.iter(|| black_box(stv::scottish_stv(&e, TieBreak::Backward { seed: Some(1) }).ok()))
        });
    }
    g.finish();
}

criterion_group!(
    benches,
    scotland_2017,
    generated_10m,
    meek_2m_grouped,
    per_voter_1m,
    meek_10m_grouped,
    per_voter_10m
);
criterion_main!(benches);
