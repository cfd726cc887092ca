//! The labour law a level or the organization falls under, and the statutory presets
//! that follow from it: term ceilings, election intervals, structural minimums, one
//! affiliation, and the exemptions and exceptions the law allows, written as data.
//!
//! | law | what it sets | source |
//! |---|---|---|
//! | `lmrda` | officers elected at least every 3 years (local), 4 (intermediate body), 5 (national or international union); a federation of national unions is not covered | LMRDA §401(a), (b), (d) (29 U.S.C. 481); 29 CFR 452.23, 452.24; 29 CFR 451.3(a)(4), 452.11 |
//! | `tulrca` | members of the executive, the president and the general secretary re-elected at least every 5 years; the president exempt under the conditions of s.46(4A) | TULRCA 1992 s.46(1)(b), (2), (4A) |
//! | `ro-act` | a term of office of at most 4 years; extended to at most 5 years where the rules state it is to synchronise elections (s.145(2), (4)) | Fair Work (Registered Organisations) Act 2009 s.145 |
//! | `uu-21-2000` | a union formed by at least 10 workers, a federation by at least 5 unions, a confederation by at least 3 federations; a union joins one federation, a federation one confederation; a worker joins one union at one enterprise | UU 21/2000 art. 5(2), 6(2), 7(2), 16(1)-(2), 14(1) |
//!
//! A body's own value (its `term_rules.max_term_months`, an election rule's
//! `calendar.max_interval_months`, a level's `rules`) overrides the preset, and
//! validation says so (`law-preset-overridden`), naming the law, the section and both
//! values.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::num::NonZeroU32;

use super::{BodyId, HowObtained, Role};

/// A labour law whose presets the crate knows.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[non_exhaustive]
pub enum Law {
    /// The US Labor-Management Reporting and Disclosure Act of 1959, Title IV.
    #[serde(rename = "lmrda")]
    Lmrda,
    /// The UK Trade Union and Labour Relations (Consolidation) Act 1992, Part I
    /// Chapter IV.
    #[serde(rename = "tulrca")]
    Tulrca,
    /// Australia's Fair Work (Registered Organisations) Act 2009.
    #[serde(rename = "ro-act")]
    RoAct,
    /// Indonesia's Undang-Undang Nomor 21 Tahun 2000 tentang Serikat Pekerja/Serikat
    /// Buruh.
    #[serde(rename = "uu-21-2000")]
    Uu21Of2000,
}

impl Law {
    /// The law's name as the document writes it (`lmrda`).
    pub fn as_str(self) -> &'static str {
        match self {
            Law::Lmrda => "lmrda",
            Law::Tulrca => "tulrca",
            Law::RoAct => "ro-act",
            Law::Uu21Of2000 => "uu-21-2000",
        }
    }

    /// The law's short title as findings cite it (`LMRDA`, `UU 21/2000`).
    pub fn title(self) -> &'static str {
        match self {
            Law::Lmrda => "LMRDA",
            Law::Tulrca => "TULRCA 1992",
            Law::RoAct => "Fair Work (Registered Organisations) Act 2009",
            Law::Uu21Of2000 => "UU 21/2000",
        }
    }

    /// The kinds of labour organization this law distinguishes; a level names one
    /// of them when the law sets different rules for different kinds.
    pub fn kinds(self) -> &'static [LawKind] {
        match self {
            Law::Lmrda => &[
                LawKind::Local,
                LawKind::Intermediate,
                LawKind::National,
                LawKind::Federation,
            ],
            Law::Tulrca | Law::RoAct => &[],
            Law::Uu21Of2000 => &[LawKind::Union, LawKind::Federation, LawKind::Confederation],
        }
    }
}

impl fmt::Display for Law {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The kind of labour organization a level is under its law: what the law's presets
/// depend on.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum LawKind {
    /// LMRDA §401(b): a local labor organization (3 years).
    Local,
    /// LMRDA §401(d): an intermediate body (general committee, system board, joint
    /// board, joint council, district council...) (4 years).
    Intermediate,
    /// LMRDA §401(a): a national or international labor organization (5 years).
    National,
    /// LMRDA §401(a): a federation of national or international labor organizations
    /// (not covered); UU 21/2000 art. 6(2): a federation (at least 5 unions).
    Federation,
    /// UU 21/2000 art. 5(2): a union (serikat pekerja/serikat buruh, at least 10
    /// workers).
    Union,
    /// UU 21/2000 art. 7(2): a confederation (at least 3 federations).
    Confederation,
}

impl LawKind {
    /// The kind as the document writes it (`local`).
    pub fn as_str(self) -> &'static str {
        match self {
            LawKind::Local => "local",
            LawKind::Intermediate => "intermediate",
            LawKind::National => "national",
            LawKind::Federation => "federation",
            LawKind::Union => "union",
            LawKind::Confederation => "confederation",
        }
    }
}

impl fmt::Display for LawKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The law a level falls under, and what kind of organization it is under that law:
/// `law = { name = "lmrda", kind = "local" }`. Without `name`, the organization's
/// `law` applies.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LevelLaw {
    /// The law; the organization's `law` when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<Law>,
    /// The kind of organization the level's units are under the law (LMRDA: `local`,
    /// `intermediate`, `national`, `federation`; UU 21/2000: `union`, `federation`,
    /// `confederation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<LawKind>,
}

impl LevelLaw {
    /// A level under `law` as an organization of `kind`.
    pub fn new(name: Option<Law>, kind: Option<LawKind>) -> Self {
        LevelLaw { name, kind }
    }
}

/// Why a rule departs from the law's ceiling, as the law allows it: the stated purpose
/// is what makes the exception lawful.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum ExceptionPurpose {
    /// RO Act s.145: a term longer than 4 years (at most 5 years, s.145(4)) to synchronise elections.
    SynchroniseElections,
}

impl ExceptionPurpose {
    /// The purpose as the document writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            ExceptionPurpose::SynchroniseElections => "synchronise-elections",
        }
    }
}

/// An exception a body's rules state, under a purpose the law allows:
/// `{ body = "nsw-branch/committee", purpose = "synchronise-elections", term_months =
/// 60, statement = "rule 12A: the 2027 branch term ends with the national elections" }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct LawException {
    /// The body whose terms the exception lengthens.
    pub body: BodyId,
    /// The purpose the rules state.
    pub purpose: ExceptionPurpose,
    /// The longest term the exception allows, in months (RO Act s.145: at most 60, s.145(4)).
    pub term_months: NonZeroU32,
    /// The rule's words or where they are (`rule 12A`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement: Option<String>,
}

/// A condition of a statutory exemption, judged from the document's terms of office.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ExemptCondition {
    /// The exempt post was obtained in one of these ways.
    ObtainedBy {
        /// The ways allowed.
        how: &'static [HowObtained],
    },
    /// When the exempt term began, its holder held a qualifying position by election.
    QualifyingAtStart,
    /// The holder's latest election to a qualifying position was at most `months`
    /// before the day judged.
    ElectedWithin {
        /// Months.
        months: u32,
    },
    /// From the start of the exempt term to the day judged, the holder held a
    /// qualifying position by election without a break.
    QualifyingThroughout,
}

/// A statutory exemption from a term ceiling, with its conditions as data: the
/// checker judges each condition from the terms of office, in order, and the first that
/// fails is named in the finding.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Exemption {
    /// The law.
    pub law: Law,
    /// The section (`s.46(4A)`).
    pub section: &'static str,
    /// The role of the exempt post (the president: `chair`).
    pub role: Role,
    /// The conditions, each with the paragraph of the section it comes from.
    pub conditions: &'static [(&'static str, ExemptCondition)],
}

/// TULRCA 1992 s.46(4A) (inserted by the Employment Relations Act 2004): the duty to
/// be re-elected every five years (s.46(1)) does not apply to the president if
/// (a) the holder was elected or appointed to it in accordance with the rules of the
/// union, (b) at the time of that election or appointment they held a position
/// mentioned in s.46(2)(a), (b) or (d) (member of the executive, a position by virtue
/// of which one is a member of the executive, general secretary) by virtue of having
/// been elected to it at a qualifying election, (c) it is no more than five years
/// since they were elected or re-elected to such a position, and (d) they have held
/// such a position by election at all times since becoming president (s.46(4B): a
/// qualifying election satisfies the requirements of Chapter IV).
///
/// In the document, a qualifying position is a post of an executive body of the same
/// unit other than the presidency, or a `secretary-general` post; "by election" is
/// a term obtained `elected`.
pub const TULRCA_S46_4A: Exemption = Exemption {
    law: Law::Tulrca,
    section: "s.46(4A)",
    role: Role::Chair,
    conditions: &[
        (
            "a",
            ExemptCondition::ObtainedBy {
                how: &[HowObtained::Elected, HowObtained::Appointed],
            },
        ),
        ("b", ExemptCondition::QualifyingAtStart),
        ("c", ExemptCondition::ElectedWithin { months: 60 }),
        ("d", ExemptCondition::QualifyingThroughout),
    ],
};

/// A term ceiling the law sets for a kind of organization: at most `months`, cited as
/// `section`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Ceiling {
    /// The law.
    pub law: Law,
    /// The section (`§401(b) (29 U.S.C. 481(b))`).
    pub section: &'static str,
    /// The longest term or interval, in months.
    pub months: u32,
    /// An exception the rules may state, with the longest term it allows.
    pub exception: Option<(ExceptionPurpose, u32)>,
}

/// The term ceiling (and longest interval between elections) `law` sets for a level
/// of `kind`; `None` when the law sets none or does not cover the kind (LMRDA §401(a)
/// excepts "a federation of national or international labor organizations"; 29 CFR
/// 451.3(a)(4) and 452.11 restate it).
///
/// ```
/// use union_rulebook::model::{Law, LawKind, ceiling};
/// assert_eq!(ceiling(Law::Lmrda, Some(LawKind::Local)).map(|c| c.months), Some(36));
/// assert_eq!(ceiling(Law::Lmrda, Some(LawKind::National)).map(|c| c.months), Some(60));
/// assert!(ceiling(Law::Lmrda, Some(LawKind::Federation)).is_none());
/// assert_eq!(ceiling(Law::Tulrca, None).map(|c| c.months), Some(60));
/// ```
pub fn ceiling(law: Law, kind: Option<LawKind>) -> Option<Ceiling> {
    let c = |section, months| Ceiling {
        law,
        section,
        months,
        exception: None,
    };
    match (law, kind) {
        (Law::Lmrda, Some(LawKind::Local)) => Some(c("§401(b) (29 U.S.C. 481(b))", 36)),
        (Law::Lmrda, Some(LawKind::Intermediate)) => Some(c("§401(d) (29 U.S.C. 481(d))", 48)),
        (Law::Lmrda, Some(LawKind::National)) => Some(c("§401(a) (29 U.S.C. 481(a))", 60)),
        (Law::Tulrca, _) => Some(c("s.46(1)(b)", 60)),
        (Law::RoAct, _) => Some(Ceiling {
            exception: Some((ExceptionPurpose::SynchroniseElections, 60)),
            ..c("s.145", 48)
        }),
        _ => None,
    }
}

/// Whether `law`'s term ceiling covers a post of `role` in a body of `kind`:
/// LMRDA §3(n) (29 U.S.C. 402(n)): officers and members of the executive board (the
/// `executive` bodies); TULRCA s.46(2): members of the executive, the president and the
/// general secretary (`executive` bodies and `secretary-general` posts); RO Act s.9:
/// offices of the committee of management and of collective bodies that manage the
/// organisation or decide its policy (`executive` and `council` bodies).
pub fn covers(law: Law, kind: &super::BodyKind, role: &Role) -> bool {
    use super::BodyKind;
    match law {
        Law::Lmrda => *kind == BodyKind::Executive,
        Law::Tulrca => *kind == BodyKind::Executive || *role == Role::SecretaryGeneral,
        Law::RoAct => matches!(kind, BodyKind::Executive | BodyKind::Council),
        Law::Uu21Of2000 => false,
    }
}

/// A structural rule UU 21/2000 sets for a kind of organization, with its article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Structural {
    /// The fewest members (art. 5(2): 10), with the article.
    pub min_members: Option<(u32, &'static str)>,
    /// The fewest affiliated units (art. 6(2): 5 unions; art. 7(2): 3 federations).
    pub min_affiliated_units: Option<(u32, &'static str)>,
    /// The most affiliations upward (art. 16(1), (2): one).
    pub max_affiliations: Option<(u32, &'static str)>,
}

/// The structural rules `law` sets for a level of `kind`; `None` when it sets none.
///
/// ```
/// use union_rulebook::model::{Law, LawKind, structural};
/// let union = structural(Law::Uu21Of2000, Some(LawKind::Union)).ok_or("none")?;
/// assert_eq!(union.min_members, Some((10, "art. 5(2)")));
/// let federation = structural(Law::Uu21Of2000, Some(LawKind::Federation)).ok_or("none")?;
/// assert_eq!(federation.min_affiliated_units, Some((5, "art. 6(2)")));
/// # Ok::<(), &'static str>(())
/// ```
pub fn structural(law: Law, kind: Option<LawKind>) -> Option<Structural> {
    match (law, kind) {
        (Law::Uu21Of2000, Some(LawKind::Union)) => Some(Structural {
            min_members: Some((10, "art. 5(2)")),
            min_affiliated_units: None,
            max_affiliations: Some((1, "art. 16(1)")),
        }),
        (Law::Uu21Of2000, Some(LawKind::Federation)) => Some(Structural {
            min_members: None,
            min_affiliated_units: Some((5, "art. 6(2)")),
            max_affiliations: Some((1, "art. 16(2)")),
        }),
        (Law::Uu21Of2000, Some(LawKind::Confederation)) => Some(Structural {
            min_members: None,
            min_affiliated_units: Some((3, "art. 7(2)")),
            max_affiliations: None,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_is_for_a_kind_its_law_has() {
        let laws = [Law::Lmrda, Law::Tulrca, Law::RoAct, Law::Uu21Of2000];
        let all = [
            LawKind::Local,
            LawKind::Intermediate,
            LawKind::National,
            LawKind::Federation,
            LawKind::Union,
            LawKind::Confederation,
        ];
        for law in laws {
            for kind in all {
                let has = law.kinds().contains(&kind);
                if !has && !law.kinds().is_empty() {
                    assert!(ceiling(law, Some(kind)).is_none(), "{law} {kind}");
                    assert!(structural(law, Some(kind)).is_none(), "{law} {kind}");
                }
            }
        }
    }

    #[test]
    fn names_read_as_written() {
        for law in [Law::Lmrda, Law::Tulrca, Law::RoAct, Law::Uu21Of2000] {
            let v: Law = serde_json::from_value(serde_json::json!(law.as_str())).unwrap();
            assert_eq!(v, law);
        }
        assert!(serde_json::from_value::<Law>(serde_json::json!("uu-13-2003")).is_err());
    }

    #[test]
    fn the_exemption_lists_paragraphs_a_to_d_in_order() {
        let letters: Vec<&str> = TULRCA_S46_4A.conditions.iter().map(|c| c.0).collect();
        assert_eq!(letters, ["a", "b", "c", "d"]);
    }
}

/// The longest term the law sets for the posts of a body, when the body sets none
/// itself: the months and the ceiling they come from (see
/// [`Organization::statutory_term`](super::Organization::statutory_term)).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct StatutoryTerm {
    /// The longest term, in months (an exception the rules state included).
    pub months: u32,
    /// The law's ceiling it comes from.
    pub ceiling: Ceiling,
}

impl super::Organization {
    /// The longest term the law sets for every post of `body` (through its unit's
    /// level, or the organization's law): `None` when no law is named, the law sets no
    /// ceiling for the kind, or it does not cover the body as a whole (under TULRCA only
    /// the executive of the union itself, a unit without a parent: s.46(2), s.119). An
    /// exception the rules state for the body (RO Act s.145, to synchronise elections)
    /// lengthens it up to the exception's limit. The body's own `max_term_months`, when
    /// set, is not consulted: it overrides this.
    ///
    /// ```
    /// use union_rulebook::model::Organization;
    /// let doc = Organization::from_json_str(r#"{
    ///   "name": "Local 1", "law": "lmrda",
    ///   "levels": [{"id": "local", "name": "Local", "law": {"kind": "local"}}],
    ///   "units": [{"id": "l-1", "name": "Local 1", "level": "local"}],
    ///   "bodies": [{"id": "l-1/exec", "unit": "l-1", "kind": "executive", "name": "Officers"}]
    /// }"#)?;
    /// let term = doc.statutory_term(&doc.bodies[0]).ok_or("no ceiling")?;
    /// assert_eq!(term.months, 36); // LMRDA §401(b)
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn statutory_term(&self, body: &super::Body) -> Option<StatutoryTerm> {
        let unit = self.units.iter().find(|u| u.id == body.unit)?;
        let level = self.levels.iter().find(|l| l.id == unit.level)?;
        let own = level.law.as_ref();
        let law = own.and_then(|x| x.name).or(self.law)?;
        let kind = own.and_then(|x| x.kind);
        if kind.is_some_and(|k| !law.kinds().contains(&k))
            || (law == Law::Tulrca && unit.parent.is_some())
            || !covers(law, &body.kind, &Role::Member)
        {
            return None;
        }
        let c = ceiling(law, kind)?;
        let months = match c.exception {
            Some((purpose, max)) => self
                .law_exceptions
                .iter()
                .find(|e| e.body == body.id && e.purpose == purpose)
                .map_or(c.months, |e| e.term_months.get().min(max)),
            None => c.months,
        };
        Some(StatutoryTerm { months, ceiling: c })
    }
}
