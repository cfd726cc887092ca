//! JSON paths into a document, as findings report them.

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// One step of a [`JsonPath`]: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PathSegment {
    /// An object member.
    Key(String),
    /// An array element (0-based).
    Index(usize),
}

/// A path into a JSON document, written like `$.units[3].parent`.
///
/// Keys that are not plain identifiers are quoted: `$.extra["a b"]`. Paths compare in
/// document order, so sorting findings by path follows the document.
///
/// ```
/// use union_rulebook::JsonPath;
/// let p = JsonPath::root().key("bodies").index(0).key("posts");
/// assert_eq!(p.to_string(), "$.bodies[0].posts");
/// assert_eq!(p.to_pointer(), "/bodies/0/posts");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct JsonPath {
    segments: Vec<PathSegment>,
}

impl JsonPath {
    /// The document root, `$`.
    pub fn root() -> Self {
        JsonPath::default()
    }

    /// This path followed by an object key.
    #[must_use]
    pub fn key(mut self, key: impl Into<String>) -> Self {
        self.segments.push(PathSegment::Key(key.into()));
        self
    }

    /// This path followed by an array index.
    #[must_use]
    pub fn index(mut self, index: usize) -> Self {
        self.segments.push(PathSegment::Index(index));
        self
    }

    /// The steps of the path, from the root.
    pub fn segments(&self) -> &[PathSegment] {
        &self.segments
    }

    /// The same path as an RFC 6901 JSON Pointer (`/units/3/parent`).
    pub fn to_pointer(&self) -> String {
        let mut out = String::new();
        for s in &self.segments {
            out.push('/');
            match s {
                PathSegment::Key(k) => out.push_str(&k.replace('~', "~0").replace('/', "~1")),
                PathSegment::Index(i) => out.push_str(&i.to_string()),
            }
        }
        out
    }
}

fn is_plain_key(k: &str) -> bool {
    let mut chars = k.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

impl fmt::Display for JsonPath {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("$")?;
        for s in &self.segments {
            match s {
                PathSegment::Key(k) if is_plain_key(k) => write!(f, ".{k}")?,
                PathSegment::Key(k) => write!(f, "[{}]", serde_json::Value::from(k.as_str()))?,
                PathSegment::Index(i) => write!(f, "[{i}]")?,
            }
        }
        Ok(())
    }
}

/// A path as [`JsonPath`]'s `Display` writes it, on the stack: for paths of plain keys
/// and indices that fit (nearly all: `$.bodies[3]`).
struct Short {
    bytes: [u8; 96],
    len: usize,
}

impl Short {
    /// Appends `s`; `false` when it does not fit.
    fn push(&mut self, s: &str) -> bool {
        let end = self.len + s.len();
        match self.bytes.get_mut(self.len..end) {
            Some(room) => {
                room.copy_from_slice(s.as_bytes());
                self.len = end;
                true
            }
            None => false,
        }
    }

    /// The path written as `Display` writes it, or `None` when it has a key that must
    /// be quoted or does not fit.
    fn of(path: &JsonPath) -> Option<Short> {
        let mut out = Short {
            bytes: [0; 96],
            len: 0,
        };
        let mut digits = itoa::Buffer::new();
        let fits = out.push("$")
            && path.segments.iter().all(|s| match s {
                PathSegment::Key(k) => is_plain_key(k) && out.push(".") && out.push(k),
                PathSegment::Index(i) => {
                    out.push("[") && out.push(digits.format(*i)) && out.push("]")
                }
            });
        fits.then_some(out)
    }

    fn as_str(&self) -> Option<&str> {
        std::str::from_utf8(self.bytes.get(..self.len)?).ok()
    }
}

impl Serialize for JsonPath {
    /// The path as `Display` writes it; a short plain path (an audit report writes
    /// hundreds of thousands) is made on the stack and written as one string rather
    /// than piece by piece through the formatter.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match Short::of(self) {
            Some(short) => match short.as_str() {
                Some(text) => serializer.serialize_str(text),
                None => serializer.collect_str(self),
            },
            None => serializer.collect_str(self),
        }
    }
}

impl std::str::FromStr for JsonPath {
    type Err = String;

    /// Reads a path as [`JsonPath`] writes it (`$.units[3].parent`, `$.extra["a b"]`),
    /// so that a finding read back from JSON is the finding that was written.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| format!("JSON path {s:?} cannot be read: {why}");
        let mut rest = s
            .strip_prefix('$')
            .ok_or_else(|| bad("expected it to start with `$`"))?;
        let mut path = JsonPath::root();
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(after.len());
                let (key, tail) = after.split_at(end);
                if !is_plain_key(key) {
                    return Err(bad("expected a key after `.`"));
                }
                path = path.key(key);
                rest = tail;
            } else if let Some(after) = rest.strip_prefix("[\"") {
                // A quoted key: a JSON string up to its closing quote.
                let mut escaped = false;
                let close = after
                    .char_indices()
                    .find(|&(_, c)| {
                        let is_close = c == '"' && !escaped;
                        escaped = c == '\\' && !escaped;
                        is_close
                    })
                    .map(|(i, _)| i)
                    .ok_or_else(|| bad("expected a closing `\"`"))?;
                let literal = after.get(..=close).unwrap_or_default();
                let key: String = serde_json::from_str(&format!("\"{literal}"))
                    .map_err(|_| bad("expected a quoted key"))?;
                rest = after
                    .get(close + 1..)
                    .and_then(|t| t.strip_prefix(']'))
                    .ok_or_else(|| bad("expected `]` after a quoted key"))?;
                path = path.key(key);
            } else if let Some(after) = rest.strip_prefix('[') {
                let (digits, tail) = after
                    .split_once(']')
                    .ok_or_else(|| bad("expected `]` after an index"))?;
                let index = digits
                    .parse::<usize>()
                    .map_err(|_| bad("expected an array index"))?;
                path = path.index(index);
                rest = tail;
            } else {
                return Err(bad("expected `.key`, `[index]` or `[\"key\"]`"));
            }
        }
        Ok(path)
    }
}

impl<'de> Deserialize<'de> for JsonPath {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for JsonPath {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "JsonPath".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "A JSON path into the checked document, such as `$.units[3].parent`."
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stack-written form serialized is exactly what `Display` writes, for plain
    /// paths, quoted keys and paths too long for the buffer.
    #[test]
    fn serializes_as_display_writes() {
        let long = "k".repeat(120);
        let paths = [
            JsonPath::root(),
            JsonPath::root().key("bodies").index(0),
            JsonPath::root()
                .key("bodies")
                .index(usize::MAX)
                .key("posts")
                .index(12),
            JsonPath::root().key("extra").key("a b").index(3),
            JsonPath::root().key(long.as_str()).index(1),
            JsonPath::root().key("_x1").key("1st"),
        ];
        for p in paths {
            let json = serde_json::to_string(&p).unwrap_or_default();
            assert_eq!(
                json,
                serde_json::Value::from(p.to_string()).to_string(),
                "{p}"
            );
        }
    }

    #[test]
    fn quotes_keys_that_are_not_identifiers() {
        let p = JsonPath::root().key("extra").key("a b").key("x/y");
        assert_eq!(p.to_string(), r#"$.extra["a b"]["x/y"]"#);
        assert_eq!(p.to_pointer(), "/extra/a b/x~1y");
    }

    #[test]
    fn reads_back_what_it_writes() {
        let paths = [
            JsonPath::root(),
            JsonPath::root().key("units").index(3).key("parent"),
            JsonPath::root()
                .key("extra")
                .key("a b")
                .key("x/y")
                .key("q\"u\\o")
                .index(0),
            JsonPath::root().key("1st").key(""),
        ];
        for p in paths {
            let text = p.to_string();
            assert_eq!(text.parse::<JsonPath>().as_ref(), Ok(&p), "{text}");
        }
        for bad in ["", "units", "$.", "$[x]", "$[\"a\"", "$.a b", "$[1"] {
            assert!(bad.parse::<JsonPath>().is_err(), "{bad}");
        }
    }

    #[test]
    fn orders_by_document_position() {
        let a = JsonPath::root().key("units").index(2);
        let b = JsonPath::root().key("units").index(10);
        assert!(a < b);
    }
}
