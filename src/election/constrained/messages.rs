//! Every message text of the constrained outcomes, in one place (for translation).

use super::apply::{Change, ChangeReason, Shortfall, ShortfallReason};

fn seats(n: u32) -> String {
    if n == 1 {
        "1 seat".to_string()
    } else {
        format!("{n} seats")
    }
}

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
    let who = match c.removed {
        Some(r) => format!("candidate {} replaces candidate {}", c.added + 1, r + 1),
        None => format!("candidate {} takes an added seat", c.added + 1),
    };
    let why = match &c.reason {
        ChangeReason::Floor { group, min, had } => {
            format!(
                "group {group} held {}; its floor is {}",
                seats(*had),
                seats(*min)
            )
        }
        ChangeReason::Ceiling { group, max, had } => {
            format!(
                "group {group} held {}; its ceiling is {}",
                seats(*had),
                seats(*max)
            )
        }
        ChangeReason::AddedSeat {
            group,
            min,
            had,
            seats: size,
        } => format!(
            "group {group} held {} of {size}; its floor is {}",
            seats(*had),
            seats(*min)
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
    let (relation, why) = match s.reason {
        ShortfallReason::NoCandidates => {
            ("below its floor", "no more candidates of the group stood")
        }
        ShortfallReason::NoSeatToFree => (
            "below its floor",
            "every other winner belongs to a group already at its own floor",
        ),
        ShortfallReason::NoReplacement => (
            "above its ceiling",
            "no candidate of another group can take the seat",
        ),
        ShortfallReason::AddedSeatLimit => ("below its floor", "no more seats may be added"),
    };
    format!(
        "group {} holds {}, {relation} of {}: {why}",
        s.group,
        seats(s.holds),
        seats(s.bound)
    )
}
