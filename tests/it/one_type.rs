//! One concept, one type (issue 16, item 3): the same share text means the same share in
//! every input; every CSV input reads `;`-separated spreadsheet exports with a byte-order
//! mark and mixed-case headers; bare TOML dates and BOM-prefixed JSON read everywhere;
//! the method names of `apportion` and `tally` are one vocabulary.

use crate::common::{example_data, shared_data};
use chrono::NaiveDate;
use union_rulebook::apportionment::{
    self, BandTable, DivisorMethod, Method, Options, Quota, Threshold, apportion, read_weights_csv,
};
use union_rulebook::decision::Motion;
use union_rulebook::election::{
    ListMethod, ListVotes, TieBreak, count_list_pr, read_list_votes_csv,
};
use union_rulebook::model::Organization;
use union_rulebook::policy::{CandidateList, Policy, Shape};
use union_rulebook::{Rounding, Share, read};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A policy with one 30%-style floor whose share is written as `share`.
fn policy_with_share(share: &str) -> Result<Policy, String> {
    let text = format!(
        "name = \"p\"\n\n[[groups]]\nid = \"women\"\none = \"woman\"\nmany = \"women\"\nselect = {{ gender = \"woman\" }}\n\n\
         [[rules]]\nid = \"r\"\neffective_from = \"2020-01-01\"\nsource = \"s\"\nhardness = \"binding\"\nbase = \"all-seats\"\n\
         consequence = \"report-only\"\nscope = {{ targets = [\"bodies\"] }}\n\
         require = {{ shape = \"share-floor\", group = \"women\", share = {share}, rounding = \"up\" }}\n"
    );
    Policy::from_toml_str(&text).map_err(|e| e.to_string())
}

fn policy_share(p: &Policy) -> Option<Share> {
    match &p.rules().first()?.require {
        Shape::ShareFloor { share, .. } => Some(*share),
        _ => None,
    }
}

fn motion_with_share(share_json: &str) -> Result<Motion, String> {
    let text = format!(
        "{{\"id\": \"m\", \"rule\": {{\"majority\": {{\"share\": {share_json}, \"comparison\": \"at-least\", \"base\": \"yes-no\"}}}}, \
         \"delegates\": [{{\"id\": \"a\", \"present\": true}}]}}"
    );
    read::from_json_str::<Motion>(&text).map_err(|e| e.to_string())
}

#[test]
fn the_same_share_text_is_the_same_share_in_every_input() {
    let thirty = Share::new(3, 10).unwrap();
    for text in ["30%", "0.3", "3/10", " 30 % ", ".30", "300/1000"] {
        assert_eq!(text.parse::<Share>().unwrap(), thirty, "{text}");
        let quoted = format!("\"{text}\"");
        let p = policy_with_share(&quoted).unwrap();
        assert_eq!(policy_share(&p), Some(thirty), "policy {text}");
        let m = motion_with_share(&quoted).unwrap();
        assert_eq!(m.rule.majority.share, thirty, "motion {text}");
        let t: Share = read::from_toml_str::<std::collections::BTreeMap<String, Share>>(&format!(
            "share = {quoted}\n"
        ))
        .unwrap()["share"];
        assert_eq!(t, thirty, "toml {text}");
    }
    // The percentage a person types (`--threshold 30`) is the same share.
    assert_eq!(Share::parse_percent("30").unwrap(), thirty);
    assert_eq!(Share::parse_percent("30%").unwrap(), thirty);
    // A bare "4" is the number 4 in the share grammar, refused alike everywhere, with
    // the same hint; as a percentage it is 4%.
    let hint = "share 4 is more than 100%: a share is between 0 and 1 (for 4 percent write \"4%\")";
    assert_eq!("4".parse::<Share>().unwrap_err().to_string(), hint);
    assert!(policy_with_share("\"4\"").unwrap_err().contains(hint));
    assert!(motion_with_share("\"4\"").unwrap_err().contains(hint));
    assert!(motion_with_share("4").unwrap_err().contains(hint));
    assert_eq!(Share::parse_percent("4").unwrap(), "4%".parse().unwrap());
    // A JSON number reads as the decimal written in a motion; a policy, whose shares
    // have legal force, takes strings only: one type, two reading modes.
    assert_eq!(
        motion_with_share("0.3").unwrap().rule.majority.share,
        thirty
    );
    let e = policy_with_share("0.3").unwrap_err();
    assert!(
        e.contains("share 0.3 is written as a number: write it as a string"),
        "{e}"
    );
    // The apportionment threshold is the same type.
    let opts = Options::new("dhondt".parse().unwrap(), 5)
        .with_threshold(Threshold::Uniform("5%".parse().unwrap()));
    let a = apportion(&[96, 4], &opts).unwrap();
    assert_eq!(a.qualified, vec![true, false]);
    let _: apportionment::Share = thirty;
    let _: union_rulebook::policy::Share = thirty;
}

#[test]
fn one_rounding_for_policy_composition_and_keys() {
    use union_rulebook::apportionment::{CompositionRule, Key, composition};
    // domain.md §3 and MA 24 P/HUM/2023: 30% of 8 seats is 2.4; up gives 3, half-up 2.
    let thirty: Share = "30%".parse().unwrap();
    for (r, seats) in [
        (Rounding::Up, 3),
        (Rounding::HalfUp, 2),
        (Rounding::Down, 2),
    ] {
        assert_eq!(r.seats(8, thirty).seats, seats, "{r}");
        assert_eq!(
            composition(8, 3, 10, &CompositionRule::new(r)).unwrap(),
            seats,
            "{r}"
        );
    }
    // BetrVG §15(2) with d'Hondt between 3 women and 7 men for 5 seats: 1 woman.
    assert_eq!(
        composition(5, 3, 10, &CompositionRule::new(Rounding::DHondt)).unwrap(),
        1
    );
    // A key rounds members per delegate; d'Hondt rounds no quotient.
    assert_eq!(
        Key::new(100, Rounding::HalfEven, 0, None)
            .unwrap()
            .seats(250),
        2
    );
    let e = Key::new(100, Rounding::DHondt, 0, None).unwrap_err();
    assert!(e.to_string().contains("cannot use rounding dhondt"), "{e}");
    let r: Rounding = serde_json::from_str("\"half-even\"").unwrap();
    assert_eq!(r, union_rulebook::policy::Rounding::HalfEven);
}

/// The 2020 apportionment rows of the census file (50 states), as a CSV text with the
/// file's own header, and the official seats.
fn us_house_2020() -> (String, Vec<u32>) {
    let text =
        std::fs::read_to_string(shared_data().join("us-house-apportionment/apportionment.csv"))
            .unwrap();
    let mut lines = text.lines();
    let mut out = format!("{}\n", lines.next().unwrap());
    let mut official = Vec::new();
    for line in lines {
        if line.contains(",State,2020,") && !line.contains("District of Columbia") {
            out.push_str(line);
            out.push('\n');
            let record = csv::ReaderBuilder::new()
                .has_headers(false)
                .from_reader(line.as_bytes())
                .records()
                .next()
                .unwrap()
                .unwrap();
            official.push(record[10].trim_end_matches(".0").parse().unwrap());
        }
    }
    (out, official)
}

/// The same table as a European/Indonesian spreadsheet writes it: `;`-separated, with a
/// byte-order mark, CRLF line ends and upper-case headers.
fn as_spreadsheet_export(text: &str) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    for (i, r) in reader.records().enumerate() {
        let r = r.unwrap();
        if i == 0 {
            let upper: Vec<String> = r
                .iter()
                .map(|h| format!(" {} ", h.to_uppercase()))
                .collect();
            writer.write_record(&upper).unwrap();
        } else {
            writer.write_record(&r).unwrap();
        }
    }
    format!(
        "\u{feff}{}",
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    )
}

#[test]
fn weights_read_from_a_semicolon_export_give_the_official_2020_house() {
    // 2 U.S.C. §2a: Huntington-Hill, 435 seats, at least one per state.
    let (comma, official) = us_house_2020();
    let semicolon = as_spreadsheet_export(&comma);
    // The per-representative averages keep their thousands commas ("761,169"), unquoted
    // now that the separator is `;`.
    assert!(semicolon.starts_with('\u{feff}') && semicolon.contains(";Alabama;State;2020;"));
    let column = "population used for apportionment";
    let a = read_weights_csv(&comma, column).unwrap();
    let b = read_weights_csv(&semicolon, column).unwrap();
    assert_eq!(a, b);
    assert_eq!(a.len(), 50);
    let weights: Vec<u64> = b.iter().map(|u| u.weight).collect();
    let opts = Options::new("equal-proportions".parse().unwrap(), 435).with_min(1);
    assert_eq!(apportion(&weights, &opts).unwrap().allocation, official);
}

#[test]
fn every_csv_reader_takes_semicolons_a_bom_and_any_header_case() {
    // Band table of domain.md §5: up to 5,000 members 1 delegate; 5,001-10,000: 2;
    // from 10,001: 3 and one more per 25,000.
    let bands = BandTable::read_csv(
        "\u{feff}From;SEATS;Per\r\n0;1;\r\n5001;2;\r\n10001;3;25000\r\n",
        None,
    )
    .unwrap();
    assert_eq!(
        bands.apportion(&[5_000, 5_001, 35_001]).unwrap(),
        vec![1, 2, 4]
    );
    let list = CandidateList::from_csv(
        "\u{feff}No;ID;Nama;GENDER;Birth_Date;Wilayah\r\n1;c1;\"Sari; S.\";woman;1990-01-02;Jawa Barat\r\n2;c2;Budi;man;;\r\n",
    )
    .unwrap();
    assert_eq!(list.candidates.len(), 2);
    assert_eq!(list.candidates[0].gender.as_deref(), Some("woman"));
    assert_eq!(list.candidates[0].birth_date, Some(day(1990, 1, 2)));
    assert_eq!(list.candidates[0].attributes["Wilayah"], "Jawa Barat");
    assert_eq!(list.candidates[0].attributes["Nama"], "Sari; S.");
    // D'Hondt, 8 seats: 100000, 80000, 30000, 20000 -> 4, 3, 1, 0 (quotients 100000,
    // 80000, 50000, 40000, 33333, 30000, 26667, 25000).
    let votes = read_list_votes_csv(
        "\u{feff}Name;Votes\r\nA;100000\r\nB;80000\r\nC;30000\r\nD;20000\r\n",
        8,
    )
    .unwrap();
    let o = count_list_pr(&votes, ListMethod::DHondt, None, &TieBreak::Fail).unwrap();
    let seats: Vec<u32> = o.candidates.iter().map(|c| c.seats.unwrap_or(0)).collect();
    assert_eq!(seats, vec![4, 3, 1, 0]);
    let units = read_weights_csv(
        "\u{feff}NAME;Members\r\nBekasi;1200\r\nBogor;800\r\n",
        "members",
    )
    .unwrap();
    assert_eq!(units[1].weight, 800);
}

#[test]
fn csv_errors_name_the_line_and_the_column() {
    let e = read_weights_csv("Name;Members\nBekasi;1.200\n", "members").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 2, column \"Members\": \"1.200\" is not a whole number: expected digits only, such as 1200, with no thousands separator or decimal mark"
    );
    let e = read_weights_csv("name,members\nBekasi,\"1,200\"\n", "members").unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (2, Some("members")));
    let e = BandTable::read_csv("from;seats\n0;1\n\n5001;x\n", None).unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 4, column \"seats\": \"x\" is not a whole number: expected digits only, such as 1200, with no thousands separator or decimal mark"
    );
    let e = CandidateList::from_csv("id;birth_date\nc1;02/01/1990\n").unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 2, column \"birth_date\": \"02/01/1990\" is not a date: expected YYYY-MM-DD"
    );
    let e = read_list_votes_csv("name;votes\n\"A\nB\";1\nC;x\n", 3).unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (4, Some("votes")));
    let e = read_list_votes_csv("name;ballots\nA;1\n", 3).unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 1: no column named \"votes\" in the header (name, ballots): expected a column \"votes\""
    );
}

/// `key = "YYYY-MM-DD"` becomes `key = YYYY-MM-DD` (a bare TOML date).
fn unquote_dates(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let is_date = bytes.len() >= i + 12
            && bytes[i] == b'"'
            && bytes[i + 11] == b'"'
            && text[i + 1..i + 11].parse::<NaiveDate>().is_ok();
        if is_date {
            out.push_str(&text[i + 1..i + 11]);
            i += 12;
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

#[test]
fn bare_toml_dates_read_in_documents_policies_and_election_rules() {
    let quoted = std::fs::read_to_string(example_data("psp-contoh.toml")).unwrap();
    let bare = unquote_dates(&quoted);
    assert!(bare.contains("start = 2015-03-01"), "{bare}");
    assert_eq!(
        Organization::from_toml_str(&bare).unwrap(),
        Organization::from_toml_str(&quoted).unwrap()
    );
    let quoted = std::fs::read_to_string(example_data("spn-policy.toml")).unwrap();
    let bare = unquote_dates(&quoted);
    assert!(bare.contains("effective_from = 2020-01-01"));
    assert_eq!(
        Policy::from_toml_str(&bare).unwrap(),
        Policy::from_toml_str(&quoted).unwrap()
    );
    // An election rule's calendar, inside a document (motions have no date field; they
    // are read by the same reader).
    #[derive(Debug, serde::Deserialize)]
    struct Rules {
        election_rules: Vec<union_rulebook::election_rules::ElectionRule>,
    }
    let rules = "[[election_rules]]\nid = \"r\"\nbody = \"psp-1/exec\"\nmethod = \"plurality\"\n\
                 [[election_rules.elections]]\ndate = 2024-03-01\nnotice_sent = 2024-02-01\n";
    let r: Rules = read::from_toml_str(rules).unwrap();
    let quoted_rules = rules.replace("2024-03-01", "\"2024-03-01\"");
    let q: Rules = read::from_toml_str(&quoted_rules).unwrap();
    assert_eq!(r.election_rules, q.election_rules);
    assert_eq!(r.election_rules[0].elections[0].date, day(2024, 3, 1));
    // A date and time where a date is read is refused where it is written.
    let e =
        Organization::from_toml_str(&quoted_rules.replace("\"2024-03-01\"", "2024-03-01T10:00:00"))
            .unwrap_err();
    assert_eq!(
        e.to_string(),
        "line 6, column 8, at $.election_rules[0].elections[0].date: 2024-03-01T10:00:00 is not a plain date: expected a date without a time, such as 2020-01-01"
    );
}

#[test]
fn json_with_a_byte_order_mark_reads() {
    let text = std::fs::read_to_string(example_data("spn-clean.json")).unwrap();
    let with_bom = format!("\u{feff}{text}");
    assert_eq!(
        Organization::from_json_str(&with_bom).unwrap(),
        Organization::from_json_str(&text).unwrap()
    );
    let motion = std::fs::read_to_string(example_data("motion-card-vote.json")).unwrap();
    let m: Motion = read::from_json_str(&format!("\u{feff}{motion}")).unwrap();
    assert_eq!(m, read::from_json_str::<Motion>(&motion).unwrap());
    let policy = "\u{feff}{\"name\": \"p\", \"groups\": [{\"id\": \"women\", \"one\": \"woman\", \"many\": \"women\", \"select\": {\"gender\": \"woman\"}}], \
                  \"rules\": [{\"id\": \"r\", \"effective_from\": \"2020-01-01\", \"source\": \"s\", \"hardness\": \"binding\", \"base\": \"all-seats\", \
                  \"consequence\": \"report-only\", \"scope\": {\"targets\": [\"bodies\"]}, \
                  \"require\": {\"shape\": \"share-floor\", \"group\": \"women\", \"share\": \"30%\", \"rounding\": \"up\"}}]}";
    let p = Policy::from_json_str(policy).unwrap();
    assert_eq!(policy_share(&p), Some(Share::percent(30).unwrap()));
    // A BOM in TOML too, with lines and columns as an editor shows them.
    let e = Organization::from_toml_str("\u{feff}name = 1\n").unwrap_err();
    assert_eq!((e.line(), e.column()), (Some(1), Some(8)));
}

#[test]
fn method_aliases_give_the_same_apportionment() {
    // Balinski and Young, Fair Representation, ch. 5: the Alabama paradox, weights
    // 6, 6, 2: 10 seats give 4, 4, 2 and 11 seats 5, 5, 1 by largest remainders.
    for name in ["largest-remainder", "hamilton", "hare-niemeyer", "Hamilton"] {
        let m: Method = name.parse().unwrap();
        assert_eq!(m, Method::LargestRemainder(Quota::Hare), "{name}");
        assert_eq!(m.to_string(), "largest-remainder");
        assert_eq!(
            apportion(&[6, 6, 2], &Options::new(m, 10))
                .unwrap()
                .allocation,
            vec![4, 4, 2]
        );
        assert_eq!(
            apportion(&[6, 6, 2], &Options::new(m, 11))
                .unwrap()
                .allocation,
            vec![5, 5, 1]
        );
    }
    for (alias, canonical) in [
        ("hamilton-droop", "largest-remainder-droop"),
        (
            "hamilton-hagenbach-bischoff",
            "largest-remainder-hagenbach-bischoff",
        ),
        ("jefferson", "dhondt"),
        ("webster", "sainte-lague"),
        ("equal-proportions", "huntington-hill"),
    ] {
        let a: Method = alias.parse().unwrap();
        assert_eq!(a, canonical.parse().unwrap());
        assert_eq!(a.to_string(), canonical);
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, format!("\"{canonical}\""));
        assert_eq!(serde_json::from_str::<Method>(&json).unwrap(), a);
    }
    // tally's list methods are the same vocabulary: the Slovak 2020 rule is
    // Hagenbach-Bischoff by either name.
    let lv = ListVotes {
        lists: vec![
            union_rulebook::election::Candidate::new("A"),
            union_rulebook::election::Candidate::new("B"),
            union_rulebook::election::Candidate::new("C"),
        ],
        votes: vec![5_000, 3_000, 1_500],
        seats: 7,
    };
    let by_alias: ListMethod = "hamilton-hagenbach-bischoff".parse().unwrap();
    let canonical = ListMethod::LargestRemainder(Quota::HagenbachBischoff);
    assert_eq!(by_alias, canonical);
    assert_eq!(
        count_list_pr(&lv, by_alias, None, &TieBreak::Fail).unwrap(),
        count_list_pr(&lv, canonical, None, &TieBreak::Fail).unwrap()
    );
    assert_eq!(
        Method::from(canonical),
        Method::LargestRemainder(Quota::HagenbachBischoff)
    );
    let e = "huntington-hill".parse::<ListMethod>().unwrap_err();
    assert!(
        e.to_string().starts_with(
            "method huntington-hill apportions seats among units but does not count party lists"
        ),
        "{e}"
    );
    assert_eq!(
        ListMethod::try_from(Method::Divisor(DivisorMethod::SainteLague)).unwrap(),
        ListMethod::SainteLague
    );
}

#[cfg(feature = "cli")]
#[test]
fn cli_apportion_prints_the_canonical_method_name() {
    let dir = crate::common::scratch_dir("one-type-apportion");
    let csv = dir.join("w.csv");
    std::fs::write(&csv, "\u{feff}Name;Weight\r\nA;6\r\nB;6\r\nC;2\r\n").unwrap();
    let (code, out, err) = crate::common::rulebook(&[
        "apportion",
        csv.to_str().unwrap(),
        "--method",
        "hamilton",
        "--seats",
        "11",
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["method"], "largest-remainder", "{out}");
    let _ = std::fs::remove_dir_all(dir);
}
