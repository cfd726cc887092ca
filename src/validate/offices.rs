//! Checks on bodies, posts and terms of office.

use chrono::{Months, NaiveDate};

use super::index::Index;
use super::{codes, messages, paths};
use crate::model::{Organization, PostCondition, Term};
use crate::{Finding, JsonPath, Severity};

fn next_day(d: NaiveDate) -> NaiveDate {
    d.succ_opt().unwrap_or(d)
}

/// Substitute links and the shape of conditions and incompatibilities.
pub(super) fn post_links(doc: &Organization, ix: &Index<'_>, out: &mut Vec<Finding>) {
    for (b, body) in doc.bodies.iter().enumerate() {
        for (p, post) in body.posts.iter().enumerate() {
            let Some(t) = &post.substitute_for else {
                continue;
            };
            let Some(&g) = ix.post.get(t.as_str()) else {
                continue;
            };
            let Some(&(tb, tp)) = ix.posts.get(g) else {
                continue;
            };
            let message = if tb != b {
                Some(messages::substitute_other_body(
                    post.id.as_str(),
                    t.as_str(),
                ))
            } else if tp == p {
                Some(messages::substitute_of_itself(post.id.as_str()))
            } else if body
                .posts
                .get(tp)
                .is_some_and(|titular| titular.substitute_for.is_some())
            {
                Some(messages::substitute_chain(post.id.as_str(), t.as_str()))
            } else {
                None
            };
            if let Some(m) = message {
                out.push(Finding::new(
                    codes::SUBSTITUTE_INVALID,
                    Severity::Error,
                    paths::post(b, p).key("substitute_for"),
                    m,
                ));
            }
        }
        for (c, cond) in body.conditions.iter().enumerate() {
            let mut seats = 0u64;
            for (k, pid) in cond.posts().iter().enumerate() {
                let Some(&g) = ix.post.get(pid.as_str()) else {
                    continue;
                };
                match ix.posts.get(g) {
                    Some(&(pb, pp)) if pb == b => {
                        seats += body.posts.get(pp).map_or(0, |x| u64::from(x.seats.get()));
                    }
                    _ => out.push(Finding::new(
                        codes::CONDITION_INVALID,
                        Severity::Error,
                        paths::body(b)
                            .key("conditions")
                            .index(c)
                            .key("posts")
                            .index(k),
                        messages::condition_other_body(pid.as_str(), body.id.as_str()),
                    )),
                }
            }
            if let PostCondition::AtLeast { count, .. } = cond
                && u64::from(count.get()) > seats
            {
                out.push(Finding::new(
                    codes::CONDITION_INVALID,
                    Severity::Error,
                    paths::body(b).key("conditions").index(c).key("count"),
                    messages::condition_count_above_seats(count.get(), seats),
                ));
            }
        }
    }
    for (i, inc) in doc.incompatibilities.iter().enumerate() {
        let mut distinct: Vec<&str> = inc.posts.iter().map(|p| p.as_str()).collect();
        distinct.sort_unstable();
        distinct.dedup();
        if distinct.len() < 2 {
            out.push(Finding::new(
                codes::CONDITION_INVALID,
                Severity::Error,
                JsonPath::root()
                    .key("incompatibilities")
                    .index(i)
                    .key("posts"),
                messages::incompatibility_too_few(distinct.len()),
            ));
        }
    }
}

/// Terms grouped by global post number, each group sorted by (person, start).
pub(super) fn terms_by_post(doc: &Organization, ix: &Index<'_>) -> Vec<Vec<usize>> {
    let mut by_post: Vec<Vec<usize>> = vec![Vec::new(); ix.posts.len()];
    for (t, r) in ix.term_refs.iter().enumerate() {
        if let Some((_, g)) = *r
            && let Some(v) = by_post.get_mut(g)
        {
            v.push(t);
        }
    }
    for v in &mut by_post {
        v.sort_by_key(|&t| {
            let term = doc.terms.get(t);
            (
                ix.term_refs.get(t).copied().flatten().map(|r| r.0),
                term.map(Term::start),
                t,
            )
        });
    }
    by_post
}

/// More holders than seats on any date: one sweep over the start and end events of
/// each post's terms.
pub(super) fn overfilled(
    doc: &Organization,
    ix: &Index<'_>,
    by_post: &[Vec<usize>],
    out: &mut Vec<Finding>,
) {
    let mut events: Vec<(NaiveDate, i32)> = Vec::new();
    for (g, terms) in by_post.iter().enumerate() {
        let Some(&(b, p)) = ix.posts.get(g) else {
            continue;
        };
        let Some(post) = doc.bodies.get(b).and_then(|x| x.posts.get(p)) else {
            continue;
        };
        let seats = post.seats.get();
        if terms.len() <= seats as usize {
            continue;
        }
        events.clear();
        for &t in terms {
            if let Some(term) = doc.terms.get(t) {
                events.push((term.start(), 1));
                if let Some(e) = term.end()
                    && let Some(after) = e.succ_opt()
                {
                    events.push((after, -1));
                }
            }
        }
        // Ends (-1) before starts (+1) on the same day: a seat freed on a day can be
        // taken that day.
        events.sort_unstable();
        let mut count: i64 = 0;
        let mut over_since: Option<NaiveDate> = None;
        let mut k = 0;
        while k < events.len() {
            let Some(&(day, _)) = events.get(k) else {
                break;
            };
            while let Some(&(d, delta)) = events.get(k) {
                if d != day {
                    break;
                }
                count += i64::from(delta);
                k += 1;
            }
            let over = count > i64::from(seats);
            match (over, over_since) {
                (true, None) => over_since = Some(day),
                (false, Some(from)) => {
                    report_overfill(doc, post_path(b, p), terms, post, from, day.pred_opt(), out);
                    over_since = None;
                }
                _ => {}
            }
        }
        if let Some(from) = over_since {
            report_overfill(doc, post_path(b, p), terms, post, from, None, out);
        }
    }
}

fn post_path(b: usize, p: usize) -> JsonPath {
    paths::post(b, p)
}

fn report_overfill(
    doc: &Organization,
    path: JsonPath,
    terms: &[usize],
    post: &crate::model::Post,
    from: NaiveDate,
    to: Option<NaiveDate>,
    out: &mut Vec<Finding>,
) {
    let holders: Vec<&str> = terms
        .iter()
        .filter_map(|&t| doc.terms.get(t))
        .filter(|t| t.active_on(from))
        .map(|t| t.person.as_str())
        .collect();
    out.push(Finding::new(
        codes::SEATS_OVERFILLED,
        Severity::Error,
        path,
        messages::seats_overfilled(
            post.id.as_str(),
            holders.len(),
            from,
            to,
            post.seats.get(),
            &holders,
        ),
    ));
}

/// Per-term checks: birth date, good standing, reserved seats, length and
/// consecutive terms.
pub(super) fn terms(
    doc: &Organization,
    ix: &Index<'_>,
    by_post: &[Vec<usize>],
    as_of: NaiveDate,
    out: &mut Vec<Finding>,
) {
    // Memberships by person.
    let mut by_person: Vec<Vec<usize>> = vec![Vec::new(); doc.people.len()];
    for (m, r) in ix.membership_refs.iter().enumerate() {
        if let Some((p, _)) = *r
            && let Some(v) = by_person.get_mut(p)
        {
            v.push(m);
        }
    }
    let mut chain: Vec<usize> = Vec::new();
    let mut spans: Vec<(NaiveDate, Option<NaiveDate>)> = Vec::new();

    for (t, term) in doc.terms.iter().enumerate() {
        let Some((person_i, g)) = ix.term_refs.get(t).copied().flatten() else {
            continue;
        };
        let (Some(person), Some(&(b, p))) = (doc.people.get(person_i), ix.posts.get(g)) else {
            continue;
        };
        let (Some(body), Some(unit_i)) =
            (doc.bodies.get(b), ix.body_unit.get(b).copied().flatten())
        else {
            continue;
        };
        let Some(post) = body.posts.get(p) else {
            continue;
        };

        if let Some(birth) = person.birth_date
            && term.start() < birth
        {
            out.push(Finding::new(
                codes::TERM_BEFORE_BIRTH,
                Severity::Error,
                paths::term(t).key("start"),
                messages::term_before_birth(
                    person.id.as_str(),
                    post.id.as_str(),
                    term.start(),
                    birth,
                ),
            ));
        }

        // Good standing over the term, up to the date.
        if term.start() <= as_of {
            let until = term.end().map_or(as_of, |e| e.min(as_of));
            chain.clear();
            let mut cur = Some(unit_i);
            while let Some(u) = cur {
                if chain.contains(&u) || chain.len() > doc.units.len() {
                    break;
                }
                chain.push(u);
                cur = ix.unit_parent.get(u).copied().flatten();
            }
            spans.clear();
            for &m in by_person.get(person_i).map_or(&[][..], Vec::as_slice) {
                let (Some(ms), Some(Some((_, mu)))) =
                    (doc.memberships.get(m), ix.membership_refs.get(m))
                else {
                    continue;
                };
                if !chain.contains(mu) {
                    continue;
                }
                let end = ms.good_standing_until();
                if end.is_some_and(|e| e < ms.start()) {
                    continue;
                }
                spans.push((ms.start(), end));
            }
            spans.sort_unstable();
            // The first day of the term not covered by good standing, if any.
            let mut covered_to = term.start().pred_opt().unwrap_or(term.start());
            let mut gap: Option<NaiveDate> = None;
            let mut open = false;
            for &(s, e) in &spans {
                if s > next_day(covered_to) {
                    break;
                }
                match e {
                    None => {
                        open = true;
                        break;
                    }
                    Some(e) if e > covered_to => covered_to = e,
                    Some(_) => {}
                }
                if covered_to >= until {
                    break;
                }
            }
            if !open && covered_to < until {
                gap = Some(next_day(covered_to).max(term.start()));
            }
            if let Some(day) = gap {
                let unit_id = doc.units.get(unit_i).map_or("", |u| u.id.as_str());
                out.push(Finding::new(
                    codes::HOLDER_NOT_MEMBER,
                    Severity::Error,
                    paths::term(t).key("person"),
                    messages::holder_not_member(person.id.as_str(), post.id.as_str(), unit_id, day),
                ));
            }
        }

        if let Some(group) = &post.reserved_for {
            match group.contains(person, term.start()) {
                Some(true) => {}
                Some(false) => out.push(Finding::new(
                    codes::RESERVED_SEAT_OUTSIDE_GROUP,
                    Severity::Error,
                    paths::term(t).key("person"),
                    messages::reserved_seat_outside_group(
                        person.id.as_str(),
                        post.id.as_str(),
                        &group.to_string(),
                        term.start(),
                    ),
                )),
                None => out.push(Finding::new(
                    codes::RESERVED_SEAT_UNVERIFIABLE,
                    Severity::Warning,
                    paths::term(t).key("person"),
                    messages::reserved_seat_unverifiable(
                        person.id.as_str(),
                        post.id.as_str(),
                        &group.to_string(),
                    ),
                )),
            }
        }

        if let Some(max) = body.term_rules.max_term_months {
            let open = term.end().is_none();
            let end = term.end().unwrap_or(as_of);
            let limit = term
                .start()
                .checked_add_months(Months::new(max.get()))
                .and_then(|d| d.pred_opt());
            if let Some(limit) = limit
                && end > limit
                && (!open || term.start() <= as_of)
            {
                out.push(Finding::new(
                    codes::TERM_TOO_LONG,
                    Severity::Error,
                    paths::term(t).key(if open { "start" } else { "end" }),
                    messages::term_too_long(
                        person.id.as_str(),
                        post.id.as_str(),
                        term.start(),
                        end,
                        open,
                        max.get(),
                        limit,
                    ),
                ));
            }
        }
    }

    // Consecutive terms of one person in one post.
    for (g, terms) in by_post.iter().enumerate() {
        let Some(&(b, p)) = ix.posts.get(g) else {
            continue;
        };
        let Some(body) = doc.bodies.get(b) else {
            continue;
        };
        let Some(max) = body.term_rules.max_consecutive_terms else {
            continue;
        };
        let Some(post) = body.posts.get(p) else {
            continue;
        };
        let cooling = body.term_rules.cooling_off_months;
        let mut run = 0u32;
        let mut prev: Option<(usize, Option<NaiveDate>)> = None;
        for &t in terms {
            let (Some(term), Some(Some((person_i, _)))) = (doc.terms.get(t), ix.term_refs.get(t))
            else {
                continue;
            };
            let consecutive = match prev {
                Some((pp, prev_end)) if pp == *person_i => match prev_end {
                    None => true,
                    Some(e) => {
                        let free_from = match cooling {
                            Some(m) => next_day(e)
                                .checked_add_months(Months::new(m))
                                .unwrap_or(NaiveDate::MAX),
                            None => next_day(next_day(e)),
                        };
                        term.start() < free_from
                    }
                },
                _ => false,
            };
            run = if consecutive {
                run.saturating_add(1)
            } else {
                1
            };
            if run > max.get() {
                out.push(Finding::new(
                    codes::CONSECUTIVE_TERMS_EXCEEDED,
                    Severity::Error,
                    paths::term(t).key("start"),
                    messages::consecutive_terms_exceeded(
                        term.person.as_str(),
                        post.id.as_str(),
                        run,
                        term.start(),
                        max.get(),
                        cooling,
                    ),
                ));
            }
            // The run's latest end; `None` once a term of the run is open.
            let run_end = match (prev, consecutive) {
                (Some((_, Some(a))), true) => term.end().map(|b| a.max(b)),
                (Some((_, None)), true) => None,
                _ => term.end(),
            };
            prev = Some((*person_i, run_end));
        }
    }
}

/// One person holding two incompatible posts at once.
pub(super) fn incompatibilities(
    doc: &Organization,
    ix: &Index<'_>,
    by_post: &[Vec<usize>],
    out: &mut Vec<Finding>,
) {
    let mut held: Vec<(usize, NaiveDate, Option<NaiveDate>, usize)> = Vec::new();
    for inc in &doc.incompatibilities {
        held.clear();
        let mut globals: Vec<usize> = inc
            .posts
            .iter()
            .filter_map(|p| ix.post.get(p.as_str()).copied())
            .collect();
        globals.sort_unstable();
        globals.dedup();
        for &g in &globals {
            for &t in by_post.get(g).map_or(&[][..], Vec::as_slice) {
                if let (Some(term), Some(Some((person, _)))) =
                    (doc.terms.get(t), ix.term_refs.get(t))
                {
                    held.push((*person, term.start(), term.end(), t));
                }
            }
        }
        held.sort_unstable();
        // Within one person, sorted by start: compare each term with the later ones
        // that start before it ends.
        for (k, &(person, start, end, t)) in held.iter().enumerate() {
            for &(p2, s2, e2, t2) in held.get(k + 1..).unwrap_or(&[]) {
                if p2 != person || end.is_some_and(|e| s2 > e) {
                    break;
                }
                let (Some(a), Some(b)) = (doc.terms.get(t), doc.terms.get(t2)) else {
                    continue;
                };
                if a.post == b.post {
                    continue;
                }
                let to = match (end, e2) {
                    (Some(x), Some(y)) => Some(x.min(y)),
                    (x, y) => x.or(y),
                };
                out.push(Finding::new(
                    codes::INCOMPATIBLE_POSTS,
                    Severity::Error,
                    paths::term(t2).key("post"),
                    messages::incompatible_posts(
                        a.person.as_str(),
                        a.post.as_str(),
                        b.post.as_str(),
                        s2.max(start),
                        to,
                    ),
                ));
            }
        }
    }
}

/// Paired-post conditions and vacancies, as of the date.
pub(super) fn as_of_checks(
    doc: &Organization,
    ix: &Index<'_>,
    by_post: &[Vec<usize>],
    as_of: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let holders_on = |g: usize| -> Vec<usize> {
        by_post
            .get(g)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .copied()
            .filter(|&t| doc.terms.get(t).is_some_and(|x| x.active_on(as_of)))
            .collect()
    };
    for (g, &(b, p)) in ix.posts.iter().enumerate() {
        let Some(post) = doc.bodies.get(b).and_then(|x| x.posts.get(p)) else {
            continue;
        };
        let held = holders_on(g).len() as u64;
        let seats = u64::from(post.seats.get());
        if held < seats {
            out.push(Finding::new(
                codes::VACANCY,
                Severity::Info,
                paths::post(b, p),
                messages::vacancy(post.id.as_str(), seats - held, post.seats.get(), as_of),
            ));
        }
    }

    for (b, body) in doc.bodies.iter().enumerate() {
        for (c, cond) in body.conditions.iter().enumerate() {
            let mut seats = 0u64;
            let mut people = Vec::new();
            let mut ids: Vec<&str> = Vec::new();
            for pid in cond.posts() {
                let Some(&g) = ix.post.get(pid.as_str()) else {
                    continue;
                };
                let Some(&(pb, pp)) = ix.posts.get(g) else {
                    continue;
                };
                if pb != b {
                    continue;
                }
                ids.push(pid.as_str());
                seats += body.posts.get(pp).map_or(0, |x| u64::from(x.seats.get()));
                for t in holders_on(g) {
                    if let Some(Some((person, _))) = ix.term_refs.get(t)
                        && let Some(person) = doc.people.get(*person)
                    {
                        people.push(person);
                    }
                }
            }
            let vacant = seats.saturating_sub(people.len() as u64);
            let path = paths::body(b).key("conditions").index(c);
            match cond {
                PostCondition::AtLeast { count, group, .. } => {
                    let mut in_group = 0u32;
                    let mut unknown = 0u32;
                    for person in &people {
                        match group.contains(person, as_of) {
                            Some(true) => in_group += 1,
                            Some(false) => {}
                            None => unknown += 1,
                        }
                    }
                    let need = u64::from(count.get());
                    if u64::from(in_group) + vacant + u64::from(unknown) < need {
                        out.push(Finding::new(
                            codes::POST_CONDITION_BROKEN,
                            Severity::Error,
                            path,
                            messages::condition_at_least_broken(
                                &ids,
                                in_group,
                                vacant,
                                count.get(),
                                &group.to_string(),
                                as_of,
                            ),
                        ));
                    } else if u64::from(in_group) + vacant < need {
                        out.push(Finding::new(
                            codes::POST_CONDITION_UNVERIFIABLE,
                            Severity::Warning,
                            path,
                            messages::condition_unverifiable(&ids, unknown, as_of),
                        ));
                    }
                }
                PostCondition::DifferentGenders { .. } => {
                    if vacant > 0 || people.len() < 2 {
                        continue;
                    }
                    let unknown = people.iter().filter(|p| p.gender.is_none()).count();
                    if unknown > 0 {
                        out.push(Finding::new(
                            codes::POST_CONDITION_UNVERIFIABLE,
                            Severity::Warning,
                            path,
                            messages::condition_unverifiable(&ids, unknown as u32, as_of),
                        ));
                        continue;
                    }
                    let first = people.first().and_then(|p| p.gender.as_ref());
                    if let Some(g0) = first
                        && people.iter().all(|p| p.gender.as_ref() == Some(g0))
                    {
                        out.push(Finding::new(
                            codes::POST_CONDITION_BROKEN,
                            Severity::Error,
                            path,
                            messages::condition_same_gender(&ids, g0.as_str(), as_of),
                        ));
                    }
                }
            }
        }
    }
}
