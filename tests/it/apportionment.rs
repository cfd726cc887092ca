//! Apportionment: real results (US House 1960-2020), textbook examples, CSV and CLI
//! error text, and properties.

#![allow(clippy::unwrap_used)]

use crate::common::shared_data;
use proptest::prelude::*;
use union_rulebook::apportionment::{
    ApportionError, DivisorMethod, Method, Options, Quota, SettledBy, TiePolicy, apportion,
    biproportional, read_weights_csv,
};

/// Splits one CSV line on commas outside double quotes (enough for the census file).
fn split_csv_line(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out
}

fn seats(method: &str, weights: &[u64], house: u32) -> Result<Vec<u32>, ApportionError> {
    Ok(apportion(weights, &Options::new(method.parse()?, house))?.allocation)
}

#[test]
fn us_house_1960_2020_huntington_hill_435_min_1_matches_official_seats() {
    // 2 U.S.C. §2a: Huntington-Hill (equal proportions), 435 seats, at least one per
    // state; population used for apportionment; DC has no seat.
    let text =
        std::fs::read_to_string(shared_data().join("us-house-apportionment/apportionment.csv"))
            .unwrap();
    let mut lines = text.lines();
    let header = split_csv_line(lines.next().unwrap());
    let col = |n: &str| header.iter().position(|h| h == n).unwrap();
    let (name, kind, year, pop, reps) = (
        col("Name"),
        col("Geography Type"),
        col("Year"),
        col("Population used for apportionment"),
        col("Number of Representatives"),
    );
    let mut by_year: std::collections::BTreeMap<u32, Vec<(String, u64, u32)>> = Default::default();
    for line in lines {
        let f = split_csv_line(line);
        if f[kind] != "State" || f[name] == "District of Columbia" {
            continue;
        }
        let official: u32 = f[reps].trim_end_matches(".0").parse().unwrap();
        by_year.entry(f[year].parse().unwrap()).or_default().push((
            f[name].clone(),
            f[pop].parse().unwrap(),
            official,
        ));
    }
    assert_eq!(
        by_year.keys().copied().collect::<Vec<_>>(),
        vec![1960, 1970, 1980, 1990, 2000, 2010, 2020]
    );
    for (y, states) in &by_year {
        assert_eq!(states.len(), 50, "{y}");
        let weights: Vec<u64> = states.iter().map(|s| s.1).collect();
        let opts = Options::new(Method::Divisor(DivisorMethod::HuntingtonHill), 435).with_min(1);
        let a = apportion(&weights, &opts).unwrap();
        assert!(a.ties.is_empty());
        for (s, got) in states.iter().zip(&a.allocation) {
            assert_eq!(*got, s.2, "{y} {}", s.0);
        }
    }
}

#[test]
fn alabama_paradox_hamilton_textbook() {
    // Balinski and Young, Fair Representation, ch. 5 (the paradox in its smallest
    // form): weights 6, 6, 2. 10 seats: quotas 4.29, 4.29, 1.43, floors 4+4+1 = 9, the
    // last seat to the largest remainder (.43) -> 4, 4, 2. 11 seats: quotas 4.71, 4.71,
    // 1.57, floors 9, two seats to the .71s -> 5, 5, 1: the third unit loses a seat
    // when the house grows.
    assert_eq!(seats("hamilton", &[6, 6, 2], 10).unwrap(), vec![4, 4, 2]);
    assert_eq!(seats("hamilton", &[6, 6, 2], 11).unwrap(), vec![5, 5, 1]);
    // d'Hondt on the same weights: quotients 6, 6, 3, 3, 2, 2, 2, 1.5, 1.5 fill 9
    // seats; the 10th is a tie between the two 6s at 6/5 = 1.2 (reported), and with 11
    // seats both get it: 5, 5, 1.
    assert_eq!(
        seats("dhondt", &[6, 6, 2], 10).unwrap_err(),
        ApportionError::Tie {
            units: vec![0, 1],
            seats: 1
        }
    );
    assert_eq!(seats("dhondt", &[6, 6, 2], 11).unwrap(), vec![5, 5, 1]);
}

#[test]
fn largest_remainder_hare_and_droop_textbook() {
    // Votes 47,000 16,000 15,800 12,000 6,100 3,100; 10 seats (the standard example,
    // e.g. Gallagher and Mitchell, The Politics of Electoral Systems, 2005, appendix).
    // Hare quota 10,000: floors 4,1,1,1,0,0 (7), remainders .70 .60 .58 .20 .61 .31:
    // three seats to .70, .61, .60 -> 5,2,1,1,1,0.
    // Droop quota floor(100000/11)+1 = 9,091: floors 5,1,1,1,0,0 (8), remainders
    // 1545, 6909, 6709, 2909, 6100, 3100: two seats to 6909 and 6709 -> 5,2,2,1,0,0.
    let v = [47_000, 16_000, 15_800, 12_000, 6_100, 3_100];
    assert_eq!(seats("hamilton", &v, 10).unwrap(), vec![5, 2, 1, 1, 1, 0]);
    assert_eq!(
        seats("hamilton-droop", &v, 10).unwrap(),
        vec![5, 2, 2, 1, 0, 0]
    );
}

#[test]
fn dhondt_and_sainte_lague_textbook_and_modified_first_divisor_tie() {
    // Votes 100,000 80,000 30,000 20,000, 8 seats.
    // d'Hondt quotients (/1,/2,/3,/4): the 8 largest are 100, 80, 50, 40, 33.3, 30,
    // 26.7, 25 (thousands) -> 4, 3, 1, 0.
    let v = [100_000, 80_000, 30_000, 20_000];
    assert_eq!(seats("dhondt", &v, 8).unwrap(), vec![4, 3, 1, 0]);
    // Sainte-Laguë (/1,/3,/5,/7): 100, 80, 33.3, 30, 26.7, 20 (A), 20 (D), 16 (B) ->
    // 3, 3, 1, 1 (the tie at 20 is inside the house, not at its edge).
    assert_eq!(seats("sainte-lague", &v, 8).unwrap(), vec![3, 3, 1, 1]);
    // Modified (/1.4,/3,/5,/7): 71.4, 57.1, 33.3, 26.7, 21.4, 20, 16, and then A's
    // 100/7 and D's 20/1.4 are both exactly 14.2857...: a tie for the last seat,
    // reported, not settled.
    let err = seats("modified-sainte-lague", &v, 8).unwrap_err();
    assert_eq!(
        err,
        ApportionError::Tie {
            units: vec![0, 3],
            seats: 1
        }
    );
    assert_eq!(
        err.to_string(),
        "tie for the last 1 seat(s) between units 1, 4: give a lot seed or a tie order"
    );
    // Settled by a given order, and recorded.
    let opts = Options::new("modified-sainte-lague".parse().unwrap(), 8)
        .with_ties(TiePolicy::Order(vec![3, 0, 1, 2]));
    let a = apportion(&v, &opts).unwrap();
    assert_eq!(a.allocation, vec![3, 3, 1, 1]);
    assert_eq!(a.ties[0].chosen, vec![3]);
    assert_eq!(a.ties[0].settled_by, SettledBy::GivenOrder);
    // By lot: the same seed always gives the same draw, and it is recorded.
    let lot = Options::new("modified-sainte-lague".parse().unwrap(), 8)
        .with_ties(TiePolicy::Lot { seed: 42 });
    let a1 = apportion(&v, &lot).unwrap();
    assert_eq!(a1, apportion(&v, &lot).unwrap());
    assert_eq!(a1.ties[0].settled_by, SettledBy::Lot { seed: 42 });
    assert_eq!(a1.allocation.iter().sum::<u32>(), 8);
}

#[test]
fn adams_differs_from_jefferson_webster_hill_textbook() {
    // Weights 68, 23, 9; 10 seats (quotas 6.8, 2.3, 0.9).
    // Webster at divisor 10: round -> 7, 2, 1. Jefferson at divisor 8.8: floor(7.73,
    // 2.61, 1.02) -> 7, 2, 1. Hill at 10: 6.8 > sqrt(42) = 6.48 -> 7; 2.3 < sqrt(6) =
    // 2.45 -> 2; 0.9 > 0 -> 1. Adams at divisor 11.4: ceil(5.96, 2.02, 0.79) -> 6, 3, 1.
    let w = [68, 23, 9];
    for m in ["sainte-lague", "dhondt", "huntington-hill", "dean"] {
        assert_eq!(seats(m, &w, 10).unwrap(), vec![7, 2, 1], "{m}");
    }
    assert_eq!(seats("adams", &w, 10).unwrap(), vec![6, 3, 1]);
}

#[test]
fn minimum_and_maximum_are_honoured_by_the_search() {
    // d'Hondt, 20 seats, at most 8 and at least 2: the big unit is capped at 8 and the
    // 12 other seats go by d'Hondt among the rest above their minimum.
    let w = [900, 50, 30, 20];
    let a = apportion(
        &w,
        &Options::new("dhondt".parse().unwrap(), 20)
            .with_min(2)
            .with_max(8),
    )
    .unwrap();
    assert_eq!(a.allocation.iter().sum::<u32>(), 20);
    assert!(a.allocation.iter().all(|&s| (2..=8).contains(&s)));
    assert_eq!(a.allocation[0], 8);
    // Infeasible bounds are errors, never loops.
    let e = apportion(&w, &Options::new("dhondt".parse().unwrap(), 40).with_max(8)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the maximums allow only 32 seats but 40 are to be apportioned"
    );
    let e = apportion(&w, &Options::new("dhondt".parse().unwrap(), 5).with_min(2)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the minimums need 8 seats but only 5 are to be apportioned"
    );
    let e = apportion(
        &w,
        &Options::new(Method::LargestRemainder(Quota::Hare), 5).with_min(1),
    )
    .unwrap_err();
    assert!(
        e.to_string()
            .starts_with("method largest-remainder cannot honour a minimum"),
        "{e}"
    );
}

#[test]
fn biproportional_two_groups_meets_both_margins() {
    // Regions' women and men; region seats 4, 3, 3 and 4 women, 6 men overall.
    // Row by row (Sainte-Laguë): (1000 w, 3000 m) of 4 -> 1, 3; (900, 100) of 3 -> 3, 0;
    // (200, 800) of 3 -> 1, 2: 5 women, one too many. The first switch as the men's
    // multiplier grows is in the region where the women's last seat is weakest
    // relative to the men's next: region 2 (900/2.5 vs 100/0.5: λ = 1.8), region 3
    // (200/0.5 vs 800/2.5: λ = 1.25), region 1 (1000/0.5 vs 3000/3.5: λ = 2.33):
    // region 3 gives its woman's seat -> 1,3 / 3,0 / 0,3.
    let w = [[1000, 3000], [900, 100], [200, 800]];
    let b = biproportional(
        DivisorMethod::SainteLague,
        &w,
        &[4, 3, 3],
        [4, 6],
        &TiePolicy::Fail,
    )
    .unwrap();
    assert_eq!(b.seats, vec![[1, 3], [3, 0], [0, 3]]);
    let e = biproportional(
        DivisorMethod::SainteLague,
        &w,
        &[4, 3, 3],
        [4, 7],
        &TiePolicy::Fail,
    )
    .unwrap_err();
    assert!(
        e.to_string().starts_with("no biproportional apportionment"),
        "{e}"
    );
    // Women only in a region with 3 seats cannot fill 4 women's seats.
    let e = biproportional(
        DivisorMethod::DHondt,
        &[[10, 0], [0, 10]],
        &[3, 3],
        [4, 2],
        &TiePolicy::Fail,
    )
    .unwrap_err();
    assert!(matches!(e, ApportionError::Infeasible(_)), "{e}");
}

#[test]
fn csv_errors_name_line_and_column() {
    let e = read_weights_csv("name,members\nBekasi,1200\nBogor,12o0\n", "members").unwrap_err();
    insta::assert_snapshot!(e.to_string(), @r#"line 3, column "members": "12o0" is not a whole number: expected digits only, such as 1200, with no thousands separator or decimal mark"#);
}

fn method_strategy() -> impl Strategy<Value = Method> {
    prop::sample::select(Method::ALL.to_vec())
}

fn divisor_strategy() -> impl Strategy<Value = DivisorMethod> {
    prop::sample::select(vec![
        DivisorMethod::DHondt,
        DivisorMethod::SainteLague,
        DivisorMethod::ModifiedSainteLague,
        DivisorMethod::HuntingtonHill,
        DivisorMethod::Adams,
        DivisorMethod::Dean,
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn seats_add_up_and_bounds_hold(
        m in method_strategy(),
        w in prop::collection::vec(1u64..1_000_000, 1..30),
        house in 0u32..300,
        seed in any::<u64>(),
    ) {
        let opts = Options::new(m, house).with_ties(TiePolicy::Lot { seed });
        match apportion(&w, &opts) {
            Ok(a) => prop_assert_eq!(a.allocation.iter().sum::<u32>(), house),
            // Only Droop can run out of quota on tiny totals.
            Err(e) => prop_assert!(matches!(e, ApportionError::Unsupported { .. }), "{}", e),
        }
        if let Method::Divisor(_) = m {
            let n = w.len() as u32;
            let (min, max) = (house / (2 * n).max(1), house / n + 3);
            let a = apportion(&w, &Options::new(m, house).with_min(min).with_max(max).with_ties(TiePolicy::Lot { seed })).unwrap();
            prop_assert_eq!(a.allocation.iter().sum::<u32>(), house);
            prop_assert!(a.allocation.iter().all(|&s| s >= min && s <= max));
        }
    }

    #[test]
    fn divisor_methods_are_house_monotone(
        m in divisor_strategy(),
        w in prop::collection::vec(0u64..100_000, 1..25),
        house in 0u32..200,
    ) {
        prop_assume!(w.iter().any(|&x| x > 0));
        let order: Vec<usize> = (0..w.len()).collect();
        let run = |h| apportion(&w, &Options::new(Method::Divisor(m), h).with_ties(TiePolicy::Order(order.clone()))).unwrap().allocation;
        let (a, b) = (run(house), run(house + 1));
        prop_assert!(a.iter().zip(&b).all(|(x, y)| x <= y), "{:?} then {:?}", a, b);
    }

    #[test]
    fn hamilton_stays_within_quota(
        w in prop::collection::vec(0u64..1_000_000, 1..30),
        house in 0u32..500,
        seed in any::<u64>(),
    ) {
        prop_assume!(w.iter().any(|&x| x > 0));
        let a = apportion(&w, &Options::new(Method::LargestRemainder(Quota::Hare), house).with_ties(TiePolicy::Lot { seed })).unwrap();
        let total: u128 = w.iter().map(|&x| u128::from(x)).sum();
        for (&x, &s) in w.iter().zip(&a.allocation) {
            let q = u128::from(x) * u128::from(house);
            let lo = q / total;
            let hi = q.div_ceil(total);
            prop_assert!(u128::from(s) >= lo && u128::from(s) <= hi);
        }
    }

    #[test]
    fn result_does_not_depend_on_unit_order(
        m in method_strategy(),
        w in prop::collection::vec(1u64..1_000_000, 1..30),
        house in 0u32..300,
        rot in 0usize..30,
    ) {
        let Ok(a) = apportion(&w, &Options::new(m, house)) else { return Ok(()); };
        let k = rot % w.len();
        let mut w2 = w.clone();
        w2.rotate_left(k);
        let b = apportion(&w2, &Options::new(m, house)).unwrap();
        let mut back = b.allocation.clone();
        back.rotate_right(k);
        prop_assert_eq!(a.allocation, back);
    }

    #[test]
    fn equal_weights_get_equal_seats_or_a_reported_tie(
        m in method_strategy(),
        w in prop::collection::vec(1u64..50, 2..12),
        house in 1u32..60,
        seed in any::<u64>(),
    ) {
        let Ok(a) = apportion(&w, &Options::new(m, house).with_ties(TiePolicy::Lot { seed })) else { return Ok(()); };
        for i in 0..w.len() {
            for j in 0..w.len() {
                if w[i] == w[j] && a.allocation[i] != a.allocation[j] {
                    prop_assert!(a.ties.iter().any(|t| t.units.contains(&i) && t.units.contains(&j)));
                }
            }
        }
    }
}

/// Runs the `rulebook` binary when the CLI is built (`--features cli`).
fn rulebook(args: &[&str]) -> Option<std::process::Output> {
    let exe = option_env!("CARGO_BIN_EXE_rulebook")?;
    Some(std::process::Command::new(exe).args(args).output().unwrap())
}

/// `rulebook apportion FILE --method METHOD --seats SEATS --weight-column members`,
/// then `extra` (none when the binary is not built).
fn by_members(
    file: &std::path::Path,
    method: &str,
    seats: &str,
    extra: &[&str],
) -> Option<std::process::Output> {
    let mut args = vec!["apportion", file.to_str().unwrap(), "--method", method];
    args.extend(["--seats", seats, "--weight-column", "members"]);
    args.extend(extra);
    rulebook(&args)
}

fn temp_file(name: &str, contents: &str) -> std::path::PathBuf {
    let p = std::env::temp_dir().join(format!("rulebook-apportion-{}-{name}", std::process::id()));
    std::fs::write(&p, contents).unwrap();
    p
}

#[test]
fn cli_apportion_json_and_bad_csv_exit_codes() {
    let good = temp_file(
        "good.csv",
        "name,members,note\nBekasi,6000,x\nBogor,3000,\n\"Depok, Kota\",1000,y\n",
    );
    let Some(out) = by_members(&good, "dhondt", "10", &["--format", "json"]) else {
        return;
    };
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    // d'Hondt 6000/3000/1000, 10 seats: quotients above 1000 are 6000, 3000, 3000,
    // 2000, 1500, 1500, 1200 (7 seats); then 6000/6, 3000/3 and 1000/1 are all 1000
    // and take the last 3 seats together, so no tie at the edge: 6, 3, 1.
    assert_eq!(v["method"], "dhondt");
    assert_eq!(v["seats"], 10);
    let got: Vec<(String, u64)> = v["allocation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["name"].as_str().unwrap().to_owned(),
                r["seats"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("Bekasi".into(), 6),
            ("Bogor".into(), 3),
            ("Depok, Kota".into(), 1)
        ]
    );
    assert_eq!(v["ties"], serde_json::json!([]));
    // With 9 seats the three claims of 1000 tie for 2 seats: exit 2 without a policy,
    // settled and recorded with a seed.
    let out = by_members(&good, "dhondt", "9", &[]).unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr)
            .contains("tie for the last 2 seat(s) between units 1, 2, 3")
    );
    let out = by_members(&good, "dhondt", "9", &["--seed", "7", "--format", "json"]).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["ties"][0]["settled_by"],
        serde_json::json!({"kind": "lot", "seed": 7})
    );
    assert_eq!(v["ties"][0]["chosen"].as_array().unwrap().len(), 2);
    let bad = temp_file("bad.csv", "name,weight\nBekasi,6000\nBogor,30x0\n");
    let out = rulebook(&[
        "apportion",
        bad.to_str().unwrap(),
        "--method",
        "dhondt",
        "--seats",
        "10",
    ])
    .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 3, column \"weight\": \"30x0\" is not a whole number"),
        "{err}"
    );
    let out = by_members(&good, "nope", "10", &[]).unwrap();
    assert_eq!(out.status.code(), Some(2));
    let _ = std::fs::remove_file(good);
    let _ = std::fs::remove_file(bad);
}

#[test]
fn band_table_from_csv_with_inclusive_lower_bounds() {
    use union_rulebook::apportionment::BandTable;
    // The pattern of domain.md §5: up to 5,000 members 1 delegate; 5,001 to 10,000: 2;
    // from 10,001: 3, then one more per 25,000 members (35,001 -> 4), at most 5.
    let t = BandTable::read_csv("from,seats,per\n0,1,\n5001,2,\n10001,3,25000\n", Some(5)).unwrap();
    assert_eq!(
        t.apportion(&[1, 5_000, 5_001, 10_000, 10_001, 35_000, 35_001, 1_000_000])
            .unwrap(),
        vec![1, 1, 2, 2, 3, 3, 4, 5]
    );
    // One more per member above 0 and no cap: 5,000,000,000 members cannot get
    // 5,000,000,001 seats (more than a u32 seat count), and the error says so instead
    // of giving 4,294,967,295.
    let t = BandTable::read_csv(
        "from,seats,per
0,1,1
",
        None,
    )
    .unwrap();
    let e = t.apportion(&[10, 5_000_000_000]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "bad band table: a unit of 5000000000 members would get 5000000001 seats, more than the 4294967295 a seat count holds: expected a cap (--max) or a larger `per`"
    );
    // A cap brings it below: the cap applies.
    let t = BandTable::read_csv(
        "from,seats,per
0,1,1
",
        Some(7),
    )
    .unwrap();
    assert_eq!(t.apportion(&[10, 5_000_000_000]).unwrap(), vec![7, 7]);
    let e = BandTable::read_csv("from,seats\n0,1\n5001,2\n5001,3\n", None).unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 4, column \"from\": band starting at 5001 does not start above the band before it (5001): expected ascending lower bounds"
    );
}

#[test]
fn gender_composition_rounding_is_a_parameter() {
    use union_rulebook::apportionment::{CompositionRule, Rounding, composition};
    // domain.md §3: 8 seats at 30% is 2.4 women: rounding up gives 3 (MA 24 P/HUM/2023),
    // half up gives 2. A unit with 45% women and 5 delegates: 2.25 -> 3 up, 2 down.
    assert_eq!(
        composition(8, 3, 10, &CompositionRule::new(Rounding::Up)).unwrap(),
        3
    );
    assert_eq!(
        composition(8, 3, 10, &CompositionRule::new(Rounding::HalfUp)).unwrap(),
        2
    );
    assert_eq!(
        composition(5, 45, 100, &CompositionRule::new(Rounding::Up)).unwrap(),
        3
    );
    assert_eq!(
        composition(5, 45, 100, &CompositionRule::new(Rounding::Down)).unwrap(),
        2
    );
    // "a delegation of 3 or more includes a woman": 2 delegates at 10% -> 0; 3 -> 1.
    let rule = CompositionRule::new(Rounding::Down).with_at_least_one_from(3);
    assert_eq!(composition(2, 10, 100, &rule).unwrap(), 0);
    assert_eq!(composition(3, 10, 100, &rule).unwrap(), 1);
    assert!(composition(3, 11, 10, &rule).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Two-group biproportional d'Hondt: the margins hold, and one common ratio of the
    /// groups' divisors supports every row, checked independently by cross-multiplying
    /// each row's bounds: row j's lowest admissible ratio a_j d(r_j - x_j - 1) /
    /// (b_j d(x_j)) never exceeds row i's highest a_i d(r_i - x_i) / (b_i d(x_i - 1)),
    /// with d(k) = k + 1.
    #[test]
    fn biproportional_two_groups_margins_and_common_divisor(
        rows in prop::collection::vec((1u64..1000, 1u64..1000, 0u32..8), 1..8),
        pick in 0u32..1000,
        seed in any::<u64>(),
    ) {
        let w: Vec<[u64; 2]> = rows.iter().map(|r| [r.0, r.1]).collect();
        let r: Vec<u32> = rows.iter().map(|r| r.2).collect();
        let total: u32 = r.iter().sum();
        let a_total = pick % (total + 1);
        let b = biproportional(DivisorMethod::DHondt, &w, &r, [a_total, total - a_total], &TiePolicy::Lot { seed }).unwrap();
        prop_assert_eq!(b.seats.iter().map(|s| s[0]).sum::<u32>(), a_total);
        for (s, &ri) in b.seats.iter().zip(&r) {
            prop_assert_eq!(s[0] + s[1], ri);
        }
        for (i, si) in b.seats.iter().enumerate() {
            if si[0] == 0 { continue; }
            // upper bound of row i: a_i (r_i - x_i + 1) / (b_i x_i)
            let (un, ud) = (u128::from(w[i][0]) * u128::from(si[1] + 1), u128::from(w[i][1]) * u128::from(si[0]));
            for (j, sj) in b.seats.iter().enumerate() {
                if sj[1] == 0 { continue; }
                // lower bound of row j: a_j (r_j - x_j) / (b_j (x_j + 1))
                let (ln, ld) = (u128::from(w[j][0]) * u128::from(sj[1]), u128::from(w[j][1]) * u128::from(sj[0] + 1));
                prop_assert!(ln * ud <= un * ld, "row {} lower above row {} upper: {:?}", j, i, b.seats);
            }
        }
    }
}

#[test]
fn every_error_message_is_pinned() {
    // The texts live in src/apportionment/messages.rs; a change shows up here.
    let all = [
        ApportionError::UnknownMethod("hare-clark".into()),
        ApportionError::NoUnits,
        ApportionError::NoWeight { seats: 5 },
        ApportionError::MinAboveMax { min: 3, max: 2 },
        ApportionError::TieOrderIncomplete { unit: 4 },
        ApportionError::BadShare("120".into()),
        ApportionError::Overflow,
    ];
    let text: Vec<String> = all.iter().map(ToString::to_string).collect();
    insta::assert_snapshot!(text.join("\n"), @r#"
    unknown apportionment method "hare-clark": expected one of largest-remainder, largest-remainder-droop, largest-remainder-hagenbach-bischoff, dhondt, sainte-lague, modified-sainte-lague, huntington-hill, adams, dean (also read: hamilton, hare, hare-niemeyer, hamilton-droop, hamilton-hagenbach-bischoff, hagenbach-bischoff, d-hondt, jefferson, webster, sainte-lague-webster, equal-proportions, sainte-laguë, modified-sainte-laguë)
    no units to apportion seats among
    5 seats to apportion but no unit has a positive weight that reaches the threshold
    minimum of 3 seats per unit is above the maximum of 2
    the tie order does not name unit 5, which is tied: expected every tied unit
    share "120" is not between 0 and 1: expected a part no larger than its whole
    totals exceed the exact arithmetic of the apportionment (weights or seats too large)
    "#);
}

#[test]
fn public_types_are_send_and_sync() {
    fn check<T: Send + Sync>() {}
    check::<union_rulebook::apportionment::Allocation>();
    check::<union_rulebook::apportionment::Options>();
    check::<ApportionError>();
    check::<union_rulebook::apportionment::CsvError>();
}
