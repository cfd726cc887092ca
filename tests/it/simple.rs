//! The simple methods on worked examples and on every real Scottish ward.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use crate::common::shared_data;
use union_rulebook::election::{
    self, Candidate, CandidateStatus, Outcome, RankedBallot, RankedElection, StageAction,
    TallyError, TieBreak, TieSettlement, blt,
};

/// The Tennessee capital example used to explain IRV and the two-round system
/// (Wikipedia, "Instant-runoff voting", after Fairvote): 42% Memphis > Nashville >
/// Chattanooga > Knoxville; 26% Nashville > Chattanooga > Knoxville > Memphis; 15%
/// Chattanooga > Knoxville > Nashville > Memphis; 17% Knoxville > Chattanooga >
/// Nashville > Memphis.
fn tennessee() -> RankedElection {
    let (m, n, c, k) = (0, 1, 2, 3);
    RankedElection {
        title: Some("capital of Tennessee".into()),
        candidates: ["Memphis", "Nashville", "Chattanooga", "Knoxville"]
            .into_iter()
            .map(Candidate::new)
            .collect(),
        seats: 1,
        withdrawn: vec![],
        ballots: vec![
            RankedBallot::strict(42, [m, n, c, k]),
            RankedBallot::strict(26, [n, c, k, m]),
            RankedBallot::strict(15, [c, k, n, m]),
            RankedBallot::strict(17, [k, c, n, m]),
        ]
        .into(),
    }
}

fn totals(o: &Outcome, stage: usize) -> Vec<i128> {
    o.stages[stage].votes.iter().map(|v| v.raw()).collect()
}

#[test]
fn tennessee_plurality_elects_memphis() {
    // First preferences: Memphis 42, Nashville 26, Chattanooga 15, Knoxville 17.
    let o = election::plurality(&tennessee(), &TieBreak::Fail).unwrap();
    assert_eq!(o.elected, vec![0]);
    assert_eq!(totals(&o, 0), vec![42, 26, 15, 17]);
}

#[test]
fn tennessee_irv_elects_knoxville() {
    // Stage 2: Chattanooga (15) out, her ballots go to Knoxville: 42, 26, -, 32.
    // Stage 3: Nashville (26) out, Chattanooga is gone so they go to Knoxville: 42, -, -, 58.
    let o = election::irv(&tennessee(), &TieBreak::Fail).unwrap();
    assert_eq!(o.elected, vec![3]);
    assert_eq!(totals(&o, 1), vec![42, 26, 0, 32]);
    assert_eq!(totals(&o, 2), vec![42, 0, 0, 58]);
    assert_eq!(
        o.stages[1].action,
        StageAction::Exclusion {
            candidates: vec![2]
        }
    );
    assert_eq!(o.candidates[1].status, CandidateStatus::Excluded);
    assert_eq!(o.candidates[1].stage, Some(3));
    assert_eq!(o.candidates[3].stage, Some(3));
}

#[test]
fn tennessee_contingent_vote_elects_nashville() {
    // Nobody has 51 of 100; Memphis (42) and Nashville (26) go through; Chattanooga's
    // and Knoxville's voters rank Nashville above Memphis: Nashville 26+15+17 = 58.
    let o = election::contingent_vote(&tennessee(), &TieBreak::Fail).unwrap();
    assert_eq!(o.elected, vec![1]);
    assert_eq!(totals(&o, 1), vec![42, 58, 0, 0]);
    assert_eq!(o.stages[1].excluded, vec![2, 3]);
}

#[test]
fn two_round_uses_the_separate_second_round_ballots() {
    let first = tennessee();
    // Without the second-round ballots the result names the runoff pair (issue 11: no
    // longer an error whose message is the only place the pair appears).
    let pending = election::two_round(&first, None, &TieBreak::Fail).unwrap();
    assert_eq!(pending.runoff, vec![0, 1]);
    assert!(pending.elected.is_empty());
    assert_eq!(pending.stages.len(), 1);
    // In the second round turnout changed: 45 for Memphis, 40 for Nashville, and 5
    // blank ballots, which count for nobody.
    let mut second = first.clone();
    second.ballots = vec![
        RankedBallot::strict(45, [0]),
        RankedBallot::strict(40, [1]),
        RankedBallot::strict(5, []),
    ]
    .into();
    let o = election::two_round(&first, Some(&second), &TieBreak::Fail).unwrap();
    assert_eq!(o.elected, vec![0]);
    assert!(o.runoff.is_empty());
    assert_eq!(totals(&o, 1), vec![45, 40, 0, 0]);
    assert_eq!(o.stages[1].non_transferable.raw(), 5);
    // Ballots for Knoxville, who is not in the runoff, are refused with their place.
    second.ballots = vec![
        RankedBallot::strict(45, [0]),
        RankedBallot::strict(40, [1]),
        RankedBallot::strict(5, [3]),
    ]
    .into();
    let err = election::two_round(&first, Some(&second), &TieBreak::Fail).unwrap_err();
    assert!(matches!(
        err,
        TallyError::NotInRunoff {
            ballot: 2,
            candidate: 3,
            finalists: [0, 1],
            ..
        }
    ));
    assert_eq!(
        err.to_string(),
        "second-round ballot 3 (counted from 1) votes for candidate 4, who is not in the runoff between candidate 1 and candidate 2; a second-round ballot may mark only the two candidates of the runoff"
    );
    // A first-round majority needs no runoff.
    let mut landslide = first.clone();
    assert!(landslide.ballots.set_weight(0, 80));
    let o = election::two_round(&landslide, None, &TieBreak::Fail).unwrap();
    assert_eq!((o.elected.clone(), o.stages.len()), (vec![0], 1));
}

#[test]
fn stv_rs_vegetables_block_vote_matches_its_reference_transcript() {
    // stv-rs testdata/plurality_block_voting/vegetables.fixed9.log: 4 seats, banana and
    // fig withdrawn; elected Jalapeno 17, Hazelnut 15, Grape 13, Apple 10; defeated
    // Eggplant 9, Date 7, Cherry 5.
    let bytes =
        std::fs::read(shared_data().join("stv-rs-testdata/ballots/vegetables.blt")).unwrap();
    let e = blt::read_election(&bytes).unwrap();
    let o = election::block_vote(&e, &TieBreak::Fail).unwrap();
    assert_eq!(o.elected, vec![8, 7, 6, 0]);
    let t = totals(&o, 0);
    assert_eq!(
        [t[8], t[7], t[6], t[0], t[4], t[3], t[2]],
        [17, 15, 13, 10, 9, 7, 5]
    );
    assert_eq!(o.candidates[1].status, CandidateStatus::Withdrawn);
}

#[test]
fn limited_and_approval_count_the_marks() {
    // 3 seats; each voter may mark 2 under the limited vote. Ballot 1 (5 voters) marks
    // A, B, C; ballot 2 (4 voters) D, C.
    let e = RankedElection {
        title: None,
        candidates: ["A", "B", "C", "D"]
            .into_iter()
            .map(Candidate::new)
            .collect(),
        seats: 3,
        withdrawn: vec![],
        ballots: vec![
            RankedBallot::strict(5, [0, 1, 2]),
            RankedBallot::strict(4, [3, 2]),
        ]
        .into(),
    };
    // Limited (2 marks): A 5, B 5, C 4, D 4: A, B, then a tie C/D for the last seat.
    let o = election::limited_vote(&e, 2, &TieBreak::Order(vec![3, 2])).unwrap();
    assert_eq!(totals(&o, 0), vec![5, 5, 4, 4]);
    assert_eq!(o.elected, vec![0, 1, 3]);
    assert_eq!(o.ties[0].candidates, vec![2, 3]);
    assert_eq!(o.ties[0].settled_by, TieSettlement::GivenOrder);
    // Approval: every ranked candidate approved: A 5, B 5, C 9, D 4.
    let o = election::approval(&e, &TieBreak::Fail).unwrap();
    assert_eq!(totals(&o, 0), vec![5, 5, 9, 4]);
    assert_eq!(o.elected, vec![2, 0, 1]);
    // Block (3 marks): same as approval here.
    assert_eq!(
        election::block_vote(&e, &TieBreak::Fail).unwrap().elected,
        vec![2, 0, 1]
    );
    // The limit must be below the seats.
    assert!(matches!(
        election::limited_vote(&e, 3, &TieBreak::Fail),
        Err(TallyError::Unsupported { .. })
    ));
}

#[test]
fn ties_are_settled_as_asked_and_recorded() {
    // Droop's 42.blt: Castor 4, Pollux 0, Helen 2 ... make Pollux and Helen tie at 2.
    let e = RankedElection {
        title: None,
        candidates: ["Castor", "Pollux", "Helen"]
            .into_iter()
            .map(Candidate::new)
            .collect(),
        seats: 1,
        withdrawn: vec![],
        ballots: vec![
            RankedBallot::strict(3, [0]),
            RankedBallot::strict(2, [1, 0]),
            RankedBallot::strict(2, [2, 1]),
        ]
        .into(),
    };
    // IRV: 3, 2, 2 with no majority of 7; Pollux and Helen tie for exclusion.
    let err = election::irv(&e, &TieBreak::Fail).unwrap_err();
    assert!(matches!(err, TallyError::Tie { stage: 1, .. }));
    // Order: earlier wins, so Helen (listed last) is excluded; her ballots go to
    // Pollux: 3 vs 4.
    let o = election::irv(&e, &TieBreak::Order(vec![0, 1, 2])).unwrap();
    assert_eq!(o.elected, vec![1]);
    assert_eq!(o.ties[0].chosen, 2);
    // By lot: recorded with its seed, and the same seed gives the same result.
    let a = election::irv(&e, &TieBreak::Lot { seed: Some(7) }).unwrap();
    let b = election::irv(&e, &TieBreak::Lot { seed: Some(7) }).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.ties[0].settled_by, TieSettlement::Lot { seed: 7 });
}

#[test]
fn every_scottish_2017_ward_counts_with_every_method_and_conserves_votes() {
    let list: serde_json::Value = serde_json::from_slice(
        &std::fs::read(
            shared_data().join("scotland-stv/official-2017/scotland2017_official_matched.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let wards = list.as_array().unwrap();
    assert_eq!(wards.len(), 351);
    let tie = TieBreak::Backward { seed: Some(2017) };
    for w in wards {
        let path = shared_data()
            .join("scotland-stv/blt-original")
            .join(w["blt"].as_str().unwrap());
        let e = blt::read_election(&std::fs::read(&path).unwrap()).unwrap();
        let total = i128::from(e.total_weight());
        let seats = e.seats as usize;
        for o in [
            election::plurality(&e, &tie).unwrap(),
            election::block_vote(&e, &tie).unwrap(),
            election::approval(&e, &tie).unwrap(),
        ] {
            assert_eq!(o.elected.len(), seats, "{} {}", o.method, path.display());
        }
        // Plurality's single stage: every ballot counted once.
        let p = election::plurality(&e, &tie).unwrap();
        let sum: i128 = p.stages[0].votes.iter().map(|v| v.raw()).sum();
        assert_eq!(sum + p.stages[0].non_transferable.raw(), total);
        let mut single = e.clone();
        single.seats = 1;
        for o in [
            election::irv(&single, &tie).unwrap(),
            election::contingent_vote(&single, &tie).unwrap(),
        ] {
            assert_eq!(o.elected.len(), 1, "{} {}", o.method, path.display());
            for s in &o.stages {
                let sum: i128 = s.votes.iter().map(|v| v.raw()).sum();
                assert_eq!(sum + s.non_transferable.raw(), total, "{}", path.display());
            }
        }
    }
}
