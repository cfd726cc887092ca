//! Every message text of the constrained outcomes, in one place (for translation).
//! The texts are in the catalogues `locales/{en,id}/election.ftl`.

use crate::i18n::{Arg, tr};

use super::apply::{Change, ChangeReason, Shortfall, ShortfallReason};

/// Explains one change, naming candidates by their 1-based number in the election.
///
/// ```
/// use union_rulebook::election::constrained::{corrective_replacement, describe_change, GroupBounds, Placed};
/// let ranking = [Placed::new(0, Some("m")), Placed::new(1, Some("m")), Placed::new(2, Some("w"))];
/// let r = corrective_replacement(&ranking, 2, &[GroupBounds::at_least("w", 1)])?;
/// assert_eq!(
///     describe_change(&r.changes[0]),
///     "candidate 3 replaces candidate 2: group w held 0 seats; its floor is 1 seat"
/// );
/// # Ok::<(), union_rulebook::election::constrained::ConstraintError>(())
/// ```
pub fn describe_change(c: &Change) -> String {
    let added = u64::from(c.added) + 1;
    let who = match c.removed {
        Some(r) => tr!(
            "election-change-replaces",
            added = added,
            removed = u64::from(r) + 1
        ),
        None => tr!("election-change-added-seat", added = added),
    };
    let why = match &c.reason {
        ChangeReason::Floor { group, min, had } => tr!(
            "election-change-floor",
            group = group.as_str(),
            had = *had,
            min = *min
        ),
        ChangeReason::Ceiling { group, max, had } => tr!(
            "election-change-ceiling",
            group = group.as_str(),
            had = *had,
            max = *max
        ),
        ChangeReason::AddedSeat {
            group,
            min,
            had,
            seats: size,
        } => tr!(
            "election-change-added-seat-reason",
            group = group.as_str(),
            had = *had,
            size = *size,
            min = *min
        ),
    };
    format!("{who}: {why}")
}

/// Explains a bound that could not be met.
///
/// ```
/// use union_rulebook::election::constrained::{corrective_replacement, describe_shortfall, GroupBounds, Placed};
/// let ranking = [Placed::new(0, Some("m")), Placed::new(1, Some("m"))];
/// let r = corrective_replacement(&ranking, 2, &[GroupBounds::at_least("w", 1)])?;
/// assert_eq!(
///     describe_shortfall(&r.unmet[0]),
///     "group w holds 0 seats, below its floor of 1 seat: no more candidates of the group stood"
/// );
/// # Ok::<(), union_rulebook::election::constrained::ConstraintError>(())
/// ```
pub fn describe_shortfall(s: &Shortfall) -> String {
    let args = [
        ("group", Arg::from(s.group.as_str())),
        ("holds", Arg::from(s.holds)),
        ("bound", Arg::from(s.bound)),
    ];
    match s.reason {
        ShortfallReason::NoCandidates => tr!("election-shortfall-no-candidates", ..&args),
        ShortfallReason::NoSeatToFree => tr!("election-shortfall-no-seat-to-free", ..&args),
        ShortfallReason::NoReplacement => tr!("election-shortfall-no-replacement", ..&args),
        ShortfallReason::AddedSeatLimit => tr!("election-shortfall-added-seat-limit", ..&args),
    }
}
