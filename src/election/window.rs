//! A byte cursor over a window of a stream, for the ballot-file readers: the file is
//! read through a [`BufRead`] a block of whole lines at a time, and the lines already
//! read are dropped as the reader moves on, so a file is never held whole in memory.
//!
//! The window always starts at the start of a line and ends at the end of one (or at
//! the end of the file), so a reader looking at one line sees all of it; positions are
//! offsets in the window, and turn into the file's line and column only when an error
//! is reported (the lines dropped before the window are counted as they go).

use super::ReadError;
use super::text::line_column;
use std::io::{BufRead, ErrorKind};

/// Lines are dropped only when this many bytes can go at once (amortizes the move).
const DROP_AT: usize = 1 << 16;

/// The most the window takes from the stream at once.
const BLOCK: usize = 1 << 16;

/// A position in a window over a stream of bytes.
pub(crate) struct Window<'a> {
    src: Box<dyn BufRead + 'a>,
    buf: Vec<u8>,
    pos: usize,
    eof: bool,
    /// Lines (newlines) dropped before `buf[0]`.
    base_line: u32,
    /// The I/O error that ended the stream, if one did.
    failed: Option<std::io::Error>,
}

impl<'a> Window<'a> {
    /// A window at the start of `src`, past a UTF-8 byte-order mark if there is one.
    pub(crate) fn new(src: Box<dyn BufRead + 'a>) -> Self {
        let mut w = Window {
            src,
            buf: Vec::new(),
            pos: 0,
            eof: false,
            base_line: 0,
            failed: None,
        };
        while w.buf.len() < 3 && w.fill() {}
        if w.buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
            w.pos = 3;
        }
        w
    }

    /// Appends the next block of whole lines of the stream; `false` when nothing was
    /// left to append.
    fn fill(&mut self) -> bool {
        if self.eof {
            return false;
        }
        let had = self.buf.len();
        loop {
            let chunk = match self.src.fill_buf() {
                Ok(c) => c,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.failed = Some(e);
                    self.eof = true;
                    return self.buf.len() > had;
                }
            };
            if chunk.is_empty() {
                self.eof = true;
                // A last line without its newline was appended piece by piece.
                return self.buf.len() > had;
            }
            // At most a block at a time (a slice hands out all it has at once).
            let part = chunk.get(..chunk.len().min(BLOCK)).unwrap_or_default();
            match part.iter().rposition(|&b| b == b'\n') {
                Some(i) => {
                    self.buf
                        .extend_from_slice(part.get(..=i).unwrap_or_default());
                    self.src.consume(i + 1);
                    return true;
                }
                None => {
                    let n = part.len();
                    self.buf.extend_from_slice(part);
                    self.src.consume(n);
                }
            }
        }
    }

    /// Makes sure the byte at the cursor is in the window, when the stream has one.
    #[inline]
    fn ensure(&mut self) {
        if self.pos >= self.buf.len() {
            self.ensure_slow();
        }
    }

    #[cold]
    fn ensure_slow(&mut self) {
        while self.pos >= self.buf.len() && self.fill() {}
    }

    /// The I/O error that ended the stream early, if one did (taken once).
    pub(crate) fn take_failure(&mut self) -> Option<std::io::Error> {
        self.failed.take()
    }

    /// Drops the lines before the one the cursor is on, when enough have piled up.
    /// Returns how many bytes were dropped (positions before the cursor move back by
    /// as much).
    pub(crate) fn drop_read_lines(&mut self) -> usize {
        if self.pos < DROP_AT {
            return 0;
        }
        let before = self.buf.get(..self.pos).unwrap_or_default();
        let Some(i) = before.iter().rposition(|&b| b == b'\n') else {
            return 0;
        };
        let cut = i + 1;
        let lines = before
            .get(..cut)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.base_line = self
            .base_line
            .saturating_add(u32::try_from(lines).unwrap_or(u32::MAX));
        self.buf.drain(..cut);
        self.pos -= cut;
        cut
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// Moves the cursor to `pos`, reading on if it lies past the window.
    pub(crate) fn set_pos(&mut self, pos: usize) {
        while pos > self.buf.len() && self.fill() {}
        self.pos = pos.min(self.buf.len());
    }

    /// The window's bytes: the current line whole, and perhaps more.
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.buf
    }

    /// The bytes from the cursor on, reading on until `needle` is in them or the
    /// stream ends; the position of `needle` from the cursor, if found.
    pub(crate) fn find_ahead(&mut self, from: usize, needle: &[u8]) -> Option<usize> {
        let mut searched = from;
        loop {
            let rest = self.buf.get(searched..).unwrap_or_default();
            if let Some(i) = rest.windows(needle.len()).position(|w| w == needle) {
                return Some(searched + i - from);
            }
            // Keep the last bytes of the window: the needle may straddle the block.
            searched = self
                .buf
                .len()
                .saturating_sub(needle.len().saturating_sub(1))
                .max(from);
            if !self.fill() {
                return None;
            }
        }
    }

    #[inline]
    pub(crate) fn peek(&mut self) -> Option<u8> {
        self.ensure();
        self.buf.get(self.pos).copied()
    }

    /// The byte `ahead` of the cursor on the same line (the window holds the line
    /// whole).
    #[inline]
    pub(crate) fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.buf.get(self.pos.saturating_add(ahead)).copied()
    }

    pub(crate) fn at_end(&mut self) -> bool {
        self.ensure();
        self.pos >= self.buf.len()
    }

    #[inline]
    pub(crate) fn bump(&mut self) {
        if self.pos < self.buf.len() {
            self.pos += 1;
        }
    }

    pub(crate) fn starts_with(&mut self, s: &[u8]) -> bool {
        self.ensure();
        self.buf
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(s))
    }

    /// The bytes from `start` to the cursor.
    pub(crate) fn since(&self, start: usize) -> &[u8] {
        self.buf.get(start..self.pos).unwrap_or_default()
    }

    /// Skips spaces, tabs, carriage returns and (if `commas`) commas; not newlines.
    #[inline]
    pub(crate) fn skip_inline_space(&mut self, commas: bool) {
        self.ensure();
        while let Some(&b) = self.buf.get(self.pos) {
            if b == b' ' || b == b'\t' || b == b'\r' || (commas && b == b',') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// Moves to the start of the next line (past the `\n`), or to the end.
    pub(crate) fn skip_line(&mut self) {
        self.ensure();
        let rest = self.buf.get(self.pos..).unwrap_or_default();
        match rest.iter().position(|&b| b == b'\n') {
            Some(i) => self.pos += i + 1,
            None => self.pos = self.buf.len(),
        }
    }

    /// The current line (without `\r\n`) as a range of the window, and moves past it.
    pub(crate) fn take_line(&mut self) -> (usize, usize) {
        self.ensure();
        let start = self.pos;
        let rest = self.buf.get(start..).unwrap_or_default();
        let (end, next) = match rest.iter().position(|&b| b == b'\n') {
            Some(i) => (start + i, start + i + 1),
            None => (self.buf.len(), self.buf.len()),
        };
        self.pos = next;
        let end = if end > start && self.buf.get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end
        };
        (start, end)
    }

    /// Reads a run of ASCII digits as a `u64`; `None` (cursor unmoved) if there is no
    /// digit, `Some(None)` if the number does not fit.
    #[inline]
    pub(crate) fn number(&mut self) -> Option<Option<u64>> {
        self.ensure();
        let (len, value) =
            super::text::leading_number(self.buf.get(self.pos..).unwrap_or_default());
        self.pos += len;
        (len > 0).then_some(value)
    }

    /// The token (up to whitespace or one of `stops`) at `pos`, for messages.
    pub(crate) fn token_at(&self, pos: usize, stops: &[u8]) -> String {
        super::text::token_in(&self.buf, pos, stops)
    }

    /// The file line (from 1) and column of window position `pos`.
    pub(crate) fn line_column(&self, pos: usize) -> (u32, u32) {
        let (line, column) = line_column(&self.buf, pos);
        (line.saturating_add(self.base_line), column)
    }

    /// An error at window position `pos`, with its line and column computed now.
    pub(crate) fn error_at(&self, pos: usize, message: String) -> ReadError {
        let (line, column) = self.line_column(pos);
        ReadError::new(line, column, message)
    }

    /// An error at the cursor.
    pub(crate) fn error(&self, message: String) -> ReadError {
        self.error_at(self.pos, message)
    }
}

/// `bytes` as UTF-8, or an error naming the position of the first invalid byte
/// (`start` is the window position of `bytes`).
pub(crate) fn utf8<'b>(
    w: &Window<'_>,
    start: usize,
    bytes: &'b [u8],
) -> Result<&'b str, ReadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        w.error_at(
            start + e.valid_up_to(),
            super::blt::messages::invalid_utf8(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader that hands out a few bytes at a time, as a slow pipe would.
    struct Trickle<'a>(&'a [u8], usize);

    impl std::io::Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            let n = self.1.min(self.0.len()).min(out.len());
            out[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn lines_arrive_whole_and_positions_survive_dropping() {
        let text = "ab\ncd\n".repeat(30_000) + "last";
        let src = std::io::BufReader::with_capacity(7, Trickle(text.as_bytes(), 3));
        let mut w = Window::new(Box::new(src));
        let mut lines = 0u32;
        loop {
            w.drop_read_lines();
            if w.at_end() {
                break;
            }
            let (s, e) = w.take_line();
            lines += 1;
            let line = &w.bytes()[s..e];
            let expected: &[u8] = if lines == 60_001 {
                b"last"
            } else if lines % 2 == 1 {
                b"ab"
            } else {
                b"cd"
            };
            assert_eq!(line, expected, "line {lines}");
            assert_eq!(w.line_column(s), (lines, 1));
        }
        assert_eq!(lines, 60_001);
    }
}
