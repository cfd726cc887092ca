//! Quota-constrained outcomes: worked examples from the rules in shared/domain.md §3.

use union_rulebook::Share;
use union_rulebook::election::constrained::{
    ChangeReason, GroupBounds, Placed, ShortfallReason, added_seats, check_delegation,
    corrective_replacement, describe_change, describe_shortfall, floor_first,
};

/// Candidates 0.. in order of the count, with their genders (`w`/`m`).
fn ranking(genders: &str) -> Vec<Placed> {
    genders
        .chars()
        .enumerate()
        .map(|(i, g)| Placed::new(i as u32, Some(&g.to_string())))
        .collect()
}

#[test]
fn indonesia_ma_24_p_hum_2023_thirty_percent_of_eight_rounds_up_to_three() {
    // Supreme Court decision 24 P/HUM/2023 restored rounding up: 30% of 8 seats is 2.4,
    // so at least 3 women (rounding half up would have said 2). The count elected 2
    // women (placed 2nd and 6th); the lowest-placed man (8th) gives way to the
    // best-placed woman who lost (10th).
    let floor = Share::percent(30).unwrap().of_ceil(8) as u32;
    assert_eq!(floor, 3);
    let r = ranking("mwmmmwmmmwmw");
    let out = corrective_replacement(&r, 8, &[GroupBounds::at_least("w", floor)]).unwrap();
    assert_eq!(out.elected, [0, 1, 2, 3, 4, 5, 6, 9]);
    assert_eq!(out.changes.len(), 1);
    assert_eq!(
        describe_change(&out.changes[0]),
        "candidate 10 replaces candidate 8: group w held 2 seats; its floor is 3 seats"
    );
    assert!(out.unmet.is_empty());
}

#[test]
fn etuc_band_forty_to_sixty_percent_each_gender_on_five_seats() {
    // ETUC: each gender between 40% and 60%. For 5 seats: at least ceil(2.0) = 2 and at
    // most floor(3.0) = 3 of each. The count elected 4 men and 1 woman: the lowest man
    // (placed 5th) gives way to the best woman who lost (7th); 3 men and 2 women.
    let min = Share::percent(40).unwrap().of_ceil(5) as u32;
    let max = Share::percent(60).unwrap().of_floor(5) as u32;
    assert_eq!((min, max), (2, 3));
    let bounds = [
        GroupBounds::new("w", min, max),
        GroupBounds::new("m", min, max),
    ];
    let out = corrective_replacement(&ranking("mwmmmmwm"), 5, &bounds).unwrap();
    assert_eq!(out.elected, [0, 1, 2, 3, 6]);
    assert!(matches!(out.changes[0].reason, ChangeReason::Floor { ref group, .. } if group == "w"));
}

#[test]
fn betrvg_wo_22_minority_seats_filled_first_then_by_votes() {
    // Works council of 7 (BetrVG §9: 101-200 employees) in a workforce of 110 men and 40
    // women. The minority's minimum by d'Hondt (WO §5): men 110, 55, 36.7, 27.5, 22,
    // 18.3...; women 40, 20, 13.3. The 7 highest numbers are 110, 55, 40w, 36.7, 27.5,
    // 22, 20w: women get at least 2 seats. By votes, women stand 6th and 9th; WO §22
    // fills the 2 women's seats first (6th and 9th), then the 5 other seats in order of
    // votes (1st to 5th). The 7th candidate loses the seat.
    let out = floor_first(&ranking("mmmmmwmmwm"), 7, &[GroupBounds::at_least("w", 2)]).unwrap();
    assert_eq!(out.elected, [0, 1, 2, 3, 4, 5, 8]);
    assert_eq!(out.changes.len(), 1);
    assert_eq!(out.changes[0].removed, Some(6));
    assert_eq!(out.changes[0].added, 8);
}

#[test]
fn betrvg_wo_22_4_too_few_minority_candidates_seats_go_to_the_others() {
    // WO §22(4): if the minority gender has too few candidates, its remaining seats go to
    // the other candidates in order of votes. Floor 3 women, only 1 woman stood.
    let out = floor_first(&ranking("mmmwmmm"), 5, &[GroupBounds::at_least("w", 3)]).unwrap();
    assert_eq!(out.elected, [0, 1, 2, 3, 4]);
    assert_eq!(out.unmet.len(), 1);
    assert_eq!(out.unmet[0].reason, ShortfallReason::NoCandidates);
    assert_eq!(
        describe_shortfall(&out.unmet[0]),
        "group w holds 1 seat, below its floor of 3 seats: no more candidates of the group stood"
    );
}

#[test]
fn uk_sda_1975_s49_extra_seats_for_the_under_represented_sex() {
    // SDA 1975 s.49 let a union add seats for one sex. An executive of 6 with a floor of
    // 30% women: ceil(1.8) = 2. The count elected no woman. Adding a 7th seat (floor
    // ceil(2.1) = 3) and an 8th (ceil(2.4) = 3) and a 9th (ceil(2.7) = 3) gives 3 women
    // in 9 seats: the floor rises as the body grows, and the loop follows it.
    let thirty = Share::percent(30).unwrap();
    let bounds = |size: u32| {
        vec![GroupBounds::at_least(
            "w",
            thirty.of_ceil(size.into()) as u32,
        )]
    };
    let out = added_seats(&ranking("mmmmmmmwwww"), 6, bounds, 5).unwrap();
    assert_eq!(out.seats, 9);
    assert_eq!(out.elected, [0, 1, 2, 3, 4, 5, 7, 8, 9]);
    assert!(out.changes.iter().all(|c| c.removed.is_none()));
    // With at most 2 added seats the floor (3 of 8) stays unmet, and the result says so.
    let out = added_seats(&ranking("mmmmmmmwwww"), 6, bounds, 2).unwrap();
    assert_eq!(out.unmet[0].reason, ShortfallReason::AddedSeatLimit);
}

#[test]
fn spn_delegation_of_two_includes_one_woman_or_is_refused() {
    // "A delegation of two includes one woman" (domain.md §3), with the SPN women's
    // conference's consequence: a delegation that falls short is not seated.
    let bounds = [GroupBounds::at_least("w", 1)];
    assert!(check_delegation(&ranking("mw"), &bounds).unwrap().accepted);
    let refused = check_delegation(&ranking("mm"), &bounds).unwrap();
    assert!(!refused.accepted);
    assert_eq!(refused.shortfalls[0].bound, 1);
}

#[test]
fn floor_out_of_reach_when_every_other_winner_is_at_its_own_floor() {
    // Two floors that together exceed the seats: 2 women and 2 young on 3 seats, where
    // the groups do not overlap. The corrective loop stops and says why.
    let r: Vec<Placed> = ["m", "m", "m", "w", "w", "y", "y"]
        .iter()
        .enumerate()
        .map(|(i, g)| Placed::new(i as u32, Some(g)))
        .collect();
    let out = corrective_replacement(
        &r,
        3,
        &[GroupBounds::at_least("w", 2), GroupBounds::at_least("y", 2)],
    )
    .unwrap();
    assert_eq!(out.unmet.len(), 1);
    assert_eq!(out.unmet[0].reason, ShortfallReason::NoSeatToFree);
}
