//! The document model: one [`Organization`] document describing a union's structure,
//! bodies, posts, people, memberships and terms of office.
//!
//! # Data model
//!
//! | type | what it is |
//! |---|---|
//! | [`Level`] | a level of the structure, named by the union (confederation, DPP, DPC, PSP), with structural rules |
//! | [`Unit`] | a unit at a level, in a tree through `parent`, with affiliations and membership statistics |
//! | [`Body`] | a body of a unit (congress, council, executive, committee, delegation, class) with term rules |
//! | [`Post`] | a post in a body: a role, seats, a reservation, a titular post it substitutes for |
//! | [`Person`] | a person, with gender, birth date and custom attributes |
//! | [`Membership`] | a person's membership of a unit over a period, with dues standing |
//! | [`Term`] | a person holding a post over a period, and how it was obtained |
//! | [`ElectionRule`](crate::election_rules::ElectionRule) | how a body is elected: electorate, conditions to vote and stand, calendar, method |
//! | [`PolicyDoc`](crate::policy::PolicyDoc) | the representation policy, under `policy`, as a policy file states it |
//! | [`Law`], [`LevelLaw`], [`LawException`] | the labour law the organization or a level falls under, whose presets fill the ceilings the document leaves unset, and the exceptions its rules state |
//! | [`StatuteOutline`] | the chapters and articles of the AD/ART with their subjects, checked against UU 21/2000 art. 11(2) |
//!
//! Identifiers are validated newtypes ([`UnitId`], [`BodyId`], [`PostId`],
//! [`PersonId`], [`LevelId`]); body kinds, roles and genders are open vocabularies;
//! values with invariants (a seat count of 0, a period that ends before it starts, a
//! group count above its total) cannot be read or built invalid.
//!
//! The election rules and the policy are data of the document, so their types live
//! here; the engines that apply them, [`election_rules`](crate::election_rules) and
//! [`policy`](crate::policy), re-export them (data flows one way: the engines depend on
//! the model, never the reverse).
//!
//! Reading is strict: unknown fields are refused (but for a `$schema` key at the top,
//! which editors insert). [`Organization::from_json_str`] and
//! [`Organization::from_toml_str`] stop at the first problem and say where it is (line,
//! column and JSON path). Checking the document's rules is
//! [`validate`](crate::validate::validate)'s job: it reports every finding at once.

mod attendance;
mod condition;
mod election_calendar;
pub(crate) mod election_rule;
mod group;
pub(crate) mod id;
mod law;
pub(crate) mod messages;
mod outline;
pub(crate) mod policy;
mod seat_plan;
mod types;
mod vocab;

pub use attendance::{Attendance, Meeting};
pub use condition::{
    AgeCondition, AttendanceCondition, Condition, Excused, HoldsPostCondition, ReferencePoint,
    StandingCondition, TenureCondition, TermLimitsCondition,
};
pub use election_calendar::{CalendarEvent, DateMove, NoticeRule};
pub use group::{Group, GroupError};
pub use id::{BodyId, IdError, LevelId, MAX_ID_LEN, PersonId, PostId, UnitId};
pub use law::{
    Ceiling, ExceptionPurpose, ExemptCondition, Exemption, Law, LawException, LawKind, LevelLaw,
    Structural, TULRCA_S46_4A, ceiling, covers, structural,
};
pub use outline::{Article, Chapter, RequiredItem, StatuteOutline, Subject, UU_21_2000_ART_11_2};
pub use seat_plan::{Guarantee, SeatPlan};
pub use types::{
    Affiliation, Body, Incompatibility, InvariantError, Level, LevelRules, Membership,
    MembershipStats, Person, Post, PostCondition, Term, TermRules, Unit,
};
pub use vocab::{BodyKind, Gender, HowObtained, Role};

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A union's document: its levels, units, bodies with their posts, people, memberships,
/// terms of office and incompatibilities.
///
/// Lists keep the order of the document, so findings can point into it
/// (`$.terms[12].post`).
///
/// ```
/// use union_rulebook::model::Organization;
/// let doc = Organization::from_json_str(r#"{
///     "name": "SPN",
///     "levels": [{"id": "federation", "name": "Federasi"}],
///     "units": [{"id": "spn", "name": "Serikat Pekerja Nasional", "level": "federation"}]
/// }"#)?;
/// assert_eq!(doc.units[0].id.as_str(), "spn");
/// # Ok::<(), union_rulebook::model::ReadError>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(
    title = "Organization",
    description = "A union's document: its levels, units, bodies with their posts, people, memberships, terms of office, incompatibilities, election rules and representation policy."
)]
#[non_exhaustive]
pub struct Organization {
    /// The JSON Schema the document names for editors (`"$schema":
    /// "schemas/organization.schema.json"`): kept as written, never fetched or checked.
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The organization's name (`Serikat Pekerja Nasional`).
    pub name: String,
    /// The levels of the structure, from the top down.
    #[serde(default)]
    pub levels: Vec<Level>,
    /// The units.
    #[serde(default)]
    pub units: Vec<Unit>,
    /// The bodies of the units, with their posts.
    #[serde(default)]
    pub bodies: Vec<Body>,
    /// The people.
    #[serde(default)]
    pub people: Vec<Person>,
    /// Memberships of people in units.
    #[serde(default)]
    pub memberships: Vec<Membership>,
    /// Terms of office.
    #[serde(default)]
    pub terms: Vec<Term>,
    /// Posts that one person may not hold at the same time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incompatibilities: Vec<Incompatibility>,
    /// Election rules of the bodies: eligibility, calendar, method.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub election_rules: Vec<election_rule::ElectionRule>,
    /// Meetings of the units' members, read by attendance conditions of eligibility
    /// (USW: "one-half of the regular meetings of the local union").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub meetings: Vec<Meeting>,
    /// The members' attendance records: the meetings each attended or was excused from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attendance: Vec<Attendance>,
    /// The representation policy of the bodies, as a policy file states it: `rulebook
    /// audit` and `rulebook elect` use it when no `--policy` file is given, and
    /// [`validate`](crate::validate::validate) checks that it is consistent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<policy::PolicyDoc>,
    /// The labour law the organization falls under (`lmrda`, `tulrca`, `ro-act`,
    /// `uu-21-2000`): its presets apply to every level that names no other law (see
    /// [`Law`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<Law>,
    /// Exceptions to the law's ceilings that the rules state, with their purpose
    /// (RO Act s.145: a longer term to synchronise elections).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub law_exceptions: Vec<LawException>,
    /// An outline of the statute (AD/ART), checked against the contents the law
    /// requires (UU 21/2000 art. 11(2)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statute_outline: Option<StatuteOutline>,
}

impl Organization {
    /// An empty document with a name.
    pub fn new(name: impl Into<String>) -> Self {
        Organization {
            schema: None,
            name: name.into(),
            levels: Vec::new(),
            units: Vec::new(),
            bodies: Vec::new(),
            people: Vec::new(),
            memberships: Vec::new(),
            terms: Vec::new(),
            incompatibilities: Vec::new(),
            election_rules: Vec::new(),
            meetings: Vec::new(),
            attendance: Vec::new(),
            policy: None,
            law: None,
            law_exceptions: Vec::new(),
            statute_outline: None,
        }
    }

    /// Reads a document from JSON text.
    ///
    /// # Errors
    ///
    /// [`ReadError`] at the first problem: malformed JSON, a missing or unknown field,
    /// a value of the wrong type, an invalid id, a value that breaks an invariant. The
    /// error gives the line and column, the JSON path and what was expected.
    ///
    /// ```
    /// use union_rulebook::model::Organization;
    /// let err = Organization::from_json_str("{\"name\": \"x\",\n \"units\": [{\"id\": \"a b\"}]}")
    ///     .unwrap_err();
    /// assert_eq!(err.path().to_string(), "$.units[0].id");
    /// assert_eq!(err.line(), Some(2));
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, ReadError> {
        crate::read::from_json_str(text)
    }

    /// Reads a document from TOML text (for hand-written documents).
    ///
    /// # Errors
    ///
    /// [`ReadError`] at the first problem, with the line and column, the path and what
    /// was expected, as for [`from_json_str`](Organization::from_json_str).
    ///
    /// ```
    /// use union_rulebook::model::Organization;
    /// let doc = Organization::from_toml_str(r#"
    /// name = "PSP SPN PT Contoh"
    /// [[levels]]
    /// id = "psp"
    /// name = "Pimpinan Serikat Pekerja"
    /// "#)?;
    /// assert_eq!(doc.levels.len(), 1);
    /// # Ok::<(), union_rulebook::model::ReadError>(())
    /// ```
    pub fn from_toml_str(text: &str) -> Result<Self, ReadError> {
        crate::read::from_toml_str(text)
    }

    /// Writes the document as pretty JSON.
    ///
    /// # Errors
    ///
    /// Never in practice; a [`serde_json::Error`] is passed on if serialization fails.
    pub fn to_json_string(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self)
    }
}

pub use crate::read::ReadError;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_errors_say_where_and_what() {
        let text = "{\"name\": \"x\",\n \"bodies\": [{\"id\": \"b\", \"unit\": \"u\", \"kind\": \"executive\", \"name\": \"B\",\n   \"posts\": [{\"id\": \"p\", \"role\": \"chair\", \"seats\": 0}]}]}";
        let e = Organization::from_json_str(text).unwrap_err();
        assert_eq!(e.path().to_string(), "$.bodies[0].posts[0].seats");
        assert_eq!(
            e.to_string(),
            "line 3, column 52, at $.bodies[0].posts[0].seats: invalid value: integer `0`, expected a nonzero u32"
        );
    }

    #[test]
    fn reversed_term_is_refused_on_read() {
        let text = r#"{"name": "x", "terms": [{"person": "p", "post": "q", "start": "2024-01-01", "end": "2023-12-31"}]}"#;
        let e = Organization::from_json_str(text).unwrap_err();
        assert_eq!(e.path().to_string(), "$.terms[0]");
        assert!(
            e.message()
                .starts_with("term ends on 2023-12-31, before it starts on 2024-01-01"),
            "{e}"
        );
    }

    #[test]
    fn toml_errors_say_where() {
        let text = "name = \"x\"\n[[units]]\nid = \"u\"\nname = \"U\"\nlevel = \"bad level\"\n";
        let e = Organization::from_toml_str(text).unwrap_err();
        assert_eq!(e.path().to_string(), "$.units[0].level");
        assert_eq!(e.line(), Some(5));
        assert!(
            e.message().contains("level id \"bad level\" contains ' '"),
            "{e}"
        );
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        assert!(Organization::from_json_str("{\"name\": \"x\"} x").is_err());
    }
}
