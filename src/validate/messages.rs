//! Every user-facing message of validation, in one place so a translation touches one
//! file. One function per finding code (some codes have a few shapes).

use chrono::NaiveDate;
use std::fmt::Display;

fn date_range(from: NaiveDate, to: Option<NaiveDate>) -> String {
    match to {
        Some(to) if to == from => format!("on {from}"),
        Some(to) => format!("from {from} to {to}"),
        None => format!("from {from} on"),
    }
}

fn list<T: Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn duplicate_id(kind: &str, id: &str, first: &str) -> String {
    format!("{kind} id {id} is used twice; first at {first}")
}

pub(crate) fn unknown_reference(kind: &str, id: &str) -> String {
    format!("no {kind} has id {id}")
}

pub(crate) fn unknown_method(method: &str) -> String {
    format!(
        "no counting method is named {method}; expected one of {}",
        crate::election::METHOD_NAMES.join(", ")
    )
}

pub(crate) fn unit_cycle(cycle: &[&str]) -> String {
    let mut ids: Vec<&str> = cycle.to_vec();
    if let Some(first) = cycle.first() {
        ids.push(first);
    }
    format!(
        "unit parents form a cycle: {}; expected a tree",
        ids.join(" -> ")
    )
}

pub(crate) fn level_not_below_parent(
    unit: &str,
    level: &str,
    parent: &str,
    parent_level: &str,
) -> String {
    format!(
        "unit {unit} at level {level} has parent {parent} at level {parent_level}; a unit's level must be below its parent's"
    )
}

pub(crate) fn below_minimum_members(
    unit: &str,
    members: u64,
    source: &str,
    as_of: NaiveDate,
    level: &str,
    min: u32,
) -> String {
    format!(
        "unit {unit} has {members} members on {as_of} ({source}); level {level} needs at least {min}"
    )
}

pub(crate) fn source_records() -> &'static str {
    "membership records"
}

pub(crate) fn source_stats(date: NaiveDate) -> String {
    format!("statistics of {date}")
}

pub(crate) fn below_minimum_affiliates(
    unit: &str,
    count: u64,
    counted_level: Option<&str>,
    as_of: NaiveDate,
    level: &str,
    min: u32,
) -> String {
    match counted_level {
        Some(l) => format!(
            "unit {unit} has {count} affiliated units at level {l} on {as_of}; level {level} needs at least {min}"
        ),
        None => format!(
            "unit {unit} has {count} affiliated units on {as_of}; level {level} needs at least {min}"
        ),
    }
}

pub(crate) fn too_many_affiliations(
    unit: &str,
    upward: &[&str],
    as_of: NaiveDate,
    level: &str,
    max: u32,
) -> String {
    format!(
        "unit {unit} is affiliated upward to {} units on {as_of} ({}); level {level} allows at most {max}",
        upward.len(),
        upward.join(", ")
    )
}

pub(crate) fn stats_duplicate_date(unit: &str, date: NaiveDate) -> String {
    format!("unit {unit} has two membership statistics dated {date}; expected one per date")
}

pub(crate) fn substitute_other_body(post: &str, titular: &str) -> String {
    format!(
        "substitute post {post} stands in for {titular}, a post of another body; expected a post of the same body"
    )
}

pub(crate) fn substitute_of_itself(post: &str) -> String {
    format!("post {post} is a substitute for itself; expected another post of the body")
}

pub(crate) fn substitute_chain(post: &str, titular: &str) -> String {
    format!(
        "substitute post {post} stands in for {titular}, itself a substitute; expected a titular post"
    )
}

pub(crate) fn condition_other_body(post: &str, body: &str) -> String {
    format!(
        "condition names post {post}, which is not in body {body}; expected a post of the same body"
    )
}

pub(crate) fn condition_count_above_seats(count: u32, seats: u64) -> String {
    format!("condition needs {count} seats held by a group but its posts have only {seats} seats")
}

pub(crate) fn incompatibility_too_few(n: usize) -> String {
    format!("incompatibility names {n} distinct posts; expected at least 2")
}

pub(crate) fn term_before_birth(
    person: &str,
    post: &str,
    start: NaiveDate,
    birth: NaiveDate,
) -> String {
    format!(
        "term of {person} on post {post} starts on {start}, before the holder's birth date {birth}"
    )
}

pub(crate) fn seats_overfilled(
    post: &str,
    holders: usize,
    from: NaiveDate,
    to: Option<NaiveDate>,
    seats: u32,
    ids: &[&str],
) -> String {
    format!(
        "post {post} has {holders} holders {} ({}); it has {seats} seat{}",
        date_range(from, to),
        ids.join(", "),
        if seats == 1 { "" } else { "s" }
    )
}

pub(crate) fn holder_not_member(person: &str, post: &str, unit: &str, from: NaiveDate) -> String {
    format!(
        "{person} holds post {post} but is not a member in good standing of unit {unit} or a unit above it on {from}"
    )
}

pub(crate) fn reserved_seat_outside_group(
    person: &str,
    post: &str,
    group: &str,
    on: NaiveDate,
) -> String {
    format!("{person} holds post {post}, reserved for {group}, but is not in that group on {on}")
}

pub(crate) fn reserved_seat_unverifiable(person: &str, post: &str, group: &str) -> String {
    format!(
        "{person} holds post {post}, reserved for {group}, and the document does not say whether they are in that group"
    )
}

pub(crate) fn incompatible_posts(
    person: &str,
    a: &str,
    b: &str,
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> String {
    format!(
        "{person} holds incompatible posts {a} and {b} {}",
        date_range(from, to)
    )
}

pub(crate) fn condition_at_least_broken(
    posts: &[&str],
    in_group: u32,
    vacant: u64,
    count: u32,
    group: &str,
    as_of: NaiveDate,
) -> String {
    format!(
        "posts {} have {in_group} holders in {group} and {vacant} vacant seats on {as_of}; the condition needs at least {count} in {group}",
        list(posts)
    )
}

pub(crate) fn condition_unverifiable(posts: &[&str], unknown: u32, as_of: NaiveDate) -> String {
    format!(
        "posts {}: the condition cannot be judged on {as_of}; {unknown} holders lack the data it needs",
        list(posts)
    )
}

pub(crate) fn condition_same_gender(posts: &[&str], gender: &str, as_of: NaiveDate) -> String {
    format!(
        "posts {} are all held by people of gender {gender} on {as_of}; the condition needs different genders",
        list(posts)
    )
}

pub(crate) fn term_too_long(
    person: &str,
    post: &str,
    start: NaiveDate,
    end: NaiveDate,
    open: bool,
    max_months: u32,
    limit: NaiveDate,
) -> String {
    let runs = if open {
        format!("has run from {start} to {end} and is still open")
    } else {
        format!("runs from {start} to {end}")
    };
    format!(
        "term of {person} on post {post} {runs}; the body allows at most {max_months} months (until {limit})"
    )
}

pub(crate) fn consecutive_terms_exceeded(
    person: &str,
    post: &str,
    run: u32,
    start: NaiveDate,
    max: u32,
    cooling: Option<u32>,
) -> String {
    let gap = match cooling {
        Some(m) => format!(" without a break of {m} months"),
        None => String::new(),
    };
    format!(
        "{person} starts a consecutive term {run} on post {post} on {start}{gap}; the body allows at most {max}"
    )
}

pub(crate) fn vacancy(post: &str, vacant: u64, seats: u32, as_of: NaiveDate) -> String {
    format!("post {post} has {vacant} of {seats} seats vacant on {as_of}")
}
