//! Popolo: the open data specification of organizations, posts, persons and
//! memberships (popoloproject.com), in its JSON form.
//!
//! [`export`] writes a document as a Popolo collection (`persons`, `organizations`,
//! `posts`, `memberships`, flat, each item as the Popolo JSON Schemas of its class
//! describe it); [`import`] reads a collection, or a single Popolo object with its
//! embedded objects (a person with their memberships, an organization with its posts),
//! back into a document.
//!
//! ```
//! use union_rulebook::interchange::popolo::{export, import, ExportOptions};
//! use union_rulebook::model::Organization;
//! let doc = Organization::from_json_str(r#"{
//!   "name": "PSP SPN PT Contoh",
//!   "levels": [{"id": "psp", "name": "Pimpinan Serikat Pekerja"}],
//!   "units": [{"id": "psp-contoh", "name": "PSP SPN PT Contoh", "level": "psp"}],
//!   "bodies": [{"id": "psp-contoh/executive", "unit": "psp-contoh", "kind": "executive",
//!               "name": "Pengurus", "posts": [{"id": "psp-contoh/chair", "role": "chair"}]}],
//!   "people": [{"id": "p-1", "name": "Sari", "gender": "woman"}],
//!   "memberships": [{"person": "p-1", "unit": "psp-contoh", "start": "2020-01-01"}],
//!   "terms": [{"person": "p-1", "post": "psp-contoh/chair", "start": "2024-04-01", "end": "2029-03-31"}]
//! }"#)?;
//! let popolo = export(&doc, &ExportOptions::new());
//! let json = serde_json::to_value(&popolo)?;
//! assert_eq!(json["organizations"][2]["id"], "unit:psp-contoh");
//! assert_eq!(json["memberships"][1]["post_id"], "psp-contoh/chair");
//! assert_eq!(json["memberships"][1]["end_date"], "2029-03-31");
//! assert!(json["persons"][0].get("gender").is_none()); // personal data only when asked
//! let back = import(&popolo)?;
//! assert_eq!(back.document.terms, doc.terms);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # The mapping
//!
//! | ours | Popolo |
//! |---|---|
//! | the document | an organization `organization`, classification `organization`, the root of every level and top unit |
//! | a level | an organization `level:ID`, classification `level` |
//! | a unit | an organization `unit:ID`, classification `unit`, `parent_id` its parent unit (or the root), its level as an identifier of scheme `union-rulebook:level` |
//! | a body | an organization `body:ID`, classification its kind (`executive`), `parent_id` its unit |
//! | a post | a post `ID`, `label` its name, `role` its role, `organization_id` its body |
//! | a person | a person `ID`; `name`, `gender` (`man` as `male`, `woman` as `female`, others as written) and `birth_date` only with [`ExportOptions::include_personal`] |
//! | a membership of a unit | a membership, role `member`, of the unit's organization, with `start_date` and `end_date` |
//! | a term of office | a membership with its `post_id`, role the post's role, of the body's organization, with `start_date` and `end_date` (inclusive, as Popolo's own examples) |
//!
//! # What Popolo cannot hold
//!
//! Popolo has no place for these; they are written under `extras` (the Open Civic Data
//! extension of Popolo: an object other Popolo tools keep or ignore) and read back from
//! there, so that our own export round-trips whole: a level's rules
//! (`min_members`...), a unit's affiliations and membership statistics, a body's term
//! rules and paired-post conditions, a post's seats (also as Open Civic Data's
//! `maximum_memberships`), its reservation and the post it substitutes, how a term was
//! obtained, a member's dues standing (`arrears_since`, personal) and a person's
//! attributes (personal), and the document's incompatibilities, election rules and
//! representation policy. The `$schema` key of a document is not exported.
//!
//! # Reading Popolo that we did not write
//!
//! - an organization of classification `level` is a level; one whose id starts with
//!   `body:` is a body; every other one is a unit (the document's root excepted), of the
//!   level its `union-rulebook:level` identifier names, else of a level named by its
//!   classification (`organization` when it has none);
//! - a post of a unit (not a body) goes to a body `UNIT/officers` of kind `executive`;
//! - a membership with a `post_id` is a term of office; one of a unit without a post is
//!   a membership; memberships whose member is an organization, and memberships of a
//!   body without a post, are left out (each named in [`Imported::notes`]);
//! - Popolo dates may be a year or a month (`1970`, `1970-01`): a start is taken as its
//!   first day, an end as its last, and a birth date as its first day, each noted;
//! - a Popolo object of another class (motion, vote event, area...) is refused.
//!
//! Ids are prefixed only on organizations; every id must be an id of ours (1 to 128
//! letters, digits and `-_.:/`), else the import fails naming the value and its place.

use crate::i18n::tr;
use crate::model::{
    self, Affiliation, Body, BodyId, BodyKind, Gender, Group, HowObtained, Incompatibility, Level,
    LevelId, LevelRules, MembershipStats, Organization as Document, Person as DocPerson, PersonId,
    Post as DocPost, PostCondition, PostId, Role, Term, TermRules, Unit, UnitId,
};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::num::NonZeroU32;

/// The id of the organization that stands for the document itself.
pub const ROOT_ID: &str = "organization";

/// The identifier scheme of a unit's level.
pub const LEVEL_SCHEME: &str = "union-rulebook:level";

/// A Popolo collection: persons, organizations, posts and memberships.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Popolo {
    /// The persons.
    #[serde(default)]
    pub persons: Vec<Person>,
    /// The organizations (the document, its levels, units and bodies).
    #[serde(default)]
    pub organizations: Vec<Organization>,
    /// The posts.
    #[serde(default)]
    pub posts: Vec<Post>,
    /// The memberships (of units, and terms of office).
    #[serde(default)]
    pub memberships: Vec<Membership>,
}

/// A Popolo person (the fields we read and write; others are ignored).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Person {
    /// The person's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The person's name (personal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The person's gender, as Popolo writes it (`male`, `female`, ...; personal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<String>,
    /// The birth date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (personal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<String>,
    /// The person's memberships, when embedded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub memberships: Vec<Membership>,
    /// What Popolo cannot hold.
    #[serde(default, skip_serializing_if = "PersonExtras::is_empty")]
    pub extras: PersonExtras,
}

/// What a Popolo person cannot hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PersonExtras {
    /// The person's attributes (personal).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

impl PersonExtras {
    fn is_empty(&self) -> bool {
        self.attributes.is_empty()
    }
}

/// A Popolo organization (the fields we read and write).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Organization {
    /// The organization's id (`level:ID`, `unit:ID`, `body:ID`, or `organization`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Its category: `organization`, `level`, `unit`, or a body's kind.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub classification: Option<String>,
    /// The organization that contains it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_id: Option<String>,
    /// Issued identifiers (a unit's level, scheme `union-rulebook:level`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub identifiers: Vec<Identifier>,
    /// Its memberships, when embedded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub memberships: Vec<Membership>,
    /// Its posts, when embedded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<Post>,
    /// Its sub-organizations, when embedded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Organization>,
    /// What Popolo cannot hold.
    #[serde(default, skip_serializing_if = "OrganizationExtras::is_empty")]
    pub extras: OrganizationExtras,
}

/// What a Popolo organization cannot hold: of the document, a level, a unit or a body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct OrganizationExtras {
    /// A level's rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules: Option<LevelRules>,
    /// A unit's affiliations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affiliations: Vec<Affiliation>,
    /// A unit's membership statistics.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub membership_stats: Vec<MembershipStats>,
    /// A body's term rules.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub term_rules: Option<TermRules>,
    /// A body's paired-post conditions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<PostCondition>,
    /// The document's incompatibilities.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub incompatibilities: Vec<Incompatibility>,
    /// The document's election rules.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub election_rules: Vec<model::election_rule::ElectionRule>,
    /// The document's representation policy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<model::policy::PolicyDoc>,
}

impl OrganizationExtras {
    fn is_empty(&self) -> bool {
        self == &OrganizationExtras::default()
    }
}

/// A Popolo identifier.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Identifier {
    /// The identifier.
    pub identifier: String,
    /// Its scheme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheme: Option<String>,
}

/// A Popolo post (the fields we read and write).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Post {
    /// The post's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Its label (our post's name).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// The role of its holder (`chair`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The organization (body) it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// The organization, when embedded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Box<Organization>>,
    /// Its memberships, when embedded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub memberships: Vec<Membership>,
    /// Its seats (Open Civic Data's name; 1 when absent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_memberships: Option<NonZeroU32>,
    /// What Popolo cannot hold.
    #[serde(default, skip_serializing_if = "PostExtras::is_empty")]
    pub extras: PostExtras,
}

/// What a Popolo post cannot hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct PostExtras {
    /// The group the post is reserved for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_for: Option<Group>,
    /// The post this one substitutes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute_for: Option<PostId>,
}

impl PostExtras {
    fn is_empty(&self) -> bool {
        self.reserved_for.is_none() && self.substitute_for.is_none()
    }
}

/// A Popolo membership (the fields we read and write).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Membership {
    /// The membership's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The role of the member (`member`, or the post's role).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    /// The person, when embedded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<Box<Person>>,
    /// The organization of which they are a member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization_id: Option<String>,
    /// The organization, when embedded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organization: Option<Box<Organization>>,
    /// The post held through this membership.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post_id: Option<String>,
    /// The post, when embedded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub post: Option<Box<Post>>,
    /// A member that is not a person (an organization), which we do not read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<serde_json::Map<String, serde_json::Value>>")]
    pub member: Option<serde_json::Value>,
    /// The first day, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_date: Option<String>,
    /// The last day (inclusive), `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
    /// What Popolo cannot hold.
    #[serde(default, skip_serializing_if = "MembershipExtras::is_empty")]
    pub extras: MembershipExtras,
}

/// What a Popolo membership cannot hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct MembershipExtras {
    /// How a term was obtained.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how: Option<HowObtained>,
    /// The first day of unpaid dues (personal).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrears_since: Option<NaiveDate>,
}

impl MembershipExtras {
    fn is_empty(&self) -> bool {
        self.how.is_none() && self.arrears_since.is_none()
    }
}

/// What [`export`] writes beyond the structure.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ExportOptions {
    /// Write personal data: persons' names, genders, birth dates and attributes, and
    /// members' dues standing. Off by default.
    pub include_personal: bool,
}

impl ExportOptions {
    /// No personal data.
    pub fn new() -> Self {
        ExportOptions::default()
    }
}

fn level_org(id: &LevelId) -> String {
    format!("level:{id}")
}
fn unit_org(id: &UnitId) -> String {
    format!("unit:{id}")
}
fn body_org(id: &BodyId) -> String {
    format!("body:{id}")
}

fn gender_out(g: &Gender) -> String {
    match g {
        Gender::Man => "male".to_owned(),
        Gender::Woman => "female".to_owned(),
        other => other.as_str().to_owned(),
    }
}

fn gender_in(g: &str) -> Gender {
    match g.to_ascii_lowercase().as_str() {
        "male" | "m" => Gender::Man,
        "female" | "f" => Gender::Woman,
        _ => Gender::from(g),
    }
}

/// The document as a Popolo collection (see the [module docs](self) for the mapping):
/// the document, its levels, units and bodies as organizations in that order, posts
/// in body order, persons, and the memberships (of units, then terms).
pub fn export(doc: &Document, options: &ExportOptions) -> Popolo {
    let personal = options.include_personal;
    let mut organizations = vec![Organization {
        id: Some(ROOT_ID.to_owned()),
        name: Some(doc.name.clone()),
        classification: Some("organization".to_owned()),
        extras: OrganizationExtras {
            incompatibilities: doc.incompatibilities.clone(),
            election_rules: doc.election_rules.clone(),
            policy: doc.policy.clone(),
            ..OrganizationExtras::default()
        },
        ..Organization::default()
    }];
    for l in &doc.levels {
        organizations.push(Organization {
            id: Some(level_org(&l.id)),
            name: Some(l.name.clone()),
            classification: Some("level".to_owned()),
            parent_id: Some(ROOT_ID.to_owned()),
            extras: OrganizationExtras {
                rules: (l.rules != LevelRules::default()).then(|| l.rules.clone()),
                ..OrganizationExtras::default()
            },
            ..Organization::default()
        });
    }
    for u in &doc.units {
        organizations.push(Organization {
            id: Some(unit_org(&u.id)),
            name: Some(u.name.clone()),
            classification: Some("unit".to_owned()),
            parent_id: Some(
                u.parent
                    .as_ref()
                    .map_or_else(|| ROOT_ID.to_owned(), unit_org),
            ),
            identifiers: vec![Identifier {
                identifier: u.level.to_string(),
                scheme: Some(LEVEL_SCHEME.to_owned()),
            }],
            extras: OrganizationExtras {
                affiliations: u.affiliations.clone(),
                membership_stats: u.membership_stats.clone(),
                ..OrganizationExtras::default()
            },
            ..Organization::default()
        });
    }
    let mut posts = Vec::new();
    let mut role_of: BTreeMap<&PostId, (&Role, &BodyId)> = BTreeMap::new();
    for b in &doc.bodies {
        organizations.push(Organization {
            id: Some(body_org(&b.id)),
            name: Some(b.name.clone()),
            classification: Some(b.kind.as_str().to_owned()),
            parent_id: Some(unit_org(&b.unit)),
            extras: OrganizationExtras {
                term_rules: (b.term_rules != TermRules::default()).then(|| b.term_rules.clone()),
                conditions: b.conditions.clone(),
                ..OrganizationExtras::default()
            },
            ..Organization::default()
        });
        for p in &b.posts {
            role_of.insert(&p.id, (&p.role, &b.id));
            posts.push(Post {
                id: Some(p.id.to_string()),
                label: p.name.clone(),
                role: Some(p.role.as_str().to_owned()),
                organization_id: Some(body_org(&b.id)),
                maximum_memberships: (p.seats.get() != 1).then_some(p.seats),
                extras: PostExtras {
                    reserved_for: p.reserved_for.clone(),
                    substitute_for: p.substitute_for.clone(),
                },
                ..Post::default()
            });
        }
    }
    let persons = doc
        .people
        .iter()
        .map(|p| Person {
            id: Some(p.id.to_string()),
            name: p.name.clone().filter(|_| personal),
            gender: p.gender.as_ref().filter(|_| personal).map(gender_out),
            birth_date: p.birth_date.filter(|_| personal).map(|d| d.to_string()),
            extras: PersonExtras {
                attributes: if personal {
                    p.attributes.clone()
                } else {
                    BTreeMap::new()
                },
            },
            ..Person::default()
        })
        .collect();
    let mut memberships = Vec::new();
    for m in &doc.memberships {
        memberships.push(Membership {
            role: Some("member".to_owned()),
            person_id: Some(m.person.to_string()),
            organization_id: Some(unit_org(&m.unit)),
            start_date: Some(m.start().to_string()),
            end_date: m.end().map(|d| d.to_string()),
            extras: MembershipExtras {
                how: None,
                arrears_since: m.arrears_since.filter(|_| personal),
            },
            ..Membership::default()
        });
    }
    for t in &doc.terms {
        let (role, body) = role_of.get(&t.post).copied().unzip();
        memberships.push(Membership {
            role: role.map(|r| r.as_str().to_owned()),
            person_id: Some(t.person.to_string()),
            organization_id: body.map(body_org),
            post_id: Some(t.post.to_string()),
            start_date: Some(t.start().to_string()),
            end_date: t.end().map(|d| d.to_string()),
            extras: MembershipExtras {
                how: Some(t.how),
                arrears_since: None,
            },
            ..Membership::default()
        });
    }
    Popolo {
        persons,
        organizations,
        posts,
        memberships,
    }
}

/// A document read from Popolo, with what was left out or approximated.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Imported {
    /// The document.
    pub document: Document,
    /// One line per thing left out or approximated (empty for our own export).
    pub notes: Vec<String>,
}

/// Why Popolo cannot be read into a document: what, and where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{what}")]
pub struct ImportError {
    what: String,
}

impl ImportError {
    fn new(what: impl Into<String>) -> Self {
        ImportError { what: what.into() }
    }
}

/// A Popolo date: a start (first day), an end (last day), from `YYYY`, `YYYY-MM` or
/// `YYYY-MM-DD` (a date-time is cut to its date); `Ok(None)` when absent.
fn popolo_date(
    text: Option<&str>,
    end: bool,
    what: &str,
    notes: &mut Vec<String>,
) -> Result<Option<NaiveDate>, ImportError> {
    let Some(text) = text else {
        return Ok(None);
    };
    let bad = || {
        ImportError::new(tr!(
            "interchange-popolo-not-a-date",
            what = what,
            value = format!("{text:?}")
        ))
    };
    let date_part = text.split_once('T').map_or(text, |(d, _)| d);
    let parts: Vec<&str> = date_part.split('-').collect();
    let num = |s: &str| -> Result<u32, ImportError> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 4 {
            return Err(bad());
        }
        s.parse().map_err(|_| bad())
    };
    let mut note = None;
    let date = match parts.as_slice() {
        [y, m, d] => {
            NaiveDate::from_ymd_opt(i32::try_from(num(y)?).map_err(|_| bad())?, num(m)?, num(d)?)
        }
        [y, m] => {
            let y = i32::try_from(num(y)?).map_err(|_| bad())?;
            let m = num(m)?;
            let first = NaiveDate::from_ymd_opt(y, m, 1);
            note = Some(if end {
                tr!(
                    "interchange-popolo-month-last",
                    what = what,
                    value = format!("{text:?}")
                )
            } else {
                tr!(
                    "interchange-popolo-month-first",
                    what = what,
                    value = format!("{text:?}")
                )
            });
            if end {
                first
                    .and_then(|f| f.checked_add_months(chrono::Months::new(1)))
                    .and_then(|n| n.pred_opt())
            } else {
                first
            }
        }
        [y] => {
            let y = i32::try_from(num(y)?).map_err(|_| bad())?;
            note = Some(if end {
                tr!(
                    "interchange-popolo-year-last",
                    what = what,
                    value = format!("{text:?}")
                )
            } else {
                tr!(
                    "interchange-popolo-year-first",
                    what = what,
                    value = format!("{text:?}")
                )
            });
            if end {
                NaiveDate::from_ymd_opt(y, 12, 31)
            } else {
                NaiveDate::from_ymd_opt(y, 1, 1)
            }
        }
        _ => None,
    };
    let date = date.ok_or_else(bad)?;
    notes.extend(note);
    Ok(Some(date))
}

fn id_of<T>(
    text: Option<&str>,
    what: &str,
    make: impl Fn(String) -> Result<T, model::IdError>,
) -> Result<T, ImportError> {
    let text =
        text.ok_or_else(|| ImportError::new(tr!("interchange-popolo-no-id", what = what)))?;
    make(text.to_owned()).map_err(|e| {
        ImportError::new(tr!(
            "interchange-popolo-bad-id",
            what = what,
            value = format!("{text:?}"),
            error = e.to_string()
        ))
    })
}

/// Everything a Popolo value holds, embedded objects taken out into flat lists (an
/// embedded object's id filled into the reference that embeds it).
#[derive(Default)]
struct Flat {
    persons: Vec<Person>,
    organizations: Vec<Organization>,
    posts: Vec<Post>,
    memberships: Vec<Membership>,
}

impl Flat {
    fn person(&mut self, mut p: Person) {
        for mut m in std::mem::take(&mut p.memberships) {
            if m.person_id.is_none() && m.person.is_none() {
                m.person_id.clone_from(&p.id);
            }
            self.membership(m);
        }
        self.persons.push(p);
    }

    fn organization(&mut self, mut o: Organization) {
        for mut m in std::mem::take(&mut o.memberships) {
            if m.organization_id.is_none() && m.organization.is_none() {
                m.organization_id.clone_from(&o.id);
            }
            self.membership(m);
        }
        for mut p in std::mem::take(&mut o.posts) {
            if p.organization_id.is_none() && p.organization.is_none() {
                p.organization_id.clone_from(&o.id);
            }
            self.post(p);
        }
        for mut c in std::mem::take(&mut o.children) {
            if c.parent_id.is_none() {
                c.parent_id.clone_from(&o.id);
            }
            self.organization(c);
        }
        self.organizations.push(o);
    }

    fn post(&mut self, mut p: Post) {
        if let Some(o) = p.organization.take() {
            p.organization_id = p.organization_id.or_else(|| o.id.clone());
            self.organization(*o);
        }
        for mut m in std::mem::take(&mut p.memberships) {
            if m.post_id.is_none() && m.post.is_none() {
                m.post_id.clone_from(&p.id);
            }
            if m.organization_id.is_none() && m.organization.is_none() {
                m.organization_id.clone_from(&p.organization_id);
            }
            self.membership(m);
        }
        self.posts.push(p);
    }

    fn membership(&mut self, mut m: Membership) {
        if let Some(p) = m.person.take() {
            m.person_id = m.person_id.or_else(|| p.id.clone());
            self.person(*p);
        }
        if let Some(o) = m.organization.take() {
            m.organization_id = m.organization_id.or_else(|| o.id.clone());
            self.organization(*o);
        }
        if let Some(p) = m.post.take() {
            m.post_id = m.post_id.or_else(|| p.id.clone());
            let mut p = *p;
            if p.organization_id.is_none() {
                p.organization_id.clone_from(&m.organization_id);
            }
            self.post(p);
        }
        self.memberships.push(m);
    }
}

/// Keeps the first of each id (an object embedded in several places occurs once);
/// objects without an id are kept.
fn dedup_by_id<T>(items: Vec<T>, id: impl Fn(&T) -> Option<&String>) -> Vec<T> {
    let mut seen = BTreeSet::new();
    items
        .into_iter()
        .filter(|i| id(i).is_none_or(|id| seen.insert(id.clone())))
        .collect()
}

/// Reads a Popolo collection back into a document (see the [module docs](self)).
///
/// # Errors
/// [`ImportError`] naming the value: an id that is not one of ours, a date that is not
/// a date, a membership without a person or a start date, a reference to an
/// organization or post that is not there, a period that ends before it starts.
pub fn import(popolo: &Popolo) -> Result<Imported, ImportError> {
    let mut flat = Flat::default();
    for p in &popolo.persons {
        flat.person(p.clone());
    }
    for o in &popolo.organizations {
        flat.organization(o.clone());
    }
    for p in &popolo.posts {
        flat.post(p.clone());
    }
    for m in &popolo.memberships {
        flat.membership(m.clone());
    }
    let persons = dedup_by_id(flat.persons, |p| p.id.as_ref());
    let mut organizations = dedup_by_id(flat.organizations, |o| o.id.as_ref());
    let mut posts = dedup_by_id(flat.posts, |p| p.id.as_ref());
    let mut notes = Vec::new();

    // What the file refers to without holding it: a post of each membership's
    // post_id, an organization (a unit) of each organization_id.
    let mut post_ids: BTreeSet<String> = posts.iter().filter_map(|p| p.id.clone()).collect();
    for m in &flat.memberships {
        if let Some(post) = &m.post_id
            && post_ids.insert(post.clone())
        {
            notes.push(tr!("interchange-popolo-post-made", post = post));
            posts.push(Post {
                id: Some(post.clone()),
                role: m.role.clone(),
                organization_id: m.organization_id.clone(),
                ..Post::default()
            });
        }
    }
    let mut org_ids: BTreeSet<String> = organizations.iter().filter_map(|o| o.id.clone()).collect();
    let referred = posts
        .iter()
        .filter_map(|p| p.organization_id.clone())
        .chain(
            flat.memberships
                .iter()
                .filter_map(|m| m.organization_id.clone()),
        );
    for id in referred.collect::<Vec<_>>() {
        if org_ids.insert(id.clone()) {
            notes.push(tr!(
                "interchange-popolo-organization-made",
                organization = &id
            ));
            organizations.push(Organization {
                id: Some(id),
                ..Organization::default()
            });
        }
    }

    // Organizations: the root, the levels, the bodies, the units.
    let mut doc = Document::new("");
    let mut root_name = None;
    enum Kind {
        Root,
        Level,
        Unit(UnitId),
        Body(BodyId),
    }
    let mut kind_of: BTreeMap<String, Kind> = BTreeMap::new();
    for o in &organizations {
        let Some(id) = o.id.as_deref() else {
            notes.push(tr!(
                "interchange-popolo-organization-no-id",
                name = format!("{:?}", o.name.as_deref().unwrap_or(""))
            ));
            continue;
        };
        let kind = if id == ROOT_ID && o.classification.as_deref() == Some("organization") {
            root_name.clone_from(&o.name);
            let x = &o.extras;
            doc.incompatibilities.clone_from(&x.incompatibilities);
            doc.election_rules.clone_from(&x.election_rules);
            doc.policy.clone_from(&x.policy);
            Kind::Root
        } else if o.classification.as_deref() == Some("level") {
            let lid = id_of(
                Some(id.strip_prefix("level:").unwrap_or(id)),
                &tr!("interchange-popolo-what-level"),
                LevelId::new,
            )?;
            let mut level = Level::new(
                lid.clone(),
                o.name.clone().unwrap_or_else(|| lid.to_string()),
            );
            if let Some(r) = &o.extras.rules {
                level.rules = r.clone();
            }
            doc.levels.push(level);
            Kind::Level
        } else if let Some(b) = id.strip_prefix("body:") {
            Kind::Body(id_of(
                Some(b),
                &tr!("interchange-popolo-what-body"),
                BodyId::new,
            )?)
        } else {
            Kind::Unit(id_of(
                Some(id.strip_prefix("unit:").unwrap_or(id)),
                &tr!("interchange-popolo-what-unit"),
                UnitId::new,
            )?)
        };
        kind_of.insert(id.to_owned(), kind);
    }
    let unit_of = |org: Option<&str>| match org.and_then(|o| kind_of.get(o)) {
        Some(Kind::Unit(u)) => Some(u.clone()),
        _ => None,
    };
    let mut known_levels: BTreeSet<LevelId> = doc.levels.iter().map(|l| l.id.clone()).collect();
    for o in &organizations {
        let Some(id) = o.id.as_deref() else { continue };
        match kind_of.get(id) {
            Some(Kind::Unit(uid)) => {
                let level_text = o
                    .identifiers
                    .iter()
                    .find(|i| i.scheme.as_deref() == Some(LEVEL_SCHEME))
                    .map(|i| i.identifier.clone())
                    .or_else(|| o.classification.clone())
                    .unwrap_or_else(|| "organization".to_owned());
                let level = id_of(
                    Some(&level_text),
                    &tr!("interchange-popolo-what-unit-level", unit = uid.to_string()),
                    LevelId::new,
                )?;
                if known_levels.insert(level.clone()) {
                    doc.levels
                        .push(Level::new(level.clone(), level.to_string()));
                    notes.push(tr!(
                        "interchange-popolo-level-made",
                        level = level.to_string(),
                        unit = uid.to_string()
                    ));
                }
                let mut unit = Unit::new(
                    uid.clone(),
                    o.name.clone().unwrap_or_else(|| uid.to_string()),
                    level,
                );
                unit.parent = unit_of(o.parent_id.as_deref());
                unit.affiliations.clone_from(&o.extras.affiliations);
                unit.membership_stats.clone_from(&o.extras.membership_stats);
                doc.units.push(unit);
            }
            Some(Kind::Body(bid)) => {
                let unit = unit_of(o.parent_id.as_deref()).ok_or_else(|| {
                    ImportError::new(tr!(
                        "interchange-popolo-body-parent",
                        body = bid.to_string(),
                        parent = format!("{:?}", o.parent_id.as_deref().unwrap_or(""))
                    ))
                })?;
                let kind = BodyKind::from(o.classification.as_deref().unwrap_or("executive"));
                let mut body = Body::new(
                    bid.clone(),
                    unit,
                    kind,
                    o.name.clone().unwrap_or_else(|| bid.to_string()),
                );
                if let Some(t) = &o.extras.term_rules {
                    body.term_rules = t.clone();
                }
                body.conditions.clone_from(&o.extras.conditions);
                doc.bodies.push(body);
            }
            _ => {}
        }
    }
    doc.name = root_name
        .or_else(|| {
            organizations
                .iter()
                .find(|o| o.parent_id.is_none())
                .and_then(|o| o.name.clone())
        })
        .unwrap_or_else(|| "imported from popolo".to_owned());

    // Posts, into their bodies (a unit's posts into its officers' body).
    let mut post_body: BTreeMap<PostId, usize> = BTreeMap::new();
    for p in &posts {
        let pid = id_of(
            p.id.as_deref(),
            &tr!("interchange-popolo-what-post"),
            PostId::new,
        )?;
        let role = Role::from(p.role.as_deref().unwrap_or("member"));
        let org = p.organization_id.as_deref();
        let at = match org.and_then(|o| kind_of.get(o)) {
            Some(Kind::Body(b)) => doc.bodies.iter().position(|x| &x.id == b),
            Some(Kind::Unit(u)) => {
                let bid = id_of(
                    Some(&format!("{u}/officers")),
                    &tr!("interchange-popolo-what-body"),
                    BodyId::new,
                )?;
                match doc.bodies.iter().position(|x| x.id == bid) {
                    Some(i) => Some(i),
                    None => {
                        notes.push(tr!(
                            "interchange-popolo-body-made",
                            body = bid.to_string(),
                            unit = u.to_string()
                        ));
                        doc.bodies.push(Body::new(
                            bid,
                            u.clone(),
                            BodyKind::Executive,
                            format!("{u} officers"),
                        ));
                        Some(doc.bodies.len() - 1)
                    }
                }
            }
            _ => None,
        };
        let Some(at) = at else {
            return Err(ImportError::new(tr!(
                "interchange-popolo-post-organization",
                post = pid.to_string(),
                organization = format!("{:?}", org.unwrap_or(""))
            )));
        };
        let mut post = DocPost::new(pid.clone(), role);
        post.name.clone_from(&p.label);
        if let Some(s) = p.maximum_memberships {
            post.seats = s;
        }
        post.reserved_for.clone_from(&p.extras.reserved_for);
        post.substitute_for.clone_from(&p.extras.substitute_for);
        if let Some(b) = doc.bodies.get_mut(at) {
            b.posts.push(post);
        }
        post_body.insert(pid, at);
    }

    // Persons.
    for p in &persons {
        let pid = id_of(
            p.id.as_deref(),
            &tr!("interchange-popolo-what-person"),
            PersonId::new,
        )?;
        let mut person = DocPerson::new(pid.clone());
        person.name.clone_from(&p.name);
        person.gender = p.gender.as_deref().map(gender_in);
        person.birth_date = popolo_date(
            p.birth_date.as_deref(),
            false,
            &tr!(
                "interchange-popolo-what-birth-date",
                person = pid.to_string()
            ),
            &mut notes,
        )?;
        person.attributes.clone_from(&p.extras.attributes);
        doc.people.push(person);
    }

    // Memberships: terms (with a post) and memberships of units.
    for (i, m) in flat.memberships.iter().enumerate() {
        let what = tr!(
            "interchange-popolo-what-membership",
            membership = m.id.clone().unwrap_or_else(|| format!("#{}", i + 1))
        );
        if m.member.is_some() && m.person_id.is_none() {
            notes.push(tr!("interchange-popolo-member-not-person", what = &what));
            continue;
        }
        let person = id_of(
            m.person_id.as_deref(),
            &tr!("interchange-popolo-what-person-of", what = &what),
            PersonId::new,
        )?;
        if !doc.people.iter().any(|p| p.id == person) {
            doc.people.push(DocPerson::new(person.clone()));
        }
        let start = popolo_date(
            m.start_date.as_deref(),
            false,
            &tr!("interchange-popolo-what-start", what = &what),
            &mut notes,
        )?;
        let end = popolo_date(
            m.end_date.as_deref(),
            true,
            &tr!("interchange-popolo-what-end", what = &what),
            &mut notes,
        )?;
        let Some(start) = start else {
            notes.push(tr!("interchange-popolo-no-start", what = &what));
            continue;
        };
        if let Some(post) = &m.post_id {
            let post = id_of(
                Some(post),
                &tr!("interchange-popolo-what-post-of", what = &what),
                PostId::new,
            )?;
            if !post_body.contains_key(&post) {
                return Err(ImportError::new(tr!(
                    "interchange-popolo-post-not-in-file",
                    what = &what,
                    post = post.to_string()
                )));
            }
            let mut term = Term::new(person, post, start, end).map_err(|e| {
                ImportError::new(tr!(
                    "interchange-popolo-what-error",
                    what = &what,
                    error = e.to_string()
                ))
            })?;
            if let Some(how) = &m.extras.how {
                term.how = *how;
            }
            doc.terms.push(term);
        } else if let Some(unit) = unit_of(m.organization_id.as_deref()) {
            let mut ms = model::Membership::new(person, unit, start, end).map_err(|e| {
                ImportError::new(tr!(
                    "interchange-popolo-what-error",
                    what = &what,
                    error = e.to_string()
                ))
            })?;
            ms.arrears_since = m.extras.arrears_since;
            doc.memberships.push(ms);
        } else {
            notes.push(tr!(
                "interchange-popolo-no-post",
                what = &what,
                organization = format!("{:?}", m.organization_id.as_deref().unwrap_or(""))
            ));
        }
    }
    Ok(Imported {
        document: doc,
        notes,
    })
}

/// The name of a Popolo class in the thread's language.
type ClassName = fn() -> String;

/// The classes of Popolo objects [`read`] tells apart: a key only that class has,
/// and the class's name in the thread's language.
const OTHER_CLASSES: &[(&str, ClassName)] = &[
    ("identifier", || tr!("interchange-popolo-class-area")),
    ("text", || tr!("interchange-popolo-class-motion")),
    ("voter_id", || tr!("interchange-popolo-class-vote")),
    ("vote_event_id", || tr!("interchange-popolo-class-vote")),
    ("option", || tr!("interchange-popolo-class-count")),
    ("attendees", || tr!("interchange-popolo-class-event")),
    ("location", || tr!("interchange-popolo-class-event")),
    ("counts", || tr!("interchange-popolo-class-vote-event")),
    ("value", || tr!("interchange-popolo-class-contact")),
];

/// Reads Popolo JSON text: a collection (`persons`, `organizations`, `posts`,
/// `memberships`), or one person, organization, post or membership with what it
/// embeds.
///
/// # Errors
/// [`ReadError`](crate::read::ReadError) with line, column and JSON path when the
/// text is not JSON of that shape, or is an object of another Popolo class (a motion,
/// a vote event, an area...).
pub fn read(text: &str) -> Result<Popolo, crate::read::ReadError> {
    let value: serde_json::Value = crate::read::from_json_str(text)?;
    let Some(obj) = value.as_object() else {
        return crate::read::from_json_str::<Popolo>(text);
    };
    let has = |k: &str| obj.contains_key(k);
    // A collection has persons or organizations, or posts or memberships and no id
    // or name of its own (an object with its embedded memberships has both).
    let collection = has("persons")
        || has("organizations")
        || ((has("posts") || has("memberships")) && !has("id") && !has("name"));
    if collection {
        return crate::read::from_json_str::<Popolo>(text);
    }
    if OTHER_CLASSES.iter().any(|(k, _)| has(k)) {
        return crate::read::from_json_str::<Refused>(text).map(|_| Popolo::default());
    }
    let person_keys = [
        "gender",
        "birth_date",
        "death_date",
        "given_name",
        "family_name",
        "additional_name",
        "honorific_prefix",
        "honorific_suffix",
        "email",
        "national_identity",
        "biography",
        "summary",
    ];
    let memberships_of_orgs = obj
        .get("memberships")
        .and_then(|m| m.as_array())
        .is_some_and(|ms| ms.iter().any(|m| m.get("organization_id").is_some()));
    let mut out = Popolo::default();
    if has("person_id") || has("post_id") || has("person") || has("member") {
        out.memberships.push(crate::read::from_json_str(text)?);
    } else if has("label") {
        out.posts.push(crate::read::from_json_str(text)?);
    } else if person_keys.iter().any(|k| has(k)) || memberships_of_orgs {
        out.persons.push(crate::read::from_json_str(text)?);
    } else {
        out.organizations.push(crate::read::from_json_str(text)?);
    }
    Ok(out)
}

/// A Popolo object of a class we do not read: deserializing it always fails, naming
/// the class.
struct Refused;

impl<'de> Deserialize<'de> for Refused {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let obj = serde_json::Map::<String, serde_json::Value>::deserialize(d)?;
        let class = OTHER_CLASSES
            .iter()
            .find(|(k, _)| obj.contains_key(*k))
            .map_or_else(|| tr!("interchange-popolo-class-other"), |(_, c)| c());
        Err(serde::de::Error::custom(tr!(
            "interchange-popolo-refused",
            class = class
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates_take_the_first_or_last_day() {
        let mut notes = Vec::new();
        let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        assert_eq!(
            popolo_date(Some("1970-02"), true, "x", &mut notes).ok(),
            Some(d(1970, 2, 28))
        );
        assert_eq!(
            popolo_date(Some("1970"), false, "x", &mut notes).ok(),
            Some(d(1970, 1, 1))
        );
        assert_eq!(
            popolo_date(Some("2010"), true, "x", &mut notes).ok(),
            Some(d(2010, 12, 31))
        );
        assert_eq!(
            popolo_date(Some("2013-10-09T17:57:10Z"), true, "x", &mut notes).ok(),
            Some(d(2013, 10, 9))
        );
        assert!(popolo_date(Some("1970-13"), false, "x", &mut notes).is_err());
        assert!(popolo_date(Some("soon"), false, "x", &mut notes).is_err());
        assert_eq!(notes.len(), 3);
    }

    #[test]
    fn other_popolo_classes_are_refused() {
        let err = read(r#"{"organization_id": "x", "text": "That the house adjourn"}"#);
        let err = err.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(
            err.contains("a motion or a speech, not part of an organization document"),
            "{err}"
        );
    }
}
