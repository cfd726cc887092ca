//! A byte cursor shared by the ballot-file readers: no `String` per line, positions
//! turned into line and column only when an error is reported.

use super::ReadError;

/// A position in a byte slice.
pub(crate) struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Cursor<'a> {
    /// A cursor at the start of `bytes`, past a UTF-8 byte-order mark if there is one.
    pub(crate) fn new(bytes: &'a [u8]) -> Self {
        let pos = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
            3
        } else {
            0
        };
        Cursor { bytes, pos }
    }

    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    pub(crate) fn set_pos(&mut self, pos: usize) {
        self.pos = pos.min(self.bytes.len());
    }

    pub(crate) fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    pub(crate) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    pub(crate) fn peek_at(&self, ahead: usize) -> Option<u8> {
        self.bytes.get(self.pos.saturating_add(ahead)).copied()
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    pub(crate) fn bump(&mut self) {
        if self.pos < self.bytes.len() {
            self.pos += 1;
        }
    }

    pub(crate) fn starts_with(&self, s: &[u8]) -> bool {
        self.bytes
            .get(self.pos..)
            .is_some_and(|rest| rest.starts_with(s))
    }

    /// The bytes from `start` to the cursor.
    pub(crate) fn since(&self, start: usize) -> &'a [u8] {
        self.bytes.get(start..self.pos).unwrap_or_default()
    }

    /// Skips spaces, tabs, carriage returns and (if `commas`) commas; not newlines.
    pub(crate) fn skip_inline_space(&mut self, commas: bool) {
        while let Some(b) = self.peek() {
            if b == b' ' || b == b'\t' || b == b'\r' || (commas && b == b',') {
                self.pos += 1;
            } else {
                break;
            }
        }
    }

    /// Moves to the start of the next line (past the `\n`), or to the end.
    pub(crate) fn skip_line(&mut self) {
        match memchr(b'\n', self.bytes.get(self.pos..).unwrap_or_default()) {
            Some(i) => self.pos += i + 1,
            None => self.pos = self.bytes.len(),
        }
    }

    /// The rest of the current line (without `\r\n`), and moves past it.
    pub(crate) fn take_line(&mut self) -> (usize, &'a [u8]) {
        let start = self.pos;
        let rest = self.bytes.get(start..).unwrap_or_default();
        let (line, next) = match memchr(b'\n', rest) {
            Some(i) => (rest.get(..i).unwrap_or_default(), start + i + 1),
            None => (rest, self.bytes.len()),
        };
        self.pos = next;
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        (start, line)
    }

    /// Reads a run of ASCII digits as a `u64`; `None` (cursor unmoved) if there is no
    /// digit, `Some(None)` if the number does not fit.
    pub(crate) fn number(&mut self) -> Option<Option<u64>> {
        let start = self.pos;
        let mut value: Option<u64> = Some(0);
        while let Some(b) = self.peek() {
            if !b.is_ascii_digit() {
                break;
            }
            value = value
                .and_then(|v| v.checked_mul(10))
                .and_then(|v| v.checked_add(u64::from(b - b'0')));
            self.pos += 1;
        }
        if self.pos == start { None } else { Some(value) }
    }

    /// The token (up to whitespace or one of `stops`) at the cursor, for messages.
    pub(crate) fn token_at(&self, pos: usize, stops: &[u8]) -> String {
        let rest = self.bytes.get(pos..).unwrap_or_default();
        let end = rest
            .iter()
            .position(|b| b.is_ascii_whitespace() || stops.contains(b))
            .unwrap_or(rest.len());
        let end = if end == 0 {
            rest.len().min(1)
        } else {
            end.min(40)
        };
        String::from_utf8_lossy(rest.get(..end).unwrap_or_default()).into_owned()
    }

    /// An error at byte `pos`, with its line and column computed now.
    pub(crate) fn error_at(&self, pos: usize, message: String) -> ReadError {
        let (line, column) = line_column(self.bytes, pos);
        ReadError::new(line, column, message)
    }

    /// An error at the cursor.
    pub(crate) fn error(&self, message: String) -> ReadError {
        self.error_at(self.pos, message)
    }
}

/// 1-based line and column (in characters) of byte `pos`.
pub(crate) fn line_column(bytes: &[u8], pos: usize) -> (u32, u32) {
    let pos = pos.min(bytes.len());
    let before = bytes.get(..pos).unwrap_or_default();
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    let column = before
        .get(line_start..)
        .unwrap_or_default()
        .iter()
        .filter(|&&b| (b & 0xC0) != 0x80)
        .count()
        + 1;
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// The first position of `needle` in `hay`.
pub(crate) fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

/// `bytes` as UTF-8, or an error naming the position of the first invalid byte.
pub(crate) fn utf8<'a>(
    cur: &Cursor<'_>,
    start: usize,
    bytes: &'a [u8],
) -> Result<&'a str, ReadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        cur.error_at(
            start + e.valid_up_to(),
            super::blt::messages::invalid_utf8(),
        )
    })
}
