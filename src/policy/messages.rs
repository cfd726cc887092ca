//! Every user-facing text of the policy engine, one function per message, so that a
//! translation touches this file only.

use chrono::NaiveDate;

use super::{
    Base, Conflict, Consequence, GroupId, Hardness, Policy, Reference, Rounding, Rule, RuleId,
    Shape, Share,
};

pub(crate) fn unknown_group(rule: &RuleId, group: &GroupId) -> String {
    format!("rule {rule} names group {group}, which the policy does not define in [[groups]]")
}

pub(crate) fn bad_reference(rule: &RuleId, group: u64, total: u64) -> String {
    format!(
        "rule {rule} gives a reference population of {total} with {group} in the group: expected a total above 0 and no more in the group than in total"
    )
}

pub(crate) fn band_without_groups(rule: &RuleId) -> String {
    format!("rule {rule} is a band with no groups: list the groups it binds")
}

pub(crate) fn band_group_twice(rule: &RuleId, group: &GroupId) -> String {
    format!("rule {rule} lists group {group} twice in its band")
}

pub(crate) fn band_min_above_max(rule: &RuleId, min: Share, max: Share) -> String {
    format!(
        "rule {rule} has a band from {} to {}: the minimum is above the maximum",
        min.percent_label(),
        max.percent_label()
    )
}

pub(crate) fn from_size_zero(rule: &RuleId) -> String {
    format!("rule {rule} applies from 0 seats: from_seats must be at least 1")
}

pub(crate) fn group_twice(group: &GroupId) -> String {
    format!("group {group} is defined twice")
}

pub(crate) fn version_twice(rule: &RuleId, version: u32) -> String {
    format!("rule {rule} has version {version} twice: give each version its own number")
}

pub(crate) fn annulled_before_effective(
    rule: &RuleId,
    version: u32,
    annulled: NaiveDate,
    effective: NaiveDate,
) -> String {
    format!(
        "rule {rule} version {version} is annulled from {annulled}, before it took effect on {effective}"
    )
}

pub(crate) fn no_targets(rule: &RuleId) -> String {
    format!(
        "rule {rule} has an empty scope.targets: name what it applies to (bodies, delegations, candidate-lists, offices)"
    )
}

pub(crate) fn order_rule_twice(rule: &RuleId) -> String {
    format!("order rule {rule} is defined twice")
}

pub(crate) fn bad_block(rule: &RuleId, at_least: u32, in_every: u32) -> String {
    format!(
        "order rule {rule} asks for {at_least} in every {in_every} places: expected blocks of at least 1 place holding no more than the block"
    )
}

pub(crate) fn syntax(message: &str) -> String {
    message.trim().trim_end_matches('.').to_owned()
}

pub(super) fn no_rules() -> String {
    "the policy has no rules: add a [[rules]] or an [[order_rules]] table".to_owned()
}

pub(super) fn rule_selects_nobody(
    policy: &Policy,
    rule: &super::RuleId,
    group: &GroupId,
    holders: u64,
    bodies: u64,
) -> String {
    let holders = match holders {
        1 => "the 1 seat holder".to_owned(),
        n => format!("the {n} seat holders"),
    };
    let bodies = match bodies {
        1 => "the 1 body".to_owned(),
        n => format!("the {n} bodies"),
    };
    format!(
        "rule {rule} selects nobody in its scope: {} among {holders} of {bodies} it covers",
        count_of(policy, group, 0)
    )
}

fn rounding_words(r: Rounding) -> &'static str {
    match r {
        Rounding::Up => "rounding up",
        Rounding::Down => "rounding down",
        Rounding::HalfUp => "rounding half up",
        Rounding::HalfEven => "rounding half to even",
        Rounding::DHondt => "by d'Hondt between the group and the rest",
    }
}

fn many(policy: &Policy, g: &GroupId) -> String {
    policy
        .group(g)
        .map_or_else(|| g.to_string(), |d| d.many.clone())
}

/// `"1 woman"`, `"3 women"`, falling back to the group id.
pub(crate) fn count_of(policy: &Policy, g: &GroupId, n: u64) -> String {
    match policy.group(g) {
        Some(d) => d.count_label(n),
        None => format!("{n} of {g}"),
    }
}

/// What a shape requires, in words: `at least 30% women, rounding up`.
pub fn describe_shape(policy: &Policy, shape: &Shape) -> String {
    match shape {
        Shape::ShareFloor {
            group,
            share,
            rounding,
        } => format!(
            "at least {} {}, {}",
            share.percent_label(),
            many(policy, group),
            rounding_words(*rounding)
        ),
        Shape::Band {
            groups,
            min,
            max,
            rounding,
        } => format!(
            "each of {} between {} and {}, {}",
            groups
                .iter()
                .map(|g| many(policy, g))
                .collect::<Vec<_>>()
                .join(", "),
            min.percent_label(),
            max.percent_label(),
            rounding_words(*rounding)
        ),
        Shape::Proportional {
            group,
            reference,
            rounding,
        } => {
            let population = match reference {
                Reference::UnitMembership => "the unit's membership".to_owned(),
                Reference::Given {
                    label,
                    group_count,
                    total,
                } => format!("the {label} ({group_count} of {total})"),
            };
            format!(
                "{} at least in proportion to their share of {population}, {}",
                many(policy, group),
                rounding_words(*rounding)
            )
        }
        Shape::CountFloor { group, count } => {
            format!("at least {}", count_of(policy, group, u64::from(*count)))
        }
        Shape::FromSize { from_seats, then } => format!(
            "from {from_seats} seats up: {}",
            describe_shape(policy, then)
        ),
    }
}

fn hardness_word(h: Hardness) -> &'static str {
    match h {
        Hardness::Binding => "binding",
        Hardness::Target => "target",
    }
}

fn base_words(b: Base) -> &'static str {
    match b {
        Base::AllSeats => "all seats",
        Base::FilledSeats => "filled seats",
        Base::VotingSeats => "voting seats",
    }
}

pub(crate) fn consequence_words(c: Consequence) -> &'static str {
    match c {
        Consequence::CorrectiveReplacement => "corrective replacement",
        Consequence::FillFloorFirst => "fill the floor first",
        Consequence::ListJump => "list jump",
        Consequence::AddSeats => "add seats",
        Consequence::RefuseDelegation => "delegation refused",
        Consequence::ReportOnly => "report only",
        Consequence::ConstrainedCount => "constrained count",
    }
}

/// The heading of a rule: `rule women-30 v1 (binding, from 2020-01-01): ...`.
pub fn rule_heading(policy: &Policy, rule: &Rule) -> String {
    let mut s = format!(
        "rule {} v{} ({}, from {}",
        rule.id,
        rule.version,
        hardness_word(rule.hardness),
        rule.effective_from
    );
    if let Some(a) = &rule.annulled {
        s.push_str(&format!(", annulled from {} by {}", a.from, a.by));
    }
    s.push_str(&format!(
        "): {}; base {}; if not met: {}",
        describe_shape(policy, &rule.require),
        base_words(rule.base),
        consequence_words(rule.consequence)
    ));
    if let Some(src) = &rule.source {
        s.push_str(&format!("; source: {src}"));
    }
    s
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
            if min_rule == max_rule {
                format!(
                    "rule {min_rule} needs at least {} but allows at most {max}",
                    count_of(policy, group, u64::from(*min))
                )
            } else {
                format!(
                    "rule {min_rule} needs at least {} but rule {max_rule} allows at most {max}",
                    count_of(policy, group, u64::from(*min))
                )
            }
        }
        Conflict::MoreThanSeats {
            group,
            min,
            rule,
            seats,
        } => format!(
            "rule {rule} needs at least {} in {seats} {}",
            count_of(policy, group, u64::from(*min)),
            unit_word("seats", *seats)
        ),
        Conflict::DisjointGroupsExceedSeats {
            groups,
            total,
            seats,
        } => format!(
            "{} need {total} seats together, more than the {seats} {}",
            groups
                .iter()
                .map(|(g, m, r)| format!("rule {r} ({})", count_of(policy, g, u64::from(*m))))
                .collect::<Vec<_>>()
                .join(" and "),
            unit_word("seats", *seats)
        ),
    }
}

pub(crate) fn reference_missing(subject: &str, rule: &RuleId) -> String {
    format!(
        "{subject}: rule {rule} is proportional to the unit's membership, but the unit has no membership statistics in force on the date"
    )
}

pub(crate) fn rule_infeasible(subject: &str, seats: u32, unit: &str, why: &str) -> String {
    format!(
        "{subject} has {seats} {}, where the rule cannot be met: {why}",
        unit_word(unit, seats)
    )
}

pub(crate) fn contradiction(subject: &str, seats: u32, unit: &str, why: &str) -> String {
    format!(
        "{subject} has {seats} {}, where rules contradict each other: {why}",
        unit_word(unit, seats)
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
    let verb = match hardness {
        Hardness::Binding => "needs",
        Hardness::Target => "aims for",
    };
    let more = min - found;
    let mut s = format!(
        "{subject} has {} in {seats} {}; rule {rule} {verb} at least {min} ({} more)",
        count_of(policy, group, u64::from(found)),
        unit_word(unit, seats),
        count_of(policy, group, u64::from(more)),
    );
    if refuse {
        s.push_str("; the delegation is refused");
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
    format!(
        "{subject} has {} in {seats} {}; rule {rule} allows at most {max} ({} too many)",
        count_of(policy, group, u64::from(found)),
        unit_word(unit, seats),
        found - max
    )
}

pub(crate) fn data_missing(
    policy: &Policy,
    subject: &str,
    unknown: u32,
    group: &GroupId,
    rule: &RuleId,
) -> String {
    format!(
        "{subject}: {unknown} {} held by people whose data cannot tell whether they are {} (rule {rule}); they are counted as not",
        if unknown == 1 { "seat is" } else { "seats are" },
        many(policy, group)
    )
}

pub(crate) fn lot_last_seat(
    policy: &Policy,
    subject: &str,
    group: &GroupId,
    rule: &RuleId,
) -> String {
    format!(
        "{subject}: under rule {rule} the last seat is tied by d'Hondt between {} and the rest and is decided by lot; the floor does not count it",
        many(policy, group)
    )
}

pub(crate) fn the_list() -> String {
    "the list".to_owned()
}

pub(crate) fn places_word() -> &'static str {
    "places"
}

pub(crate) fn order_shortfall(
    policy: &Policy,
    rule: &super::OrderRule,
    b: &super::BlockShortfall,
) -> String {
    let mut s = format!(
        "places {}-{} of the list hold {}; rule {} needs at least {} in every {} places",
        b.first,
        b.last,
        count_of(policy, &rule.group, u64::from(b.found)),
        rule.id,
        rule.at_least,
        rule.in_every
    );
    if b.unknown > 0 {
        s.push_str(&format!(" ({} with unknown data)", b.unknown));
    }
    s
}

fn bounds_words(policy: &Policy, seats: u32, groups: &[super::GroupBounds]) -> String {
    groups
        .iter()
        .map(|b| {
            let mut s = if b.max >= seats {
                format!("at least {}", count_of(policy, &b.group, u64::from(b.min)))
            } else {
                format!("{} to {} {}", b.min, b.max, many(policy, &b.group))
            };
            if b.lot_for_last_seat {
                s.push_str(" (+1 if the lot for the tied last seat falls on them)");
            }
            s
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The drafter's table as text: each rule's heading, then one line per size, with the
/// sizes where the rule cannot be met marked, then the contradictions.
pub fn render_explanation(policy: &Policy, e: &super::Explanation) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for table in &e.rules {
        let heading = policy
            .rules()
            .iter()
            .find(|r| r.id == table.rule && r.version == table.version)
            .map_or_else(
                || format!("rule {}", table.rule),
                |r| rule_heading(policy, r),
            );
        let _ = writeln!(out, "{heading}");
        for row in &table.rows {
            let what = match &row.requirement {
                super::Requirement::NotApplicable { from_seats } => {
                    format!("does not apply (from {from_seats} seats)")
                }
                super::Requirement::NeedsReference => {
                    "depends on the unit's membership statistics".to_owned()
                }
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
                    "  {:>3} {}: INFEASIBLE: {what}: {}",
                    row.seats,
                    seats_word(row.seats),
                    why.join("; ")
                );
            }
        }
        let bad = table.infeasible_sizes();
        if !bad.is_empty() {
            let list: Vec<String> = bad.iter().map(u32::to_string).collect();
            let _ = writeln!(out, "  cannot be met at: {} seats", list.join(", "));
        }
        let _ = writeln!(out);
    }
    if e.contradictions.is_empty() {
        let _ = writeln!(out, "no contradictions between rules");
    } else {
        let _ = writeln!(
            out,
            "contradictions between rules ({}):",
            e.contradictions.len()
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

fn seats_word(n: u32) -> &'static str {
    if n == 1 { "seat" } else { "seats" }
}

pub(crate) fn body_label(delegation: bool, id: &str) -> String {
    if delegation {
        format!("delegation {id}")
    } else {
        format!("body {id}")
    }
}

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
    format!(
        "unit {unit} has {} in good standing; {subject} needs {min} under rule {rule}",
        if available == 1 {
            format!(
                "1 {} member",
                policy
                    .group(group)
                    .map_or(group.as_str(), |d| d.one.as_str())
            )
        } else {
            format!(
                "{available} {} members",
                policy
                    .group(group)
                    .map_or(group.as_str(), |d| d.one.as_str())
            )
        }
    )
}

/// The audit report as text: findings grouped by severity, then the summaries per
/// level and per rule.
pub fn render_audit(r: &super::AuditReport) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "audit as of {}: {} {} in scope",
        r.as_of,
        r.bodies_audited,
        if r.bodies_audited == 1 {
            "body"
        } else {
            "bodies"
        }
    );
    out.push_str(&crate::diagnostics::render_text(&r.findings));
    if !r.by_level.is_empty() {
        let _ = writeln!(out, "by level:");
        for l in &r.by_level {
            let _ = writeln!(
                out,
                "  {}: {} of {} bodies comply",
                l.level, l.compliant, l.bodies
            );
        }
    }
    if !r.by_rule.is_empty() {
        let _ = writeln!(out, "by rule:");
        for s in &r.by_rule {
            let _ = writeln!(
                out,
                "  {} v{} ({}): {} in scope, {} comply, {} fall short, {} cannot be met, {} not applicable, {} not judged",
                s.rule,
                s.version,
                hardness_word(s.hardness),
                s.in_scope,
                s.complies,
                s.breaks,
                s.infeasible,
                s.not_applicable,
                s.unknown
            );
        }
    }
    out
}

/// `seats` or `seat`, `places` or `place`.
fn unit_word(unit: &str, n: u32) -> &str {
    if n == 1 {
        unit.strip_suffix('s').unwrap_or(unit)
    } else {
        unit
    }
}
