//! A two-round vote without its second-round ballots names the runoff pair (status
//! `runoff-needed`, exit 0), and second-round votes for a candidate outside the runoff
//! are refused with their file, line and column (issue 11, item 8).
//!
//! The worked example is the French presidential election of 2022 under the
//! Constitution of 1958, art. 7 (an absolute majority of the votes cast in the first
//! round, else a second round between the two leading candidates only), with the
//! official results proclaimed by the Conseil constitutionnel: first round (10 April
//! 2022) 35,132,947 votes cast, Macron 9,783,058 and Le Pen 8,133,828 leading;
//! second round (24 April 2022) Macron 18,768,639, Le Pen 13,288,686.

use union_rulebook::election::{
    self, Candidate, Method, RankedBallot, RankedElection, TallyError, TallyStatus, TieBreak,
};

const FIRST_ROUND: [(&str, u64); 12] = [
    ("Emmanuel Macron", 9_783_058),
    ("Marine Le Pen", 8_133_828),
    ("Jean-Luc Mélenchon", 7_712_520),
    ("Éric Zemmour", 2_485_226),
    ("Valérie Pécresse", 1_679_001),
    ("Yannick Jadot", 1_627_853),
    ("Jean Lassalle", 1_101_387),
    ("Fabien Roussel", 802_422),
    ("Nicolas Dupont-Aignan", 725_176),
    ("Anne Hidalgo", 616_478),
    ("Philippe Poutou", 268_904),
    ("Nathalie Arthaud", 197_094),
];

fn first_round() -> RankedElection {
    RankedElection {
        title: Some("Élection présidentielle 2022".into()),
        candidates: FIRST_ROUND
            .iter()
            .map(|(n, _)| Candidate::new(*n))
            .collect(),
        seats: 1,
        withdrawn: vec![],
        ballots: FIRST_ROUND
            .iter()
            .enumerate()
            .map(|(i, &(_, v))| RankedBallot::strict(v, [u32::try_from(i).unwrap()]))
            .collect(),
    }
}

fn second_round() -> RankedElection {
    let mut e = first_round();
    e.ballots = vec![
        RankedBallot::strict(18_768_639, [0]),
        RankedBallot::strict(13_288_686, [1]),
    ]
    .into();
    e
}

#[test]
fn french_presidential_2022_first_round_names_the_macron_le_pen_runoff() {
    let report = election::tally(&first_round(), &Method::TwoRound, &TieBreak::Fail, None).unwrap();
    assert_eq!(report.status, TallyStatus::RunoffNeeded);
    assert!(report.elected.is_empty());
    let pair: Vec<(u32, &str, String)> = report
        .runoff
        .iter()
        .map(|c| (c.candidate, c.name.as_str(), c.votes.to_string()))
        .collect();
    assert_eq!(
        pair,
        [
            (0, "Emmanuel Macron", "9783058".to_string()),
            (1, "Marine Le Pen", "8133828".to_string())
        ]
    );
    // 27.85% for the leader: no absolute majority of the 35,132,947 votes cast.
    assert_eq!(report.ballots, 35_132_947);
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["status"], "runoff-needed");
    assert_eq!(json["runoff"][1]["candidate"], 2);
    assert_eq!(json["runoff"][1]["votes"], "8133828");
    let back: election::TallyReport = serde_json::from_value(json).unwrap();
    assert_eq!(back, report);
    assert!(
        report.render_text(false).contains(
            "runoff needed: no candidate has a majority of the votes cast; the second round is between Emmanuel Macron (candidate 1, 9783058 votes in the first round) and Marine Le Pen (candidate 2, 8133828 votes in the first round)"
        ),
        "{}",
        report.render_text(false)
    );
    let id = union_rulebook::i18n::with_lang(union_rulebook::i18n::Lang::Id, || {
        report.render_text(false)
    });
    assert!(id.contains("perlu putaran kedua: tidak ada calon yang memperoleh suara mayoritas dari suara yang diberikan; putaran kedua antara Emmanuel Macron (calon 1, 9783058 suara pada putaran pertama) dan Marine Le Pen (calon 2, 8133828 suara pada putaran pertama)"), "{id}");
}

#[test]
fn french_presidential_2022_second_round_elects_macron() {
    let report = election::tally(
        &first_round(),
        &Method::TwoRound,
        &TieBreak::Fail,
        Some(&second_round()),
    )
    .unwrap();
    assert_eq!(report.status, TallyStatus::Complete);
    assert!(report.runoff.is_empty());
    assert_eq!(report.elected[0].name, "Emmanuel Macron");
    assert_eq!(report.stages[1].votes[0].to_string(), "18768639");
    assert_eq!(report.stages[1].votes[1].to_string(), "13288686");
    // A complete count's JSON has no status or runoff keys (as before).
    let json = serde_json::to_value(&report).unwrap();
    assert!(json.get("status").is_none() && json.get("runoff").is_none());
}

#[test]
fn french_constitution_art_7_second_round_votes_outside_the_pair_are_refused() {
    let mut second = second_round();
    second.ballots.push(RankedBallot::strict(1_000, [2]));
    let err = election::count(
        &first_round(),
        &Method::TwoRound,
        &TieBreak::Fail,
        Some(&second),
    )
    .unwrap_err();
    assert_eq!(err.ballot(), Some(2));
    let err = err.at_lines(&[2, 3, 4]).at_column(7);
    assert_eq!(
        err.to_string(),
        "the second-round ballot on line 4, column 7, votes for candidate 3 (Jean-Luc Mélenchon), who is not in the runoff between candidate 1 (Emmanuel Macron) and candidate 2 (Marine Le Pen); a second-round ballot may mark only the two candidates of the runoff"
    );
    // A ballot that ranks a finalist first and another candidate after is refused too:
    // the second round's ballot paper names only the pair.
    let mut second = second_round();
    let mut ballots = second.ballots.to_vec();
    ballots[0] = RankedBallot::strict(18_768_639, [0, 3]);
    second.ballots = ballots.into();
    assert!(matches!(
        election::two_round(&first_round(), Some(&second), &TieBreak::Fail),
        Err(TallyError::NotInRunoff {
            ballot: 0,
            candidate: 3,
            ..
        })
    ));
}

/// `rulebook elect` still asks for the second-round ballots (it writes terms only for
/// a complete count).
#[test]
fn a_pending_runoff_is_still_an_error_for_elect_counts() {
    let o = election::count(&first_round(), &Method::TwoRound, &TieBreak::Fail, None).unwrap();
    assert!(o.runoff_needed());
    assert_eq!(o.runoff, vec![0, 1]);
}

#[cfg(feature = "cli")]
mod cli {
    use super::FIRST_ROUND;
    use crate::common::{rulebook, scratch_dir};

    fn blt(ballots: &[(u64, u32)]) -> String {
        let mut s = format!("{} 1\n", FIRST_ROUND.len());
        for (w, c) in ballots {
            s.push_str(&format!("{w} {c} 0\n"));
        }
        s.push_str("0\n");
        for (n, _) in FIRST_ROUND {
            s.push_str(&format!("\"{n}\"\n"));
        }
        s.push_str("\"Election presidentielle 2022\"\n");
        s
    }

    #[test]
    fn tally_two_round_without_runoff_exits_0_with_the_pair() {
        let dir = scratch_dir("two-round-pending");
        let first = dir.join("tour1.blt");
        let ballots: Vec<(u64, u32)> = FIRST_ROUND
            .iter()
            .enumerate()
            .map(|(i, &(_, v))| (v, u32::try_from(i + 1).unwrap()))
            .collect();
        std::fs::write(&first, blt(&ballots)).unwrap();
        let path = first.to_str().unwrap();
        let (code, out, err) = rulebook(&["tally", path, "--method", "two-round"]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains("runoff needed"), "{out}");
        assert!(
            out.contains("Marine Le Pen (candidate 2, 8133828 votes in the first round)"),
            "{out}"
        );
        let (code, out, _) =
            rulebook(&["tally", path, "--method", "two-round", "--format", "json"]);
        assert_eq!(code, 0);
        let json: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert_eq!(json["status"], "runoff-needed");
        assert_eq!(json["runoff"][0]["name"], "Emmanuel Macron");
        let (code, out, _) =
            rulebook(&["tally", path, "--method", "two-round", "--format", "html"]);
        assert_eq!(code, 0);
        assert!(out.contains("class=\"warn runoff\""), "{out}");

        // Second round with a ballot line for Mélenchon (candidate 3): refused at its
        // line and column in the second-round file, exit 2.
        let second = dir.join("tour2.blt");
        std::fs::write(
            &second,
            blt(&[(18_768_639, 1), (13_288_686, 2), (1_000, 3)]),
        )
        .unwrap();
        let (code, _, err) = rulebook(&[
            "tally",
            path,
            "--method",
            "two-round",
            "--runoff",
            second.to_str().unwrap(),
        ]);
        assert_eq!(code, 2);
        assert!(
            err.contains(&format!(
                "{}: cannot count: the second-round ballot on line 4, column 6, votes for candidate 3 (Jean-Luc Mélenchon), who is not in the runoff between candidate 1 (Emmanuel Macron) and candidate 2 (Marine Le Pen)",
                second.display()
            )),
            "{err}"
        );
        std::fs::write(&second, blt(&[(18_768_639, 1), (13_288_686, 2)])).unwrap();
        let (code, out, err) = rulebook(&[
            "tally",
            path,
            "--method",
            "two-round",
            "--runoff",
            second.to_str().unwrap(),
        ]);
        assert_eq!(code, 0, "{err}");
        assert!(
            out.contains("1. Emmanuel Macron (candidate 1), at stage 2"),
            "{out}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    /// `rulebook elect` on a two-round rule: without the second round it still asks
    /// for it (exit 2, as before); a second-round ballot outside the pair is refused
    /// in the runoff file at its line and column.
    #[test]
    fn elect_two_round_asks_for_the_second_round_and_refuses_ballots_outside_the_pair() {
        let dir = scratch_dir("two-round-elect");
        let mut doc: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(crate::common::example_data("psp-election.json")).unwrap(),
        )
        .unwrap();
        doc["election_rules"][0]["posts"] = serde_json::json!(["psp-garmen/ketua"]);
        doc["election_rules"][0]["method"] = serde_json::json!("two-round");
        let org = dir.join("doc.json");
        std::fs::write(&org, serde_json::to_string(&doc).unwrap()).unwrap();
        let names = ["p-1", "p-2", "p-3", "p-4", "p-5", "p-6", "p-7", "p-9"];
        let blt = |ballots: &[(u32, u32)]| {
            let mut s = String::from("8 1\n");
            for (w, c) in ballots {
                s.push_str(&format!("{w} {c} 0\n"));
            }
            s.push_str("0\n");
            for n in names {
                s.push_str(&format!("\"{n}\"\n"));
            }
            s.push_str("\"ketua\"\n");
            s
        };
        let first = dir.join("r1.blt");
        let second = dir.join("r2.blt");
        std::fs::write(&first, blt(&[(40, 1), (35, 2), (25, 3)])).unwrap();
        std::fs::write(&second, blt(&[(50, 1), (45, 2), (5, 3)])).unwrap();
        let (org, first, second) = (
            org.to_str().unwrap(),
            first.to_str().unwrap(),
            second.to_str().unwrap(),
        );
        let (code, _, err) = rulebook(&["elect", org, "pengurus", "--ballots", first]);
        assert_eq!(code, 2);
        assert!(
            err.contains("the runoff is between candidates 1 and 2"),
            "{err}"
        );
        let (code, _, err) = rulebook(&[
            "elect",
            org,
            "pengurus",
            "--ballots",
            first,
            "--runoff",
            second,
        ]);
        assert_eq!(code, 2);
        assert!(
            err.contains(&format!(
                "{second}: cannot count: the second-round ballot on line 4, column 3, votes for candidate 3 (p-3)"
            )),
            "{err}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
