//! Every message the PrefLib reader shows a user, in one place for translation.

pub(crate) fn missing_alternatives() -> String {
    "file ends before any data: expected a `# NUMBER ALTERNATIVES: n` header line".to_string()
}

pub(crate) fn data_before_header() -> String {
    "order line before the `# NUMBER ALTERNATIVES: n` header: expected the header first".to_string()
}

pub(crate) fn bad_header_number(header: &str, found: &str) -> String {
    format!("found `{found}` in `# {header}`: expected a whole number")
}

pub(crate) fn no_alternatives() -> String {
    "`# NUMBER ALTERNATIVES` is 0: expected at least 1".to_string()
}

pub(crate) fn too_many_alternatives(claimed: u32, bytes: usize) -> String {
    format!(
        "`# NUMBER ALTERNATIVES` is {claimed}, more than the file's {bytes} bytes can name or rank: expected the number of alternatives the file describes"
    )
}

pub(crate) fn data_type_mismatch(found: &str, expected: &str) -> String {
    format!("the file says `# DATA TYPE: {found}`: expected {expected}")
}

pub(crate) fn unknown_data_type(found: &str) -> String {
    format!("unknown data type `{found}`: expected soc, soi, toc or toi")
}

pub(crate) fn expected_count(found: &str) -> String {
    format!("found `{found}`, expected a line `count: preferences` with a whole-number count")
}

pub(crate) fn expected_colon(found: &str) -> String {
    format!("found `{found}` after the count: expected `:`")
}

pub(crate) fn expected_alternative(found: &str, n: u32) -> String {
    format!("found `{found}`, expected an alternative number from 1 to {n}")
}

pub(crate) fn alternative_out_of_range(k: u64, n: u32) -> String {
    format!("alternative {k} does not exist: expected an alternative number from 1 to {n}")
}

pub(crate) fn duplicate_alternative(k: u32) -> String {
    format!("alternative {k} appears twice in this order: expected each at most once")
}

pub(crate) fn ties_not_allowed(kind: &str) -> String {
    format!("`{{` starts a tie, but {kind} data has strict orders: expected an alternative number")
}

pub(crate) fn empty_tie() -> String {
    "empty tie `{}`: expected at least one alternative inside the braces".to_string()
}

pub(crate) fn unclosed_tie() -> String {
    "unclosed tie: expected `}` on the same line".to_string()
}

pub(crate) fn incomplete_order(kind: &str, found: usize, n: u32) -> String {
    format!(
        "this order ranks {found} alternatives, but {kind} data has complete orders: expected all {n}"
    )
}

pub(crate) fn expected_separator(found: &str) -> String {
    format!("found `{found}`, expected `,` or the end of the line")
}

pub(crate) fn zero_count() -> String {
    "count 0: expected a count of at least 1".to_string()
}

pub(crate) fn total_overflow() -> String {
    "the counts' total exceeds 18446744073709551615: expected a smaller total".to_string()
}

pub(crate) fn bad_alternative_name() -> String {
    "malformed `# ALTERNATIVE NAME` line: expected `# ALTERNATIVE NAME <number>: <name>`"
        .to_string()
}

pub(crate) fn default_name(k: usize) -> String {
    format!("alternative {k}")
}
