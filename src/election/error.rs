//! Why a count could not be made.

use super::CandidateIndex;

/// Why a count could not be made.
///
/// A count fails only on input it cannot count (no seats, a method that cannot read
/// equal rankings), on a tie the caller asked to settle itself ([`TieBreak::Fail`]), or
/// on a tie only a lot can settle when the caller gave no seed
/// ([`TallyError::LotNeeded`]).
///
/// [`TieBreak::Fail`]: super::TieBreak::Fail
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TallyError {
    /// The election has no seats to fill.
    #[error("{}", super::messages::no_seats())]
    NoSeats,
    /// The method does not accept this kind of ballot.
    #[error("{}", super::messages::unsupported(.method, .what))]
    Unsupported {
        /// The method's name.
        method: &'static str,
        /// What it cannot count (`equal rankings`, `more than 1 seat`, ...).
        what: String,
    },
    /// A ballot names a candidate that does not exist.
    #[error("{}", super::messages::unknown_candidate(*.ballot, *.line, *.candidate, *.candidates))]
    UnknownCandidate {
        /// The ballot's position in the election's ballots (0-based; the message
        /// counts from 1 when the line is not known).
        ballot: usize,
        /// The ballot's line in its file, when known ([`TallyError::at_lines`]).
        line: Option<u32>,
        /// The 1-based candidate number found.
        candidate: u64,
        /// How many candidates there are.
        candidates: usize,
    },
    /// A ballot ranks candidates equally where the method cannot count it.
    #[error("{}", super::messages::equal_ranking(.method, *.ballot, *.line, .what))]
    EqualRanking {
        /// The method's name.
        method: &'static str,
        /// The ballot's position in the election's ballots (0-based; the message
        /// counts from 1 when the line is not known).
        ballot: usize,
        /// The ballot's line in its file, when known ([`TallyError::at_lines`]).
        line: Option<u32>,
        /// Where the equal ranking is and why it cannot be counted.
        what: String,
    },
    /// A tie the caller asked to settle (with [`TieBreak::Fail`](super::TieBreak::Fail)).
    #[error("{}", super::messages::tie(*.stage, .candidates, .names, .purpose))]
    Tie {
        /// The stage at which the tie arose.
        stage: u32,
        /// The tied candidates (0-based; the message numbers them from 1).
        candidates: Vec<CandidateIndex>,
        /// The tied candidates' names, in the order of `candidates` (empty when the
        /// count was not given them; [`count`](super::count) fills them in).
        names: Vec<String>,
        /// What the tie decides (`exclusion`, `election`, `the last seat`), in the
        /// language of the count ([`i18n::with_lang`](crate::i18n::with_lang)).
        purpose: String,
    },
    /// A tie that only a lot can settle, under a policy without a seed
    /// ([`TieBreak::Backward`](super::TieBreak::Backward) `{ seed: None }`, ...): no
    /// lot is drawn that the caller did not choose.
    #[error("{}", super::messages::lot_needed(*.stage, .candidates, .names, .purpose))]
    LotNeeded {
        /// The stage at which the tie arose.
        stage: u32,
        /// The candidates still tied (0-based; the message numbers them from 1).
        candidates: Vec<CandidateIndex>,
        /// The tied candidates' names, in the order of `candidates` (empty when the
        /// count was not given them; [`count`](super::count) fills them in).
        names: Vec<String>,
        /// What the tie decides (`exclusion`, `election`, `the last seat`), in the
        /// language of the count ([`i18n::with_lang`](crate::i18n::with_lang)).
        purpose: String,
    },
    /// The apportionment behind a list count failed (no list reaches the threshold, a
    /// tie order that misses a tied list, ...).
    #[error(transparent)]
    Apportionment(#[from] crate::apportionment::ApportionError),
    /// No candidate has a majority in the first round of a two-round election, and the
    /// second-round ballots were not given: what `elect` reports, since it writes
    /// terms only for a complete count. [`two_round`](super::two_round) itself returns
    /// the first round with the pair in [`Outcome::runoff`](super::Outcome::runoff).
    #[error("{}", super::messages::runoff_needed(*.finalists))]
    RunoffNeeded {
        /// The two finalists (0-based), the leader first.
        finalists: [CandidateIndex; 2],
    },
    /// A second-round ballot of a two-round vote marks a candidate who is not in the
    /// runoff: refused with its place, not counted for nobody (a ballot paper of the
    /// second round names only the two candidates of the runoff).
    #[error("{}", super::simple::not_in_runoff_message(*.ballot, *.line, *.column, *.candidate, *.finalists, .names))]
    NotInRunoff {
        /// The ballot's position in the second-round ballots (0-based).
        ballot: usize,
        /// The ballot's line in its file, when known ([`TallyError::at_lines`]).
        line: Option<u32>,
        /// The column (from 1) of the mark in that line, when known
        /// ([`TallyError::at_column`]).
        column: Option<u32>,
        /// The candidate marked (0-based; the message numbers them from 1).
        candidate: CandidateIndex,
        /// The two candidates of the runoff (0-based), the leader first.
        finalists: [CandidateIndex; 2],
        /// The names of `candidate` and of the two finalists, in that order (empty when
        /// the count was not given them; [`count`](super::count) fills them in).
        names: Vec<String>,
    },
    /// The constraints of a constrained count contradict themselves or the election
    /// (a floor above its ceiling, floors that need more seats than there are).
    #[error(transparent)]
    Constraint(#[from] crate::election::constrained::ConstraintError),
    /// A total exceeded what the arithmetic can hold.
    #[error("{}", super::messages::overflow())]
    Overflow,
}

impl TallyError {
    /// The position (0-based) of the one ballot this error is about, if it is about
    /// one ([`TallyError::UnknownCandidate`], [`TallyError::EqualRanking`]).
    pub fn ballot(&self) -> Option<usize> {
        match self {
            TallyError::UnknownCandidate { ballot, .. }
            | TallyError::EqualRanking { ballot, .. }
            | TallyError::NotInRunoff { ballot, .. } => Some(*ballot),
            _ => None,
        }
    }

    /// The error with its ballot's file line filled in from `lines` (the line of each
    /// ballot, in order: [`BltFile::ballot_lines`](super::blt::BltFile::ballot_lines),
    /// [`preflib::read_with_lines`](super::preflib::read_with_lines)); any other error
    /// is returned as is.
    ///
    /// ```
    /// use union_rulebook::election::{blt, count, Method, TieBreak};
    /// let f = blt::read(b"2 1\n3 1 0\n# a note\n2 1=2 0\n0\n\"A\"\n\"B\"\n\"T\"\n")?;
    /// let err = count(&f.election, &Method::Irv, &TieBreak::Fail, None).err().ok_or("counted")?;
    /// assert_eq!(err.ballot(), Some(1));
    /// assert_eq!(
    ///     err.at_lines(&f.ballot_lines).to_string(),
    ///     "method irv cannot count the ballot on line 4: it ranks candidates equally at the preference it counts for"
    /// );
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn at_lines(mut self, lines: &[u32]) -> Self {
        if let TallyError::UnknownCandidate { ballot, line, .. }
        | TallyError::EqualRanking { ballot, line, .. }
        | TallyError::NotInRunoff { ballot, line, .. } = &mut self
            && let Some(&l) = lines.get(*ballot)
        {
            *line = Some(l);
        }
        self
    }

    /// The error with the tied candidates' names filled in from `candidates` (the
    /// election's), for [`TallyError::Tie`] and [`TallyError::LotNeeded`]; any other
    /// error is returned as is.
    #[must_use]
    pub fn with_names(mut self, candidates: &[super::Candidate]) -> Self {
        // The names of candidates by index; empty for an index past the election's.
        let named = |indices: &[CandidateIndex]| -> Vec<String> {
            indices
                .iter()
                .map(|&c| {
                    candidates
                        .get(c as usize)
                        .map(|k| k.name.clone())
                        .unwrap_or_default()
                })
                .collect()
        };
        if let TallyError::Tie {
            candidates: tied,
            names,
            ..
        }
        | TallyError::LotNeeded {
            candidates: tied,
            names,
            ..
        } = &mut self
        {
            *names = named(tied);
        }
        if let TallyError::NotInRunoff {
            candidate,
            finalists,
            names,
            ..
        } = &mut self
        {
            *names = named(&[*candidate, finalists[0], finalists[1]]);
        }
        self
    }

    /// The error with the column (from 1) of its mark in the ballot's line filled in,
    /// for [`TallyError::NotInRunoff`]; any other error is returned as is. The column
    /// of a candidate's mark in a line of a ballot file is [`mark_column`](super::mark_column).
    #[must_use]
    pub fn at_column(mut self, at: u32) -> Self {
        if let TallyError::NotInRunoff { column, .. } = &mut self {
            *column = Some(at);
        }
        self
    }

    /// The line of the ballot file this error is about, when known.
    pub fn line(&self) -> Option<u32> {
        match self {
            TallyError::UnknownCandidate { line, .. }
            | TallyError::EqualRanking { line, .. }
            | TallyError::NotInRunoff { line, .. } => *line,
            _ => None,
        }
    }

    /// The column of the mark this error is about, when known.
    pub fn column(&self) -> Option<u32> {
        match self {
            TallyError::NotInRunoff { column, .. } => *column,
            _ => None,
        }
    }
}
