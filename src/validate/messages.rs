//! Every user-facing message of validation, one function per finding code (some codes
//! have a few shapes). The texts are in the catalogues `locales/{en,id}/validate.ftl`
//! (see [`crate::i18n`]).

use chrono::NaiveDate;
use std::fmt::Display;

use crate::i18n::tr;
use crate::model::messages::kind;

fn date_range(from: NaiveDate, to: Option<NaiveDate>) -> String {
    match to {
        Some(to) if to == from => tr!("validate-on", date = from.to_string()),
        Some(to) => tr!(
            "validate-from-to",
            from = from.to_string(),
            to = to.to_string()
        ),
        None => tr!("validate-from-on", from = from.to_string()),
    }
}

fn list<T: Display>(items: &[T]) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

pub(crate) fn duplicate_id(k: &str, id: &str, first: &str) -> String {
    tr!(
        "validate-duplicate-id",
        kind = kind(k),
        id = id,
        first = first
    )
}

pub(crate) fn unknown_reference(k: &str, id: &str) -> String {
    tr!("validate-unknown-reference", kind = kind(k), id = id)
}

pub(crate) fn unknown_method(method: &str) -> String {
    tr!(
        "validate-unknown-method",
        method = method,
        methods = crate::election::METHOD_NAMES.join(", ")
    )
}

pub(crate) fn unit_cycle(cycle: &[&str]) -> String {
    let mut ids: Vec<&str> = cycle.to_vec();
    if let Some(first) = cycle.first() {
        ids.push(first);
    }
    tr!("validate-unit-cycle", ids = ids.join(" -> "))
}

pub(crate) fn level_not_below_parent(
    unit: &str,
    level: &str,
    parent: &str,
    parent_level: &str,
) -> String {
    tr!(
        "validate-level-not-below-parent",
        unit = unit,
        level = level,
        parent = parent,
        parent_level = parent_level
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
    tr!(
        "validate-below-minimum-members",
        unit = unit,
        members = members,
        as_of = as_of.to_string(),
        source = source,
        level = level,
        min = min
    )
}

pub(crate) fn source_records() -> String {
    tr!("validate-source-records")
}

pub(crate) fn source_stats(date: NaiveDate) -> String {
    tr!("validate-source-stats", date = date.to_string())
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
        Some(l) => tr!(
            "validate-below-minimum-affiliates-at",
            unit = unit,
            count = count,
            counted = l,
            as_of = as_of.to_string(),
            level = level,
            min = min
        ),
        None => tr!(
            "validate-below-minimum-affiliates",
            unit = unit,
            count = count,
            as_of = as_of.to_string(),
            level = level,
            min = min
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
    tr!(
        "validate-too-many-affiliations",
        unit = unit,
        count = upward.len(),
        as_of = as_of.to_string(),
        ids = upward.join(", "),
        level = level,
        max = max
    )
}

pub(crate) fn stats_duplicate_date(unit: &str, date: NaiveDate) -> String {
    tr!(
        "validate-stats-duplicate-date",
        unit = unit,
        date = date.to_string()
    )
}

pub(crate) fn substitute_other_body(post: &str, titular: &str) -> String {
    tr!(
        "validate-substitute-other-body",
        post = post,
        titular = titular
    )
}

pub(crate) fn substitute_of_itself(post: &str) -> String {
    tr!("validate-substitute-of-itself", post = post)
}

pub(crate) fn substitute_chain(post: &str, titular: &str) -> String {
    tr!("validate-substitute-chain", post = post, titular = titular)
}

pub(crate) fn condition_other_body(post: &str, body: &str) -> String {
    tr!("validate-condition-other-body", post = post, body = body)
}

pub(crate) fn condition_count_above_seats(count: u32, seats: u64) -> String {
    tr!(
        "validate-condition-count-above-seats",
        count = count,
        seats = seats
    )
}

pub(crate) fn incompatibility_too_few(n: usize) -> String {
    tr!("validate-incompatibility-too-few", count = n)
}

pub(crate) fn term_before_birth(
    person: &str,
    post: &str,
    start: NaiveDate,
    birth: NaiveDate,
) -> String {
    tr!(
        "validate-term-before-birth",
        person = person,
        post = post,
        start = start.to_string(),
        birth = birth.to_string()
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
    tr!(
        "validate-seats-overfilled",
        post = post,
        holders = holders,
        when = date_range(from, to),
        ids = ids.join(", "),
        seats = seats
    )
}

pub(crate) fn holder_not_member(person: &str, post: &str, unit: &str, from: NaiveDate) -> String {
    tr!(
        "validate-holder-not-member",
        person = person,
        post = post,
        unit = unit,
        from = from.to_string()
    )
}

pub(crate) fn reserved_seat_outside_group(
    person: &str,
    post: &str,
    group: &str,
    on: NaiveDate,
) -> String {
    tr!(
        "validate-reserved-seat-outside-group",
        person = person,
        post = post,
        group = group,
        on = on.to_string()
    )
}

pub(crate) fn reserved_seat_unverifiable(person: &str, post: &str, group: &str) -> String {
    tr!(
        "validate-reserved-seat-unverifiable",
        person = person,
        post = post,
        group = group
    )
}

pub(crate) fn incompatible_posts(
    person: &str,
    a: &str,
    b: &str,
    from: NaiveDate,
    to: Option<NaiveDate>,
) -> String {
    tr!(
        "validate-incompatible-posts",
        person = person,
        a = a,
        b = b,
        when = date_range(from, to)
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
    tr!(
        "validate-condition-at-least-broken",
        posts = list(posts),
        in_group = in_group,
        group = group,
        vacant = vacant,
        as_of = as_of.to_string(),
        count = count
    )
}

pub(crate) fn condition_unverifiable(posts: &[&str], unknown: u32, as_of: NaiveDate) -> String {
    tr!(
        "validate-condition-unverifiable",
        posts = list(posts),
        as_of = as_of.to_string(),
        unknown = unknown
    )
}

pub(crate) fn condition_same_gender(posts: &[&str], gender: &str, as_of: NaiveDate) -> String {
    tr!(
        "validate-condition-same-gender",
        posts = list(posts),
        gender = gender,
        as_of = as_of.to_string()
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
    let (start, end) = (start.to_string(), end.to_string());
    let runs = if open {
        tr!("validate-term-runs-open", start = &start, end = &end)
    } else {
        tr!("validate-term-runs", start = &start, end = &end)
    };
    tr!(
        "validate-term-too-long",
        person = person,
        post = post,
        runs = runs,
        max_months = max_months,
        limit = limit.to_string()
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
        Some(m) => format!(" {}", tr!("validate-consecutive-gap", months = m)),
        None => String::new(),
    };
    tr!(
        "validate-consecutive-terms-exceeded",
        person = person,
        run = run,
        post = post,
        start = start.to_string(),
        gap = gap,
        max = max
    )
}

pub(crate) fn vacancy(post: &str, vacant: u64, seats: u32, as_of: NaiveDate) -> String {
    tr!(
        "validate-vacancy",
        post = post,
        vacant = vacant,
        seats = seats,
        as_of = as_of.to_string()
    )
}
