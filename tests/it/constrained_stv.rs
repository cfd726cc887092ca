//! Constrained STV (I. D. Hill, "STV with constraints", Voting matters 9, 1998): a
//! worked example derived by hand, the 351 matched Scottish council wards of 2017
//! with constraints that never bind (the count must not change) and with a floor that
//! binds, and properties on random small elections.

use crate::common::shared_data;
use proptest::prelude::*;
use std::path::Path;
use union_rulebook::election::constrained::{GroupBounds, ShortfallReason};
use union_rulebook::election::stv::{self, Constraints, MarkKind, MarkReason};
use union_rulebook::election::{
    Candidate, CandidateIndex, RankedBallot, RankedElection, StageAction, TallyError, TieBreak, blt,
};

const TIES: TieBreak = TieBreak::Backward { seed: Some(2017) };

/// A constructed election (Hill's paper gives no ballots for its example): three
/// seats; A, B, C are men, D and E women.
///
/// 30 A>B, 26 B>C, 20 C>A, 14 D>E, 10 E>C: valid poll 100, quota
/// floor(100 / 4) + 1 = 26 (SSI 2007/42 rule 46). Unconstrained: A (30) and B (26) are
/// elected at stage 1; A's surplus of 4 goes nowhere (B is elected); E (10) is
/// excluded and her 10 papers go to C (20 + 10 = 30), who is elected: A, B, C and no
/// woman.
fn hand_example() -> RankedElection {
    RankedElection {
        title: None,
        candidates: ["A", "B", "C", "D", "E"].map(Candidate::new).to_vec(),
        seats: 3,
        withdrawn: vec![],
        ballots: vec![
            RankedBallot::strict(30, [0, 1]),
            RankedBallot::strict(26, [1, 2]),
            RankedBallot::strict(20, [2, 0]),
            RankedBallot::strict(14, [3, 4]),
            RankedBallot::strict(10, [4, 2]),
        ]
        .into(),
    }
}

fn hand_constraints(women: u32) -> Constraints {
    Constraints::new(
        &[
            Some("man"),
            Some("man"),
            Some("man"),
            Some("woman"),
            Some("woman"),
        ],
        &[GroupBounds::at_least("woman", women)],
    )
    .unwrap()
}

fn votes(stage: &union_rulebook::election::Stage) -> Vec<String> {
    stage.votes.iter().map(|v| v.to_string()).collect()
}

#[test]
fn hill_method_constructed_example_unconstrained_elects_no_woman() {
    let out = stv::scottish_stv(&hand_example(), TIES).unwrap();
    assert_eq!(out.elected, vec![0, 1, 2]);
}

/// Floor of one woman. Stage 1: A (30) and B (26) reach the quota; A is elected, then
/// B (3 seats left, the floor needs 1: B may take one). With 1 seat left and the
/// women's floor needing it, C is doomed and excluded at stage 2, before A's surplus
/// (Hill: at once): his 20 papers C>A find A elected and are non-transferable.
/// Stage 3: A's surplus of 4, 30 papers at 4/30 = 0.13333 (truncated), all
/// non-transferable: 3.99990 moves, 0.00010 is lost. Stage 4: E is the lowest (10),
/// not guarded (two women continue for a floor of one), and is excluded; her papers
/// E>C find C excluded. D is the only one continuing for the one seat: elected.
#[test]
fn hill_method_constructed_example_floor_of_one_woman() {
    let r = stv::scottish_stv_constrained(&hand_example(), TIES, &hand_constraints(1)).unwrap();
    let out = &r.outcome;
    assert_eq!(out.elected, vec![0, 1, 3]);
    assert_eq!(out.stages.len(), 4);
    assert_eq!(
        out.stages[1].action,
        StageAction::Exclusion {
            candidates: vec![2]
        }
    );
    assert_eq!(
        votes(&out.stages[1]),
        ["30.00000", "26.00000", "0.00000", "14.00000", "10.00000"]
    );
    assert_eq!(out.stages[1].non_transferable.to_string(), "20.00000");
    assert_eq!(out.stages[2].non_transferable.to_string(), "23.99990");
    assert_eq!(out.stages[2].loss.to_string(), "0.00010");
    assert_eq!(
        out.stages[3].action,
        StageAction::Exclusion {
            candidates: vec![4]
        }
    );
    assert_eq!(out.stages[3].non_transferable.to_string(), "33.99990");
    assert_eq!(out.stages[3].elected, vec![3]);
    assert_eq!(r.marks.len(), 1);
    assert_eq!(r.marks[0].candidate, 2);
    assert_eq!(r.marks[0].stage, 2);
    assert_eq!(r.marks[0].mark, MarkKind::Doomed);
    assert_eq!(
        r.marks[0].reason,
        MarkReason::SeatsNeededForFloors { seats: 1 }
    );
    assert_eq!(
        stv::describe_mark(&r.marks[0]),
        "candidate 3 is doomed and excluded at stage 2: the 1 seat left is all needed for groups below their floors"
    );
    assert!(r.unmet.is_empty());
}

/// Floor of two women. Stage 1: A and B reach the quota; A is elected (3 seats left,
/// the floor needs 2); then the 2 seats left are both needed for the women, so B is
/// doomed although he has a quota. Stage 2: B and C are excluded together (doomed):
/// B's papers B>C do not pass to C, who goes out at the same time, and C's papers
/// C>A find A elected: 26 + 20 = 46 non-transferable. D and E are as many as the
/// seats left: both elected at stage 2 (rule 52), D (14) before E (10).
#[test]
fn hill_method_constructed_example_floor_of_two_women() {
    let r = stv::scottish_stv_constrained(&hand_example(), TIES, &hand_constraints(2)).unwrap();
    let out = &r.outcome;
    assert_eq!(out.elected, vec![0, 3, 4]);
    assert_eq!(
        out.stages[1].action,
        StageAction::Exclusion {
            candidates: vec![1, 2]
        }
    );
    assert_eq!(out.stages[1].non_transferable.to_string(), "46.00000");
    assert_eq!(out.stages[1].elected, vec![3, 4]);
    assert_eq!(out.stages.len(), 2);
    let doomed: Vec<CandidateIndex> = r.marks.iter().map(|m| m.candidate).collect();
    assert_eq!(doomed, vec![1, 2]);
}

/// The lowest candidate guarded: three seats, men A, B, D, E and one woman C, at
/// least one woman.
///
/// 25 A, 24 B, 23 D, 18 E>D, 10 C>A: quota floor(100 / 4) + 1 = 26, nobody elected at
/// stage 1. Stage 2: C (10) is the lowest, but she is the only woman and the floor
/// needs her: guarded. The lowest not guarded, E (18), is excluded; her papers give D
/// 23 + 18 = 41: elected. Stage 3: D's surplus of 15, 41 papers at 15/41 = 0.36585,
/// none with a next preference: 14.99985 non-transferable, 0.00015 lost. Stage 4: C
/// is passed over again and B (24) is excluded; A and C are as many as the seats
/// left: elected, A (25) before C (10). Unconstrained, C goes out at stage 2 instead.
#[test]
fn hill_method_constructed_example_the_lowest_is_guarded() {
    let e = RankedElection {
        title: None,
        candidates: ["A", "B", "C", "D", "E"].map(Candidate::new).to_vec(),
        seats: 3,
        withdrawn: vec![],
        ballots: vec![
            RankedBallot::strict(25, [0]),
            RankedBallot::strict(24, [1]),
            RankedBallot::strict(23, [3]),
            RankedBallot::strict(18, [4, 3]),
            RankedBallot::strict(10, [2, 0]),
        ]
        .into(),
    };
    let c = Constraints::new(
        &[
            Some("man"),
            Some("man"),
            Some("woman"),
            Some("man"),
            Some("man"),
        ],
        &[GroupBounds::at_least("woman", 1)],
    )
    .unwrap();
    let plain = stv::scottish_stv(&e, TIES).unwrap();
    assert_eq!(
        plain.stages[1].action,
        StageAction::Exclusion {
            candidates: vec![2]
        }
    );
    assert!(!plain.elected.contains(&2));
    let r = stv::scottish_stv_constrained(&e, TIES, &c).unwrap();
    let out = &r.outcome;
    assert_eq!(out.elected, vec![3, 0, 2]);
    assert_eq!(
        out.stages[1].action,
        StageAction::Exclusion {
            candidates: vec![4]
        }
    );
    assert_eq!(out.stages[1].elected, vec![3]);
    assert_eq!(out.stages[2].non_transferable.to_string(), "14.99985");
    assert_eq!(out.stages[2].loss.to_string(), "0.00015");
    assert_eq!(
        out.stages[3].action,
        StageAction::Exclusion {
            candidates: vec![1]
        }
    );
    assert_eq!(out.stages[3].non_transferable.to_string(), "38.99985");
    assert_eq!(out.stages[3].elected, vec![0, 2]);
    assert_eq!(r.marks.len(), 1);
    assert_eq!(
        stv::describe_mark(&r.marks[0]),
        "candidate 3 is guarded from exclusion from stage 2: group woman needs every continuing candidate to reach its floor of 1 seat"
    );
}

/// A floor of three women when two stood: lowered to two, reported as unmet.
#[test]
fn floor_above_the_candidates_who_stood_is_reported() {
    let r = stv::scottish_stv_constrained(&hand_example(), TIES, &hand_constraints(3)).unwrap();
    assert_eq!(r.outcome.elected, vec![0, 3, 4]);
    assert_eq!(r.unmet.len(), 1);
    assert_eq!(r.unmet[0].reason, ShortfallReason::NoCandidates);
    assert_eq!((r.unmet[0].bound, r.unmet[0].holds), (3, 2));
    assert_eq!(
        union_rulebook::election::constrained::describe_shortfall(&r.unmet[0]),
        "group woman holds 2 seats, below its floor of 3 seats: no more candidates of the group stood"
    );
}

/// Ceilings: at most one man. A is elected at stage 1 (the first man); B, though at
/// the quota, is doomed (the men are full) and so is C; D and E fill the seats.
#[test]
fn ceiling_dooms_the_rest_of_the_group() {
    let c = Constraints::new(
        &[
            Some("man"),
            Some("man"),
            Some("man"),
            Some("woman"),
            Some("woman"),
        ],
        &[GroupBounds::new("man", 0, 1)],
    )
    .unwrap();
    let r = stv::scottish_stv_constrained(&hand_example(), TIES, &c).unwrap();
    assert_eq!(r.outcome.elected, vec![0, 3, 4]);
    assert!(r.marks.iter().all(|m| m.mark == MarkKind::Doomed
        && m.reason
            == MarkReason::CeilingReached {
                group: "man".into(),
                max: 1
            }));
    // at most one man and one woman: only 2 of the 3 seats can be filled
    let c = Constraints::new(
        &[
            Some("man"),
            Some("man"),
            Some("man"),
            Some("woman"),
            Some("woman"),
        ],
        &[
            GroupBounds::new("man", 0, 1),
            GroupBounds::new("woman", 0, 1),
        ],
    )
    .unwrap();
    let r = stv::scottish_stv_constrained(&hand_example(), TIES, &c).unwrap();
    assert_eq!(r.ceiling_vacancies, 1);
    assert_eq!(r.outcome.unfilled, 1);
    assert_eq!(r.outcome.elected.len(), 2);
    assert_eq!(
        stv::describe_ceiling_vacancies(r.ceiling_vacancies),
        "1 seat left empty: the groups' ceilings admit no more of the candidates who stood"
    );
}

#[test]
fn contradictory_constraints_are_errors() {
    let c = Constraints::new(
        &[
            Some("man"),
            Some("man"),
            Some("man"),
            Some("woman"),
            Some("woman"),
        ],
        &[
            GroupBounds::at_least("man", 2),
            GroupBounds::at_least("woman", 2),
        ],
    )
    .unwrap();
    let err = stv::scottish_stv_constrained(&hand_example(), TIES, &c).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the groups' floors need 4 seats, but only 3 are to be filled"
    );
    let c = Constraints::new(&[Some("man")], &[GroupBounds::at_least("man", 1)]).unwrap();
    let err = stv::scottish_stv_constrained(&hand_example(), TIES, &c).unwrap_err();
    assert!(matches!(err, TallyError::Constraint(_)));
    assert_eq!(
        err.to_string(),
        "the constraints give groups for 1 candidates, but the election has 5"
    );
}

#[derive(serde::Deserialize)]
struct Ward {
    blt: String,
}

fn wards() -> Vec<RankedElection> {
    let base = shared_data().join("scotland-stv");
    let index = std::fs::read(base.join("official-2017/scotland2017_official_matched.json"))
        .expect("official results");
    let wards: Vec<Ward> = serde_json::from_slice(&index).expect("official json");
    wards
        .iter()
        .map(|w| read(&base.join("blt-original").join(&w.blt)))
        .collect()
}

fn read(path: &Path) -> RankedElection {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    blt::read(&bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .election
}

/// A gender by candidate parity: odd-numbered candidates (1-based) women.
fn parity(n: usize) -> Vec<Option<&'static str>> {
    (0..n)
        .map(|i| Some(if i % 2 == 0 { "woman" } else { "man" }))
        .collect()
}

fn women_elected(elected: &[CandidateIndex]) -> u32 {
    elected.iter().filter(|&&c| c % 2 == 0).count() as u32
}

/// Constraints that cannot bind (each group between 0 and all the seats) leave every
/// one of the 351 wards exactly as the unconstrained count: same outcome, transcript
/// and ties, and no candidate marked.
#[test]
fn scotland_2017_non_binding_constraints_change_nothing() {
    let wards = wards();
    assert_eq!(wards.len(), 351);
    for (i, e) in wards.iter().enumerate() {
        let c = Constraints::new(
            &parity(e.candidates.len()),
            &[
                GroupBounds::new("woman", 0, e.seats),
                GroupBounds::new("man", 0, e.seats),
            ],
        )
        .unwrap();
        let plain = stv::scottish_stv(e, TIES).unwrap();
        let r = stv::scottish_stv_constrained(e, TIES, &c).unwrap();
        assert_eq!(r.outcome, plain, "ward {i}");
        assert!(r.marks.is_empty(), "ward {i}");
        assert!(r.unmet.is_empty() && r.ceiling_vacancies == 0, "ward {i}");
    }
}

/// In every ward, a floor of one more woman (by parity) than the unconstrained count
/// elected, wherever enough stood, with the ceiling on men that goes with it, is met.
#[test]
fn scotland_2017_binding_floor_is_met_in_every_ward() {
    let mut binding = 0;
    for (i, e) in wards().iter().enumerate() {
        let n = e.candidates.len();
        let women_stood = n.div_ceil(2) as u32;
        let plain = stv::scottish_stv(e, TIES).unwrap();
        let floor = women_elected(&plain.elected) + 1;
        if floor > women_stood || floor > e.seats {
            continue;
        }
        binding += 1;
        let c = Constraints::new(
            &parity(n),
            &[
                GroupBounds::at_least("woman", floor),
                GroupBounds::new("man", 0, e.seats - floor),
            ],
        )
        .unwrap();
        let r = stv::scottish_stv_constrained(e, TIES, &c).unwrap();
        assert_eq!(r.outcome.elected.len() as u32, e.seats, "ward {i}");
        let women = women_elected(&r.outcome.elected);
        assert!(women >= floor, "ward {i}: {women} women, floor {floor}");
        assert!(!r.marks.is_empty(), "ward {i}: the floor binds");
        assert!(r.unmet.is_empty(), "ward {i}");
    }
    assert!(binding > 300, "{binding} wards with a binding floor");
}

/// One real ward in detail: the first ward of the matched 2017 index, with women by
/// parity and a floor one above what the unconstrained count gives; the
/// result meets it, is the same when counted twice and with the ballots reversed,
/// and every doomed candidate was excluded at the stage its mark names.
#[test]
fn scotland_2017_first_ward_constrained_is_deterministic() {
    let e = &wards()[0];
    let plain = stv::scottish_stv(e, TIES).unwrap();
    let floor = women_elected(&plain.elected) + 1;
    let c = Constraints::new(
        &parity(e.candidates.len()),
        &[GroupBounds::at_least("woman", floor)],
    )
    .unwrap();
    let a = stv::scottish_stv_constrained(e, TIES, &c).unwrap();
    assert!(women_elected(&a.outcome.elected) >= floor);
    let b = stv::scottish_stv_constrained(e, TIES, &c).unwrap();
    assert_eq!(a, b);
    let mut reversed = e.clone();
    reversed.ballots = reversed
        .ballots
        .iter()
        .rev()
        .map(|b| b.to_owned())
        .collect();
    assert_eq!(
        stv::scottish_stv_constrained(&reversed, TIES, &c).unwrap(),
        a
    );
    for m in a.marks.iter().filter(|m| m.mark == MarkKind::Doomed) {
        let stage = &a.outcome.stages[m.stage as usize - 1];
        assert!(stage.excluded.contains(&m.candidate));
        assert_eq!(
            a.outcome.candidates[m.candidate as usize].stage,
            Some(m.stage)
        );
    }
}

/// A small random election with a random group (none, `a` or `b`) for each candidate.
fn small_grouped() -> impl Strategy<Value = (RankedElection, Vec<Option<&'static str>>)> {
    (2usize..=8, 1u32..=4).prop_flat_map(|(n, seats)| {
        let ballot = (
            1u64..20,
            proptest::sample::subsequence((0..n as u32).collect::<Vec<_>>(), 1..=n),
        )
            .prop_flat_map(|(w, subset)| (Just(w), Just(subset).prop_shuffle()))
            .prop_map(|(w, order)| RankedBallot::strict(w, order));
        let groups =
            proptest::collection::vec(prop_oneof![Just(None), Just(Some("a")), Just(Some("b"))], n);
        (proptest::collection::vec(ballot, 1..25), groups).prop_map(move |(ballots, groups)| {
            (
                RankedElection {
                    title: None,
                    candidates: (0..n).map(|i| Candidate::new(format!("c{i}"))).collect(),
                    seats,
                    withdrawn: vec![],
                    ballots: ballots.into(),
                },
                groups,
            )
        })
    })
}

fn held(elected: &[CandidateIndex], groups: &[Option<&str>], g: &str) -> u32 {
    elected
        .iter()
        .filter(|&&c| groups[c as usize] == Some(g))
        .count() as u32
}

fn stood(groups: &[Option<&str>], g: &str) -> u32 {
    groups.iter().filter(|x| **x == Some(g)).count() as u32
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Whatever the bounds: never a panic; floors that need more seats than there are
    /// are an error; otherwise every ceiling holds, every floor is met as far as the
    /// group's candidates who stood allow (and the rest is reported), the seats are
    /// filled as far as the ceilings allow, and the result does not depend on the
    /// order of the ballots. Bounds that happen to be feasible are met exactly.
    #[test]
    fn bounds_are_met_and_results_are_deterministic(
        (e, groups) in small_grouped(),
        mins in (0u32..4, 0u32..4),
        extra in (0u32..5, 0u32..5),
        seed in any::<u64>(),
    ) {
        let bounds = [
            GroupBounds::new("a", mins.0, mins.0 + extra.0),
            GroupBounds::new("b", mins.1, mins.1 + extra.1),
        ];
        let c = Constraints::new(&groups, &bounds).unwrap();
        let n = e.candidates.len() as u32;
        let result = stv::scottish_stv_constrained(&e, TIES, &c);
        let floors: u32 = bounds.iter().map(|b| b.min.min(stood(&groups, &b.group))).sum();
        if floors > e.seats {
            prop_assert!(matches!(result, Err(TallyError::Constraint(_))));
            return Ok(());
        }
        let r = result.unwrap();
        let free = groups.iter().filter(|g| g.is_none()).count() as u32;
        let room = free + bounds.iter().map(|b| b.max.min(stood(&groups, &b.group))).sum::<u32>();
        let target = e.seats.min(n).min(room);
        prop_assert_eq!(r.outcome.elected.len() as u32, target);
        prop_assert_eq!(r.ceiling_vacancies, e.seats.min(n) - target);
        prop_assert_eq!(r.outcome.unfilled, e.seats - target);
        for b in &bounds {
            let h = held(&r.outcome.elected, &groups, &b.group);
            let s = stood(&groups, &b.group);
            prop_assert!(h <= b.max, "{} holds {} over {}", b.group, h, b.max);
            prop_assert!(h >= b.min.min(s), "{} holds {} under {}", b.group, h, b.min);
            let reported = r.unmet.iter().any(|u| u.group == b.group);
            prop_assert_eq!(reported, b.min > s);
        }
        if r.unmet.is_empty() && r.ceiling_vacancies == 0 && e.seats <= n {
            for b in &bounds {
                let h = held(&r.outcome.elected, &groups, &b.group);
                prop_assert!(b.min <= h && h <= b.max);
            }
        }
        // independent of the order of the ballots
        let mut shuffled = e.clone();
        let mut lot = union_rulebook::Lot::new(seed);
        let mut order = shuffled.ballots.to_vec();
        for i in (1..order.len()).rev() {
            let j = lot.below(i as u64 + 1) as usize;
            order.swap(i, j);
        }
        shuffled.ballots = order.into();
        prop_assert_eq!(&stv::scottish_stv_constrained(&shuffled, TIES, &c).unwrap(), &r);
        // and of the order the bounds are written in
        let swapped = Constraints::new(&groups, &[bounds[1].clone(), bounds[0].clone()]).unwrap();
        prop_assert_eq!(&stv::scottish_stv_constrained(&e, TIES, &swapped).unwrap(), &r);
    }

    /// Bounds that cannot bind give the unconstrained count, for Scottish STV and for
    /// a configured WIGM count.
    #[test]
    fn non_binding_bounds_give_the_unconstrained_count((e, groups) in small_grouped()) {
        let c = Constraints::new(
            &groups,
            &[GroupBounds::new("a", 0, e.seats), GroupBounds::new("b", 0, e.seats)],
        )
        .unwrap();
        let r = stv::scottish_stv_constrained(&e, TIES, &c).unwrap();
        prop_assert_eq!(&r.outcome, &stv::scottish_stv(&e, TIES).unwrap());
        prop_assert!(r.marks.is_empty());
        let opts = stv::WigmOptions::new()
            .quota(stv::QuotaRule::new(stv::QuotaKind::Hare, false))
            .places(3)
            .ties(TIES);
        let r = stv::wigm_constrained(&e, &opts, &c).unwrap();
        prop_assert_eq!(&r.outcome, &stv::wigm(&e, &opts).unwrap());
    }
}
