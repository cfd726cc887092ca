//! Properties of the policy engine (issue 5).

// Helpers stop a test with a message when its own fixture is wrong.
#![allow(clippy::panic)]

use chrono::NaiveDate;
use proptest::prelude::*;
use union_rulebook::policy::{
    self, Base, CandidateList, Consequence, GroupDef, GroupId, Hardness, Policy, PolicyDoc,
    Rounding, Rule, RuleId, Scope, Selector, Shape, Share, Target,
};

fn rounding() -> impl Strategy<Value = Rounding> {
    prop_oneof![
        Just(Rounding::Up),
        Just(Rounding::Down),
        Just(Rounding::HalfUp),
        Just(Rounding::HalfEven),
        Just(Rounding::DHondt),
    ]
}

fn share() -> impl Strategy<Value = Share> {
    (1u64..=1000)
        .prop_flat_map(|den| (0..=den, Just(den)))
        .prop_map(|(n, d)| Share::new(n, d).unwrap_or(Share::ZERO))
}

fn gid(s: &str) -> GroupId {
    GroupId::new(s).unwrap_or_else(|e| panic!("{e}"))
}

fn shape() -> impl Strategy<Value = Shape> {
    let group = prop_oneof![Just(gid("women")), Just(gid("men"))];
    let base = prop_oneof![
        (group.clone(), share(), rounding()).prop_map(|(group, share, rounding)| {
            Shape::ShareFloor {
                group,
                share,
                rounding,
            }
        }),
        (share(), share(), rounding()).prop_map(|(a, b, rounding)| {
            // cmp_ratio compares b with a: greater means b > a.
            let (min, max) = if a.cmp_ratio(b.numerator(), b.denominator()).is_gt() {
                (a, b)
            } else {
                (b, a)
            };
            Shape::Band {
                groups: vec![gid("women"), gid("men")],
                min,
                max,
                rounding,
            }
        }),
        (group.clone(), 0u32..6).prop_map(|(group, count)| Shape::CountFloor { group, count }),
        (group.clone(), 1u64..500, 0u64..500, rounding()).prop_map(
            |(group, total, g, rounding)| Shape::Proportional {
                group,
                reference: policy::Reference::Given {
                    label: "workforce".into(),
                    group_count: g % (total + 1),
                    total
                },
                rounding,
                adjust: None,
            }
        ),
    ];
    (base, proptest::option::of(1u32..6)).prop_map(|(s, from)| match from {
        Some(from_seats) => Shape::FromSize {
            from_seats,
            then: Box::new(s),
        },
        None => s,
    })
}

fn doc(shapes: Vec<Shape>) -> PolicyDoc {
    let d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or_default();
    PolicyDoc {
        schema: None,
        name: None,
        groups: vec![
            GroupDef::new(
                gid("women"),
                "woman",
                "women",
                Selector::Gender("woman".into()),
            ),
            GroupDef::new(gid("men"), "man", "men", Selector::Gender("man".into())),
        ],
        rules: shapes
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let mut r = Rule::new(
                    RuleId::new(format!("r{i}")).unwrap_or_else(|e| panic!("{e}")),
                    d,
                    Hardness::Binding,
                    Base::AllSeats,
                    s,
                    Consequence::ReportOnly,
                );
                r.scope = Scope {
                    targets: vec![Target::CandidateLists],
                    ..Scope::default()
                };
                r
            })
            .collect(),
        order_rules: vec![],
    }
}

fn list(women: u32, men: u32, others: u32) -> CandidateList {
    let mut csv = String::from("id,gender\n");
    let mut n = 0;
    for (count, g) in [(women, "woman"), (men, "man"), (others, "x")] {
        for _ in 0..count {
            n += 1;
            csv.push_str(&format!("c{n},{g}\n"));
        }
    }
    CandidateList::from_csv(&csv).unwrap_or(CandidateList { candidates: vec![] })
}

fn on() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default()
}

proptest! {
    #[test]
    fn share_floor_minimum_never_falls_as_seats_grow(s in share(), r in rounding(), n in 0u32..300) {
        let a = r.seats(n, s).seats;
        let b = r.seats(n + 1, s).seats;
        prop_assert!(a <= b, "{r} {s}: {a} seats at {n}, {b} at {}", n + 1);
        prop_assert!(b <= n + 1);
    }

    #[test]
    fn a_composition_built_to_meet_feasible_bounds_passes(shapes in proptest::collection::vec(shape(), 1..4), n in 1u32..16) {
        let p = Policy::new(doc(shapes)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let rules = p.rules_in_force(on());
        let mut entries = Vec::new();
        let mut reqs = Vec::new();
        for r in &rules {
            if let policy::Requirement::Bounds { groups } = policy::requirement(&r.require, n, None) {
                reqs.push((&r.id, groups));
            }
        }
        for (id, groups) in &reqs {
            for g in groups {
                entries.push((*id, g));
            }
        }
        let conflicts = policy::conflicts(&p, n, &entries);
        let lot = entries.iter().any(|(_, g)| g.lot_for_last_seat);
        let _ = lot;
        prop_assume!(conflicts.is_empty());
        let bound = |name: &str| {
            let lo = entries.iter().filter(|(_, g)| g.group.as_str() == name).map(|(_, g)| g.min).max().unwrap_or(0);
            let hi = entries.iter().filter(|(_, g)| g.group.as_str() == name).map(|(_, g)| g.max).min().unwrap_or(n);
            (lo, hi)
        };
        let (wlo, _whi) = bound("women");
        let (mlo, mhi) = bound("men");
        let w = wlo;
        let m = (n - w).min(mhi);
        prop_assert!(m >= mlo);
        let check = policy::check_list(&p, &list(w, m, n - w - m), on());
        prop_assert!(!check.has_errors(), "{:?}", check.findings);
    }

    #[test]
    fn infeasible_or_contradictory_rules_give_a_finding(shapes in proptest::collection::vec(shape(), 1..4), n in 1u32..16, w in 0u32..16) {
        let p = Policy::new(doc(shapes)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let w = w.min(n);
        let check = policy::check_list(&p, &list(w, n - w, 0), on());
        let t = policy::explain(&p, n..=n, Some(on()));
        let infeasible = t.rules.iter().any(|r| !r.infeasible_sizes().is_empty()) || !t.contradictions.is_empty();
        if infeasible {
            prop_assert!(check.findings.iter().any(|f| f.code == "rule-infeasible" || f.code == "rules-contradict"), "{:?}", check.findings);
        }
    }

    #[test]
    fn results_do_not_depend_on_the_order_of_rules(shapes in proptest::collection::vec(shape(), 1..5), n in 1u32..16, w in 0u32..16, seed in any::<u64>()) {
        let forward = Policy::new(doc(shapes.clone())).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut shuffled = doc(shapes);
        let mut lot = union_rulebook::Lot::new(seed);
        let len = shuffled.rules.len();
        for i in (1..len).rev() {
            let j = usize::try_from(lot.below(u64::try_from(i + 1).unwrap_or(1))).unwrap_or(0);
            shuffled.rules.swap(i, j);
        }
        shuffled.groups.reverse();
        let backward = Policy::new(shuffled).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let w = w.min(n);
        let l = list(w, n - w, 0);
        prop_assert_eq!(policy::check_list(&forward, &l, on()), policy::check_list(&backward, &l, on()));
        prop_assert_eq!(policy::explain(&forward, 1..=n, None), policy::explain(&backward, 1..=n, None));
    }
}
