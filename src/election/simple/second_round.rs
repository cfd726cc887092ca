//! The second round of a two-round vote: its ballots may mark only the two candidates
//! of the runoff, and a count without them names the pair instead of failing.
//!
//! Only the two candidates of the runoff stand in the second round: the French
//! Constitution of 1958, art. 7, for the presidency ("Si celle-ci n'est pas obtenue au
//! premier tour de scrutin, il est procédé ... à un second tour. Seuls peuvent s'y
//! présenter les deux candidats qui ... se trouvent avoir recueilli le plus grand
//! nombre de suffrages au premier tour"). A second-round ballot marking any other
//! candidate is a ballot of another count or a mistake in the file, so the count
//! refuses it with its place instead of counting it for nobody.

use crate::election::{CandidateIndex, CandidateNumber, RankedElection, TallyError};
use crate::i18n::tr;

/// The first second-round ballot that marks a candidate outside `finalists`, as a
/// [`TallyError::NotInRunoff`] (its line and column are filled in by the caller, who
/// knows the file).
pub(super) fn check_second_round(
    second: &RankedElection,
    finalists: [CandidateIndex; 2],
) -> Result<(), TallyError> {
    for (i, b) in second.ballots.iter().enumerate() {
        if let Some(&c) = b.ranks.iter().flatten().find(|c| !finalists.contains(c)) {
            return Err(TallyError::NotInRunoff {
                ballot: i,
                line: None,
                column: None,
                candidate: c,
                finalists,
                names: Vec::new(),
            });
        }
    }
    Ok(())
}

fn candidate_words(c: CandidateIndex, name: Option<&String>) -> String {
    let number = CandidateNumber::from_index(c).to_string();
    match name.filter(|n| !n.is_empty()) {
        Some(name) => tr!("congress-candidate-named", number = number, name = name),
        None => tr!("congress-candidate-number", number = number),
    }
}

/// The message of [`TallyError::NotInRunoff`].
pub(crate) fn not_in_runoff_message(
    ballot: usize,
    line: Option<u32>,
    column: Option<u32>,
    candidate: CandidateIndex,
    finalists: [CandidateIndex; 2],
    names: &[String],
) -> String {
    let place = match (line, column) {
        (Some(line), Some(column)) => {
            tr!("congress-runoff-ballot-at", line = line, column = column)
        }
        (Some(line), None) => tr!("congress-runoff-ballot-on-line", line = line),
        _ => tr!(
            "congress-runoff-ballot-number",
            ballot = ballot.saturating_add(1)
        ),
    };
    tr!(
        "congress-not-in-runoff",
        ballot = place,
        candidate = candidate_words(candidate, names.first()),
        first = candidate_words(finalists[0], names.get(1)),
        second = candidate_words(finalists[1], names.get(2))
    )
}

/// The column (from 1, in characters) where the line of a ballot file marks
/// `candidate`: the first whole number equal to its number after the line's weight
/// (BLT: `WEIGHT C1 C2 ... 0`, with `=` between equal ranks and an optional
/// `(id)` first; PrefLib: `COUNT: C1,C2,{C3,C4}`). `None` when the line does not mark
/// it.
///
/// ```
/// use union_rulebook::election::{mark_column, CandidateNumber};
/// let four = CandidateNumber::from_index(3);
/// assert_eq!(mark_column("5 4 0", four), Some(3));
/// assert_eq!(mark_column("(b7) 2 1=4 0", four), Some(10));
/// assert_eq!(mark_column("12: 1,4", four), Some(7));
/// assert_eq!(mark_column("4 1 0", four), None); // 4 is the weight
/// ```
pub fn mark_column(line: &str, candidate: CandidateNumber) -> Option<u32> {
    let wanted = candidate.to_string();
    // Skip a BLT ballot id in parentheses, then the weight (BLT) or count (PrefLib).
    let mut chars = line.char_indices().peekable();
    let mut seen_weight = false;
    let mut in_id = false;
    while let Some((start, ch)) = chars.next() {
        if in_id {
            in_id = ch != ')';
            continue;
        }
        if ch == '(' && !seen_weight {
            in_id = true;
            continue;
        }
        if ch == '#' {
            return None;
        }
        if !ch.is_ascii_digit() {
            continue;
        }
        let mut end = start + ch.len_utf8();
        while let Some(&(i, c)) = chars.peek() {
            if !c.is_ascii_digit() {
                break;
            }
            end = i + c.len_utf8();
            chars.next();
        }
        if !seen_weight {
            seen_weight = true;
            continue;
        }
        if line.get(start..end) == Some(wanted.as_str()) {
            let column = line.get(..start).map_or(0, |s| s.chars().count()) + 1;
            return u32::try_from(column).ok();
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_is_found_after_the_weight_and_not_inside_longer_numbers() {
        let one = CandidateNumber::from_index(0);
        assert_eq!(mark_column("1 12 1 0", one), Some(6));
        assert_eq!(mark_column("  3 2 0 # 1", one), None);
        assert_eq!(mark_column("", one), None);
        assert_eq!(mark_column("é 2 1 0", one), Some(5));
    }
}
