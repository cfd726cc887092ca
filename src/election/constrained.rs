//! Quota-constrained outcomes: applying a representation rule's consequence to a count.
//!
//! A count gives a ranking of the candidates (the winners in order of election, then the
//! others, best placed first). A representation rule gives, for the body's size, the
//! fewest and most seats each group may hold ([`GroupBounds`]). These functions apply the
//! consequence the rule names and record every change with its reason:
//!
//! - [`corrective_replacement`]: the lowest-placed winner of a group that can spare a
//!   seat gives way to the best-placed loser of the group that is short, until the
//!   floor is met or candidates run out;
//! - [`floor_first`]: the floor is filled first with the group's best-placed candidates,
//!   the remaining seats in order regardless of group (German works councils,
//!   Wahlordnung zum BetrVG §22);
//! - [`list_jump`]: in a list election, the seat of the lowest highest number held
//!   outside the minority moves to the minority's next candidate on the same list, or
//!   on the list with the next highest number (WO §15(5));
//! - [`added_seats`]: seats are added for the group that is short (co-option, as the UK
//!   Sex Discrimination Act 1975 s.49 allowed unions to do);
//! - [`check_delegation`]: a delegation that falls short is refused;
//! - [`leave_vacant`]: after any of these, the seats a group's candidates could not
//!   fill are left vacant (the `vacant` escape of a policy rule).
//!
//! When the unconstrained result already complies, nothing changes. When a floor cannot
//! be met, the result says so and why ([`Constrained::unmet`]).
//!
//! Groups form a partition: each candidate belongs to at most one group (a gender, say);
//! a candidate with no group counts towards no bound.

mod apply;
mod list_jump;
mod messages;
mod vacant;

pub use apply::{
    Change, ChangeReason, Constrained, ConstraintError, DelegationVerdict, GroupBounds, Placed,
    Shortfall, ShortfallReason, added_seats, check_delegation, corrective_replacement, floor_first,
    ranking_from_outcome,
};
pub use list_jump::{Divisors, Jump, ListJumpResult, ListSeats, list_jump};
pub use messages::{describe_change, describe_shortfall};
pub use vacant::{VacantSeat, leave_vacant};
