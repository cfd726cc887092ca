//! List PR: seats for party lists by a divisor or largest-remainder method, with an
//! optional threshold, computed by the apportionment engine
//! ([`crate::apportionment`]); there is no second implementation of any method here.

use super::{
    Candidate, CandidateResult, CandidateStatus, ListVotes, Outcome, Stage, StageAction,
    TallyError, TieBreak, TieRecord, TieSettlement, Votes,
};
use crate::apportionment::{
    self, ApportionError, CsvError, DivisorMethod, Method, Options, Quota, SettledBy, Threshold,
    TiePolicy,
};

/// A list-PR method: the part of the apportionment vocabulary ([`Method`]) that counts
/// party lists, a thin view of it. Names, aliases, [`Display`](std::fmt::Display) and
/// serde are [`Method`]'s: `dhondt`, `sainte-lague`, `modified-sainte-lague`,
/// `largest-remainder` (Hare), `largest-remainder-droop`,
/// `largest-remainder-hagenbach-bischoff`, and the aliases `hamilton`, `hamilton-droop`,
/// `hamilton-hagenbach-bischoff`, `jefferson`, `webster`, ...
///
/// ```
/// use union_rulebook::apportionment::Method;
/// use union_rulebook::election::ListMethod;
/// let m: ListMethod = "hamilton-droop".parse()?;
/// assert_eq!(m.to_string(), "largest-remainder-droop");
/// assert_eq!(Method::from(m), "largest-remainder-droop".parse()?);
/// assert!("huntington-hill".parse::<ListMethod>().is_err());
/// # Ok::<(), union_rulebook::apportionment::ApportionError>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ListMethod {
    /// D'Hondt (see [`DivisorMethod::DHondt`]).
    DHondt,
    /// Sainte-Laguë (see [`DivisorMethod::SainteLague`]).
    SainteLague,
    /// Modified Sainte-Laguë, first divisor 1.4 (see
    /// [`DivisorMethod::ModifiedSainteLague`]).
    ModifiedSainteLague,
    /// Largest remainder with a quota (see [`Quota`]).
    LargestRemainder(Quota),
}

impl ListMethod {
    /// Every list method, in the order the CLI lists them.
    pub const ALL: [ListMethod; 6] = [
        ListMethod::DHondt,
        ListMethod::SainteLague,
        ListMethod::ModifiedSainteLague,
        ListMethod::LargestRemainder(Quota::Hare),
        ListMethod::LargestRemainder(Quota::Droop),
        ListMethod::LargestRemainder(Quota::HagenbachBischoff),
    ];

    /// The method's canonical name ([`Method::name`]).
    pub fn name(self) -> &'static str {
        self.apportionment().name()
    }

    /// Reads a canonical name or an alias (see [`Method`]); `None` when it is not a
    /// list method.
    pub fn from_name(name: &str) -> Option<Self> {
        Method::from_name(name).and_then(|m| ListMethod::try_from(m).ok())
    }

    /// The apportionment method it is.
    pub fn apportionment(self) -> Method {
        match self {
            ListMethod::DHondt => Method::Divisor(DivisorMethod::DHondt),
            ListMethod::SainteLague => Method::Divisor(DivisorMethod::SainteLague),
            ListMethod::ModifiedSainteLague => Method::Divisor(DivisorMethod::ModifiedSainteLague),
            ListMethod::LargestRemainder(q) => Method::LargestRemainder(q),
        }
    }
}

impl From<ListMethod> for Method {
    fn from(m: ListMethod) -> Method {
        m.apportionment()
    }
}

impl TryFrom<Method> for ListMethod {
    type Error = ApportionError;

    /// The list method an apportionment method is; [`ApportionError::NotAListMethod`]
    /// for Huntington-Hill, Adams and Dean, which apportion seats among units but are
    /// not used to count party lists here.
    fn try_from(m: Method) -> Result<ListMethod, ApportionError> {
        ListMethod::ALL
            .into_iter()
            .find(|l| l.apportionment() == m)
            .ok_or_else(|| ApportionError::NotAListMethod(m.name().to_owned()))
    }
}

impl std::fmt::Display for ListMethod {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for ListMethod {
    type Err = ApportionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ListMethod::try_from(s.parse::<Method>()?)
    }
}

impl serde::Serialize for ListMethod {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl<'de> serde::Deserialize<'de> for ListMethod {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <String as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl schemars::JsonSchema for ListMethod {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ApportionmentMethod".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <Method as schemars::JsonSchema>::json_schema(generator)
    }
}

/// Counts a list-PR election: each list is a "candidate" whose
/// [`CandidateResult::seats`] holds its seats. The outcome has one
/// [`StageAction::Allocation`] stage with the votes; lists below the threshold are
/// excluded at that stage; `elected` lists the lists that won seats, in ballot order.
///
/// Ties for the last seat follow `ties`: [`TieBreak::Lot`] (and the earlier-stage
/// policies, which have no earlier stage here, so draw lots with their seed, or stop
/// with [`TallyError::LotNeeded`] without one), [`TieBreak::Order`], or
/// [`TieBreak::Fail`].
///
/// ```
/// use union_rulebook::election::{count_list_pr, Candidate, ListMethod, ListVotes, TieBreak};
/// let votes = ListVotes {
///     lists: vec![Candidate::new("A"), Candidate::new("B"), Candidate::new("C")],
///     votes: vec![5_000, 3_000, 1_500],
///     seats: 7,
/// };
/// let o = count_list_pr(&votes, ListMethod::DHondt, None, &TieBreak::Fail)?;
/// let seats: Vec<u32> = o.candidates.iter().map(|c| c.seats.unwrap_or(0)).collect();
/// assert_eq!(seats, vec![4, 2, 1]);
/// # Ok::<(), union_rulebook::election::TallyError>(())
/// ```
///
/// # Errors
/// [`TallyError::NoSeats`] without seats; [`TallyError::Unsupported`] when the lists
/// and vote totals differ in number; [`TallyError::Tie`] for a tie under
/// [`TieBreak::Fail`]; [`TallyError::Apportionment`] when no list reaches the threshold
/// or an order misses a tied list.
pub fn count_list_pr(
    votes: &ListVotes,
    method: ListMethod,
    threshold: Option<Threshold>,
    ties: &TieBreak,
) -> Result<Outcome, TallyError> {
    if votes.seats == 0 {
        return Err(TallyError::NoSeats);
    }
    if votes.lists.len() != votes.votes.len() {
        return Err(TallyError::Unsupported {
            method: method.name(),
            what: super::messages::lists_and_totals(votes.lists.len(), votes.votes.len()),
        });
    }
    // Without a seed, the apportionment refuses the tie, reported as a tie only a lot
    // can settle (there are no earlier stages here).
    let mut lot_needed = false;
    let policy = match ties {
        TieBreak::Fail => TiePolicy::Fail,
        TieBreak::Order(order) => TiePolicy::Order(order.iter().map(|&c| c as usize).collect()),
        TieBreak::Lot { seed } | TieBreak::Forward { seed } | TieBreak::Backward { seed } => {
            match seed {
                Some(seed) => TiePolicy::Lot { seed: *seed },
                None => {
                    lot_needed = true;
                    TiePolicy::Fail
                }
            }
        }
    };
    let names = |units: &[usize]| -> Vec<String> {
        units
            .iter()
            .map(|&u| {
                votes
                    .lists
                    .get(u)
                    .map(|l| l.name.clone())
                    .unwrap_or_default()
            })
            .collect()
    };
    let mut options = Options::new(method.apportionment(), votes.seats).with_ties(policy);
    options.threshold = threshold;
    let alloc = apportionment::apportion(&votes.votes, &options).map_err(|e| match e {
        ApportionError::Tie { units, .. } if lot_needed => TallyError::LotNeeded {
            stage: 1,
            candidates: units.iter().map(|&u| u as u32).collect(),
            names: names(&units),
            purpose: super::messages::purpose_last_seat(),
        },
        ApportionError::Tie { units, .. } => TallyError::Tie {
            stage: 1,
            candidates: units.iter().map(|&u| u as u32).collect(),
            names: names(&units),
            purpose: super::messages::purpose_last_seat(),
        },
        e => TallyError::Apportionment(e),
    })?;
    let mut outcome = Outcome::new(method.name(), votes.seats, votes.lists.len());
    let mut excluded = Vec::new();
    for (i, c) in outcome.candidates.iter_mut().enumerate() {
        let seats = alloc.allocation.get(i).copied().unwrap_or(0);
        let qualified = alloc.qualified.get(i).copied().unwrap_or(true);
        *c = CandidateResult {
            status: if seats > 0 {
                CandidateStatus::Elected
            } else if !qualified {
                CandidateStatus::Excluded
            } else {
                CandidateStatus::NotElected
            },
            stage: (seats > 0 || !qualified).then_some(1),
            seats: Some(seats),
        };
        if seats > 0 {
            outcome.elected.push(i as u32);
        } else if !qualified {
            excluded.push(i as u32);
        }
    }
    outcome.stages.push(Stage {
        number: 1,
        action: StageAction::Allocation,
        votes: votes
            .votes
            .iter()
            .map(|&v| Votes::whole(i128::from(v)))
            .collect(),
        non_transferable: Votes::whole(0),
        loss: Votes::whole(0),
        elected: outcome.elected.clone(),
        excluded,
    });
    for t in &alloc.ties {
        let settled_by = match t.settled_by {
            SettledBy::Lot { seed } => TieSettlement::Lot { seed },
            _ => TieSettlement::GivenOrder,
        };
        for &chosen in &t.chosen {
            outcome.ties.push(TieRecord {
                stage: 1,
                candidates: t.units.iter().map(|&u| u as u32).collect(),
                purpose: super::messages::purpose_last_seat(),
                settled_by: settled_by.clone(),
                chosen: chosen as u32,
            });
        }
    }
    Ok(outcome)
}

/// Reads list votes from CSV text with a header naming `name` and `votes` columns
/// (other columns are ignored), for `seats` seats.
///
/// ```
/// use union_rulebook::election::read_list_votes_csv;
/// let v = read_list_votes_csv("name,votes\nSPN,5000\n\"KSPI, Bekasi\",3000\n", 7)?;
/// assert_eq!(v.lists[1].name, "KSPI, Bekasi");
/// assert_eq!(v.votes, vec![5000, 3000]);
/// # Ok::<(), union_rulebook::apportionment::CsvError>(())
/// ```
///
/// # Errors
/// A [`CsvError`] with line and column: unreadable CSV, a missing column or field, a
/// vote total that is not a whole number, an empty or repeated list name.
pub fn read_list_votes_csv(text: &str, seats: u32) -> Result<ListVotes, CsvError> {
    let rows = apportionment::csv::named_numbers(text, "name", "votes")?;
    Ok(ListVotes {
        lists: rows
            .iter()
            .map(|r| Candidate::new(r.name.clone()))
            .collect(),
        votes: rows.iter().map(|r| r.weight).collect(),
        seats,
    })
}
