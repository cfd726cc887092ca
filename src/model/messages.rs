//! Every user-facing message of the document model and its readers, one function per
//! message. The texts are in the catalogues `locales/{en,id}/model.ftl`; each function
//! gives its message the values it names (see [`crate::i18n`]).

use chrono::NaiveDate;

use super::Group;
use crate::i18n::tr;

/// The word for what an identifier, a vocabulary or a period names, in the current
/// language; a kind without a catalogue entry is written as it is.
pub(crate) fn kind(kind: &str) -> String {
    match kind {
        "level" => tr!("model-kind-level"),
        "unit" => tr!("model-kind-unit"),
        "body" => tr!("model-kind-body"),
        "post" => tr!("model-kind-post"),
        "person" => tr!("model-kind-person"),
        "rule" => tr!("model-kind-rule"),
        "group" => tr!("model-kind-group"),
        "gender" => tr!("model-kind-gender"),
        "body kind" => tr!("model-kind-body-kind"),
        "role" => tr!("model-kind-role"),
        "affiliation" => tr!("model-kind-affiliation"),
        "membership" => tr!("model-kind-membership"),
        "term" => tr!("model-kind-term"),
        other => other.to_owned(),
    }
}

pub(crate) fn id_empty(k: &str) -> String {
    tr!("model-id-empty", kind = kind(k))
}

pub(crate) fn id_too_long(k: &str, len: usize, max: usize) -> String {
    tr!("model-id-too-long", kind = kind(k), len = len, max = max)
}

pub(crate) fn id_bad_start(k: &str, id: &str) -> String {
    let first: char = id.chars().next().unwrap_or(' ');
    tr!(
        "model-id-bad-start",
        kind = kind(k),
        id = format!("{id:?}"),
        first = format!("{first:?}")
    )
}

pub(crate) fn id_bad_char(k: &str, id: &str, c: char) -> String {
    tr!(
        "model-id-bad-char",
        kind = kind(k),
        id = format!("{id:?}"),
        char = format!("{c:?}")
    )
}

pub(crate) fn vocab_empty(what: &str) -> String {
    tr!("model-vocab-empty", what = kind(what))
}

pub(crate) fn group_syntax(text: &str) -> String {
    tr!("model-group-syntax", text = format!("{text:?}"))
}

pub(crate) fn group_bad_age(text: &str, age: &str) -> String {
    tr!(
        "model-group-bad-age",
        text = format!("{text:?}"),
        age = format!("{age:?}")
    )
}

pub(crate) fn group_bad_attribute(text: &str) -> String {
    tr!("model-group-bad-attribute", text = format!("{text:?}"))
}

pub(crate) fn period_reversed(what: &str, start: NaiveDate, end: NaiveDate) -> String {
    tr!(
        "model-period-reversed",
        what = kind(what),
        start = start.to_string(),
        end = end.to_string()
    )
}

pub(crate) fn group_count_above_total(group: &Group, count: u32, total: u32) -> String {
    tr!(
        "model-group-count-above-total",
        group = group.to_string(),
        count = count,
        total = total
    )
}
