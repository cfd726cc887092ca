//! Properties of the ballot-file readers and the simple methods (proptest).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use proptest::prelude::*;
use union_rulebook::election::{
    self, Candidate, Method, Outcome, RankedBallot, RankedElection, TallyError, TallyReport,
    TieBreak, blt,
    preflib::{self, PreflibKind},
};

fn words() -> impl Strategy<Value = String> {
    proptest::collection::vec("[A-Za-z][a-z]{0,5}", 1..4).prop_map(|w| w.join(" "))
}

/// A ballot: a random order of a prefix of the candidates, grouped into ranks (with
/// `equal`, some neighbours share a rank).
fn ballot(n: u32, equal: bool) -> impl Strategy<Value = RankedBallot> {
    (
        Just((0..n).collect::<Vec<u32>>()).prop_shuffle(),
        0..=n as usize,
        proptest::collection::vec(any::<bool>(), n as usize),
        1u64..1000,
    )
        .prop_map(move |(order, len, joins, weight)| {
            let mut ranks: Vec<Vec<u32>> = Vec::new();
            for (i, c) in order.into_iter().take(len).enumerate() {
                match ranks.last_mut() {
                    Some(last) if equal && joins[i] => last.push(c),
                    _ => ranks.push(vec![c]),
                }
            }
            RankedBallot { weight, ranks }
        })
}

fn election(equal: bool) -> impl Strategy<Value = RankedElection> {
    (1u32..8).prop_flat_map(move |n| {
        (
            proptest::collection::vec(words(), n as usize),
            proptest::option::of(words()),
            1..=n + 1,
            proptest::collection::vec(any::<bool>(), n as usize),
            proptest::collection::vec(ballot(n, equal), 0..30),
        )
            .prop_map(|(names, title, seats, withdraw, ballots)| RankedElection {
                title,
                candidates: names.into_iter().map(Candidate::new).collect(),
                seats,
                withdrawn: withdraw
                    .iter()
                    .enumerate()
                    .filter(|(_, w)| **w)
                    .map(|(i, _)| i as u32)
                    .collect(),
                ballots: ballots.into(),
            })
    })
}

const SAMPLE_BLT: &str = "4 2\n-2\n[nick a b c d]\n[tie d c b a]\n# comment\n(id1) 3 a c=d 0\n4 1 3 2 0\n2 4 1 3 0,\n/* block */ 1 2 0\n0\n\"Adam\"\n\"Basil\" \"Party\"\nCharlotte (X),\n# ALTERNATIVE NAME 4: Donald\n\"Donald\"\n\"Title\"\nnotes\n";
const SAMPLE_SOI: &str = "# FILE NAME: x.toi\n# TITLE: T\n# DATA TYPE: toi\n# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n5: 1,{2,3}\n2: 3\n1: 2,1,3\n";

#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, u8),
    Delete(usize),
}

fn mutate(base: &str, edits: &[Edit]) -> Vec<u8> {
    let mut b = base.as_bytes().to_vec();
    for e in edits {
        match *e {
            Edit::Replace(i, x) if !b.is_empty() => {
                let i = i % b.len();
                b[i] = x;
            }
            Edit::Insert(i, x) => {
                let i = i % (b.len() + 1);
                b.insert(i, x);
            }
            Edit::Delete(i) if !b.is_empty() => {
                let i = i % b.len();
                b.remove(i);
            }
            _ => {}
        }
    }
    b
}

fn edit() -> impl Strategy<Value = Edit> {
    let byte = prop_oneof![
        Just(b'0'),
        Just(b'9'),
        Just(b' '),
        Just(b'\n'),
        Just(b'"'),
        Just(b'='),
        Just(b'-'),
        Just(b'['),
        Just(b']'),
        Just(b'{'),
        Just(b'}'),
        Just(b','),
        Just(b'#'),
        Just(b'('),
        Just(b'*'),
        Just(b'/'),
        any::<u8>()
    ];
    prop_oneof![
        (any::<usize>(), byte.clone()).prop_map(|(i, b)| Edit::Replace(i, b)),
        (any::<usize>(), byte).prop_map(|(i, b)| Edit::Insert(i, b)),
        any::<usize>().prop_map(Edit::Delete),
    ]
}

fn read_everything(bytes: &[u8]) {
    let _ = blt::read(bytes);
    for kind in [
        PreflibKind::Soc,
        PreflibKind::Soi,
        PreflibKind::Toc,
        PreflibKind::Toi,
    ] {
        let _ = preflib::read(bytes, kind);
    }
}

fn ok_or_unfilled(o: &Outcome, e: &RankedElection) {
    let standing = e.candidates.len() - e.withdrawn.len();
    let expected = (e.seats as usize).min(standing);
    assert_eq!(o.elected.len(), expected);
    assert_eq!(o.unfilled as usize, e.seats as usize - expected);
    let mut sorted = o.elected.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), o.elected.len(), "someone elected twice");
    assert!(o.elected.iter().all(|c| !e.withdrawn.contains(c)));
}

/// The published schema of the tally report, as a validator.
fn tally_report_validator() -> jsonschema::Validator {
    let file = union_rulebook::schema::all()
        .unwrap()
        .into_iter()
        .find(|f| f.file_name == "tally-report.schema.json")
        .unwrap();
    jsonschema::validator_for(&serde_json::from_str(&file.contents).unwrap()).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn every_count_reads_back_from_json_numbered_from_1(
        e in election(false),
        seed in any::<u64>(),
    ) {
        let validator = tally_report_validator();
        let back: RankedElection = serde_json::from_str(&serde_json::to_string(&e).unwrap()).unwrap();
        prop_assert_eq!(&back, &e);
        let tie = TieBreak::Backward { seed: Some(seed) };
        let mut one = e.clone();
        one.seats = 1;
        let methods = [
            (&e, Method::Plurality),
            (&e, Method::Block),
            (&one, Method::Irv),
            (&e, Method::ScottishStv),
            (&e, Method::from_name("meek").unwrap()),
            (&e, Method::from_name("dhondt").unwrap()),
        ];
        for (e, method) in methods {
            let Ok(o) = election::count(e, &method, &tie, None) else { continue };
            let json = serde_json::to_value(&o).unwrap();
            let numbers: Vec<u64> = o.elected.iter().map(|&c| u64::from(c) + 1).collect();
            prop_assert_eq!(&json["elected"], &serde_json::json!(numbers));
            let back: Outcome = serde_json::from_value(json).unwrap();
            prop_assert_eq!(&back, &o);
            let report = TallyReport::new(e, &o);
            let json = serde_json::to_value(&report).unwrap();
            prop_assert!(validator.is_valid(&json), "{}: {}", method.name(), json);
            let back: TallyReport = serde_json::from_value(json).unwrap();
            prop_assert_eq!(&back, &report);
        }
    }

    #[test]
    fn blt_written_then_read_is_the_same_election(
        e in election(true),
        nicks in any::<bool>(),
        tie in any::<bool>(),
    ) {
        let mut e = e;
        if nicks {
            for (i, c) in e.candidates.iter_mut().enumerate() {
                c.nick = Some(format!("n{i}"));
            }
        }
        let mut file = blt::read(blt::write(&e).unwrap().as_bytes()).unwrap();
        prop_assert_eq!(&file.election, &e);
        file.tie_order = tie.then(|| (0..e.candidates.len() as u32).rev().collect());
        let back = blt::read(blt::write_file(&file).unwrap().as_bytes()).unwrap();
        prop_assert_eq!(&back.election, &e);
        prop_assert_eq!(back.tie_order, file.tie_order);
    }

    #[test]
    fn no_bytes_make_the_readers_panic(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        read_everything(&bytes);
    }

    #[test]
    fn no_mutation_of_valid_files_makes_the_readers_panic(
        edits in proptest::collection::vec(edit(), 1..6),
    ) {
        prop_assert!(blt::read(SAMPLE_BLT.as_bytes()).is_ok());
        prop_assert!(preflib::read(SAMPLE_SOI.as_bytes(), PreflibKind::Toi).is_ok());
        read_everything(&mutate(SAMPLE_BLT, &edits));
        read_everything(&mutate(SAMPLE_SOI, &edits));
    }

    #[test]
    fn methods_fill_exactly_the_seats_or_say_how_many_are_unfilled(
        e in election(false),
        seed in any::<u64>(),
    ) {
        let tie = TieBreak::Forward { seed: Some(seed) };
        ok_or_unfilled(&election::plurality(&e, &tie).unwrap(), &e);
        ok_or_unfilled(&election::block_vote(&e, &tie).unwrap(), &e);
        ok_or_unfilled(&election::approval(&e, &tie).unwrap(), &e);
        if e.seats >= 2 {
            ok_or_unfilled(&election::limited_vote(&e, e.seats - 1, &tie).unwrap(), &e);
        }
        let mut one = e.clone();
        one.seats = 1;
        ok_or_unfilled(&election::irv(&one, &tie).unwrap(), &one);
        ok_or_unfilled(&election::contingent_vote(&one, &tie).unwrap(), &one);
        // The first round's ballots as the second round's: refused when they mark a
        // candidate outside the runoff (issue 11), counted otherwise.
        match election::two_round(&one, Some(&one), &tie) {
            Ok(o) => ok_or_unfilled(&o, &one),
            Err(election::TallyError::NotInRunoff { .. }) => {}
            Err(err) => prop_assert!(false, "two-round failed: {err}"),
        }
    }

    #[test]
    fn irv_conserves_votes_at_every_stage(e in election(false), seed in any::<u64>()) {
        let mut e = e;
        e.seats = 1;
        let o = election::irv(&e, &TieBreak::Backward { seed: Some(seed) }).unwrap();
        let total = i128::from(e.total_weight());
        for s in &o.stages {
            let sum: i128 = s.votes.iter().map(|v| v.raw()).sum();
            prop_assert_eq!(sum + s.non_transferable.raw(), total);
        }
    }

    #[test]
    fn results_do_not_depend_on_ballot_order(
        e in election(false),
        seed in any::<u64>(),
        shuffle_seed in any::<u64>(),
    ) {
        let mut shuffled = e.clone();
        // A deterministic Fisher-Yates shuffle from the seed.
        let mut lot = union_rulebook::Lot::new(shuffle_seed);
        let mut order = shuffled.ballots.to_vec();
        for i in (1..order.len()).rev() {
            let j = lot.below(i as u64 + 1) as usize;
            order.swap(i, j);
        }
        shuffled.ballots = order.into();
        let tie = TieBreak::Backward { seed: Some(seed) };
        type Method = fn(&RankedElection, &TieBreak) -> Result<Outcome, TallyError>;
        let methods: [Method; 3] = [election::plurality, election::block_vote, election::approval];
        for m in methods {
            prop_assert_eq!(m(&e, &tie), m(&shuffled, &tie));
        }
        let (mut a, mut b) = (e.clone(), shuffled.clone());
        a.seats = 1;
        b.seats = 1;
        prop_assert_eq!(election::irv(&a, &tie), election::irv(&b, &tie));
        prop_assert_eq!(election::contingent_vote(&a, &tie), election::contingent_vote(&b, &tie));
    }
}
