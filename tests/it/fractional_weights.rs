//! Fractional vote weights, exactly, with the statute's rounding of a fraction
//! (issue 11, item 8). Expected totals are worked by hand.

use serde_json::json;
use union_rulebook::Rounding;
use union_rulebook::decision::{DecisionError, FractionsOf, Motion, Verdict, Weight, decide};

fn motion(v: serde_json::Value) -> Motion {
    serde_json::from_value(v).unwrap()
}

/// American Federation of Musicians v. Wittstein, 379 U.S. 171 (1964): delegates "cast
/// votes at its annual convention equal to the local's membership (with a local's total
/// votes apportioned where delegates disagreed)". Local A (1,000 members, 3 delegates)
/// splits 2 yes, 1 no: each delegate carries 1000/3 votes; local B (300 members, 1
/// delegate) votes no. Exactly: yes 2000/3 = 666 2/3, no 1000/3 + 300 = 633 1/3.
fn wittstein(fractions: serde_json::Value) -> Motion {
    motion(json!({
        "id": "dues-increase",
        "rule": {
            "majority": {"share": "1/2", "comparison": "more-than", "base": "yes-no"},
            "weighting": "card",
            "fractions": fractions
        },
        "delegates": [
            {"id": "a1", "weight": "1000/3"}, {"id": "a2", "weight": "1000/3"},
            {"id": "a3", "weight": "1000/3"}, {"id": "b1", "weight": 300}
        ],
        "votes": [
            {"delegate": "a1", "choice": "yes"}, {"delegate": "a2", "choice": "yes"},
            {"delegate": "a3", "choice": "no"}, {"delegate": "b1", "choice": "no"}
        ]
    }))
}

#[test]
fn wittstein_afm_split_local_votes_count_exactly_and_round_the_totals_half_up() {
    let d = decide(&wittstein(json!({"rounding": "half-up", "of": "total"}))).unwrap();
    // yes 666 2/3 -> 667, no 633 1/3 -> 633; more than half of 1,300 is 651.
    assert_eq!(d.tally.options[0].votes, 667);
    assert_eq!(d.tally.options[1].votes, 633);
    assert_eq!(d.majority.base_votes, 1300);
    assert_eq!(d.majority.required, 651);
    assert_eq!(d.verdict, Verdict::Carried);
    // The local's 1,000 votes are whole again in the attendance: 3 x 1000/3.
    assert_eq!(d.attendance.entitled_weight, 1300);
    let f = d.fractions.as_ref().unwrap();
    assert_eq!(f.of, FractionsOf::Total);
    let totals: Vec<(&str, &str, u128)> = f
        .totals
        .iter()
        .map(|t| (t.of.as_str(), t.exact.as_str(), t.votes))
        .collect();
    assert_eq!(totals, [("yes", "2000/3", 667), ("no", "1900/3", 633)]);
    let json = serde_json::to_value(&d).unwrap();
    assert_eq!(json["fractions"]["totals"][0]["exact"], "2000/3");
    let text = union_rulebook::decision::render_text(&d);
    assert!(
        text.contains(
            "fractions of a vote rounded half-up of each total: yes 2000/3 → 667, no 1900/3 → 633"
        ),
        "{text}"
    );
}

#[test]
fn wittstein_afm_split_local_votes_rounded_per_delegate_weight() {
    // Each 1000/3 rounded half up is 333: yes 666, no 333 + 300 = 633.
    let d = decide(&wittstein(json!({"rounding": "half-up"}))).unwrap();
    assert_eq!(
        (d.tally.options[0].votes, d.tally.options[1].votes),
        (666, 633)
    );
    assert_eq!(d.attendance.entitled_weight, 999 + 300);
    let f = d.fractions.unwrap();
    assert_eq!(f.of, FractionsOf::Weight);
    assert_eq!(
        f.weights
            .iter()
            .map(|w| (w.who.as_str(), w.weight.to_string(), w.votes))
            .collect::<Vec<_>>(),
        [
            ("a1", "1000/3".to_string(), 333),
            ("a2", "1000/3".to_string(), 333),
            ("a3", "1000/3".to_string(), 333)
        ]
    );
}

#[test]
fn wittstein_afm_fractional_weights_need_the_rules_rounding() {
    let mut m = wittstein(json!(null));
    m.rule.fractions = None;
    let Err(DecisionError(findings)) = decide(&m) else {
        panic!("decided without a rounding");
    };
    let found: Vec<(&str, String)> = findings
        .iter()
        .map(|f| (&*f.code, f.path.to_string()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "fractional-weight-without-rounding",
                "$.delegates[0].weight".to_string()
            ),
            (
                "fractional-weight-without-rounding",
                "$.delegates[1].weight".to_string()
            ),
            (
                "fractional-weight-without-rounding",
                "$.delegates[2].weight".to_string()
            ),
        ]
    );
    assert_eq!(
        findings[0].message,
        "a1 has the fractional vote weight 1000/3, but the rule states no rounding of a fraction: give rule.fractions (rounding down, up, half-up or half-even, of each weight or of the totals)"
    );
    let d = wittstein(json!({"rounding": "dhondt"}));
    let Err(DecisionError(findings)) = decide(&d) else {
        panic!("decided with dhondt");
    };
    assert_eq!(findings[0].code, "fractions-rounding-invalid");
    assert_eq!(findings[0].path.to_string(), "$.rule.fractions.rounding");
}

/// A card vote of one vote per 1,000 members (hand-worked): a delegation of 12,400
/// members weighs "12.4", of 12,500 "12.5". Rounded down (only full thousands) 12 and
/// 12; up ("or part thereof") 13 and 13; half up ("or major fraction thereof") 12 and
/// 13; half to even 12 and 12.
#[test]
fn card_vote_per_thousand_members_rounds_each_delegation_as_the_motion_states() {
    for (rounding, jabar, jateng) in [
        ("down", 12, 12),
        ("up", 13, 13),
        ("half-up", 12, 13),
        ("half-even", 12, 12),
    ] {
        let m = motion(json!({
            "id": "amend-ad-art",
            "rule": {"majority": {"share": "2/3", "comparison": "at-least", "base": "yes-no"},
                     "weighting": "card", "fractions": {"rounding": rounding}},
            "delegate_groups": [
                {"group": "dpd-jabar", "count": 1, "weight": "12.4"},
                {"group": "dpd-jateng", "count": 1, "weight": "12.5"}
            ],
            "group_votes": [
                {"group": "dpd-jabar", "choice": "yes", "count": 1},
                {"group": "dpd-jateng", "choice": "no", "count": 1}
            ]
        }));
        let d = decide(&m).unwrap();
        assert_eq!(
            (d.tally.options[0].votes, d.tally.options[1].votes),
            (jabar, jateng),
            "{rounding}"
        );
    }
    assert_eq!(
        "12.4".parse::<Weight>().unwrap().round(Rounding::Up),
        Some(13)
    );
}

/// Weights are never read as floating point: a number with a fraction is refused with
/// its place, and the text form reads exactly.
#[test]
fn a_floating_point_weight_is_refused_and_text_reads_exactly() {
    let text = r#"{"id": "m", "rule": {"majority": {"share": "1/2", "comparison": "more-than", "base": "yes-no"}},
        "delegates": [{"id": "d1", "weight": 2.5}]}"#;
    let err = serde_json::from_str::<Motion>(text)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("vote weight 2.5 is a floating-point number: write a fractional weight as text (\"2.5\" or \"5/2\") so that it is read exactly"),
        "{err}"
    );
    let m: Motion = serde_json::from_str(&text.replace("2.5", "\"2.5\"")).unwrap();
    assert_eq!(m.delegates[0].weight, Weight::ratio(5, 2).unwrap());
    // Whole weights still write as numbers: old motions round-trip unchanged.
    let whole = serde_json::to_value(motion(json!({"id": "m",
        "rule": {"majority": {"share": "1/2", "comparison": "more-than", "base": "yes-no"}},
        "delegates": [{"id": "d1", "weight": 7}]})))
    .unwrap();
    assert_eq!(whole["delegates"][0]["weight"], 7);
    assert!(whole["rule"].get("fractions").is_none());
}

#[cfg(feature = "cli")]
#[test]
fn decide_cli_reads_a_toml_motion_with_fractional_weights_and_refuses_floats() {
    use crate::common::{rulebook, scratch_dir};
    let dir = scratch_dir("fractional-weights");
    let file = dir.join("kongres.toml");
    let toml = r#"id = "dues-increase"
rule.majority = { share = "1/2", comparison = "more-than", base = "yes-no" }
rule.weighting = "card"
rule.fractions = { rounding = "half-up", of = "total" }
delegates = [ { id = "a1", weight = "1000/3" }, { id = "a2", weight = "1000/3" },
              { id = "a3", weight = "1000/3" }, { id = "b1", weight = 300 } ]
votes = [ { delegate = "a1", choice = "yes" }, { delegate = "a2", choice = "yes" },
          { delegate = "a3", choice = "no" }, { delegate = "b1", choice = "no" } ]
"#;
    std::fs::write(&file, toml).unwrap();
    let (code, out, err) = rulebook(&["decide", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("yes 2000/3 → 667"), "{out}");
    let (code, out, _) = rulebook(&["decide", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json["tally"]["options"][0]["votes"], 667);
    std::fs::write(&file, toml.replace("weight = 300", "weight = 300.5")).unwrap();
    let (code, _, err) = rulebook(&["decide", file.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("vote weight 300.5 is a floating-point number"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn wittstein_afm_locals_given_as_delegate_groups_count_as_their_delegates_one_by_one() {
    // The Wittstein convention with each local as a count of delegates (issue 11, item
    // 8: entitled delegates as counts per unit): local A, 3 delegates of 1000/3 votes
    // each, 2 for and 1 against; local B, 1 delegate of 300, against. The totals and
    // the verdict are those of the delegates listed one by one (667 to 633, carried).
    let groups = motion(json!({
        "id": "dues-increase",
        "rule": {
            "majority": {"share": "1/2", "comparison": "more-than", "base": "yes-no"},
            "weighting": "card",
            "fractions": {"rounding": "half-up", "of": "total"}
        },
        "delegate_groups": [
            {"group": "local-a", "count": 3, "weight": "1000/3"},
            {"group": "local-b", "count": 1, "weight": 300}
        ],
        "group_votes": [
            {"group": "local-a", "choice": "yes", "count": 2},
            {"group": "local-a", "choice": "no", "count": 1},
            {"group": "local-b", "choice": "no", "count": 1}
        ]
    }));
    let by_group = decide(&groups).unwrap();
    let listed = decide(&wittstein(json!({"rounding": "half-up", "of": "total"}))).unwrap();
    let votes = |d: &union_rulebook::decision::Decision| {
        d.tally.options.iter().map(|o| o.votes).collect::<Vec<_>>()
    };
    assert_eq!(votes(&by_group), [667, 633]);
    assert_eq!(votes(&by_group), votes(&listed));
    assert_eq!(by_group.verdict, Verdict::Carried);
    assert_eq!(by_group.attendance.entitled_weight, 1300);
}
