//! The audit of the generated federation (1,000,000 members, 20,000 units, 60,000
//! bodies, 300,000 terms) against a policy of 50 rules, beside validating the same
//! document.
//!
//! Run: `cargo bench --bench policy_audit -- --sample-size 10 --measurement-time 3`.
//! Target: the audit takes no more than 1.5 times validation.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use std::fmt::Write as _;
use std::hint::black_box;
use union_rulebook::policy::{Policy, audit};
use union_rulebook::testing::{FederationSize, federation};
use union_rulebook::validate::validate;

/// 50 rules over the four levels, every shape and rounding, binding and targets.
fn fifty_rules() -> String {
    let mut t = String::from(
        "[[groups]]\nid = \"women\"\none = \"woman\"\nmany = \"women\"\nselect = { gender = \"woman\" }\n\
         [[groups]]\nid = \"men\"\none = \"man\"\nmany = \"men\"\nselect = { gender = \"man\" }\n\
         [[groups]]\nid = \"young\"\none = \"young member\"\nmany = \"young members\"\nselect = { age-below = 35 }\n",
    );
    let levels = ["federation", "dpd", "dpc", "psp"];
    let roundings = ["up", "down", "half-up", "half-even", "dhondt"];
    for i in 0..50 {
        let level = levels[i % levels.len()];
        let rounding = roundings[(i / 5) % roundings.len()];
        let hardness = if i % 3 == 0 { "target" } else { "binding" };
        let require = match i % 6 {
            0 => format!("{{ shape = \"share-floor\", group = \"women\", share = \"{}%\", rounding = \"{rounding}\" }}", 20 + (i % 4) * 10),
            1 => format!("{{ shape = \"band\", groups = [\"women\", \"men\"], min = \"{}%\", max = \"{}%\", rounding = \"{rounding}\" }}", 20 + i % 3 * 10, 80 - i % 3 * 10),
            2 => format!("{{ shape = \"proportional\", group = \"women\", reference = {{ population = \"unit-membership\" }}, rounding = \"{rounding}\" }}"),
            3 => "{ shape = \"count-floor\", group = \"women\", count = 1 }".to_owned(),
            4 => "{ shape = \"from-size\", from_seats = 3, then = { shape = \"count-floor\", group = \"young\", count = 1 } }".to_owned(),
            _ => format!("{{ shape = \"share-floor\", group = \"men\", share = \"{}%\", rounding = \"{rounding}\" }}", 10 + (i % 3) * 10),
        };
        let _ = write!(
            t,
            "[[rules]]\nid = \"rule-{i:02}\"\neffective_from = \"2020-01-01\"\nhardness = \"{hardness}\"\nbase = \"{}\"\nconsequence = \"report-only\"\nscope = {{ targets = [\"bodies\", \"delegations\"], levels = [\"{level}\"] }}\nrequire = {require}\n",
            if i % 2 == 0 {
                "all-seats"
            } else {
                "filled-seats"
            }
        );
    }
    t
}

fn bench(c: &mut Criterion) {
    let Ok(doc) = federation(FederationSize::BENCH, 2026) else {
        eprintln!("generator failed");
        return;
    };
    let policy = match Policy::from_toml_str(&fifty_rules()) {
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
    let mut g = c.benchmark_group("federation-1m");
    g.sample_size(10);
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
