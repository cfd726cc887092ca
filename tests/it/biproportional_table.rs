//! Biproportional apportionment of general tables: a worked example, agreement with
//! the two-group function, infeasible tables, and properties.

#![allow(clippy::unwrap_used)]

use num_bigint::BigInt;
use num_rational::BigRational;
use proptest::prelude::*;
use union_rulebook::apportionment::{
    ApportionError, BiproportionalTable, DivisorMethod, TiePolicy, biproportional,
    biproportional_table,
};

/// `d(k)` for the methods with rational divisors (Balinski and Young 2001, app. A).
fn d(method: DivisorMethod, k: u32) -> BigRational {
    let k = BigRational::from_integer(BigInt::from(k));
    let one = BigRational::from_integer(BigInt::from(1));
    let two = BigRational::from_integer(BigInt::from(2));
    match method {
        DivisorMethod::DHondt => k + one,
        DivisorMethod::SainteLague => k + one / two,
        DivisorMethod::Adams => k,
        DivisorMethod::Dean => {
            let num = &two * &k * (&k + &one);
            num / (two * k + one)
        }
        _ => unreachable!("not used here"),
    }
}

fn frac(s: &str) -> BigRational {
    s.parse().unwrap()
}

/// Every cell is the method's rounding of `w / (D_i E_j)` with the returned divisors:
/// `d(x - 1) <= q <= d(x)` (so within the floor and ceiling of the scaled quotient),
/// and every row and column total holds.
fn check(
    method: DivisorMethod,
    w: &[Vec<u64>],
    rows: &[u32],
    cols: &[u32],
    t: &BiproportionalTable,
) -> Result<(), TestCaseError> {
    for (i, (row, &r)) in t.seats.iter().zip(rows).enumerate() {
        prop_assert_eq!(row.iter().sum::<u32>(), r, "row {}", i);
    }
    for (j, &c) in cols.iter().enumerate() {
        prop_assert_eq!(t.seats.iter().map(|r| r[j]).sum::<u32>(), c, "column {}", j);
    }
    for (i, row) in w.iter().enumerate() {
        let di = frac(&t.row_divisors[i]);
        for (j, &x) in row.iter().enumerate() {
            let s = t.seats[i][j];
            if x == 0 {
                prop_assert_eq!(s, 0);
                continue;
            }
            let q =
                BigRational::from_integer(BigInt::from(x)) / (&di * frac(&t.column_divisors[j]));
            prop_assert!(
                q <= d(method, s),
                "cell ({}, {}) {} seats, quotient {}",
                i,
                j,
                s,
                q
            );
            if s > 0 {
                prop_assert!(
                    q >= d(method, s - 1),
                    "cell ({}, {}) {} seats, quotient {}",
                    i,
                    j,
                    s,
                    q
                );
            }
            // Within the floor and ceiling of the scaled quotient, except that a
            // quotient exactly at its next rounding point (d'Hondt: q = s + 1, a
            // boundary without a cycle) may stay below its floor.
            let sq = BigRational::from_integer(BigInt::from(s));
            prop_assert!(sq <= q.ceil());
            prop_assert!(
                sq >= q.floor() || q == d(method, s),
                "cell ({}, {}) {} seats, quotient {}",
                i,
                j,
                s,
                q
            );
        }
    }
    Ok(())
}

/// A 3 × 3 table worked by hand (Sainte-Laguë, standard rounding): regions A, B, C with
/// 10, 8, 12 seats; sectors with 8, 11, 11 seats. Members:
///
/// ```text
///          s1     s2     s3
///   A    5000   3000   2000
///   B    1000   6000   1000
///   C    2000   2000   8000
/// ```
///
/// Each region on its own (one divisor per row) gives A 5, 3, 2 (divisor 1000: 5, 3,
/// 2 exactly 10), B 1, 6, 1 (divisor 1000) and C 2, 2, 8 (divisor 1000): columns 8, 11,
/// 11 already, so the row divisors 1000 and column divisors 1 solve it, but every
/// quotient then sits exactly on an integer, not on a rounding point (k + 1/2), so
/// there is no tie. The engine may return other divisors; any divisors it returns must
/// reproduce the table, which `check` verifies cell by cell.
#[test]
fn hand_worked_three_by_three_sainte_lague() {
    let w = vec![
        vec![5000, 3000, 2000],
        vec![1000, 6000, 1000],
        vec![2000, 2000, 8000],
    ];
    let t =
        biproportional_table(DivisorMethod::SainteLague, &w, &[10, 8, 12], &[8, 11, 11]).unwrap();
    assert_eq!(t.seats, vec![vec![5, 3, 2], vec![1, 6, 1], vec![2, 2, 8]]);
    check(
        DivisorMethod::SainteLague,
        &w,
        &[10, 8, 12],
        &[8, 11, 11],
        &t,
    )
    .unwrap();
}

/// Two districts × three parties, Sainte-Laguë (standard rounding), worked by hand
/// in the manner of Pukelsheim, *Proportional Representation* (2nd ed. 2017), §14.1:
///
/// ```text
///           P1    P2    P3    seats
///   D1     600   300   100      5
///   D2     100   400   500      5
///   seats    3     4     3
/// ```
///
/// Divisors that work: columns E = (1.1, 0.95, 1), rows D = (205, 190).
/// D1: 600/225.5 = 2.661 -> 3, 300/194.75 = 1.540 -> 2, 100/205 = 0.488 -> 0 (5 seats);
/// D2: 100/209 = 0.478 -> 0, 400/180.5 = 2.216 -> 2, 500/190 = 2.632 -> 3 (5 seats);
/// columns 3, 4, 3. No quotient sits on a rounding point (k + 1/2), so by Balinski and
/// Demange (1989) this is the unique biproportional apportionment (with E = 1 and
/// D = 200 every cell of row 1 would be a tie: 3, 1.5, 0.5).
#[test]
fn two_districts_three_parties_unique_solution() {
    let w = vec![vec![600, 300, 100], vec![100, 400, 500]];
    let t = biproportional_table(DivisorMethod::SainteLague, &w, &[5, 5], &[3, 4, 3]).unwrap();
    check(DivisorMethod::SainteLague, &w, &[5, 5], &[3, 4, 3], &t).unwrap();
    assert_eq!(t.seats, vec![vec![3, 2, 0], vec![0, 2, 3]]);
}

#[test]
fn infeasible_tables_are_named() {
    let m = DivisorMethod::SainteLague;
    let e = biproportional_table(m, &[vec![1, 1], vec![1, 1]], &[2, 2], &[2, 3]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "no biproportional apportionment: the units' seats add up to 4 but the groups' to 5"
    );
    // Unit 2 has members only in group 2, which holds 1 seat.
    let e = biproportional_table(m, &[vec![5, 5], vec![0, 5]], &[1, 3], &[3, 1]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "no biproportional apportionment: units 2 have 3 seats but the groups where they have members can take only 1"
    );
    let e = biproportional_table(m, &[vec![0, 0], vec![1, 5]], &[1, 3], &[2, 2]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "no biproportional apportionment: unit 1 has 1 seats but no members"
    );
    let e = biproportional_table(
        DivisorMethod::Adams,
        &[vec![1, 1, 1], vec![1, 5, 0]],
        &[2, 3],
        &[2, 2, 1],
    )
    .unwrap_err();
    assert_eq!(
        e.to_string(),
        "no biproportional apportionment: unit 1 has members in 3 cells and method adams gives each a seat, but it has only 2 seats"
    );
    let e = biproportional_table(m, &[vec![1, 1], vec![1]], &[1, 1], &[1, 1]).unwrap_err();
    assert!(
        e.to_string()
            .contains("unit 2 has 1 group weights; expected 2"),
        "{e}"
    );
    let e = biproportional_table(DivisorMethod::HuntingtonHill, &[vec![1, 1]], &[1], &[1, 0])
        .unwrap_err();
    assert!(matches!(e, ApportionError::Unsupported { .. }), "{e}");
}

#[test]
fn exact_ties_are_reported_with_their_cells() {
    // 1 : 1 in both rows, one seat each, one seat per group: either diagonal works.
    let e = biproportional_table(
        DivisorMethod::SainteLague,
        &[vec![1, 1], vec![1, 1]],
        &[1, 1],
        &[1, 1],
    )
    .unwrap_err();
    assert_eq!(
        e,
        ApportionError::TableTie {
            cells: vec![(0, 0), (0, 1), (1, 0), (1, 1)]
        }
    );
    assert!(
        e.to_string()
            .starts_with("tie in the biproportional table: cells (1, 1), (1, 2), (2, 1), (2, 2)"),
        "{e}"
    );
}

fn feasible_table() -> impl Strategy<Value = (Vec<Vec<u64>>, Vec<u32>, Vec<u32>)> {
    (1usize..6, 1usize..5).prop_flat_map(|(m, n)| {
        prop::collection::vec(prop::collection::vec((0u64..2000, 0u32..6, 0u8..5), n), m).prop_map(
            move |cells| {
                // A zero weight (one cell in five) is a structural zero; the margins are
                // the sums of a random table that respects the zeros, so they are
                // feasible.
                let w: Vec<Vec<u64>> = cells
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|&(x, _, z)| if z == 0 { 0 } else { x + 1 })
                            .collect()
                    })
                    .collect();
                let s: Vec<Vec<u32>> = cells
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|&(_, k, z)| if z == 0 { 0 } else { k })
                            .collect()
                    })
                    .collect();
                let rows = s.iter().map(|r| r.iter().sum()).collect();
                let cols = (0..n).map(|j| s.iter().map(|r| r[j]).sum()).collect();
                (w, rows, cols)
            },
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Random feasible tables never loop or panic: the answer meets every margin and
    /// every cell is the rounding of its quotient, or an exact tie is reported.
    #[test]
    fn random_feasible_tables_are_apportioned_or_tied(
        (w, rows, cols) in feasible_table(),
        method in prop::sample::select(vec![DivisorMethod::SainteLague, DivisorMethod::DHondt]),
    ) {
        match biproportional_table(method, &w, &rows, &cols) {
            Ok(t) => check(method, &w, &rows, &cols, &t)?,
            Err(ApportionError::TableTie { cells }) => prop_assert!(cells.len() >= 4),
            Err(e) => prop_assert!(false, "{e}"),
        }
    }

    /// With two groups the general table agrees with the two-group function wherever
    /// that one finds no tie.
    #[test]
    fn two_groups_agree_with_the_two_group_function(
        rows in prop::collection::vec((1u64..1000, 1u64..1000, 0u32..8), 1..8),
        pick in 0u32..1000,
        method in prop::sample::select(vec![DivisorMethod::SainteLague, DivisorMethod::DHondt]),
    ) {
        let w2: Vec<[u64; 2]> = rows.iter().map(|r| [r.0, r.1]).collect();
        let w: Vec<Vec<u64>> = rows.iter().map(|r| vec![r.0, r.1]).collect();
        let r: Vec<u32> = rows.iter().map(|r| r.2).collect();
        let total: u32 = r.iter().sum();
        let a = pick % (total + 1);
        let two = biproportional(method, &w2, &r, [a, total - a], &TiePolicy::Fail);
        let general = biproportional_table(method, &w, &r, &[a, total - a]);
        match (two, general) {
            (Ok(b), Ok(t)) => {
                let seats: Vec<Vec<u32>> = b.seats.iter().map(|s| s.to_vec()).collect();
                prop_assert_eq!(seats, t.seats);
            }
            (Err(ApportionError::Tie { .. }), Err(ApportionError::TableTie { .. })) => {}
            (two, general) => prop_assert!(false, "two-group {:?}, general {:?}", two, general),
        }
    }
}
