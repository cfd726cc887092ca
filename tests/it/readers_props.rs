//! Every reader under arbitrary bytes and under mutated valid examples (proptest):
//! organization JSON and TOML, policy TOML and JSON, motion JSON and TOML, BLT,
//! PrefLib, and each CSV reader (unit weights, band tables, candidate lists, list
//! votes). None may panic, and an error must say where: a line (and column) inside the
//! input, or a JSON path below the root.
//!
//! The fuzz targets under `fuzz/` search the same readers for much longer; these
//! properties keep the habit in the normal suite, with case counts that run in a few
//! seconds.

use proptest::prelude::*;
use union_rulebook::apportionment::{BandTable, read_weights_csv};
use union_rulebook::decision::Motion;
use union_rulebook::election::{
    blt,
    preflib::{self, PreflibKind},
    read_list_votes_csv,
};
use union_rulebook::model::Organization;
use union_rulebook::policy::{CandidateList, Policy, PolicyError};
use union_rulebook::read::{self, ReadError};

const ORG_JSON: &str = include_str!("../../examples/data/psp-election.json");
const ORG_TOML: &str = include_str!("../../examples/data/psp-contoh.toml");
const POLICY_TOML: &str = include_str!("../../examples/data/spn-policy.toml");
const POLICY_TOML_2: &str = include_str!("../../examples/data/psp-election-policy.toml");
const MOTION_CARD: &str = include_str!("../../examples/data/motion-card-vote.json");
const MOTION_KONGRES: &str = include_str!("../../examples/data/motion-kongres-amendment.json");
const WARD_BLT: &str = include_str!("../../examples/data/ward.blt");
const BOARD_BLT: &str = include_str!("../../examples/data/board.blt");
const PSP_BLT: &str = include_str!("../../examples/data/psp-election.blt");
const POLL_SOI: &str = include_str!("../../examples/data/poll.soi");
const UNITS_CSV: &str = include_str!("../../examples/data/units-weights.csv");
const REGIONS_CSV: &str = include_str!("../../examples/data/regions.csv");
const LIST_CSV: &str = include_str!("../../examples/data/list.csv");
const CANDIDATES_CSV: &str = include_str!("../../examples/data/candidate-list.csv");
const LIST_VOTES_CSV: &str = include_str!("../../examples/data/list-votes.csv");
const BANDS_CSV: &str = "from,seats,per\n0,1,\n500,2,\n1000,3,500\n";

/// One edit of a byte string.
#[derive(Debug, Clone)]
enum Edit {
    Replace(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    /// Copies `len` bytes from one place to another (a repeated line, a doubled key).
    Splice(usize, usize, usize),
    /// Cuts the text at a place (a truncated download).
    Truncate(usize),
}

/// Bytes that matter to the formats: separators, quotes, brackets, digits, signs,
/// newlines, a byte-order mark's first byte, a byte that is never UTF-8.
fn interesting() -> impl Strategy<Value = u8> {
    prop_oneof![
        proptest::sample::select(b",;:=\"'{}[]()#-+.0123456789 \t\r\n\\/*%eE_xX\xef\xff".to_vec()),
        any::<u8>(),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        (any::<usize>(), interesting()).prop_map(|(i, b)| Edit::Replace(i, b)),
        (any::<usize>(), interesting()).prop_map(|(i, b)| Edit::Insert(i, b)),
        any::<usize>().prop_map(Edit::Delete),
        (any::<usize>(), any::<usize>(), 1usize..64).prop_map(|(a, b, n)| Edit::Splice(a, b, n)),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn mutate(base: &str, edits: &[Edit]) -> Vec<u8> {
    let mut b = base.as_bytes().to_vec();
    for e in edits {
        let len = b.len();
        match *e {
            Edit::Replace(i, x) if len > 0 => b[i % len] = x,
            Edit::Insert(i, x) => b.insert(i % (len + 1), x),
            Edit::Delete(i) if len > 0 => {
                b.remove(i % len);
            }
            Edit::Splice(from, to, n) if len > 0 => {
                let from = from % len;
                let chunk: Vec<u8> = b[from..(from + n).min(len)].to_vec();
                let to = to % (len + 1);
                b.splice(to..to, chunk);
            }
            Edit::Truncate(i) => b.truncate(i % (len + 1)),
            _ => {}
        }
    }
    b
}

/// A mutated copy of one of `bases`.
fn mutated(bases: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    (
        proptest::sample::select(bases),
        proptest::collection::vec(edit(), 1..6),
    )
        .prop_map(|(base, edits)| mutate(base, &edits))
}

/// Arbitrary bytes, or mutated examples.
fn input(bases: &'static [&'static str]) -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => proptest::collection::vec(any::<u8>(), 0..200),
        4 => mutated(bases),
    ]
}

/// The lines of the input: a located error must point at one of them (or just past
/// the end, where an unexpected end of input is found).
fn lines(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count() + 1
}

fn assert_read_error_located(e: &ReadError, bytes: &[u8]) -> Result<(), TestCaseError> {
    match (e.line(), e.column()) {
        (Some(line), Some(column)) => {
            prop_assert!(line >= 1 && line <= lines(bytes) + 1, "line {line}: {e}");
            prop_assert!(column >= 1, "{e}");
        }
        _ => prop_assert!(e.path().to_string() != "$", "no line and no path: {e}"),
    }
    Ok(())
}

fn assert_policy_error_located(e: &PolicyError, bytes: &[u8]) -> Result<(), TestCaseError> {
    match e {
        PolicyError::Syntax { line, column, .. } => {
            prop_assert!(*line >= 1 && *line <= lines(bytes) + 1, "{e}");
            prop_assert!(*column >= 1, "{e}");
        }
        PolicyError::Invalid { path, .. } => {
            prop_assert!(path.to_string() != "$", "no path: {e}");
        }
        _ => prop_assert!(false, "an error kind this test does not know: {e}"),
    }
    Ok(())
}

/// The election readers' errors: a line and a column inside the input.
fn assert_ballot_error_located(
    e: &union_rulebook::election::ReadError,
    bytes: &[u8],
) -> Result<(), TestCaseError> {
    let line = e.line() as usize;
    prop_assert!(line >= 1 && line <= lines(bytes) + 1, "line {line}: {e}");
    prop_assert!(e.column() >= 1, "{e}");
    Ok(())
}

fn assert_csv_error_located(
    e: &union_rulebook::apportionment::CsvError,
    bytes: &[u8],
) -> Result<(), TestCaseError> {
    prop_assert!(
        e.line >= 1 && e.line <= lines(bytes) + 1,
        "line {}: {e}",
        e.line
    );
    Ok(())
}

/// The policy examples as JSON too (the policy reader takes both).
fn policy_json_examples() -> &'static [&'static str] {
    static JSON: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    JSON.get_or_init(|| {
        [POLICY_TOML, POLICY_TOML_2]
            .iter()
            .map(|t| {
                let v: serde_json::Value = toml::from_str(t).unwrap();
                &*Box::leak(serde_json::to_string_pretty(&v).unwrap().into_boxed_str())
            })
            .collect()
    })
}

/// The motion examples as TOML too (where TOML can hold them).
fn motion_toml_examples() -> &'static [&'static str] {
    static TOML: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    TOML.get_or_init(|| {
        [MOTION_CARD, MOTION_KONGRES]
            .iter()
            .filter_map(|j| {
                let v: serde_json::Value = serde_json::from_str(j).unwrap();
                toml::to_string(&v).ok()
            })
            .map(|t| &*Box::leak(t.into_boxed_str()))
            .collect()
    })
}

fn text(bytes: &[u8]) -> Option<&str> {
    std::str::from_utf8(bytes).ok()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn organization_json(bytes in input(&[ORG_JSON])) {
        if let Some(t) = text(&bytes)
            && let Err(e) = Organization::from_json_str(t)
        {
            assert_read_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn organization_toml(bytes in input(&[ORG_TOML])) {
        if let Some(t) = text(&bytes)
            && let Err(e) = Organization::from_toml_str(t)
        {
            assert_read_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn policy_toml(bytes in input(&[POLICY_TOML, POLICY_TOML_2])) {
        if let Some(t) = text(&bytes)
            && let Err(e) = Policy::from_toml_str(t)
        {
            assert_policy_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn policy_json(bytes in (proptest::sample::select(policy_json_examples()), proptest::collection::vec(edit(), 1..6))
        .prop_map(|(base, edits)| mutate(base, &edits)))
    {
        if let Some(t) = text(&bytes)
            && let Err(e) = Policy::from_json_str(t)
        {
            assert_policy_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn motion_json(bytes in input(&[MOTION_CARD, MOTION_KONGRES])) {
        if let Some(t) = text(&bytes)
            && let Err(e) = read::from_json_str::<Motion>(t)
        {
            assert_read_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn motion_toml(bytes in (proptest::sample::select(motion_toml_examples()), proptest::collection::vec(edit(), 1..6))
        .prop_map(|(base, edits)| mutate(base, &edits)))
    {
        if let Some(t) = text(&bytes)
            && let Err(e) = read::from_toml_str::<Motion>(t)
        {
            assert_read_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn blt(bytes in input(&[WARD_BLT, BOARD_BLT, PSP_BLT])) {
        if let Err(e) = blt::read(&bytes) {
            assert_ballot_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn preflib(bytes in input(&[POLL_SOI]), kind in proptest::sample::select(vec![
        PreflibKind::Soi, PreflibKind::Soc, PreflibKind::Toi, PreflibKind::Toc,
    ])) {
        if let Err(e) = preflib::read(&bytes, kind) {
            assert_ballot_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn csv_weights(bytes in input(&[UNITS_CSV, REGIONS_CSV])) {
        if let Some(t) = text(&bytes)
            && let Err(e) = read_weights_csv(t, "weight")
        {
            assert_csv_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn csv_bands(bytes in input(&[BANDS_CSV]), cap in proptest::option::of(0u32..20)) {
        if let Some(t) = text(&bytes)
            && let Err(e) = BandTable::read_csv(t, cap)
        {
            assert_csv_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn csv_candidates(bytes in input(&[LIST_CSV, CANDIDATES_CSV])) {
        if let Some(t) = text(&bytes)
            && let Err(e) = CandidateList::from_csv(t)
        {
            assert_csv_error_located(&e, &bytes)?;
        }
    }

    #[test]
    fn csv_list_votes(bytes in input(&[LIST_VOTES_CSV]), seats: u32) {
        if let Some(t) = text(&bytes)
            && let Err(e) = read_list_votes_csv(t, seats)
        {
            assert_csv_error_located(&e, &bytes)?;
        }
    }
}
