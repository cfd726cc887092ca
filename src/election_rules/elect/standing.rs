//! Stage 2: eligibility on the election day: the electorate counted, the candidates
//! (the ballot file's, or the nominations) judged, the ineligible withdrawn from the
//! count.

use super::lists::{self, ListPoll, ListsOnTheDay};
use super::select::Selected;
use super::{CandidateStanding, ElectError, VoterCounts};
use crate::election::{CandidateIndex, RankedElection};
use crate::election_rules::eligibility::{
    ConditionEffect, Outcome as Standing, Reason, ReferenceDates, eligibility_at,
};
use crate::election_rules::{EligibilityReport, PersonEligibility, messages};
use crate::model::{Organization, PersonId};
use crate::{Finding, Severity};

/// The electorate and the candidates on the election day.
pub(super) struct OnTheDay {
    /// The electorate's eligibility to vote.
    pub voters: VoterCounts,
    /// The candidates, by ballot-file index when there are ballots.
    pub candidates: Vec<CandidateStanding>,
    /// The ballots, with every ineligible candidate withdrawn.
    pub ballots: Option<RankedElection>,
    /// The conditions of candidacy that disqualify more of the electorate than the
    /// rule's `unreasonable_above`.
    pub unreasonable: Vec<ConditionEffect>,
    /// The list election, when the seats are counted from lists.
    pub lists: Option<ListsOnTheDay>,
}

/// Judges the electorate and the candidates on the day of the election `sel`: a
/// ballot candidate who may not stand is withdrawn from the count
/// (`candidate-not-eligible`), one whose eligibility needs review stays in it
/// (`candidate-needs-review`); conditions that exclude too many are flagged
/// (`eligibility-needs-review`); a point the conditions are measured at that the record
/// does not date, or that moved, is said once (`reference-date-not-recorded`,
/// `reference-date-moved`). The candidates of a list election are those of its lists,
/// an ineligible one struck from their list ([`lists::on_the_day`]). Findings are
/// appended to `findings`.
///
/// # Errors
/// [`ElectError::Rule`] when eligibility cannot be judged,
/// [`ElectError::SeatsDiffer`] and [`ElectError::UnknownCandidate`] for a ballot file
/// that does not fit the election, [`ElectError::NoCandidates`] without ballots or
/// nominations, and the errors of [`lists::on_the_day`].
pub(super) fn on_the_day(
    doc: &Organization,
    sel: &Selected<'_>,
    ballots: Option<&RankedElection>,
    poll: Option<&ListPoll>,
    findings: &mut Vec<Finding>,
) -> Result<OnTheDay, ElectError> {
    let mut dates = ReferenceDates::of(sel.election);
    dates.election_day = sel.date;
    let report = eligibility_at(doc, sel.rule, &dates)?;
    // Each point the conditions are measured at that the record does not date, or
    // that moved, said once (not per candidate).
    let k = sel
        .rule
        .elections
        .iter()
        .position(|e| std::ptr::eq(e, sel.election))
        .unwrap_or_default();
    let points: Vec<_> = report
        .measured
        .iter()
        .filter(|m| m.point != crate::model::ReferencePoint::ElectionDay)
        .cloned()
        .collect();
    crate::election_rules::condition_check::point_findings(
        &sel.rule.id,
        sel.date,
        &points,
        &sel.rule_path.clone().key("elections").index(k),
        findings,
    );
    let unreasonable: Vec<ConditionEffect> = report
        .effects
        .iter()
        .filter(|e| e.unreasonable)
        .cloned()
        .collect();
    for e in &unreasonable {
        findings.push(Finding::new(
            "condition-unreasonable",
            Severity::Warning,
            field_path(sel.rule_path.clone(), &e.field),
            crate::election_rules::condition_messages::unreasonable(&sel.rule.id, e),
        ));
    }
    for review in &report.reviews {
        findings.push(Finding::new(
            "eligibility-needs-review",
            Severity::Warning,
            sel.rule_path.clone(),
            messages::effect_review(&sel.rule.id, review),
        ));
    }
    let voters = voter_counts(&report.voters);
    let mut on_lists = None;
    let (candidates, ballots) = match (ballots, poll) {
        (_, Some(poll)) => {
            let (candidates, l) = lists::on_the_day(doc, sel, &report, poll, findings)?;
            on_lists = Some(l);
            (candidates, None)
        }
        (Some(b), None) => {
            let (candidates, b) = ballot_candidates(doc, sel, &report, b, findings)?;
            (candidates, Some(b))
        }
        (None, None) => (nominees(sel, &report, findings)?, None),
    };
    for c in &candidates {
        if let Standing::NeedsReview { reasons } = &c.standing {
            findings.push(Finding::new(
                "candidate-needs-review",
                Severity::Warning,
                sel.rule_path.clone(),
                messages::candidate_review(&c.person, reasons),
            ));
        }
    }
    Ok(OnTheDay {
        voters,
        candidates,
        ballots,
        unreasonable,
        lists: on_lists,
    })
}

/// The JSON path of a condition's field (`candidates.conditions.all-of[1]`) under the
/// rule's path.
fn field_path(mut path: crate::JsonPath, field: &str) -> crate::JsonPath {
    for part in field.split('.') {
        let (key, index) = match part.split_once('[') {
            Some((k, rest)) => (k, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (part, None),
        };
        path = path.key(key);
        if let Some(i) = index {
            path = path.index(i);
        }
    }
    path
}

/// How many of the electorate are eligible, not eligible, or need review.
fn voter_counts(voters: &[PersonEligibility]) -> VoterCounts {
    let count = |f: fn(&Standing) -> bool| voters.iter().filter(|p| f(&p.outcome)).count();
    VoterCounts {
        eligible: count(|s| matches!(s, Standing::Eligible)),
        not_eligible: count(|s| matches!(s, Standing::NotEligible { .. })),
        needs_review: count(|s| matches!(s, Standing::NeedsReview { .. })),
    }
}

/// A candidate's standing: not eligible (not a member) when the report does not know
/// them.
pub(super) fn standing_of(report: &EligibilityReport, person: &PersonId) -> Standing {
    report
        .candidates
        .iter()
        .find(|c| &c.person == person)
        .map_or_else(
            || Standing::NotEligible {
                reasons: vec![Reason::NotAMember],
            },
            |c| c.outcome.clone(),
        )
}

/// The ballot file's candidates, each a person of the document, and the ballots with
/// the ineligible withdrawn (those the file already withdraws are not reported).
fn ballot_candidates(
    doc: &Organization,
    sel: &Selected<'_>,
    report: &EligibilityReport,
    ballots: &RankedElection,
    findings: &mut Vec<Finding>,
) -> Result<(Vec<CandidateStanding>, RankedElection), ElectError> {
    if ballots.seats != sel.seats {
        return Err(ElectError::SeatsDiffer {
            ballots: ballots.seats,
            posts: sel.seats,
        });
    }
    let mut candidates = Vec::new();
    for (i, c) in ballots.candidates.iter().enumerate() {
        let person = PersonId::new(c.name.as_str())
            .ok()
            .filter(|p| doc.people.iter().any(|x| &x.id == p))
            .ok_or_else(|| ElectError::UnknownCandidate {
                index: i + 1,
                name: c.name.clone(),
            })?;
        candidates.push(CandidateStanding {
            standing: standing_of(report, &person),
            person,
            ballot_number: Some(i + 1),
        });
    }
    let mut b = ballots.clone();
    for (i, c) in candidates.iter().enumerate() {
        let withdrawn = CandidateIndex::try_from(i).is_ok_and(|i| b.withdrawn.contains(&i));
        if let (Standing::NotEligible { reasons }, false) = (&c.standing, withdrawn) {
            if let Ok(ci) = CandidateIndex::try_from(i) {
                b.withdrawn.push(ci);
            }
            findings.push(withdrawn_finding(sel, &c.person, reasons));
        }
    }
    b.withdrawn.sort_unstable();
    Ok((candidates, b))
}

/// The nominations recorded for the election, each judged.
fn nominees(
    sel: &Selected<'_>,
    report: &EligibilityReport,
    findings: &mut Vec<Finding>,
) -> Result<Vec<CandidateStanding>, ElectError> {
    if sel.election.nominated.is_empty() {
        return Err(ElectError::NoCandidates {
            rule: sel.rule.id.clone(),
        });
    }
    let candidates: Vec<CandidateStanding> = sel
        .election
        .nominated
        .iter()
        .map(|person| CandidateStanding {
            standing: standing_of(report, person),
            person: person.clone(),
            ballot_number: None,
        })
        .collect();
    for c in &candidates {
        if let Standing::NotEligible { reasons } = &c.standing {
            findings.push(withdrawn_finding(sel, &c.person, reasons));
        }
    }
    Ok(candidates)
}

fn withdrawn_finding(sel: &Selected<'_>, person: &PersonId, reasons: &[Reason]) -> Finding {
    Finding::new(
        "candidate-not-eligible",
        Severity::Warning,
        sel.rule_path.clone(),
        messages::candidate_withdrawn(person, reasons),
    )
}

/// The candidates still standing, by index: eligible or needing review, and not
/// withdrawn from the ballots.
pub(super) fn standing(day: &OnTheDay) -> Vec<usize> {
    day.candidates
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !matches!(c.standing, Standing::NotEligible { .. })
                && !day.ballots.as_ref().is_some_and(|b| {
                    CandidateIndex::try_from(*i).is_ok_and(|ci| b.withdrawn.contains(&ci))
                })
        })
        .map(|(i, _)| i)
        .collect()
}
