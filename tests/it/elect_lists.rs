//! List elections through `rulebook elect` (Wahlordnung BetrVG 2001 §15, BetrVG §8
//! and §15(2)): the works council of `examples/data/betriebsrat.json`, 9 members
//! (BetrVG §9, 201-400 employees), elected from the three lists of
//! `betriebsrat-list-votes.csv` and `betriebsrat-candidates.csv`, the minority gender
//! owed 3 seats by `betriebsrat-policy.toml` (130 women of 400 employees, d'Hondt
//! between the genders as WO §5 does: 270, 135, 130, 90, 67.5, 65, 54, 45, 43.3 gives
//! the women the 3rd, 6th and 9th numbers). Every expected value below is worked by
//! hand from the statute's text, in the test's doc comment.

use json_patch::Patch;
use serde_json::Value;
use union_rulebook::Severity;
use union_rulebook::election::constrained::ShortfallReason;
use union_rulebook::election::{ListCandidates, read_list_votes_csv};
use union_rulebook::election_rules::{
    DecidedBy, ElectError, ElectRequest, ElectionResult, ListPoll, elect,
};
use union_rulebook::model::Organization;
use union_rulebook::policy::{Consequence, Escape, Policy};

use crate::common::{example_data, rulebook, scratch_dir};

fn path(name: &str) -> String {
    example_data(name).display().to_string()
}

fn read(name: &str) -> String {
    std::fs::read_to_string(example_data(name)).unwrap()
}

fn document() -> Organization {
    Organization::from_json_str(&read("betriebsrat.json")).unwrap()
}

/// The document with l1-03 (Liste 1, place 3, a woman) employed only since
/// 2025-11-01: on the election day, 2026-03-10, four months, short of the six months
/// BetrVG §8(1) requires to stand ("Wählbar sind alle Wahlberechtigten, die sechs
/// Monate dem Betrieb angehören").
fn document_with_l1_03_new() -> Value {
    let mut doc: Value = serde_json::from_str(&read("betriebsrat.json")).unwrap();
    for m in doc["memberships"].as_array_mut().unwrap() {
        if m["person"] == "l1-03" {
            m["start"] = Value::from("2025-11-01");
        }
    }
    doc
}

fn policy_with(escape: Option<&str>) -> Policy {
    let mut text = read("betriebsrat-policy.toml");
    if let Some(e) = escape {
        text = text.replace(
            "consequence = \"list-jump\"",
            &format!("consequence = \"list-jump\"\nescape = \"{e}\""),
        );
    }
    Policy::from_toml_str(&text).unwrap()
}

fn poll(votes: &str) -> ListPoll {
    ListPoll::new(
        read_list_votes_csv(votes, 9).unwrap(),
        ListCandidates::from_csv(&read("betriebsrat-candidates.csv")).unwrap(),
    )
}

fn run(doc: &Organization, votes: &str, policy: Option<&Policy>) -> ElectionResult {
    let mut request = ElectRequest::new("betriebsrat").lists(poll(votes));
    if let Some(p) = policy {
        request = request.policy(p);
    }
    elect(doc, &request).unwrap()
}

fn ids<T: AsRef<str>>(people: &[T]) -> Vec<&str> {
    people.iter().map(AsRef::as_ref).collect()
}

fn elected(r: &ElectionResult) -> Vec<&str> {
    r.elected.iter().map(|p| p.as_str()).collect()
}

fn codes(r: &ElectionResult) -> Vec<(&str, Severity)> {
    r.findings
        .iter()
        .map(|f| (f.code.as_ref(), f.severity))
        .collect()
}

/// WO 2001 §15(5) through `elect`, worked by hand. The lists' 180, 100 and 40 votes
/// share the 9 seats by d'Hondt (§15(1)-(2)): 180, 100, 90, 60, 50, 45, 40, 36, 33.3,
/// so 5, 3, 1; in list order (§15(4)) they elect l1-01 to l1-05, l2-01 to l2-03 and
/// l3-01: one woman, l1-03, of the 3 owed.
///
/// - The lowest highest number held by a man is list 2's third (100/3 = 33.3, l2-03);
///   list 2 names no woman (no. 1 cannot apply), so the seat passes to the list with
///   the following highest number that names one (no. 2): list 1 (180/6 = 30, above
///   list 3's 40/2 = 20), whose next woman is l1-07.
/// - Then the lowest held by a man is list 1's fifth (180/5 = 36, l1-05); list 1 has no
///   woman left, so the seat passes to list 3 (20): l3-02.
///
/// Women hold 3 (no. 3: stop). The nine take the post from the election day for the
/// four years of BetrVG §21 (the body's 48 months): 2026-03-10 to 2030-03-09; the
/// sitting council's nine terms end the day before.
#[test]
fn wo_2001_section_15_5_list_jump_through_elect_gives_the_women_their_three_seats() {
    let (code, out, err) = rulebook(&[
        "elect",
        &path("betriebsrat.json"),
        "betriebsrat",
        "--list-votes",
        &path("betriebsrat-list-votes.csv"),
        "--candidates",
        &path("betriebsrat-candidates.csv"),
        "--policy",
        &path("betriebsrat-policy.toml"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let r: ElectionResult = serde_json::from_str(&out).unwrap();
    assert_eq!(r.decided_by, DecidedBy::Count);
    assert_eq!(
        ids(&r.elected_by_count),
        [
            "l1-01", "l1-02", "l1-03", "l1-04", "l1-05", "l2-01", "l2-02", "l2-03", "l3-01"
        ]
    );
    assert_eq!(
        elected(&r),
        [
            "l1-01", "l1-02", "l1-03", "l1-04", "l1-07", "l2-01", "l2-02", "l3-01", "l3-02"
        ]
    );
    let rule = &r.policy[0];
    assert_eq!(
        (rule.rule.as_str(), rule.consequence, rule.applied),
        ("betrvg-15-2", Consequence::ListJump, true)
    );
    assert_eq!(
        (rule.bounds[0].group.as_str(), rule.bounds[0].min),
        ("women", 3)
    );
    let changes: Vec<(&str, &str)> = rule
        .changes
        .iter()
        .map(|c| (c.removed.as_ref().unwrap().as_str(), c.added.as_str()))
        .collect();
    assert_eq!(changes, [("l2-03", "l1-07"), ("l1-05", "l3-02")]);
    assert!(rule.unmet.is_empty());
    // The default escape of list jump is WO §15(5) no. 5's: accept.
    assert_eq!(rule.escape, Some(Escape::Accept));
    let lists = r.lists.as_ref().unwrap();
    assert!(lists.struck.is_empty());
    let seats: Vec<(&str, u32, u32)> = lists
        .report
        .lists
        .iter()
        .map(|l| (l.list.as_str(), l.won, l.seats))
        .collect();
    assert_eq!(
        seats,
        [("Liste 1", 5, 5), ("Liste 2", 3, 2), ("Liste 3", 1, 2)]
    );
    assert_eq!(r.terms.len(), 9);
    for t in &r.terms {
        assert_eq!(t.start().to_string(), "2026-03-10");
        assert_eq!(
            t.end().map(|d| d.to_string()).as_deref(),
            Some("2030-03-09")
        );
    }
    assert_eq!(r.ended.len(), 9);
    assert!(r.ended.iter().all(|e| e.end.to_string() == "2026-03-09"));
    assert!(!r.has_errors());
    // The CLI's JSON is the library's result byte for byte, and valid.
    let library = run(
        &document(),
        &read("betriebsrat-list-votes.csv"),
        Some(&policy_with(None)),
    );
    assert_eq!(
        out,
        format!("{}\n", serde_json::to_string_pretty(&library).unwrap())
    );
    let schema = union_rulebook::schema::find("elect-report").unwrap();
    let validator =
        jsonschema::validator_for(&serde_json::to_value(schema.schema()).unwrap()).unwrap();
    let value: Value = serde_json::from_str(&out).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // People by id: the names of the candidates file stay out.
    assert!(!out.contains("Gisela"));
}

/// WO 2001 §15(3), worked by hand, with list 3 polling 130: d'Hondt gives 180, 130,
/// 100, 90, 65, 60, 50, 45, 43.3 (then 36, 33.3, 32.5), so lists 1, 2, 3 win 4, 2, 3.
/// List 3 names only 2 candidates: its surplus seat passes to the following highest
/// number of the other lists, list 1's 180/5 = 36. The count elects l1-01 to l1-05,
/// l2-01, l2-02, l3-01 and l3-02: two women (l1-03, l3-02).
///
/// §15(5) no. 1: the lowest highest number held by a man is list 1's fifth (36,
/// l1-05); list 1's next woman, l1-07, takes it. Women hold 3.
#[test]
fn wo_2001_section_15_3_a_list_out_of_candidates_passes_its_seat_on() {
    let dir = scratch_dir("elect-lists-15-3");
    let votes = dir.join("votes.csv");
    std::fs::write(
        &votes,
        "name,votes\nListe 1,180\nListe 2,100\nListe 3,130\n",
    )
    .unwrap();
    let (code, out, err) = rulebook(&[
        "elect",
        &path("betriebsrat.json"),
        "betriebsrat",
        "--list-votes",
        votes.to_str().unwrap(),
        "--candidates",
        &path("betriebsrat-candidates.csv"),
        "--policy",
        &path("betriebsrat-policy.toml"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let r: ElectionResult = serde_json::from_str(&out).unwrap();
    let report = &r.lists.as_ref().unwrap().report;
    let won: Vec<(&str, u32, u32, u32)> = report
        .lists
        .iter()
        .map(|l| (l.list.as_str(), l.won, l.seats, l.candidates))
        .collect();
    // After the jump list 1 holds its 4 seats, the one list 3 passed on, and keeps
    // them (the jump stayed on list 1).
    assert_eq!(
        won,
        [
            ("Liste 1", 4, 5, 7),
            ("Liste 2", 2, 2, 4),
            ("Liste 3", 3, 2, 2)
        ]
    );
    assert_eq!(
        ids(&r.elected_by_count),
        [
            "l1-01", "l1-02", "l1-03", "l1-04", "l1-05", "l2-01", "l2-02", "l3-01", "l3-02"
        ]
    );
    assert_eq!(
        elected(&r),
        [
            "l1-01", "l1-02", "l1-03", "l1-04", "l1-07", "l2-01", "l2-02", "l3-01", "l3-02"
        ]
    );
    let changes: Vec<(&str, &str)> = r.policy[0]
        .changes
        .iter()
        .map(|c| (c.removed.as_ref().unwrap().as_str(), c.added.as_str()))
        .collect();
    assert_eq!(changes, [("l1-05", "l1-07")]);
    // Without the policy, the count stands: §15(3) alone.
    let plain = run(
        &document(),
        "name,votes\nListe 1,180\nListe 2,100\nListe 3,130\n",
        None,
    );
    assert_eq!(elected(&plain), ids(&r.elected_by_count));
    assert!(plain.policy.is_empty());
    assert_eq!(plain.lists.unwrap().report.lists[2].seats, 2);
}

/// BetrVG §8(1) and WO 2001 §15(5) no. 5, worked by hand. l1-03 has been employed four
/// months of the six needed to stand: she is struck from Liste 1, which keeps its
/// order (l1-01, l1-02, l1-04, l1-05, l1-06, l1-07). The seats are 5, 3, 1 as in the
/// first example; the count elects l1-01, l1-02, l1-04, l1-05, l1-06, l2-01 to l2-03
/// and l3-01: no woman. Only two women still stand (l1-07, l3-02) for the 3 seats.
///
/// - List 2's third (33.3, l2-03) goes to list 1 (30) and its next woman, l1-07;
/// - list 1's fifth (36, l1-06): list 1 has no woman left, so to list 3 (20), l3-02;
/// - the lowest held by a man is now list 3's first (40, l3-01): no list has another
///   woman, so the seat stays with its list (no. 5).
///
/// Women hold 2 of 3: the lawful end of §15(5), a warning (`floor-not-met`, escape
/// accept), not a breach; exit 0 and the nine take their seats.
#[test]
fn betrvg_8_ineligible_candidate_struck_and_wo_15_5_no_5_keeps_the_seat() {
    let dir = scratch_dir("elect-lists-struck");
    let doc_path = dir.join("betriebsrat.json");
    std::fs::write(&doc_path, document_with_l1_03_new().to_string()).unwrap();
    let (code, out, err) = rulebook(&[
        "elect",
        doc_path.to_str().unwrap(),
        "betriebsrat",
        "--list-votes",
        &path("betriebsrat-list-votes.csv"),
        "--candidates",
        &path("betriebsrat-candidates.csv"),
        "--policy",
        &path("betriebsrat-policy.toml"),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let r: ElectionResult = serde_json::from_str(&out).unwrap();
    let struck = &r.lists.as_ref().unwrap().struck;
    assert_eq!(struck.len(), 1);
    assert_eq!(
        (
            struck[0].person.as_str(),
            struck[0].list.as_str(),
            struck[0].position
        ),
        ("l1-03", "Liste 1", 3)
    );
    assert_eq!(
        ids(&r.elected_by_count),
        [
            "l1-01", "l1-02", "l1-04", "l1-05", "l1-06", "l2-01", "l2-02", "l2-03", "l3-01"
        ]
    );
    assert_eq!(
        elected(&r),
        [
            "l1-01", "l1-02", "l1-04", "l1-05", "l1-07", "l2-01", "l2-02", "l3-01", "l3-02"
        ]
    );
    let rule = &r.policy[0];
    let changes: Vec<(&str, &str)> = rule
        .changes
        .iter()
        .map(|c| (c.removed.as_ref().unwrap().as_str(), c.added.as_str()))
        .collect();
    assert_eq!(changes, [("l2-03", "l1-07"), ("l1-06", "l3-02")]);
    assert_eq!(rule.unmet.len(), 1);
    assert_eq!(
        (
            rule.unmet[0].bound,
            rule.unmet[0].holds,
            rule.unmet[0].reason
        ),
        (3, 2, ShortfallReason::NoCandidates)
    );
    assert_eq!(
        codes(&r),
        [
            ("candidate-not-eligible", Severity::Warning),
            ("floor-not-met", Severity::Warning)
        ]
    );
    let struck_message = &r.findings[0].message;
    assert!(
        struck_message.contains("l1-03") && struck_message.contains("Liste 1 (place 3)"),
        "{struck_message}"
    );
    assert!(
        r.findings[1].message.contains("§15(5) no. 5"),
        "{}",
        r.findings[1].message
    );
    assert_eq!(r.terms.len(), 9);
    // The text names the struck candidate and why.
    let (code, text, _) = rulebook(&[
        "elect",
        doc_path.to_str().unwrap(),
        "betriebsrat",
        "--list-votes",
        &path("betriebsrat-list-votes.csv"),
        "--candidates",
        &path("betriebsrat-candidates.csv"),
        "--policy",
        &path("betriebsrat-policy.toml"),
    ]);
    assert_eq!(code, 0);
    assert!(
        text.contains(
            "l1-03 (not eligible: member since 2025-11-01, short of the 6 months required)"
        ),
        "{text}"
    );
    assert!(
        text.contains("struck from list Liste 1 (place 3): l1-03"),
        "{text}"
    );
    // The HTML page has the lists' table and the struck candidate.
    let (code, page, _) = rulebook(&[
        "elect",
        doc_path.to_str().unwrap(),
        "betriebsrat",
        "--list-votes",
        &path("betriebsrat-list-votes.csv"),
        "--candidates",
        &path("betriebsrat-candidates.csv"),
        "--policy",
        &path("betriebsrat-policy.toml"),
        "--format",
        "html",
    ]);
    assert_eq!(code, 0);
    assert!(page.contains("<th scope=\"row\">Liste 3</th>"), "{page}");
    assert!(
        page.contains("struck from list Liste 1 (place 3): l1-03"),
        "{page}"
    );
}

/// A rule may state another escape for list jump: `void` voids the election when the
/// women run out (an error, exit 1, no terms); `vacant` leaves the seat vacant that
/// list jump could not give a woman: of the men elected after the jumps above, the
/// lowest highest number is l3-01's (40: below l1-05's 45 and l2-02's 50), so his seat
/// stays empty and eight take their seats.
#[test]
fn a_list_jump_rule_may_state_the_void_or_vacant_escape() {
    let doc = Organization::from_json_str(&document_with_l1_03_new().to_string()).unwrap();
    let votes = read("betriebsrat-list-votes.csv");
    let void = run(&doc, &votes, Some(&policy_with(Some("void"))));
    assert!(void.void);
    assert!(void.terms.is_empty() && void.ended.is_empty());
    assert!(codes(&void).contains(&("election-void", Severity::Error)));
    assert!(void.has_errors());

    let vacant = run(&doc, &votes, Some(&policy_with(Some("vacant"))));
    assert_eq!(
        elected(&vacant),
        [
            "l1-01", "l1-02", "l1-04", "l1-05", "l1-07", "l2-01", "l2-02", "l3-02"
        ]
    );
    let left: Vec<&str> = vacant.policy[0]
        .vacant
        .iter()
        .map(|v| v.removed.as_str())
        .collect();
    assert_eq!(left, ["l3-01"]);
    assert!(codes(&vacant).contains(&("seats-left-vacant", Severity::Warning)));
    assert_eq!(vacant.terms.len(), 8);
    assert!(!vacant.has_errors());
}

/// Candidates are person ids of the document: every id that is not is refused at its
/// line of the candidates file, column `id` (exit 2), all at once.
#[test]
fn an_unknown_person_id_is_refused_with_its_line_and_column() {
    let dir = scratch_dir("elect-lists-unknown");
    let candidates = dir.join("candidates.csv");
    std::fs::write(
        &candidates,
        "list,position,id\nListe 1,1,l1-01\nListe 1,2,nobody\nListe 2,1,l2-01\nListe 3,1,ghost\n",
    )
    .unwrap();
    let (code, out, err) = rulebook(&[
        "elect",
        &path("betriebsrat.json"),
        "betriebsrat",
        "--list-votes",
        &path("betriebsrat-list-votes.csv"),
        "--candidates",
        candidates.to_str().unwrap(),
    ]);
    assert_eq!(code, 2, "{out}");
    let name = candidates.display().to_string();
    assert!(
        err.contains(&format!(
            "{name}: line 3, column \"id\": candidate \"nobody\" of list \"Liste 1\" is not a person id of the document"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{name}: line 5, column \"id\": candidate \"ghost\""
        )),
        "{err}"
    );
    // The library says the same, with the lines.
    let poll = ListPoll::new(
        read_list_votes_csv(&read("betriebsrat-list-votes.csv"), 9).unwrap(),
        ListCandidates::from_csv(&std::fs::read_to_string(&candidates).unwrap()).unwrap(),
    );
    match elect(&document(), &ElectRequest::new("betriebsrat").lists(poll)) {
        Err(ElectError::UnknownListCandidates(all)) => {
            let lines: Vec<(usize, &str)> = all.iter().map(|u| (u.line, u.id.as_str())).collect();
            assert_eq!(lines, [(3, "nobody"), (5, "ghost")]);
        }
        other => panic!("{other:?}"),
    }
}

/// Lists are for a rule counted by a list method; ballots and lists do not mix; the
/// two list files go together; a consequence that reorders a ranking does not apply
/// to a list election.
#[test]
fn lists_need_a_list_rule_and_come_alone() {
    let mut doc: Value = serde_json::from_str(&read("betriebsrat.json")).unwrap();
    doc["election_rules"][0]["method"] = Value::from("scottish-stv");
    let stv = Organization::from_json_str(&doc.to_string()).unwrap();
    let votes = read("betriebsrat-list-votes.csv");
    let e = elect(&stv, &ElectRequest::new("betriebsrat").lists(poll(&votes))).unwrap_err();
    assert!(matches!(e, ElectError::NotAListMethod { .. }), "{e:?}");
    assert_eq!(
        e.to_string(),
        "election rule betriebsrat is counted by scottish-stv, not by a list method: give its ballots, not list votes and candidates"
    );
    let (code, _, err) = rulebook(&[
        "elect",
        &path("betriebsrat.json"),
        "betriebsrat",
        "--list-votes",
        &path("betriebsrat-list-votes.csv"),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--candidates"), "{err}");
    let (code, _, err) = rulebook(&[
        "elect",
        &path("betriebsrat.json"),
        "betriebsrat",
        "--list-votes",
        &path("betriebsrat-list-votes.csv"),
        "--candidates",
        &path("betriebsrat-candidates.csv"),
        "--ballots",
        &path("psp-election.blt"),
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--ballots"), "{err}");

    let corrective = Policy::from_toml_str(
        &read("betriebsrat-policy.toml").replace("list-jump", "corrective-replacement"),
    )
    .unwrap();
    let r = run(&document(), &votes, Some(&corrective));
    assert_eq!(elected(&r), ids(&r.elected_by_count));
    assert!(!r.policy[0].applied);
    assert_eq!(
        codes(&r),
        [("consequence-not-applicable", Severity::Warning)]
    );
}

/// `--patch` applied to the input document gives the document `--out` writes: the
/// nine new terms of the first example and the sitting council's ended.
#[test]
fn the_list_election_patch_applied_gives_the_out_document() {
    let dir = scratch_dir("elect-lists-patch");
    let (out, patch_file) = (dir.join("after.json"), dir.join("changes.json"));
    let input = path("betriebsrat.json");
    let (code, _, err) = rulebook(&[
        "elect",
        &input,
        "betriebsrat",
        "--list-votes",
        &path("betriebsrat-list-votes.csv"),
        "--candidates",
        &path("betriebsrat-candidates.csv"),
        "--policy",
        &path("betriebsrat-policy.toml"),
        "--out",
        out.to_str().unwrap(),
        "--patch",
        patch_file.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let patch: Patch = serde_json::from_slice(&std::fs::read(&patch_file).unwrap()).unwrap();
    let mut applied: Value = serde_json::from_str(&read("betriebsrat.json")).unwrap();
    json_patch::patch(&mut applied, &patch).unwrap();
    let reread = |v: &Value| {
        serde_json::to_value(Organization::from_json_str(&v.to_string()).unwrap()).unwrap()
    };
    let written: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert_eq!(reread(&applied), reread(&written));
    let after = Organization::from_json_str(&written.to_string()).unwrap();
    let new: Vec<&str> = after
        .terms
        .iter()
        .filter(|t| t.start().to_string() == "2026-03-10")
        .map(|t| t.person.as_str())
        .collect();
    assert_eq!(
        new,
        [
            "l1-01", "l1-02", "l1-03", "l1-04", "l1-07", "l2-01", "l2-02", "l3-01", "l3-02"
        ]
    );
    let ended = after
        .terms
        .iter()
        .filter(|t| t.end().is_some_and(|d| d.to_string() == "2026-03-09"))
        .count();
    assert_eq!(ended, 9);
}

mod same_as_tally {
    //! The pipeline decides no list rule of its own: with every candidate eligible,
    //! `elect` elects exactly whom `elect_lists` (`rulebook tally --candidates`)
    //! elects, with the floor the policy gives as `--floor`, and its list jump makes
    //! the same moves.

    use proptest::prelude::*;
    use union_rulebook::election::{
        Candidate, ListCandidates, ListFloor, ListOptions, ListVotes, TallySettings, TieBreak,
        elect_lists,
    };
    use union_rulebook::election_rules::{ElectRequest, ListPoll, elect};
    use union_rulebook::model::Organization;
    use union_rulebook::policy::Policy;

    /// A works council of `seats` whose members are the candidates (women `w`, men
    /// `m`), all employed long enough to stand.
    fn document(genders: &[Vec<bool>], seats: u32) -> Organization {
        let mut people = Vec::new();
        let mut members = Vec::new();
        for (l, list) in genders.iter().enumerate() {
            for (k, woman) in list.iter().enumerate() {
                let g = if *woman { "woman" } else { "man" };
                people.push(format!(r#"{{"id": "c{l}-{k}", "gender": "{g}"}}"#));
                members.push(format!(
                    r#"{{"person": "c{l}-{k}", "unit": "w", "start": "2020-01-01"}}"#
                ));
            }
        }
        Organization::from_json_str(&format!(
            r#"{{"name": "W", "levels": [{{"id": "b", "name": "Betrieb"}}],
               "units": [{{"id": "w", "name": "W", "level": "b"}}],
               "bodies": [{{"id": "w/br", "unit": "w", "kind": "works-council", "name": "BR",
                           "posts": [{{"id": "w/m", "role": "member", "seats": {seats}}}]}}],
               "people": [{}], "memberships": [{}],
               "election_rules": [{{"id": "br", "body": "w/br", "method": "dhondt",
                 "candidates": {{"min_tenure_months": 6}},
                 "elections": [{{"date": "2026-03-10"}}]}}]}}"#,
            people.join(","),
            members.join(",")
        ))
        .unwrap()
    }

    /// At least `min` women from a council of 1 seat up, by list jump.
    fn policy(min: u32) -> Policy {
        Policy::from_toml_str(&format!(
            r#"
[[groups]]
id = "women"
one = "woman"
many = "women"
select = {{ gender = "woman" }}

[[rules]]
id = "floor"
effective_from = "2001-07-28"
hardness = "binding"
base = "all-seats"
consequence = "list-jump"
scope = {{ targets = ["bodies"] }}
require = {{ shape = "count-floor", group = "women", count = {min} }}
"#
        ))
        .unwrap()
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn elect_with_lists_is_elect_lists_with_the_policy_floor(
            lists in prop::collection::vec(
                (1u64..500, prop::collection::vec(any::<bool>(), 1..5)),
                1..4,
            ),
            seats in 1u32..8,
            min in 0u32..4,
        ) {
            let genders: Vec<Vec<bool>> = lists.iter().map(|(_, g)| g.clone()).collect();
            let doc = document(&genders, seats);
            let votes = ListVotes {
                lists: (0..lists.len()).map(|l| Candidate::new(format!("L{l}"))).collect(),
                votes: lists.iter().map(|(v, _)| *v).collect(),
                seats,
            };
            let mut csv = String::from("list,position,id,group\n");
            for (l, g) in genders.iter().enumerate() {
                for (k, w) in g.iter().enumerate() {
                    let group = if *w { "women" } else { "men" };
                    csv.push_str(&format!("L{l},{},c{l}-{k},{group}\n", k + 1));
                }
            }
            let candidates = ListCandidates::from_csv(&csv).unwrap();
            let ties = TieBreak::Lot { seed: Some(2026) };
            let method = TallySettings::new("dhondt").method().unwrap();
            let mut options = ListOptions::new();
            if min > 0 {
                options = options.floor(ListFloor::new("women", min));
            }
            let tally = elect_lists(&votes, &candidates, &method, &ties, &options).unwrap();
            let policy = policy(min.max(1));
            let mut request = ElectRequest::new("br")
                .lists(ListPoll::new(votes.clone(), candidates.clone()))
                .ties(ties.clone());
            if min > 0 {
                request = request.policy(&policy);
            }
            let r = elect(&doc, &request).unwrap();
            let from_elect: Vec<&str> = r.elected.iter().map(|p| p.as_str()).collect();
            let from_tally: Vec<&str> = tally.elected.iter().map(|e| e.id.as_str()).collect();
            prop_assert_eq!(from_elect, from_tally);
            let report = &r.lists.as_ref().unwrap().report;
            prop_assert_eq!(&report.lists, &tally.lists);
            let moves = |f: Option<&union_rulebook::election::FloorOutcome>| {
                f.map(|f| f.moves.iter().map(|m| (m.removed.clone(), m.added.clone())).collect::<Vec<_>>())
                    .unwrap_or_default()
            };
            prop_assert_eq!(moves(report.floor.as_ref()), moves(tally.floor.as_ref()));
            // A floor the women cannot reach is WO §15(5) no. 5's: a warning, never an
            // error.
            prop_assert!(!r.has_errors(), "{:?}", r.findings);
        }
    }
}

/// `tally --candidates --policy` judges an unmet floor as `elect` does: the lists of
/// the struck example without l1-03 (as the electoral board would print them) leave
/// the women at 2 of 3 after list jump (worked above), which the rule's escape accepts
/// (WO §15(5) no. 5): exit 0, the escape named in the report. The same floor given by
/// hand (`--floor`) has no escape: exit 1.
#[test]
fn tally_with_the_policy_accepts_what_its_rule_accepts() {
    let dir = scratch_dir("elect-lists-tally");
    let candidates = dir.join("candidates.csv");
    let text: String = read("betriebsrat-candidates.csv")
        .lines()
        .filter(|l| !l.contains("l1-03"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&candidates, text).unwrap();
    let args = |floor: &[&'static str]| {
        let mut a: Vec<String> = [
            "tally",
            &path("betriebsrat-list-votes.csv"),
            "--method",
            "dhondt",
            "--seats",
            "9",
            "--candidates",
            candidates.to_str().unwrap(),
            "--format",
            "json",
        ]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
        a.extend(floor.iter().map(|s| (*s).to_owned()));
        a
    };
    let policy = path("betriebsrat-policy.toml");
    let with_policy = args(&[]);
    let mut with_policy: Vec<&str> = with_policy.iter().map(String::as_str).collect();
    with_policy.extend(["--policy", &policy, "--as-of", "2026-03-10"]);
    let (code, out, err) = rulebook(&with_policy);
    assert_eq!(code, 0, "{err}");
    let r: union_rulebook::election::ListElectionReport = serde_json::from_str(&out).unwrap();
    let f = r.floor.as_ref().unwrap();
    assert_eq!((f.min, f.held, f.unmet), (3, 2, true));
    assert_eq!(f.escape, Some(Escape::Accept));
    assert!(!r.floor_broken());
    let ids: Vec<&str> = r.elected.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "l1-01", "l1-02", "l1-04", "l1-05", "l1-07", "l2-01", "l2-02", "l3-01", "l3-02"
        ]
    );
    let by_hand = args(&["--floor", "woman=3"]);
    let by_hand: Vec<&str> = by_hand.iter().map(String::as_str).collect();
    let (code, out, _) = rulebook(&by_hand);
    assert_eq!(code, 1, "{out}");
}
