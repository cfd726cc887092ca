//! Lawful escapes (issue 11, item 6): what a policy consequence does when the group's
//! candidates run out before its floor is met: accept, leave the seats vacant, or void
//! the election.
//!
//! The worked example is the SPN enterprise union's Pengurus election of
//! `examples/data/psp-election.*` (see `tests/it/elect.rs` for the count worked by
//! hand): the count elects p-1, p-3, p-4, p-6 and p-2 (one woman); p-5 is the only
//! other eligible woman (p-9 is withdrawn, short of tenure). Under a 60% floor on the
//! 6-seat executive, ceil(3.6) = 4 women; the Ketua (a man) is not elected now, so the
//! 5 seats elected need 4 women, and only 2 stood.

use union_rulebook::election::blt;
use union_rulebook::election::constrained::{
    GroupBounds, Placed, ShortfallReason, corrective_replacement, floor_first, leave_vacant,
};
use union_rulebook::election_rules::{ElectRequest, ElectionResult, elect};
use union_rulebook::model::Organization;
use union_rulebook::policy::{Escape, Policy, PolicyError};
use union_rulebook::{Finding, Severity};

use crate::common::example_data;

fn doc() -> Organization {
    let text = std::fs::read_to_string(example_data("psp-election.json")).unwrap();
    Organization::from_json_str(&text).unwrap()
}

/// The example policy at a 60% floor, with `consequence` and `escape` (if any).
fn policy_text(consequence: &str, escape: Option<&str>) -> String {
    let text = std::fs::read_to_string(example_data("psp-election-policy.toml")).unwrap();
    let mut text = text.replace("share = \"30%\"", "share = \"60%\"").replace(
        "consequence = \"corrective-replacement\"",
        &format!("consequence = \"{consequence}\""),
    );
    if let Some(e) = escape {
        text.push_str(&format!("escape = \"{e}\"\n"));
    }
    text
}

fn policy(consequence: &str, escape: Option<&str>) -> Policy {
    Policy::from_toml_str(&policy_text(consequence, escape)).unwrap()
}

fn pengurus(policy: &Policy) -> ElectionResult {
    let ballots = blt::read(&std::fs::read(example_data("psp-election.blt")).unwrap())
        .unwrap()
        .election;
    elect(
        &doc(),
        &ElectRequest::new("pengurus")
            .ballots(ballots)
            .policy(policy),
    )
    .unwrap()
}

/// The result's finding with `code` (the test stops when there is none).
fn finding<'a>(r: &'a ElectionResult, code: &str) -> &'a Finding {
    r.findings.iter().find(|f| f.code == code).unwrap()
}

fn ids(people: &[union_rulebook::model::PersonId]) -> Vec<&str> {
    people.iter().map(|p| p.as_str()).collect()
}

#[test]
fn corrective_replacement_until_no_candidates_are_left_accepts_the_result() {
    // "The man elected with the fewest votes gives way to the woman with the most,
    // until the floor is met or no candidates are left": p-6 gives way to p-5, then
    // no woman is left. The result stands, with a warning that says why.
    let r = pengurus(&policy("corrective-replacement", None));
    assert_eq!(r.policy[0].escape, Some(Escape::Accept));
    assert_eq!(ids(&r.elected), ["p-1", "p-3", "p-4", "p-2", "p-5"]);
    assert_eq!(r.policy[0].unmet[0].reason, ShortfallReason::NoCandidates);
    assert_eq!(
        (r.policy[0].unmet[0].bound, r.policy[0].unmet[0].holds),
        (4, 2)
    );
    let f = finding(&r, "floor-not-met");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message
            .contains("until the floor is met or no candidates are left"),
        "{}",
        f.message
    );
    assert!(!r.has_errors(), "{:?}", r.findings);
    assert_eq!(r.terms.len(), 5);
}

#[test]
fn wo_betrvg_22_4_unfilled_minority_seats_go_to_the_general_allocation() {
    // Wahlordnung BetrVG §22(1)-(2), (4): the minority's minimum seats go first to
    // its candidates in vote order (p-2, p-5); the two it cannot fill go with the
    // others to the general allocation in vote order (p-1, p-3, p-4).
    let r = pengurus(&policy("fill-floor-first", None));
    assert_eq!(r.policy[0].escape, Some(Escape::Accept));
    let mut elected = ids(&r.elected);
    elected.sort_unstable();
    assert_eq!(elected, ["p-1", "p-2", "p-3", "p-4", "p-5"]);
    let f = finding(&r, "floor-not-met");
    assert_eq!(f.severity, Severity::Warning);
    assert!(f.message.contains("§22(4)"), "{}", f.message);
    assert!(!r.has_errors());
}

#[test]
fn wo_betrvg_22_4_floor_first_on_a_five_seat_works_council() {
    // A works council of 5 (BetrVG §9: 51 to 100 employees) with 55 men and 45 women
    // in the workforce: d'Hondt (WO §5) gives 55, 45, 27.5, 22.5, 18.3, so the women's
    // minimum is 2. One woman stood, placed 4th: she is elected first, and the seat
    // her group cannot fill goes to the general allocation, the next man in order.
    let ranking: Vec<Placed> = ["m", "m", "m", "w", "m", "m", "m"]
        .iter()
        .enumerate()
        .map(|(i, g)| Placed::new(i as u32, Some(g)))
        .collect();
    let bounds = [GroupBounds::at_least("w", 2)];
    let r = floor_first(&ranking, 5, &bounds).unwrap();
    assert_eq!(r.elected, [0, 1, 2, 3, 4]);
    assert_eq!(r.unmet[0].reason, ShortfallReason::NoCandidates);
    // Under the empty chair instead, the fifth seat stays vacant.
    let v = leave_vacant(&ranking, &r, &bounds).unwrap();
    assert_eq!(v.elected, [0, 1, 2, 3]);
    assert_eq!(v.vacant[0].removed, 4);
}

#[test]
fn aktg_96_2_the_empty_chair_leaves_the_seats_vacant() {
    // Aktiengesetz §96(2) sentence 6: an election in breach of the minimum share is
    // void, and the seats stay empty. After p-6 gives way to p-5, the two seats the
    // women cannot fill are taken from the lowest-placed men (p-4, then p-3).
    let r = pengurus(&policy("corrective-replacement", Some("vacant")));
    assert_eq!(r.policy[0].escape, Some(Escape::Vacant));
    assert_eq!(ids(&r.elected), ["p-1", "p-2", "p-5"]);
    let vacated: Vec<&str> = r.policy[0]
        .vacant
        .iter()
        .map(|v| v.removed.as_str())
        .collect();
    assert_eq!(vacated, ["p-4", "p-3"]);
    let f = finding(&r, "seats-left-vacant");
    assert_eq!(f.severity, Severity::Warning);
    assert!(
        f.message
            .contains("2 seats left vacant, taken from p-4, p-3"),
        "{}",
        f.message
    );
    assert!(!r.has_errors());
    assert_eq!(r.terms.len(), 3);
    assert!(r.render_text().contains("seat of p-4 left vacant"));
}

#[test]
fn a_void_escape_voids_the_election_and_writes_no_terms() {
    let r = pengurus(&policy("corrective-replacement", Some("void")));
    assert_eq!(r.policy[0].escape, Some(Escape::Void));
    assert!(r.void);
    assert!(r.terms.is_empty() && r.ended.is_empty());
    let f = finding(&r, "election-void");
    assert_eq!(f.severity, Severity::Error);
    assert!(r.has_errors());
    assert!(r.render_text().contains("the election is void"));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["void"], true);
    assert_eq!(json["policy"][0]["escape"], "void");
}

#[test]
fn a_void_election_leaves_the_document_as_it_was() {
    // Added seats, stated to void the election when the women run out: the seat it
    // added is not written either.
    let r = pengurus(&policy("add-seats", Some("void")));
    assert!(r.void);
    assert!(r.added_seats > 0);
    let before = doc();
    let after = r.apply(&before);
    assert_eq!(
        serde_json::to_value(&after).unwrap(),
        serde_json::to_value(&before).unwrap()
    );
}

#[test]
fn a_floor_first_rule_may_state_another_escape() {
    let r = pengurus(&policy("fill-floor-first", Some("void")));
    assert!(r.void && r.has_errors());
    // Stated as accept: the warning names the rule's own escape.
    let r = pengurus(&policy("fill-floor-first", Some("accept")));
    let f = finding(&r, "floor-not-met");
    assert!(f.message.contains("(escape accept)"), "{}", f.message);
}

#[test]
fn added_seats_have_no_escape_of_their_own() {
    // SDA 1975 s.49 only allowed extra seats: a floor they leave unmet is a breach.
    let r = pengurus(&policy("add-seats", None));
    assert_eq!(r.policy[0].escape, None);
    assert!(r.has_errors());
    let f = finding(&r, "floor-not-met");
    assert_eq!(f.severity, Severity::Error);
}

#[test]
fn an_escape_on_a_consequence_that_elects_no_one_is_refused_with_its_path() {
    let e = Policy::from_toml_str(&policy_text("report-only", Some("vacant"))).unwrap_err();
    let PolicyError::Invalid { path, message } = &e else {
        panic!("{e}");
    };
    assert_eq!(path.to_string(), "$.rules[0].escape");
    assert_eq!(
        message,
        "rule women-30 states escape vacant, but its consequence (report only) elects no one; an escape applies to corrective replacement, filling the floor first, added seats, a constrained count and list jump"
    );
    let e =
        Policy::from_toml_str(&policy_text("corrective-replacement", Some("resign"))).unwrap_err();
    assert!(e.to_string().contains("resign"), "{e}");
}

#[test]
fn the_escape_round_trips_and_is_left_out_when_not_stated() {
    let p = policy("corrective-replacement", Some("vacant"));
    let json = serde_json::to_value(&p).unwrap();
    assert_eq!(json["rules"][0]["escape"], "vacant");
    let p = policy("corrective-replacement", None);
    let json = serde_json::to_value(&p).unwrap();
    assert!(json["rules"][0].get("escape").is_none());
}

#[test]
fn vacant_seats_are_never_more_than_the_shortfall() {
    // Whatever the floor, leaving seats vacant takes no more seats than the group is
    // short by, and never a seat of the group itself.
    for floor in 0..6u32 {
        for women in 0..4usize {
            let mut groups = vec!["m"; 6];
            groups.extend(std::iter::repeat_n("w", women));
            let ranking: Vec<Placed> = groups
                .iter()
                .enumerate()
                .map(|(i, g)| Placed::new(i as u32, Some(g)))
                .collect();
            let bounds = [GroupBounds::at_least("w", floor)];
            let c = corrective_replacement(&ranking, 5, &bounds).unwrap();
            let v = leave_vacant(&ranking, &c, &bounds).unwrap();
            let holds = c.unmet.first().map_or(floor, |s| s.holds);
            assert!(v.vacant.len() as u32 <= floor.saturating_sub(holds));
            assert!(v.vacant.iter().all(|s| groups[s.removed as usize] == "m"));
        }
    }
}

#[cfg(feature = "cli")]
#[test]
fn elect_exits_0_when_the_escape_accepts_and_1_when_it_voids() {
    use crate::common::{rulebook, scratch_dir};
    let dir = scratch_dir("escapes-cli");
    let run = |escape: Option<&str>| {
        let policy = dir.join(format!("policy-{}.toml", escape.unwrap_or("default")));
        std::fs::write(&policy, policy_text("corrective-replacement", escape)).unwrap();
        rulebook(&[
            "elect",
            example_data("psp-election.json").to_str().unwrap(),
            "pengurus",
            "--ballots",
            example_data("psp-election.blt").to_str().unwrap(),
            "--policy",
            policy.to_str().unwrap(),
        ])
    };
    let (code, stdout, _) = run(None);
    assert_eq!(code, 0, "{stdout}");
    assert!(stdout.contains("[floor-not-met]"), "{stdout}");
    let (code, stdout, _) = run(Some("void"));
    assert_eq!(code, 1, "{stdout}");
    assert!(stdout.contains("[election-void]"), "{stdout}");
}
