//! Statutory presets: the checks that follow from the law a level or the organization
//! falls under (see [`crate::model::Law`]), and the statute outline checked against
//! UU 21/2000 art. 11(2).
//!
//! A preset fills what the document leaves unset: a body's longest term, an election
//! rule's longest interval, a level's structural rules. A value the document sets
//! overrides the preset, and `law-preset-overridden` says so (an info when the value is
//! as strict as the law, a warning when it allows more than the law does).

use chrono::{Months, NaiveDate};
use std::collections::HashSet;

use super::index::Index;
use super::{codes, paths};
use crate::i18n::tr;
use crate::model::{
    Ceiling, ExemptCondition, HowObtained, Law, LawException, LawKind, LevelRules, Organization,
    Role, Term, UU_21_2000_ART_11_2, ceiling, covers, structural,
};
use crate::{Finding, JsonPath, Severity};

/// The law and kind a level falls under: its own `law`, else the organization's.
pub(super) fn level_law(doc: &Organization, level: usize) -> Option<(Law, Option<LawKind>)> {
    let l = doc.levels.get(level)?;
    let own = l.law.as_ref();
    let law = own.and_then(|x| x.name).or(doc.law)?;
    Some((law, own.and_then(|x| x.kind)))
}

/// The citation of a section of a law (`LMRDA §401(b) (29 U.S.C. 481(b))`); an
/// article of UU 21/2000 is cited as Indonesian law writes it when the reader reads
/// Indonesian (`art. 5(2)` as `Pasal 5 ayat (2)`).
fn cite(law: Law, section: &str) -> String {
    if law == Law::Uu21Of2000 && crate::i18n::current() == crate::i18n::Lang::Id {
        return format!("{} {}", law.title(), pasal(section));
    }
    format!("{} {section}", law.title())
}

/// `art. 5(2)` as `Pasal 5 ayat (2)`; anything else as given.
fn pasal(section: &str) -> String {
    let Some(rest) = section.strip_prefix("art. ") else {
        return section.to_owned();
    };
    match rest.split_once('(') {
        Some((n, ayat)) => format!("Pasal {n} ayat ({ayat}"),
        None => format!("Pasal {rest}"),
    }
}

/// `message` with the law it comes from.
fn by_law(message: String, citation: &str) -> String {
    tr!("law-by-preset", message = message, law = citation)
}

/// The law's kinds of organization, for a message.
fn kinds(law: Law) -> String {
    let k: Vec<&str> = law.kinds().iter().map(|k| k.as_str()).collect();
    if k.is_empty() {
        tr!("law-no-kinds")
    } else {
        k.join(", ")
    }
}

/// Every level's law: a kind the law does not distinguish, a kind the law needs but
/// the level does not name, a kind the law does not cover.
pub(super) fn levels(doc: &Organization, out: &mut Vec<Finding>) {
    for (i, level) in doc.levels.iter().enumerate() {
        let Some((law, kind)) = level_law(doc, i) else {
            continue;
        };
        let path = paths::level(i);
        match kind {
            Some(k) if !law.kinds().contains(&k) => out.push(Finding::new(
                codes::LAW_KIND_INVALID,
                Severity::Error,
                path.key("law").key("kind"),
                tr!(
                    "law-kind-invalid",
                    level = level.id.as_str(),
                    kind = k.as_str(),
                    law = law.title(),
                    kinds = kinds(law)
                ),
            )),
            // UU 21/2000 art. 8 leaves a union's own levels (DPD, DPC) to its ART: a
            // level of no kind is an info there, and likely an omission elsewhere.
            None if !law.kinds().is_empty() => out.push(Finding::new(
                codes::LAW_KIND_MISSING,
                if law == Law::Uu21Of2000 {
                    Severity::Info
                } else {
                    Severity::Warning
                },
                if level.law.is_some() {
                    path.key("law")
                } else {
                    path
                },
                if law == Law::Uu21Of2000 {
                    tr!(
                        "law-kind-missing-uu21",
                        level = level.id.as_str(),
                        kinds = kinds(law)
                    )
                } else {
                    tr!(
                        "law-kind-missing",
                        level = level.id.as_str(),
                        law = law.title(),
                        kinds = kinds(law)
                    )
                },
            )),
            Some(LawKind::Federation) if law == Law::Lmrda => out.push(Finding::new(
                codes::LAW_NOT_COVERED,
                Severity::Info,
                path.key("law").key("kind"),
                tr!("law-lmrda-federation", level = level.id.as_str()),
            )),
            _ => {}
        }
    }
}

/// The valid kind of a level's law, or `None` (a kind the law does not have is
/// reported by [`levels`] and derives nothing).
fn valid(doc: &Organization, level: usize) -> Option<(Law, Option<LawKind>)> {
    let (law, kind) = level_law(doc, level)?;
    match kind {
        Some(k) if !law.kinds().contains(&k) => None,
        _ => Some((law, kind)),
    }
}

/// The law, kind and ceiling of a body (through its unit's level). Under TULRCA only
/// the bodies of a unit without a parent (the trade union itself) are covered: s.119
/// defines "executive" as the principal committee of the union exercising executive
/// functions, not a branch's.
fn body_ceiling(
    doc: &Organization,
    ix: &Index<'_>,
    b: usize,
) -> Option<(Law, Option<LawKind>, Ceiling)> {
    let unit = ix.body_unit.get(b).copied().flatten()?;
    let level = ix.unit_level.get(unit).copied().flatten()?;
    let (law, kind) = valid(doc, level)?;
    if law == Law::Tulrca && doc.units.get(unit).is_some_and(|u| u.parent.is_some()) {
        return None;
    }
    Some((law, kind, ceiling(law, kind)?))
}

/// Whether the body has a covered post (or is of a covered kind).
fn body_covered(doc: &Organization, b: usize, law: Law) -> bool {
    doc.bodies.get(b).is_some_and(|body| {
        body.posts.iter().any(|p| covers(law, &body.kind, &p.role))
            || covers(law, &body.kind, &Role::Member)
    })
}

/// The stated exceptions by body (the first for each body), built once.
type Exceptions<'a> = std::collections::HashMap<&'a str, &'a LawException>;

fn exceptions_by_body(doc: &Organization) -> Exceptions<'_> {
    let mut map = Exceptions::new();
    for e in &doc.law_exceptions {
        map.entry(e.body.as_str()).or_insert(e);
    }
    map
}

/// The longest the law allows a body's terms to run, in months, with its citation:
/// the ceiling, or the exception the rules state when the law allows it.
fn allowed(stated: &Exceptions<'_>, body: &str, c: &Ceiling) -> (u32, String) {
    match (stated.get(body), c.exception) {
        (Some(e), Some((purpose, max))) if e.purpose == purpose => (
            e.term_months.get().min(max),
            tr!(
                "law-with-exception",
                law = cite(c.law, c.section),
                purpose = purpose_words(e.purpose)
            ),
        ),
        _ => (c.months, cite(c.law, c.section)),
    }
}

/// Stated exceptions: a body that exists, under a law that allows the purpose, within
/// the exception's ceiling.
pub(super) fn exceptions(doc: &Organization, ix: &Index<'_>, out: &mut Vec<Finding>) {
    let bodies: std::collections::HashMap<&str, usize> = doc
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (b.id.as_str(), i))
        .collect();
    for (i, e) in doc.law_exceptions.iter().enumerate() {
        let path = JsonPath::root().key("law_exceptions").index(i);
        let Some(&b) = bodies.get(e.body.as_str()) else {
            out.push(Finding::new(
                codes::UNKNOWN_REFERENCE,
                Severity::Error,
                path.key("body"),
                super::messages::unknown_reference("body", e.body.as_str()),
            ));
            continue;
        };
        let allowed = body_ceiling(doc, ix, b).and_then(|(_, _, c)| c.exception.map(|x| (c, x)));
        match allowed {
            Some((c, (purpose, max))) if purpose == e.purpose => {
                if e.term_months.get() > max {
                    out.push(Finding::new(
                        codes::LAW_EXCEPTION_INVALID,
                        Severity::Error,
                        path.key("term_months"),
                        tr!(
                            "law-exception-too-long",
                            body = e.body.as_str(),
                            months = e.term_months.get(),
                            law = cite(c.law, c.section),
                            purpose = purpose_words(purpose),
                            max = max
                        ),
                    ));
                }
            }
            _ => out.push(Finding::new(
                codes::LAW_EXCEPTION_INVALID,
                Severity::Error,
                path.key("purpose"),
                tr!(
                    "law-exception-not-allowed",
                    body = e.body.as_str(),
                    purpose = purpose_words(e.purpose)
                ),
            )),
        }
    }
}

/// The last day of a term of at most `months` starting on `start`.
fn limit(start: NaiveDate, months: u32) -> Option<NaiveDate> {
    start
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
}

/// Term ceilings from the law: for every body under a law with a ceiling, either the
/// body's own `max_term_months` (reported as overriding the preset) or the preset,
/// applied to every term of a post the law covers. The president under TULRCA is
/// judged against s.46(4A) first.
pub(super) fn term_ceilings(
    doc: &Organization,
    ix: &Index<'_>,
    by_post: &[Vec<usize>],
    as_of: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let stated = exceptions_by_body(doc);
    for (b, body) in doc.bodies.iter().enumerate() {
        let Some((law, _, c)) = body_ceiling(doc, ix, b) else {
            continue;
        };
        if !body_covered(doc, b, law) {
            continue;
        }
        let (months, citation) = allowed(&stated, body.id.as_str(), &c);
        if let Some(own) = body.term_rules.max_term_months {
            let severity = if own.get() > months {
                Severity::Warning
            } else {
                Severity::Info
            };
            out.push(Finding::new(
                codes::LAW_PRESET_OVERRIDDEN,
                severity,
                paths::body(b).key("term_rules").key("max_term_months"),
                tr!(
                    "law-term-overridden",
                    body = body.id.as_str(),
                    own = own.get(),
                    law = citation.as_str(),
                    preset = months
                ),
            ));
            continue;
        }
        for (p, post) in body.posts.iter().enumerate() {
            if !covers(law, &body.kind, &post.role) {
                continue;
            }
            let Some(&g) = ix.post.get(post.id.as_str()) else {
                continue;
            };
            if ix.posts.get(g) != Some(&(b, p)) {
                continue;
            }
            for &t in by_post.get(g).map_or(&[][..], Vec::as_slice) {
                let Some(term) = doc.terms.get(t) else {
                    continue;
                };
                let open = term.end().is_none();
                let end = term.end().unwrap_or(as_of);
                let Some(last) = limit(term.start(), months) else {
                    continue;
                };
                if end <= last || (open && term.start() > as_of) {
                    continue;
                }
                if law == Law::Tulrca && post.role == crate::model::TULRCA_S46_4A.role {
                    match exemption(doc, ix, by_post, b, t, end) {
                        Ok(()) => {
                            out.push(Finding::new(
                                codes::LAW_EXEMPTION_APPLIED,
                                Severity::Info,
                                paths::term(t),
                                tr!(
                                    "law-exemption-applied",
                                    person = term.person.as_str(),
                                    post = post.id.as_str(),
                                    months = months,
                                    law = cite(law, crate::model::TULRCA_S46_4A.section)
                                ),
                            ));
                            continue;
                        }
                        Err(paragraph) => out.push(Finding::new(
                            codes::LAW_EXEMPTION_NOT_MET,
                            Severity::Info,
                            paths::term(t),
                            tr!(
                                "law-exemption-not-met",
                                person = term.person.as_str(),
                                post = post.id.as_str(),
                                law = cite(law, crate::model::TULRCA_S46_4A.section),
                                paragraph = paragraph,
                                condition = s46_4a(paragraph)
                            ),
                        )),
                    }
                }
                out.push(Finding::new(
                    codes::TERM_TOO_LONG,
                    Severity::Error,
                    paths::term(t).key(if open { "start" } else { "end" }),
                    by_law(
                        super::messages::term_too_long(
                            term.person.as_str(),
                            post.id.as_str(),
                            term.start(),
                            end,
                            open,
                            months,
                            last,
                        ),
                        &citation,
                    ),
                ));
            }
        }
    }
}

/// The terms of `person` in qualifying positions of body `b`'s unit for s.46(4A):
/// posts of an executive body of the unit other than `except`, and secretary-general
/// posts of the unit, obtained by election.
fn qualifying<'a>(
    doc: &'a Organization,
    ix: &Index<'_>,
    by_post: &[Vec<usize>],
    b: usize,
    person: usize,
    except: usize,
) -> Vec<&'a Term> {
    let unit = ix.body_unit.get(b).copied().flatten();
    let mut v = Vec::new();
    for (g, &(pb, pp)) in ix.posts.iter().enumerate() {
        if g == except || ix.body_unit.get(pb).copied().flatten() != unit {
            continue;
        }
        let Some(body) = doc.bodies.get(pb) else {
            continue;
        };
        let Some(post) = body.posts.get(pp) else {
            continue;
        };
        if body.kind != crate::model::BodyKind::Executive && post.role != Role::SecretaryGeneral {
            continue;
        }
        for &t in by_post.get(g).map_or(&[][..], Vec::as_slice) {
            if ix.term_refs.get(t).copied().flatten().map(|r| r.0) == Some(person)
                && let Some(term) = doc.terms.get(t)
                && term.how == HowObtained::Elected
            {
                v.push(term);
            }
        }
    }
    v.sort_by_key(|t| t.start());
    v
}

/// Judges the conditions of TULRCA s.46(4A) for the president's term `t` on day
/// `day`, in order; the paragraph of the first that fails.
fn exemption(
    doc: &Organization,
    ix: &Index<'_>,
    by_post: &[Vec<usize>],
    b: usize,
    t: usize,
    day: NaiveDate,
) -> Result<(), &'static str> {
    let (Some(term), Some(Some((person, g)))) = (doc.terms.get(t), ix.term_refs.get(t)) else {
        return Err("a");
    };
    let held = qualifying(doc, ix, by_post, b, *person, *g);
    for &(paragraph, condition) in crate::model::TULRCA_S46_4A.conditions {
        let ok = match condition {
            ExemptCondition::ObtainedBy { how } => how.contains(&term.how),
            ExemptCondition::QualifyingAtStart => held.iter().any(|q| q.active_on(term.start())),
            ExemptCondition::ElectedWithin { months } => held
                .iter()
                .filter(|q| q.start() <= day)
                .map(|q| q.start())
                .max()
                .and_then(|last| last.checked_add_months(Months::new(months)))
                .is_some_and(|until| day <= until),
            ExemptCondition::QualifyingThroughout => {
                // Covered from the start of the presidency to `day`, without a gap.
                let mut covered = term.start().pred_opt().unwrap_or(term.start());
                for q in &held {
                    if q.start() > covered.succ_opt().unwrap_or(covered) {
                        break;
                    }
                    match q.end() {
                        None => {
                            covered = NaiveDate::MAX;
                            break;
                        }
                        Some(e) if e > covered => covered = e,
                        Some(_) => {}
                    }
                }
                covered >= day
            }
        };
        if !ok {
            return Err(paragraph);
        }
    }
    Ok(())
}

/// Election intervals from the law: an election rule of a covered body without a
/// `max_interval_months` is checked against the law's ceiling; one with its own is
/// reported as overriding it.
pub(super) fn election_intervals(
    doc: &Organization,
    ix: &Index<'_>,
    as_of: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let bodies: std::collections::HashMap<&str, usize> = doc
        .bodies
        .iter()
        .enumerate()
        .map(|(i, b)| (b.id.as_str(), i))
        .collect();
    let stated = exceptions_by_body(doc);
    for (i, rule) in doc.election_rules.iter().enumerate() {
        let Some(&b) = bodies.get(rule.body.as_str()) else {
            continue;
        };
        let Some((law, _, c)) = body_ceiling(doc, ix, b) else {
            continue;
        };
        if !body_covered(doc, b, law) {
            continue;
        }
        let (months, citation) = allowed(&stated, rule.body.as_str(), &c);
        let path = JsonPath::root().key("election_rules").index(i);
        if let Some(own) = rule.calendar.max_interval_months {
            out.push(Finding::new(
                codes::LAW_PRESET_OVERRIDDEN,
                if own > months {
                    Severity::Warning
                } else {
                    Severity::Info
                },
                path.key("calendar").key("max_interval_months"),
                tr!(
                    "law-interval-overridden",
                    rule = rule.id.as_str(),
                    own = own,
                    law = citation.as_str(),
                    preset = months
                ),
            ));
            continue;
        }
        let mut preset = rule.clone();
        preset.calendar = crate::model::election_rule::Calendar::default();
        preset.calendar.max_interval_months = Some(months);
        for mut f in crate::election_rules::check_calendar(&preset, as_of, path.clone()) {
            f.message = by_law(f.message, &citation);
            out.push(f);
        }
    }
}

/// Which rule of a level comes from the law, with its citation.
#[derive(Default, Clone)]
pub(super) struct Cited {
    pub min_members: Option<String>,
    pub min_affiliated_units: Option<String>,
    pub max_affiliations: Option<String>,
}

/// Every level's structural rules with the law's presets filled in (UU 21/2000 art.
/// 5(2), 6(2), 7(2), 16), and which came from the law; a rule the level sets itself
/// overrides the preset, reported by `law-preset-overridden`.
pub(super) fn level_rules(doc: &Organization, out: &mut Vec<Finding>) -> Vec<(LevelRules, Cited)> {
    let mut v = Vec::with_capacity(doc.levels.len());
    // The first level of each kind under UU 21/2000, where art. 6(2) and 7(2) count.
    let first_of = |kind: LawKind| {
        (0..doc.levels.len())
            .find(|&l| valid(doc, l) == Some((Law::Uu21Of2000, Some(kind))))
            .and_then(|l| doc.levels.get(l))
            .map(|l| l.id.clone())
    };
    let (first_union, first_federation) = (first_of(LawKind::Union), first_of(LawKind::Federation));
    for (i, level) in doc.levels.iter().enumerate() {
        let mut rules = level.rules.clone();
        let mut cited = Cited::default();
        if let Some((law, kind)) = valid(doc, i)
            && let Some(s) = structural(law, kind)
        {
            let path = paths::level(i).key("rules");
            let mut fill = |own: &mut Option<u32>,
                            preset: Option<(u32, &'static str)>,
                            field: &'static str,
                            weaker: fn(u32, u32) -> bool,
                            slot: &mut Option<String>| {
                let Some((value, article)) = preset else {
                    return;
                };
                let citation = cite(law, article);
                match own {
                    Some(x) => out.push(Finding::new(
                        codes::LAW_PRESET_OVERRIDDEN,
                        if weaker(*x, value) {
                            Severity::Warning
                        } else {
                            Severity::Info
                        },
                        path.clone().key(field),
                        tr!(
                            "law-level-overridden",
                            level = level.id.as_str(),
                            field = field,
                            own = *x,
                            law = citation.as_str(),
                            preset = value
                        ),
                    )),
                    None => {
                        *own = Some(value);
                        *slot = Some(citation);
                    }
                }
            };
            fill(
                &mut rules.min_members,
                s.min_members,
                "min_members",
                |own, law| own < law,
                &mut cited.min_members,
            );
            let filled = rules.min_affiliated_units.is_none();
            fill(
                &mut rules.min_affiliated_units,
                s.min_affiliated_units,
                "min_affiliated_units",
                |own, law| own < law,
                &mut cited.min_affiliated_units,
            );
            // Art. 6(2) counts unions and art. 7(2) federations, wherever they sit in
            // the tree: the preset counts at the first level of that kind.
            let counted = match kind {
                Some(LawKind::Federation) => first_union.as_ref(),
                Some(LawKind::Confederation) => first_federation.as_ref(),
                _ => None,
            };
            if filled && rules.min_affiliated_units.is_some() && rules.counted_level.is_none() {
                rules.counted_level = counted.cloned();
            }
            fill(
                &mut rules.max_affiliations,
                s.max_affiliations,
                "max_affiliations",
                |own, law| own > law,
                &mut cited.max_affiliations,
            );
        }
        v.push((rules, cited));
    }
    v
}

/// `message` with the citation of a structural preset, when the rule came from the
/// law.
pub(super) fn cited(message: String, citation: Option<&String>) -> String {
    match citation {
        Some(c) => by_law(message, c),
        None => message,
    }
}

/// UU 21/2000 art. 14(1): "seorang pekerja/buruh tidak boleh menjadi anggota lebih
/// dari satu serikat pekerja/serikat buruh di satu perusahaan"; art. 14(2): one
/// recorded in more than one must choose one in writing. A person who is a member of
/// two or more units at levels of kind `union` on the date is reported (a warning:
/// the document does not say whether the unions are at one enterprise).
pub(super) fn one_union(
    doc: &Organization,
    ix: &Index<'_>,
    as_of: NaiveDate,
    out: &mut Vec<Finding>,
) {
    let union_levels: HashSet<usize> = (0..doc.levels.len())
        .filter(|&l| valid(doc, l) == Some((Law::Uu21Of2000, Some(LawKind::Union))))
        .collect();
    if union_levels.is_empty() {
        return;
    }
    let mut by_person: Vec<Vec<(usize, usize)>> = vec![Vec::new(); doc.people.len()];
    for (m, r) in ix.membership_refs.iter().enumerate() {
        let Some((p, u)) = *r else {
            continue;
        };
        let at_union = ix
            .unit_level
            .get(u)
            .copied()
            .flatten()
            .is_some_and(|l| union_levels.contains(&l));
        if at_union
            && doc.memberships.get(m).is_some_and(|x| x.active_on(as_of))
            && let Some(v) = by_person.get_mut(p)
        {
            v.push((m, u));
        }
    }
    for (p, list) in by_person.iter().enumerate() {
        let mut units: Vec<usize> = list.iter().map(|&(_, u)| u).collect();
        units.sort_unstable();
        units.dedup();
        if units.len() < 2 {
            continue;
        }
        let ids: Vec<&str> = units
            .iter()
            .filter_map(|&u| doc.units.get(u).map(|x| x.id.as_str()))
            .collect();
        let last = list.iter().map(|&(m, _)| m).max().unwrap_or(0);
        out.push(Finding::new(
            codes::MULTIPLE_UNION_MEMBERSHIPS,
            Severity::Warning,
            paths::membership(last).key("unit"),
            tr!(
                "law-multiple-unions",
                person = doc.people.get(p).map_or("", |x| x.id.as_str()),
                count = ids.len(),
                units = ids.join(", "),
                as_of = as_of.to_string()
            ),
        ));
    }
}

/// The statute outline against UU 21/2000 art. 11(2): each item a to g whose subjects
/// no article of the AD deals with is an error (art. 20(1): only a union whose AD meets
/// art. 11 is registered), and an article number given twice in one chapter list is a
/// warning.
pub(super) fn outline(doc: &Organization, out: &mut Vec<Finding>) {
    let Some(outline) = &doc.statute_outline else {
        return;
    };
    let root = JsonPath::root().key("statute_outline");
    let present: HashSet<crate::model::Subject> = outline.ad_subjects().collect();
    for item in UU_21_2000_ART_11_2 {
        let missing: Vec<&str> = item
            .subjects
            .iter()
            .filter(|s| !present.contains(s))
            .map(|s| s.as_str())
            .collect();
        if missing.is_empty() {
            continue;
        }
        out.push(Finding::new(
            codes::STATUTE_MISSING_ITEM,
            Severity::Error,
            root.clone().key("chapters"),
            tr!(
                "law-statute-missing-item",
                letter = item.letter,
                words = item.words,
                gloss = item.english,
                missing = missing.join(", ")
            ),
        ));
    }
    for (list, chapters) in [("chapters", &outline.chapters), ("bylaws", &outline.bylaws)] {
        let mut seen: HashSet<&str> = HashSet::new();
        for (c, chapter) in chapters.iter().enumerate() {
            for (a, article) in chapter.articles.iter().enumerate() {
                if !seen.insert(article.number.as_str()) {
                    out.push(Finding::new(
                        codes::OUTLINE_DUPLICATE_ARTICLE,
                        Severity::Warning,
                        root.clone()
                            .key(list)
                            .index(c)
                            .key("articles")
                            .index(a)
                            .key("number"),
                        tr!("law-duplicate-article", number = article.number.as_str()),
                    ));
                }
            }
        }
    }
}

/// The words of a paragraph of TULRCA s.46(4A), in the reader's language.
fn s46_4a(paragraph: &str) -> String {
    match paragraph {
        "a" => tr!("law-s46-4a-a"),
        "b" => tr!("law-s46-4a-b"),
        "c" => tr!("law-s46-4a-c"),
        _ => tr!("law-s46-4a-d"),
    }
}

/// The purpose of an exception in the reader's language.
fn purpose_words(purpose: crate::model::ExceptionPurpose) -> String {
    match purpose {
        crate::model::ExceptionPurpose::SynchroniseElections => {
            tr!("law-purpose-synchronise-elections")
        }
    }
}
