//! Apportionment at scale: 100,000 units and 10,000,000 seats, each method; and the
//! largest house a file can ask for (4,294,967,295 seats among 50 units, with and
//! without a minimum and a maximum), which a divisor method must apportion in time that
//! grows with the units, not the seats.
//!
//! `cargo bench --bench apportionment -- --sample-size 10 --measurement-time 3`

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use union_rulebook::Lot;
use union_rulebook::apportionment::{Method, Options, TiePolicy, apportion};

fn weights(n: usize) -> Vec<u64> {
    let mut lot = Lot::new(2026);
    // Memberships from 1 to 1,000,000, skewed towards small units.
    (0..n)
        .map(|_| {
            let a = lot.below(1_000) + 1;
            a * a
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let w = weights(100_000);
    let mut group = c.benchmark_group("apportion 100k units 10M seats");
    for m in Method::ALL {
        let opts = Options::new(m, 10_000_000).with_ties(TiePolicy::Lot { seed: 1 });
        group.bench_function(m.name(), |b| {
            b.iter(|| apportion(black_box(&w), black_box(&opts)))
        });
    }
    group.finish();

    let w = weights(50);
    let mut group = c.benchmark_group("apportion 50 units 4294967295 seats");
    for m in Method::ALL {
        let opts = Options::new(m, u32::MAX).with_ties(TiePolicy::Lot { seed: 1 });
        group.bench_function(m.name(), |b| {
            b.iter(|| apportion(black_box(&w), black_box(&opts)))
        });
    }
    for m in Method::ALL
        .into_iter()
        .filter(|m| matches!(m, Method::Divisor(_)))
    {
        let opts = Options::new(m, u32::MAX)
            .with_min(1_000_000)
            .with_max(200_000_000)
            .with_ties(TiePolicy::Lot { seed: 1 });
        group.bench_function(format!("{} min 1M max 200M", m.name()), |b| {
            b.iter(|| apportion(black_box(&w), black_box(&opts)))
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
