//! A byte cursor over one line held in memory (the PrefLib order lines): no `String`
//! per line. Whole files are read through [`super::window::Window`].

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

    pub(crate) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    pub(crate) fn at_end(&self) -> bool {
        self.pos >= self.bytes.len()
    }

    pub(crate) fn bump(&mut self) {
        if self.pos < self.bytes.len() {
            self.pos += 1;
        }
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
        token_in(self.bytes, pos, stops)
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

/// The token (up to whitespace or one of `stops`, at most 40 bytes; one byte where a
/// stop opens it) at `pos` of `bytes`, for messages. Shared by the in-memory cursor
/// and the streaming window.
pub(crate) fn token_in(bytes: &[u8], pos: usize, stops: &[u8]) -> String {
    let rest = bytes.get(pos..).unwrap_or_default();
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
