//! Decisions: worked examples from the quorum and majority rules gathered in
//! shared/domain.md §4, and the CLI.

use serde_json::json;
use union_rulebook::decision::{Motion, Verdict, check, decide, render_text};

fn motion(v: serde_json::Value) -> Motion {
    serde_json::from_value(v).unwrap()
}

/// `n` voting delegates `d1..dn`, the first `present` of them present.
fn delegates(n: usize, present: usize) -> Vec<serde_json::Value> {
    (1..=n)
        .map(|i| json!({ "id": format!("d{i}"), "present": i <= present }))
        .collect()
}

/// Votes for delegates d1.. in order: `yes` yes votes, then `no`, then `abstain`.
fn votes(yes: usize, no: usize, abstain: usize) -> Vec<serde_json::Value> {
    let choices = std::iter::repeat_n("yes", yes)
        .chain(std::iter::repeat_n("no", no))
        .chain(std::iter::repeat_n("abstain", abstain));
    choices
        .enumerate()
        .map(|(i, c)| json!({ "delegate": format!("d{}", i + 1), "choice": c }))
        .collect()
}

#[test]
fn either_or_quorum_two_thirds_of_all_or_three_quarters_of_voting() {
    // "two thirds of all delegates or three quarters of voting delegates" (domain.md §4).
    // 30 delegates, 24 of them voting; 19 present, all voting delegates.
    // Two thirds of 30 = 20 needed, 19 present: not met.
    // Three quarters of 24 = 18 needed, 19 voting present: met, so quorate.
    let mut ds = delegates(24, 19);
    ds.extend((1..=6).map(|i| json!({ "id": format!("obs{i}"), "voting": false })));
    let m = motion(json!({
        "id": "q",
        "rule": {
            "quorum": { "kind": "any-of", "rules": [
                { "kind": "share", "share": "2/3", "of": "all" },
                { "kind": "share", "share": "3/4", "of": "voting" } ] },
            "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
        "delegates": ds,
        "votes": votes(10, 9, 0)
    }));
    let d = decide(&m).unwrap();
    assert!(d.quorum.met);
    assert_eq!(
        d.quorum
            .parts
            .iter()
            .map(|p| (p.present, p.required, p.met))
            .collect::<Vec<_>>(),
        vec![(Some(19), Some(20), false), (Some(19), Some(18), true)]
    );
    assert_eq!(d.verdict, Verdict::Carried);
}

#[test]
fn both_and_quorum_more_than_board_size_and_at_least_twenty() {
    // "more than the board's size and at least 20" (domain.md §4), board of 25:
    // more than 25 means 26 present; at least 20 is then met too. 25 present: not quorate.
    let rule = json!({
        "quorum": { "kind": "all-of", "rules": [
            { "kind": "count", "count": 25, "comparison": "more-than" },
            { "kind": "count", "count": 20 } ] },
        "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } });
    let m = motion(
        json!({ "id": "q", "rule": rule, "delegates": delegates(40, 25), "votes": votes(20, 0, 0) }),
    );
    let d = decide(&m).unwrap();
    assert_eq!(d.verdict, Verdict::NotQuorate);
    assert_eq!(d.quorum.parts[0].required, Some(26));
    let m = motion(
        json!({ "id": "q", "rule": rule, "delegates": delegates(40, 26), "votes": votes(20, 0, 0) }),
    );
    assert_eq!(decide(&m).unwrap().verdict, Verdict::Carried);
}

#[test]
fn base_decides_whether_abstentions_count_against() {
    // 10 yes, 9 no, 3 abstain. Simple majority of yes+no: 19 votes, more than half is
    // 10: carried. Of yes+no+abstain: 22 votes, more than half is 12: rejected.
    for (base, verdict, required) in [
        ("yes-no", Verdict::Carried, 10),
        ("yes-no-abstain", Verdict::Rejected, 12),
        ("valid", Verdict::Rejected, 12),
    ] {
        let m = motion(json!({
            "id": "m",
            "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": base } },
            "delegates": delegates(22, 22),
            "votes": votes(10, 9, 3)
        }));
        let d = decide(&m).unwrap();
        assert_eq!(
            (d.verdict, d.majority.required),
            (verdict, required),
            "base {base}"
        );
    }
}

#[test]
fn absolute_majority_of_members_counts_the_absent() {
    // An absolute majority of members: more than half of all 100 entitled = 51, however
    // few attend. 45 yes, 10 no: rejected, though 45 of 55 voted yes.
    let m = motion(json!({
        "id": "m",
        "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "entitled" } },
        "delegates": delegates(100, 55),
        "votes": votes(45, 10, 0)
    }));
    let d = decide(&m).unwrap();
    assert_eq!((d.majority.base_votes, d.majority.required), (100, 51));
    assert_eq!(d.verdict, Verdict::Rejected);
}

#[test]
fn qualified_two_thirds_for_statute_changes_at_least_not_more_than() {
    // Two thirds of 30 votes is exactly 20. "At least two thirds": 20 yes carries.
    // "More than two thirds" would need 21.
    for (cmp, verdict) in [
        ("at-least", Verdict::Carried),
        ("more-than", Verdict::Rejected),
    ] {
        let m = motion(json!({
            "id": "m",
            "rule": { "majority": { "share": "2/3", "comparison": cmp, "base": "yes-no" } },
            "delegates": delegates(30, 30),
            "votes": votes(20, 10, 0)
        }));
        assert_eq!(decide(&m).unwrap().verdict, verdict, "{cmp}");
    }
}

#[test]
fn equal_yes_and_no_is_not_more_than_half() {
    let m = motion(json!({
        "id": "m",
        "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
        "delegates": delegates(10, 10),
        "votes": votes(5, 5, 0)
    }));
    assert_eq!(decide(&m).unwrap().verdict, Verdict::Rejected);
}

#[test]
fn card_vote_weighs_by_membership_and_counts_proxies() {
    // The bundled card-vote example: jabar 12,400 votes no; jateng 8,100, banten 6,300,
    // jatim 4,200 and sumut's 2,900 by proxy vote yes: 21,500 yes to 12,400 no. More than
    // half of 33,900 is 16,951: carried. One delegation against the other four would
    // have lost by heads only if weights were ignored; here weights decide.
    let text =
        std::fs::read_to_string(crate::common::example_data("motion-card-vote.json")).unwrap();
    let m: Motion = serde_json::from_str(&text).unwrap();
    let d = decide(&m).unwrap();
    assert_eq!(d.tally.options[0].votes, 21_500);
    assert_eq!(d.tally.options[1].votes, 12_400);
    assert_eq!(d.tally.by_proxy, 2_900);
    assert_eq!(d.majority.required, 16_951);
    assert_eq!(d.verdict, Verdict::Carried);
    assert_eq!(d.attendance.by_proxy, 1);
}

#[test]
fn proxies_need_not_count_for_quorum() {
    // 10 delegates, 5 present and 1 represented by proxy. Quorum more than half (6).
    // Counting the proxy: 6 present, quorate; not counting it: 5, not quorate.
    let mut votes = votes(5, 0, 0);
    votes.push(json!({ "delegate": "d1", "choice": "yes", "proxy_for": "d6" }));
    for (count, verdict) in [(true, Verdict::Carried), (false, Verdict::NotQuorate)] {
        let m = motion(json!({
            "id": "m",
            "rule": {
                "quorum": { "kind": "share", "share": "1/2", "comparison": "more-than" },
                "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" },
                "proxies": { "allowed": true, "count_for_quorum": count } },
            "delegates": delegates(10, 5),
            "votes": votes
        }));
        assert_eq!(decide(&m).unwrap().verdict, verdict);
    }
}

#[test]
fn every_voting_problem_is_reported_at_once() {
    let m = motion(json!({
        "id": "m",
        "rule": {
            "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" },
            "proxies": { "allowed": true, "max_per_holder": 1 } },
        "delegates": [ { "id": "a", "present": true }, { "id": "b" }, { "id": "c" },
                       { "id": "o", "voting": false, "present": true }, { "id": "a" } ],
        "votes": [
            { "delegate": "a", "choice": "yes" },
            { "delegate": "a", "choice": "yes", "proxy_for": "b" },
            { "delegate": "a", "choice": "yes", "proxy_for": "c" },
            { "delegate": "o", "choice": "no" },
            { "delegate": "z", "choice": "maybe" },
            { "delegate": "b", "choice": "no" }
        ]
    }));
    let findings = check(&m);
    let got: Vec<(String, &str)> = findings
        .iter()
        .map(|f| (f.path.to_string(), &*f.code))
        .collect();
    assert_eq!(
        got,
        vec![
            ("$.delegates[4].id".to_string(), "duplicate-delegate"),
            ("$.votes[1].proxy_for".to_string(), "proxy-for-present"),
            ("$.votes[2].proxy_for".to_string(), "too-many-proxies"),
            ("$.votes[3].delegate".to_string(), "non-voting-voter"),
            ("$.votes[4].delegate".to_string(), "unknown-voter"),
            ("$.votes[4].choice".to_string(), "unknown-choice"),
            ("$.votes[5]".to_string(), "voted-twice"),
        ]
    );
    assert_eq!(
        findings[2].message,
        "a holds 2 proxies; the rule allows at most 1"
    );
    assert!(decide(&m).is_err());
}

#[test]
fn options_motion_adopts_the_option_with_the_majority() {
    // Choosing the venue of the next Kongres: an absolute majority of votes cast needed.
    let m = motion(json!({
        "id": "venue",
        "options": ["jakarta", "semarang", "surabaya"],
        "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "cast" } },
        "delegates": delegates(9, 9),
        "votes": [
            { "delegate": "d1", "choice": "semarang" }, { "delegate": "d2", "choice": "semarang" },
            { "delegate": "d3", "choice": "semarang" }, { "delegate": "d4", "choice": "semarang" },
            { "delegate": "d5", "choice": "semarang" }, { "delegate": "d6", "choice": "jakarta" },
            { "delegate": "d7", "choice": "surabaya" }, { "delegate": "d8", "choice": "invalid" },
            { "delegate": "d9", "choice": "blank" } ]
    }));
    // 9 votes cast, more than half is 5: semarang has 5.
    let d = decide(&m).unwrap();
    assert_eq!(
        d.verdict,
        Verdict::Adopted {
            option: "semarang".into()
        }
    );
    let text = render_text(&d);
    assert!(
        text.contains("majority: more than 1/2 of the votes cast (9): 5 votes needed"),
        "{text}"
    );
}

#[test]
fn bundled_kongres_example_renders_its_reasons() {
    let text =
        std::fs::read_to_string(crate::common::example_data("motion-kongres-amendment.json"))
            .unwrap();
    let m: Motion = serde_json::from_str(&text).unwrap();
    let d = decide(&m).unwrap();
    insta::assert_snapshot!(render_text(&d));
}

#[cfg(feature = "cli")]
#[test]
fn cli_decide_exit_codes() {
    let bin = env!("CARGO_BIN_EXE_rulebook");
    let ok = std::process::Command::new(bin)
        .args(["decide", "--format", "json"])
        .arg(crate::common::example_data("motion-kongres-amendment.json"))
        .output()
        .unwrap();
    assert_eq!(ok.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&ok.stdout).unwrap();
    assert_eq!(v["verdict"]["kind"], "carried");
    assert_eq!(v["majority"]["required"], 18);

    let dir = std::env::temp_dir().join(format!("rulebook-decide-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    std::fs::write(
        &bad,
        "{\"id\": \"m\",\n \"rule\": {\"majority\": {\"share\": \"150%\"}}}",
    )
    .unwrap();
    let out = std::process::Command::new(bin)
        .arg("decide")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2")
            && err.contains("$.rule.majority.share")
            && err.contains("more than 100%"),
        "{err}"
    );
}
