//! Decisions of meetings: quorum, majorities over a stated base, card votes and proxies.
//!
//! A [`Motion`] carries its options, the delegates entitled to attend (with their vote
//! weight and whether they may vote), the votes cast and the [`DecisionRule`]. [`decide`]
//! checks the votes, evaluates the quorum clause by clause, counts and applies the
//! majority, and returns a [`Decision`] with every number that decided it; nothing is
//! assumed that the rule does not state.
//!
//! The rule shapes follow the statutes gathered in the domain notes: a quorum as a share
//! of those entitled, either-or and both-and formulas ("two thirds of all delegates or
//! three quarters of the voting delegates"; "more than the board's size and at least
//! 20"); majorities simple, absolute or qualified (two thirds for statute changes) over
//! a base of yes+no, yes+no+abstain, valid votes, votes cast, entitled members, or
//! entitled members present; one vote per delegate or a card vote weighted by
//! membership; proxies.

mod count;
mod formula;
mod groups;
mod messages;
mod motion;
mod outcome;
mod render;
mod weight;

pub use count::{DecisionError, check, decide};
pub use formula::{EvalError, Formula, FormulaError};
pub use motion::{
    Base, Comparison, DecisionRule, Delegate, DelegateGroup, Entitled, GroupVote, Majority,
    Measure, Motion, ProxyRule, Quorum, Vote, Weighting,
};
pub use outcome::{
    Attendance, Decision, DecisionErrors, MajorityCheck, MinimumVotes, OptionVotes, QuorumCheck,
    QuorumClause, Tally, Verdict,
};
pub use render::render_text;
#[cfg(feature = "html")]
pub(crate) use render::{fractions_line, minimum_line};
pub use weight::{
    Fractions, FractionsApplied, FractionsOf, RoundedTotal, RoundedWeight, Weight, WeightError,
};
