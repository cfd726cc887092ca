//! Candidate names and titles as the published files write them, made canonical.
//!
//! The Scottish council files use four styles for the same thing: unquoted
//! (`Marion DONALDSON     (Lab)`), two quoted fields (`"Name" "Party"`), one CSV-escaped
//! field (`"""Name"" ""Party"""`) and PrefLib comments (handled by the reader). All
//! become `Name (Party)` with runs of spaces collapsed, so the same ward read from any
//! style gives the same names.

/// The canonical form of one name line. `Err(offset)` is the byte offset (in `line`) of
/// an unclosed quote.
pub(crate) fn canonical(line: &str) -> Result<String, usize> {
    let trimmed = line
        .trim()
        .trim_end_matches(|c: char| c == ',' || c.is_whitespace());
    let lead = line.len() - line.trim_start().len();
    let unescaped;
    let (text, base) = match single_csv_field(trimmed) {
        Some(inner) => {
            unescaped = inner;
            (unescaped.as_str(), None)
        }
        None => (trimmed, Some(lead)),
    };
    let mut parts: Vec<String> = Vec::new();
    let mut rest = text;
    let mut offset = 0usize;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('"') {
            match after.find('"') {
                Some(end) => {
                    push_part(&mut parts, after.get(..end).unwrap_or_default());
                    rest = after.get(end + 1..).unwrap_or_default();
                    offset += end + 2;
                }
                None => return Err(base.map_or(0, |b| b + offset)),
            }
        } else {
            let end = rest.find('"').unwrap_or(rest.len());
            push_part(&mut parts, rest.get(..end).unwrap_or_default());
            rest = rest.get(end..).unwrap_or_default();
            offset += end;
        }
    }
    let mut parts = parts.into_iter();
    let Some(first) = parts.next() else {
        return Ok(String::new());
    };
    let others: Vec<String> = parts.collect();
    if others.is_empty() {
        Ok(first)
    } else {
        Ok(format!("{first} ({})", others.join(" ")))
    }
}

/// Whether `s` is canonical: quoted, it reads back as itself.
pub(crate) fn is_canonical(s: &str) -> bool {
    !s.contains(['"', '\n', '\r']) && canonical(&format!("\"{s}\"")).as_deref() == Ok(s)
}

fn push_part(parts: &mut Vec<String>, raw: &str) {
    let collapsed = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if !collapsed.is_empty() {
        parts.push(collapsed);
    }
}

/// If `s` is exactly one CSV field in quotes (`"..."` with `""` for a quote), its
/// content.
fn single_csv_field(s: &str) -> Option<String> {
    let body = s.strip_prefix('"')?;
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '"' {
            if chars.peek().is_some_and(|&(_, n)| n == '"') {
                chars.next();
                out.push('"');
            } else {
                return (i + 1 == body.len()).then_some(out);
            }
        } else {
            out.push(c);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn the_four_scottish_styles_agree() {
        // Styles seen in mggg/scot-elex blt_files (2012 to 2022 wards).
        assert_eq!(
            canonical("Marion DONALDSON     (Lab)").as_deref(),
            Ok("Marion DONALDSON (Lab)")
        );
        assert_eq!(
            canonical("\"Jamie COLE-HAMILTON\" \"Scottish Green Party\"").as_deref(),
            Ok("Jamie COLE-HAMILTON (Scottish Green Party)")
        );
        assert_eq!(
            canonical("\"\"\"Kate CAMPBELL\"\" \"\"Scottish Conservative\"\"\"").as_deref(),
            Ok("Kate CAMPBELL (Scottish Conservative)")
        );
        assert_eq!(
            canonical("\"Brian ALLAN \"\"Alba Party\"\"\"").as_deref(),
            Ok("Brian ALLAN (Alba Party)")
        );
        assert_eq!(
            canonical("\"Lab \"\"George ADAM\"\" \"").as_deref(),
            Ok("Lab (George ADAM)")
        );
        assert_eq!(canonical("George HAYTON,").as_deref(), Ok("George HAYTON"));
        assert_eq!(canonical("Wilma,LUMSDEN").as_deref(), Ok("Wilma,LUMSDEN"));
        assert_eq!(canonical("\"Castor\"").as_deref(), Ok("Castor"));
    }

    #[test]
    fn unclosed_quote_is_reported_where_it_opens() {
        assert_eq!(canonical("  \"Castor"), Err(2));
        assert_eq!(canonical("\"A\" \"B"), Err(4));
    }
}
