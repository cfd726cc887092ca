//! What a rule's consequence does when the group's candidates run out before its
//! bound is met: the lawful escape its source writes.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Consequence, RuleId};
use crate::i18n::tr;

/// What happens when a group's candidates run out before a binding rule's floor (or,
/// for a ceiling, the other groups' candidates before it is respected): the escape the
/// rule's source states.
///
/// A rule states it in `escape`; without one, the consequence's own source decides
/// ([`Escape::default_for`]):
///
/// - corrective replacement replaces "until the floor is met or no candidates are
///   left" (the statute clause the consequence comes from, domain notes §3): the
///   result is [`Escape::Accept`]ed;
/// - filling the floor first is the Wahlordnung zum BetrVG §22, whose §22(4) gives the
///   seats the minority gender cannot fill to the general allocation ("so sind die
///   insoweit überschüssigen Mitgliedersitze des Geschlechts in der Minderheit bei der
///   Sitzverteilung nach Absatz 2 Satz 2 zu berücksichtigen"): also
///   [`Escape::Accept`];
/// - list jump is the Wahlordnung zum BetrVG §15(5), whose no. 5 keeps the seat with
///   the list that would have given it up when no other list names a person of the
///   minority gender: also [`Escape::Accept`];
/// - the other consequences have no escape of their own: a floor they leave unmet is a
///   breach (`floor-not-met`, an error), unless the rule states one.
///
/// ```
/// use union_rulebook::policy::{Consequence, Escape};
/// assert_eq!(Escape::default_for(Consequence::FillFloorFirst), Some(Escape::Accept));
/// assert_eq!(Escape::default_for(Consequence::ListJump), Some(Escape::Accept));
/// assert_eq!(Escape::default_for(Consequence::AddSeats), None);
/// let e: Escape = serde_json::from_str("\"vacant\"")?;
/// assert_eq!(e, Escape::Vacant);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Escape {
    /// Stop and accept: the seats the group cannot fill go to the other candidates in
    /// vote order (WO §22(4); "until the floor is met or no candidates are left"), or,
    /// under list jump, stay with the lists that hold them (WO §15(5) no. 5). The
    /// shortfall is a warning with its reason; the election stands.
    Accept,
    /// Leave the seats the group cannot fill vacant (the "empty chair" of the German
    /// Aktiengesetz §96(2) sentence 6: an election in breach of the minimum share is
    /// void, and the seat stays empty until filled lawfully). The lowest-placed winners
    /// who hold those seats lose them; a warning names each seat left vacant.
    Vacant,
    /// Void the election: an error (`election-void`), and no terms are written.
    Void,
}

impl Escape {
    /// The escape the source of `consequence` defines, if it defines one: corrective
    /// replacement, filling the floor first (WO §22(4)) and list jump (WO §15(5) no. 5)
    /// accept; the others none.
    pub fn default_for(consequence: Consequence) -> Option<Escape> {
        match consequence {
            Consequence::CorrectiveReplacement
            | Consequence::FillFloorFirst
            | Consequence::ListJump => Some(Escape::Accept),
            _ => None,
        }
    }

    /// Whether `consequence` can take an escape: those that elect (corrective
    /// replacement, floor first, added seats, a constrained count, list jump). A
    /// refused delegation and a report-only rule cannot.
    pub fn applies_to(consequence: Consequence) -> bool {
        matches!(
            consequence,
            Consequence::CorrectiveReplacement
                | Consequence::FillFloorFirst
                | Consequence::AddSeats
                | Consequence::ConstrainedCount
                | Consequence::ListJump
        )
    }

    /// The escape's name as written in a policy (`accept`, `vacant`, `void`).
    pub fn as_str(self) -> &'static str {
        match self {
            Escape::Accept => "accept",
            Escape::Vacant => "vacant",
            Escape::Void => "void",
        }
    }
}

/// A rule states an escape its consequence cannot take.
pub(crate) fn escape_not_applicable(rule: &RuleId, escape: Escape, c: Consequence) -> String {
    tr!(
        "statutes-escape-not-applicable",
        rule = rule.to_string(),
        escape = escape.as_str(),
        consequence = crate::policy::messages::consequence_words(c)
    )
}
