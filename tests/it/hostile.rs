//! Hostile input: claims a file cannot back are refused at their place, before anything
//! is allocated from them; seat counts beyond the candidates cost nothing.

use union_rulebook::election::{
    self, TieBreak, blt,
    preflib::{self, PreflibKind},
};

#[test]
fn blt_header_claiming_more_candidates_than_the_file_can_name_is_refused() {
    // 4,294,967,295 candidates would need as many name lines; the file has 5 bytes of
    // them. Before the check, the reader allocated a vector per claimed candidate.
    let e = blt::read(b"4294967295 1\n0\n\"A\"\n").unwrap_err();
    assert_eq!((e.line(), e.column()), (1, 1));
    assert!(
        e.to_string()
            .contains("the header declares 4294967295 candidates, but a file of 19 bytes"),
        "{e}"
    );
}

#[test]
fn blt_header_claim_is_located_after_leading_comments() {
    let e = blt::read(b"# a comment\n  9999 1\n0\n\"A\"\n").unwrap_err();
    assert_eq!((e.line(), e.column()), (2, 3));
}

#[test]
fn blt_file_with_exactly_enough_name_lines_still_reads() {
    // Three one-letter names and a title: the smallest file that backs its claim.
    let f = blt::read(b"3 1\n1 1 0\n0\nA\nB\nC\n").unwrap();
    assert_eq!(f.election.candidates.len(), 3);
}

#[test]
fn preflib_claiming_more_alternatives_than_bytes_is_refused() {
    let text = b"# NUMBER ALTERNATIVES: 4294967295\n1: 1\n";
    let e = preflib::read(text, PreflibKind::Soi).unwrap_err();
    assert_eq!(e.line(), 1);
    assert!(e.to_string().contains("4294967295"), "{e}");
}

#[test]
fn plurality_with_four_billion_seats_elects_every_candidate_without_allocating_by_seats() {
    let mut f = blt::read(b"3 1\n4 1 0\n2 2 0\n1 3 0\n0\nA\nB\nC\n").unwrap();
    f.election.seats = u32::MAX;
    for count in [
        election::plurality,
        election::block_vote,
        election::approval,
    ] {
        let out = count(&f.election, &TieBreak::Fail).unwrap();
        assert_eq!(out.elected, vec![0, 1, 2]);
    }
}

#[test]
fn a_two_group_biproportional_problem_that_would_move_billions_of_seats_is_refused_at_once() {
    use union_rulebook::apportionment::{ApportionError, DivisorMethod, TiePolicy, biproportional};
    let started = std::time::Instant::now();
    // Both rows lean to group A; the margins want nearly every seat in group B.
    let w = [[1_000u64, 1], [1_000, 1]];
    let rows = [2_147_483_648u32, 2_147_483_647];
    let e = biproportional(
        DivisorMethod::SainteLague,
        &w,
        &rows,
        [1, u32::MAX - 1],
        &TiePolicy::Fail,
    )
    .unwrap_err();
    assert!(matches!(e, ApportionError::Unsupported { .. }), "{e}");
    assert!(e.to_string().contains("MAX_MOVE_WORK"), "{e}");
    assert!(started.elapsed().as_secs() < 1);
    // Within the bound, the same shape is apportioned.
    let b = biproportional(
        DivisorMethod::SainteLague,
        &w,
        &[600, 400],
        [100, 900],
        &TiePolicy::Lot { seed: 1 },
    )
    .unwrap();
    assert_eq!(b.seats.iter().map(|r| r[0]).sum::<u32>(), 100);
}
