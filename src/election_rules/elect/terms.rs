//! Stage 5: the terms of office: the new terms (seats added by a policy included) and
//! the sitting terms they end.

use chrono::{Months, NaiveDate};

use super::EndedTerm;
use super::select::Selected;
use crate::model::{HowObtained, Organization, PersonId, Post, Term};

/// The seats to fill, in order: each post's seats in turn, in the order of the posts,
/// then `added_seats` co-opted seats on the last post.
///
/// Each run of seats is cut at `people`, the number of the elected: no more of one
/// post's seats can be filled, and since a post's seats are all alike, the seats cut
/// are ones [`assign_seats`] would have left empty (a reserved seat that finds no one
/// of its group leaves the next alike seat without one too). So a document that claims
/// 4,294,967,295 seats costs no more than its elected.
fn seats_to_fill<'p>(
    posts: &[&'p Post],
    added_seats: u32,
    people: usize,
) -> Vec<(&'p Post, HowObtained)> {
    let run = |seats: u32| usize::try_from(seats).map_or(people, |s| s.min(people));
    let mut slots: Vec<(&Post, HowObtained)> = posts
        .iter()
        .flat_map(|p| std::iter::repeat_n((*p, HowObtained::Elected), run(p.seats.get())))
        .collect();
    if let Some(last) = posts.last() {
        slots.extend(std::iter::repeat_n(
            (*last, HowObtained::CoOpted),
            run(added_seats),
        ));
    }
    slots
}

/// The new terms of `elected` (in order of election): each takes a seat
/// ([`assign_seats`]) from the election day, for the body's longest term when it has
/// one, or its law's (ending the day before the anniversary), open-ended otherwise.
pub(super) fn new_terms(
    doc: &Organization,
    sel: &Selected<'_>,
    elected: &[PersonId],
    added_seats: u32,
) -> Vec<Term> {
    let date = sel.date;
    // The body's own ceiling, else the one its law sets (LMRDA §401, TULRCA s.46, RO
    // Act s.145).
    let end = sel
        .body
        .term_rules
        .max_term_months
        .map(std::num::NonZeroU32::get)
        .or_else(|| doc.statutory_term(sel.body).map(|t| t.months))
        .and_then(|m| date.checked_add_months(Months::new(m)))
        .and_then(|d| d.pred_opt());
    let slots = seats_to_fill(&sel.posts, added_seats, elected.len());
    let mut terms = Vec::new();
    for (person, (post, how)) in assign_seats(doc, elected, &slots, date) {
        if let Ok(mut t) = Term::new(person.clone(), post.id.clone(), date, end) {
            t.how = how;
            terms.push(t);
        }
    }
    terms
}

/// Terms of the elected posts still running on the election day: they end the day
/// before. A term starting on or after the day is left alone.
pub(super) fn ended_terms(doc: &Organization, sel: &Selected<'_>) -> Vec<EndedTerm> {
    let date = sel.date;
    let Some(before) = date.pred_opt() else {
        return Vec::new();
    };
    doc.terms
        .iter()
        .enumerate()
        .filter(|(_, t)| sel.posts.iter().any(|p| p.id == t.post))
        .filter(|(_, t)| t.start() < date && t.end().is_none_or(|e| e >= date))
        .map(|(index, t)| EndedTerm {
            index,
            person: t.person.clone(),
            post: t.post.clone(),
            end: before,
        })
        .collect()
}

/// Seats for the elected, in order of election: a seat reserved for a group (a post's
/// `reserved_for`) goes to the best-placed elected member of the group, then every
/// other seat, in the order of the posts, to the others in order of election. A
/// reserved seat no elected member of its group can take goes to the next in order
/// (and `validate` reports it).
fn assign_seats<'p>(
    doc: &Organization,
    elected: &'p [PersonId],
    slots: &[(&'p Post, HowObtained)],
    date: NaiveDate,
) -> Vec<(&'p PersonId, (&'p Post, HowObtained))> {
    let mut taken = vec![false; elected.len()];
    let mut seat_of: Vec<Option<usize>> = vec![None; slots.len()];
    for (k, (post, _)) in slots.iter().enumerate() {
        let Some(group) = &post.reserved_for else {
            continue;
        };
        let pick = elected.iter().enumerate().position(|(i, person)| {
            taken.get(i) == Some(&false)
                && doc
                    .people
                    .iter()
                    .find(|p| &p.id == person)
                    .and_then(|p| group.contains(p, date))
                    .unwrap_or(false)
        });
        if let Some(i) = pick {
            if let Some(t) = taken.get_mut(i) {
                *t = true;
            }
            if let Some(s) = seat_of.get_mut(k) {
                *s = Some(i);
            }
        }
    }
    let mut rest = (0..elected.len()).filter(|&i| taken.get(i) == Some(&false));
    for seat in seat_of.iter_mut().filter(|s| s.is_none()) {
        *seat = rest.next();
    }
    let mut out: Vec<(usize, (&Post, HowObtained))> = seat_of
        .into_iter()
        .zip(slots.iter().copied())
        .filter_map(|(i, slot)| Some((i?, slot)))
        .collect();
    // Terms in order of election.
    out.sort_by_key(|(i, _)| *i);
    out.into_iter()
        .filter_map(|(i, slot)| Some((elected.get(i)?, slot)))
        .collect()
}
