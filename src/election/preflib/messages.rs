//! Every message the PrefLib reader shows a user, in one place for translation. The
//! texts are in the catalogues `locales/{en,id}/election.ftl`.

use crate::i18n::tr;

pub(crate) fn missing_alternatives() -> String {
    tr!("preflib-missing-alternatives")
}

pub(crate) fn data_before_header() -> String {
    tr!("preflib-data-before-header")
}

pub(crate) fn bad_header_number(header: &str, found: &str) -> String {
    tr!("preflib-bad-header-number", header = header, found = found)
}

pub(crate) fn no_alternatives() -> String {
    tr!("preflib-no-alternatives")
}

pub(crate) fn too_many_alternatives(claimed: u32, bytes: usize) -> String {
    tr!(
        "preflib-too-many-alternatives",
        claimed = claimed,
        bytes = bytes
    )
}

pub(crate) fn data_type_mismatch(found: &str, expected: &str) -> String {
    tr!(
        "preflib-data-type-mismatch",
        found = found,
        expected = expected
    )
}

pub(crate) fn unknown_data_type(found: &str) -> String {
    tr!("preflib-unknown-data-type", found = found)
}

pub(crate) fn expected_count(found: &str) -> String {
    tr!("preflib-expected-count", found = found)
}

pub(crate) fn expected_colon(found: &str) -> String {
    tr!("preflib-expected-colon", found = found)
}

pub(crate) fn expected_alternative(found: &str, n: u32) -> String {
    tr!("preflib-expected-alternative", found = found, n = n)
}

pub(crate) fn alternative_out_of_range(k: u64, n: u32) -> String {
    tr!("preflib-alternative-out-of-range", k = k, n = n)
}

pub(crate) fn duplicate_alternative(k: u32) -> String {
    tr!("preflib-duplicate-alternative", k = k)
}

pub(crate) fn ties_not_allowed(kind: &str) -> String {
    tr!("preflib-ties-not-allowed", kind = kind)
}

pub(crate) fn empty_tie() -> String {
    tr!("preflib-empty-tie")
}

pub(crate) fn unclosed_tie() -> String {
    tr!("preflib-unclosed-tie")
}

pub(crate) fn incomplete_order(kind: &str, found: usize, n: u32) -> String {
    tr!(
        "preflib-incomplete-order",
        kind = kind,
        found = found,
        n = n
    )
}

pub(crate) fn expected_separator(found: &str) -> String {
    tr!("preflib-expected-separator", found = found)
}

pub(crate) fn zero_count() -> String {
    tr!("preflib-zero-count")
}

pub(crate) fn total_overflow() -> String {
    tr!("preflib-total-overflow")
}

pub(crate) fn bad_alternative_name() -> String {
    tr!("preflib-bad-alternative-name")
}

pub(crate) fn default_name(k: usize) -> String {
    tr!("preflib-default-name", k = k)
}
