//! A policy: groups, rule versions and list order rules, checked for consistency.

use chrono::NaiveDate;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

use super::{
    GroupDef, GroupId, OrderRule, PolicyDoc, PolicyError, Reference, Rule, RuleId, Shape, messages,
};
use crate::JsonPath;

/// A checked policy: every group a rule names is defined, versions are unique, bands
/// and references make sense.
///
/// ```
/// use union_rulebook::policy::Policy;
/// let policy = Policy::from_toml_str(r#"
///     [[groups]]
///     id = "women"
///     one = "woman"
///     many = "women"
///     select = { gender = "female" }
///
///     [[rules]]
///     id = "women-30"
///     effective_from = "2020-01-01"
///     hardness = "binding"
///     base = "all-seats"
///     consequence = "report-only"
///     require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
/// "#)?;
/// let on = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).ok_or("date")?;
/// assert_eq!(policy.rules_in_force(on).len(), 1);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    doc: PolicyDoc,
}

impl Serialize for Policy {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.doc.serialize(s)
    }
}

impl TryFrom<PolicyDoc> for Policy {
    type Error = PolicyError;
    fn try_from(doc: PolicyDoc) -> Result<Policy, PolicyError> {
        Policy::new(doc)
    }
}

fn invalid(path: JsonPath, message: String) -> PolicyError {
    PolicyError::Invalid { path, message }
}

fn check_shape(
    shape: &Shape,
    path: JsonPath,
    groups: &BTreeSet<&GroupId>,
    rule: &RuleId,
) -> Result<(), PolicyError> {
    let known = |g: &GroupId, p: JsonPath| {
        if groups.contains(g) {
            Ok(())
        } else {
            Err(invalid(p, messages::unknown_group(rule, g)))
        }
    };
    match shape {
        Shape::ShareFloor { group, .. } | Shape::CountFloor { group, .. } => {
            known(group, path.key("group"))
        }
        Shape::Proportional {
            group, reference, ..
        } => {
            known(group, path.clone().key("group"))?;
            if let Reference::Given {
                group_count, total, ..
            } = reference
                && (*total == 0 || group_count > total)
            {
                return Err(invalid(
                    path.key("reference"),
                    messages::bad_reference(rule, *group_count, *total),
                ));
            }
            Ok(())
        }
        Shape::Band {
            groups: band,
            min,
            max,
            ..
        } => {
            if band.is_empty() {
                return Err(invalid(
                    path.key("groups"),
                    messages::band_without_groups(rule),
                ));
            }
            let mut seen = BTreeSet::new();
            for (i, g) in band.iter().enumerate() {
                known(g, path.clone().key("groups").index(i))?;
                if !seen.insert(g) {
                    return Err(invalid(
                        path.clone().key("groups").index(i),
                        messages::band_group_twice(rule, g),
                    ));
                }
            }
            if min.cmp_ratio(max.numerator(), max.denominator()).is_lt() {
                return Err(invalid(
                    path.key("min"),
                    messages::band_min_above_max(rule, *min, *max),
                ));
            }
            Ok(())
        }
        Shape::FromSize { from_seats, then } => {
            if *from_seats == 0 {
                return Err(invalid(
                    path.key("from_seats"),
                    messages::from_size_zero(rule),
                ));
            }
            check_shape(then, path.key("then"), groups, rule)
        }
    }
}

impl Policy {
    /// Checks a written policy.
    ///
    /// # Errors
    /// [`PolicyError::Invalid`] with the JSON path of the first problem: a group id
    /// defined twice, a rule naming an undefined group, two versions of a rule with
    /// one number, a band with its minimum above its maximum or no groups, a
    /// reference population with more group members than people, an annulment before
    /// the version took effect, an order rule with blocks of 0 places or asking more
    /// than the block holds, an escape on a consequence that elects no one.
    pub fn new(doc: PolicyDoc) -> Result<Policy, PolicyError> {
        let root = JsonPath::root();
        let mut groups = BTreeSet::new();
        for (i, g) in doc.groups.iter().enumerate() {
            if !groups.insert(&g.id) {
                return Err(invalid(
                    root.clone().key("groups").index(i).key("id"),
                    messages::group_twice(&g.id),
                ));
            }
        }
        let mut versions = BTreeSet::new();
        for (i, r) in doc.rules.iter().enumerate() {
            let path = root.clone().key("rules").index(i);
            if !versions.insert((&r.id, r.version)) {
                return Err(invalid(
                    path.key("version"),
                    messages::version_twice(&r.id, r.version),
                ));
            }
            if let Some(a) = &r.annulled
                && a.from < r.effective_from
            {
                return Err(invalid(
                    path.key("annulled").key("from"),
                    messages::annulled_before_effective(&r.id, r.version, a.from, r.effective_from),
                ));
            }
            if r.scope.targets.is_empty() {
                return Err(invalid(
                    path.key("scope").key("targets"),
                    messages::no_targets(&r.id),
                ));
            }
            check_shape(&r.require, path.clone().key("require"), &groups, &r.id)?;
            for (j, reading) in r.ambiguity.iter().flat_map(|a| &a.alternatives).enumerate() {
                check_shape(
                    &reading.require,
                    path.clone()
                        .key("ambiguity")
                        .key("alternatives")
                        .index(j)
                        .key("require"),
                    &groups,
                    &r.id,
                )?;
            }
            if let Some(escape) = r.escape
                && !crate::model::policy::Escape::applies_to(r.consequence)
            {
                return Err(invalid(
                    path.key("escape"),
                    crate::model::policy::escape_not_applicable(&r.id, escape, r.consequence),
                ));
            }
        }
        let mut order_ids = BTreeSet::new();
        for (i, o) in doc.order_rules.iter().enumerate() {
            let path = root.clone().key("order_rules").index(i);
            if !order_ids.insert(&o.id) {
                return Err(invalid(path.key("id"), messages::order_rule_twice(&o.id)));
            }
            if !groups.contains(&o.group) {
                return Err(invalid(
                    path.key("group"),
                    messages::unknown_group(&o.id, &o.group),
                ));
            }
            if o.in_every == 0 || o.at_least > o.in_every {
                return Err(invalid(
                    path.key("at_least"),
                    messages::bad_block(&o.id, o.at_least, o.in_every),
                ));
            }
        }
        Ok(Policy { doc })
    }

    /// The policy as written.
    pub fn doc(&self) -> &PolicyDoc {
        &self.doc
    }

    /// The groups.
    pub fn groups(&self) -> &[GroupDef] {
        &self.doc.groups
    }

    /// A group by id.
    pub fn group(&self, id: &GroupId) -> Option<&GroupDef> {
        self.doc.groups.iter().find(|g| &g.id == id)
    }

    /// Every rule version, as written.
    pub fn rules(&self) -> &[Rule] {
        &self.doc.rules
    }

    /// The order rules, as written.
    pub fn order_rules(&self) -> &[OrderRule] {
        &self.doc.order_rules
    }

    /// For each rule id, the version in force on `date`, sorted by rule id (so the
    /// order of the file does not matter): the applicable version (see
    /// [`Rule::applies_on`]) with the latest `effective_from`, the higher version
    /// number on the same date. Rules with no version in force are left out.
    pub fn rules_in_force(&self, date: NaiveDate) -> Vec<&Rule> {
        let mut best: BTreeMap<&RuleId, &Rule> = BTreeMap::new();
        for r in self.doc.rules.iter().filter(|r| r.applies_on(date)) {
            match best.get(&r.id) {
                Some(b) if (b.effective_from, b.version) >= (r.effective_from, r.version) => {}
                _ => {
                    best.insert(&r.id, r);
                }
            }
        }
        best.into_values().collect()
    }

    /// Each rule id's latest version that is not annulled, or its latest version
    /// when every version is annulled; sorted by id. What a drafter reads.
    pub fn latest_rules(&self) -> Vec<&Rule> {
        let mut best: BTreeMap<&RuleId, &Rule> = BTreeMap::new();
        for r in &self.doc.rules {
            let key = |x: &Rule| (x.annulled.is_none(), x.effective_from, x.version);
            match best.get(&r.id) {
                Some(b) if key(b) >= key(r) => {}
                _ => {
                    best.insert(&r.id, r);
                }
            }
        }
        best.into_values().collect()
    }

    /// The order rules in force on `date`, sorted by id.
    pub fn order_rules_in_force(&self, date: NaiveDate) -> Vec<&OrderRule> {
        let mut v: Vec<&OrderRule> = self
            .doc
            .order_rules
            .iter()
            .filter(|o| o.effective_from <= date)
            .collect();
        v.sort_by(|a, b| a.id.cmp(&b.id));
        v
    }

    /// The JSON Schema of policy files, as generated from the types. The published
    /// schema (`schemas/policy.schema.json`, [`crate::schema::find`]`("policy")`) adds
    /// its `$id` and title and makes the descriptions plain text.
    pub fn json_schema() -> schemars::Schema {
        schemars::schema_for!(PolicyDoc)
    }
}
