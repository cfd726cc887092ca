//! List elections with named candidates (WO 2001 §15(3)-(5)) and biproportional
//! apportionment of a vote table (the Zurich "doppelter Pukelsheim"), from the CLI and
//! the library: worked examples from the rules' texts, a published result, errors all
//! at once with their places, the contract (JSON = library report, schema valid).

use serde_json::Value;
use union_rulebook::apportionment::{
    BiproportionalReport, DivisorMethod, TableOptions, VoteTable, apportion_table,
};
use union_rulebook::election::{
    self, Candidate, ListCandidates, ListElectionError, ListElectionReport, ListFloor, ListOptions,
    ListVotes, TallySettings, TieBreak, elect_lists,
};

use crate::common::{example_data, rulebook, scratch_dir};

fn path(name: &str) -> String {
    example_data(name).display().to_string()
}

/// `rulebook tally` of the works-council list votes (`betriebsrat-list-votes.csv`) by
/// d'Hondt for `seats`, with the candidates file `candidates`, then `extra`.
fn tally_lists(seats: &str, candidates: &str, extra: &[&str]) -> (i32, String, String) {
    let votes = path("betriebsrat-list-votes.csv");
    let mut args = vec![
        "tally",
        &votes,
        "--method",
        "dhondt",
        "--seats",
        seats,
        "--candidates",
        candidates,
    ];
    args.extend(extra);
    rulebook(&args)
}

fn read(name: &str) -> String {
    std::fs::read_to_string(example_data(name)).unwrap()
}

fn validator(schema: &str) -> jsonschema::Validator {
    let published = union_rulebook::schema::find(schema).unwrap();
    let value = serde_json::to_value(published.schema()).unwrap();
    jsonschema::validator_for(&value).unwrap()
}

/// The CLI's JSON is the library's report byte for byte, reads back, and validates.
fn same_as_library<T: serde::Serialize + serde::de::DeserializeOwned>(
    schema: &str,
    out: &str,
    library: &T,
) {
    assert_eq!(
        out,
        format!("{}\n", serde_json::to_string_pretty(library).unwrap())
    );
    let back: T = serde_json::from_str(out).unwrap();
    assert_eq!(
        format!("{}\n", serde_json::to_string_pretty(&back).unwrap()),
        out
    );
    let value: Value = serde_json::from_str(out).unwrap();
    let errors: Vec<String> = validator(schema)
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

fn dhondt() -> election::Method {
    TallySettings::new("dhondt").method().unwrap()
}

fn votes(lists: &[(&str, u64)], seats: u32) -> ListVotes {
    ListVotes {
        lists: lists.iter().map(|(n, _)| Candidate::new(*n)).collect(),
        votes: lists.iter().map(|(_, v)| *v).collect(),
        seats,
    }
}

fn ids(r: &ListElectionReport) -> Vec<&str> {
    r.elected.iter().map(|e| e.id.as_str()).collect()
}

/// WO 2001 §15(5) worked by hand on `examples/data/betriebsrat-*.csv`: a works council
/// of 9 (BetrVG §9, 201-400 employees), women the minority with 130 of 400 employees:
/// by WO §5 (d'Hondt on 270 men and 130 women: 270, 135, 130, 90, 67.5, 65, 54, 45,
/// 43.3) they are owed 3 seats. Lists 1, 2, 3 with 180, 100 and 40 votes share the 9
/// seats by d'Hondt (§15(1)-(2)): 180, 100, 90, 60, 50, 45, 40, 36, 33.3, so 5, 3, 1;
/// by list order (§15(4)) the count elects one woman, l1-03.
///
/// - The lowest highest number held by a man is list 2's third (100/3 = 33.3); list 2
///   has no woman (no. 1 cannot apply), so the seat goes to the list with the
///   following highest number that has women (no. 2): list 1 (180/6 = 30, above list
///   3's 40/2 = 20), whose next woman is l1-07.
/// - Then the lowest held by a man is list 1's fifth (36, l1-05); list 1 has no woman
///   left, so the seat goes to list 3 (20; list 2's 33.3 has no woman): l3-02.
///
/// Women hold 3 (no. 3: stop). Elected: l1-01, l1-02, l1-03, l1-04, l1-07; l2-01,
/// l2-02; l3-01, l3-02.
#[test]
fn wo_2001_section_15_5_list_jump_gives_women_their_three_seats() {
    let (code, out, err) = tally_lists(
        "9",
        &path("betriebsrat-candidates.csv"),
        &["--floor", "woman=3", "--format", "json"],
    );
    assert_eq!(code, 0, "{err}");
    let v = election::read_list_votes_csv(&read("betriebsrat-list-votes.csv"), 9).unwrap();
    let c = ListCandidates::from_csv(&read("betriebsrat-candidates.csv")).unwrap();
    let r = elect_lists(
        &v,
        &c,
        &dhondt(),
        &TieBreak::Backward { seed: None },
        &ListOptions::new().floor(ListFloor::new("woman", 3)),
    )
    .unwrap();
    assert_eq!(
        ids(&r),
        [
            "l1-01", "l1-02", "l1-03", "l1-04", "l1-07", "l2-01", "l2-02", "l3-01", "l3-02"
        ]
    );
    let won: Vec<(u32, u32)> = r.lists.iter().map(|l| (l.won, l.seats)).collect();
    assert_eq!(won, [(5, 5), (3, 2), (1, 2)]);
    let f = r.floor.as_ref().unwrap();
    assert_eq!((f.min, f.before, f.held, f.unmet), (3, 1, 3, false));
    let moves: Vec<(&str, &str, &str, &str)> = f
        .moves
        .iter()
        .map(|m| {
            (
                m.from_list.as_str(),
                m.to_list.as_str(),
                m.removed.as_str(),
                m.added.as_str(),
            )
        })
        .collect();
    assert_eq!(
        moves,
        [
            ("Liste 2", "Liste 1", "l2-03", "l1-07"),
            ("Liste 1", "Liste 3", "l1-05", "l3-02")
        ]
    );
    // People by id: the names of the file stay out unless asked for.
    assert!(!out.contains("Gisela"));
    same_as_library("list-election-report", &out, &r);
}

/// The same election with the floor from a policy: BetrVG §15(2) as a proportional
/// floor on the workforce (130 women of 400), from 3 seats, rounded by d'Hondt between
/// the genders (WO 2001 §5): for 9 seats, 3 women (worked above), met by list jump.
#[test]
fn betrvg_15_2_policy_floor_by_dhondt_on_the_workforce() {
    let (code, out, err) = tally_lists(
        "9",
        &path("betriebsrat-candidates.csv"),
        &[
            "--policy",
            &path("betriebsrat-policy.toml"),
            "--as-of",
            "2026-03-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let r: ListElectionReport = serde_json::from_str(&out).unwrap();
    let f = r.floor.as_ref().unwrap();
    assert_eq!(
        (f.group.as_str(), f.min, f.rule.as_deref()),
        ("women", 3, Some("betrvg-15-2"))
    );
    assert_eq!(
        ids(&r),
        [
            "l1-01", "l1-02", "l1-03", "l1-04", "l1-07", "l2-01", "l2-02", "l3-01", "l3-02"
        ]
    );
    // A 2-seat council is below the rule's 3 seats: no floor.
    let (code, out, _) = tally_lists(
        "2",
        &path("betriebsrat-candidates.csv"),
        &[
            "--policy",
            &path("betriebsrat-policy.toml"),
            "--as-of",
            "2026-03-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(code, 0);
    let r: ListElectionReport = serde_json::from_str(&out).unwrap();
    assert!(r.floor.is_none());
}

#[test]
fn names_only_with_include_personal_in_text_and_html() {
    let base = [
        "tally",
        &path("betriebsrat-list-votes.csv"),
        "--method",
        "dhondt",
        "--seats",
        "9",
        "--candidates",
        &path("betriebsrat-candidates.csv"),
        "--floor",
        "woman=3",
    ]
    .map(String::from);
    let run = |extra: &[&str]| {
        let mut args: Vec<&str> = base.iter().map(String::as_str).collect();
        args.extend(extra);
        rulebook(&args)
    };
    let (code, text, _) = run(&[]);
    assert_eq!(code, 0);
    assert!(text.contains("5. l1-07 (woman), list Liste 1, position 7, by list jump (WO §15(5))"));
    assert!(text.contains(
        "a seat of list Liste 2 went to list Liste 1: l2-03 gave way to l1-07 (WO §15(5) no. 2)"
    ));
    assert!(!text.contains("Gisela"));
    let (_, text, _) = run(&["--include-personal"]);
    assert!(text.contains("l1-07 (Gisela Quast) (woman)"));
    let (code, page, _) = run(&["--format", "html"]);
    assert_eq!(code, 0);
    assert!(page.contains("<td>l1-07</td>") && !page.contains("Gisela"));
    let (_, page, _) = run(&["--format", "html", "--include-personal"]);
    assert!(page.contains("<td>Gisela Quast</td>"));
    let (code, text, _) = {
        let mut args: Vec<&str> = vec!["--lang", "id"];
        args.extend(base.iter().map(String::as_str));
        rulebook(&args)
    };
    assert_eq!(code, 0);
    assert!(text.contains("pemilihan dengan daftar calon, metode dhondt, 9 kursi"));
    assert!(text.contains("melalui perpindahan kursi (WO §15(5))"));
}

/// WO 2001 §15(3), worked by hand: lists A (310 votes) and B (200) share 5 seats by
/// d'Hondt: 310 (A), 200 (B), 155 (A), 103.3 (A), 100 (B), so A 3 and B 2. A names
/// only 2 candidates: its surplus seat passes to the following highest number of the
/// other list, B's 66.7 (A's own 77.5 does not count), so B holds 3.
#[test]
fn wo_2001_section_15_3_a_short_list_passes_its_surplus_on() {
    let v = votes(&[("A", 310), ("B", 200)], 5);
    let c = ListCandidates::from_csv(
        "list,position,id\nA,1,a1\nA,2,a2\nB,1,b1\nB,2,b2\nB,3,b3\nB,4,b4\n",
    )
    .unwrap();
    let r = elect_lists(&v, &c, &dhondt(), &TieBreak::Fail, &ListOptions::new()).unwrap();
    let won: Vec<(u32, u32)> = r.lists.iter().map(|l| (l.won, l.seats)).collect();
    assert_eq!(won, [(3, 2), (2, 3)]);
    assert_eq!(ids(&r), ["a1", "a2", "b1", "b2", "b3"]);
    assert_eq!(r.unfilled, 0);
    // When every list runs out, the seats stay unfilled.
    let c = ListCandidates::from_csv("list,position,id\nA,1,a1\nB,1,b1\n").unwrap();
    let r = elect_lists(&v, &c, &dhondt(), &TieBreak::Fail, &ListOptions::new()).unwrap();
    assert_eq!((ids(&r), r.unfilled), (vec!["a1", "b1"], 3));
}

/// WO §15(5) no. 2 draws a lot between lists with equal highest numbers; without a
/// seed no lot is drawn: the count stops and names the tied lists.
#[test]
fn a_tie_in_the_list_jump_needs_a_seed() {
    let v = votes(&[("A", 100), ("B", 100)], 2);
    let c = ListCandidates::from_csv(
        "list,position,id,group\nA,1,a1,man\nA,2,a2,woman\nB,1,b1,man\nB,2,b2,woman\n",
    )
    .unwrap();
    let floor = ListOptions::new().floor(ListFloor::new("woman", 1));
    let e = elect_lists(
        &v,
        &c,
        &dhondt(),
        &TieBreak::Backward { seed: None },
        &floor,
    )
    .unwrap_err();
    assert!(matches!(&e, ListElectionError::LotNeeded(l) if l == &["A", "B"]));
    assert_eq!(
        e.to_string(),
        "lists \"A\", \"B\" tie for a seat moved by list jump (WO §15(5) no. 2 draws a lot): \
         give --seed N to draw it"
    );
    let r = elect_lists(&v, &c, &dhondt(), &TieBreak::Lot { seed: Some(7) }, &floor).unwrap();
    let f = r.floor.unwrap();
    assert_eq!(
        (f.held, f.moves.len(), f.moves[0].by_lot, f.seed),
        (1, 1, true, Some(7))
    );
}

#[test]
fn a_floor_no_list_can_meet_is_reported_and_exits_1() {
    let dir = scratch_dir("lists-unmet");
    let c = dir.join("c.csv");
    std::fs::write(
        &c,
        "list,position,id,group\nListe 1,1,a,man\nListe 2,1,b,man\nListe 3,1,d,man\n",
    )
    .unwrap();
    let (code, out, err) = tally_lists("3", c.to_str().unwrap(), &["--floor", "woman=1"]);
    assert_eq!(code, 1, "{err}");
    assert!(out.contains(
        "the floor of 1 seats for woman is not met: no list has another candidate of woman (WO §15(5) no. 5)"
    ));
}

#[test]
fn every_problem_of_a_candidates_file_at_once_with_file_line_and_column() {
    let dir = scratch_dir("lists-errors");
    let c = dir.join("cands.csv");
    std::fs::write(
        &c,
        "list;position;id\nListe 1;1;a\nListe 1;1;b\nListe 2;zwei;c\n;1;a\n",
    )
    .unwrap();
    let (code, _, err) = tally_lists("9", c.to_str().unwrap(), &[]);
    assert_eq!(code, 2);
    let name = c.display().to_string();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(
        lines,
        [
            format!(
                "rulebook: error: {name}: line 3, column \"position\": \"list Liste 1, position 1\" appears again (first on line 2): expected each once"
            ),
            format!(
                "{name}: line 4, column \"position\": \"zwei\" is not a whole number: expected digits only, such as 1200, with no thousands separator or decimal mark"
            ),
            format!("{name}: line 5, column \"list\": the field is empty: expected a value"),
            format!(
                "{name}: line 5, column \"id\": \"a\" appears again (first on line 2): expected each once"
            ),
        ]
    );
}

#[test]
fn lists_of_votes_and_candidates_must_agree() {
    let v = votes(&[("A", 10), ("B", 5)], 2);
    let c = ListCandidates::from_csv("list,position,id\nA,1,a1\nC,1,c1\n").unwrap();
    let e = elect_lists(&v, &c, &dhondt(), &TieBreak::Fail, &ListOptions::new()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "the lists of the votes and of the candidates differ: \"B\" have votes but no \
         candidates; \"C\" have candidates but no votes"
    );
    let lr = TallySettings::new("largest-remainder").method().unwrap();
    let c = ListCandidates::from_csv("list,position,id\nA,1,a1\nB,1,b1\n").unwrap();
    let e = elect_lists(
        &v,
        &c,
        &lr,
        &TieBreak::Fail,
        &ListOptions::new().floor(ListFloor::new("w", 1)),
    )
    .unwrap_err();
    assert!(matches!(e, ListElectionError::JumpNeedsDivisors(_)));
}

/// The double-proportional example of the German Wikipedia ("Doppeltproportionales
/// Zuteilungsverfahren", also the `proporz` R package's test): lists 1-3 in districts
/// A, B, C of 4, 5 and 6 seats, Sainte-Laguë, voter numbers. Upper apportionment:
/// voter numbers 51/4 + 98/5 + 45/6 = 39.85, 55 and 60.15 give the lists 4, 5 and 6
/// seats; lower apportionment: A 1, 1, 2; B 2, 2, 1; C 1, 2, 3.
#[test]
fn wikipedia_de_doppeltproportionales_zuteilungsverfahren_example() {
    let dir = scratch_dir("biprop-wiki");
    let file = dir.join("table.csv");
    std::fs::write(
        &file,
        "unit,seats,1,2,3\nA,4,51,60,63\nB,5,98,100,102\nC,6,45,120,144\n",
    )
    .unwrap();
    let (code, out, err) = rulebook(&[
        "apportion",
        file.to_str().unwrap(),
        "--biproportional",
        "--method",
        "sainte-lague",
        "--voter-numbers",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let t = VoteTable::from_csv(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let r = apportion_table(
        &t,
        &TableOptions::new(DivisorMethod::SainteLague).voter_numbers(true),
    )
    .unwrap();
    assert_eq!(
        r.groups.iter().map(|g| g.seats).collect::<Vec<_>>(),
        [4, 5, 6]
    );
    assert_eq!(r.groups[0].weight, "797/20"); // 39.85, exactly
    assert_eq!(r.table, [vec![1, 1, 2], vec![2, 2, 1], vec![1, 2, 3]]);
    same_as_library::<BiproportionalReport>("biproportional-report", &out, &r);
}

/// Kantonsrat Zürich 2019, 180 seats in 18 districts: party votes per district
/// (`examples/data/zh-kantonsrat-2019.csv`), Sainte-Laguë on voter numbers, only
/// parties with at least 5% in some district (Gesetz über die politischen Rechte des
/// Kantons Zürich §102). Official result (Statistisches Amt des Kantons Zürich): SVP
/// 45, SP 35, FDP 29, GLP 23, Grüne 22, CVP 8, EVP 8, AL 6, EDU 4; BDP, die Guten,
/// Helvida and PdA no seat. The district rows are those of the official allocation, as
/// reproduced by the independent implementation rjs02/DoppelterPukelsheim
/// (`src/Protokoll_Kantonsratswahlen_ZH_2019.md`).
#[test]
fn zurich_kantonsrat_2019_official_seats() {
    let (code, out, err) = rulebook(&[
        "apportion",
        &path("zh-kantonsrat-2019.csv"),
        "--biproportional",
        "--method",
        "sainte-lague",
        "--voter-numbers",
        "--unit-threshold",
        "5",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let r: BiproportionalReport = serde_json::from_str(&out).unwrap();
    let seats: Vec<(&str, u32)> = r
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.seats))
        .collect();
    assert_eq!(
        seats,
        [
            ("AL", 6),
            ("BDP", 0),
            ("CVP", 8),
            ("die Guten", 0),
            ("EDU", 4),
            ("EVP", 8),
            ("FDP", 29),
            ("GLP", 23),
            ("Gruene", 22),
            ("Helvida", 0),
            ("PdA", 0),
            ("SP", 35),
            ("SVP", 45)
        ]
    );
    // The nine parties with seats, district by district: AL CVP EDU EVP FDP GLP Grüne SP SVP.
    let expected: [[u32; 9]; 18] = [
        [0, 0, 0, 0, 1, 1, 1, 1, 1],
        [2, 1, 0, 0, 1, 1, 2, 3, 2],
        [1, 0, 0, 0, 0, 1, 1, 2, 0],
        [1, 0, 0, 0, 1, 1, 2, 3, 1],
        [0, 0, 0, 0, 2, 1, 1, 1, 1],
        [1, 1, 0, 0, 1, 2, 2, 3, 2],
        [0, 1, 0, 0, 2, 1, 1, 2, 4],
        [0, 0, 0, 1, 1, 1, 1, 1, 1],
        [0, 1, 0, 1, 3, 2, 1, 3, 4],
        [0, 1, 0, 0, 3, 2, 1, 2, 3],
        [0, 1, 1, 1, 2, 1, 1, 1, 3],
        [0, 1, 1, 1, 2, 2, 2, 3, 4],
        [0, 0, 0, 1, 1, 1, 1, 1, 2],
        [1, 0, 0, 1, 2, 2, 2, 3, 2],
        [0, 0, 0, 1, 1, 1, 1, 1, 2],
        [0, 0, 0, 0, 1, 0, 0, 1, 2],
        [0, 1, 1, 1, 3, 2, 1, 3, 6],
        [0, 0, 1, 0, 2, 1, 1, 1, 5],
    ];
    let with_seats = [0, 2, 4, 5, 6, 7, 8, 11, 12];
    for (i, (row, want)) in r.table.iter().zip(&expected).enumerate() {
        let got: Vec<u32> = with_seats.iter().map(|&j| row[j]).collect();
        assert_eq!(got, want, "district {}", r.units[i].name);
    }
    // Without the threshold the small parties take part (and the result differs).
    let (code, out, _) = rulebook(&[
        "apportion",
        &path("zh-kantonsrat-2019.csv"),
        "--biproportional",
        "--method",
        "sainte-lague",
        "--voter-numbers",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0);
    let all: BiproportionalReport = serde_json::from_str(&out).unwrap();
    assert!(all.groups.iter().all(|g| g.qualified));
    assert_ne!(all.table, r.table);
}

#[test]
fn every_problem_of_a_vote_table_at_once_and_a_divisor_method_needed() {
    let dir = scratch_dir("biprop-errors");
    let file = dir.join("t.csv");
    std::fs::write(&file, "unit,seats,A,B\nN,4,1.5,2\nN,x,3,\n").unwrap();
    let (code, _, err) = rulebook(&[
        "apportion",
        file.to_str().unwrap(),
        "--biproportional",
        "--method",
        "sainte-lague",
    ]);
    assert_eq!(code, 2);
    let name = file.display().to_string();
    assert_eq!(
        err.lines().collect::<Vec<_>>(),
        [
            format!(
                "rulebook: error: {name}: line 2, column \"A\": \"1.5\" is not a whole number: expected digits only, such as 1200, with no thousands separator or decimal mark"
            ),
            format!(
                "{name}: line 3, column \"unit\": \"N\" appears again (first on line 2): expected each once"
            ),
            format!(
                "{name}: line 3, column \"seats\": \"x\" is not a whole number: expected digits only, such as 1200, with no thousands separator or decimal mark"
            ),
        ]
    );
    let (code, _, err) = rulebook(&[
        "apportion",
        &path("zh-kantonsrat-2019.csv"),
        "--biproportional",
        "--method",
        "largest-remainder",
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--biproportional needs a divisor method"),
        "{err}"
    );
    let (code, _, _) = rulebook(&[
        "apportion",
        &path("zh-kantonsrat-2019.csv"),
        "--biproportional",
        "--method",
        "sainte-lague",
        "--seats",
        "10",
    ]);
    assert_eq!(code, 2);
}
