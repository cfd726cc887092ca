//! `election_rules::elect`: eligibility, count, policy consequences and terms, on the
//! worked example `examples/data/psp-election.*` and variants of it.
//!
//! The example: a 5-seat Pengurus (plus a Ketua elected apart) of an SPN enterprise
//! union, 100 ballots counted by Scottish STV. Worked by hand (SSI 2007/42):
//! - p-9 joined on 2025-10-01, short of the 12 months' tenure on 2026-03-14, so is
//!   withdrawn and her 3 ballots (p-9 > p-5) count for p-5 at the first stage.
//! - Quota: floor(100 / 6) + 1 = 17. First stage: p-1 29, p-3 20, p-4 18, p-6 12,
//!   p-2 9, p-5 8, p-7 4. p-1, p-3 and p-4 are elected.
//! - p-1's surplus (12) goes to p-3, already elected, and no further: non-transferable.
//!   p-3's surplus (3) goes to p-4, elected: non-transferable. p-4's surplus of 1 at a
//!   transfer value of 1/18 truncated to 0.05555 gives p-6 0.9999 (12.9999).
//! - p-7 (4) is excluded: to p-6, 16.9999, still short of 17. p-5 (8) is excluded: 5
//!   ballots to p-2 (14), 3 exhausted. Two continue for two seats: p-6 and p-2.
//! - The count elects p-1, p-3, p-4, p-6, p-2: one woman.
//! - The SPN rule of 30% women, rounding up, on the 6-seat executive: ceil(1.8) = 2.
//!   The Ketua (p-10, a man) is not elected now and keeps his seat, so the 5 seats
//!   elected need 2 women. Corrective replacement: p-6, the lowest-placed man, gives
//!   way to p-5, the best-placed woman not elected.

use chrono::NaiveDate;
use proptest::prelude::*;
use union_rulebook::Severity;
use union_rulebook::election::constrained::{ChangeReason, ShortfallReason};
use union_rulebook::election::stv::{MarkKind, MarkReason};
use union_rulebook::election::{Candidate, RankedBallot, RankedElection, TieBreak, blt};
use union_rulebook::election_rules::{DecidedBy, ElectError, ElectRequest, elect};
use union_rulebook::model::{HowObtained, Organization};
use union_rulebook::policy::Policy;
use union_rulebook::validate::validate;

use crate::common::example_data;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn doc() -> Organization {
    let text = std::fs::read_to_string(example_data("psp-election.json")).unwrap();
    Organization::from_json_str(&text).unwrap()
}

fn ballots() -> RankedElection {
    blt::read(&std::fs::read(example_data("psp-election.blt")).unwrap())
        .unwrap()
        .election
}

fn policy_with(consequence: &str, hardness: &str, targets: &str) -> Policy {
    let text = std::fs::read_to_string(example_data("psp-election-policy.toml")).unwrap();
    let text = text
        .replace("\"corrective-replacement\"", &format!("\"{consequence}\""))
        .replace(
            "hardness = \"binding\"",
            &format!("hardness = \"{hardness}\""),
        )
        .replace(
            "targets = [\"bodies\"], body_kinds = [\"executive\"]",
            targets,
        );
    Policy::from_toml_str(&text).unwrap()
}

fn policy(consequence: &str) -> Policy {
    policy_with(
        consequence,
        "binding",
        "targets = [\"bodies\"], body_kinds = [\"executive\"]",
    )
}

/// The Pengurus election of the example, with the example's ballots and `policy`.
fn pengurus(doc: &Organization, policy: &Policy) -> union_rulebook::election_rules::ElectionResult {
    elect(
        doc,
        &ElectRequest::new("pengurus")
            .ballots(ballots())
            .policy(policy),
    )
    .unwrap()
}

fn ids(people: &[union_rulebook::model::PersonId]) -> Vec<&str> {
    people.iter().map(|p| p.as_str()).collect()
}

#[test]
fn spn_30_percent_corrective_replacement_after_scottish_stv() {
    let doc = doc();
    let policy = policy("corrective-replacement");
    let r = pengurus(&doc, &policy);
    assert_eq!(r.date, day(2026, 3, 14));
    assert_eq!(r.decided_by, DecidedBy::Count);
    assert_eq!(
        ids(&r.elected_by_count),
        ["p-1", "p-3", "p-4", "p-6", "p-2"]
    );
    assert_eq!(ids(&r.elected), ["p-1", "p-3", "p-4", "p-2", "p-5"]);
    let applied = &r.policy[0];
    assert!(applied.applied);
    assert_eq!((applied.body_seats, applied.bounds[0].min), (6, 2));
    assert_eq!(applied.changes.len(), 1);
    let change = &applied.changes[0];
    assert_eq!(change.removed.as_ref().map(|p| p.as_str()), Some("p-6"));
    assert_eq!(change.added.as_str(), "p-5");
    assert!(matches!(
        &change.reason,
        ChangeReason::Floor { group, min: 2, had: 1 } if group == "women"
    ));
    // p-9 was withdrawn for tenure.
    let withdrawn: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| f.code == "candidate-not-eligible")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(withdrawn.len(), 1);
    assert!(withdrawn[0].contains("p-9"), "{withdrawn:?}");
    // The STV count itself: 17 is the quota, and p-6 ends on 16.9999.
    let count = r.count.as_ref().unwrap();
    assert_eq!(
        count.quota.as_ref().map(ToString::to_string).as_deref(),
        Some("17.00000")
    );
    assert!(!r.has_errors());
    // New terms: from the election day for the body's 36 months.
    assert_eq!(r.terms.len(), 5);
    for t in &r.terms {
        assert_eq!(
            (t.start(), t.end()),
            (day(2026, 3, 14), Some(day(2029, 3, 13)))
        );
        assert_eq!(t.how, HowObtained::Elected);
        assert_eq!(t.post.as_str(), "psp-garmen/pengurus");
    }
    // The five sitting Pengurus terms end the day before; the Ketua's does not.
    assert_eq!(r.ended.len(), 5);
    assert!(r.ended.iter().all(|e| e.end == day(2026, 3, 13)));
    assert!(
        r.ended
            .iter()
            .all(|e| e.post.as_str() == "psp-garmen/pengurus")
    );
}

#[test]
fn the_document_after_the_election_validates() {
    let before = doc();
    let policy = policy("corrective-replacement");
    let r = pengurus(&before, &policy);
    let after = r.apply(&before);
    assert_eq!(after.terms.len(), before.terms.len() + 5);
    let report = validate(&after, day(2026, 3, 14));
    assert!(
        report.iter().all(|f| f.severity != Severity::Error),
        "{report:#?}"
    );
    // And the Ketua's unopposed election on top of it.
    let r2 = elect(&after, &ElectRequest::new("ketua")).unwrap();
    let after2 = r2.apply(&after);
    let report = validate(&after2, day(2027, 2, 27));
    assert!(
        report.iter().all(|f| f.severity != Severity::Error),
        "{report:#?}"
    );
}

#[test]
fn an_unopposed_nomination_is_elected_without_a_count() {
    // SPN AD/ART practice (domain notes §4): a sole nominee is declared elected.
    let doc = doc();
    let r = elect(&doc, &ElectRequest::new("ketua")).unwrap();
    assert_eq!(r.decided_by, DecidedBy::Unopposed);
    assert!(r.count.is_none());
    assert_eq!(ids(&r.elected), ["p-8"]);
    // p-10's open term ends the day before the election of 2027-02-27.
    assert_eq!(r.ended.len(), 1);
    assert_eq!(
        (r.ended[0].person.as_str(), r.ended[0].end),
        ("p-10", day(2027, 2, 26))
    );
    // The earlier election of the same rule, by date.
    let r = elect(&doc, &ElectRequest::new("ketua").on(day(2024, 3, 2))).unwrap();
    assert_eq!(ids(&r.elected), ["p-10"]);
}

#[test]
fn a_result_that_already_complies_is_not_changed() {
    // With a woman (p-8) as Ketua, the body keeps 1 woman outside this election:
    // ceil(30% of 6) = 2, less 1 kept = 1, and the count elected 1 woman (p-2).
    let mut doc = doc();
    let ketua = doc
        .terms
        .iter()
        .position(|t| t.post.as_str() == "psp-garmen/ketua")
        .unwrap();
    let mut t = doc.terms[ketua].clone();
    t.person = union_rulebook::model::PersonId::new("p-8").unwrap();
    doc.terms[ketua] = t;
    let policy = policy("corrective-replacement");
    let r = pengurus(&doc, &policy);
    assert_eq!(r.policy[0].bounds[0].min, 1);
    assert!(r.policy[0].changes.is_empty());
    assert_eq!(r.elected, r.elected_by_count);
}

#[test]
fn wo_22_fill_the_floor_first() {
    // WO §22: the 2 seats of the floor go to the best-placed women (p-2, then p-5),
    // then the 3 others in order of the count: p-1, p-3, p-4.
    let policy = policy("fill-floor-first");
    let r = pengurus(&doc(), &policy);
    let mut elected = ids(&r.elected);
    elected.sort_unstable();
    assert_eq!(elected, ["p-1", "p-2", "p-3", "p-4", "p-5"]);
}

#[test]
fn hill_1998_constrained_stv_dooms_the_men_once_the_seats_left_are_needed() {
    // Hill, "STV with constraints" (Voting matters 9, 1998): after the first stage
    // p-1, p-3 and p-4 (men) are elected and 2 seats are left; both are needed for the
    // floor of 2 women, so the men still standing (p-6, p-7) are doomed and excluded
    // at once, and p-2 and p-5, the only women standing, fill the seats.
    let policy = policy("constrained-count");
    let r = pengurus(&doc(), &policy);
    assert_eq!(
        ids(&r.elected_by_count),
        ["p-1", "p-3", "p-4", "p-6", "p-2"]
    );
    let mut elected = ids(&r.elected);
    elected.sort_unstable();
    assert_eq!(elected, ["p-1", "p-2", "p-3", "p-4", "p-5"]);
    let applied = &r.policy[0];
    assert!(applied.applied);
    let doomed: Vec<(&str, u32)> = applied
        .marks
        .iter()
        .filter(|m| m.mark == MarkKind::Doomed)
        .map(|m| (m.person.as_str(), m.stage))
        .collect();
    assert_eq!(doomed, [("p-6", 2), ("p-7", 2)]);
    assert!(
        applied
            .marks
            .iter()
            .all(|m| matches!(m.reason, MarkReason::SeatsNeededForFloors { seats: 2 }))
    );
    assert_eq!(applied.changes.len(), 1);
    assert_eq!(applied.changes[0].added.as_str(), "p-5");
    assert!(!r.has_errors());
}

#[test]
fn a_constrained_count_needs_a_counted_stv_election() {
    // The Ketua is returned unopposed: there is no count to constrain.
    let policy = policy("constrained-count");
    let r = elect(&doc(), &ElectRequest::new("ketua").policy(&policy)).unwrap();
    assert!(!r.policy[0].applied);
    assert!(
        r.findings
            .iter()
            .any(|f| f.code == "consequence-not-applicable")
    );
}

#[test]
fn sda_1975_s49_added_seats_and_a_floor_that_cannot_be_met() {
    // Add seats: 1 woman of a floor of 2, so p-5 takes a 6th Pengurus seat. The body
    // grows to 7 seats, and ceil(30% of 7) = ceil(2.1) = 3: a third woman is needed,
    // but p-9 may not stand and no other woman stood. The floor is left unmet.
    let policy = policy("add-seats");
    let before = doc();
    let r = pengurus(&before, &policy);
    assert_eq!(r.added_seats, 1);
    assert_eq!(ids(&r.elected), ["p-1", "p-3", "p-4", "p-6", "p-2", "p-5"]);
    assert_eq!(r.policy[0].unmet.len(), 1);
    assert_eq!(r.policy[0].unmet[0].reason, ShortfallReason::NoCandidates);
    assert!(r.has_errors());
    assert!(r.findings.iter().any(|f| f.code == "floor-not-met"));
    let co_opted: Vec<_> = r
        .terms
        .iter()
        .filter(|t| t.how == HowObtained::CoOpted)
        .collect();
    assert_eq!(co_opted.len(), 1);
    assert_eq!(co_opted[0].person.as_str(), "p-5");
    // The document grows the post to 6 seats, so the new terms fit.
    let after = r.apply(&before);
    let post = after.bodies[0]
        .posts
        .iter()
        .find(|p| p.id.as_str() == "psp-garmen/pengurus")
        .unwrap();
    assert_eq!(post.seats.get(), 6);
}

#[test]
fn spn_delegation_falling_short_is_refused() {
    // The SPN women's conference recommendation: a delegation with fewer than 30%
    // women is not seated. As a delegation of 6 the body needs 2 women; it has 1.
    let mut doc = doc();
    let mut body: serde_json::Value = serde_json::to_value(&doc.bodies[0]).unwrap();
    body["kind"] = "delegation".into();
    doc.bodies[0] = serde_json::from_value(body).unwrap();
    let policy = policy_with(
        "refuse-delegation",
        "binding",
        "targets = [\"delegations\"]",
    );
    let r = pengurus(&doc, &policy);
    assert!(r.refused);
    assert!(r.terms.is_empty());
    assert!(r.ended.is_empty());
    assert!(r.findings.iter().any(|f| f.code == "delegation-refused"));
    assert!(r.has_errors());
}

#[test]
fn a_target_changes_nothing() {
    // "Shall aim at" 30%: reported, not enforced.
    let policy = policy_with(
        "corrective-replacement",
        "target",
        "targets = [\"bodies\"], body_kinds = [\"executive\"]",
    );
    let r = pengurus(&doc(), &policy);
    assert!(!r.policy[0].applied);
    assert_eq!(r.elected, r.elected_by_count);
}

#[test]
fn bad_requests_are_errors_that_say_what_is_wrong() {
    let doc = doc();
    let e = elect(&doc, &ElectRequest::new("bendahara")).unwrap_err();
    assert_eq!(e.to_string(), "the document has no election rule bendahara");
    let e = elect(&doc, &ElectRequest::new("pengurus").on(day(2026, 3, 15))).unwrap_err();
    assert!(matches!(e, ElectError::NoSuchElection { .. }));
    // No ballots and no nominations.
    let e = elect(&doc, &ElectRequest::new("pengurus")).unwrap_err();
    assert!(matches!(e, ElectError::NoCandidates { .. }), "{e}");
    // A ballot file for the wrong number of seats.
    let mut b = ballots();
    b.seats = 4;
    let e = elect(&doc, &ElectRequest::new("pengurus").ballots(b)).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the ballot file fills 4 seats, but the posts elected have 5"
    );
    // Candidates must be person ids.
    let mut b = ballots();
    b.candidates[2] = Candidate::new("Budi Santoso");
    let e = elect(&doc, &ElectRequest::new("pengurus").ballots(b)).unwrap_err();
    assert!(
        e.to_string()
            .starts_with("ballot candidate 3 \"Budi Santoso\" is not a person id"),
        "{e}"
    );
    // A method other than the rule's.
    let e = elect(
        &doc,
        &ElectRequest::new("pengurus")
            .ballots(ballots())
            .method(union_rulebook::election::Method::Irv),
    )
    .unwrap_err();
    assert!(matches!(e, ElectError::MethodDiffers { .. }));
}

#[test]
fn more_nominees_than_seats_need_ballots() {
    let mut doc = doc();
    doc.election_rules[1].elections[1]
        .nominated
        .push(union_rulebook::model::PersonId::new("p-1").unwrap());
    let e = elect(&doc, &ElectRequest::new("ketua")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "2 eligible candidates stand for 1 seats: a count is needed; give the ballots"
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The order of the ballots does not change the result, and corrective
    /// replacement meets the floor whenever enough eligible women stood.
    #[test]
    fn deterministic_and_meets_a_feasible_floor(
        weights in prop::collection::vec(0u64..40, 8),
        orders in prop::collection::vec(Just(vec![0u32, 1, 2, 3, 4, 5, 6, 7]).prop_shuffle(), 8),
        seed in any::<u64>(),
    ) {
        let doc = doc();
        let policy = policy("corrective-replacement");
        let base = ballots();
        let mut ranked: Vec<RankedBallot> = orders
            .iter()
            .zip(&weights)
            .map(|(o, &w)| RankedBallot::strict(w.max(1), o.iter().copied().take(4)))
            .collect();
        let mk = |bs: Vec<RankedBallot>| RankedElection { ballots: bs.into(), ..base.clone() };
        let tie = TieBreak::Lot { seed: Some(seed) };
        let a = elect(&doc, &ElectRequest::new("pengurus").ballots(mk(ranked.clone())).policy(&policy).ties(tie.clone())).unwrap();
        ranked.reverse();
        let b = elect(&doc, &ElectRequest::new("pengurus").ballots(mk(ranked)).policy(&policy).ties(tie)).unwrap();
        prop_assert_eq!(&a.elected, &b.elected);
        // Eligible women standing: p-2 and p-5 (p-9 is withdrawn); the floor is 2.
        let women = a.elected.iter().filter(|p| ["p-2", "p-5"].contains(&p.as_str())).count();
        prop_assert_eq!(women, 2);
        // No more seats changed than the shortfall of the count's result.
        let before = a.elected_by_count.iter().filter(|p| ["p-2", "p-5"].contains(&p.as_str())).count();
        prop_assert_eq!(a.policy[0].changes.len(), 2 - before);
    }
}

#[test]
fn a_seat_reserved_for_women_goes_to_the_best_placed_woman_elected() {
    // The Pengurus has a seat reserved for a woman (as the PSP's own statutes in
    // examples/data/psp-contoh.toml do); the count elects p-1, p-3, p-4, p-6, p-2 in
    // that order, so the reserved seat goes to p-2, not to p-1, first elected.
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example_data("psp-election.json")).unwrap())
            .unwrap();
    v["bodies"][0]["posts"][1]["seats"] = 4.into();
    let reserved = serde_json::json!({"id": "psp-garmen/perempuan", "role": "member",
        "reserved_for": "gender:woman"});
    v["bodies"][0]["posts"]
        .as_array_mut()
        .unwrap()
        .insert(1, reserved);
    v["election_rules"][0]["posts"] =
        serde_json::json!(["psp-garmen/pengurus", "psp-garmen/perempuan"]);
    // The sitting Pengurus had 5 seats; drop p-7's term so that the 4 left fit.
    v["terms"].as_array_mut().unwrap().remove(5);
    let doc = Organization::from_json_str(&v.to_string()).unwrap();
    let r = elect(&doc, &ElectRequest::new("pengurus").ballots(ballots())).unwrap();
    let post_of = |who: &str| {
        r.terms
            .iter()
            .find(|t| t.person.as_str() == who)
            .map(|t| t.post.as_str())
    };
    assert_eq!(post_of("p-2"), Some("psp-garmen/perempuan"));
    assert_eq!(post_of("p-1"), Some("psp-garmen/pengurus"));
    let after = r.apply(&doc);
    let findings = validate(&after, day(2026, 3, 14));
    assert!(
        findings.iter().all(|f| f.severity != Severity::Error),
        "{findings:#?}"
    );
}
