//! List PR on real elections: Austria 1994-2019, Israel Knesset 19-22 (d'Hondt with a
//! threshold) and Slovakia 2020 (Hagenbach-Bischoff largest remainder).

#![allow(clippy::unwrap_used)]

use crate::common::shared_data;
use union_rulebook::apportionment::{Quota, Share, Threshold};
use union_rulebook::election::{
    Candidate, ListMethod, ListVotes, TallyError, TieBreak, count_list_pr, read_list_votes_csv,
};

/// The bracketed lists of one Python-literal line, each split on commas outside quotes.
fn python_lists(line: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut cur: Option<Vec<String>> = None;
    let mut field = String::new();
    let mut quote: Option<char> = None;
    let mut depth = 0;
    for c in line.chars() {
        if let Some(q) = quote {
            if c == q {
                quote = None;
            } else {
                field.push(c);
            }
            continue;
        }
        match c {
            '"' | '\'' if cur.is_some() => quote = Some(c),
            '[' => {
                depth += 1;
                if depth == 2 || (depth == 1 && !line.trim_start().starts_with('[')) {
                    cur = Some(Vec::new());
                } else if depth == 1 {
                    // the outer list of an Israel line
                }
            }
            ']' => {
                if let Some(mut v) = cur.take() {
                    v.push(std::mem::take(&mut field).trim().to_owned());
                    out.push(v);
                }
                depth -= 1;
            }
            ',' if cur.is_some() => cur
                .as_mut()
                .unwrap()
                .push(std::mem::take(&mut field).trim().to_owned()),
            c if cur.is_some() => field.push(c),
            _ => {}
        }
    }
    out
}

fn sum_terms(s: &str) -> u64 {
    s.split('+').map(|t| t.trim().parse::<u64>().unwrap()).sum()
}

fn seats_of(o: &union_rulebook::election::Outcome) -> Vec<u32> {
    o.candidates.iter().map(|c| c.seats.unwrap()).collect()
}

#[test]
fn austria_nationalrat_1994_2019_dhondt_4_percent_matches_official() {
    // NRWO 1992: 183 seats; the 4% threshold (§100); the national d'Hondt count
    // reproduces the final seat totals.
    let text = std::fs::read_to_string(
        shared_data().join("list-pr/apportionment-examples/austria_nationalrat_1994_2019.txt"),
    )
    .unwrap();
    let mut n = 0;
    for line in text.lines().filter(|l| l.trim_start().starts_with('(')) {
        let lists = python_lists(line);
        let (names, votes, official) = (&lists[0], &lists[1], &lists[2]);
        let lv = ListVotes {
            lists: names.iter().map(Candidate::new).collect(),
            votes: votes.iter().map(|v| sum_terms(v)).collect(),
            seats: 183,
        };
        let o = count_list_pr(
            &lv,
            ListMethod::DHondt,
            Some(Threshold::Uniform(Share::parse_percent("4").unwrap())),
            &TieBreak::Fail,
        )
        .unwrap();
        let want: Vec<u32> = official.iter().map(|s| sum_terms(s) as u32).collect();
        assert_eq!(seats_of(&o), want, "{line}");
        assert!(o.ties.is_empty());
        n += 1;
    }
    assert_eq!(n, 9);
}

#[test]
fn israel_knesset_19_22_dhondt_with_threshold_matches_official() {
    // Knesset Elections Law: 120 seats, d'Hondt (Bader-Ofer) among lists above the
    // threshold (2% for the 19th, 3.25% after); surplus-vote agreements pre-summed.
    let text = std::fs::read_to_string(
        shared_data().join("list-pr/apportionment-examples/israel_knesset_19_22.txt"),
    )
    .unwrap();
    let mut n = 0;
    for line in text.lines().filter(|l| l.trim_start().starts_with('[')) {
        let lists = python_lists(line);
        let (names, votes, official) = (&lists[0], &lists[1], &lists[2]);
        let threshold = line
            .trim()
            .trim_end_matches(']')
            .rsplit(',')
            .next()
            .unwrap()
            .trim();
        let (_, frac) = threshold.split_once('.').unwrap();
        let share = Share::new(frac.parse().unwrap(), 10u64.pow(frac.len() as u32)).unwrap();
        let lv = ListVotes {
            lists: names.iter().map(Candidate::new).collect(),
            votes: votes.iter().map(|v| sum_terms(v)).collect(),
            seats: 120,
        };
        let o = count_list_pr(
            &lv,
            ListMethod::DHondt,
            Some(Threshold::Uniform(share)),
            &TieBreak::Fail,
        )
        .unwrap();
        let want: Vec<u32> = official.iter().map(|s| sum_terms(s) as u32).collect();
        assert_eq!(seats_of(&o), want, "{line}");
        n += 1;
    }
    assert_eq!(n, 4);
}

#[test]
fn slovakia_2020_hagenbach_bischoff_with_coalition_thresholds_matches_official() {
    // Act 180/2014 Coll. on elections: 150 seats; thresholds 5% for a party, 7% for a
    // coalition of two or three (PS-SPOLU, 6.96%, fails); republic quota = valid votes
    // of the qualifying parties / 151; seats left by largest remainders (§66).
    let text =
        std::fs::read_to_string(shared_data().join("list-pr/votelib-real/sk_nr_2020.csv")).unwrap();
    let rows: Vec<Vec<&str>> = text
        .lines()
        .filter(|l| !l.is_empty())
        .map(|l| l.split(';').collect())
        .collect();
    let lv = ListVotes {
        lists: rows.iter().map(|r| Candidate::new(r[0])).collect(),
        votes: rows.iter().map(|r| r[2].parse().unwrap()).collect(),
        seats: 150,
    };
    let shares = rows
        .iter()
        .map(|r| Share::parse_percent(if r[1] == "1" { "7" } else { "5" }).unwrap())
        .collect();
    let o = count_list_pr(
        &lv,
        ListMethod::LargestRemainder(Quota::HagenbachBischoff),
        Some(Threshold::PerUnit(shares)),
        &TieBreak::Fail,
    )
    .unwrap();
    let want: Vec<u32> = rows.iter().map(|r| r[3].parse().unwrap()).collect();
    assert_eq!(seats_of(&o), want);
    assert_eq!(o.elected.len(), 6);
    assert_eq!(
        o.candidates[4].status,
        union_rulebook::election::CandidateStatus::Excluded
    );
}

#[test]
fn list_votes_csv_and_errors() {
    let v = read_list_votes_csv("name,votes\nA,100000\nB,80000\nC,30000\nD,20000\n", 8).unwrap();
    let o = count_list_pr(&v, ListMethod::DHondt, None, &TieBreak::Fail).unwrap();
    assert_eq!(seats_of(&o), vec![4, 3, 1, 0]);
    assert_eq!(o.stages.len(), 1);
    let json = serde_json::to_value(&o).unwrap();
    assert_eq!(json["stages"][0]["action"]["kind"], "allocation");
    assert_eq!(json["stages"][0]["votes"][0], "100000");
    let e = read_list_votes_csv("name,votes\nA,1x\n", 8).unwrap_err();
    assert_eq!((e.line, e.column.as_deref()), (2, Some("votes")));
    // A tie for the last seat under Fail is the count's Tie error.
    let tie = ListVotes {
        lists: vec![Candidate::new("A"), Candidate::new("B")],
        votes: vec![10, 10],
        seats: 1,
    };
    let e = count_list_pr(&tie, ListMethod::SainteLague, None, &TieBreak::Fail).unwrap_err();
    assert!(
        matches!(e, TallyError::Tie { ref candidates, .. } if candidates == &vec![0, 1]),
        "{e}"
    );
    let o = count_list_pr(
        &tie,
        ListMethod::SainteLague,
        None,
        &TieBreak::Lot { seed: Some(9) },
    )
    .unwrap();
    assert_eq!(o.ties.len(), 1);
    assert_eq!(o.elected.len(), 1);
}

#[test]
fn czech_chamber_2017_regional_dhondt_matches_official_totals() {
    // Act 247/1995 Coll. as in force in 2017, §§48-50: the 200 seats go to the 14
    // regions by the largest remainders of their valid votes (Hare: total / 200); in
    // each region, d'Hondt among the parties with at least 5% of the valid votes
    // nationally. Official national totals: ANO 78, ODS 25, Piráti 22, SPD 22, ČSSD 15,
    // KSČM 15, KDU-ČSL 10, TOP 09 7, STAN 6.
    use union_rulebook::apportionment::{Method, Options, apportion};
    let text = std::fs::read_to_string(shared_data().join("list-pr/votelib-real/cz_psp_2017.csv"))
        .unwrap();
    let mut lines = text.lines().filter(|l| !l.is_empty());
    let regions = lines.next().unwrap().split(';').count() - 1;
    let parties: Vec<(String, Vec<u64>)> = lines
        .map(|l| {
            let mut f = l.split(';');
            let name = f.next().unwrap().to_owned();
            (name, f.map(|v| v.parse().unwrap()).collect())
        })
        .collect();
    let national: Vec<u64> = parties.iter().map(|p| p.1.iter().sum()).collect();
    let region_totals: Vec<u64> = (0..regions)
        .map(|r| parties.iter().map(|p| p.1[r]).sum())
        .collect();
    let region_seats = apportion(
        &region_totals,
        &Options::new(Method::LargestRemainder(Quota::Hare), 200),
    )
    .unwrap()
    .allocation;
    assert_eq!(region_seats.iter().sum::<u32>(), 200);
    let total: u128 = national.iter().map(|&v| u128::from(v)).sum();
    let five = Share::parse_percent("5").unwrap();
    let qualified: Vec<bool> = national
        .iter()
        .map(|&v| five.is_met_by(u128::from(v), total))
        .collect();
    let mut seats = vec![0u32; parties.len()];
    for (r, &region_seat_count) in region_seats.iter().enumerate() {
        // Parties below the national threshold take part with no votes.
        let votes: Vec<u64> = parties
            .iter()
            .zip(&qualified)
            .map(|(p, &q)| if q { p.1[r] } else { 0 })
            .collect();
        let lv = ListVotes {
            lists: parties.iter().map(|p| Candidate::new(&p.0)).collect(),
            votes,
            seats: region_seat_count,
        };
        let o = count_list_pr(&lv, ListMethod::DHondt, None, &TieBreak::Fail).unwrap();
        for (s, c) in seats.iter_mut().zip(&o.candidates) {
            *s += c.seats.unwrap();
        }
    }
    let mut got: Vec<(String, u32)> = parties
        .iter()
        .zip(&seats)
        .filter(|(_, s)| **s > 0)
        .map(|(p, s)| (p.0.clone(), *s))
        .collect();
    got.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let got: Vec<String> = got.iter().map(|(n, s)| format!("{n} {s}")).collect();
    assert_eq!(
        got.join(", "),
        "ANO 78, ODS 25, Piráti 22, SPD 22, KSČM 15, ČSSD 15, KDU-ČSL 10, TOP 09 7, STAN 6"
    );
}
