//! Every user-facing text of the policy engine, one function per message. The texts
//! are in the catalogues `locales/{en,id}/policy.ftl`; every text here is in the
//! thread's language (see [`crate::i18n::with_lang`]).
//!
//! The words for a group (`woman`, `women`) are the policy's own; in Indonesian, a
//! group selecting a gender the crate knows (women or men, in any of the spellings
//! the vocabulary check knows) is written `perempuan` or `laki-laki`.

use chrono::NaiveDate;

use super::{
    Base, Conflict, Consequence, GroupId, Hardness, Policy, Reference, Rounding, Rule, RuleId,
    Selector, Shape, Share,
};
use crate::i18n::{self, Arg, Lang, tr};

pub(crate) fn unknown_group(rule: &RuleId, group: &GroupId) -> String {
    tr!(
        "policy-unknown-group",
        rule = rule.as_str(),
        group = group.as_str()
    )
}

pub(crate) fn bad_reference(rule: &RuleId, group: u64, total: u64) -> String {
    tr!(
        "policy-bad-reference",
        rule = rule.as_str(),
        total = total,
        group = group
    )
}

pub(crate) fn band_without_groups(rule: &RuleId) -> String {
    tr!("policy-band-without-groups", rule = rule.as_str())
}

pub(crate) fn band_group_twice(rule: &RuleId, group: &GroupId) -> String {
    tr!(
        "policy-band-group-twice",
        rule = rule.as_str(),
        group = group.as_str()
    )
}

pub(crate) fn band_min_above_max(rule: &RuleId, min: Share, max: Share) -> String {
    tr!(
        "policy-band-min-above-max",
        rule = rule.as_str(),
        min = min.percent_label(),
        max = max.percent_label()
    )
}

pub(crate) fn from_size_zero(rule: &RuleId) -> String {
    tr!("policy-from-size-zero", rule = rule.as_str())
}

pub(crate) fn group_twice(group: &GroupId) -> String {
    tr!("policy-group-twice", group = group.as_str())
}

pub(crate) fn version_twice(rule: &RuleId, version: u32) -> String {
    tr!(
        "policy-version-twice",
        rule = rule.as_str(),
        version = version
    )
}

pub(crate) fn annulled_before_effective(
    rule: &RuleId,
    version: u32,
    annulled: NaiveDate,
    effective: NaiveDate,
) -> String {
    tr!(
        "policy-annulled-before-effective",
        rule = rule.as_str(),
        version = version,
        annulled = annulled.to_string(),
        effective = effective.to_string()
    )
}

pub(crate) fn no_targets(rule: &RuleId) -> String {
    tr!("policy-no-targets", rule = rule.as_str())
}

pub(crate) fn order_rule_twice(rule: &RuleId) -> String {
    tr!("policy-order-rule-twice", rule = rule.as_str())
}

pub(crate) fn bad_block(rule: &RuleId, at_least: u32, in_every: u32) -> String {
    tr!(
        "policy-bad-block",
        rule = rule.as_str(),
        at_least = at_least,
        in_every = in_every
    )
}

pub(crate) fn syntax(message: &str) -> String {
    message.trim().trim_end_matches('.').to_owned()
}

pub(super) fn no_rules() -> String {
    tr!("policy-no-rules")
}

pub(super) fn rule_selects_nobody(
    policy: &Policy,
    rule: &super::RuleId,
    group: &GroupId,
    holders: u64,
    bodies: u64,
) -> String {
    tr!(
        "policy-selects-nobody",
        rule = rule.as_str(),
        none = count_of(policy, group, 0),
        holders = holders,
        bodies = bodies
    )
}

fn rounding_words(r: Rounding) -> String {
    match r {
        Rounding::Up => tr!("policy-rounding-up"),
        Rounding::Down => tr!("policy-rounding-down"),
        Rounding::HalfUp => tr!("policy-rounding-half-up"),
        Rounding::HalfEven => tr!("policy-rounding-half-even"),
        Rounding::DHondt => tr!("policy-rounding-dhondt"),
    }
}

/// In Indonesian, the word for a group selecting a known gender: `perempuan`,
/// `laki-laki` (Indonesian nouns do not change for the plural).
fn known_gender_word(policy: &Policy, g: &GroupId) -> Option<String> {
    if i18n::current() != Lang::Id {
        return None;
    }
    let Selector::Gender(value) = &policy.group(g)?.select else {
        return None;
    };
    let value = value.to_lowercase();
    let class = super::vocabulary::GENDER_SYNONYMS
        .iter()
        .position(|c| c.contains(&value.as_str()))?;
    Some(match class {
        0 => tr!("policy-group-women"),
        _ => tr!("policy-group-men"),
    })
}

/// The word for several members of a group (`women`), falling back to the group id.
pub(crate) fn many(policy: &Policy, g: &GroupId) -> String {
    known_gender_word(policy, g).unwrap_or_else(|| {
        policy
            .group(g)
            .map_or_else(|| g.to_string(), |d| d.many.clone())
    })
}

/// The word for one member of a group (`woman`), falling back to the group id.
pub(crate) fn one(policy: &Policy, g: &GroupId) -> String {
    known_gender_word(policy, g).unwrap_or_else(|| {
        policy
            .group(g)
            .map_or_else(|| g.to_string(), |d| d.one.clone())
    })
}

/// `"1 woman"`, `"3 women"`, falling back to the group id.
pub(crate) fn count_of(policy: &Policy, g: &GroupId, n: u64) -> String {
    if let Some(word) = known_gender_word(policy, g) {
        return format!("{n} {word}");
    }
    match policy.group(g) {
        Some(d) => d.count_label(n),
        None => tr!("policy-count-of-unknown", count = n, group = g.as_str()),
    }
}

/// `seats` or `seat` (`places`, `place`) for `n`, in the thread's language; `unit` is
/// [`seats_unit`] or [`places_word`].
fn unit_word(unit: &str, n: u32) -> String {
    if unit == places_word() {
        tr!("policy-places", count = n)
    } else {
        tr!("policy-seats", count = n)
    }
}

fn and_list(items: &[String]) -> String {
    items.join(&format!(" {} ", tr!("policy-and")))
}

/// What a shape requires, in words: `at least 30% women, rounding up`.
pub fn describe_shape(policy: &Policy, shape: &Shape) -> String {
    match shape {
        Shape::ShareFloor {
            group,
            share,
            rounding,
        } => tr!(
            "policy-shape-share-floor",
            share = share.percent_label(),
            many = many(policy, group),
            rounding = rounding_words(*rounding)
        ),
        Shape::Band {
            groups,
            min,
            max,
            rounding,
        } => tr!(
            "policy-shape-band",
            groups = groups
                .iter()
                .map(|g| many(policy, g))
                .collect::<Vec<_>>()
                .join(", "),
            min = min.percent_label(),
            max = max.percent_label(),
            rounding = rounding_words(*rounding)
        ),
        Shape::Proportional {
            group,
            reference,
            rounding,
            adjust,
        } => {
            let population = match reference {
                Reference::UnitMembership => tr!("policy-population-unit"),
                Reference::Given {
                    label,
                    group_count,
                    total,
                } => tr!(
                    "policy-population-given",
                    label = label,
                    count = *group_count,
                    total = *total
                ),
            };
            tr!(
                "policy-shape-proportional",
                many = many(policy, group),
                population = format!(
                    "{population}{}",
                    super::adjust_words::explain(adjust.as_ref())
                ),
                rounding = rounding_words(*rounding)
            )
        }
        Shape::CountFloor { group, count } => tr!(
            "policy-shape-count-floor",
            count = count_of(policy, group, u64::from(*count))
        ),
        Shape::FromSize { from_seats, then } => tr!(
            "policy-shape-from-size",
            from = *from_seats,
            then = describe_shape(policy, then)
        ),
    }
}

pub(crate) fn hardness_word(h: Hardness) -> String {
    match h {
        Hardness::Binding => tr!("policy-hardness-binding"),
        Hardness::Target => tr!("policy-hardness-target"),
    }
}

fn base_words(b: Base) -> String {
    match b {
        Base::AllSeats => tr!("policy-base-all-seats"),
        Base::FilledSeats => tr!("policy-base-filled-seats"),
        Base::VotingSeats => tr!("policy-base-voting-seats"),
    }
}

pub(crate) fn consequence_words(c: Consequence) -> String {
    match c {
        Consequence::CorrectiveReplacement => tr!("policy-consequence-corrective-replacement"),
        Consequence::FillFloorFirst => tr!("policy-consequence-fill-floor-first"),
        Consequence::ListJump => tr!("policy-consequence-list-jump"),
        Consequence::AddSeats => tr!("policy-consequence-add-seats"),
        Consequence::RefuseDelegation => tr!("policy-consequence-refuse-delegation"),
        Consequence::ReportOnly => tr!("policy-consequence-report-only"),
        Consequence::ConstrainedCount => tr!("policy-consequence-constrained-count"),
    }
}

/// The heading of a rule: `rule women-30 v1 (binding, from 2020-01-01): ...`.
pub fn rule_heading(policy: &Policy, rule: &Rule) -> String {
    let annulled = rule.annulled.as_ref().map_or_else(String::new, |a| {
        format!(
            ", {}",
            tr!(
                "policy-heading-annulled",
                from = a.from.to_string(),
                by = a.by.to_string()
            )
        )
    });
    let source = rule.source.as_ref().map_or_else(String::new, |src| {
        format!("; {}", tr!("policy-heading-source", source = src))
    });
    tr!(
        "policy-heading",
        rule = rule.id.as_str(),
        version = rule.version,
        hardness = hardness_word(rule.hardness),
        from = rule.effective_from.to_string(),
        annulled = annulled,
        shape = describe_shape(policy, &rule.require),
        base = base_words(rule.base),
        consequence = consequence_words(rule.consequence),
        source = source
    )
}

/// A conflict in words.
pub fn describe_conflict(policy: &Policy, c: &Conflict) -> String {
    match c {
        Conflict::MinAboveMax {
            group,
            min,
            min_rule,
            max,
            max_rule,
        } => {
            let count = count_of(policy, group, u64::from(*min));
            if min_rule == max_rule {
                tr!(
                    "policy-conflict-min-above-max-one",
                    rule = min_rule.as_str(),
                    count = count,
                    max = *max
                )
            } else {
                tr!(
                    "policy-conflict-min-above-max",
                    min_rule = min_rule.as_str(),
                    count = count,
                    max_rule = max_rule.as_str(),
                    max = *max
                )
            }
        }
        Conflict::MoreThanSeats {
            group,
            min,
            rule,
            seats,
        } => tr!(
            "policy-conflict-more-than-seats",
            rule = rule.as_str(),
            count = count_of(policy, group, u64::from(*min)),
            seats = *seats,
            unit = unit_word(seats_unit(), *seats)
        ),
        Conflict::DisjointGroupsExceedSeats {
            groups,
            total,
            seats,
        } => {
            let parts: Vec<String> = groups
                .iter()
                .map(|(g, m, r)| {
                    tr!(
                        "policy-conflict-part",
                        rule = r.as_str(),
                        count = count_of(policy, g, u64::from(*m))
                    )
                })
                .collect();
            tr!(
                "policy-conflict-disjoint",
                parts = and_list(&parts),
                total = *total,
                seats = *seats,
                unit = unit_word(seats_unit(), *seats)
            )
        }
    }
}

pub(crate) fn reference_missing(subject: &str, rule: &RuleId) -> String {
    tr!(
        "policy-reference-missing",
        subject = subject,
        rule = rule.as_str()
    )
}

/// The arguments of [`rule_infeasible`] and [`contradiction`].
fn infeasible_args(subject: &str, seats: u32, unit: &str, why: &str) -> [(&'static str, Arg); 4] {
    [
        ("subject", Arg::from(subject)),
        ("seats", Arg::from(seats)),
        ("unit", Arg::from(unit_word(unit, seats))),
        ("why", Arg::from(why)),
    ]
}

pub(crate) fn rule_infeasible(subject: &str, seats: u32, unit: &str, why: &str) -> String {
    tr!(
        "policy-rule-infeasible",
        ..&infeasible_args(subject, seats, unit, why)
    )
}

pub(crate) fn contradiction(subject: &str, seats: u32, unit: &str, why: &str) -> String {
    tr!(
        "policy-contradiction",
        ..&infeasible_args(subject, seats, unit, why)
    )
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn shortfall(
    policy: &Policy,
    subject: &str,
    unit: &str,
    seats: u32,
    group: &GroupId,
    found: u32,
    min: u32,
    rule: &RuleId,
    hardness: Hardness,
    refuse: bool,
) -> String {
    let more = min - found;
    let found = count_of(policy, group, u64::from(found));
    let more = count_of(policy, group, u64::from(more));
    let args = [
        ("subject", Arg::from(subject)),
        ("found", Arg::from(found)),
        ("seats", Arg::from(seats)),
        ("unit", Arg::from(unit_word(unit, seats))),
        ("rule", Arg::from(rule.as_str())),
        ("min", Arg::from(min)),
        ("more", Arg::from(more)),
    ];
    let mut s = match hardness {
        Hardness::Binding => tr!("policy-shortfall-binding", ..&args),
        Hardness::Target => tr!("policy-shortfall-target", ..&args),
    };
    if refuse {
        s.push_str("; ");
        s.push_str(&tr!("policy-delegation-refused"));
    }
    s
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn excess(
    policy: &Policy,
    subject: &str,
    unit: &str,
    seats: u32,
    group: &GroupId,
    found: u32,
    max: u32,
    rule: &RuleId,
) -> String {
    tr!(
        "policy-excess",
        subject = subject,
        found = count_of(policy, group, u64::from(found)),
        seats = seats,
        unit = unit_word(unit, seats),
        rule = rule.as_str(),
        max = max,
        over = found - max
    )
}

pub(crate) fn data_missing(
    policy: &Policy,
    subject: &str,
    unknown: u32,
    group: &GroupId,
    rule: &RuleId,
) -> String {
    tr!(
        "policy-data-missing",
        subject = subject,
        unknown = unknown,
        many = many(policy, group),
        rule = rule.as_str()
    )
}

pub(crate) fn lot_last_seat(
    policy: &Policy,
    subject: &str,
    group: &GroupId,
    rule: &RuleId,
) -> String {
    tr!(
        "policy-lot-last-seat",
        subject = subject,
        rule = rule.as_str(),
        many = many(policy, group)
    )
}

pub(crate) fn the_list() -> String {
    tr!("policy-subject-list")
}

/// The unit of a candidate list's size (a key, translated by `unit_word`).
pub(crate) fn places_word() -> &'static str {
    "places"
}

pub(crate) fn order_shortfall(
    policy: &Policy,
    rule: &super::OrderRule,
    b: &super::BlockShortfall,
) -> String {
    let mut s = tr!(
        "policy-order-shortfall",
        first = b.first,
        last = b.last,
        found = count_of(policy, &rule.group, u64::from(b.found)),
        rule = rule.id.as_str(),
        at_least = rule.at_least,
        in_every = rule.in_every
    );
    if b.unknown > 0 {
        s.push(' ');
        s.push_str(&tr!("policy-order-unknown", unknown = b.unknown));
    }
    s
}

fn bounds_words(policy: &Policy, seats: u32, groups: &[super::GroupBounds]) -> String {
    groups
        .iter()
        .map(|b| {
            let mut s = if b.max >= seats {
                tr!(
                    "policy-bounds-at-least",
                    count = count_of(policy, &b.group, u64::from(b.min))
                )
            } else {
                tr!(
                    "policy-bounds-range",
                    min = b.min,
                    max = b.max,
                    many = many(policy, &b.group)
                )
            };
            if b.lot_for_last_seat {
                s.push(' ');
                s.push_str(&tr!("policy-bounds-lot"));
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The rows of one table (a rule's, or one reading's), a line per size.
fn write_rows(policy: &Policy, rows: &[super::SizeRow], out: &mut String) {
    use std::fmt::Write as _;
    for row in rows {
        let what = match &row.requirement {
            super::Requirement::NotApplicable { from_seats } => {
                tr!("policy-row-not-applicable", from = *from_seats)
            }
            super::Requirement::NeedsReference => tr!("policy-row-needs-reference"),
            super::Requirement::Bounds { groups } => bounds_words(policy, row.seats, groups),
        };
        if row.infeasible.is_empty() {
            let _ = writeln!(out, "  {:>3} {}: {what}", row.seats, seats_word(row.seats));
        } else {
            let why: Vec<String> = row
                .infeasible
                .iter()
                .map(|c| describe_conflict(policy, c))
                .collect();
            let _ = writeln!(
                out,
                "  {:>3} {}: {}: {what}: {}",
                row.seats,
                seats_word(row.seats),
                tr!("policy-row-infeasible"),
                why.join("; ")
            );
        }
    }
}

/// The drafter's table as text, in the thread's language: each rule's heading, then
/// one line per size, with the sizes where the rule cannot be met marked, then the
/// contradictions.
pub fn render_explanation(policy: &Policy, e: &super::Explanation) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for table in &e.rules {
        let heading = policy
            .rules()
            .iter()
            .find(|r| r.id == table.rule && r.version == table.version)
            .map_or_else(
                || tr!("policy-heading-plain", rule = table.rule.as_str()),
                |r| rule_heading(policy, r),
            );
        let _ = writeln!(out, "{heading}");
        write_rows(policy, &table.rows, &mut out);
        if let Some(a) = &table.ambiguous {
            let _ = writeln!(
                out,
                "  {}",
                tr!(
                    "quotas-ambiguous",
                    text = a.text.as_str(),
                    reading = a.reading.as_str()
                )
            );
            for alt in &a.alternatives {
                let _ = writeln!(
                    out,
                    "  {}",
                    tr!("quotas-read-as", reading = alt.label.as_str())
                );
                write_rows(policy, &alt.rows, &mut out);
            }
        }
        let bad = table.infeasible_sizes();
        if !bad.is_empty() {
            let list: Vec<String> = bad.iter().map(u32::to_string).collect();
            let _ = writeln!(
                out,
                "  {}",
                tr!("policy-cannot-be-met-at", sizes = list.join(", "))
            );
        }
        let _ = writeln!(out);
    }
    if e.contradictions.is_empty() {
        let _ = writeln!(out, "{}", tr!("policy-no-contradictions"));
    } else {
        let _ = writeln!(
            out,
            "{}",
            tr!("policy-contradictions", count = e.contradictions.len())
        );
        for c in &e.contradictions {
            let _ = writeln!(
                out,
                "  {:>3} {}: {}",
                c.seats,
                seats_word(c.seats),
                describe_conflict(policy, &c.conflict)
            );
        }
    }
    out
}

fn seats_word(n: u32) -> String {
    tr!("policy-seats", count = n)
}

pub(crate) fn body_label(delegation: bool, id: &str) -> String {
    if delegation {
        tr!("policy-subject-delegation", id = id)
    } else {
        tr!("policy-subject-body", id = id)
    }
}

/// The unit of a body's size (a key, translated by `unit_word`).
pub(crate) fn seats_unit() -> &'static str {
    "seats"
}

pub(crate) fn not_enough_eligible(
    policy: &Policy,
    unit: &str,
    available: u64,
    group: &GroupId,
    subject: &str,
    min: u32,
    rule: &RuleId,
) -> String {
    tr!(
        "policy-not-enough-eligible",
        ..&eligible_args(policy, unit, available, group, subject, min, rule)
    )
}

/// The arguments [`not_enough_eligible`] and [`not_enough_eligible_by_statistics`]
/// share.
fn eligible_args(
    policy: &Policy,
    unit: &str,
    available: u64,
    group: &GroupId,
    subject: &str,
    min: u32,
    rule: &RuleId,
) -> [(&'static str, Arg); 6] {
    [
        ("unit", Arg::from(unit)),
        ("available", Arg::from(available)),
        ("one", Arg::from(one(policy, group))),
        ("subject", Arg::from(subject)),
        ("min", Arg::from(min)),
        ("rule", Arg::from(rule.as_str())),
    ]
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn not_enough_eligible_by_statistics(
    policy: &Policy,
    unit: &str,
    available: u64,
    group: &GroupId,
    date: NaiveDate,
    subject: &str,
    min: u32,
    rule: &RuleId,
) -> String {
    tr!(
        "policy-not-enough-eligible-stats",
        ..&eligible_args(policy, unit, available, group, subject, min, rule),
        date = date.to_string()
    )
}

/// `the plan's source` as a parenthesis, or nothing.
fn plan_source(source: &str) -> String {
    if source.is_empty() {
        String::new()
    } else {
        tr!("policy-seat-plan-source", source = source)
    }
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn seat_plan_short(
    policy: &Policy,
    subject: &str,
    planned: u32,
    group: &GroupId,
    seats: u32,
    source: &str,
    min: u32,
    rule: &RuleId,
) -> String {
    tr!(
        "policy-seat-plan-short",
        ..&seat_plan_args(policy, subject, planned, group, seats, source, rule),
        min = min
    )
}

/// The arguments [`seat_plan_short`] and [`seat_plan_excess`] share.
fn seat_plan_args(
    policy: &Policy,
    subject: &str,
    planned: u32,
    group: &GroupId,
    seats: u32,
    source: &str,
    rule: &RuleId,
) -> [(&'static str, Arg); 6] {
    [
        ("subject", Arg::from(subject)),
        ("planned", Arg::from(planned)),
        ("one", Arg::from(one(policy, group))),
        ("seats", Arg::from(seats)),
        ("source", Arg::from(plan_source(source))),
        ("rule", Arg::from(rule.as_str())),
    ]
}

#[allow(clippy::too_many_arguments)]
pub(crate) fn seat_plan_excess(
    policy: &Policy,
    subject: &str,
    planned: u32,
    group: &GroupId,
    seats: u32,
    source: &str,
    max: u32,
    rule: &RuleId,
) -> String {
    tr!(
        "policy-seat-plan-excess",
        ..&seat_plan_args(policy, subject, planned, group, seats, source, rule),
        max = max
    )
}

/// The audit report as text, in the thread's language: findings grouped by severity,
/// then the summaries per level and per rule.
pub fn render_audit(r: &super::AuditReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            "policy-audit-heading",
            as_of = r.as_of.to_string(),
            count = r.bodies_audited
        )
    );
    out.push_str(&crate::diagnostics::render_text(&r.findings));
    if !r.by_level.is_empty() {
        let _ = writeln!(out, "{}", tr!("policy-audit-by-level"));
        for l in &r.by_level {
            let _ = writeln!(
                out,
                "  {}",
                tr!(
                    "policy-audit-level",
                    level = l.level.as_str(),
                    compliant = l.compliant,
                    bodies = l.bodies
                )
            );
        }
    }
    if !r.by_rule.is_empty() {
        let _ = writeln!(out, "{}", tr!("policy-audit-by-rule"));
        for s in &r.by_rule {
            let _ = writeln!(
                out,
                "  {}",
                tr!(
                    "policy-audit-rule",
                    rule = s.rule.as_str(),
                    version = s.version,
                    hardness = hardness_word(s.hardness),
                    in_scope = s.in_scope,
                    complies = s.complies,
                    breaks = s.breaks,
                    infeasible = s.infeasible,
                    not_applicable = s.not_applicable,
                    unknown = s.unknown
                )
            );
        }
    }
    out
}

/// The words of the vocabulary warnings (`unknown-selector-value`).
pub(crate) mod vocabulary {
    use crate::i18n::tr;

    pub(crate) fn no_gender(group: &str, value: &str) -> String {
        tr!("policy-vocab-no-gender", group = group, value = value)
    }

    pub(crate) fn gender(group: &str, value: &str, used: &str, nearest: &str) -> String {
        tr!(
            "policy-vocab-gender",
            group = group,
            value = value,
            used = used,
            nearest = nearest
        )
    }

    pub(crate) fn attribute_value(
        group: &str,
        name: &str,
        value: &str,
        used: &str,
        nearest: &str,
    ) -> String {
        tr!(
            "policy-vocab-attribute-value",
            group = group,
            name = name,
            value = value,
            used = used,
            nearest = nearest
        )
    }

    pub(crate) fn no_attributes(group: &str, name: &str) -> String {
        tr!("policy-vocab-no-attributes", group = group, name = name)
    }

    pub(crate) fn attribute(group: &str, name: &str, used: &str, nearest: &str) -> String {
        tr!(
            "policy-vocab-attribute",
            group = group,
            name = name,
            used = used,
            nearest = nearest
        )
    }

    pub(crate) fn more(shown: &str, more: usize) -> String {
        tr!("policy-vocab-more", shown = shown, more = more)
    }

    pub(crate) fn nearest(value: &str) -> String {
        format!(" {}", tr!("policy-vocab-nearest", value = value))
    }
}
