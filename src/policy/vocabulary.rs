//! Vocabulary checks: a policy's selectors against the words a document uses.
//!
//! A policy that selects `gender = "female"` against a document that writes `woman`
//! counts zero women and would say nothing: [`check_vocabulary`] warns of every
//! value a selector matches that no person of the document carries, names the values
//! the document does use, and the nearest of them.

use std::collections::{BTreeMap, BTreeSet};

use super::messages::vocabulary as words;
use super::{GroupDef, Policy, Selector};
use crate::model::Organization;
use crate::{Finding, JsonPath, Severity};

/// The finding code of a selector value no person carries.
pub const UNKNOWN_SELECTOR_VALUE: &str = "unknown-selector-value";

/// At most this many of the document's values are named in a message.
const SHOWN: usize = 10;

/// Words for the same gender, lowercase: a selector's value and a document's value in
/// one class are each other's nearest, whatever their spelling (English, Indonesian,
/// and the one-letter codes of spreadsheets).
pub(crate) const GENDER_SYNONYMS: &[&[&str]] = &[
    &["woman", "women", "female", "f", "w", "perempuan", "wanita"],
    &["man", "men", "male", "m", "laki-laki", "laki", "pria"],
];

/// Warns of every selector value no person of `org` carries: for each group of
/// `policy`, each gender it selects and each custom attribute value (finding
/// [`UNKNOWN_SELECTOR_VALUE`], a warning at the JSON path of the value in the policy,
/// such as `$.groups[0].select.gender`). An attribute that no person has at all is
/// reported by its name. The message names the values the document uses, most
/// carried first (then alphabetically; the first ten), and the nearest of them:
///
/// - a value in the same class of gender words (`female` and `woman`, `perempuan` and
///   `woman`, `male` and `man`, `laki-laki` and `man`, the codes `f` and `m`), or the
///   same word in other letter case;
/// - otherwise the value at the smallest Damerau-Levenshtein distance (letter case
///   ignored), if that distance is at most a third of the longer word (at least 1);
///   among equally near values the most carried. No nearest value is named when
///   none is that close.
///
/// Ages are not checked: every date of birth has an age.
///
/// ```
/// use union_rulebook::model::Organization;
/// use union_rulebook::policy::{Policy, check_vocabulary};
/// let org = Organization::from_json_str(r#"{
///   "name": "SPN", "levels": [], "units": [], "bodies": [],
///   "people": [{"id": "p1", "gender": "woman"}, {"id": "p2", "gender": "man"},
///              {"id": "p3", "gender": "woman"}]
/// }"#)?;
/// let policy = Policy::from_toml_str(r#"
///     [[groups]]
///     id = "women"
///     one = "woman"
///     many = "women"
///     select = { gender = "female" }
///     [[rules]]
///     id = "women-30"
///     effective_from = "2020-01-01"
///     hardness = "binding"
///     base = "all-seats"
///     consequence = "report-only"
///     require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
/// "#)?;
/// let findings = check_vocabulary(&org, &policy);
/// assert_eq!(findings[0].path.to_string(), "$.groups[0].select.gender");
/// assert_eq!(
///     findings[0].message,
///     "group women: no person has gender `female`; the document uses `woman`, `man` (nearest: `woman`)"
/// );
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn check_vocabulary(org: &Organization, policy: &Policy) -> Vec<Finding> {
    let mut leaves = Vec::new();
    for (i, g) in policy.groups().iter().enumerate() {
        let path = JsonPath::root().key("groups").index(i).key("select");
        collect(&g.select, path, &mut leaves);
    }
    if leaves.is_empty() {
        return Vec::new();
    }
    // One pass over the people: genders, the names of attributes, and the values of
    // the attributes a selector names (only those: a document may give every person
    // an attribute of their own, such as an employee number).
    let selected: BTreeSet<&str> = leaves
        .iter()
        .filter_map(|(l, _)| match l {
            Leaf::Attribute { name, .. } => Some(*name),
            Leaf::Gender(_) => None,
        })
        .collect();
    let mut genders: BTreeMap<&str, usize> = BTreeMap::new();
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    let mut attributes: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for p in &org.people {
        if let Some(g) = &p.gender {
            *genders.entry(g.as_str()).or_default() += 1;
        }
        for (name, value) in &p.attributes {
            *names.entry(name.as_str()).or_default() += 1;
            if selected.contains(name.as_str()) {
                *attributes
                    .entry(name.as_str())
                    .or_default()
                    .entry(value.as_str())
                    .or_default() += 1;
            }
        }
    }
    let mut findings = Vec::new();
    for (group, leaf, path) in leaves.iter().map(|(l, p)| (group_of(policy, p), l, p)) {
        let message = match leaf {
            Leaf::Gender(value) => {
                if genders.contains_key(value) {
                    continue;
                }
                let used = by_use(&genders);
                let nearest = nearest(value, &used, true);
                if used.is_empty() {
                    words::no_gender(group, value)
                } else {
                    words::gender(group, value, &listed(&used), &nearest_words(nearest))
                }
            }
            Leaf::Attribute { name, value } => match attributes.get(name) {
                Some(values) if values.contains_key(value) => continue,
                Some(values) => {
                    let used = by_use(values);
                    words::attribute_value(
                        group,
                        name,
                        value,
                        &listed(&used),
                        &nearest_words(nearest(value, &used, false)),
                    )
                }
                None => {
                    let used = by_use(&names);
                    if used.is_empty() {
                        words::no_attributes(group, name)
                    } else {
                        words::attribute(
                            group,
                            name,
                            &listed(&used),
                            &nearest_words(nearest(name, &used, false)),
                        )
                    }
                }
            },
        };
        findings.push(Finding::new(
            UNKNOWN_SELECTOR_VALUE,
            Severity::Warning,
            path.clone(),
            message,
        ));
    }
    findings
}

/// A value a selector matches.
enum Leaf<'a> {
    Gender(&'a str),
    Attribute { name: &'a str, value: &'a str },
}

/// Every value `s` matches, with its JSON path (`…select.all[1].gender`).
fn collect<'a>(s: &'a Selector, path: JsonPath, out: &mut Vec<(Leaf<'a>, JsonPath)>) {
    match s {
        Selector::Gender(g) => out.push((Leaf::Gender(g), path.key("gender"))),
        Selector::Attribute { name, value } => out.push((
            Leaf::Attribute { name, value },
            path.key("attribute").key("value"),
        )),
        Selector::AgeBelow(_) => {}
        Selector::All(parts) => {
            for (i, p) in parts.iter().enumerate() {
                collect(p, path.clone().key("all").index(i), out);
            }
        }
        Selector::Any(parts) => {
            for (i, p) in parts.iter().enumerate() {
                collect(p, path.clone().key("any").index(i), out);
            }
        }
        Selector::Not(inner) => collect(inner, path.key("not"), out),
    }
}

/// The id of the group a leaf's path is in (`$.groups[2]…`).
fn group_of<'p>(policy: &'p Policy, path: &JsonPath) -> &'p str {
    let index = path.segments().get(1).and_then(|s| match s {
        crate::diagnostics::PathSegment::Index(i) => Some(*i),
        crate::diagnostics::PathSegment::Key(_) => None,
    });
    index
        .and_then(|i| policy.groups().get(i))
        .map_or("", |g: &GroupDef| g.id.as_str())
}

/// Values most carried first, then alphabetically.
fn by_use<'a>(counts: &BTreeMap<&'a str, usize>) -> Vec<&'a str> {
    let mut v: Vec<(&str, usize)> = counts.iter().map(|(k, n)| (*k, *n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(k, _)| k).collect()
}

/// `` `woman`, `man` ``, the first ten and how many more.
fn listed(values: &[&str]) -> String {
    let shown: Vec<String> = values
        .iter()
        .take(SHOWN)
        .map(|v| format!("`{v}`"))
        .collect();
    let more = values.len().saturating_sub(SHOWN);
    if more > 0 {
        words::more(&shown.join(", "), more)
    } else {
        shown.join(", ")
    }
}

fn nearest_words(nearest: Option<&str>) -> String {
    nearest.map_or_else(String::new, words::nearest)
}

/// The used value nearest `wanted` (see [`check_vocabulary`]); `used` is most carried
/// first. Gender synonyms apply when `gender` is set.
fn nearest<'a>(wanted: &str, used: &[&'a str], gender: bool) -> Option<&'a str> {
    let w = wanted.to_lowercase();
    let lower: Vec<String> = used.iter().map(|u| u.to_lowercase()).collect();
    if let Some(i) = lower.iter().position(|u| *u == w) {
        return used.get(i).copied();
    }
    if gender
        && let Some(class) = GENDER_SYNONYMS.iter().find(|c| c.contains(&w.as_str()))
        && let Some(i) = lower.iter().position(|u| class.contains(&u.as_str()))
    {
        return used.get(i).copied();
    }
    lower
        .iter()
        .enumerate()
        .map(|(i, u)| (strsim::damerau_levenshtein(&w, u), i, u))
        .filter(|(d, _, u)| {
            let longer = w.chars().count().max(u.chars().count());
            *d <= (longer / 3).max(1)
        })
        .min_by_key(|(d, i, _)| (*d, *i))
        .and_then(|(_, i, _)| used.get(i).copied())
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn synonyms_come_before_spelling() {
        let used = ["woman", "man"];
        assert_eq!(nearest("female", &used, true), Some("woman"));
        assert_eq!(nearest("male", &used, true), Some("man"));
        assert_eq!(nearest("perempuan", &used, true), Some("woman"));
        assert_eq!(nearest("laki-laki", &used, true), Some("man"));
        assert_eq!(nearest("Woman", &used, true), Some("woman"));
    }

    #[test]
    fn a_misspelling_is_near_and_an_unrelated_word_is_not() {
        let used = ["health", "education"];
        assert_eq!(nearest("helath", &used, false), Some("health"));
        assert_eq!(nearest("transport", &used, false), None);
        // Synonyms are for genders only.
        assert_eq!(nearest("female", &["woman"], false), None);
    }
}
