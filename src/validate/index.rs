//! Lookup tables built once per validation: ids to positions, with duplicate ids and
//! unknown references reported as they are found.

/// Id lookups over a million people are hash-bound: foldhash is several times faster
/// than the default SipHash and still randomly seeded per process.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use super::{codes, messages, paths};
use crate::model::Organization;
use crate::{Finding, JsonPath, Severity};

/// Positions of everything in the document, by id, and resolved references.
pub(super) struct Index<'a> {
    pub level: HashMap<&'a str, usize>,
    pub unit: HashMap<&'a str, usize>,
    /// Post id to its global number.
    pub post: HashMap<&'a str, usize>,
    /// Global post number to (body, post position in the body).
    pub posts: Vec<(usize, usize)>,
    /// Each unit's level position, when the level exists.
    pub unit_level: Vec<Option<usize>>,
    /// Each unit's parent position, when it exists (cycles are cut later).
    pub unit_parent: Vec<Option<usize>>,
    /// Each body's unit position.
    pub body_unit: Vec<Option<usize>>,
    /// Each term's (person, global post), when both exist.
    pub term_refs: Vec<Option<(usize, usize)>>,
    /// Each membership's (person, unit), when both exist.
    pub membership_refs: Vec<Option<(usize, usize)>>,
}

fn first_positions<'a, T>(
    items: &'a [T],
    id: impl Fn(&'a T) -> &'a str,
    kind: &str,
    path: impl Fn(usize) -> JsonPath,
    out: &mut Vec<Finding>,
) -> HashMap<&'a str, usize> {
    let mut map = HashMap::with_capacity_and_hasher(items.len(), Default::default());
    for (i, item) in items.iter().enumerate() {
        let key = id(item);
        if let Some(&first) = map.get(key) {
            out.push(Finding::new(
                codes::DUPLICATE_ID,
                Severity::Error,
                path(i).key("id"),
                messages::duplicate_id(kind, key, &path(first).to_string()),
            ));
        } else {
            map.insert(key, i);
        }
    }
    map
}

fn unknown(path: JsonPath, kind: &str, id: &str) -> Finding {
    Finding::new(
        codes::UNKNOWN_REFERENCE,
        Severity::Error,
        path,
        messages::unknown_reference(kind, id),
    )
}

impl<'a> Index<'a> {
    pub fn build(doc: &'a Organization, out: &mut Vec<Finding>) -> Self {
        let level = first_positions(&doc.levels, |l| l.id.as_str(), "level", paths::level, out);
        let unit = first_positions(&doc.units, |u| u.id.as_str(), "unit", paths::unit, out);
        let _bodies = first_positions(&doc.bodies, |b| b.id.as_str(), "body", paths::body, out);
        let person = first_positions(&doc.people, |p| p.id.as_str(), "person", paths::person, out);

        let mut post = HashMap::default();
        let mut posts = Vec::new();
        for (b, body_item) in doc.bodies.iter().enumerate() {
            for (p, post_item) in body_item.posts.iter().enumerate() {
                let key = post_item.id.as_str();
                if let Some(&g) = post.get(key) {
                    let (fb, fp) = posts.get(g).copied().unwrap_or((0, 0));
                    out.push(Finding::new(
                        codes::DUPLICATE_ID,
                        Severity::Error,
                        paths::post(b, p).key("id"),
                        messages::duplicate_id("post", key, &paths::post(fb, fp).to_string()),
                    ));
                } else {
                    post.insert(key, posts.len());
                    posts.push((b, p));
                }
            }
        }

        for (i, l) in doc.levels.iter().enumerate() {
            if let Some(c) = &l.rules.counted_level
                && !level.contains_key(c.as_str())
            {
                out.push(unknown(
                    paths::level(i).key("rules").key("counted_level"),
                    "level",
                    c.as_str(),
                ));
            }
        }

        let mut unit_level = Vec::with_capacity(doc.units.len());
        let mut unit_parent = Vec::with_capacity(doc.units.len());
        for (i, u) in doc.units.iter().enumerate() {
            let l = level.get(u.level.as_str()).copied();
            if l.is_none() {
                out.push(unknown(
                    paths::unit(i).key("level"),
                    "level",
                    u.level.as_str(),
                ));
            }
            unit_level.push(l);
            let parent = match &u.parent {
                Some(p) => {
                    let found = unit.get(p.as_str()).copied();
                    if found.is_none() {
                        out.push(unknown(paths::unit(i).key("parent"), "unit", p.as_str()));
                    }
                    found
                }
                None => None,
            };
            unit_parent.push(parent);
            for (a, aff) in u.affiliations.iter().enumerate() {
                if !unit.contains_key(aff.to.as_str()) {
                    out.push(unknown(
                        paths::unit(i).key("affiliations").index(a).key("to"),
                        "unit",
                        aff.to.as_str(),
                    ));
                }
            }
        }

        let mut body_unit = Vec::with_capacity(doc.bodies.len());
        for (b, body_item) in doc.bodies.iter().enumerate() {
            let u = unit.get(body_item.unit.as_str()).copied();
            if u.is_none() {
                out.push(unknown(
                    paths::body(b).key("unit"),
                    "unit",
                    body_item.unit.as_str(),
                ));
            }
            body_unit.push(u);
            for (p, post_item) in body_item.posts.iter().enumerate() {
                if let Some(t) = &post_item.substitute_for
                    && !post.contains_key(t.as_str())
                {
                    out.push(unknown(
                        paths::post(b, p).key("substitute_for"),
                        "post",
                        t.as_str(),
                    ));
                }
            }
            for (c, cond) in body_item.conditions.iter().enumerate() {
                for (k, pid) in cond.posts().iter().enumerate() {
                    if !post.contains_key(pid.as_str()) {
                        out.push(unknown(
                            paths::body(b)
                                .key("conditions")
                                .index(c)
                                .key("posts")
                                .index(k),
                            "post",
                            pid.as_str(),
                        ));
                    }
                }
            }
        }
        for (i, inc) in doc.incompatibilities.iter().enumerate() {
            for (k, pid) in inc.posts.iter().enumerate() {
                if !post.contains_key(pid.as_str()) {
                    out.push(unknown(
                        JsonPath::root()
                            .key("incompatibilities")
                            .index(i)
                            .key("posts")
                            .index(k),
                        "post",
                        pid.as_str(),
                    ));
                }
            }
        }

        let mut membership_refs = Vec::with_capacity(doc.memberships.len());
        for (i, m) in doc.memberships.iter().enumerate() {
            let p = person.get(m.person.as_str()).copied();
            if p.is_none() {
                out.push(unknown(
                    paths::membership(i).key("person"),
                    "person",
                    m.person.as_str(),
                ));
            }
            let u = unit.get(m.unit.as_str()).copied();
            if u.is_none() {
                out.push(unknown(
                    paths::membership(i).key("unit"),
                    "unit",
                    m.unit.as_str(),
                ));
            }
            membership_refs.push(p.zip(u));
        }

        let mut term_refs = Vec::with_capacity(doc.terms.len());
        for (i, t) in doc.terms.iter().enumerate() {
            let p = person.get(t.person.as_str()).copied();
            if p.is_none() {
                out.push(unknown(
                    paths::term(i).key("person"),
                    "person",
                    t.person.as_str(),
                ));
            }
            let g = post.get(t.post.as_str()).copied();
            if g.is_none() {
                out.push(unknown(paths::term(i).key("post"), "post", t.post.as_str()));
            }
            term_refs.push(p.zip(g));
        }

        Index {
            level,
            unit,
            post,
            posts,
            unit_level,
            unit_parent,
            body_unit,
            term_refs,
            membership_refs,
        }
    }
}
