//! List elections with named candidates: the lists' seats by a list-PR method, each
//! list's seats given to its candidates in list order, a list that runs out of
//! candidates passing its surplus on, and the minority's floor met by list jump.
//!
//! The rules are those of the German works-council election (Wahlordnung zum
//! Betriebsverfassungsgesetz, WO 2001):
//!
//! - §15(1)-(2): the seats go to the lists by the highest numbers (d'Hondt; any list
//!   method of [`ListMethod`] may be chosen here);
//! - §15(3): a list with fewer candidates than highest numbers passes the surplus seats
//!   to the following highest numbers of the other lists;
//! - §15(4): within a list, candidates are elected in the order they are named;
//! - §15(5): when the minority gender does not hold its minimum seats (BetrVG §15(2)),
//!   the seat of the lowest highest number held outside the minority goes to the next
//!   minority candidate on the same list, else to the list with the following highest
//!   number that has minority candidates ([`constrained::list_jump`]).
//!
//! The candidates come from a CSV file ([`ListCandidates::from_csv`]); the votes per list
//! from the list-votes CSV ([`read_list_votes_csv`](super::read_list_votes_csv)).

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::constrained::{self, ConstraintError, Divisors, ListSeats, Placed};
use super::{
    CandidateStatus, ListMethod, ListVotes, Method, TallyError, TallyReport, TieBreak,
    count_list_pr,
};
use crate::apportionment::Threshold;
use crate::i18n::tr;
use crate::policy::{Consequence, Escape, GroupId, Hardness, Policy, Requirement, RuleId, Subject};
use crate::read::csv::{Column, CsvError, CsvErrorKind, CsvErrors, Table};

/// One candidate on a list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ListCandidate {
    /// The candidate's id (reports name people by id).
    pub id: String,
    /// The candidate's name, if the file gives one (shown only when asked for).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The candidate's group for `--floor` (a label such as `woman`), if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// The candidate's gender, for a policy's gender selectors, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// The candidate's date of birth, for a policy's age selectors, if given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// Every other column, by header, for a policy's attribute selectors.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
    /// The place on the list, from 1.
    pub position: u32,
    /// The line of the file the candidate was read from (0 when built in code).
    #[serde(skip)]
    pub line: usize,
}

/// One list and its candidates in list order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct NamedList {
    /// The list's name, as the list-votes file names it.
    pub list: String,
    /// The candidates, by place: place 1 first.
    pub candidates: Vec<ListCandidate>,
}

/// The candidates of every list.
///
/// ```
/// use union_rulebook::election::ListCandidates;
/// let c = ListCandidates::from_csv(
///     "list,position,id,group\nA,2,p2,woman\nA,1,p1,man\nB,1,p3,woman\n",
/// )?;
/// assert_eq!(c.lists[0].list, "A");
/// assert_eq!(c.lists[0].candidates[0].id, "p1"); // in the order of the places
/// assert_eq!(c.lists[1].candidates[0].group.as_deref(), Some("woman"));
/// # Ok::<(), union_rulebook::read::csv::CsvErrors>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct ListCandidates {
    /// The lists, in the order the file first names them.
    pub lists: Vec<NamedList>,
}

impl Subject for ListCandidate {
    fn gender(&self) -> Option<&str> {
        self.gender.as_deref()
    }
    fn birth_date(&self) -> Option<NaiveDate> {
        self.birth_date
    }
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

impl ListCandidates {
    /// Reads the candidates from CSV: a header naming the columns `list` (the list's
    /// name, as in the list-votes file), `position` (the place on the list, a whole
    /// number from 1), `id` (the candidate's id, unique in the file: a person stands on
    /// one list), and optionally `name` (kept, shown only when asked), `group` (the
    /// label a `--floor GROUP=N` counts, such as `woman`), and, for a policy's group
    /// selectors as in a candidate list of `policy check-list`, `gender`,
    /// `birth_date` (YYYY-MM-DD) and any other column (an attribute, under its header
    /// name). Empty cells count as missing. Rows may come in any order; each list is put in the order of its places.
    /// Commas or semicolons, a byte-order mark, header names in any case and quoted
    /// cells are read as [`crate::read::csv`] says.
    ///
    /// # Errors
    /// [`CsvErrors`] with every problem of the rows at once, each with its line and
    /// column: an empty list name or id, a position that is not a whole number or is 0,
    /// an id seen before, a place on a list taken twice, a date that does not read. A problem of the file's
    /// structure (no header, a missing column, an unclosed quote) is the only one
    /// reported.
    pub fn from_csv(text: &str) -> Result<ListCandidates, CsvErrors> {
        let table = Table::read(text)?;
        table.require_rows()?;
        let list = table.column("list")?;
        let position = table.column("position")?;
        let id = table.column("id")?;
        let name = table.optional_column("name")?;
        let group = table.optional_column("group")?;
        let gender = table.optional_column("gender")?;
        let birth = table.optional_column("birth_date")?;
        let special: Vec<usize> = [
            Some(&list),
            Some(&position),
            Some(&id),
            name.as_ref(),
            group.as_ref(),
            gender.as_ref(),
            birth.as_ref(),
        ]
        .into_iter()
        .flatten()
        .map(Column::index)
        .collect();
        let attributes = table.other_columns(&special)?;
        let mut errors: Vec<CsvError> = Vec::new();
        let mut ids: HashMap<String, usize> = HashMap::new();
        let mut places: HashMap<(String, u32), usize> = HashMap::new();
        let mut lists: Vec<NamedList> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        for row in table.rows() {
            let before = errors.len();
            let list_name = row.non_empty(&list).map_err(|e| errors.push(e)).ok();
            let place = match row.whole_u32(&position) {
                Ok(0) => {
                    errors.push(row.error(&position, CsvErrorKind::Zero));
                    None
                }
                Ok(p) => Some(p),
                Err(e) => {
                    errors.push(e);
                    None
                }
            };
            let cand = row.non_empty(&id).map_err(|e| errors.push(e)).ok();
            let optional = |c: &Option<Column>, errors: &mut Vec<CsvError>| {
                c.as_ref().and_then(|c| match row.get(c) {
                    Ok("") => None,
                    Ok(v) => Some(v.to_owned()),
                    Err(e) => {
                        errors.push(e);
                        None
                    }
                })
            };
            let cand_name = optional(&name, &mut errors);
            let cand_group = optional(&group, &mut errors);
            let cand_gender = optional(&gender, &mut errors);
            let cand_birth = optional(&birth, &mut errors).and_then(|v| match v.parse() {
                Ok(d) => Some(d),
                Err(_) => {
                    if let Some(c) = &birth {
                        errors.push(row.error(c, CsvErrorKind::NotADate { value: v }));
                    }
                    None
                }
            });
            let mut cand_attributes = BTreeMap::new();
            for c in &attributes {
                if let Some(v) = optional(&Some(c.clone()), &mut errors) {
                    cand_attributes.insert(c.name().to_owned(), v);
                }
            }
            if let Some(c) = cand {
                if let Some(&first_line) = ids.get(c) {
                    errors.push(row.error(
                        &id,
                        CsvErrorKind::Duplicate {
                            value: c.to_owned(),
                            first_line,
                        },
                    ));
                } else {
                    ids.insert(c.to_owned(), row_line(row));
                }
            }
            if let (Some(l), Some(p)) = (list_name, place) {
                let key = (l.to_owned(), p);
                if let Some(&first_line) = places.get(&key) {
                    errors.push(row.error(
                        &position,
                        CsvErrorKind::Duplicate {
                            value: tr!("lists-place", list = l.to_owned(), position = p),
                            first_line,
                        },
                    ));
                } else {
                    places.insert(key, row_line(row));
                }
            }
            if errors.len() > before {
                continue;
            }
            let (Some(l), Some(p), Some(c)) = (list_name, place, cand) else {
                continue;
            };
            let at = *index.entry(l.to_owned()).or_insert_with(|| {
                lists.push(NamedList {
                    list: l.to_owned(),
                    candidates: Vec::new(),
                });
                lists.len() - 1
            });
            if let Some(named) = lists.get_mut(at) {
                named.candidates.push(ListCandidate {
                    id: c.to_owned(),
                    name: cand_name,
                    group: cand_group,
                    gender: cand_gender,
                    birth_date: cand_birth,
                    attributes: cand_attributes,
                    position: p,
                    line: row_line(row),
                });
            }
        }
        if !errors.is_empty() {
            return Err(CsvErrors::new(errors));
        }
        for l in &mut lists {
            l.candidates.sort_by_key(|c| c.position);
        }
        Ok(ListCandidates { lists })
    }
}

fn row_line(row: &crate::read::csv::Row) -> usize {
    row.line_number()
}

/// The floor a list election must meet: at least `min` seats for the candidates of
/// `group` (WO §15(5): the minority gender's minimum seats of BetrVG §15(2)).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct ListFloor {
    /// The group, as the candidates file's `group` column writes it.
    pub group: String,
    /// The fewest seats it must hold.
    pub min: u32,
}

impl ListFloor {
    /// At least `min` seats for `group`.
    pub fn new(group: impl Into<String>, min: u32) -> Self {
        ListFloor {
            group: group.into(),
            min,
        }
    }
}

impl std::str::FromStr for ListFloor {
    type Err = ListElectionError;

    /// Reads `GROUP=N` (`woman=3`).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || ListElectionError::BadFloor(s.to_owned());
        let (group, min) = s.rsplit_once('=').ok_or_else(bad)?;
        let group = group.trim();
        let min = min.trim();
        if group.is_empty() || min.is_empty() || !min.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        Ok(ListFloor::new(group, min.parse().map_err(|_| bad())?))
    }
}

/// How a list election with candidates is counted, beyond the votes and the method.
///
/// ```
/// use union_rulebook::election::{ListFloor, ListOptions};
/// let o = ListOptions::new().floor(ListFloor::new("woman", 2)).names(true);
/// assert_eq!(o.floor.map(|f| f.min), Some(2));
/// ```
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct ListOptions<'a> {
    /// The minority's floor, met by list jump (WO §15(5)).
    pub floor: Option<ListFloor>,
    /// A policy whose binding `list-jump` rules in force on the day give the floor
    /// instead: the rule's requirement for the seats, its group chosen by the group's
    /// selector from each candidate's `gender`, `birth_date` and attributes.
    pub policy: Option<(&'a Policy, NaiveDate)>,
    /// Whether the report carries the candidates' names (by default only their ids).
    pub names: bool,
}

impl<'a> ListOptions<'a> {
    /// No floor, ids only.
    pub fn new() -> Self {
        ListOptions::default()
    }

    /// The floor to meet.
    pub fn floor(mut self, floor: ListFloor) -> Self {
        self.floor = Some(floor);
        self
    }

    /// The policy whose binding `list-jump` rules in force on `day` set the floor.
    pub fn policy(mut self, policy: &'a Policy, day: NaiveDate) -> Self {
        self.policy = Some((policy, day));
        self
    }

    /// Whether names are reported.
    pub fn names(mut self, names: bool) -> Self {
        self.names = names;
        self
    }
}

/// Why a list election with candidates cannot be counted.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[non_exhaustive]
pub enum ListElectionError {
    /// The method is not a list method.
    #[error("{}", tr!("lists-not-a-list-method", method = .0.clone()))]
    NotAListMethod(String),
    /// The lists of the votes and of the candidates differ.
    #[error("{}", lists_differ(.without_candidates, .without_votes))]
    ListsDiffer {
        /// Lists with votes but no candidates.
        without_candidates: Vec<String>,
        /// Lists with candidates but no votes.
        without_votes: Vec<String>,
    },
    /// The count of the lists failed.
    #[error(transparent)]
    Count(#[from] TallyError),
    /// List jump needs highest numbers: d'Hondt or Sainte-Laguë.
    #[error("{}", tr!("lists-jump-needs-divisors", method = .0.clone()))]
    JumpNeedsDivisors(String),
    /// Lists tied in the list jump and no seed was given for the lot.
    #[error("{}", tr!("lists-jump-lot-needed", lists = quoted_list(.0)))]
    LotNeeded(Vec<String>),
    /// A floor written other than `GROUP=N`.
    #[error("{}", tr!("lists-bad-floor", value = format!("{:?}", .0)))]
    BadFloor(String),
    /// The candidates break the list jump's rules (one person on two lists).
    #[error(transparent)]
    Constraint(#[from] ConstraintError),
    /// A policy rule's floor needs a reference population the list election does not
    /// know (the unit's membership).
    #[error("{}", tr!("lists-policy-needs-reference", rule = .0.to_string()))]
    PolicyNeedsReference(RuleId),
    /// The policy sets floors for more than one group: list jump meets one minority's.
    #[error("{}", tr!("lists-policy-two-floors", groups = quoted_list(.0)))]
    PolicyFloors(Vec<String>),
    /// A floor given both by `floor` and by a policy.
    #[error("{}", tr!("lists-floor-and-policy"))]
    FloorAndPolicy,
}

fn quoted_list(names: &[String]) -> String {
    names
        .iter()
        .map(|n| format!("{n:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn lists_differ(without_candidates: &[String], without_votes: &[String]) -> String {
    let mut parts = Vec::new();
    if !without_candidates.is_empty() {
        parts.push(tr!(
            "lists-without-candidates",
            lists = quoted_list(without_candidates)
        ));
    }
    if !without_votes.is_empty() {
        parts.push(tr!(
            "lists-without-votes",
            lists = quoted_list(without_votes)
        ));
    }
    tr!("lists-differ", problems = parts.join("; "))
}

/// A list's votes and seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ListOutcome {
    /// The list's name.
    pub list: String,
    /// Its votes.
    pub votes: u64,
    /// How many candidates it named.
    pub candidates: u32,
    /// The seats the count gave it (its highest numbers).
    pub won: u32,
    /// The seats it holds in the end: fewer than `won` when it ran out of candidates
    /// (WO §15(3)) or gave a seat away by list jump, more when it received one.
    pub seats: u32,
}

/// An elected candidate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ElectedFromList {
    /// The candidate's id.
    pub id: String,
    /// The name, only when asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The list.
    pub list: String,
    /// The place on the list.
    pub position: u32,
    /// The candidate's group, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    /// Whether the seat came by list jump (WO §15(5)).
    pub by_list_jump: bool,
}

/// A seat moved to the minority by list jump.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct SeatMove {
    /// The list whose seat it was.
    pub from_list: String,
    /// The list that holds it now (the same list under WO §15(5) no. 1).
    pub to_list: String,
    /// The candidate who gave way (by id).
    pub removed: String,
    /// The minority candidate who took the seat (by id).
    pub added: String,
    /// Whether a lot between lists with equal highest numbers decided it.
    pub by_lot: bool,
}

/// What the floor made of the count.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct FloorOutcome {
    /// The group.
    pub group: String,
    /// The seats it must hold.
    pub min: u32,
    /// The seats it held after the count, before any list jump.
    pub before: u32,
    /// The seats it holds in the end.
    pub held: u32,
    /// Every seat moved, in order.
    pub moves: Vec<SeatMove>,
    /// The floor could not be met: no list had another candidate of the group (WO
    /// §15(5) no. 5: the seat stays where it was).
    pub unmet: bool,
    /// The seed of the lot between tied lists, when one was given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<u64>,
    /// The policy rule that set the floor, when a policy did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// The escape of that rule when the group's candidates run out (by default WO
    /// §15(5) no. 5's `accept`: the seat stays with its list); absent for a floor given
    /// by hand.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub escape: Option<Escape>,
}

/// A list election with named candidates, counted: the lists' seats, the elected in
/// order of lists and places, and what the floor changed. The whole answer of
/// [`elect_lists`] and of `rulebook tally VOTES.csv --candidates FILE`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ListElectionReport {
    /// The list method.
    pub method: ListMethod,
    /// Seats to fill.
    pub seats: u32,
    /// Every list, in the order of the votes file.
    pub lists: Vec<ListOutcome>,
    /// The elected, list by list in the order of the votes file, each list's in the
    /// order of their places.
    pub elected: Vec<ElectedFromList>,
    /// Seats no list had a candidate left for.
    pub unfilled: u32,
    /// The floor, when one was set.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub floor: Option<FloorOutcome>,
    /// The count of the lists (the highest numbers), before candidates ran out.
    pub count: TallyReport,
}

/// The tie policy of a count among some of the lists (`keep[k]` is list `keep[k]`).
fn sub_ties(ties: &TieBreak, keep: &[usize]) -> TieBreak {
    match ties {
        TieBreak::Order(order) => TieBreak::Order(
            order
                .iter()
                .filter_map(|&c| keep.iter().position(|&k| k == c as usize))
                .filter_map(|k| u32::try_from(k).ok())
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The seed of a lot, if the tie policy gives one.
fn seed_of(ties: &TieBreak) -> Option<u64> {
    match ties {
        TieBreak::Lot { seed } | TieBreak::Forward { seed } | TieBreak::Backward { seed } => *seed,
        _ => None,
    }
}

/// Counts a list election with named candidates (WO 2001 §15, see the module docs):
/// the lists' seats by `method` (a [`Method::List`], with its threshold), each list's
/// seats to its first candidates, the surplus of a list that runs out passed to the
/// following highest numbers of the others (§15(3)), then, with a floor in `options`,
/// list jump until the group holds its minimum or no list has another of its
/// candidates (§15(5)).
///
/// ```
/// use union_rulebook::election::{
///     Candidate, ListCandidates, ListFloor, ListOptions, ListVotes, TieBreak, TallySettings,
///     elect_lists,
/// };
/// let votes = ListVotes {
///     lists: vec![Candidate::new("A"), Candidate::new("B")],
///     votes: vec![300, 200],
///     seats: 5,
/// };
/// let c = ListCandidates::from_csv(
///     "list,position,id,group\nA,1,a1,m\nA,2,a2,m\nA,3,a3,m\nA,4,a4,w\nB,1,b1,m\nB,2,b2,w\n",
/// )?;
/// let method = TallySettings::new("dhondt").method()?;
/// let r = elect_lists(&votes, &c, &method, &TieBreak::Fail, &ListOptions::new().floor(ListFloor::new("w", 2)))?;
/// // A's third seat (300/3 = 100) is the lowest highest number held by a man: a3 gives
/// // way to A's next woman, a4.
/// let ids: Vec<&str> = r.elected.iter().map(|e| e.id.as_str()).collect();
/// assert_eq!(ids, ["a1", "a2", "a4", "b1", "b2"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// [`ListElectionError::NotAListMethod`]; [`ListElectionError::ListsDiffer`] when a
/// list has votes but no candidates or the other way round;
/// [`ListElectionError::Count`] when the count fails (no seats, a tie without a way to
/// settle it); [`ListElectionError::JumpNeedsDivisors`] for a floor under a largest
/// remainder or modified Sainte-Laguë count; [`ListElectionError::LotNeeded`] when
/// lists tie in the list jump and `ties` gives no seed.
pub fn elect_lists(
    votes: &ListVotes,
    candidates: &ListCandidates,
    method: &Method,
    ties: &TieBreak,
    options: &ListOptions,
) -> Result<ListElectionReport, ListElectionError> {
    let Method::List {
        method: list_method,
        threshold,
    } = method
    else {
        return Err(ListElectionError::NotAListMethod(method.name().to_owned()));
    };
    // Every list with votes has candidates, and every list of candidates has votes.
    let by_name: HashMap<&str, &NamedList> = candidates
        .lists
        .iter()
        .map(|c| (c.list.as_str(), c))
        .collect();
    let voted: std::collections::HashSet<&str> =
        votes.lists.iter().map(|l| l.name.as_str()).collect();
    let named: Vec<Option<&NamedList>> = votes
        .lists
        .iter()
        .map(|l| by_name.get(l.name.as_str()).copied())
        .collect();
    let without_candidates: Vec<String> = votes
        .lists
        .iter()
        .zip(&named)
        .filter(|(_, n)| n.is_none())
        .map(|(l, _)| l.name.clone())
        .collect();
    let without_votes: Vec<String> = candidates
        .lists
        .iter()
        .filter(|c| !voted.contains(c.list.as_str()))
        .map(|c| c.list.clone())
        .collect();
    if !without_candidates.is_empty() || !without_votes.is_empty() {
        return Err(ListElectionError::ListsDiffer {
            without_candidates,
            without_votes,
        });
    }
    let lists: Vec<&NamedList> = named.into_iter().flatten().collect();
    let sizes: Vec<u32> = lists
        .iter()
        .map(|l| u32::try_from(l.candidates.len()).unwrap_or(u32::MAX))
        .collect();

    let first = count_list_pr(votes, *list_method, threshold.clone(), ties)?;
    let count = TallyReport::for_lists(votes, &first);
    let won: Vec<u32> = first
        .candidates
        .iter()
        .map(|c| c.seats.unwrap_or(0))
        .collect();
    let qualified: Vec<bool> = first
        .candidates
        .iter()
        .map(|c| c.status != CandidateStatus::Excluded)
        .collect();
    let seats = surplus_passed_on(votes, *list_method, ties, &won, &qualified, &sizes)?;
    let filled: u32 = seats.iter().sum();

    let policy_floor = match options.policy {
        Some((policy, day)) => {
            if options.floor.is_some() {
                return Err(ListElectionError::FloorAndPolicy);
            }
            policy_floor(policy, day, votes.seats)?
        }
        None => None,
    };
    // The group each candidate counts towards: the policy group its selector picks, or
    // the `group` column (the `gender` column when the file has no `group`).
    let groups: Vec<Vec<Option<String>>> = lists
        .iter()
        .map(|l| {
            l.candidates
                .iter()
                .map(|c| match (options.policy, &policy_floor) {
                    (Some((policy, day)), Some((_, g, _, _))) => policy
                        .group(g)
                        .and_then(|d| d.select.matches(c, day))
                        .unwrap_or(false)
                        .then(|| g.to_string()),
                    _ => c.group.clone().or_else(|| c.gender.clone()),
                })
                .collect()
        })
        .collect();
    let floor_asked = match &policy_floor {
        Some((rule, g, min, escape)) => Some((
            ListFloor::new(g.to_string(), *min),
            Some(rule.to_string()),
            *escape,
        )),
        None => options.floor.clone().map(|f| (f, None, None)),
    };
    // Candidates numbered across the lists, in the order of the votes file.
    let mut offsets = Vec::with_capacity(lists.len());
    let mut next: u32 = 0;
    for &n in &sizes {
        offsets.push(next);
        next = next.saturating_add(n);
    }
    // The list of a candidate number: the last list starting at or before it (an empty
    // list starts where the next one does).
    let list_of = |global: u32| offsets.partition_point(|&o| o <= global).checked_sub(1);
    let person = |global: u32| -> Option<(usize, &ListCandidate)> {
        let l = list_of(global)?;
        let k = usize::try_from(global - offsets[l]).ok()?;
        lists.get(l)?.candidates.get(k).map(|c| (l, c))
    };
    let placed: Vec<ListSeats> = lists
        .iter()
        .zip(&groups)
        .zip(&offsets)
        .zip(votes.votes.iter().zip(&seats))
        .map(|(((l, gs), &o), (&v, &s))| ListSeats {
            votes: v,
            candidates: (0..l.candidates.len())
                .map(|k| {
                    Placed::new(
                        o.saturating_add(u32::try_from(k).unwrap_or(u32::MAX)),
                        gs.get(k).and_then(Option::as_deref),
                    )
                })
                .collect(),
            seats: s,
        })
        .collect();
    let group_of = |global: u32| -> Option<String> {
        let l = list_of(global)?;
        let k = usize::try_from(global - offsets[l]).ok()?;
        groups.get(l)?.get(k).cloned().flatten()
    };

    let mut elected_ix: Vec<Vec<u32>> = placed
        .iter()
        .map(|l| {
            l.candidates
                .iter()
                .take(usize::try_from(l.seats).unwrap_or(usize::MAX))
                .map(|p| p.candidate)
                .collect()
        })
        .collect();
    let mut final_seats = seats.clone();
    let mut jumped: Vec<u32> = Vec::new();
    let floor = match &floor_asked {
        None => None,
        Some((f, rule, escape)) => {
            let divisors = match list_method {
                ListMethod::DHondt => Divisors::DHondt,
                ListMethod::SainteLague => Divisors::SainteLague,
                other => return Err(ListElectionError::JumpNeedsDivisors(other.to_string())),
            };
            let in_group = |c: &u32| group_of(*c).as_deref() == Some(f.group.as_str());
            let before = u32::try_from(elected_ix.iter().flatten().filter(|c| in_group(c)).count())
                .unwrap_or(u32::MAX);
            let seed = seed_of(ties);
            let r = constrained::list_jump(&placed, &f.group, f.min, divisors, seed.unwrap_or(0))?;
            let name_of = |l: usize| lists.get(l).map(|n| n.list.clone()).unwrap_or_default();
            let id_of = |c: u32| person(c).map(|(_, p)| p.id.clone()).unwrap_or_default();
            if seed.is_none()
                && let Some(j) = r.jumps.iter().find(|j| !j.tied_lists.is_empty())
            {
                return Err(ListElectionError::LotNeeded(
                    j.tied_lists.iter().map(|&l| name_of(l)).collect(),
                ));
            }
            let moves = r
                .jumps
                .iter()
                .map(|j| SeatMove {
                    from_list: name_of(j.from_list),
                    to_list: name_of(j.to_list),
                    removed: id_of(j.removed),
                    added: id_of(j.added),
                    by_lot: !j.tied_lists.is_empty(),
                })
                .collect();
            jumped = r.jumps.iter().map(|j| j.added).collect();
            jumped.retain(|a| r.elected.iter().flatten().any(|e| e == a));
            elected_ix = r.elected.clone();
            final_seats = r.seats.clone();
            Some(FloorOutcome {
                group: f.group.clone(),
                min: f.min,
                before,
                held: r.minority_seats,
                moves,
                unmet: r.floor_unmet,
                seed,
                rule: rule.clone(),
                escape: *escape,
            })
        }
    };
    let elected = elected_ix
        .iter()
        .flatten()
        .filter_map(|&c| {
            let (l, p) = person(c)?;
            Some(ElectedFromList {
                id: p.id.clone(),
                name: if options.names { p.name.clone() } else { None },
                list: lists.get(l)?.list.clone(),
                position: p.position,
                group: group_of(c),
                by_list_jump: jumped.contains(&c),
            })
        })
        .collect();
    let report_lists = lists
        .iter()
        .enumerate()
        .map(|(i, l)| ListOutcome {
            list: l.list.clone(),
            votes: votes.votes.get(i).copied().unwrap_or(0),
            candidates: sizes.get(i).copied().unwrap_or(0),
            won: won.get(i).copied().unwrap_or(0),
            seats: final_seats.get(i).copied().unwrap_or(0),
        })
        .collect();
    Ok(ListElectionReport {
        method: *list_method,
        seats: votes.seats,
        lists: report_lists,
        elected,
        unfilled: votes.seats.saturating_sub(filled),
        floor,
        count,
    })
}

/// The floor of the policy's binding `list-jump` rules in force on `day` for a body of
/// `seats`: the rule, the group, its minimum and the rule's escape (none when no such
/// rule asks for a seat).
fn policy_floor(
    policy: &Policy,
    day: NaiveDate,
    seats: u32,
) -> Result<Option<PolicyFloor>, ListElectionError> {
    let mut floors: Vec<PolicyFloor> = Vec::new();
    for r in policy.rules_in_force(day) {
        if r.hardness != Hardness::Binding || r.consequence != Consequence::ListJump {
            continue;
        }
        match crate::policy::requirement(&r.require, seats, None) {
            Requirement::Bounds { groups } => {
                for b in groups.into_iter().filter(|b| b.min > 0) {
                    floors.push((r.id.clone(), b.group, b.min, r.escape()));
                }
            }
            Requirement::NeedsReference => {
                return Err(ListElectionError::PolicyNeedsReference(r.id.clone()));
            }
            _ => {}
        }
    }
    if floors.len() > 1 {
        return Err(ListElectionError::PolicyFloors(
            floors.iter().map(|(_, g, _, _)| g.to_string()).collect(),
        ));
    }
    Ok(floors.pop())
}

/// A policy's floor: the rule, the group, its minimum and the rule's escape.
type PolicyFloor = (RuleId, GroupId, u32, Option<Escape>);

/// WO §15(3): a list with fewer candidates than seats keeps as many seats as it has
/// candidates, and the others share the rest by counting again among the qualified
/// lists that still have candidates to spare, until no list has more seats than
/// candidates. Under a divisor method this gives the surplus to the following highest
/// numbers of the other lists.
fn surplus_passed_on(
    votes: &ListVotes,
    method: ListMethod,
    ties: &TieBreak,
    won: &[u32],
    qualified: &[bool],
    sizes: &[u32],
) -> Result<Vec<u32>, ListElectionError> {
    let mut seats = won.to_vec();
    let mut full: Vec<bool> = vec![false; seats.len()];
    // Each round fills at least one more list, so there are at most as many rounds as
    // lists.
    for _ in 0..=seats.len() {
        let over: Vec<usize> = (0..seats.len())
            .filter(|&i| !full[i] && seats[i] > sizes[i])
            .collect();
        if over.is_empty() {
            break;
        }
        for &i in &over {
            full[i] = true;
            seats[i] = sizes[i];
        }
        let taken: u32 = (0..seats.len())
            .filter(|&i| full[i])
            .map(|i| seats[i])
            .sum();
        let rest = votes.seats.saturating_sub(taken);
        let keep: Vec<usize> = (0..seats.len())
            .filter(|&i| !full[i] && qualified[i])
            .collect();
        for i in 0..seats.len() {
            if !full[i] {
                seats[i] = 0;
            }
        }
        if rest == 0 || keep.is_empty() {
            break;
        }
        let sub = ListVotes {
            lists: keep.iter().map(|&i| votes.lists[i].clone()).collect(),
            votes: keep.iter().map(|&i| votes.votes[i]).collect(),
            seats: rest,
        };
        let again = count_list_pr(&sub, method, None::<Threshold>, &sub_ties(ties, &keep))?;
        for (k, &i) in keep.iter().enumerate() {
            seats[i] = again.candidates.get(k).and_then(|c| c.seats).unwrap_or(0);
        }
    }
    Ok(seats)
}

impl ListElectionReport {
    /// Whether the floor is left broken: not met, and not accepted by the escape of the
    /// policy rule that set it. A floor given by hand (`--floor`) has no escape, and a
    /// rule's `vacant` or `void` escape is applied only by
    /// [`elect`](crate::election_rules::elect): either, unmet, is broken (`rulebook
    /// tally` exits 1).
    ///
    /// ```
    /// use union_rulebook::election::{
    ///     Candidate, ListCandidates, ListFloor, ListOptions, ListVotes, TieBreak, TallySettings,
    ///     elect_lists,
    /// };
    /// let votes = ListVotes { lists: vec![Candidate::new("A")], votes: vec![10], seats: 1 };
    /// let c = ListCandidates::from_csv("list,position,id,group\nA,1,p-1,man\n")?;
    /// let method = TallySettings::new("dhondt").method()?;
    /// let floor = ListOptions::new().floor(ListFloor::new("woman", 1));
    /// let r = elect_lists(&votes, &c, &method, &TieBreak::Fail, &floor)?;
    /// assert!(r.floor_broken());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn floor_broken(&self) -> bool {
        self.floor
            .as_ref()
            .is_some_and(|f| f.unmet && f.escape != Some(Escape::Accept))
    }

    /// The report as text, in the current language ([`crate::i18n`]): the lists with
    /// their votes and seats, the elected, and the seats the floor moved.
    pub fn render_text(&self) -> String {
        let mut out = String::new();
        out.push_str(&tr!(
            "lists-heading",
            method = self.method.to_string(),
            seats = self.seats
        ));
        out.push('\n');
        out.push_str(&tr!("lists-lists"));
        out.push('\n');
        for l in &self.lists {
            out.push_str("  ");
            out.push_str(&tr!(
                "lists-list-line",
                list = l.list.clone(),
                votes = l.votes,
                won = l.won,
                seats = l.seats,
                candidates = l.candidates
            ));
            out.push('\n');
        }
        out.push_str(&tr!("lists-elected", count = self.elected.len()));
        out.push('\n');
        for (i, e) in self.elected.iter().enumerate() {
            let who = match &e.name {
                Some(n) => format!("{} ({n})", e.id),
                None => e.id.clone(),
            };
            let line = match &e.group {
                Some(g) => tr!(
                    "lists-elected-line-group",
                    number = i + 1,
                    who = who,
                    group = g.clone(),
                    list = e.list.clone(),
                    position = e.position
                ),
                None => tr!(
                    "lists-elected-line",
                    number = i + 1,
                    who = who,
                    list = e.list.clone(),
                    position = e.position
                ),
            };
            out.push_str("  ");
            out.push_str(&line);
            if e.by_list_jump {
                out.push_str(&tr!("lists-by-jump"));
            }
            out.push('\n');
        }
        if self.unfilled > 0 {
            out.push_str(&tr!("lists-unfilled", count = self.unfilled));
            out.push('\n');
        }
        if let Some(f) = &self.floor {
            out.push_str(&tr!(
                "lists-floor",
                group = f.group.clone(),
                min = f.min,
                before = f.before,
                held = f.held
            ));
            if let Some(rule) = &f.rule {
                out.push_str(" (");
                out.push_str(&tr!("lists-floor-rule", rule = rule.clone()));
                out.push(')');
            }
            out.push('\n');
            for m in &self.floor.iter().flat_map(|f| &f.moves).collect::<Vec<_>>() {
                let line = if m.from_list == m.to_list {
                    tr!(
                        "lists-move-same",
                        list = m.from_list.clone(),
                        removed = m.removed.clone(),
                        added = m.added.clone()
                    )
                } else {
                    tr!(
                        "lists-move-other",
                        from = m.from_list.clone(),
                        to = m.to_list.clone(),
                        removed = m.removed.clone(),
                        added = m.added.clone()
                    )
                };
                out.push_str("  ");
                out.push_str(&line);
                if m.by_lot {
                    out.push_str(&tr!("lists-by-lot"));
                }
                out.push('\n');
            }
            if f.unmet {
                out.push_str(&tr!(
                    "lists-floor-unmet",
                    group = f.group.clone(),
                    min = f.min
                ));
                out.push('\n');
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_problem_is_reported_with_its_place() {
        let e =
            ListCandidates::from_csv("list,position,id\nA,1,p1\nA,0,p2\nA,1,p3\n,2,p4\nB,x,p1\n")
                .unwrap_err();
        let lines: Vec<(usize, Option<&str>)> = e
            .errors
            .iter()
            .map(|e| (e.line, e.column.as_deref()))
            .collect();
        assert_eq!(
            lines,
            [
                (3, Some("position")),
                (4, Some("position")),
                (5, Some("list")),
                (6, Some("position")),
                (6, Some("id")),
            ]
        );
        assert!(
            e.to_string()
                .contains("line 6, column \"id\": \"p1\" appears again (first on line 2)")
        );
    }

    use crate::election::Candidate;
    use proptest::prelude::*;

    /// Lists with votes and candidates (`w` or `m`), each list's candidates in order.
    fn election() -> impl Strategy<Value = (ListVotes, ListCandidates)> {
        prop::collection::vec(
            (1u64..1000, prop::collection::vec(any::<bool>(), 1..6)),
            1..5,
        )
        .prop_flat_map(|lists| (Just(lists), 1u32..12))
        .prop_map(|(lists, seats)| {
            let votes = ListVotes {
                lists: (0..lists.len())
                    .map(|i| Candidate::new(format!("L{i}")))
                    .collect(),
                votes: lists.iter().map(|(v, _)| *v).collect(),
                seats,
            };
            let mut text = String::from("list,position,id,group\n");
            for (i, (_, women)) in lists.iter().enumerate() {
                for (k, w) in women.iter().enumerate() {
                    let g = if *w { "w" } else { "m" };
                    text.push_str(&format!("L{i},{},c{i}-{k},{g}\n", k + 1));
                }
            }
            let c = ListCandidates::from_csv(&text).unwrap_or_default();
            (votes, c)
        })
    }

    proptest! {
        #[test]
        fn seats_are_kept_and_each_list_elects_in_its_order(
            (votes, c) in election(),
            min in 0u32..5,
            seed in any::<u64>(),
        ) {
            let method = crate::election::TallySettings::new("dhondt").method().unwrap();
            let ties = TieBreak::Lot { seed: Some(seed) };
            let plain = elect_lists(&votes, &c, &method, &ties, &ListOptions::new()).unwrap();
            let total: usize = c.lists.iter().map(|l| l.candidates.len()).sum();
            let seats = usize::try_from(votes.seats).unwrap();
            prop_assert_eq!(plain.elected.len(), seats.min(total));
            prop_assert_eq!(plain.elected.len() + plain.unfilled as usize, seats);
            // Without a floor each list elects its first candidates (WO §15(4)).
            for (l, named) in plain.lists.iter().zip(&c.lists) {
                let mine: Vec<&str> = plain.elected.iter().filter(|e| e.list == l.list).map(|e| e.id.as_str()).collect();
                let first: Vec<&str> = named.candidates.iter().take(l.seats as usize).map(|p| p.id.as_str()).collect();
                prop_assert_eq!(mine, first);
                prop_assert!(l.seats <= l.candidates);
            }
            let floor = ListOptions::new().floor(ListFloor::new("w", min));
            let r = elect_lists(&votes, &c, &method, &ties, &floor).unwrap();
            prop_assert_eq!(r.elected.len(), plain.elected.len());
            let f = r.floor.unwrap();
            let women = c.lists.iter().flat_map(|l| &l.candidates).filter(|p| p.group.as_deref() == Some("w")).count();
            let held = r.elected.iter().filter(|e| e.group.as_deref() == Some("w")).count();
            prop_assert_eq!(held, f.held as usize);
            if (min as usize) <= women.min(r.elected.len()) {
                prop_assert!(held >= min as usize);
                prop_assert!(!f.unmet);
            }
        }
    }

    #[test]
    fn a_floor_reads_group_and_number() {
        let f: ListFloor = "woman=3".parse().unwrap();
        assert_eq!(f, ListFloor::new("woman", 3));
        assert!("woman".parse::<ListFloor>().is_err());
        assert!("=3".parse::<ListFloor>().is_err());
        assert!("w=-1".parse::<ListFloor>().is_err());
    }
}
