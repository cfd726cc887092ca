//! Writing PrefLib files, beside the BLT writer: the header PrefLib's 2022 format
//! describes, then one `count: a,b,{c,d}` line per ballot.

use super::PreflibKind;
use crate::election::RankedElection;
use crate::i18n::tr;
use std::fmt::{self, Write as _};

/// An election that a PrefLib file of the chosen kind cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError {
    message: String,
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WriteError {}

fn fail<T>(message: String) -> Result<T, WriteError> {
    Err(WriteError { message })
}

/// Whether `text` reads back from a `# KEY: text` header as itself: not empty, no
/// line break or other control character, no space at either end.
fn header_safe(text: &str) -> bool {
    !text.is_empty() && !text.chars().any(char::is_control) && text.trim() == text
}

/// Writes `election` as a PrefLib file of `kind` (`# TITLE`, `# DATA TYPE`, `# NUMBER
/// ALTERNATIVES`, each `# ALTERNATIVE NAME i`, `# NUMBER VOTERS`, `# NUMBER UNIQUE
/// ORDERS`, then one line per ballot, alternatives numbered from 1, equal ranks in
/// braces). [`read`](super::read) with the same kind gives the same election back,
/// with 1 seat: PrefLib files hold no seat count, withdrawn candidates or nicknames.
///
/// ```
/// use union_rulebook::election::preflib::{self, PreflibKind};
/// use union_rulebook::election::{Candidate, RankedBallot, RankedElection};
/// let e = RankedElection {
///     title: Some("Branch chair".into()),
///     candidates: vec![Candidate::new("Ani"), Candidate::new("Budi")],
///     seats: 1,
///     withdrawn: vec![],
///     ballots: vec![RankedBallot::strict(3, [1, 0]), RankedBallot { weight: 2, ranks: vec![vec![0, 1]] }].into(),
/// };
/// let text = preflib::write(&e, PreflibKind::Toi)?;
/// assert!(text.ends_with("3: 2,1\n2: {1,2}\n"));
/// assert_eq!(preflib::read(text.as_bytes(), PreflibKind::Toi)?, e);
/// assert!(preflib::write(&e, PreflibKind::Soi).is_err()); // a tie in strict orders
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// A [`WriteError`] when the file could not give the election back: no candidates, a
/// withdrawn candidate, a name or title a header line cannot hold (empty, a line
/// break, spaces at an end), a ballot of weight 0, an empty rank, a candidate out of
/// range or twice on a ballot, a tie in strict data (`.soc`, `.soi`), an incomplete
/// order in complete data (`.soc`, `.toc`), or more voters than `u64` counts.
pub fn write(election: &RankedElection, kind: PreflibKind) -> Result<String, WriteError> {
    let n = election.candidates.len();
    if n == 0 {
        return fail(tr!("preflib-write-no-candidates"));
    }
    if let Some(&w) = election.withdrawn.first() {
        return fail(tr!("preflib-write-withdrawn", candidate = u64::from(w) + 1));
    }
    let mut out = String::with_capacity(128 + election.ballots.len() * 16);
    if let Some(t) = &election.title {
        if !header_safe(t) {
            return fail(tr!("preflib-write-bad-title", title = format!("{t:?}")));
        }
        let _ = writeln!(out, "# TITLE: {t}");
    }
    let _ = writeln!(out, "# DATA TYPE: {}", kind.extension());
    let _ = writeln!(out, "# NUMBER ALTERNATIVES: {n}");
    for (i, c) in election.candidates.iter().enumerate() {
        if !header_safe(&c.name) {
            return fail(tr!(
                "preflib-write-bad-name",
                name = format!("{:?}", c.name),
                candidate = i + 1
            ));
        }
        let _ = writeln!(out, "# ALTERNATIVE NAME {}: {}", i + 1, c.name);
    }
    let mut voters: u64 = 0;
    let mut unique = std::collections::BTreeSet::new();
    let mut lines = String::new();
    let mut seen = vec![0usize; n];
    for (b, ballot) in election.ballots.iter().enumerate() {
        let number = b + 1;
        if ballot.weight == 0 {
            return fail(tr!("preflib-write-zero-weight", ballot = number));
        }
        voters = match voters.checked_add(ballot.weight) {
            Some(v) => v,
            None => return fail(tr!("preflib-write-too-many-voters")),
        };
        let _ = write!(lines, "{}: ", ballot.weight);
        let mut ranked = 0usize;
        for (r, rank) in ballot.ranks.iter().enumerate() {
            if rank.is_empty() {
                return fail(tr!(
                    "preflib-write-empty-rank",
                    ballot = number,
                    rank = r + 1
                ));
            }
            if rank.len() > 1 && !kind.allows_ties() {
                return fail(tr!(
                    "preflib-write-tie",
                    ballot = number,
                    extension = kind.extension()
                ));
            }
            if r > 0 {
                lines.push(',');
            }
            if rank.len() > 1 {
                lines.push('{');
            }
            for (k, &c) in rank.iter().enumerate() {
                match seen.get_mut(c as usize) {
                    Some(s) if *s == number => {
                        return fail(tr!(
                            "preflib-write-twice",
                            ballot = number,
                            candidate = u64::from(c) + 1
                        ));
                    }
                    Some(s) => *s = number,
                    None => {
                        return fail(tr!(
                            "preflib-write-beyond",
                            ballot = number,
                            candidate = u64::from(c) + 1,
                            candidates = n
                        ));
                    }
                }
                if k > 0 {
                    lines.push(',');
                }
                let _ = write!(lines, "{}", u64::from(c) + 1);
            }
            if rank.len() > 1 {
                lines.push('}');
            }
            ranked += rank.len();
        }
        if kind.complete() && ranked != n {
            return fail(tr!(
                "preflib-write-incomplete",
                ballot = number,
                ranked = ranked,
                candidates = n,
                extension = kind.extension()
            ));
        }
        lines.push('\n');
        unique.insert(ballot.ranks.iter().collect::<Vec<_>>());
    }
    let _ = writeln!(out, "# NUMBER VOTERS: {voters}");
    let _ = writeln!(out, "# NUMBER UNIQUE ORDERS: {}", unique.len());
    out.push_str(&lines);
    Ok(out)
}
