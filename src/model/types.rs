//! The document types.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::num::NonZeroU32;

use super::messages;
use super::{
    BodyId, BodyKind, Gender, Group, HowObtained, LevelId, PersonId, PostId, Role, UnitId,
};

/// Why a value breaks an invariant of its type (a period that ends before it starts,
/// a group count above the total).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct InvariantError {
    message: String,
}

impl InvariantError {
    fn new(message: String) -> Self {
        InvariantError { message }
    }
}

fn check_period(
    what: &str,
    start: NaiveDate,
    end: Option<NaiveDate>,
) -> Result<(), InvariantError> {
    match end {
        Some(end) if end < start => Err(InvariantError::new(messages::period_reversed(
            what, start, end,
        ))),
        _ => Ok(()),
    }
}

fn one() -> NonZeroU32 {
    NonZeroU32::MIN
}

fn is_one(n: &NonZeroU32) -> bool {
    n.get() == 1
}

// ---------------------------------------------------------------------------------
// Levels

/// A level of the union's structure, named by the union itself (confederation,
/// federation, DPP, DPD, DPC, PSP...).
///
/// Levels are ordered by their position in [`Organization::levels`](super::Organization::levels):
/// the first is the top. A unit's level must be below its parent's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Level {
    /// The level's identifier (`psp`).
    pub id: LevelId,
    /// Its name as the union writes it (`Pimpinan Serikat Pekerja`).
    pub name: String,
    /// Structural rules for units at this level.
    #[serde(default, skip_serializing_if = "LevelRules::is_empty")]
    pub rules: LevelRules,
    /// The law the level's units fall under, and their kind under it (`{ name =
    /// "lmrda", kind = "local" }`): the law's presets fill the rules the level and its
    /// bodies do not set (see [`Law`](super::Law)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub law: Option<super::LevelLaw>,
}

impl Level {
    /// A level with no structural rules.
    pub fn new(id: LevelId, name: impl Into<String>) -> Self {
        Level {
            id,
            name: name.into(),
            rules: LevelRules::default(),
            law: None,
        }
    }
}

/// Structural rules for the units of one level, as labour law or the statutes set
/// them.
///
/// Indonesia's trade-union law (UU 21/2000, art. 5 and 6) sets: a union of at least 10
/// workers; a federation of at least 5 unions; a confederation of at least 3
/// federations; and (art. 8 and its elucidation) a union joins at most one federation
/// and a federation at most one confederation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LevelRules {
    /// The fewest members a unit at this level may have (UU 21/2000 art. 5(2): 10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_members: Option<u32>,
    /// The fewest units that must belong to a unit at this level (UU 21/2000 art.
    /// 6(2): 5 unions for a federation, 3 federations for a confederation).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_affiliated_units: Option<u32>,
    /// Which level the affiliated units are counted at. When set, every unit at that
    /// level below this one (through parents) or affiliated to it counts; when not,
    /// its direct children and direct affiliates count.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted_level: Option<LevelId>,
    /// The most affiliations upward a unit at this level may have, its parent
    /// included (UU 21/2000: one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_affiliations: Option<u32>,
}

impl LevelRules {
    /// Whether no rule is set.
    pub fn is_empty(&self) -> bool {
        *self == LevelRules::default()
    }
}

// ---------------------------------------------------------------------------------
// Units

/// A unit of the union: a confederation, a federation, a regional branch, an
/// enterprise union. Units form a tree through [`parent`](Unit::parent); they may also
/// be affiliated to units outside their tree.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Unit {
    /// The unit's identifier (`dpc-bekasi`).
    pub id: UnitId,
    /// Its name (`DPC SPN Kabupaten Bekasi`).
    pub name: String,
    /// Its level.
    pub level: LevelId,
    /// The unit it belongs to in the union's own structure; none for the top.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<UnitId>,
    /// Affiliations to other units (a federation joining a confederation).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub affiliations: Vec<Affiliation>,
    /// Counts of members by date and group, for when individual records are not
    /// shared. Read them with [`Unit::stats_as_of`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub membership_stats: Vec<MembershipStats>,
}

impl Unit {
    /// The ids from this unit up to the root: itself first, then its parent as named,
    /// then the parent's parent found by `lookup`, and so on. Stops at a parent
    /// `lookup` does not find and at a repeat (a cycle, which validation reports).
    pub(crate) fn chain_up<'a>(
        &'a self,
        lookup: impl Fn(&str) -> Option<&'a Unit>,
    ) -> Vec<&'a str> {
        let mut chain = vec![self.id.as_str()];
        let mut cur = self.parent.as_ref().map(UnitId::as_str);
        while let Some(p) = cur {
            if chain.contains(&p) {
                break;
            }
            chain.push(p);
            cur = lookup(p)
                .and_then(|x| x.parent.as_ref())
                .map(UnitId::as_str);
        }
        chain
    }

    /// A unit with no parent, affiliations or statistics.
    pub fn new(id: UnitId, name: impl Into<String>, level: LevelId) -> Self {
        Unit {
            id,
            name: name.into(),
            level,
            parent: None,
            affiliations: Vec::new(),
            membership_stats: Vec::new(),
        }
    }

    /// The latest membership statistics dated on or before `date`, if any.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use union_rulebook::model::{Group, Gender, LevelId, MembershipStats, Unit, UnitId};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or("date");
    /// let mut unit = Unit::new(UnitId::new("psp-1")?, "PSP PT Contoh", LevelId::new("psp")?);
    /// let women = Group::Gender(Gender::Woman);
    /// unit.membership_stats.push(MembershipStats::new(d(2024, 12, 31)?, 120, [(women.clone(), 80)])?);
    /// unit.membership_stats.push(MembershipStats::new(d(2025, 12, 31)?, 140, [(women.clone(), 95)])?);
    /// let stats = unit.stats_as_of(d(2025, 6, 30)?).ok_or("none")?;
    /// assert_eq!((stats.total(), stats.count(&women)), (120, Some(80)));
    /// assert!(unit.stats_as_of(d(2020, 1, 1)?).is_none());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn stats_as_of(&self, date: NaiveDate) -> Option<&MembershipStats> {
        self.membership_stats
            .iter()
            .filter(|s| s.date() <= date)
            .max_by_key(|s| s.date())
    }

    /// The affiliations in force on `date`.
    pub fn affiliations_on(&self, date: NaiveDate) -> impl Iterator<Item = &Affiliation> {
        self.affiliations
            .iter()
            .filter(move |a| a.in_force_on(date))
    }
}

/// A unit's affiliation to another unit, from an optional start date to an optional
/// inclusive end date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "AffiliationDoc")]
#[non_exhaustive]
pub struct Affiliation {
    /// The unit affiliated to.
    pub to: UnitId,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<NaiveDate>,
}

/// A unit's affiliation to another unit.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Affiliation")]
struct AffiliationDoc {
    /// The unit affiliated to.
    to: UnitId,
    /// The first day of the affiliation; unknown or always when absent.
    #[serde(default)]
    start: Option<NaiveDate>,
    /// The last day of the affiliation (inclusive); open when absent. Not before `start`.
    #[serde(default)]
    end: Option<NaiveDate>,
}

impl TryFrom<AffiliationDoc> for Affiliation {
    type Error = InvariantError;
    fn try_from(d: AffiliationDoc) -> Result<Self, InvariantError> {
        Affiliation::new(d.to, d.start, d.end)
    }
}

impl Affiliation {
    /// An affiliation over a period.
    ///
    /// # Errors
    ///
    /// [`InvariantError`] when `end` is before `start`.
    pub fn new(
        to: UnitId,
        start: Option<NaiveDate>,
        end: Option<NaiveDate>,
    ) -> Result<Self, InvariantError> {
        if let (Some(s), e) = (start, end) {
            check_period("affiliation", s, e)?;
        }
        Ok(Affiliation { to, start, end })
    }

    /// The first day, when known.
    pub fn start(&self) -> Option<NaiveDate> {
        self.start
    }

    /// The last day (inclusive), when the affiliation has ended.
    pub fn end(&self) -> Option<NaiveDate> {
        self.end
    }

    /// Whether the affiliation is in force on `date`.
    pub fn in_force_on(&self, date: NaiveDate) -> bool {
        self.start.is_none_or(|s| s <= date) && self.end.is_none_or(|e| date <= e)
    }
}

/// Counts of a unit's members on one date: the total, and how many are in each
/// group (`gender:woman`, `age-under:35`...). A group's count never exceeds the total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "MembershipStatsDoc")]
#[non_exhaustive]
pub struct MembershipStats {
    date: NaiveDate,
    total: u32,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    groups: BTreeMap<Group, u32>,
}

/// Counts of a unit's members on one date.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "MembershipStats")]
struct MembershipStatsDoc {
    /// The date the counts are for.
    date: NaiveDate,
    /// How many members the unit had.
    total: u32,
    /// How many of them are in each group, keyed by group (`gender:woman`); each at
    /// most `total`.
    #[serde(default)]
    groups: BTreeMap<Group, u32>,
}

impl TryFrom<MembershipStatsDoc> for MembershipStats {
    type Error = InvariantError;
    fn try_from(d: MembershipStatsDoc) -> Result<Self, InvariantError> {
        MembershipStats::new(d.date, d.total, d.groups)
    }
}

impl MembershipStats {
    /// Counts for one date.
    ///
    /// # Errors
    ///
    /// [`InvariantError`] when a group's count is above the total.
    pub fn new(
        date: NaiveDate,
        total: u32,
        groups: impl IntoIterator<Item = (Group, u32)>,
    ) -> Result<Self, InvariantError> {
        let groups: BTreeMap<Group, u32> = groups.into_iter().collect();
        for (g, &n) in &groups {
            if n > total {
                return Err(InvariantError::new(messages::group_count_above_total(
                    g, n, total,
                )));
            }
        }
        Ok(MembershipStats {
            date,
            total,
            groups,
        })
    }

    /// The date the counts are for.
    pub fn date(&self) -> NaiveDate {
        self.date
    }

    /// The total number of members.
    pub fn total(&self) -> u32 {
        self.total
    }

    /// How many members are in `group`, if counted.
    pub fn count(&self, group: &Group) -> Option<u32> {
        self.groups.get(group).copied()
    }

    /// Every counted group with its count.
    pub fn groups(&self) -> &BTreeMap<Group, u32> {
        &self.groups
    }
}

// ---------------------------------------------------------------------------------
// Bodies and posts

/// A body of a unit: a congress, a council, an executive board, a committee, a
/// delegation, a class.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Body {
    /// The body's identifier (`dpc-bekasi/executive`).
    pub id: BodyId,
    /// The unit it belongs to.
    pub unit: UnitId,
    /// What kind of body it is.
    pub kind: BodyKind,
    /// Its name (`Dewan Pimpinan Cabang Bekasi`).
    pub name: String,
    /// Rules on terms of office in this body.
    #[serde(default, skip_serializing_if = "TermRules::is_empty")]
    pub term_rules: TermRules,
    /// Its posts.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub posts: Vec<Post>,
    /// Conditions on who holds some of its posts together ("two vice-chairs, at
    /// least one a woman").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<PostCondition>,
    /// The seats its statute guarantees to groups; with it, the audit judges the plan
    /// as well as the holders.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat_plan: Option<Box<super::SeatPlan>>,
}

impl Body {
    /// A body with no posts, conditions or term rules.
    pub fn new(id: BodyId, unit: UnitId, kind: BodyKind, name: impl Into<String>) -> Self {
        Body {
            id,
            unit,
            kind,
            name: name.into(),
            term_rules: TermRules::default(),
            posts: Vec::new(),
            conditions: Vec::new(),
            seat_plan: None,
        }
    }
}

/// Rules on terms of office in a body.
///
/// Statutory ceilings on a term: US LMRDA 29 U.S.C. §481 (3 years for locals, 4 for
/// intermediate bodies, 5 for nationals); UK TULRCA 1992 s.46 (no executive member more
/// than 5 years without re-election); Australia's Fair Work (Registered Organisations)
/// Act 2009 s.145 (4 years). Consecutive-term caps and cooling-off periods come from
/// the statutes (AD/ART).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct TermRules {
    /// The longest a term may run, in months (LMRDA: 36, 48 or 60).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_term_months: Option<NonZeroU32>,
    /// The most consecutive terms one person may hold in one post.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_consecutive_terms: Option<NonZeroU32>,
    /// How long a break must last, in months, for the next term in the same post not
    /// to count as consecutive. Without it, only a break of at least one day does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cooling_off_months: Option<u32>,
}

impl TermRules {
    /// Whether no rule is set.
    pub fn is_empty(&self) -> bool {
        *self == TermRules::default()
    }
}

/// A post in a body: a role with one or more seats.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Post {
    /// The post's identifier, unique in the document (`dpp/executive/treasurer`).
    pub id: PostId,
    /// Its role.
    pub role: Role,
    /// Its name when it has one (`Ketua Umum`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// How many seats it has: at least 1.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub seats: NonZeroU32,
    /// The group its seats are reserved for (`gender:woman`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reserved_for: Option<Group>,
    /// When this is a substitute post, the titular post it stands in for (in the
    /// same body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub substitute_for: Option<PostId>,
}

impl Post {
    /// A post with one seat, unreserved.
    pub fn new(id: PostId, role: Role) -> Self {
        Post {
            id,
            role,
            name: None,
            seats: one(),
            reserved_for: None,
            substitute_for: None,
        }
    }
}

/// A condition on who holds a set of posts together, judged on the date in question.
///
/// These are the "paired post" rules of union statutes: "two vice-presidents, at
/// least one a woman"; "chair and vice-chair of different genders" (domain digest §1,
/// §3 shape 4).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "rule", rename_all = "kebab-case", deny_unknown_fields)]
#[non_exhaustive]
pub enum PostCondition {
    /// At least `count` of the seats of `posts` are held by people in `group`.
    AtLeast {
        /// The posts the condition spans (their seats are pooled).
        posts: Vec<PostId>,
        /// How many seats must be held by the group.
        count: NonZeroU32,
        /// The group.
        group: Group,
    },
    /// The holders of `posts` are not all of one gender.
    DifferentGenders {
        /// The posts the condition spans.
        posts: Vec<PostId>,
    },
}

impl PostCondition {
    /// The posts the condition spans.
    pub fn posts(&self) -> &[PostId] {
        match self {
            PostCondition::AtLeast { posts, .. } | PostCondition::DifferentGenders { posts } => {
                posts
            }
        }
    }
}

/// Posts that one person may not hold at the same time (the treasurer and the
/// auditor).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Incompatibility {
    /// The posts, at least two, anywhere in the document.
    pub posts: Vec<PostId>,
    /// Where the rule comes from (`AD/ART art. 20(3)`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

impl Incompatibility {
    /// Posts that one person may not hold together.
    pub fn new(posts: Vec<PostId>) -> Self {
        Incompatibility {
            posts,
            source: None,
        }
    }
}

// ---------------------------------------------------------------------------------
// People, memberships, terms

/// A person: a member, an officer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Person {
    /// The person's identifier. Reports name people by this id.
    pub id: PersonId,
    /// The person's name, when the document shares it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Gender, when recorded (`undisclosed` when the person chose not to say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Date of birth, when recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<NaiveDate>,
    /// Custom attributes (`sector`, `laskar`), matched by `attribute:NAME=VALUE`
    /// groups.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub attributes: BTreeMap<String, String>,
}

impl Person {
    /// A person with only an id.
    pub fn new(id: PersonId) -> Self {
        Person {
            id,
            name: None,
            gender: None,
            birth_date: None,
            attributes: BTreeMap::new(),
        }
    }
}

/// A person's membership of a unit, from a start date to an optional inclusive end
/// date, with dues standing: in arrears from `arrears_since` on, when set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "MembershipDoc")]
#[non_exhaustive]
pub struct Membership {
    /// The member.
    pub person: PersonId,
    /// The unit.
    pub unit: UnitId,
    start: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<NaiveDate>,
    /// The first day of unpaid dues, if the member is in arrears.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub arrears_since: Option<NaiveDate>,
}

/// A person's membership of a unit.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Membership")]
struct MembershipDoc {
    /// The member.
    person: PersonId,
    /// The unit.
    unit: UnitId,
    /// The first day of membership.
    start: NaiveDate,
    /// The last day of membership (inclusive); open when absent. Not before `start`.
    #[serde(default)]
    end: Option<NaiveDate>,
    /// The first day of unpaid dues, if the member is in arrears: from that day on the
    /// member is not in good standing.
    #[serde(default)]
    arrears_since: Option<NaiveDate>,
}

impl TryFrom<MembershipDoc> for Membership {
    type Error = InvariantError;
    fn try_from(d: MembershipDoc) -> Result<Self, InvariantError> {
        let mut m = Membership::new(d.person, d.unit, d.start, d.end)?;
        m.arrears_since = d.arrears_since;
        Ok(m)
    }
}

impl Membership {
    /// A membership in good standing over a period.
    ///
    /// # Errors
    ///
    /// [`InvariantError`] when `end` is before `start`.
    pub fn new(
        person: PersonId,
        unit: UnitId,
        start: NaiveDate,
        end: Option<NaiveDate>,
    ) -> Result<Self, InvariantError> {
        check_period("membership", start, end)?;
        Ok(Membership {
            person,
            unit,
            start,
            end,
            arrears_since: None,
        })
    }

    /// The first day.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The last day (inclusive), when it has ended.
    pub fn end(&self) -> Option<NaiveDate> {
        self.end
    }

    /// Whether the person is a member on `date`.
    pub fn active_on(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|e| date <= e)
    }

    /// Whether the person is a member in good standing (no arrears) on `date`.
    pub fn in_good_standing_on(&self, date: NaiveDate) -> bool {
        self.active_on(date) && self.arrears_since.is_none_or(|a| date < a)
    }

    /// The last day of good standing, when it ends (the day before arrears begin, or
    /// the end of membership); `None` when open. May be before `start` when arrears
    /// began at once.
    pub fn good_standing_until(&self) -> Option<NaiveDate> {
        let arrears_end = self.arrears_since.map(|a| a.pred_opt().unwrap_or(a));
        match (self.end, arrears_end) {
            (Some(e), Some(a)) => Some(e.min(a)),
            (e, a) => e.or(a),
        }
    }
}

/// A term of office: a person holding a seat of a post from a start date to an
/// optional inclusive end date (as Popolo memberships do).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(try_from = "TermDoc")]
#[non_exhaustive]
pub struct Term {
    /// The holder.
    pub person: PersonId,
    /// The post.
    pub post: PostId,
    start: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<NaiveDate>,
    /// How the term was obtained.
    #[serde(default)]
    pub how: HowObtained,
}

/// A term of office.
#[derive(Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(rename = "Term")]
struct TermDoc {
    /// The holder.
    person: PersonId,
    /// The post.
    post: PostId,
    /// The first day of the term.
    start: NaiveDate,
    /// The last day of the term (inclusive); open when absent. Not before `start`.
    #[serde(default)]
    end: Option<NaiveDate>,
    /// How the term was obtained; `elected` when absent.
    #[serde(default)]
    how: HowObtained,
}

impl TryFrom<TermDoc> for Term {
    type Error = InvariantError;
    fn try_from(d: TermDoc) -> Result<Self, InvariantError> {
        let mut t = Term::new(d.person, d.post, d.start, d.end)?;
        t.how = d.how;
        Ok(t)
    }
}

impl Term {
    /// An elected term over a period.
    ///
    /// # Errors
    ///
    /// [`InvariantError`] when `end` is before `start`.
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use union_rulebook::model::{PersonId, PostId, Term};
    /// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).ok_or("date");
    /// let t = Term::new(PersonId::new("p-1")?, PostId::new("dpp/chair")?, d(2024, 1, 1)?, None)?;
    /// assert!(t.active_on(d(2030, 1, 1)?));
    /// assert!(Term::new(PersonId::new("p-1")?, PostId::new("dpp/chair")?, d(2024, 1, 1)?, Some(d(2023, 1, 1)?)).is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(
        person: PersonId,
        post: PostId,
        start: NaiveDate,
        end: Option<NaiveDate>,
    ) -> Result<Self, InvariantError> {
        check_period("term", start, end)?;
        Ok(Term {
            person,
            post,
            start,
            end,
            how: HowObtained::Elected,
        })
    }

    /// The first day.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The last day (inclusive), when the term has ended or its end is fixed.
    pub fn end(&self) -> Option<NaiveDate> {
        self.end
    }

    /// Whether the term runs on `date`.
    pub fn active_on(&self, date: NaiveDate) -> bool {
        self.start <= date && self.end.is_none_or(|e| date <= e)
    }
}
