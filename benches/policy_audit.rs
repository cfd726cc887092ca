//! The audit of the generated federation (1,000,000 members, 20,000 units, 60,000
//! bodies, 300,000 terms) against a policy of 50 rules, beside validating the same
//! document.
//!
//! The steps of `rulebook audit` apart: reading the document (JSON) and the policy
//! (TOML), the audit itself, and writing its report as JSON; validation beside them.
//!
//! Run: `cargo bench --bench policy_audit -- --sample-size 10 --measurement-time 3`.
//! Target: the audit takes no more than 1.5 times validation; through the CLI (parse,
//! audit, print) no more than 1.2 times `rulebook validate` (issue 12).

#[path = "support/policy_gen.rs"]
mod policy_gen;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use union_rulebook::model::Organization;
use union_rulebook::policy::{Policy, audit};
use union_rulebook::testing::{FederationSize, federation};
use union_rulebook::validate::validate;

fn bench(c: &mut Criterion) {
    let Ok(doc) = federation(FederationSize::BENCH, 2026) else {
        eprintln!("generator failed");
        return;
    };
    let policy = match Policy::from_toml_str(&policy_gen::fifty_rules()) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("bench policy does not read: {e}");
            return;
        }
    };
    let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let report = audit(&doc, &policy, as_of);
    eprintln!(
        "audit: {} bodies in scope, {} findings ({} errors); validation: {} findings",
        report.bodies_audited,
        report.findings.len(),
        report.summary.errors,
        validate(&doc, as_of).len()
    );
    let Ok(text) = serde_json::to_string(&doc) else {
        eprintln!("serialization failed");
        return;
    };
    let policy_text = policy_gen::fifty_rules();
    let mut g = c.benchmark_group("federation-1m");
    g.sample_size(10);
    g.bench_function("parse-document-json", |b| {
        b.iter(|| Organization::from_json_str(black_box(&text)).map(|d| d.bodies.len()))
    });
    g.bench_function("parse-policy-toml", |b| {
        b.iter(|| Policy::from_toml_str(black_box(&policy_text)).map(|p| p.rules().len()))
    });
    g.bench_function("write-report-json", |b| {
        b.iter(|| serde_json::to_writer_pretty(std::io::sink(), black_box(&report)).is_ok())
    });
    g.bench_function("validate", |b| {
        b.iter(|| validate(black_box(&doc), as_of).len())
    });
    g.bench_function("audit-50-rules", |b| {
        b.iter(|| {
            audit(black_box(&doc), black_box(&policy), as_of)
                .findings
                .len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
