//! Every user-facing message of the document model and its readers, in one place so a
//! translation touches one file.

use chrono::NaiveDate;

use super::Group;

pub(crate) fn id_empty(kind: &str) -> String {
    format!("{kind} id is empty; expected 1 to 128 characters")
}

pub(crate) fn id_too_long(kind: &str, len: usize, max: usize) -> String {
    format!("{kind} id is {len} bytes long; expected at most {max}")
}

pub(crate) fn id_bad_start(kind: &str, id: &str) -> String {
    let first = id.chars().next().unwrap_or(' ');
    format!("{kind} id {id:?} starts with {first:?}; expected a letter or a digit first")
}

pub(crate) fn id_bad_char(kind: &str, id: &str, c: char) -> String {
    format!("{kind} id {id:?} contains {c:?}; expected letters, digits and - _ . : /")
}

pub(crate) fn vocab_empty(what: &str) -> String {
    format!("{what} is empty; expected a word such as one of the known values")
}

pub(crate) fn group_syntax(text: &str) -> String {
    format!("group {text:?} is not gender:VALUE, age-under:N or attribute:NAME=VALUE")
}

pub(crate) fn group_bad_age(text: &str, age: &str) -> String {
    format!("group {text:?} has age {age:?}; expected a whole number of years from 1 to 150")
}

pub(crate) fn group_bad_attribute(text: &str) -> String {
    format!("group {text:?} has no NAME=VALUE after attribute:; expected attribute:NAME=VALUE")
}

pub(crate) fn period_reversed(what: &str, start: NaiveDate, end: NaiveDate) -> String {
    format!(
        "{what} ends on {end}, before it starts on {start}; expected an end on or after the start"
    )
}

pub(crate) fn group_count_above_total(group: &Group, count: u32, total: u32) -> String {
    format!("group {group} counts {count} members, more than the total of {total}")
}
