//! The summary JSON of the Universal RCV Tabulator (RCTab), as RCVis draws it and the
//! rcvformats converters read it.
//!
//! The format is published as a JSON Schema (draft-07) in artoonie/rcvformats
//! (`rcvformats/jsonschemas/universaltabulator.schema.json`): a `config` (the contest,
//! its date, jurisdiction and office, and the threshold to win) and `results`, one entry
//! per round with its `round` number (from 1), its `tally` (candidate name → votes) and
//! its `tallyResults`: each candidate elected or eliminated in that round, with the
//! `transfers` its votes made to the next round's tally (candidate name → votes,
//! `exhausted` for votes that leave the count, `residual surplus` for what the rule's
//! truncation keeps back).
//!
//! [`Summary::from_report`] writes a count of ours in this format (`rulebook tally
//! --format universal-tabulator`), and [`Summary::winners`] reads the elected back out
//! of any summary (`rulebook tally SUMMARY.json`).
//!
//! ```
//! use union_rulebook::election::{tally, Candidate, Method, RankedBallot, RankedElection, TieBreak};
//! use union_rulebook::interchange::universal_tabulator::Summary;
//! let e = RankedElection {
//!     title: Some("Branch chair".into()),
//!     candidates: vec![Candidate::new("Sari"), Candidate::new("Budi"), Candidate::new("Wati")],
//!     seats: 1,
//!     withdrawn: vec![],
//!     ballots: vec![
//!         RankedBallot::strict(4, [0, 2]),
//!         RankedBallot::strict(5, [1]),
//!         RankedBallot::strict(3, [2, 0]),
//!     ].into(),
//! };
//! let report = tally(&e, &Method::Irv, &TieBreak::Fail, None)?;
//! let summary = Summary::from_report(&report, "Branch chair")?;
//! let json = serde_json::to_value(&summary)?;
//! assert_eq!(json["results"][0]["tally"]["Wati"], "3");
//! assert_eq!(json["results"][0]["tallyResults"][0]["eliminated"], "Wati");
//! assert_eq!(json["results"][0]["tallyResults"][0]["transfers"]["Sari"], "3");
//! assert_eq!(json["results"][1]["tallyResults"][0]["elected"], "Sari");
//! let winners = summary.winners();
//! assert_eq!(winners.elected[0].name, "Sari");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # From our transcript to rounds
//!
//! Each stage of our transcript is one round: the round's `tally` is the stage's totals,
//! written exactly as the transcript writes them (the same decimal string, never a
//! float). A round's `tallyResults` say what the next stage does:
//! - a surplus transferred at the next stage: `elected` with the transfers (each
//!   continuing candidate's gain, `exhausted` for the non-transferable votes and
//!   `residual surplus` for what truncation lost at that stage); a candidate is listed
//!   `elected` once, in the round before their surplus moves, or in the round they were
//!   elected at when no surplus of theirs is transferred;
//! - an exclusion at the next stage: `eliminated`, with the transfers on the first
//!   candidate excluded (the format cannot split one stage's transfers between several
//!   candidates excluded together);
//! - a stage that names no candidate (an iteration of Meek's method): its gains go with
//!   the first candidate listed `elected` in the round, if any, else they show only in
//!   the next round's tally.
//!
//! A candidate leaves the tallies after the round in which they are eliminated; the
//! elected stay (at the quota, once their surplus has moved); withdrawn candidates
//! never appear. The threshold is the quota, for methods that have one.
//!
//! # What the format cannot hold
//!
//! The method's name, the number of seats, the number of ballots, ties and how they
//! were settled, transfer values, and decreases other than the source's own (under
//! Meek's method the keep values of all elected candidates move at once: only the
//! gains are transfers). Candidates are keys by name: a name that occurs twice, or
//! that is `exhausted` or `residual surplus`, is written with its number after it
//! (`Ani (candidate 3)`).

use crate::election::{CandidateStatus, StageAction, TallyReport, Votes};
use crate::i18n::tr;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// The methods whose counts [`Summary::from_report`] writes: instant runoff and every
/// STV method (counts by rounds of elections, eliminations and transfers).
pub const METHODS: &[&str] = &["irv", "scottish-stv", "meek", "wigm"];

/// The key of the votes that leave the count, in `transfers`.
pub const EXHAUSTED: &str = "exhausted";

/// The key of the votes a surplus keeps back by truncation, in `transfers`.
pub const RESIDUAL_SURPLUS: &str = "residual surplus";

/// A number of votes as the format writes it: a decimal string of digits with at most
/// one point (`"104.8832"`, `"64"`).
///
/// Read from a string, or from a JSON number (which some writers use): a number is
/// taken as its shortest decimal form (`500.0` is `"500"`), never computed with.
///
/// ```
/// use union_rulebook::interchange::universal_tabulator::Decimal;
/// let d: Decimal = serde_json::from_str("\"104.8832\"")?;
/// assert_eq!(d.as_str(), "104.8832");
/// let n: Decimal = serde_json::from_str("500.0")?;
/// assert_eq!(n.as_str(), "500");
/// assert!(serde_json::from_str::<Decimal>("\"-1\"").is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Decimal(String);

impl Decimal {
    /// The decimal `text`, if it has the format's shape (digits, at most one point, a
    /// digit last).
    pub fn new(text: &str) -> Option<Self> {
        let (whole, fraction) = match text.split_once('.') {
            Some((w, f)) => (w, Some(f)),
            None => (text, None),
        };
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        let ok = match fraction {
            Some(f) => digits(whole) && !f.is_empty() && digits(f),
            None => !whole.is_empty() && digits(whole),
        };
        ok.then(|| Decimal(text.to_owned()))
    }

    /// A vote total of ours, written as our transcript writes it; `None` when negative.
    pub fn from_votes(v: Votes) -> Option<Self> {
        (v.raw() >= 0).then(|| Decimal(v.to_string()))
    }

    /// The decimal as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The decimal as an exact [`Votes`] (as many places as it has digits after the
    /// point); `None` if it has more digits than fit.
    pub fn to_votes(&self) -> Option<Votes> {
        let text = if self.0.starts_with('.') {
            format!("0{}", self.0)
        } else {
            self.0.clone()
        };
        text.parse().ok()
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for Decimal {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Decimal {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Decimal;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number of votes, such as \"104.8832\" or 64")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Decimal, E> {
                Decimal::new(v).ok_or_else(|| {
                    E::custom(tr!(
                        "interchange-ut-votes-unreadable",
                        value = format!("{v:?}")
                    ))
                })
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Decimal, E> {
                Ok(Decimal(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Decimal, E> {
                if v < 0 {
                    return Err(E::custom(tr!("interchange-ut-votes-negative", value = v)));
                }
                Ok(Decimal(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Decimal, E> {
                // The shortest decimal that reads back as the same float: the number as
                // its writer wrote it, for any number written with up to 15 digits.
                let text = format!("{v}");
                Decimal::new(&text)
                    .ok_or_else(|| E::custom(tr!("interchange-ut-votes-not-number", value = &text)))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl JsonSchema for Decimal {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Decimal".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A number of votes: a decimal string (digits, at most one point), or a JSON number.",
            "anyOf": [
                {"type": "string", "pattern": "^\\d*[.]{0,1}\\d+$"},
                {"type": "number", "minimum": 0}
            ]
        })
    }
}

/// Votes by name (a candidate's, or `exhausted`, or `residual surplus`), in the order
/// written. A JSON object; a name may occur once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally(pub Vec<(String, Decimal)>);

impl Tally {
    /// The votes of `name`, if the tally has them.
    pub fn get(&self, name: &str) -> Option<&Decimal> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// Whether the tally is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl Serialize for Tally {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (k, v) in &self.0 {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Tally {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Tally;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of names and numbers of votes")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Tally, A::Error> {
                let mut seen = BTreeSet::new();
                let mut out = Vec::new();
                while let Some((name, votes)) = map.next_entry::<String, Decimal>()? {
                    if !seen.insert(name.clone()) {
                        return Err(serde::de::Error::custom(tr!(
                            "interchange-ut-name-twice",
                            name = format!("{name:?}")
                        )));
                    }
                    out.push((name, votes));
                }
                Ok(Tally(out))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

impl JsonSchema for Tally {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Tally".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let decimal = generator.subschema_for::<Decimal>();
        schemars::json_schema!({
            "description": "Votes by name (a candidate's, or `exhausted`, or `residual surplus`); each name once.",
            "type": "object",
            "additionalProperties": decimal
        })
    }
}

/// A summary: the contest and its rounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "SummaryDoc")]
#[non_exhaustive]
pub struct Summary {
    /// The contest.
    pub config: Config,
    /// The rounds, numbered from 1 in order.
    pub results: Vec<Round>,
}

/// A Universal Tabulator summary: the contest and its rounds.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Summary")]
struct SummaryDoc {
    /// The contest.
    config: Config,
    /// The rounds, numbered from 1 in order.
    results: Vec<Round>,
}

impl TryFrom<SummaryDoc> for Summary {
    type Error = String;
    fn try_from(d: SummaryDoc) -> Result<Self, String> {
        for (i, r) in d.results.iter().enumerate() {
            let expected = u32::try_from(i).ok().and_then(|i| i.checked_add(1));
            if Some(r.round) != expected {
                return Err(tr!(
                    "interchange-ut-round-order",
                    path = format!("results[{i}]"),
                    round = r.round,
                    expected = i.saturating_add(1)
                ));
            }
        }
        Ok(Summary {
            config: d.config,
            results: d.results,
        })
    }
}

/// The contest a summary is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Config {
    /// The contest's name.
    pub contest: String,
    /// The contest's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<NaiveDate>,
    /// Who holds the contest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction: Option<String>,
    /// The office contested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// The votes needed to win (the quota).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Decimal>,
}

impl Config {
    /// A contest with only its name.
    pub fn new(contest: impl Into<String>) -> Self {
        Config {
            contest: contest.into(),
            date: None,
            jurisdiction: None,
            office: None,
            threshold: None,
        }
    }
}

/// One round: its tally and what happened in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
#[non_exhaustive]
pub struct Round {
    /// The round's number, from 1.
    pub round: u32,
    /// Each candidate's votes in the round.
    pub tally: Tally,
    /// The candidates elected or eliminated in the round, with their transfers.
    pub tally_results: Vec<TallyResult>,
}

/// One candidate elected or eliminated in a round, with the votes transferred from
/// them to the next round.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "TallyResultDoc", into = "TallyResultDoc")]
#[non_exhaustive]
pub struct TallyResult {
    /// Who, and elected or eliminated.
    pub event: Event,
    /// The votes moved from them, by receiving name (empty when none moved).
    pub transfers: Tally,
}

/// Elected or eliminated, and who (the format knows these two).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Event {
    /// The candidate was elected.
    Elected(String),
    /// The candidate was eliminated.
    Eliminated(String),
}

impl Event {
    /// The candidate's name.
    pub fn name(&self) -> &str {
        match self {
            Event::Elected(n) | Event::Eliminated(n) => n,
        }
    }
}

/// One candidate elected or eliminated (exactly one of `elected` and `eliminated`),
/// with the votes transferred from them.
#[derive(Clone, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "TallyResult")]
struct TallyResultDoc {
    /// The name of the candidate elected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    elected: Option<String>,
    /// The name of the candidate eliminated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    eliminated: Option<String>,
    /// The votes moved from the candidate to the next round, by receiving name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    transfers: Option<Tally>,
}

impl TryFrom<TallyResultDoc> for TallyResult {
    type Error = String;
    fn try_from(d: TallyResultDoc) -> Result<Self, String> {
        let event = match (d.elected, d.eliminated) {
            (Some(e), None) => Event::Elected(e),
            (None, Some(e)) => Event::Eliminated(e),
            (Some(_), Some(_)) => {
                return Err(tr!("interchange-ut-both-events"));
            }
            (None, None) => {
                return Err(tr!("interchange-ut-neither-event"));
            }
        };
        Ok(TallyResult {
            event,
            transfers: d.transfers.unwrap_or_default(),
        })
    }
}

impl From<TallyResult> for TallyResultDoc {
    fn from(r: TallyResult) -> Self {
        let (elected, eliminated) = match r.event {
            Event::Elected(e) => (Some(e), None),
            Event::Eliminated(e) => (None, Some(e)),
        };
        TallyResultDoc {
            elected,
            eliminated,
            transfers: (!r.transfers.is_empty()).then_some(r.transfers),
        }
    }
}

/// The winners of a summary, as `rulebook tally SUMMARY.json` reports them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Winners {
    /// The contest's name.
    pub contest: String,
    /// The number of rounds.
    pub rounds: u32,
    /// The votes needed to win, if the summary gives it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Decimal>,
    /// The elected, in the order the summary lists them.
    pub elected: Vec<Winner>,
}

/// One elected candidate of a summary.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Winner {
    /// The candidate's name.
    pub name: String,
    /// The round (from 1) in which the summary lists them elected.
    pub round: u32,
}

impl Winners {
    /// The winners as text for people, in the thread's language
    /// ([`i18n::with_lang`](crate::i18n::with_lang)): the contest, then one line per
    /// elected, numbered from 1.
    pub fn render_text(&self) -> String {
        let mut out = tr!(
            "interchange-ut-winners-heading",
            contest = self.contest.as_str(),
            rounds = self.rounds
        );
        out.push('\n');
        if let Some(t) = &self.threshold {
            out.push_str(&tr!(
                "interchange-ut-winners-threshold",
                threshold = t.as_str()
            ));
            out.push('\n');
        }
        out.push_str(&tr!("interchange-ut-winners-elected"));
        out.push('\n');
        if self.elected.is_empty() {
            out.push_str("  ");
            out.push_str(&tr!("interchange-ut-winners-none"));
            out.push('\n');
        }
        for (i, w) in self.elected.iter().enumerate() {
            out.push_str("  ");
            out.push_str(&tr!(
                "interchange-ut-winner",
                number = i.saturating_add(1),
                name = w.name.as_str(),
                round = w.round
            ));
            out.push('\n');
        }
        out
    }
}

/// Why a count cannot be written as a summary (its text in the thread's language).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum SummaryError {
    /// The method does not count by rounds of transfers.
    Method {
        /// The method's name.
        method: String,
    },
    /// A stage's totals are not comparable with the previous stage's (a count of
    /// ours never gives such a transcript).
    Transcript {
        /// The stage (from 1).
        stage: u32,
        /// What is wrong.
        what: String,
    },
}

impl fmt::Display for SummaryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            SummaryError::Method { method } => {
                tr!("interchange-ut-method", method = method.as_str())
            }
            SummaryError::Transcript { stage, what } => {
                tr!(
                    "interchange-ut-transcript",
                    stage = *stage,
                    what = what.as_str()
                )
            }
        })
    }
}

impl std::error::Error for SummaryError {}

impl Summary {
    /// The summary of a count of ours (see the [module docs](self) for how stages
    /// become rounds), for the contest named `contest` (the report's title when it has
    /// one).
    ///
    /// # Errors
    /// [`SummaryError::Method`] when the count is not by IRV or an STV method
    /// ([`METHODS`]); [`SummaryError::Transcript`] for a transcript with negative
    /// totals or totals of differing precision.
    pub fn from_report(report: &TallyReport, contest: &str) -> Result<Summary, SummaryError> {
        if !METHODS.contains(&report.method.as_str()) {
            return Err(SummaryError::Method {
                method: report.method.clone(),
            });
        }
        let names = key_names(report);
        let n = report.candidates.len();
        let stages = &report.stages;
        let last = stages.len().saturating_sub(1);
        // Each excluded candidate: the first stage whose totals no longer hold their
        // votes (`None` when the count ends first), and the round that lists them
        // eliminated (the one before, or the stage excluding them if they never go).
        let mut gone: Vec<Option<usize>> = vec![None; n];
        let mut eliminated_in: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
        let mut seen_excluded = BTreeSet::new();
        for (e, stage) in stages.iter().enumerate() {
            for &c in &stage.excluded {
                if !seen_excluded.insert(c) {
                    continue;
                }
                let i = c as usize;
                let t = (e..stages.len()).find(|&t| {
                    stages
                        .get(t)
                        .and_then(|s| s.votes.get(i))
                        .is_some_and(|v| v.raw() == 0)
                });
                if let Some(slot) = gone.get_mut(i) {
                    *slot = t;
                }
                let round = t.map_or(e, |t| t.saturating_sub(1)).min(last);
                eliminated_in.entry(round).or_default().push(c);
            }
        }
        // Each elected candidate whose surplus moves: the round before it moves.
        let mut surplus_round: BTreeMap<u32, usize> = BTreeMap::new();
        for (t, stage) in stages.iter().enumerate() {
            if let StageAction::Surplus { candidate, .. } = stage.action {
                surplus_round
                    .entry(candidate)
                    .or_insert(t.saturating_sub(1));
            }
        }
        let mut delayed: BTreeMap<usize, Vec<u32>> = BTreeMap::new();
        for (&c, &r) in &surplus_round {
            delayed.entry(r).or_default().push(c);
        }
        let withdrawn: Vec<bool> = (0..n)
            .map(|i| {
                report
                    .candidates
                    .get(i)
                    .is_some_and(|c| c.status == CandidateStatus::Withdrawn)
            })
            .collect();
        let in_round = |i: usize, s: usize| {
            !withdrawn.get(i).copied().unwrap_or(true)
                && gone.get(i).copied().flatten().is_none_or(|g| s < g)
        };
        let name = |c: u32| {
            names
                .get(c as usize)
                .cloned()
                .unwrap_or_else(|| format!("candidate {}", u64::from(c) + 1))
        };

        let mut results = Vec::with_capacity(stages.len());
        let mut listed_elected: BTreeSet<u32> = BTreeSet::new();
        for (s, stage) in stages.iter().enumerate() {
            let number = stage_number(s)?;
            let mut tally = Vec::new();
            for (i, v) in stage.votes.iter().enumerate() {
                if in_round(i, s) {
                    let d = Decimal::from_votes(*v).ok_or_else(|| SummaryError::Transcript {
                        stage: number,
                        what: tr!(
                            "interchange-ut-negative-votes",
                            number = i.saturating_add(1),
                            votes = v.to_string()
                        ),
                    })?;
                    tally.push((names.get(i).cloned().unwrap_or_default(), d));
                }
            }
            let next = stages.get(s + 1);
            let mut moved = match next {
                Some(next) => Some(transfers(
                    stage,
                    next,
                    |i| in_round(i, s + 1),
                    &names,
                    number,
                )?),
                None => None,
            };
            let surplus_next = match next.map(|n| &n.action) {
                Some(StageAction::Surplus { candidate, .. }) => Some(*candidate),
                _ => None,
            };
            // The elected of this stage whose surplus does not move later, then those
            // whose surplus moves at the next stage.
            let mut elected: Vec<u32> = stage
                .elected
                .iter()
                .copied()
                .filter(|c| surplus_round.get(c).is_none_or(|&r| r == s))
                .collect();
            for &c in delayed.get(&s).into_iter().flatten() {
                if !elected.contains(&c) {
                    elected.push(c);
                }
            }
            let mut here: Vec<TallyResult> = Vec::new();
            for c in elected {
                if !listed_elected.insert(c) {
                    continue;
                }
                let transfers = if surplus_next == Some(c) {
                    moved.take().unwrap_or_default()
                } else {
                    Tally::default()
                };
                here.push(TallyResult {
                    event: Event::Elected(name(c)),
                    transfers,
                });
            }
            for &c in eliminated_in.get(&s).into_iter().flatten() {
                here.push(TallyResult {
                    event: Event::Eliminated(name(c)),
                    transfers: Tally::default(),
                });
            }
            // The stage's transfers go with the first eliminated candidate, else the
            // first elected one.
            if let Some(moved) = moved.take() {
                let target = here
                    .iter()
                    .position(|t| matches!(t.event, Event::Eliminated(_)))
                    .or_else(|| (!here.is_empty()).then_some(0));
                if let Some(t) = target.and_then(|i| here.get_mut(i))
                    && t.transfers.is_empty()
                {
                    t.transfers = moved;
                }
            }
            results.push(Round {
                round: number,
                tally: Tally(tally),
                tally_results: here,
            });
        }
        let mut config = Config::new(report.title.clone().unwrap_or_else(|| contest.to_owned()));
        config.threshold = report.quota.and_then(Decimal::from_votes);
        Ok(Summary { config, results })
    }

    /// The elected, in the order the summary lists them (a name listed twice counts
    /// once, at its first round).
    pub fn winners(&self) -> Winners {
        let mut seen = BTreeSet::new();
        let mut elected = Vec::new();
        for r in &self.results {
            for t in &r.tally_results {
                if let Event::Elected(name) = &t.event
                    && seen.insert(name.clone())
                {
                    elected.push(Winner {
                        name: name.clone(),
                        round: r.round,
                    });
                }
            }
        }
        Winners {
            contest: self.config.contest.clone(),
            rounds: u32::try_from(self.results.len()).unwrap_or(u32::MAX),
            threshold: self.config.threshold.clone(),
            elected,
        }
    }

    /// Reads a summary from JSON text.
    ///
    /// # Errors
    /// [`ReadError`](crate::read::ReadError) with line, column and JSON path when the
    /// text is not a summary.
    pub fn from_json_str(text: &str) -> Result<Summary, crate::read::ReadError> {
        crate::read::from_json_str(text)
    }

    /// Whether `text` looks like a summary (a JSON object with `config` and `results`
    /// at its top), to tell it from a ballot file without its extension's help.
    pub fn sniff(text: &str) -> bool {
        let t = crate::read::strip_bom(text).trim_start();
        t.starts_with('{') && t.contains("\"results\"") && t.contains("\"config\"")
    }
}

fn stage_number(s: usize) -> Result<u32, SummaryError> {
    u32::try_from(s)
        .ok()
        .and_then(|s| s.checked_add(1))
        .ok_or_else(|| SummaryError::Transcript {
            stage: u32::MAX,
            what: tr!("interchange-ut-too-many-stages"),
        })
}

/// The gains of every candidate still in the count at `next`, then the exhausted and
/// the residual surplus, from `stage` to `next`; zeros left out.
fn transfers(
    stage: &crate::election::Stage,
    next: &crate::election::Stage,
    continuing: impl Fn(usize) -> bool,
    names: &[String],
    number: u32,
) -> Result<Tally, SummaryError> {
    let bad = |what: String| SummaryError::Transcript {
        stage: number.saturating_add(1),
        what,
    };
    let gain = |from: Votes, to: Votes| -> Result<Option<Decimal>, SummaryError> {
        if from.places() != to.places() {
            return Err(bad(tr!(
                "interchange-ut-different-places",
                from = from.to_string(),
                to = to.to_string()
            )));
        }
        let d = to.raw().checked_sub(from.raw()).ok_or_else(|| {
            bad(tr!(
                "interchange-ut-change-overflows",
                from = from.to_string(),
                to = to.to_string()
            ))
        })?;
        Ok((d > 0)
            .then(|| Decimal::from_votes(Votes::from_raw(d, to.places())))
            .flatten())
    };
    let mut out = Vec::new();
    for (i, (from, to)) in stage.votes.iter().zip(&next.votes).enumerate() {
        if continuing(i)
            && let Some(d) = gain(*from, *to)?
        {
            out.push((names.get(i).cloned().unwrap_or_default(), d));
        }
    }
    if let Some(d) = gain(stage.non_transferable, next.non_transferable)? {
        out.push((EXHAUSTED.to_owned(), d));
    }
    if let Some(d) = gain(stage.loss, next.loss)? {
        out.push((RESIDUAL_SURPLUS.to_owned(), d));
    }
    Ok(Tally(out))
}

/// The candidates' names as keys: unique, and never `exhausted` or `residual surplus`
/// (those get their number after them).
fn key_names(report: &TallyReport) -> Vec<String> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &report.candidates {
        *count.entry(c.name.as_str()).or_default() += 1;
    }
    report
        .candidates
        .iter()
        .map(|c| {
            let clash = count.get(c.name.as_str()).copied().unwrap_or(0) > 1
                || c.name == EXHAUSTED
                || c.name == RESIDUAL_SURPLUS;
            if clash {
                format!("{} (candidate {})", c.name, u64::from(c.candidate) + 1)
            } else {
                c.name.clone()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::election::{Candidate, Method, RankedBallot, RankedElection, TieBreak, tally};

    #[test]
    fn a_tally_result_needs_exactly_one_of_elected_and_eliminated() {
        let both = r#"{"elected": "A", "eliminated": "B"}"#;
        assert!(serde_json::from_str::<TallyResult>(both).is_err());
        assert!(serde_json::from_str::<TallyResult>("{}").is_err());
        let one: Result<TallyResult, _> = serde_json::from_str(r#"{"elected": "A"}"#);
        assert!(one.is_ok_and(|r| r.event == Event::Elected("A".into())));
    }

    #[test]
    fn rounds_must_be_numbered_from_1() {
        let text = r#"{"config": {"contest": "c"}, "results": [{"round": 2, "tally": {}, "tallyResults": []}]}"#;
        let err = Summary::from_json_str(text).err().map(|e| e.to_string());
        assert!(
            err.as_deref()
                .is_some_and(|e| e.contains("results[0] is round 2: expected round 1")),
            "{err:?}"
        );
    }

    #[test]
    fn a_name_twice_in_a_tally_is_refused() {
        let text = r#"{"A": "1", "A": "2"}"#;
        assert!(serde_json::from_str::<Tally>(text).is_err());
    }

    #[test]
    fn duplicate_and_reserved_names_get_their_number() {
        let e = RankedElection {
            title: None,
            candidates: vec![
                Candidate::new("Ani"),
                Candidate::new("Ani"),
                Candidate::new("exhausted"),
            ],
            seats: 1,
            withdrawn: vec![],
            ballots: vec![RankedBallot::strict(3, [0]), RankedBallot::strict(1, [1])].into(),
        };
        let report = tally(&e, &Method::Irv, &TieBreak::Fail, None);
        let report = report.unwrap_or_else(|e| unreachable!("{e}"));
        let s = Summary::from_report(&report, "x").unwrap_or_else(|e| unreachable!("{e}"));
        let names: Vec<&str> = s.results[0]
            .tally
            .0
            .iter()
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(
            names,
            [
                "Ani (candidate 1)",
                "Ani (candidate 2)",
                "exhausted (candidate 3)"
            ]
        );
    }

    #[test]
    fn plurality_is_refused() {
        let e = RankedElection {
            title: None,
            candidates: vec![Candidate::new("A")],
            seats: 1,
            withdrawn: vec![],
            ballots: vec![RankedBallot::strict(1, [0])].into(),
        };
        let report = tally(&e, &Method::Plurality, &TieBreak::Fail, None);
        let report = report.unwrap_or_else(|e| unreachable!("{e}"));
        assert!(matches!(
            Summary::from_report(&report, "x"),
            Err(SummaryError::Method { .. })
        ));
    }
}
