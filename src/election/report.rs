//! The whole answer of a count as `rulebook tally` gives it: [`TallyReport`], built
//! from the election and its [`Outcome`] by [`TallyReport::new`] (or, for votes per
//! list, [`TallyReport::for_lists`]), serialized as the CLI's JSON and rendered as its
//! text by [`TallyReport::render_text`].
//!
//! Candidates are 0-based [`CandidateIndex`]es in Rust and numbered from 1 in the JSON
//! and the text, as in the ballot file.

mod messages;

use super::numbering::{one_based, one_based_vec};
use super::{
    CandidateIndex, CandidateNumber, CandidateStatus, ListVotes, Method, Outcome, RankedElection,
    Stage, StageAction, TallyError, TieBreak, TieRecord, TieSettlement, Votes,
};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The result of `rulebook tally`: the count's [`Outcome`] with the candidates'
/// names, the number of ballots and the election's title.
///
/// Its JSON is what `rulebook tally --format json` prints, byte for byte
/// (`serde_json::to_string_pretty`), and its text ([`TallyReport::render_text`]) is
/// what the command prints without `--format json`. Every candidate is numbered from 1
/// in the JSON and the text (0-based indices in Rust).
///
/// ```
/// use union_rulebook::election::{
///     tally, Candidate, Method, RankedBallot, RankedElection, TieBreak,
/// };
/// let e = RankedElection {
///     title: Some("DPC Bekasi chair".into()),
///     candidates: vec![Candidate::new("Sari"), Candidate::new("Budi"), Candidate::new("Wati")],
///     seats: 1,
///     withdrawn: vec![],
///     ballots: vec![
///         RankedBallot::strict(4, [0, 2]),
///         RankedBallot::strict(5, [1]),
///         RankedBallot::strict(3, [2, 0]),
///     ].into(),
/// };
/// let report = tally(&e, &Method::Irv, &TieBreak::Fail, None)?;
/// assert_eq!(report.elected[0].name, "Sari");
/// assert_eq!(report.ballots, 12);
/// let json = serde_json::to_value(&report)?;
/// assert_eq!(json["elected"][0]["candidate"], 1); // numbered from 1
/// assert!(report.render_text(false).contains("1. Sari (candidate 1), at stage 2"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct TallyReport {
    /// The election's title, when the ballot file gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The method's name (`scottish-stv`, `dhondt`, ...).
    pub method: String,
    /// Seats to fill.
    pub seats: u32,
    /// The number of ballots (the sum of the ballots' weights); for votes per list,
    /// the votes for all lists.
    pub ballots: u64,
    /// The elected candidates (for list methods: the lists that won seats), in order
    /// of election.
    pub elected: Vec<ElectedCandidate>,
    /// Seats left empty because candidates ran out (0 when all seats are filled).
    pub unfilled: u32,
    /// The quota, for methods that have one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quota: Option<Votes>,
    /// Every candidate (for list methods: every list), in ballot-file order.
    pub candidates: Vec<CandidateLine>,
    /// The stage-by-stage transcript (candidates numbered from 1).
    pub stages: Vec<Stage>,
    /// Every tie met during the count and how it was settled.
    pub ties: Vec<TieRecord>,
    /// The votes each stage after the first moved, from the stage's surplus or
    /// excluded candidates to the others (what the HTML report draws as a flow).
    #[serde(default)]
    pub transfers: Vec<StageTransfer>,
    /// Where the count stands: `complete` (left out of the JSON), or `runoff-needed`
    /// when a two-round vote's first round gave nobody a majority and its second-round
    /// ballots were not given.
    #[serde(default, skip_serializing_if = "TallyStatus::is_complete")]
    pub status: TallyStatus,
    /// For `runoff-needed`: the two candidates of the second round, the leader first,
    /// with their first-round votes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub runoff: Vec<RunoffCandidate>,
}

/// Where a count stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum TallyStatus {
    /// The count is complete: `elected` is its result.
    #[default]
    Complete,
    /// The first round of a two-round vote gave nobody a majority: the second round,
    /// between the two candidates of [`TallyReport::runoff`], is still to be held.
    RunoffNeeded,
}

impl TallyStatus {
    /// Whether the count is complete.
    pub fn is_complete(&self) -> bool {
        *self == TallyStatus::Complete
    }
}

/// A candidate of the second round still to be held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct RunoffCandidate {
    /// The candidate (0-based in Rust, numbered from 1 in JSON).
    #[serde(with = "one_based")]
    #[schemars(with = "CandidateNumber")]
    pub candidate: CandidateIndex,
    /// The candidate's name as the ballot file gives it.
    pub name: String,
    /// The candidate's votes in the first round.
    pub votes: Votes,
}

/// The votes one stage of a count moved: each candidate's total at the end of the
/// stage less their total at the end of the stage before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct StageTransfer {
    /// The stage (from 2).
    pub stage: u32,
    /// Whose votes moved: the candidate whose surplus was transferred, or the excluded
    /// candidates (0-based in Rust, numbered from 1 in JSON); empty for other stages.
    #[serde(with = "one_based_vec")]
    #[schemars(with = "Vec<CandidateNumber>")]
    pub from: Vec<CandidateIndex>,
    /// Each candidate's change, in candidate order (negative for those whose votes
    /// moved).
    pub change: Vec<Votes>,
    /// The change in non-transferable votes.
    pub non_transferable: Votes,
}

/// `a - b` in the finer of their scales; `None` on overflow.
fn difference(a: Votes, b: Votes) -> Option<Votes> {
    let places = a.places().max(b.places());
    let scale = |v: Votes| {
        10i128
            .checked_pow(u32::from(places - v.places()))
            .and_then(|f| v.raw().checked_mul(f))
    };
    Some(Votes::from_raw(scale(a)?.checked_sub(scale(b)?)?, places))
}

/// The transfers between consecutive stages; a stage whose change overflows is left
/// out.
fn transfers(stages: &[Stage]) -> Vec<StageTransfer> {
    stages
        .windows(2)
        .filter_map(|w| {
            let [before, after] = w else { return None };
            let from = match &after.action {
                StageAction::Surplus { candidate, .. } => vec![*candidate],
                StageAction::Exclusion { candidates } => candidates.clone(),
                _ => Vec::new(),
            };
            let change = after
                .votes
                .iter()
                .zip(&before.votes)
                .map(|(a, b)| difference(*a, *b))
                .collect::<Option<Vec<_>>>()?;
            Some(StageTransfer {
                stage: after.number,
                from,
                change,
                non_transferable: difference(after.non_transferable, before.non_transferable)?,
            })
        })
        .collect()
}

/// An elected candidate of a [`TallyReport`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ElectedCandidate {
    /// The candidate (0-based in Rust, numbered from 1 in JSON).
    #[serde(with = "one_based")]
    #[schemars(with = "CandidateNumber")]
    pub candidate: CandidateIndex,
    /// The candidate's name as the ballot file gives it.
    pub name: String,
}

/// One candidate of a [`TallyReport`] and what happened to them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct CandidateLine {
    /// The candidate (0-based in Rust, numbered from 1 in JSON).
    #[serde(with = "one_based")]
    #[schemars(with = "CandidateNumber")]
    pub candidate: CandidateIndex,
    /// The candidate's name as the ballot file gives it.
    pub name: String,
    /// Where the candidate ended.
    pub status: CandidateStatus,
    /// The stage (from 1) at which the candidate was elected or excluded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<u32>,
    /// Seats won, for list methods (a list can win several).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seats: Option<u32>,
}

impl TallyReport {
    /// The report of `outcome`, the count of `election`.
    pub fn new(election: &RankedElection, outcome: &Outcome) -> Self {
        let names: Vec<&str> = election
            .candidates
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        let ballots = election
            .ballots
            .iter()
            .fold(0u64, |sum, b| sum.saturating_add(b.weight));
        Self::build(election.title.clone(), &names, ballots, outcome)
    }

    /// The report of `outcome`, the count of votes per list: the lists stand as the
    /// candidates, and `ballots` is the votes for all lists.
    pub fn for_lists(votes: &ListVotes, outcome: &Outcome) -> Self {
        let names: Vec<&str> = votes.lists.iter().map(|c| c.name.as_str()).collect();
        let ballots = votes
            .votes
            .iter()
            .fold(0u64, |sum, &v| sum.saturating_add(v));
        Self::build(None, &names, ballots, outcome)
    }

    fn build(title: Option<String>, names: &[&str], ballots: u64, o: &Outcome) -> Self {
        let name = |c: CandidateIndex| name_of(names, c);
        TallyReport {
            title,
            method: o.method.clone(),
            seats: o.seats,
            ballots,
            elected: o
                .elected
                .iter()
                .map(|&c| ElectedCandidate {
                    candidate: c,
                    name: name(c),
                })
                .collect(),
            unfilled: o.unfilled,
            quota: o.quota,
            candidates: o
                .candidates
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let c = CandidateIndex::try_from(i).unwrap_or(CandidateIndex::MAX);
                    CandidateLine {
                        candidate: c,
                        name: name(c),
                        status: r.status,
                        stage: r.stage,
                        seats: r.seats,
                    }
                })
                .collect(),
            stages: o.stages.clone(),
            ties: o.ties.clone(),
            transfers: transfers(&o.stages),
            status: if o.runoff.is_empty() {
                TallyStatus::Complete
            } else {
                TallyStatus::RunoffNeeded
            },
            runoff: o
                .runoff
                .iter()
                .map(|&c| RunoffCandidate {
                    candidate: c,
                    name: name(c),
                    votes: o
                        .stages
                        .first()
                        .and_then(|s| s.votes.get(c as usize).copied())
                        .unwrap_or_default(),
                })
                .collect(),
        }
    }

    /// The candidate's name, or its number when the report has no such candidate.
    fn name(&self, c: CandidateIndex) -> String {
        self.candidates.get(c as usize).map_or_else(
            || CandidateNumber::from_index(c).to_string(),
            |l| l.name.clone(),
        )
    }

    /// The report as text for people: the method, the elected in order, unfilled
    /// seats, the quota and the ties; with `transcript`, every stage's totals too.
    /// Candidates are named, with their number from 1.
    pub fn render_text(&self, transcript: bool) -> String {
        let mut lines = vec![
            messages::header(
                self.title.as_deref(),
                &self.method,
                self.seats,
                self.ballots,
            ),
            messages::elected_heading(),
        ];
        if self.elected.is_empty() {
            lines.push(messages::none_elected());
        }
        if let [a, b] = &self.runoff[..] {
            lines.push(messages::runoff_needed(a, b));
        }
        for (i, e) in self.elected.iter().enumerate() {
            let stage = self
                .candidates
                .get(e.candidate as usize)
                .and_then(|r| r.stage);
            lines.push(messages::elected_line(
                i + 1,
                &e.name,
                CandidateNumber::from_index(e.candidate),
                stage,
            ));
        }
        if self.unfilled > 0 {
            lines.push(messages::unfilled(self.unfilled));
        }
        if let Some(q) = &self.quota {
            lines.push(messages::quota(&q.to_string()));
        }
        if !self.ties.is_empty() {
            lines.push(messages::ties_heading());
            for t in &self.ties {
                let tied: Vec<String> = t.candidates.iter().map(|&c| self.name(c)).collect();
                let how = match &t.settled_by {
                    TieSettlement::EarlierStage { stage } => messages::settled_earlier(*stage),
                    TieSettlement::Lot { seed } => messages::settled_lot(*seed),
                    TieSettlement::GivenOrder => messages::settled_order(),
                };
                lines.push(messages::tie_line(
                    t.stage,
                    &tied,
                    &t.purpose,
                    &how,
                    &self.name(t.chosen),
                ));
            }
        }
        if transcript {
            self.render_stages(&mut lines);
        }
        let mut text = lines.join("\n");
        text.push('\n');
        text
    }

    fn render_stages(&self, lines: &mut Vec<String>) {
        let width = self
            .candidates
            .iter()
            .map(|c| c.name.chars().count())
            .chain([messages::non_transferable_label().chars().count()])
            .chain(
                self.stages
                    .iter()
                    .any(|s| s.loss.raw() != 0)
                    .then(|| messages::loss_label().chars().count()),
            )
            .max()
            .unwrap_or(0);
        for s in &self.stages {
            let action = match &s.action {
                StageAction::FirstCount => messages::action_first_count(),
                StageAction::Surplus {
                    candidate,
                    transfer_value,
                } => messages::action_surplus(&self.name(*candidate), &transfer_value.to_string()),
                StageAction::Exclusion { candidates } => messages::action_exclusion(
                    &candidates.iter().map(|&c| self.name(c)).collect::<Vec<_>>(),
                ),
                StageAction::Round { label } => messages::action_round(label),
                StageAction::Allocation => messages::action_allocation(),
            };
            lines.push(String::new());
            lines.push(messages::stage_heading(s.number, &action));
            for (i, v) in s.votes.iter().enumerate() {
                let c = CandidateIndex::try_from(i).unwrap_or(CandidateIndex::MAX);
                let withdrawn = self
                    .candidates
                    .get(i)
                    .is_some_and(|l| l.status == CandidateStatus::Withdrawn);
                let mark = if s.elected.contains(&c) {
                    messages::mark_elected()
                } else if s.excluded.contains(&c) {
                    messages::mark_excluded()
                } else if withdrawn {
                    messages::mark_withdrawn()
                } else {
                    String::new()
                };
                lines.push(messages::vote_row(
                    &self.name(c),
                    width,
                    &v.to_string(),
                    &mark,
                ));
            }
            lines.push(messages::non_transferable_row(
                width,
                &s.non_transferable.to_string(),
            ));
            if s.loss.raw() != 0 {
                lines.push(messages::loss_row(width, &s.loss.to_string()));
            }
        }
    }
}

fn name_of(names: &[&str], c: CandidateIndex) -> String {
    names.get(c as usize).map_or_else(
        || CandidateNumber::from_index(c).to_string(),
        |n| (*n).to_owned(),
    )
}

/// Counts `election` by `method`, settling ties by `ties`, and reports the count with
/// the candidates' names: [`count`](super::count) followed by [`TallyReport::new`].
///
/// # Errors
/// The [`TallyError`] of the count.
pub fn tally(
    election: &RankedElection,
    method: &Method,
    ties: &TieBreak,
    runoff: Option<&RankedElection>,
) -> Result<TallyReport, TallyError> {
    let outcome = super::count(election, method, ties, runoff)?;
    Ok(TallyReport::new(election, &outcome))
}

/// Counts votes per list by a list `method` ([`Method::List`]), settling ties by
/// `ties`, and reports the count with the lists' names: [`count_list_pr`](super::count_list_pr)
/// followed by [`TallyReport::for_lists`].
///
/// ```
/// use union_rulebook::election::{tally_lists, Candidate, ListVotes, Method, TieBreak};
/// let votes = ListVotes {
///     lists: vec![Candidate::new("A"), Candidate::new("B")],
///     votes: vec![600, 400],
///     seats: 5,
/// };
/// let method = Method::from_name("dhondt").ok_or("unknown method")?;
/// let report = tally_lists(&votes, &method, &TieBreak::Fail)?;
/// assert_eq!(report.candidates[0].seats, Some(3));
/// assert_eq!(report.ballots, 1000);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`TallyError::Unsupported`] when `method` is not a list method; otherwise the
/// [`TallyError`] of the count.
pub fn tally_lists(
    votes: &ListVotes,
    method: &Method,
    ties: &TieBreak,
) -> Result<TallyReport, TallyError> {
    let Method::List {
        method: list,
        threshold,
    } = method
    else {
        return Err(TallyError::Unsupported {
            method: method.name(),
            what: super::messages::votes_per_list(),
        });
    };
    let outcome = super::count_list_pr(votes, *list, threshold.clone(), ties)?;
    Ok(TallyReport::for_lists(votes, &outcome))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election::{Candidate, RankedBallot};

    fn election() -> RankedElection {
        RankedElection {
            title: None,
            candidates: vec![Candidate::new("Ani"), Candidate::new("Budi")],
            seats: 1,
            withdrawn: vec![],
            ballots: vec![RankedBallot::strict(2, [1]), RankedBallot::strict(1, [0])].into(),
        }
    }

    #[test]
    fn candidates_are_numbered_from_1_in_json_and_text() {
        let report = tally(&election(), &Method::Plurality, &TieBreak::Fail, None);
        let report = report.unwrap_or_else(|e| unreachable!("{e}"));
        let json = serde_json::to_value(&report).unwrap_or_default();
        assert_eq!(json["elected"][0]["candidate"], 2);
        assert_eq!(json["stages"][0]["elected"][0], 2);
        assert_eq!(json["candidates"][1]["candidate"], 2);
        let text = report.render_text(false);
        assert!(text.contains("1. Budi (candidate 2)"), "{text}");
        let back: Option<TallyReport> = serde_json::from_value(json).ok();
        assert_eq!(back, Some(report));
    }

    #[test]
    fn a_report_missing_a_candidate_renders_its_number() {
        let mut report = tally(&election(), &Method::Plurality, &TieBreak::Fail, None)
            .unwrap_or_else(|e| unreachable!("{e}"));
        report.candidates.clear();
        let text = report.render_text(true);
        assert!(text.contains("  2  "), "{text}");
    }

    #[test]
    fn tally_lists_refuses_a_ranked_method() {
        let votes = ListVotes {
            lists: vec![Candidate::new("A")],
            votes: vec![1],
            seats: 1,
        };
        assert!(matches!(
            tally_lists(&votes, &Method::Irv, &TieBreak::Fail),
            Err(TallyError::Unsupported { .. })
        ));
    }

    /// Hand-checked: Budi has 2 of 3 ballots and is elected at stage 1; the
    /// Indonesian transcript uses the union election committee's words (calon,
    /// terpilih, tahap) and its first column widens to the longest label.
    #[test]
    fn a_report_renders_in_the_threads_language() {
        use crate::i18n::{Lang, with_lang};
        let report = tally(&election(), &Method::Plurality, &TieBreak::Fail, None)
            .unwrap_or_else(|e| unreachable!("{e}"));
        let en = report.render_text(true);
        let id = with_lang(Lang::Id, || report.render_text(true));
        assert_eq!(
            en,
            "method plurality, 1 seat, 3 ballots\n\
             elected, in order of election:\n  \
             1. Budi (candidate 2), at stage 1\n\
             \n\
             stage 1: first count\n  \
             Ani                          1\n  \
             Budi                         2  elected\n  \
             non-transferable             0\n"
        );
        assert_eq!(
            id,
            "metode plurality, 1 kursi, 3 surat suara\n\
             calon terpilih, menurut urutan keterpilihan:\n  \
             1. Budi (calon nomor 2), pada tahap 1\n\
             \n\
             tahap 1: penghitungan pertama\n  \
             Ani                               1\n  \
             Budi                              2  terpilih\n  \
             tidak dapat dialihkan             0\n"
        );
        // The thread's language is back to English after the scope.
        assert_eq!(report.render_text(true), en);
    }
}
