//! Validation: every rule of a document checked at once, as of a date.
//!
//! [`validate`] returns every [`Finding`], never just the first, sorted
//! in the canonical order of [`sort_findings`]. Each
//! finding has a stable code, a severity, a JSON path into the document and a message
//! naming the values and the rule.
//!
//! ```
//! use chrono::NaiveDate;
//! use union_rulebook::model::Organization;
//! use union_rulebook::validate::validate;
//!
//! let doc = Organization::from_json_str(r#"{
//!   "name": "SPN",
//!   "levels": [{"id": "federation", "name": "Federasi"}, {"id": "psp", "name": "PSP"}],
//!   "units": [
//!     {"id": "spn", "name": "SPN", "level": "federation"},
//!     {"id": "psp-1", "name": "PSP PT Contoh", "level": "psp", "parent": "spn"},
//!     {"id": "psp-1", "name": "PSP PT Lain", "level": "psp", "parent": "nowhere"}
//!   ]
//! }"#)?;
//! let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
//! let findings = validate(&doc, as_of);
//! let codes: Vec<&str> = findings.iter().map(|f| &*f.code).collect();
//! assert_eq!(codes, ["duplicate-id", "unknown-reference"]);
//! assert_eq!(findings[1].path.to_string(), "$.units[2].parent");
//! assert_eq!(findings[1].message, "no unit has id nowhere");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Codes
//!
//! | code | severity | what | rule |
//! |---|---|---|---|
//! | `duplicate-id` | error | two levels, units, bodies, posts or people share an id | ids are unique per kind (posts across the document) |
//! | `unknown-reference` | error | an id that names nothing of the expected kind (a `holds-post` condition's post included, at its path in the condition) | every reference resolves |
//! | `unit-cycle` | error | unit parents form a cycle | the units form a tree |
//! | `level-not-below-parent` | error | a unit's level is not below its parent's | levels are ordered from the top down |
//! | `below-minimum-members` | error | fewer members than the level's minimum on the date (from records, else the latest statistics) | UU 21/2000 art. 5(2): at least 10 workers |
//! | `below-minimum-affiliates` | error | fewer affiliated units than the level's minimum on the date | UU 21/2000 art. 6(2), 7(2): 5 unions, 3 federations |
//! | `too-many-affiliations` | error | more upward affiliations (parent included) than the level allows on the date | UU 21/2000 art. 8: one federation, one confederation |
//! | `stats-duplicate-date` | warning | two membership statistics of one unit on one date | one count per date |
//! | `substitute-invalid` | error | a substitute post stands in for itself, another substitute or a post of another body | titular/substitute pairs live in one body |
//! | `condition-invalid` | error | a condition names a post of another body or needs more seats than its posts have; an incompatibility of fewer than two posts | a condition must be satisfiable |
//! | `term-before-birth` | error | a term starts before its holder's birth date (a term that ends before it starts cannot be read at all) | dates are in order |
//! | `seats-overfilled` | error | more holders than seats on some days (reported once per run of days) | a post has `seats` seats |
//! | `holder-not-member` | error | a holder is not a member in good standing (active, no arrears) of the body's unit or a unit above it on some day of the term, up to the date | statutes (AD/ART): officers are members in good standing |
//! | `reserved-seat-outside-group` | error | a reserved post held by someone outside its group when the term began | the reservation |
//! | `reserved-seat-unverifiable` | warning | a reserved post held by someone whose gender, birth date or attribute is not recorded | the reservation |
//! | `incompatible-posts` | error | one person holds two incompatible posts at once | the incompatibility |
//! | `post-condition-broken` | error | on the date, the posts of a condition cannot meet it even if their vacant seats went to the group | the condition |
//! | `post-condition-unverifiable` | warning | on the date, the condition depends on holders whose data is missing | the condition |
//! | `term-too-long` | error | a term longer than the body's maximum (an open term past it on the date: a continuing violation) | LMRDA §401, TULRCA s.46, RO Act s.145 |
//! | `consecutive-terms-exceeded` | error | more consecutive terms in one post than the body allows; terms are consecutive unless separated by the cooling-off period (or by at least a day) | the statutes (AD/ART) |
//! | `vacancy` | info | a post has vacant seats on the date | |
//! | `election-overdue` | error | the last election under an election rule was longer ago than its longest interval | LMRDA §401(a)-(c): 3, 4 or 5 years; TULRCA s.46: 5; RO Act s.145: 4 |
//! | `no-election-recorded` | warning | an election rule with a longest interval records no election | |
//! | `notice-too-short` | error (warning when not recorded) | notice sent fewer days before the election than the rule needs | LMRDA §401(e): 15 days |
//! | `nomination-window` | error | nominations closed too close to the election, or were open too briefly | the statutes |
//! | `reference-date-not-recorded` | warning | a condition of eligibility is measured at a point (`nominations-open`, `{"event": "convention-call"}`, `{"month-of": ...}`) that an election held by the date does not date; it cannot be judged | UFCW Art. 15(H)(1): 12 months "preceding the month in which the Convention Call is issued" |
//! | `reference-date-moved` | info | a condition of eligibility is measured at an event whose date moved: on its latest date | 29 CFR 452.104(b): the corrected date is the date |
//! | `attendance-no-meetings` | warning | an `attendance` condition counts the regular meetings of the body's unit, and the document records none | USW Art. VII §9 (Steelworkers v. Usery, 1977) |
//! | `unknown-method` | error | an election rule names a counting method the crate does not have (see [`crate::election::METHOD_NAMES`]) | the rule must be countable |
//! | `policy-invalid` | error | the policy embedded under `policy` is inconsistent (a rule names an undefined group, two versions share a number, a band's minimum is above its maximum, ...; see [`Policy::new`](crate::policy::Policy::new)); the first problem is reported | a policy must be consistent to be applied |
//! | `law-kind-invalid` | error | a level's `law.kind` is not a kind its law distinguishes | [`Law::kinds`](crate::model::Law::kinds) |
//! | `law-kind-missing` | warning (info under UU 21/2000) | a level under LMRDA or UU 21/2000 names no kind, so no preset follows | the law sets its rules by kind; UU 21/2000 art. 8 leaves a union's own levels to its ART |
//! | `law-not-covered` | info | an LMRDA level of kind `federation` | LMRDA §401(a): "except a federation of national or international labor organizations"; 29 CFR 451.3(a)(4), 452.11 |
//! | `law-preset-overridden` | info (warning when it allows more than the law) | a body's `max_term_months`, an election rule's `max_interval_months` or a level's rule set where the law has a preset: which law, which section, which value overrides which | the document's value is applied |
//! | `law-exception-invalid` | error | a stated exception the body's law does not allow, or longer than it allows | RO Act s.145(2), (4): at most 5 years, to synchronise elections |
//! | `law-exemption-applied` | info | a president past the 5-year ceiling whom TULRCA s.46(4A) exempts | TULRCA s.46(4A) |
//! | `law-exemption-not-met` | info | a president past the ceiling whom s.46(4A) does not exempt, naming the paragraph that fails (reported with `term-too-long`) | TULRCA s.46(4A)(a)-(d) |
//! | `multiple-union-memberships` | warning | a person who is a member of two or more units of kind `union` on the date | UU 21/2000 art. 14(1)-(2) |
//! | `statute-missing-item` | error | the statute outline's AD deals with no article with an item's subjects | UU 21/2000 art. 11(2)(a)-(g), art. 20(1) |
//! | `outline-duplicate-article` | warning | an article number given twice in the AD (or the ART) outline | |
//! | `stats-inconsistent` | error | membership statistics whose exclusive groups (the genders; the values of one attribute) count more members together than the total, or whose younger age group counts more than an older one | counts of one membership |
//! | `seat-plan-invalid` | error | a body's seat plan guarantees a group more seats than the body has, or names a group twice | a plan the body can keep |
//! | `seat-plan-unknown-group` | error | a seat plan names a group no person, statistic or reserved post of the document names (a custom gender or an attribute nobody carries) | a plan about people of the document |
//!
//! # Cost
//!
//! Every check is one pass, or a sort and a sweep: seat counts are checked by sorting
//! each post's start and end events and sweeping over them, never by comparing terms
//! pairwise; walks up the unit tree are bounded by its depth. The law's presets are one
//! pass over the levels, bodies, terms and memberships; only a TULRCA president past
//! five years is judged against s.46(4A) by looking at the terms of the union's own
//! posts.

mod index;
mod law;
mod messages;
mod offices;
mod seat_plan;
mod structure;

use chrono::NaiveDate;

use crate::Finding;
use crate::diagnostics::sort_findings;
use crate::model::Organization;

/// The stable finding codes of validation (see the [module docs](self) for each).
pub mod codes {
    /// Two items of one kind share an id.
    pub const DUPLICATE_ID: &str = "duplicate-id";
    /// A reference to an id that does not exist.
    pub const UNKNOWN_REFERENCE: &str = "unknown-reference";
    /// Unit parents form a cycle.
    pub const UNIT_CYCLE: &str = "unit-cycle";
    /// A unit's level is not below its parent's.
    pub const LEVEL_NOT_BELOW_PARENT: &str = "level-not-below-parent";
    /// Fewer members than the level's minimum.
    pub const BELOW_MINIMUM_MEMBERS: &str = "below-minimum-members";
    /// Fewer affiliated units than the level's minimum.
    pub const BELOW_MINIMUM_AFFILIATES: &str = "below-minimum-affiliates";
    /// More upward affiliations than the level allows.
    pub const TOO_MANY_AFFILIATIONS: &str = "too-many-affiliations";
    /// Two membership statistics of one unit on one date.
    pub const STATS_DUPLICATE_DATE: &str = "stats-duplicate-date";
    /// A substitute post that does not stand in for a titular post of its body.
    pub const SUBSTITUTE_INVALID: &str = "substitute-invalid";
    /// A condition or incompatibility that cannot be applied.
    pub const CONDITION_INVALID: &str = "condition-invalid";
    /// A term that starts before its holder was born.
    pub const TERM_BEFORE_BIRTH: &str = "term-before-birth";
    /// More holders than seats.
    pub const SEATS_OVERFILLED: &str = "seats-overfilled";
    /// A holder who is not a member in good standing.
    pub const HOLDER_NOT_MEMBER: &str = "holder-not-member";
    /// A reserved seat held by someone outside its group.
    pub const RESERVED_SEAT_OUTSIDE_GROUP: &str = "reserved-seat-outside-group";
    /// A reserved seat whose holder's group cannot be told.
    pub const RESERVED_SEAT_UNVERIFIABLE: &str = "reserved-seat-unverifiable";
    /// Incompatible posts held at the same time.
    pub const INCOMPATIBLE_POSTS: &str = "incompatible-posts";
    /// A paired-post condition broken.
    pub const POST_CONDITION_BROKEN: &str = "post-condition-broken";
    /// A paired-post condition that cannot be judged for lack of data.
    pub const POST_CONDITION_UNVERIFIABLE: &str = "post-condition-unverifiable";
    /// A term longer than the body allows.
    pub const TERM_TOO_LONG: &str = "term-too-long";
    /// More consecutive terms than the body allows.
    pub const CONSECUTIVE_TERMS_EXCEEDED: &str = "consecutive-terms-exceeded";
    /// Vacant seats on the date.
    pub const VACANCY: &str = "vacancy";
    /// An election overdue under its rule's longest interval.
    pub const ELECTION_OVERDUE: &str = crate::election_rules::ELECTION_OVERDUE;
    /// An election rule with a longest interval and no election recorded.
    pub const NO_ELECTION_RECORDED: &str = crate::election_rules::NO_ELECTION_RECORDED;
    /// Notice sent too late, or not recorded.
    pub const NOTICE_TOO_SHORT: &str = crate::election_rules::NOTICE_TOO_SHORT;
    /// Nominations closed too late or were open too briefly.
    pub const NOMINATION_WINDOW: &str = crate::election_rules::NOMINATION_WINDOW;
    /// An election rule names a counting method this crate does not have.
    pub const UNKNOWN_METHOD: &str = "unknown-method";
    /// The policy embedded in the document is inconsistent.
    pub const POLICY_INVALID: &str = "policy-invalid";
    /// A level names a kind of organization its law does not distinguish.
    pub const LAW_KIND_INVALID: &str = "law-kind-invalid";
    /// A level under a law that sets rules by kind names no kind.
    pub const LAW_KIND_MISSING: &str = "law-kind-missing";
    /// A level of a kind its law does not cover (LMRDA: a federation of national unions).
    pub const LAW_NOT_COVERED: &str = "law-not-covered";
    /// A value the document sets overrides the law's preset.
    pub const LAW_PRESET_OVERRIDDEN: &str = "law-preset-overridden";
    /// A stated exception the law does not allow, or longer than it allows.
    pub const LAW_EXCEPTION_INVALID: &str = "law-exception-invalid";
    /// A term past the law's ceiling that a statutory exemption covers.
    pub const LAW_EXEMPTION_APPLIED: &str = "law-exemption-applied";
    /// A term past the law's ceiling whose exemption fails a condition.
    pub const LAW_EXEMPTION_NOT_MET: &str = "law-exemption-not-met";
    /// A worker who is a member of more than one union (UU 21/2000 art. 14).
    pub const MULTIPLE_UNION_MEMBERSHIPS: &str = "multiple-union-memberships";
    /// The statute outline lacks an item the law requires (UU 21/2000 art. 11(2)).
    pub const STATUTE_MISSING_ITEM: &str = "statute-missing-item";
    /// An article number given twice in the statute outline.
    pub const OUTLINE_DUPLICATE_ARTICLE: &str = "outline-duplicate-article";
    /// Membership statistics whose counts contradict each other.
    pub const STATS_INCONSISTENT: &str = "stats-inconsistent";
    /// A seat plan that guarantees more seats than the body has, or a group twice.
    pub const SEAT_PLAN_INVALID: &str = "seat-plan-invalid";
    /// A seat plan naming a group nothing in the document names.
    pub const SEAT_PLAN_UNKNOWN_GROUP: &str = "seat-plan-unknown-group";

    /// Every code, in the order of the module docs.
    pub const ALL: &[&str] = &[
        DUPLICATE_ID,
        UNKNOWN_REFERENCE,
        UNIT_CYCLE,
        LEVEL_NOT_BELOW_PARENT,
        BELOW_MINIMUM_MEMBERS,
        BELOW_MINIMUM_AFFILIATES,
        TOO_MANY_AFFILIATIONS,
        STATS_DUPLICATE_DATE,
        SUBSTITUTE_INVALID,
        CONDITION_INVALID,
        TERM_BEFORE_BIRTH,
        SEATS_OVERFILLED,
        HOLDER_NOT_MEMBER,
        RESERVED_SEAT_OUTSIDE_GROUP,
        RESERVED_SEAT_UNVERIFIABLE,
        INCOMPATIBLE_POSTS,
        POST_CONDITION_BROKEN,
        POST_CONDITION_UNVERIFIABLE,
        TERM_TOO_LONG,
        CONSECUTIVE_TERMS_EXCEEDED,
        VACANCY,
        ELECTION_OVERDUE,
        NO_ELECTION_RECORDED,
        NOTICE_TOO_SHORT,
        NOMINATION_WINDOW,
        UNKNOWN_METHOD,
        POLICY_INVALID,
        LAW_KIND_INVALID,
        LAW_KIND_MISSING,
        LAW_NOT_COVERED,
        LAW_PRESET_OVERRIDDEN,
        LAW_EXCEPTION_INVALID,
        LAW_EXEMPTION_APPLIED,
        LAW_EXEMPTION_NOT_MET,
        MULTIPLE_UNION_MEMBERSHIPS,
        STATUTE_MISSING_ITEM,
        OUTLINE_DUPLICATE_ARTICLE,
        STATS_INCONSISTENT,
        SEAT_PLAN_INVALID,
        SEAT_PLAN_UNKNOWN_GROUP,
    ];
}

/// JSON paths of document items.
mod paths {
    use crate::JsonPath;

    pub fn level(i: usize) -> JsonPath {
        JsonPath::root().key("levels").index(i)
    }
    pub fn unit(i: usize) -> JsonPath {
        JsonPath::root().key("units").index(i)
    }
    pub fn body(i: usize) -> JsonPath {
        JsonPath::root().key("bodies").index(i)
    }
    pub fn post(b: usize, p: usize) -> JsonPath {
        body(b).key("posts").index(p)
    }
    pub fn person(i: usize) -> JsonPath {
        JsonPath::root().key("people").index(i)
    }
    pub fn membership(i: usize) -> JsonPath {
        JsonPath::root().key("memberships").index(i)
    }
    pub fn term(i: usize) -> JsonPath {
        JsonPath::root().key("terms").index(i)
    }
}

/// Every election rule: its references, and its calendar (overdue elections, notice,
/// nominations).
fn election_calendar(doc: &Organization, as_of: NaiveDate, out: &mut Vec<Finding>) {
    use std::collections::HashSet;
    if doc.election_rules.is_empty() {
        return;
    }
    let bodies: HashSet<&str> = doc.bodies.iter().map(|b| b.id.as_str()).collect();
    let posts: HashSet<&str> = doc
        .bodies
        .iter()
        .flat_map(|b| &b.posts)
        .map(|p| p.id.as_str())
        .collect();
    let unknown = |path: crate::JsonPath, kind: &str, id: &str| {
        Finding::new(
            codes::UNKNOWN_REFERENCE,
            crate::Severity::Error,
            path,
            messages::unknown_reference(kind, id),
        )
    };
    for (i, rule) in doc.election_rules.iter().enumerate() {
        let path = crate::JsonPath::root().key("election_rules").index(i);
        if !bodies.contains(rule.body.as_str()) {
            out.push(unknown(
                path.clone().key("body"),
                "body",
                rule.body.as_str(),
            ));
        }
        for (j, p) in rule.posts.iter().enumerate() {
            if !posts.contains(p.as_str()) {
                out.push(unknown(
                    path.clone().key("posts").index(j),
                    "post",
                    p.as_str(),
                ));
            }
        }
        if crate::election::Method::from_name(&rule.method).is_none() {
            out.push(Finding::new(
                codes::UNKNOWN_METHOD,
                crate::Severity::Error,
                path.clone().key("method"),
                messages::unknown_method(&rule.method),
            ));
        }
        let people: HashSet<&str> = if rule.elections.iter().any(|e| !e.nominated.is_empty()) {
            doc.people.iter().map(|p| p.id.as_str()).collect()
        } else {
            HashSet::new()
        };
        for (k, e) in rule.elections.iter().enumerate() {
            for (m, p) in e.nominated.iter().enumerate() {
                if !people.contains(p.as_str()) {
                    let at = path
                        .clone()
                        .key("elections")
                        .index(k)
                        .key("nominated")
                        .index(m);
                    out.push(unknown(at, "person", p.as_str()));
                }
            }
        }
        for (what, conditions) in [("voters", &rule.voters), ("candidates", &rule.candidates)] {
            for (j, p) in conditions.barred_posts.iter().enumerate() {
                if !posts.contains(p.as_str()) {
                    let at = path.clone().key(what).key("barred_posts").index(j);
                    out.push(unknown(at, "post", p.as_str()));
                }
            }
        }
        out.extend(crate::election_rules::check_calendar(rule, as_of, path));
    }
}

/// The policy embedded in the document: consistent, or one finding at its first problem.
fn embedded_policy(doc: &Organization, out: &mut Vec<Finding>) {
    use crate::policy::{Policy, PolicyError};
    let (path, message) = match Policy::embedded_in(doc) {
        Ok(_) => return,
        Err(PolicyError::Invalid { path, message }) => (path, message),
        Err(other) => (crate::JsonPath::root().key("policy"), other.to_string()),
    };
    out.push(Finding::new(
        codes::POLICY_INVALID,
        crate::Severity::Error,
        path,
        message,
    ));
}

/// Checks every rule of `doc` as of `as_of` and returns all findings, sorted.
///
/// "As of" matters for the rules that depend on a date: structural minimums and
/// affiliations in force, good standing up to the date, open terms past their
/// maximum, paired-post conditions and vacancies. The library never reads the clock:
/// the caller says which day it is.
///
/// ```
/// use chrono::NaiveDate;
/// use union_rulebook::model::Organization;
/// use union_rulebook::validate::validate;
/// let doc = Organization::new("empty");
/// let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
/// assert!(validate(&doc, as_of).is_empty());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn validate(doc: &Organization, as_of: NaiveDate) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut ix = index::Index::build(doc, &mut out);
    structure::cycles(doc, &mut ix, &mut out);
    structure::level_order(doc, &ix, &mut out);
    structure::stats_dates(doc, &mut out);
    law::levels(doc, &mut out);
    law::exceptions(doc, &ix, &mut out);
    let level_rules = law::level_rules(doc, &mut out);
    structure::structural_rules(doc, &ix, as_of, &level_rules, &mut out);
    seat_plan::stats_consistent(doc, &mut out);
    seat_plan::seat_plans(doc, &mut out);
    offices::post_links(doc, &ix, &mut out);
    let by_post = offices::terms_by_post(doc, &ix);
    offices::overfilled(doc, &ix, &by_post, &mut out);
    offices::terms(doc, &ix, &by_post, as_of, &mut out);
    offices::incompatibilities(doc, &ix, &by_post, &mut out);
    offices::as_of_checks(doc, &ix, &by_post, as_of, &mut out);
    law::term_ceilings(doc, &ix, &by_post, as_of, &mut out);
    law::election_intervals(doc, &ix, as_of, &mut out);
    law::one_union(doc, &ix, as_of, &mut out);
    law::outline(doc, &mut out);
    election_calendar(doc, as_of, &mut out);
    crate::election_rules::check_attendance(doc, &mut out);
    crate::election_rules::check_conditions(doc, as_of, &mut out);
    embedded_policy(doc, &mut out);
    sort_findings(&mut out);
    out
}

/// The result of validating a document, as `rulebook validate --format json` prints
/// it: the date, the counts by severity and every finding in canonical order.
///
/// ```
/// use chrono::NaiveDate;
/// use union_rulebook::model::Organization;
/// use union_rulebook::validate::ValidationReport;
/// let as_of = NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
/// let report = ValidationReport::new(&Organization::new("x"), as_of);
/// assert_eq!(report.summary.errors, 0);
/// assert!(report.is_valid());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(
    Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[non_exhaustive]
pub struct ValidationReport {
    /// The date the document was checked as of.
    pub as_of: NaiveDate,
    /// How many findings of each severity.
    pub summary: crate::diagnostics::Summary,
    /// Every finding, sorted by severity, path, code and message.
    pub findings: Vec<Finding>,
}

impl ValidationReport {
    /// Validates `doc` as of `as_of` (see [`validate`]).
    pub fn new(doc: &Organization, as_of: NaiveDate) -> Self {
        let findings = validate(doc, as_of);
        ValidationReport {
            as_of,
            summary: crate::diagnostics::Summary::of(&findings),
            findings,
        }
    }

    /// Whether there are no errors (warnings and infos allowed).
    pub fn is_valid(&self) -> bool {
        self.summary.errors == 0
    }

    /// The findings as text for people, grouped by severity with a closing count (see
    /// [`render_text`](crate::diagnostics::render_text)).
    pub fn render_text(&self) -> String {
        crate::diagnostics::render_text(&self.findings)
    }
}
