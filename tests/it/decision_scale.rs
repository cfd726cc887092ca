//! Decisions at congress scale (issue 11, item 8): delegates entitled as counts per
//! unit, and quorum formulas over named variables, worked by hand from the rules
//! they come from.

use serde_json::json;
use union_rulebook::decision::{Motion, QuorumClause, Verdict, check, decide, render_text};

fn motion(v: serde_json::Value) -> Motion {
    serde_json::from_value(v).unwrap()
}

/// A yes/no motion, simple majority of yes + no, with `quorum`, `variables`, and
/// `present` of 40 listed delegates present (none voting).
fn with_quorum(quorum: serde_json::Value, variables: serde_json::Value, present: usize) -> Motion {
    let delegates: Vec<_> = (1..=40)
        .map(|i| json!({ "id": format!("d{i}"), "present": i <= present }))
        .collect();
    motion(json!({
        "id": "m",
        "rule": { "quorum": quorum,
                  "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
        "delegates": delegates,
        "variables": variables,
    }))
}

#[test]
fn robert_rules_40_3_quorum_is_a_majority_of_the_members() {
    // Robert's Rules of Order Newly Revised (12th ed.) 40:3: where the bylaws are
    // silent, the quorum of a body with an enrolled membership is a majority of its
    // members, "more than half" (44:1). 31 members: more than 31/2, so 16.
    let q = json!({ "kind": "formula", "formula": "members / 2", "comparison": "more-than" });
    let d = decide(&with_quorum(q.clone(), json!({ "members": 31 }), 16)).unwrap();
    assert!(d.quorum.met);
    assert_eq!(d.quorum.required, Some(16));
    let QuorumClause::Formula { value, .. } = &d.quorum.clause else {
        panic!("{:?}", d.quorum.clause);
    };
    assert_eq!(value, "31/2");
    let d = decide(&with_quorum(q, json!({ "members": 31 }), 15)).unwrap();
    assert!(!d.quorum.met);
    assert_eq!(d.verdict, Verdict::NotQuorate);
}

#[test]
fn robert_rules_44_1_half_plus_one_is_not_a_majority_for_an_odd_number() {
    // RONR 44:1 defines a majority as "more than half"; the common "half plus one"
    // asks one more when the number is odd. Exact arithmetic keeps the two apart:
    // of 31, half plus one is 16.5, so at least 17; more than half is 16.
    let half_plus_one = json!({ "kind": "formula", "formula": "members / 2 + 1" });
    let d = decide(&with_quorum(half_plus_one, json!({ "members": 31 }), 16)).unwrap();
    assert_eq!(d.quorum.required, Some(17));
    assert!(!d.quorum.met);
}

#[test]
fn half_the_board_plus_one_but_never_fewer_than_15() {
    // The quorum clause issue 11 quotes: max(board / 2 + 1, 15).
    let q = json!({ "kind": "formula", "formula": "max(board / 2 + 1, 15)" });
    let need = |board: u64| {
        decide(&with_quorum(q.clone(), json!({ "board": board }), 0))
            .unwrap()
            .quorum
            .required
    };
    assert_eq!(need(40), Some(21));
    assert_eq!(need(20), Some(15));
    assert_eq!(need(31), Some(17));
    let d = decide(&with_quorum(q, json!({ "board": 40 }), 21)).unwrap();
    assert!(d.quorum.met);
    assert!(
        render_text(&d).contains("max(board / 2 + 1, 15) = 21"),
        "{}",
        render_text(&d)
    );
}

#[test]
fn aktg_108_2_half_the_members_it_must_have_and_in_any_case_three() {
    // Aktiengesetz §108(2) sentences 2-3: where neither the law nor the articles say
    // otherwise, the supervisory board (half of it elected by the workforce under the
    // MitbestG) has a quorum only "wenn mindestens die Hälfte der Mitglieder, aus denen
    // er nach Gesetz oder Satzung insgesamt zu bestehen hat, an der Beschlußfassung
    // teilnimmt"; "In jedem Fall müssen mindestens drei Mitglieder an der
    // Beschlußfassung teilnehmen". So max(board / 2, 3), at least, over the seats the
    // board must have. Worked by hand: 12 seats need 6; 7 need 3.5, so 4; 3 and 5 need
    // 3 (the floor of sentence 3 above half).
    let q = json!({ "kind": "formula", "formula": "max(board / 2, 3)", "comparison": "at-least" });
    let need = |board: u64| {
        decide(&with_quorum(q.clone(), json!({ "board": board }), 0))
            .unwrap()
            .quorum
            .required
    };
    assert_eq!(
        [12, 7, 5, 3].map(need),
        [Some(6), Some(4), Some(3), Some(3)]
    );
    // Of 20 seats (MitbestG §7(1)), 10 taking part are enough, 9 are not.
    let d = decide(&with_quorum(q.clone(), json!({ "board": 20 }), 10)).unwrap();
    assert!(d.quorum.met);
    let d = decide(&with_quorum(q, json!({ "board": 20 }), 9)).unwrap();
    assert_eq!(d.verdict, Verdict::NotQuorate);
}

#[test]
fn a_formula_may_count_the_delegates_and_combine_with_other_clauses() {
    // "More than the board's size and at least 20" (domain notes §4), with the board's
    // size a variable, and a third of the delegates entitled as a formula.
    let q = json!({ "kind": "all-of", "rules": [
        { "kind": "formula", "formula": "board", "comparison": "more-than" },
        { "kind": "count", "count": 20 },
        { "kind": "formula", "formula": "entitled / 3" },
    ]});
    let d = decide(&with_quorum(q.clone(), json!({ "board": 25 }), 26)).unwrap();
    assert!(d.quorum.met);
    assert_eq!(d.quorum.parts[2].required, Some(14));
    assert!(
        !decide(&with_quorum(q, json!({ "board": 25 }), 25))
            .unwrap()
            .quorum
            .met
    );
}

#[test]
fn a_formula_that_does_not_read_is_refused_with_its_column_and_line() {
    let text = r#"{
  "id": "m",
  "rule": { "quorum": { "kind": "formula", "formula": "max(board / 2 + 1, 15" },
            "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } }
}"#;
    let e = serde_json::from_str::<Motion>(text).unwrap_err();
    let message = e.to_string();
    assert!(
        message.contains(
            "formula `max(board / 2 + 1, 15` does not read at column 22: expected `,` or `)`"
        ),
        "{message}"
    );
    assert_eq!(e.line(), 3);
}

#[test]
fn a_formula_variable_the_motion_does_not_give_is_located() {
    let q = json!({ "kind": "formula", "formula": "max(board / 2 + 1, quorum_floor)" });
    let findings = check(&with_quorum(q, json!({ "board": 40 }), 0));
    assert_eq!(findings.len(), 1);
    assert_eq!(findings[0].code, "unknown-formula-variable");
    assert_eq!(findings[0].path.to_string(), "$.rule.quorum.formula");
    assert!(
        findings[0].message.contains("quorum_floor"),
        "{}",
        findings[0].message
    );
    let q = json!({ "kind": "formula", "formula": "present" });
    let findings = check(&with_quorum(q, json!({ "present": 3 }), 0));
    assert_eq!(findings[0].code, "reserved-variable");
    assert_eq!(findings[0].path.to_string(), "$.variables.present");
    let q = json!({ "kind": "formula", "formula": "members / board" });
    let e = decide(&with_quorum(q, json!({ "members": 10, "board": 0 }), 0)).unwrap_err();
    assert_eq!(e.0[0].code, "formula-division-by-zero");
}

/// A Kongres of 2,500 delegates from three regions, and five DPP board members listed
/// one by one; two thirds of all delegates for the quorum, two thirds of yes + no to
/// amend the statute (the shapes of domain notes §4).
fn kongres(group_votes: serde_json::Value) -> Motion {
    motion(json!({
        "id": "amend-ad-art",
        "rule": { "quorum": { "kind": "share", "share": "2/3", "of": "all" },
                  "majority": { "share": "2/3", "comparison": "at-least", "base": "yes-no" } },
        "delegates": [ { "id": "dpp-1" }, { "id": "dpp-2" }, { "id": "dpp-3" },
                       { "id": "dpp-4" }, { "id": "dpp-5", "voting": false, "present": true } ],
        "delegate_groups": [
            { "group": "dpd-jabar", "count": 1200, "present": 1100 },
            { "group": "dpd-banten", "count": 800, "present": 600 },
            { "group": "dpd-jateng", "count": 495, "present": 300 }
        ],
        "votes": [ { "delegate": "dpp-1", "choice": "yes" }, { "delegate": "dpp-2", "choice": "no" } ],
        "group_votes": group_votes,
    }))
}

#[test]
fn a_kongres_of_thousands_given_as_counts_per_region() {
    // Entitled: 5 + 1,200 + 800 + 495 = 2,500; two thirds: ceil(5,000 / 3) = 1,667.
    // Present: dpp-1, dpp-2 (voted), dpp-5 (present) = 3, and 1,100 + 600 + 310 (the
    // Jateng votes outnumber its recorded 300 present) = 2,013.
    // Yes: 1 + 900 + 500 + 200 = 1,601; no: 1 + 150 + 90 + 100 = 341; yes + no =
    // 1,942, two thirds of it ceil(3,884 / 3) = 1,295: carried.
    let m = kongres(json!([
        { "group": "dpd-jabar", "choice": "yes", "count": 900 },
        { "group": "dpd-jabar", "choice": "no", "count": 150 },
        { "group": "dpd-jabar", "choice": "abstain", "count": 50 },
        { "group": "dpd-banten", "choice": "yes", "count": 500 },
        { "group": "dpd-banten", "choice": "no", "count": 90 },
        { "group": "dpd-jateng", "choice": "yes", "count": 200 },
        { "group": "dpd-jateng", "choice": "no", "count": 100 },
        { "group": "dpd-jateng", "choice": "invalid", "count": 10 },
    ]));
    let d = decide(&m).unwrap();
    assert_eq!(d.attendance.entitled, 2500);
    assert_eq!(d.attendance.entitled_voting, 2499);
    assert_eq!(d.attendance.present, 2013);
    assert_eq!(d.quorum.required, Some(1667));
    assert!(d.quorum.met);
    assert_eq!(d.tally.options[0].votes, 1601);
    assert_eq!(d.tally.options[1].votes, 341);
    assert_eq!((d.tally.abstain, d.tally.invalid), (50, 10));
    assert_eq!(d.majority.required, 1295);
    assert_eq!(d.verdict, Verdict::Carried);
}

#[test]
fn group_votes_beyond_the_group_are_refused_with_their_location() {
    let m = kongres(json!([
        { "group": "dpd-banten", "choice": "yes", "count": 700 },
        { "group": "dpd-banten", "choice": "no", "count": 101 },
        { "group": "dpd-papua", "choice": "yes", "count": 1 },
        { "group": "dpd-jabar", "choice": "maybe", "count": 1 },
    ]));
    let findings = check(&m);
    let at: Vec<(&str, String)> = findings
        .iter()
        .map(|f| (f.code.as_ref(), f.path.to_string()))
        .collect();
    assert_eq!(
        at,
        [
            ("too-many-group-votes", "$.group_votes[1].count".to_string()),
            (
                "unknown-delegate-group",
                "$.group_votes[2].group".to_string()
            ),
            ("unknown-choice", "$.group_votes[3].choice".to_string()),
        ]
    );
    assert_eq!(
        findings[0].message,
        "delegate group dpd-banten casts 801 votes but has only 800 delegates"
    );
    assert!(decide(&m).is_err());
    let mut m = kongres(json!([]));
    m.delegate_groups[0].present = 1201;
    let findings = check(&m);
    assert_eq!(findings[0].code, "present-above-count");
    assert_eq!(findings[0].path.to_string(), "$.delegate_groups[0].present");
}

#[test]
fn a_card_vote_weighs_each_group_by_its_weight() {
    // Two units in a card vote, each delegate carrying the members it represents.
    let m = motion(json!({
        "id": "m",
        "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" },
                  "weighting": "card" },
        "delegate_groups": [
            { "group": "a", "count": 3, "weight": 1000 },
            { "group": "b", "count": 10, "weight": 100 }
        ],
        "group_votes": [
            { "group": "a", "choice": "yes", "count": 2 },
            { "group": "a", "choice": "no", "count": 1 },
            { "group": "b", "choice": "no", "count": 10 }
        ],
    }));
    let d = decide(&m).unwrap();
    // Yes 2,000; no 1,000 + 1,000 = 2,000: not more than half.
    assert_eq!(d.tally.options[0].votes, 2000);
    assert_eq!(d.tally.options[1].votes, 2000);
    assert_eq!(d.verdict, Verdict::Rejected);
    assert_eq!(d.attendance.entitled_weight, 4000);
}

/// A works council of 11 (BetrVG §9: 401 to 700 employees) given as a count, 7 of them
/// taking part, voting `yes`/`no`/`abstain` as given; quorum BetrVG §33(2) ("nur
/// beschlußfähig, wenn mindestens die Hälfte der Betriebsratsmitglieder an der
/// Beschlußfassung teilnimmt": at least entitled / 2) and the majority `base`.
fn works_council(base: &str, yes: u64, no: u64, abstain: u64) -> Motion {
    motion(json!({
        "id": "m",
        "rule": { "quorum": { "kind": "formula", "formula": "entitled / 2" },
                  "majority": { "share": "1/2", "comparison": "more-than", "base": base } },
        "delegate_groups": [ { "group": "betriebsrat", "count": 11, "present": 7 } ],
        "group_votes": [
            { "group": "betriebsrat", "choice": "yes", "count": yes },
            { "group": "betriebsrat", "choice": "no", "count": no },
            { "group": "betriebsrat", "choice": "abstain", "count": abstain }
        ],
    }))
}

#[test]
fn betrvg_33_majority_of_the_members_present_and_36_of_all_members_from_counts() {
    // BetrVG §33(1): resolutions "mit der Mehrheit der Stimmen der anwesenden
    // Mitglieder" (an abstention counts against; "Bei Stimmengleichheit ist ein Antrag
    // abgelehnt"); §36: the rules of procedure "mit der Mehrheit der Stimmen seiner
    // Mitglieder". Worked by hand: 7 of 11 present meet the quorum of 5.5, so 6; of 7
    // present more than half is 4; of all 11, 6.
    let d = decide(&works_council("entitled-present", 4, 2, 1)).unwrap();
    assert!(d.quorum.met);
    assert_eq!(d.quorum.required, Some(6));
    assert_eq!((d.majority.base_votes, d.majority.required), (7, 4));
    assert_eq!(d.verdict, Verdict::Carried);
    // 3 for, 3 against, 1 abstaining: a tie among those present is rejected.
    let d = decide(&works_council("entitled-present", 3, 3, 1)).unwrap();
    assert_eq!(d.verdict, Verdict::Rejected);
    // The rules of procedure need 6 of the 11 members: 4 of 7 is not enough.
    let d = decide(&works_council("entitled", 4, 2, 1)).unwrap();
    assert_eq!((d.majority.base_votes, d.majority.required), (11, 6));
    assert_eq!(d.verdict, Verdict::Rejected);
}

/// An industrial action ballot of `entitled` members, `yes` and `no` given as counts,
/// under TULRCA 1992 s.226 as the Trade Union Act 2016 amended it.
fn industrial_action(entitled: u64, yes: u64, no: u64) -> Motion {
    motion(json!({
        "id": "strike",
        "rule": {
            // s.226(2)(a)(iia) (Trade Union Act 2016 s.2): a ballot in which at least 50%
            // of those who were entitled to vote in it did so.
            "quorum": { "kind": "formula", "formula": "entitled / 2", "of": "voting" },
            // s.226(2A)-(2C) (Trade Union Act 2016 s.3): "the majority voting in the
            // ballot" answered Yes, and, where most of those entitled provide important
            // public services, "at least 40% of those who were entitled to vote in the
            // ballot answered 'Yes'".
            "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no",
                          "minimum": "entitled * 2 / 5" }
        },
        "delegate_groups": [ { "group": "members", "count": entitled } ],
        "group_votes": [
            { "group": "members", "choice": "yes", "count": yes },
            { "group": "members", "choice": "no", "count": no }
        ],
    }))
}

#[test]
fn tulrca_s226_2c_yes_from_40_percent_of_those_entitled_beside_a_majority_and_50_percent_turnout() {
    // Worked by hand for 1,001 members entitled: turnout needs 500.5, so 501 voting;
    // the 40% floor is 2002/5 = 400.4, so 401 Yes.
    // 600 vote, 390 Yes to 210 No: a majority (more than 300) and the turnout, but 390 is
    // short of 401: not carried.
    let d = decide(&industrial_action(1001, 390, 210)).unwrap();
    assert!(d.quorum.met);
    assert_eq!(d.quorum.required, Some(501));
    let m = d.majority.minimum.as_ref().unwrap();
    assert_eq!(
        (m.formula.as_str(), m.value.as_str(), m.votes),
        ("entitled * 2 / 5", "2002/5", 401)
    );
    assert_eq!(d.majority.required, 401);
    assert_eq!(d.verdict, Verdict::Rejected);
    // 401 Yes to 199 No carries.
    assert_eq!(
        decide(&industrial_action(1001, 401, 199)).unwrap().verdict,
        Verdict::Carried
    );
    // 500 voting miss the turnout, whatever they vote.
    assert_eq!(
        decide(&industrial_action(1001, 450, 50)).unwrap().verdict,
        Verdict::NotQuorate
    );
    // The floor never lowers the majority: 10 entitled, 8 voting 5 to 3; more than half
    // of 8 is 5, the floor 40% of 10 is 4: 5 needed.
    let d = decide(&industrial_action(10, 5, 3)).unwrap();
    assert_eq!(d.majority.required, 5);
    assert_eq!(d.verdict, Verdict::Carried);
    let text = render_text(&decide(&industrial_action(1001, 390, 210)).unwrap());
    assert!(
        text.contains("and at least entitled * 2 / 5 = 2002/5, so 401 votes"),
        "{text}"
    );
    // A variable the motion does not give is located at the minimum.
    let mut bad = industrial_action(10, 5, 3);
    bad.rule.majority.minimum = Some("members * 2 / 5".parse().unwrap());
    let findings = check(&bad);
    assert_eq!(findings[0].code, "unknown-formula-variable");
    assert_eq!(findings[0].path.to_string(), "$.rule.majority.minimum");
    let mut zero = industrial_action(10, 5, 3);
    zero.rule.majority.minimum = Some("entitled / board".parse().unwrap());
    zero.variables.insert("board".into(), 0);
    let e = decide(&zero).unwrap_err();
    assert_eq!(
        (&*e.0[0].code, e.0[0].path.to_string()),
        (
            "formula-division-by-zero",
            "$.rule.majority.minimum".to_string()
        )
    );
}

#[test]
fn tulrca_s226_the_bundled_strike_ballot_is_short_of_the_40_percent() {
    // examples/data/motion-strike-ballot.toml: 1,001 entitled, 600 voting, 390 Yes.
    let text =
        std::fs::read_to_string(crate::common::example_data("motion-strike-ballot.toml")).unwrap();
    let m: Motion = union_rulebook::read::from_toml_str(&text).unwrap();
    let d = decide(&m).unwrap();
    assert_eq!(d.quorum.required, Some(501));
    assert!(d.quorum.met);
    assert_eq!(d.majority.required, 401);
    assert_eq!(d.verdict, Verdict::Rejected);
}
