//! BLT ballot files: reader and writer.
//!
//! BLT is the ballot format of Hill, Wichmann and Woodall's "Algorithm 123: Single
//! Transferable Vote by Meek's method" (The Computer Journal 30(3), 1987), used since
//! by OpenSTV, Droop, stv-rs and the Scottish council election data. The core grammar:
//!
//! ```text
//! 4 2            <candidates> <seats>
//! -2             optional: withdrawn candidates as negative numbers
//! 3 1 3 4 0      <weight> <preferences, 1-based> 0
//! 2 4 1 3 0
//! 0              a lone 0 ends the ballots
//! "Adam"         one name per candidate, quoted
//! "Basil"
//! "Charlotte"
//! "Donald"
//! "Title"        the election's title
//! ```
//!
//! The reader also accepts the extensions found in the wild:
//! - comments: `#` to the end of the line, and `/* ... */`;
//! - equal rankings joined by `=` (`3 1=2 4 0`), as Droop and stv-rs write them;
//! - a ballot id in parentheses before the weight (`(b17) 1 2 3 0`), as Droop allows;
//! - bracket options before the ballots: `[nick a b c]` (nicknames, which ballots may
//!   then use instead of numbers), `[withdrawn 2 5]` or `[withdrawn b e]`, and
//!   `[tie c b a]` (a tie-breaking order, see [`BltFile::tie_order`]); any other option
//!   (Droop's `[droop ...]`) is kept in [`BltFile::options`];
//! - candidate names in the four styles of the Scottish files (unquoted,
//!   `"Name" "Party"`, CSV-escaped `"""Name"" ""Party"""`, and PrefLib-style
//!   `# ALTERNATIVE NAME n: Name` comments standing in for the name lines), all made
//!   canonical as `Name (Party)` with spaces collapsed; trailing commas; a UTF-8
//!   byte-order mark; `\r\n` line ends; lines after the title (kept in
//!   [`BltFile::trailing`]).
//!
//! Each ballot line must end with its `0` on the same line. The reader works on a byte
//! slice with a cursor (no `String` per line) and stops at the first error, giving the
//! line, the column and what it expected.
//!
//! ```
//! use union_rulebook::election::blt;
//! let file = blt::read(b"3 2\n4 1 2 0\n2 3 1=2 0\n0\n\"Ani\"\n\"Budi\"\n\"Citra\"\n\"Ketua\"\n")?;
//! let e = &file.election;
//! assert_eq!(e.seats, 2);
//! assert_eq!(e.candidates[2].name, "Citra");
//! assert_eq!(e.ballots.to_vec()[1].ranks, vec![vec![2], vec![0, 1]]);
//! // The writer gives strict BLT, which reads back as the same election.
//! let text = blt::write(e)?;
//! assert_eq!(&blt::read(text.as_bytes())?.election, e);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub(crate) mod messages;
mod names;

use super::window::{Window, utf8};
use super::{Ballots, Candidate, CandidateIndex, RankedElection, ReadError, TieBreak};
use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::hash::BuildHasher;
use std::io::BufRead;

/// Nicknames are looked up once per ballot item: foldhash (still randomly seeded)
/// rather than SipHash.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// A BLT file as read: the election and what else the file says.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct BltFile {
    /// The election: candidates (0-based), seats, withdrawn candidates and ballots in
    /// file order.
    pub election: RankedElection,
    /// The `[tie ...]` order as written in the file (0-based), when there is one.
    ///
    /// In Droop and stv-rs the first candidate listed is the weakest: stv-rs's
    /// reference transcript for `ties/tie_break_explicit.blt` (`[tie cherry banana
    /// apple]`) defeats Cherry in a tie with Banana. [`BltFile::tie_break`] turns it
    /// into a [`TieBreak::Order`], strongest first.
    pub tie_order: Option<Vec<CandidateIndex>>,
    /// Ballot ids given in parentheses: (index in `election.ballots`, id).
    pub ballot_ids: Vec<(usize, String)>,
    /// The file line (from 1) of each ballot, in the order of `election.ballots`, for
    /// messages about one ballot ([`TallyError::at_lines`](super::TallyError::at_lines)).
    pub ballot_lines: Vec<u32>,
    /// Bracket options other than `nick`, `withdrawn` and `tie` (Droop's
    /// `[droop ...]`, Minneapolis `[undeclared ...]`), kept for the caller.
    pub options: Vec<BltOption>,
    /// Non-empty lines after the title, as they stand (some files add notes there).
    pub trailing: Vec<String>,
}

impl BltFile {
    /// The file's `[tie ...]` order as a [`TieBreak::Order`] (strongest first, so the
    /// file's order reversed), when the file gives one.
    ///
    /// ```
    /// use union_rulebook::election::{blt, TieBreak};
    /// let f = blt::read(b"3 2\n[tie 3 2 1]\n4 1 2 0\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n")?;
    /// assert_eq!(f.tie_order, Some(vec![2, 1, 0]));
    /// assert_eq!(f.tie_break(), Some(TieBreak::Order(vec![0, 1, 2])));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn tie_break(&self) -> Option<TieBreak> {
        self.tie_order
            .as_ref()
            .map(|o| TieBreak::Order(o.iter().rev().copied().collect()))
    }
}

/// The ballots as read: the ballots, their ids (index, id) and their lines.
type ReadBallots = (Ballots, Vec<(usize, String)>, Vec<u32>);

/// A bracket option the reader does not interpret, such as `[droop precision=5]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BltOption {
    /// The option's name (`droop`).
    pub name: String,
    /// Its words (`precision=5`).
    pub args: Vec<String>,
}

/// An election that cannot be written as strict BLT.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WriteError {
    message: String,
}

impl WriteError {
    fn new(message: String) -> Self {
        WriteError { message }
    }
}

impl fmt::Display for WriteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WriteError {}

/// Reads a BLT file.
///
/// # Errors
///
/// A [`ReadError`] with the line, column and what was expected, at the first problem:
/// a malformed header, a candidate number out of range or unknown nickname, a
/// candidate twice on one ballot, a ballot line without its closing `0`, a total
/// weight beyond `u64`, missing candidate names, an unclosed quote or comment.
pub fn read(bytes: &[u8]) -> Result<BltFile, ReadError> {
    Reader::new(Box::new(bytes), bytes.len() as u64, false).read()
}

/// Reads a BLT file from a stream, a block of lines at a time, merging identical
/// ballots as they are read: each distinct ballot (with its total weight) is kept once,
/// in the order of its first line, and [`BltFile::ballot_lines`] gives that first
/// line. A line that spells a ballot already kept (its candidates' nicknames, or
/// numbers, whatever the spacing) is merged without being parsed; any other line is
/// parsed, with the errors [`read`] gives, and merged with an equal ballot if there is
/// one. Ballots with an id in parentheses are kept apart, each with its id. The file
/// is never held whole in memory: what is kept is the distinct ballots, the names and
/// the title.
///
/// `file_len` is the size of the file in bytes (as its metadata gives it): a header
/// that claims more candidates than a file of that size can name is refused before
/// anything is allocated from the claim, as [`read`] does. Counting the grouped
/// election gives the same result as counting the election [`read`] gives.
///
/// ```
/// use union_rulebook::election::blt;
/// let text = b"2 1\n1 1 2 0\n3 2 0\n2 1 2 0\n0\n\"Ani\"\n\"Budi\"\n\"Ketua\"\n";
/// let file = blt::read_grouped(&text[..], text.len() as u64)?;
/// assert_eq!(file.election.ballots.len(), 2);
/// assert_eq!(file.election.ballots.to_vec()[0].weight, 3);
/// assert_eq!(file.ballot_lines, vec![2, 3]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
///
/// As [`read`], at the same line and column; and when the stream fails before its end.
pub fn read_grouped<'a>(reader: impl BufRead + 'a, file_len: u64) -> Result<BltFile, ReadError> {
    Reader::new(Box::new(reader), file_len, true).read()
}

/// Reads a BLT file and keeps only the election.
///
/// # Errors
///
/// As [`read`].
pub fn read_election(bytes: &[u8]) -> Result<RankedElection, ReadError> {
    read(bytes).map(|f| f.election)
}

struct Reader<'a> {
    cur: Window<'a>,
    /// The file's size in bytes, against which the header's claims are checked.
    file_len: u64,
    /// Whether identical ballots are merged as they are read.
    group: bool,
    candidates: u32,
    nicks: Option<FastMap<Box<[u8]>, u32>>,
    nick_list: Option<Vec<String>>,
    withdrawn: Vec<CandidateIndex>,
    tie_order: Option<Vec<CandidateIndex>>,
    options: Vec<BltOption>,
}

impl<'a> Reader<'a> {
    fn new(src: Box<dyn BufRead + 'a>, file_len: u64, group: bool) -> Self {
        Reader {
            cur: Window::new(src),
            file_len,
            group,
            candidates: 0,
            nicks: None,
            nick_list: None,
            withdrawn: Vec::new(),
            tie_order: None,
            options: Vec::new(),
        }
    }

    /// Reads the file; an I/O error that cut the stream short is reported in place of
    /// whatever the short file seemed to say.
    fn read(mut self) -> Result<BltFile, ReadError> {
        let result = self.read_all();
        match self.cur.take_failure() {
            Some(e) => Err(self.cur.error(messages::read_failed(&e))),
            None => result,
        }
    }

    fn read_all(&mut self) -> Result<BltFile, ReadError> {
        self.skip_blank(true)?;
        let header_pos = self.cur.pos();
        let candidates = self.header_number("the number of candidates")?;
        self.skip_blank(false)?;
        let seats = self.header_number("the number of seats")?;
        if candidates == 0 {
            return Err(self.cur.error_at(0, messages::no_candidates()));
        }
        if seats == 0 {
            return Err(self.cur.error_at(0, messages::no_seats()));
        }
        // Every candidate needs a non-blank name line, so a file of `len` bytes names at
        // most (len + 1) / 2 of them: a larger claim cannot be backed, and nothing is
        // allocated from it.
        let len = self.file_len;
        if u64::from(candidates) > len.div_ceil(2) {
            return Err(self.cur.error_at(
                header_pos,
                messages::too_many_candidates(
                    candidates,
                    usize::try_from(len).unwrap_or(usize::MAX),
                ),
            ));
        }
        self.candidates = candidates;
        self.preamble()?;
        let (ballots, ballot_ids, ballot_lines) = self.ballots()?;
        let (names, title, trailing) = self.names()?;
        let mut withdrawn = std::mem::take(&mut self.withdrawn);
        withdrawn.sort_unstable();
        withdrawn.dedup();
        let nick_list = self.nick_list.take();
        let candidates = names
            .into_iter()
            .enumerate()
            .map(|(i, name)| Candidate {
                name,
                nick: nick_list.as_ref().and_then(|l| l.get(i).cloned()),
            })
            .collect();
        Ok(BltFile {
            election: RankedElection {
                title,
                candidates,
                seats,
                withdrawn,
                ballots,
            },
            tie_order: self.tie_order.take(),
            ballot_ids,
            ballot_lines,
            options: std::mem::take(&mut self.options),
            trailing,
        })
    }

    /// Skips spaces, commas, comments and (if `newlines`) line ends.
    fn skip_blank(&mut self, newlines: bool) -> Result<(), ReadError> {
        loop {
            self.cur.skip_inline_space(true);
            match self.cur.peek() {
                Some(b'\n') if newlines => self.cur.bump(),
                Some(b'#') => {
                    if newlines {
                        self.cur.skip_line();
                    } else {
                        self.skip_to_line_end();
                    }
                }
                Some(b'/') if self.cur.peek_at(1) == Some(b'*') => self.skip_block_comment()?,
                _ => return Ok(()),
            }
        }
    }

    fn skip_to_line_end(&mut self) {
        while let Some(b) = self.cur.peek() {
            if b == b'\n' {
                break;
            }
            self.cur.bump();
        }
    }

    fn skip_block_comment(&mut self) -> Result<(), ReadError> {
        let start = self.cur.pos();
        match self.cur.find_ahead(start + 2, b"*/") {
            Some(i) => {
                self.cur.set_pos(start + 2 + i + 2);
                Ok(())
            }
            None => Err(self.cur.error_at(start, messages::unclosed_comment())),
        }
    }

    fn at_delimiter(&mut self) -> bool {
        match self.cur.peek() {
            None => true,
            Some(b) => b.is_ascii_whitespace() || b == b',' || b == b'#' || b == b'/',
        }
    }

    fn header_number(&mut self, what: &str) -> Result<u32, ReadError> {
        let start = self.cur.pos();
        let found = |r: &Self| r.cur.token_at(start, b",");
        let number = self.cur.number();
        let delimited = self.at_delimiter();
        match number {
            Some(Some(n)) if delimited => u32::try_from(n)
                .map_err(|_| self.cur.error_at(start, messages::number_too_large(what))),
            Some(None) => Err(self.cur.error_at(start, messages::number_too_large(what))),
            _ => Err(self
                .cur
                .error_at(start, messages::expected_header(what, &found(self)))),
        }
    }

    /// Withdrawn candidates (negative numbers) and bracket options, in any order.
    fn preamble(&mut self) -> Result<(), ReadError> {
        loop {
            self.skip_blank(true)?;
            match self.cur.peek() {
                Some(b'-') => {
                    let start = self.cur.pos();
                    self.cur.bump();
                    let c = self.candidate_number(start)?;
                    self.withdrawn.push(c);
                }
                Some(b'[') => self.option()?,
                _ => return Ok(()),
            }
        }
    }

    /// A 1-based candidate number at the cursor (the token starts at `start`), as a
    /// 0-based index.
    fn candidate_number(&mut self, start: usize) -> Result<CandidateIndex, ReadError> {
        let number = self.cur.number();
        let delimited = self.at_delimiter() || self.cur.peek() == Some(b'=');
        match number {
            Some(Some(n)) if delimited => {
                if n >= 1 && n <= u64::from(self.candidates) {
                    Ok(u32::try_from(n - 1).unwrap_or(u32::MAX))
                } else {
                    Err(self
                        .cur
                        .error_at(start, messages::candidate_out_of_range(n, self.candidates)))
                }
            }
            Some(None) => Err(self.cur.error_at(
                start,
                messages::candidate_out_of_range(u64::MAX, self.candidates),
            )),
            _ => Err(self.cur.error_at(
                start,
                messages::expected_candidate(&self.cur.token_at(start, b",="), self.candidates),
            )),
        }
    }

    fn option(&mut self) -> Result<(), ReadError> {
        let start = self.cur.pos();
        self.cur.bump();
        let body_start = self.cur.pos();
        let line: Vec<u8> = {
            let rest = self.cur.bytes().get(body_start..).unwrap_or_default();
            let end = rest
                .iter()
                .position(|&b| b == b']' || b == b'\n')
                .unwrap_or(rest.len());
            if rest.get(end) != Some(&b']') {
                return Err(self.cur.error_at(start, messages::unclosed_option()));
            }
            let body = rest.get(..end).unwrap_or_default().to_vec();
            self.cur.set_pos(body_start + end + 1);
            body
        };
        let line = line.as_slice();
        // Words with their byte offsets, for messages.
        let mut words: Vec<(usize, &[u8])> = Vec::new();
        let mut i = 0;
        while i < line.len() {
            if line
                .get(i)
                .is_some_and(|b| b.is_ascii_whitespace() || *b == b',')
            {
                i += 1;
                continue;
            }
            let s = i;
            while line
                .get(i)
                .is_some_and(|b| !b.is_ascii_whitespace() && *b != b',')
            {
                i += 1;
            }
            words.push((body_start + s, line.get(s..i).unwrap_or_default()));
        }
        let Some(&(_, name)) = words.first() else {
            return Err(self.cur.error_at(start, messages::empty_option()));
        };
        let args = words.get(1..).unwrap_or_default();
        match name {
            b"nick" => {
                if self.nicks.is_some() {
                    return Err(self.cur.error_at(start, messages::repeated_option("nick")));
                }
                if args.len() != self.candidates as usize {
                    return Err(self
                        .cur
                        .error_at(start, messages::nick_count(args.len(), self.candidates)));
                }
                let mut map: FastMap<Box<[u8]>, u32> =
                    FastMap::with_capacity_and_hasher(args.len(), Default::default());
                let mut list = Vec::with_capacity(args.len());
                for (i, &(pos, nick)) in args.iter().enumerate() {
                    let text = utf8(&self.cur, pos, nick)?;
                    if nick.iter().all(u8::is_ascii_digit) || nick.contains(&b'=') {
                        return Err(self.cur.error_at(pos, messages::bad_nick(text)));
                    }
                    let index = u32::try_from(i).unwrap_or(u32::MAX);
                    if map.insert(nick.into(), index).is_some() {
                        return Err(self.cur.error_at(pos, messages::duplicate_nick(text)));
                    }
                    list.push(text.to_string());
                }
                self.nicks = Some(map);
                self.nick_list = Some(list);
            }
            b"withdrawn" => {
                for &(pos, word) in args {
                    let c = self.option_candidate("withdrawn", pos, word)?;
                    self.withdrawn.push(c);
                }
            }
            b"tie" => {
                if self.tie_order.is_some() {
                    return Err(self.cur.error_at(start, messages::repeated_option("tie")));
                }
                let mut order = Vec::with_capacity(args.len());
                let mut seen = vec![false; self.candidates as usize];
                for &(pos, word) in args {
                    let c = self.option_candidate("tie", pos, word)?;
                    if let Some(s) = seen.get_mut(c as usize) {
                        if *s {
                            return Err(self.cur.error_at(pos, messages::duplicate_tie(c + 1)));
                        }
                        *s = true;
                    }
                    order.push(c);
                }
                if order.len() != self.candidates as usize {
                    return Err(self
                        .cur
                        .error_at(start, messages::tie_count(order.len(), self.candidates)));
                }
                self.tie_order = Some(order);
            }
            _ => self.options.push(BltOption {
                name: String::from_utf8_lossy(name).into_owned(),
                args: args
                    .iter()
                    .map(|(_, w)| String::from_utf8_lossy(w).into_owned())
                    .collect(),
            }),
        }
        Ok(())
    }

    fn option_candidate(
        &self,
        option: &str,
        pos: usize,
        word: &[u8],
    ) -> Result<CandidateIndex, ReadError> {
        if !word.is_empty() && word.iter().all(u8::is_ascii_digit) {
            let n = std::str::from_utf8(word)
                .ok()
                .and_then(|s| s.parse::<u64>().ok())
                .unwrap_or(u64::MAX);
            if n >= 1 && n <= u64::from(self.candidates) {
                return Ok(u32::try_from(n - 1).unwrap_or(u32::MAX));
            }
            return Err(self
                .cur
                .error_at(pos, messages::candidate_out_of_range(n, self.candidates)));
        }
        let text = String::from_utf8_lossy(word);
        match &self.nicks {
            Some(map) => map
                .get(word)
                .copied()
                .ok_or_else(|| self.cur.error_at(pos, messages::unknown_nick(&text))),
            None => Err(self
                .cur
                .error_at(pos, messages::option_before_nick(option, &text))),
        }
    }

    /// The ballots, up to the lone `0`. When grouping, each line is first looked up
    /// by its words (see [`Spelling`]): a line written as a ballot already kept is
    /// merged without being parsed; any other line is parsed, and merged with a kept
    /// ballot equal to it (whatever its spacing or spelling).
    fn ballots(&mut self) -> Result<ReadBallots, ReadError> {
        let mut ballots = Ballots::new();
        let mut ids: Vec<(usize, String)> = Vec::new();
        // The line of each ballot, counted incrementally: `line_no` is the line of byte
        // `counted_to` of the window.
        let mut lines: Vec<u32> = Vec::new();
        let mut counted_to = self.cur.pos();
        let mut line_no = self.cur.line_column(counted_to).0;
        let mut total: u64 = 0;
        // seen[c] == stamp when candidate c is already on the current ballot.
        let mut seen: Vec<u64> = vec![0; self.candidates as usize];
        let mut stamp = 0u64;
        // The current line's ranking, flat: each candidate, and beside it whether it
        // shares the rank of the one before (reused from line to line).
        let mut cands: Vec<CandidateIndex> = Vec::new();
        let mut tied: Vec<bool> = Vec::new();
        // Grouping: the kept ballots by the hash of their spelling (indices into
        // `ballots`, no key stored); freed when the ballots end.
        let spell = Spelling::new(self.candidates, self.nick_list.as_deref());
        let state = foldhash::fast::RandomState::default();
        let mut table = super::ballots::Groups::default();
        // A ranking's spelling, when the line does not hold it as it stands.
        let mut spelled: Vec<u8> = Vec::new();
        // The words of the current line (ranges of it), for the lookup by words.
        let mut words: Vec<(usize, usize)> = Vec::new();
        loop {
            self.skip_blank(true)?;
            let line_start = self.cur.pos();
            let newlines = self
                .cur
                .bytes()
                .get(counted_to..line_start)
                .unwrap_or_default()
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            line_no = line_no.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
            // The lines before this one are done with.
            let dropped = self.cur.drop_read_lines();
            let line_start = line_start - dropped;
            counted_to = line_start;
            let mut id = None;
            if self.cur.peek() == Some(b'(') {
                let rest = self.cur.bytes().get(line_start + 1..).unwrap_or_default();
                let end = rest
                    .iter()
                    .position(|&b| b == b')' || b == b'\n')
                    .filter(|&e| rest.get(e) == Some(&b')'))
                    .ok_or_else(|| {
                        self.cur
                            .error_at(line_start, messages::unclosed_ballot_id())
                    })?;
                let text = utf8(
                    &self.cur,
                    line_start + 1,
                    rest.get(..end).unwrap_or_default(),
                )?;
                id = Some(text.trim().to_string());
                self.cur.set_pos(line_start + 1 + end + 1);
                self.skip_blank(false)?;
            }
            let weight_pos = self.cur.pos();
            let number = self.cur.number();
            let weight = match number {
                Some(Some(w)) if self.at_delimiter() => w,
                Some(None) => {
                    return Err(self
                        .cur
                        .error_at(weight_pos, messages::number_too_large("ballot weight")));
                }
                _ => {
                    return Err(self.cur.error_at(
                        weight_pos,
                        messages::expected_weight(&self.cur.token_at(weight_pos, b",")),
                    ));
                }
            };
            if weight == 0 {
                if id.is_some() {
                    return Err(self
                        .cur
                        .error_at(weight_pos, messages::zero_weight_with_id()));
                }
                self.skip_blank(false)?;
                return match self.cur.peek() {
                    None | Some(b'\n') => {
                        ballots.shrink_to_fit();
                        Ok((ballots, ids, lines))
                    }
                    Some(_) => Err(self.cur.error(messages::after_end_of_ballots(
                        &self.cur.token_at(self.cur.pos(), b""),
                    ))),
                };
            }
            total = total.checked_add(weight).ok_or_else(|| {
                self.cur
                    .error_at(weight_pos, messages::total_weight_overflow())
            })?;
            if self.group && id.is_none() {
                // The lookup by words: the rest of the line, if it is plain words
                // ending with `0`.
                let here = self.cur.pos();
                let rest = self.cur.bytes().get(here..).unwrap_or_default();
                if let Some((len, first_bad)) = plain_words(rest, &mut words)
                    && let Some((&(zs, ze), ranked)) = words.split_last()
                    && rest.get(zs..ze) == Some(b"0")
                {
                    // The words before the `0` joined by single spaces: the line's
                    // own bytes when it is written so, as it mostly is.
                    let key: &[u8] = match (ranked.first(), ranked.last()) {
                        (Some(&(s, _)), Some(&(_, e))) if first_bad >= ranked.len() => {
                            rest.get(s..e).unwrap_or_default()
                        }
                        (Some(_), Some(_)) => {
                            spelled.clear();
                            for (i, &(s, e)) in ranked.iter().enumerate() {
                                if i > 0 {
                                    spelled.push(b' ');
                                }
                                spelled.extend_from_slice(rest.get(s..e).unwrap_or_default());
                            }
                            &spelled
                        }
                        _ => &[],
                    };
                    let h = state.hash_one(key);
                    let any_tied = ballots.has_equal_ranks();
                    let found = table.find(h, |row| {
                        spell.matches(key, ballots.row_cands(row))
                            && !(any_tied && ballots.row_has_equal_ranks(row))
                    });
                    if let Some(row) = found {
                        // `total` bounds every group's weight: no overflow.
                        ballots.add_to_row(row, weight);
                        self.cur.set_pos(here + len);
                        continue;
                    }
                }
            }
            stamp += 1;
            cands.clear();
            tied.clear();
            loop {
                self.skip_blank(false)?;
                match self.cur.peek() {
                    None | Some(b'\n') => {
                        return Err(self.cur.error(messages::ballot_without_zero("")));
                    }
                    Some(b'0') if !self.cur.peek_at(1).is_some_and(|b| b.is_ascii_digit()) => {
                        self.cur.bump();
                        if !self.at_delimiter() {
                            let p = self.cur.pos() - 1;
                            return Err(self.cur.error_at(
                                p,
                                messages::expected_candidate(
                                    &self.cur.token_at(p, b",="),
                                    self.candidates,
                                ),
                            ));
                        }
                        break;
                    }
                    Some(_) => {}
                }
                let mut first = true;
                loop {
                    let pos = self.cur.pos();
                    let c = self.item()?;
                    if let Some(s) = seen.get_mut(c as usize) {
                        if *s == stamp {
                            return Err(self
                                .cur
                                .error_at(pos, messages::duplicate_on_ballot(c + 1)));
                        }
                        *s = stamp;
                    }
                    cands.push(c);
                    tied.push(!first);
                    first = false;
                    if self.cur.peek() == Some(b'=') {
                        self.cur.bump();
                    } else {
                        break;
                    }
                }
            }
            self.skip_blank(false)?;
            match self.cur.peek() {
                None | Some(b'\n') => {}
                Some(_) => {
                    return Err(self.cur.error(messages::ballot_without_zero(
                        &self.cur.token_at(self.cur.pos(), b""),
                    )));
                }
            }
            if let Some(id) = id {
                ids.push((ballots.len(), id));
            } else if self.group {
                spell.render(&cands, &tied, &mut spelled);
                let h = state.hash_one(spelled.as_slice());
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
    }

    /// One candidate on a ballot: a number or a nickname.
    fn item(&mut self) -> Result<CandidateIndex, ReadError> {
        let start = self.cur.pos();
        if self.cur.peek().is_some_and(|b| b.is_ascii_digit()) {
            return self.candidate_number(start);
        }
        while let Some(b) = self.cur.peek() {
            if b.is_ascii_whitespace() || b == b',' || b == b'=' {
                break;
            }
            self.cur.bump();
        }
        let word = self.cur.since(start);
        if let Some(map) = &self.nicks
            && let Some(&c) = map.get(word)
        {
            return Ok(c);
        }
        let text = String::from_utf8_lossy(word);
        if text.is_empty() || self.nicks.is_none() {
            let found = if text.is_empty() {
                self.cur.token_at(start, b"")
            } else {
                text.into_owned()
            };
            Err(self
                .cur
                .error_at(start, messages::expected_candidate(&found, self.candidates)))
        } else {
            Err(self.cur.error_at(start, messages::unknown_nick(&text)))
        }
    }

    /// Candidate names, the title and what follows, line by line.
    #[allow(clippy::type_complexity)]
    fn names(&mut self) -> Result<(Vec<String>, Option<String>, Vec<String>), ReadError> {
        let n = self.candidates as usize;
        // Lines as ranges of the window (nothing is dropped from it from here on).
        let mut lines: Vec<(usize, usize)> = Vec::new();
        let mut alternative: Vec<Option<String>> = vec![None; n];
        let mut alternative_count = 0usize;
        while !self.cur.at_end() {
            self.cur.skip_inline_space(false);
            if self.cur.starts_with(b"/*") {
                self.skip_block_comment()?;
                continue;
            }
            let (start, end) = self.cur.take_line();
            let line = self.cur.bytes().get(start..end).unwrap_or_default();
            let trimmed = trim_ascii(line);
            if trimmed.is_empty()
                || trimmed
                    .iter()
                    .all(|&b| b == b',' || b.is_ascii_whitespace())
            {
                continue;
            }
            if let Some(comment) = trimmed.strip_prefix(b"#") {
                let comment = trim_ascii(comment);
                if let Some(rest) = comment.strip_prefix(b"ALTERNATIVE NAME") {
                    let (index, name) = self.alternative_name(start, rest)?;
                    if let Some(slot) = alternative.get_mut(index) {
                        if slot.is_none() {
                            alternative_count += 1;
                        }
                        *slot = Some(name);
                    }
                }
                continue;
            }
            lines.push((start, end));
        }
        let bytes = self.cur.bytes();
        let lines: Vec<(usize, &[u8])> = lines
            .into_iter()
            .map(|(s, e)| (s, bytes.get(s..e).unwrap_or_default()))
            .collect();
        let use_alternative = alternative_count == n && n > 0 && lines.len() <= 1;
        let (names, rest): (Vec<String>, &[(usize, &[u8])]) = if use_alternative {
            (alternative.into_iter().flatten().collect(), &lines[..])
        } else {
            if lines.len() < n {
                let end = self.cur.bytes().len();
                return Err(self
                    .cur
                    .error_at(end, messages::missing_names(lines.len(), self.candidates)));
            }
            let (name_lines, rest) = lines.split_at(n);
            let mut names = Vec::with_capacity(n);
            for &(start, line) in name_lines {
                names.push(self.canonical(start, line)?);
            }
            (names, rest)
        };
        let mut rest = rest.iter();
        let title = match rest.next() {
            Some(&(start, line)) => Some(self.canonical(start, line)?),
            None => None,
        };
        let trailing = rest
            .map(|(_, l)| String::from_utf8_lossy(trim_ascii(l)).into_owned())
            .collect();
        Ok((names, title, trailing))
    }

    fn canonical(&self, start: usize, line: &[u8]) -> Result<String, ReadError> {
        let text = utf8(&self.cur, start, line)?;
        names::canonical(text).map_err(|offset| {
            self.cur
                .error_at(start + offset, messages::unclosed_quote())
        })
    }

    fn alternative_name(&self, start: usize, rest: &[u8]) -> Result<(usize, String), ReadError> {
        let text = utf8(&self.cur, start, rest)?;
        let bad = || self.cur.error_at(start, messages::bad_alternative_name());
        let (number, name) = text.split_once(':').ok_or_else(bad)?;
        let number: u64 = number.trim().parse().map_err(|_| bad())?;
        if number == 0 || number > u64::from(self.candidates) {
            return Err(self.cur.error_at(
                start,
                messages::candidate_out_of_range(number, self.candidates),
            ));
        }
        let name = names::canonical(name)
            .map_err(|_| self.cur.error_at(start, messages::unclosed_quote()))?;
        Ok((usize::try_from(number - 1).unwrap_or(usize::MAX), name))
    }
}

/// Splits the rest of a ballot line after its weight (`rest`, up to its `\n`) into its
/// words (ranges of `rest`), when the line is plain: words between spaces, tabs,
/// carriage returns and commas, and none of `=`, `#`, `/` or another kind of
/// whitespace anywhere. A plain line reads as its words do; any other line is parsed
/// in full. Returns the line's length and the first word (from the second) not
/// preceded by exactly one space (`usize::MAX` if none), in one pass over the bytes.
fn plain_words(rest: &[u8], words: &mut Vec<(usize, usize)>) -> Option<(usize, usize)> {
    words.clear();
    let mut i = 0;
    let mut prev_end = 0;
    let mut first_bad = usize::MAX;
    while let Some(&b) = rest.get(i) {
        match b {
            b'\n' => break,
            b' ' | b'\t' | b'\r' | b',' => i += 1,
            b'=' | b'#' | b'/' => return None,
            _ if b.is_ascii_whitespace() => return None,
            _ => {
                let s = i;
                while rest.get(i).is_some_and(|&b| {
                    !b.is_ascii_whitespace() && !matches!(b, b',' | b'=' | b'#' | b'/')
                }) {
                    i += 1;
                }
                if !words.is_empty()
                    && first_bad == usize::MAX
                    && !(s == prev_end + 1 && rest.get(prev_end) == Some(&b' '))
                {
                    first_bad = words.len();
                }
                words.push((s, i));
                prev_end = i;
            }
        }
    }
    Some((i, first_bad))
}

/// How each candidate is written in a ballot line that the reader can merge by its
/// words alone: its nickname when the file gives nicknames (and the nickname reads
/// back as that candidate: it starts with no digit and holds no `#` or `/`), else its
/// number from 1. A kept ballot is hashed as its candidates' spellings joined by a
/// space (`=` within a rank); a plain line (see [`plain_words`]) whose words before
/// the final `0` are, one by one, the spellings of a kept strict ballot's candidates
/// parses to exactly that ballot, so it is merged without being parsed.
struct Spelling {
    bytes: Vec<u8>,
    ends: Vec<usize>,
}

impl Spelling {
    fn new(candidates: u32, nicks: Option<&[String]>) -> Self {
        let mut s = Spelling {
            bytes: Vec::new(),
            ends: Vec::with_capacity(candidates as usize),
        };
        for c in 0..candidates {
            match nicks.and_then(|l| l.get(c as usize)).filter(|n| {
                n.as_bytes().first().is_some_and(|b| !b.is_ascii_digit())
                    && !n.bytes().any(|b| b == b'#' || b == b'/')
            }) {
                Some(n) => s.bytes.extend_from_slice(n.as_bytes()),
                None => {
                    let _ = write!(DigitSink(&mut s.bytes), "{}", u64::from(c) + 1);
                }
            }
            s.ends.push(s.bytes.len());
        }
        s
    }

    /// The spelling of candidate `c`.
    fn of(&self, c: CandidateIndex) -> &[u8] {
        let c = c as usize;
        let start = match c.checked_sub(1) {
            Some(p) => self.ends.get(p).copied().unwrap_or(0),
            None => 0,
        };
        let end = self.ends.get(c).copied().unwrap_or(start);
        self.bytes.get(start..end).unwrap_or_default()
    }

    /// Writes the spelling of a flat ranking into `out`: the candidates' spellings
    /// joined by a space, or by `=` before a candidate that shares the rank of the one
    /// before.
    fn render(&self, cands: &[CandidateIndex], tied: &[bool], out: &mut Vec<u8>) {
        out.clear();
        for (i, (&c, &t)) in cands.iter().zip(tied).enumerate() {
            if i > 0 {
                out.push(if t { b'=' } else { b' ' });
            }
            out.extend_from_slice(self.of(c));
        }
    }

    /// Whether `key` is the spelling of the strict ranking `cands` (see
    /// [`Spelling::render`]).
    #[inline]
    fn matches(&self, key: &[u8], cands: &[CandidateIndex]) -> bool {
        let mut rest = key;
        for (i, &c) in cands.iter().enumerate() {
            if i > 0 {
                match rest.split_first() {
                    Some((b' ', r)) => rest = r,
                    _ => return false,
                }
            }
            let word = self.of(c);
            // Words are short: a byte loop, not a call to `memcmp`.
            match (rest.get(..word.len()), rest.get(word.len()..)) {
                (Some(head), Some(tail)) if head.iter().zip(word).all(|(a, b)| a == b) => {
                    rest = tail;
                }
                _ => return false,
            }
        }
        rest.is_empty()
    }
}

/// `write!` into a byte vector.
struct DigitSink<'a>(&'a mut Vec<u8>);

impl fmt::Write for DigitSink<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.extend_from_slice(s.as_bytes());
        Ok(())
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    b.trim_ascii()
}

/// Writes an election as strict BLT: the header, withdrawn candidates as negative
/// numbers, one ballot per line (equal rankings joined by `=`), the lone `0`, every
/// name and the title quoted. [`read`] gives the same election back.
///
/// # Errors
///
/// A [`WriteError`] when the election cannot be written faithfully: no candidates or
/// seats, a ballot of weight 0, an empty rank, a candidate index out of range or twice
/// on a ballot, or a name or title that strict BLT cannot hold (a `"`, a control
/// character, or spaces that the reader would collapse).
pub fn write(election: &RankedElection) -> Result<String, WriteError> {
    write_with(election, None)
}

/// Writes a BLT file: as [`write()`], plus the `[nick ...]` line when every candidate has
/// a nickname and the `[tie ...]` line when the file has one. Ballot ids, other
/// options and trailing lines are not written.
///
/// # Errors
///
/// As [`write()`], and when nicknames are given for some candidates only or cannot be
/// read back (spaces, `=`, `,`, `#`, brackets, or all digits).
pub fn write_file(file: &BltFile) -> Result<String, WriteError> {
    write_with(&file.election, file.tie_order.as_deref())
}

fn write_with(
    election: &RankedElection,
    tie_order: Option<&[CandidateIndex]>,
) -> Result<String, WriteError> {
    let n = election.candidates.len();
    if n == 0 {
        return Err(WriteError::new(messages::write_no_candidates()));
    }
    if election.seats == 0 {
        return Err(WriteError::new(messages::write_no_seats()));
    }
    let mut out = String::with_capacity(64 + election.ballots.len() * 16);
    let _ = writeln!(out, "{} {}", n, election.seats);
    let nicks: Vec<&str> = election
        .candidates
        .iter()
        .filter_map(|c| c.nick.as_deref())
        .collect();
    if !nicks.is_empty() {
        if nicks.len() != n {
            return Err(WriteError::new(messages::nick_count(
                nicks.len(),
                u32::try_from(n).unwrap_or(u32::MAX),
            )));
        }
        for nick in &nicks {
            let ok = !nick.is_empty()
                && !nick.bytes().all(|b| b.is_ascii_digit())
                && !nick
                    .chars()
                    .any(|c| c.is_whitespace() || c.is_control() || "=,#[]()/\"".contains(c));
            if !ok {
                return Err(WriteError::new(messages::write_bad_nick(nick)));
            }
        }
        let _ = writeln!(out, "[nick {}]", nicks.join(" "));
    }
    let check = |what: &str, c: CandidateIndex| {
        if (c as usize) < n {
            Ok(c + 1)
        } else {
            Err(WriteError::new(messages::write_bad_index(what, c, n)))
        }
    };
    if !election.withdrawn.is_empty() {
        let mut line = Vec::with_capacity(election.withdrawn.len());
        for &c in &election.withdrawn {
            line.push(format!("-{}", check("the withdrawn list", c)?));
        }
        let _ = writeln!(out, "{}", line.join(" "));
    }
    if let Some(order) = tie_order {
        let mut line = Vec::with_capacity(order.len());
        for &c in order {
            line.push(check("the tie order", c)?.to_string());
        }
        let _ = writeln!(out, "[tie {}]", line.join(" "));
    }
    let mut seen = vec![0usize; n];
    for (i, ballot) in election.ballots.iter().enumerate() {
        if ballot.weight == 0 {
            return Err(WriteError::new(messages::write_zero_weight(i + 1)));
        }
        let _ = write!(out, "{}", ballot.weight);
        for rank in &ballot.ranks {
            if rank.is_empty() {
                return Err(WriteError::new(messages::write_empty_rank(i + 1)));
            }
            out.push(' ');
            for (j, &c) in rank.iter().enumerate() {
                let Some(s) = seen.get_mut(c as usize) else {
                    return Err(WriteError::new(messages::write_bad_candidate(i + 1, c, n)));
                };
                if *s == i + 1 {
                    return Err(WriteError::new(messages::write_duplicate(i + 1, c)));
                }
                *s = i + 1;
                if j > 0 {
                    out.push('=');
                }
                let _ = write!(out, "{}", c + 1);
            }
        }
        out.push_str(" 0\n");
    }
    out.push_str("0\n");
    for c in &election.candidates {
        if !names::is_canonical(&c.name) {
            return Err(WriteError::new(messages::write_bad_text(
                "candidate name",
                &c.name,
            )));
        }
        let _ = writeln!(out, "\"{}\"", c.name);
    }
    if let Some(title) = &election.title {
        if !names::is_canonical(title) {
            return Err(WriteError::new(messages::write_bad_text("title", title)));
        }
        let _ = writeln!(out, "\"{title}\"");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election::RankedBallot;

    fn err(text: &str) -> String {
        match read(text.as_bytes()) {
            Ok(f) => format!("no error: {f:?}"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn core_grammar_with_withdrawn_candidates() {
        // The example of the BLT format page of Droop (code.google.com/p/droop/wiki/BltFileFormat).
        let f = read(b"4 2\n-2\n3 1 3 4 0\n4 1 3 2 0\n2 4 1 3 0\n1 2 0\n2 2 4 3 1 0\n1 3 4 2 0\n0\n\"Adam\"\n\"Basil\"\n\"Charlotte\"\n\"Donald\"\n\"Title\"\n")
            .unwrap();
        let e = f.election;
        assert_eq!(e.candidates.len(), 4);
        assert_eq!(e.withdrawn, vec![1]);
        assert_eq!(e.ballots.len(), 6);
        assert_eq!(e.total_weight(), 13);
        assert_eq!(
            e.ballots.to_vec()[4].ranks,
            vec![vec![1], vec![3], vec![2], vec![0]]
        );
        assert_eq!(e.title.as_deref(), Some("Title"));
    }

    #[test]
    fn nicknames_options_ids_and_comments() {
        let text = "# a comment\n3 2 /* seats */\n[nick a b c]\n[withdrawn c]\n[droop precision=5]\n(x1) 2 a=b c 0\n(x2) 1 b 0 # trailing\n0\n\"A\"\n\"B\"\n\"C\"\n\"T\"\n";
        let f = read(text.as_bytes()).unwrap();
        assert_eq!(
            f.election.ballots.to_vec()[0].ranks,
            vec![vec![0, 1], vec![2]]
        );
        assert_eq!(f.election.withdrawn, vec![2]);
        assert_eq!(f.ballot_ids, vec![(0, "x1".into()), (1, "x2".into())]);
        assert_eq!(f.options[0].name, "droop");
        assert_eq!(f.options[0].args, vec!["precision=5".to_string()]);
        assert_eq!(f.election.candidates[1].nick.as_deref(), Some("b"));
    }

    #[test]
    fn errors_say_where_and_what_was_expected() {
        assert_eq!(
            err("3 x\n"),
            "line 1, column 3: found `x`, expected the number of seats in the first line"
        );
        assert_eq!(
            err("3 1\n2 1 4 0\n0\n"),
            "line 2, column 5: candidate 4 does not exist: expected a candidate number from 1 to 3"
        );
        assert_eq!(
            err("3 1\n2 1 2\n0\n"),
            "line 2, column 6: ballot line ends without its closing 0: expected `0` after the preferences"
        );
        assert_eq!(
            err("3 1\n2 1 2 1 0\n0\n"),
            "line 2, column 7: candidate 1 appears twice on this ballot: expected each candidate at most once"
        );
        assert_eq!(
            err("2 1\n1 1 0\n0\n\"A\"\n"),
            "line 5, column 1: file ends after 1 candidate names: expected 2 names (quoted lines, or `# ALTERNATIVE NAME` comments) and then the title"
        );
        assert_eq!(
            err("2 1\n1 1 0\n0\n\"A\n\"B\"\n"),
            "line 4, column 1: unclosed quote: expected a closing `\"` on the same line"
        );
        assert_eq!(
            err("2 1\n9223372036854775807 1 0\n9223372036854775807 1 0\n2 1 0\n0\n"),
            "line 4, column 1: the ballots' total weight exceeds 18446744073709551615: expected a smaller total"
        );
    }

    #[test]
    fn alternative_name_comments_stand_in_for_name_lines() {
        // The style of the Glasgow 2007 files in mggg/scot-elex.
        let text = "2 1\n3 1 0\n0\n# ALTERNATIVE NAME 1: Ani  (SPN)\n# ALTERNATIVE NAME 2: Budi (KSPI)\nWard 1\n";
        let e = read(text.as_bytes()).unwrap().election;
        assert_eq!(e.candidates[0].name, "Ani (SPN)");
        assert_eq!(e.candidates[1].name, "Budi (KSPI)");
        assert_eq!(e.title.as_deref(), Some("Ward 1"));
    }

    #[test]
    fn writer_refuses_what_it_cannot_write() {
        let mut e = RankedElection {
            title: None,
            candidates: vec![Candidate::new("A \"x\"")],
            seats: 1,
            withdrawn: vec![],
            ballots: vec![RankedBallot::strict(1, [0])].into(),
        };
        assert!(write(&e).is_err());
        e.candidates[0].name = "A".into();
        assert_eq!(write(&e).unwrap(), "1 1\n1 1 0\n0\n\"A\"\n");
        e.ballots.push(RankedBallot::strict(0, [0]));
        assert!(write(&e).is_err());
    }
}
