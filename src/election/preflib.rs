//! PrefLib preference files: `.soc`, `.soi`, `.toc`, `.toi`.
//!
//! The format is PrefLib's 2022 one (N. Mattei and T. Walsh, "PrefLib: A Library for
//! Preferences", ADT 2013; format described at <https://www.preflib.org/format>):
//! header lines `# KEY: value` (`# DATA TYPE`, `# NUMBER ALTERNATIVES`,
//! `# ALTERNATIVE NAME i`, `# TITLE`, ...), then one line per distinct order,
//! `count: a,b,{c,d},e`, alternatives numbered from 1 and ties in braces.
//!
//! - `soc`: strict orders, complete; `soi`: strict orders, incomplete;
//! - `toc`: orders with ties, complete; `toi`: orders with ties, incomplete.
//!
//! PrefLib files do not say how many seats there are: the election has 1 seat unless
//! the caller says otherwise (`rulebook tally --seats`).
//!
//! ```
//! use union_rulebook::election::preflib::{self, PreflibKind};
//! let text = [
//!     "# DATA TYPE: toi",
//!     "# NUMBER ALTERNATIVES: 3",
//!     "# ALTERNATIVE NAME 1: Ani",
//!     "# ALTERNATIVE NAME 2: Budi",
//!     "# ALTERNATIVE NAME 3: Citra",
//!     "5: 1,{2,3}",
//!     "2: 3",
//! ]
//! .join("\n");
//! let e = preflib::read(text.as_bytes(), PreflibKind::Toi)?;
//! assert_eq!(e.seats, 1);
//! assert_eq!(e.candidates[1].name, "Budi");
//! assert_eq!(e.ballots.to_vec()[0].ranks, vec![vec![0], vec![1, 2]]);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod messages;
mod write;

pub use write::{WriteError, write};

use super::text::Cursor;
use super::window::{Window, utf8};
use super::{Ballots, Candidate, CandidateIndex, RankedElection, ReadError};
use std::io::BufRead;

/// The four kinds of PrefLib order data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PreflibKind {
    /// Strict orders, complete (`.soc`).
    Soc,
    /// Strict orders, incomplete (`.soi`).
    Soi,
    /// Orders with ties, complete (`.toc`).
    Toc,
    /// Orders with ties, incomplete (`.toi`).
    Toi,
}

impl PreflibKind {
    /// The kind a file extension names (`soi`, case-insensitive), if any.
    ///
    /// ```
    /// use union_rulebook::election::preflib::PreflibKind;
    /// assert_eq!(PreflibKind::from_extension("TOI"), Some(PreflibKind::Toi));
    /// assert_eq!(PreflibKind::from_extension("blt"), None);
    /// ```
    pub fn from_extension(ext: &str) -> Option<Self> {
        match ext.to_ascii_lowercase().as_str() {
            "soc" => Some(PreflibKind::Soc),
            "soi" => Some(PreflibKind::Soi),
            "toc" => Some(PreflibKind::Toc),
            "toi" => Some(PreflibKind::Toi),
            _ => None,
        }
    }

    /// The extension (and `# DATA TYPE`) of this kind.
    pub fn extension(self) -> &'static str {
        match self {
            PreflibKind::Soc => "soc",
            PreflibKind::Soi => "soi",
            PreflibKind::Toc => "toc",
            PreflibKind::Toi => "toi",
        }
    }

    fn allows_ties(self) -> bool {
        matches!(self, PreflibKind::Toc | PreflibKind::Toi)
    }

    fn complete(self) -> bool {
        matches!(self, PreflibKind::Soc | PreflibKind::Toc)
    }
}

/// Reads a PrefLib file of the given kind into an election with 1 seat.
///
/// When the file has a `# DATA TYPE` header it must agree with `kind`.
///
/// # Errors
///
/// A [`ReadError`] with line, column and what was expected, at the first problem: no
/// `# NUMBER ALTERNATIVES` header, a data type other than `kind`, a malformed order
/// line, an alternative out of range or twice in one order, a tie in strict data, an
/// incomplete order in complete data, a count of 0, or counts totalling more than
/// `u64` holds.
pub fn read(bytes: &[u8], kind: PreflibKind) -> Result<RankedElection, ReadError> {
    read_with_lines(bytes, kind).map(|(e, _)| e)
}

/// Reads a PrefLib file as [`read`] does, with the file line (from 1) of each ballot,
/// in the order of the election's ballots, for messages about one ballot
/// ([`TallyError::at_lines`](super::TallyError::at_lines)).
///
/// ```
/// use union_rulebook::election::preflib::{read_with_lines, PreflibKind};
/// let text = b"# NUMBER ALTERNATIVES: 2\n3: 1,2\n\n1: 2\n";
/// let (e, lines) = read_with_lines(text, PreflibKind::Soi)?;
/// assert_eq!(e.ballots.len(), 2);
/// assert_eq!(lines, vec![2, 4]);
/// # Ok::<(), union_rulebook::election::ReadError>(())
/// ```
///
/// # Errors
/// As [`read`].
pub fn read_with_lines(
    bytes: &[u8],
    kind: PreflibKind,
) -> Result<(RankedElection, Vec<u32>), ReadError> {
    read_stream(Box::new(bytes), bytes.len() as u64, kind, false)
}

/// Reads a PrefLib file from a stream, a block of lines at a time, merging identical
/// orders as they are read: each distinct order is kept once (with the total of its
/// counts), in the order of its first line, and the lines returned are those first
/// lines. The file is never held whole in memory.
///
/// `file_len` is the size of the file in bytes (as its metadata gives it): a
/// `# NUMBER ALTERNATIVES` claim beyond it is refused before anything is allocated
/// from it, as [`read_with_lines`] does.
///
/// ```
/// use union_rulebook::election::preflib::{read_grouped, PreflibKind};
/// let text = b"# NUMBER ALTERNATIVES: 2\n3: 1,2\n1: 2\n2: 1,2\n";
/// let (e, lines) = read_grouped(&text[..], text.len() as u64, PreflibKind::Soi)?;
/// assert_eq!(e.ballots.len(), 2);
/// assert_eq!(e.ballots.to_vec()[0].weight, 5);
/// assert_eq!(lines, vec![2, 3]);
/// # Ok::<(), union_rulebook::election::ReadError>(())
/// ```
///
/// # Errors
/// As [`read`], at the same line and column; and when the stream fails before its end.
pub fn read_grouped<'a>(
    reader: impl BufRead + 'a,
    file_len: u64,
    kind: PreflibKind,
) -> Result<(RankedElection, Vec<u32>), ReadError> {
    read_stream(Box::new(reader), file_len, kind, true)
}

fn read_stream<'a>(
    src: Box<dyn BufRead + 'a>,
    file_len: u64,
    kind: PreflibKind,
    group: bool,
) -> Result<(RankedElection, Vec<u32>), ReadError> {
    let mut cur = Window::new(src);
    let result = read_window(&mut cur, file_len, kind, group);
    match cur.take_failure() {
        Some(e) => Err(cur.error(super::blt::messages::read_failed(&e))),
        None => result,
    }
}

fn read_window(
    cur: &mut Window<'_>,
    file_len: u64,
    kind: PreflibKind,
    group: bool,
) -> Result<(RankedElection, Vec<u32>), ReadError> {
    // Grouping: the kept orders by the hash of their candidates (indices into
    // `ballots`, no key stored); freed when the file ends.
    let state = foldhash::fast::RandomState::default();
    let mut table = super::ballots::Groups::default();
    // The current line's order, flat (reused from line to line).
    let mut cands: Vec<CandidateIndex> = Vec::new();
    let mut tied: Vec<bool> = Vec::new();
    let mut lines: Vec<u32> = Vec::new();
    let mut line_no = 0u32;
    let mut n: Option<u32> = None;
    let mut names: Vec<Option<String>> = Vec::new();
    let mut title = None;
    let mut ballots = Ballots::new();
    let mut total: u64 = 0;
    let mut seen: Vec<usize> = Vec::new();
    let mut stamp = 0usize;
    while !cur.at_end() {
        cur.drop_read_lines();
        let (start, end) = cur.take_line();
        let line = cur.bytes().get(start..end).unwrap_or_default();
        line_no = line_no.saturating_add(1);
        let trimmed = line.trim_ascii();
        if trimmed.is_empty() {
            continue;
        }
        if let Some(header) = trimmed.strip_prefix(b"#") {
            let header = utf8(cur, start, header)?.trim();
            let Some((key, value)) = header.split_once(':') else {
                continue;
            };
            let (key, value) = (key.trim(), value.trim());
            if key == "NUMBER ALTERNATIVES" {
                let v: u32 = value
                    .parse()
                    .map_err(|_| cur.error_at(start, messages::bad_header_number(key, value)))?;
                if v == 0 {
                    return Err(cur.error_at(start, messages::no_alternatives()));
                }
                // Each alternative costs the election a candidate: a claim beyond the
                // file's length in bytes is one the file cannot describe, and nothing
                // is allocated from it.
                if u64::from(v) > file_len {
                    let len = usize::try_from(file_len).unwrap_or(usize::MAX);
                    return Err(cur.error_at(start, messages::too_many_alternatives(v, len)));
                }
                n = Some(v);
                names.resize(v as usize, None);
                seen = vec![0; v as usize];
            } else if key == "DATA TYPE" {
                match PreflibKind::from_extension(value) {
                    Some(k) if k == kind => {}
                    Some(_) => {
                        return Err(cur.error_at(
                            start,
                            messages::data_type_mismatch(value, kind.extension()),
                        ));
                    }
                    None => {
                        return Err(cur.error_at(start, messages::unknown_data_type(value)));
                    }
                }
            } else if key == "TITLE" {
                if !value.is_empty() {
                    title = Some(value.to_string());
                }
            } else if let Some(number) = key.strip_prefix("ALTERNATIVE NAME") {
                let k: usize = number
                    .trim()
                    .parse()
                    .map_err(|_| cur.error_at(start, messages::bad_alternative_name()))?;
                let count = n.unwrap_or(0);
                match k.checked_sub(1).and_then(|i| names.get_mut(i)) {
                    Some(slot) => *slot = Some(value.to_string()),
                    None => {
                        return Err(cur
                            .error_at(start, messages::alternative_out_of_range(k as u64, count)));
                    }
                }
            }
            continue;
        }
        let Some(count) = n else {
            return Err(cur.error_at(start, messages::data_before_header()));
        };
        // One stamp per order line (not per ballot kept: merged lines keep none).
        stamp += 1;
        let mut order = Order {
            cands: &mut cands,
            tied: &mut tied,
            seen: &mut seen,
            stamp,
        };
        let weight = order_line(cur, start, line, count, kind, &mut order)?;
        total = total
            .checked_add(weight)
            .ok_or_else(|| cur.error_at(start, messages::total_overflow()))?;
        if group {
            let h = super::ballots::hash_flat(&state, &cands, &tied);
            if let Some(row) = table.find(h, |row| ballots.row_is_flat(row, &cands, &tied)) {
                // `total` bounds every group's weight: no overflow.
                ballots.add_to_row(row, weight);
                continue;
            }
            let row = ballots.push_flat(weight, &cands, &tied);
            table.insert(h, row);
            lines.push(line_no);
            continue;
        }
        ballots.push_flat(weight, &cands, &tied);
        lines.push(line_no);
    }
    drop(table);
    ballots.shrink_to_fit();
    let Some(_) = n else {
        return Err(cur.error(messages::missing_alternatives()));
    };
    let candidates = names
        .into_iter()
        .enumerate()
        .map(|(i, name)| Candidate::new(name.unwrap_or_else(|| messages::default_name(i + 1))))
        .collect();
    let election = RankedElection {
        title,
        candidates,
        seats: 1,
        withdrawn: Vec::new(),
        ballots,
    };
    Ok((election, lines))
}

/// Where [`order_line`] puts the order it reads, and the marks of the candidates it
/// has seen on the line.
struct Order<'o> {
    cands: &'o mut Vec<CandidateIndex>,
    tied: &'o mut Vec<bool>,
    seen: &'o mut [usize],
    stamp: usize,
}

/// One `count: a,b,{c,d}` line: its count, and its order in `order`.
fn order_line(
    cur: &Window<'_>,
    start: usize,
    line: &[u8],
    n: u32,
    kind: PreflibKind,
    order: &mut Order<'_>,
) -> Result<u64, ReadError> {
    order.cands.clear();
    order.tied.clear();
    let mut c = Cursor::new(line);
    let at = |_: &Cursor<'_>, pos: usize, msg: String| cur.error_at(start + pos, msg);
    c.skip_inline_space(false);
    let count_pos = c.pos();
    let weight = match c.number() {
        Some(Some(w)) => w,
        _ => {
            return Err(at(
                &c,
                count_pos,
                messages::expected_count(&c.token_at(count_pos, b":")),
            ));
        }
    };
    if weight == 0 {
        return Err(at(&c, count_pos, messages::zero_count()));
    }
    c.skip_inline_space(false);
    if c.peek() != Some(b':') {
        let p = c.pos();
        return Err(at(&c, p, messages::expected_colon(&c.token_at(p, b""))));
    }
    c.bump();
    let mut any = false;
    loop {
        c.skip_inline_space(false);
        if c.at_end() && !any {
            break;
        }
        any = true;
        let group_pos = c.pos();
        if c.peek() == Some(b'{') {
            if !kind.allows_ties() {
                return Err(at(
                    &c,
                    group_pos,
                    messages::ties_not_allowed(kind.extension()),
                ));
            }
            c.bump();
            let mut first = true;
            loop {
                c.skip_inline_space(false);
                match c.peek() {
                    Some(b'}') => {
                        c.bump();
                        break;
                    }
                    None => return Err(at(&c, group_pos, messages::unclosed_tie())),
                    _ => {}
                }
                let a = alternative(cur, start, &mut c, n, order)?;
                order.cands.push(a);
                order.tied.push(!first);
                first = false;
                c.skip_inline_space(false);
                if c.peek() == Some(b',') {
                    c.bump();
                }
            }
            if first {
                return Err(at(&c, group_pos, messages::empty_tie()));
            }
        } else {
            let a = alternative(cur, start, &mut c, n, order)?;
            order.cands.push(a);
            order.tied.push(false);
        }
        c.skip_inline_space(false);
        match c.peek() {
            None => break,
            Some(b',') => c.bump(),
            Some(_) => {
                let p = c.pos();
                return Err(at(
                    &c,
                    p,
                    messages::expected_separator(&c.token_at(p, b",{}")),
                ));
            }
        }
    }
    let ranked = order.cands.len();
    if kind.complete() && ranked != n as usize {
        return Err(cur.error_at(
            start + count_pos,
            messages::incomplete_order(kind.extension(), ranked, n),
        ));
    }
    Ok(weight)
}

fn alternative(
    cur: &Window<'_>,
    start: usize,
    c: &mut Cursor<'_>,
    n: u32,
    order: &mut Order<'_>,
) -> Result<CandidateIndex, ReadError> {
    let stamp = order.stamp;
    let pos = c.pos();
    let k = match c.number() {
        Some(Some(k)) => k,
        Some(None) => u64::MAX,
        None => {
            return Err(cur.error_at(
                start + pos,
                messages::expected_alternative(&c.token_at(pos, b",{}"), n),
            ));
        }
    };
    if k == 0 || k > u64::from(n) {
        return Err(cur.error_at(start + pos, messages::alternative_out_of_range(k, n)));
    }
    let index = u32::try_from(k - 1).unwrap_or(u32::MAX);
    if let Some(s) = order.seen.get_mut(index as usize) {
        if *s == stamp {
            return Err(cur.error_at(start + pos, messages::duplicate_alternative(index + 1)));
        }
        *s = stamp;
    }
    Ok(index)
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "# FILE NAME: 00001-00000001.soi\n# TITLE: Test\n# DATA TYPE: soi\n# NUMBER ALTERNATIVES: 3\n# ALTERNATIVE NAME 1: A\n# ALTERNATIVE NAME 2: B\n# ALTERNATIVE NAME 3: C\n";

    fn err(kind: PreflibKind, text: &str) -> String {
        match read(text.as_bytes(), kind) {
            Ok(e) => format!("no error: {e:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn reads_strict_incomplete_orders() {
        let e = read(format!("{HEAD}3: 1,2\n1: 3\n").as_bytes(), PreflibKind::Soi).unwrap();
        assert_eq!(e.title.as_deref(), Some("Test"));
        assert_eq!(
            e.ballots.to_vec()[0],
            crate::election::RankedBallot::strict(3, [0, 1])
        );
        assert_eq!(e.total_weight(), 4);
    }

    #[test]
    fn errors_say_where() {
        assert_eq!(
            err(PreflibKind::Soi, &format!("{HEAD}3: 1,{{2,3}}\n")),
            "line 8, column 6: `{` starts a tie, but soi data has strict orders: expected an alternative number"
        );
        assert_eq!(
            err(PreflibKind::Soi, &format!("{HEAD}3: 1,4\n")),
            "line 8, column 6: alternative 4 does not exist: expected an alternative number from 1 to 3"
        );
        assert_eq!(
            err(PreflibKind::Toi, &format!("{HEAD}3: 1\n")),
            "line 3, column 1: the file says `# DATA TYPE: soi`: expected toi"
        );
        assert_eq!(
            err(PreflibKind::Soc, "# NUMBER ALTERNATIVES: 2\n1: 2\n"),
            "line 2, column 1: this order ranks 1 alternatives, but soc data has complete orders: expected all 2"
        );
        assert_eq!(
            err(PreflibKind::Soi, &format!("{HEAD}3: 1,1\n")),
            "line 8, column 6: alternative 1 appears twice in this order: expected each at most once"
        );
        assert_eq!(
            err(PreflibKind::Soi, "1: 2\n"),
            "line 1, column 1: order line before the `# NUMBER ALTERNATIVES: n` header: expected the header first"
        );
    }
}
