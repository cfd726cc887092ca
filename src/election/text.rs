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
        let (len, value) = leading_number(self.bytes.get(self.pos..).unwrap_or_default());
        self.pos += len;
        (len > 0).then_some(value)
    }

    /// The token (up to whitespace or one of `stops`) at the cursor, for messages.
    pub(crate) fn token_at(&self, pos: usize, stops: &[u8]) -> String {
        token_in(self.bytes, pos, stops)
    }
}

/// 1-based line and column (in characters) of byte `pos`, as `u32` (saturating):
/// [`crate::read::line_column_bytes`].
pub(crate) fn line_column(bytes: &[u8], pos: usize) -> (u32, u32) {
    let (line, column) = crate::read::line_column_bytes(bytes, pos);
    (
        u32::try_from(line).unwrap_or(u32::MAX),
        u32::try_from(column).unwrap_or(u32::MAX),
    )
}

/// Reads a run of ASCII digits at the start of `bytes` as a `u64`: the number of
/// digits (0 if there is none) and the value (`None` if it does not fit). The one
/// number reader of the in-memory cursor and the streaming window.
#[inline]
pub(crate) fn leading_number(bytes: &[u8]) -> (usize, Option<u64>) {
    let mut value: Option<u64> = Some(0);
    let mut len = 0;
    for &b in bytes {
        if !b.is_ascii_digit() {
            break;
        }
        value = value
            .and_then(|v| v.checked_mul(10))
            .and_then(|v| v.checked_add(u64::from(b - b'0')));
        len += 1;
    }
    (len, value)
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
