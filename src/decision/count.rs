//! Checking a motion's votes and deciding it.

use super::messages as msg;
use super::motion::{Base, Comparison, Entitled, Measure, Motion, Quorum, Weighting};
use super::outcome::{Attendance, Decision, MajorityCheck, QuorumCheck, QuorumClause, Verdict};
use super::weight::{self, Weight};
use crate::{Finding, JsonPath, Severity, Share};
use num_rational::BigRational;
use num_traits::{One, Zero};
use std::collections::{BTreeMap, HashMap};

/// The variables a quorum formula takes from the count of delegates.
const COUNTED: [&str; 6] = [
    "entitled",
    "present",
    "entitled_all",
    "entitled_voting",
    "present_all",
    "present_voting",
];

/// Ways of not choosing an option; they cannot be option names.
const NON_OPTIONS: [&str; 3] = ["abstain", "blank", "invalid"];

/// Why a motion cannot be decided: its votes break the rules of voting (a vote by
/// someone who is not a delegate, a double vote, a proxy the rule does not allow).
/// Every problem is listed at once.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", msg::cannot_count(.0.len(), &.0.first().map(|f| f.to_string()).unwrap_or_default()))]
pub struct DecisionError(pub Vec<Finding>);

fn error(code: &'static str, path: JsonPath, message: String) -> Finding {
    Finding::new(code, Severity::Error, path, message)
}

/// Checks a motion's delegates, options and votes, reporting every problem at once.
///
/// Codes: `duplicate-delegate`, `no-options`, `duplicate-option`, `reserved-option`,
/// `empty-quorum-group`, `unknown-voter`, `non-voting-voter`, `voted-twice`,
/// `unknown-choice`, `proxy-not-allowed`, `proxy-for-unknown`, `proxy-for-present`,
/// `proxy-for-self`, `too-many-proxies`, `unknown-formula-variable`, `reserved-variable`,
/// for delegate groups `duplicate-delegate-group`, `present-above-count`,
/// `too-many-delegates`, `unknown-delegate-group`, `too-many-group-votes`, and for
/// fractional weights `fractional-weight-without-rounding`, `fractions-rounding-invalid`.
///
/// ```
/// use union_rulebook::decision::{check, Motion};
/// let motion: Motion = serde_json::from_str(r#"{
///   "id": "m1",
///   "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
///   "delegates": [ { "id": "d1" } ],
///   "votes": [ { "delegate": "d1", "choice": "yes" }, { "delegate": "d9", "choice": "no" } ]
/// }"#)?;
/// let findings = check(&motion);
/// assert_eq!(findings[0].code, "unknown-voter");
/// assert_eq!(findings[0].path.to_string(), "$.votes[1].delegate");
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn check(motion: &Motion) -> Vec<Finding> {
    let mut out = Vec::new();
    let root = JsonPath::root();

    if motion.options.is_empty() {
        out.push(error(
            "no-options",
            root.clone().key("options"),
            msg::no_options(),
        ));
    }
    let mut seen_options = BTreeMap::new();
    for (i, o) in motion.options.iter().enumerate() {
        let path = root.clone().key("options").index(i);
        if NON_OPTIONS.contains(&o.as_str()) {
            out.push(error(
                "reserved-option",
                path.clone(),
                msg::reserved_option(o),
            ));
        }
        if seen_options.insert(o.as_str(), i).is_some() {
            out.push(error("duplicate-option", path, msg::duplicate_option(o)));
        }
    }
    check_quorum(
        &motion.rule.quorum,
        root.clone().key("rule").key("quorum"),
        &motion.variables,
        &mut out,
    );
    if let Some(f) = &motion.rule.majority.minimum {
        check_variables(
            f,
            root.clone().key("rule").key("majority").key("minimum"),
            &motion.variables,
            "statutes-majority-formula-unknown-variable",
            &mut out,
        );
    }

    let mut delegates: HashMap<&str, usize> = HashMap::with_capacity(motion.delegates.len());
    for (i, d) in motion.delegates.iter().enumerate() {
        if delegates.insert(d.id.as_str(), i).is_some() {
            out.push(error(
                "duplicate-delegate",
                root.clone().key("delegates").index(i).key("id"),
                msg::duplicate_delegate(&d.id),
            ));
        }
    }

    // Who voted in person, and for whom each proxy was used.
    let in_person: std::collections::HashSet<&str> = motion
        .votes
        .iter()
        .filter(|v| v.proxy_for.is_none())
        .map(|v| v.delegate.as_str())
        .collect();
    let mut voted: HashMap<&str, usize> = HashMap::new();
    let mut held: BTreeMap<&str, usize> = BTreeMap::new();
    let proxies = &motion.rule.proxies;
    for (i, v) in motion.votes.iter().enumerate() {
        let path = root.clone().key("votes").index(i);
        let holder = v.delegate.as_str();
        match delegates.get(holder).map(|&j| &motion.delegates[j]) {
            None => out.push(error(
                "unknown-voter",
                path.clone().key("delegate"),
                msg::unknown_voter(holder),
            )),
            Some(d) if !d.voting && v.proxy_for.is_none() => out.push(error(
                "non-voting-voter",
                path.clone().key("delegate"),
                msg::non_voting_voter(holder),
            )),
            Some(_) => {}
        }
        if !motion.options.contains(&v.choice) && !NON_OPTIONS.contains(&v.choice.as_str()) {
            out.push(error(
                "unknown-choice",
                path.clone().key("choice"),
                msg::unknown_choice(&v.choice, &motion.options),
            ));
        }
        let voter = match &v.proxy_for {
            None => holder,
            Some(giver) => {
                let p = path.clone().key("proxy_for");
                if !proxies.allowed {
                    out.push(error(
                        "proxy-not-allowed",
                        p.clone(),
                        msg::proxy_not_allowed(holder, giver),
                    ));
                }
                if giver == holder {
                    out.push(error(
                        "proxy-for-self",
                        p.clone(),
                        msg::proxy_for_self(holder),
                    ));
                }
                match delegates.get(giver.as_str()).map(|&j| &motion.delegates[j]) {
                    None => out.push(error(
                        "proxy-for-unknown",
                        p.clone(),
                        msg::proxy_for_unknown(giver),
                    )),
                    Some(g) if !g.voting => out.push(error(
                        "non-voting-voter",
                        p.clone(),
                        msg::non_voting_voter(giver),
                    )),
                    Some(g) if g.present || in_person.contains(giver.as_str()) => out.push(error(
                        "proxy-for-present",
                        p.clone(),
                        msg::proxy_for_present(holder, giver),
                    )),
                    Some(_) => {}
                }
                let n = held.entry(holder).or_insert(0);
                *n += 1;
                if let Some(max) = proxies.max_per_holder
                    && u32::try_from(*n).map_or(true, |n| n > max)
                {
                    out.push(error(
                        "too-many-proxies",
                        p,
                        msg::too_many_proxies(holder, *n, max),
                    ));
                }
                giver.as_str()
            }
        };
        if voted.insert(voter, i).is_some() {
            out.push(error("voted-twice", path, msg::voted_twice(voter)));
        }
    }
    for v in motion.variables.keys() {
        if COUNTED.contains(&v.as_str()) {
            out.push(error(
                "reserved-variable",
                root.clone().key("variables").key(v),
                crate::i18n::tr!("statutes-reserved-variable", name = v.as_str()),
            ));
        }
    }
    out.extend(weight::check_weights(motion));
    out.extend(super::groups::check_groups(motion, |c| {
        motion.options.iter().any(|o| o == c) || NON_OPTIONS.contains(&c)
    }));
    out
}

fn check_quorum(
    q: &Quorum,
    path: JsonPath,
    variables: &BTreeMap<String, u64>,
    out: &mut Vec<Finding>,
) {
    match q {
        Quorum::AnyOf { rules } | Quorum::AllOf { rules } => {
            let kind = if matches!(q, Quorum::AnyOf { .. }) {
                "an any-of"
            } else {
                "an all-of"
            };
            if rules.is_empty() {
                out.push(error(
                    "empty-quorum-group",
                    path.clone().key("rules"),
                    msg::empty_any_all(kind),
                ));
            }
            for (i, r) in rules.iter().enumerate() {
                check_quorum(r, path.clone().key("rules").index(i), variables, out);
            }
        }
        Quorum::Formula { formula, .. } => check_variables(
            formula,
            path.clone().key("formula"),
            variables,
            "statutes-quorum-formula-unknown-variable",
            out,
        ),
        Quorum::None | Quorum::Share { .. } | Quorum::Count { .. } => {}
    }
}

/// Each variable of `formula` the motion does not give and the count does not
/// provide, as an `unknown-formula-variable` at `path` (message `id`).
fn check_variables(
    formula: &super::Formula,
    path: JsonPath,
    variables: &BTreeMap<String, u64>,
    id: &'static str,
    out: &mut Vec<Finding>,
) {
    for v in formula.variables() {
        if !variables.contains_key(v) && !COUNTED.contains(&v) {
            let mut known: Vec<&str> = COUNTED.to_vec();
            known.extend(variables.keys().map(String::as_str));
            known.sort_unstable();
            let known = known.join(", ");
            let message = match id {
                "statutes-majority-formula-unknown-variable" => crate::i18n::tr!(
                    "statutes-majority-formula-unknown-variable",
                    formula = formula.as_str(),
                    name = v,
                    known = known
                ),
                _ => crate::i18n::tr!(
                    "statutes-quorum-formula-unknown-variable",
                    formula = formula.as_str(),
                    name = v,
                    known = known
                ),
            };
            out.push(error("unknown-formula-variable", path.clone(), message));
        }
    }
}

/// The variables a formula is evaluated with: the motion's, and the counts of the
/// attendance (`present` and `entitled` as the clause counts them).
fn formula_variables(
    variables: &BTreeMap<String, u64>,
    att: &Attendance,
    here: u128,
    entitled: u128,
) -> BTreeMap<String, u128> {
    let mut vars: BTreeMap<String, u128> = variables
        .iter()
        .map(|(k, v)| (k.clone(), u128::from(*v)))
        .collect();
    for (name, value) in [
        ("entitled", entitled),
        ("present", here),
        ("entitled_all", u128::from(att.entitled)),
        ("entitled_voting", u128::from(att.entitled_voting)),
        ("present_all", u128::from(att.present)),
        ("present_voting", u128::from(att.present_voting)),
    ] {
        vars.insert(name.to_string(), value);
    }
    vars
}

/// The fewest units that meet `share` of `whole` under `comparison`.
fn required(share: Share, comparison: Comparison, whole: u128) -> u128 {
    let num = u128::from(share.numerator());
    let den = u128::from(share.denominator());
    // num × whole / den without the product: whole = q × den + r, so the quotient is
    // num × q + num × r / den, where num × q <= whole (num <= den) and num × r < 2^128
    // (num, r < 2^64).
    let den = den.max(1);
    let (q, r) = (whole / den, whole % den);
    let (floor, exact) = (num * q + num * r / den, (num * r) % den == 0);
    match comparison {
        Comparison::AtLeast => floor + u128::from(!exact),
        // floor <= whole; only a whole of 2^128 - 1 units could make this saturate.
        Comparison::MoreThan => floor.saturating_add(1),
    }
}

fn at_least(present: u128, needed: u128) -> bool {
    present >= needed
}

/// The check of a quorum clause that counts: `present` of the `needed`.
fn measured(clause: QuorumClause, present: u128, needed: u128) -> QuorumCheck {
    QuorumCheck {
        clause,
        met: at_least(present, needed),
        present: Some(present),
        required: Some(needed),
        parts: Vec::new(),
    }
}

/// Decides a motion: checks the votes, the quorum, counts the votes and applies the
/// majority.
///
/// Follows the rule as the motion states it; there is no default majority or quorum
/// hidden in the code. In a card vote ([`Weighting::Card`]) every vote counts the
/// delegate's weight; quorum clauses count heads unless they say `weight`.
///
/// # Errors
/// [`DecisionError`] with every problem found by [`check`] when the votes break the
/// rules of voting; nothing is counted then.
///
/// ```
/// use union_rulebook::decision::{decide, Motion, Verdict};
/// // Two thirds of those voting yes or no, with two thirds of all delegates present.
/// let motion: Motion = serde_json::from_str(r#"{
///   "id": "amend-art-12",
///   "rule": { "quorum": { "kind": "share", "share": "2/3", "of": "all" },
///             "majority": { "share": "2/3", "comparison": "at-least", "base": "yes-no" } },
///   "delegates": [ { "id": "a" }, { "id": "b" }, { "id": "c" } ],
///   "votes": [ { "delegate": "a", "choice": "yes" }, { "delegate": "b", "choice": "yes" },
///              { "delegate": "c", "choice": "no" } ]
/// }"#)?;
/// let d = decide(&motion)?;
/// assert_eq!(d.verdict, Verdict::Carried);
/// assert_eq!(d.majority.required, 2);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn decide(motion: &Motion) -> Result<Decision, DecisionError> {
    let problems = check(motion);
    if problems.iter().any(|f| f.severity == Severity::Error) {
        return Err(DecisionError(problems));
    }
    let rule = &motion.rule;
    let fractions = rule.fractions;
    // Every weight is counted exactly (rounded first when the rule rounds each
    // weight); the totals are whole numbers, or rounded once when it rounds totals.
    let weight_of = |w: &Weight| -> BigRational {
        match rule.weighting {
            Weighting::PerDelegate => BigRational::one(),
            Weighting::Card => weight::counted(w, fractions),
        }
    };

    let index: HashMap<&str, usize> = motion
        .delegates
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    let mut present = vec![false; motion.delegates.len()];
    for (i, d) in motion.delegates.iter().enumerate() {
        present[i] = d.present;
    }
    let mut by_proxy = vec![false; motion.delegates.len()];
    for v in &motion.votes {
        if let Some(&i) = index.get(v.delegate.as_str()) {
            present[i] = true;
        }
        if let Some(&i) = v.proxy_for.as_deref().and_then(|g| index.get(g)) {
            by_proxy[i] = true;
        }
    }

    let mut att = Attendance::default();
    let mut sums = weight::WeightSums::default();
    for (i, d) in motion.delegates.iter().enumerate() {
        let w = weight::counted(&d.weight, fractions);
        let here = present[i] || (by_proxy[i] && rule.proxies.count_for_quorum);
        att.entitled += 1;
        sums.entitled += &w;
        if by_proxy[i] {
            att.by_proxy += 1;
        }
        if d.voting {
            att.entitled_voting += 1;
            sums.entitled_voting += &w;
        }
        if here {
            att.present += 1;
            sums.present += &w;
            if d.voting {
                att.present_voting += 1;
                sums.present_voting += &w;
            }
        }
    }

    super::groups::add_attendance(motion, &mut att, &mut sums, fractions);
    sums.write_attendance(&mut att, fractions);
    let quorum = evaluate_quorum(&rule.quorum, &att, &motion.variables).map_err(|formula| {
        DecisionError(vec![error(
            "formula-division-by-zero",
            JsonPath::root().key("rule").key("quorum"),
            crate::i18n::tr!(
                "statutes-quorum-formula-division-by-zero",
                formula = formula.as_str()
            ),
        )])
    })?;

    let mut votes = weight::VoteSums::new(motion.options.len());
    for v in &motion.votes {
        let voter = v.proxy_for.as_deref().unwrap_or(&v.delegate);
        let w = index.get(voter).map_or_else(BigRational::zero, |&i| {
            weight_of(&motion.delegates[i].weight)
        });
        if v.proxy_for.is_some() {
            votes.by_proxy += &w;
        }
        votes.add(&motion.options, &v.choice, &w);
    }
    super::groups::add_votes(motion, rule.weighting, fractions, &mut votes);
    let mut named = votes.named(&motion.options);
    named.extend(sums.named());
    let fractions_applied = weight::applied(motion, fractions, &named);
    let tally = votes.into_tally(&motion.options, fractions);
    let option_votes: u128 = tally.options.iter().map(|o| o.votes).sum();
    let base_votes = match rule.majority.base {
        Base::YesNo => option_votes,
        Base::YesNoAbstain => option_votes + tally.abstain,
        Base::Valid => option_votes + tally.abstain + tally.blank,
        Base::Cast => option_votes + tally.abstain + tally.blank + tally.invalid,
        Base::Entitled => match rule.weighting {
            Weighting::PerDelegate => u128::from(att.entitled_voting),
            Weighting::Card => att.entitled_voting_weight,
        },
        Base::EntitledPresent => match rule.weighting {
            Weighting::PerDelegate => u128::from(att.present_voting),
            Weighting::Card => att.present_voting_weight,
        },
    };
    let maj = &rule.majority;
    // With no votes in the base there is no majority to reach: nothing is carried.
    let needed = required(maj.share, maj.comparison, base_votes).max(1);
    // The rule's floor on the winning votes, over the voting delegates.
    let minimum = match &maj.minimum {
        None => None,
        Some(f) => {
            let measure = match rule.weighting {
                Weighting::PerDelegate => Measure::Heads,
                Weighting::Card => Measure::Weight,
            };
            let (here, entitled) = counted(&att, Entitled::Voting, measure);
            let vars = formula_variables(&motion.variables, &att, here, entitled);
            let value = f.evaluate(&vars).map_err(|_| {
                DecisionError(vec![error(
                    "formula-division-by-zero",
                    JsonPath::root().key("rule").key("majority").key("minimum"),
                    crate::i18n::tr!(
                        "statutes-majority-formula-division-by-zero",
                        formula = f.as_str()
                    ),
                )])
            })?;
            Some(super::MinimumVotes {
                formula: f.as_str().to_string(),
                votes: super::formula::whole_needed(&value, false),
                value: super::formula::exact_text(&value),
            })
        }
    };
    let needed = needed.max(minimum.as_ref().map_or(0, |m| m.votes));
    let met_by: Vec<String> = tally
        .options
        .iter()
        .filter(|o| o.votes >= needed)
        .map(|o| o.option.clone())
        .collect();

    let is_yes_no =
        motion.options.len() == 2 && motion.options[0] == "yes" && motion.options[1] == "no";
    let verdict = if !quorum.met {
        Verdict::NotQuorate
    } else if is_yes_no {
        if met_by.iter().any(|o| o == "yes") {
            Verdict::Carried
        } else {
            Verdict::Rejected
        }
    } else {
        // At most one option can pass a majority of more than half; with a lower bar,
        // the option with the most votes wins, and equal leaders are a tie.
        let best = tally
            .options
            .iter()
            .filter(|o| o.votes >= needed)
            .map(|o| o.votes)
            .max();
        match best {
            None => Verdict::NoMajority,
            Some(top) => {
                let leaders: Vec<String> = tally
                    .options
                    .iter()
                    .filter(|o| o.votes == top)
                    .map(|o| o.option.clone())
                    .collect();
                match leaders.as_slice() {
                    [one] => Verdict::Adopted {
                        option: one.clone(),
                    },
                    _ => Verdict::Tie { options: leaders },
                }
            }
        }
    };

    Ok(Decision {
        motion: motion.id.clone(),
        verdict,
        weighting: rule.weighting,
        attendance: att,
        quorum,
        tally,
        majority: MajorityCheck {
            share: maj.share,
            comparison: maj.comparison,
            base: maj.base,
            base_votes,
            required: needed,
            met_by,
            minimum,
        },
        fractions: fractions_applied,
    })
}

fn counted(att: &Attendance, of: Entitled, measure: Measure) -> (u128, u128) {
    match (of, measure) {
        (Entitled::All, Measure::Heads) => (u128::from(att.present), u128::from(att.entitled)),
        (Entitled::Voting, Measure::Heads) => (
            u128::from(att.present_voting),
            u128::from(att.entitled_voting),
        ),
        (Entitled::All, Measure::Weight) => (att.present_weight, att.entitled_weight),
        (Entitled::Voting, Measure::Weight) => {
            (att.present_voting_weight, att.entitled_voting_weight)
        }
    }
}

/// A quorum clause evaluated on the attendance; `Err` with the formula that divides by
/// zero.
fn evaluate_quorum(
    q: &Quorum,
    att: &Attendance,
    variables: &BTreeMap<String, u64>,
) -> Result<QuorumCheck, String> {
    Ok(match q {
        Quorum::None => QuorumCheck {
            clause: QuorumClause::None,
            met: true,
            present: None,
            required: None,
            parts: Vec::new(),
        },
        Quorum::Share {
            share,
            of,
            comparison,
            measure,
        } => {
            let (here, entitled) = counted(att, *of, *measure);
            let need = required(*share, *comparison, entitled);
            measured(
                QuorumClause::Share {
                    share: *share,
                    of: *of,
                    comparison: *comparison,
                    measure: *measure,
                    entitled,
                },
                here,
                need,
            )
        }
        Quorum::Count {
            count,
            comparison,
            of,
            measure,
        } => {
            let (here, _) = counted(att, *of, *measure);
            let need = match comparison {
                Comparison::AtLeast => u128::from(*count),
                Comparison::MoreThan => u128::from(*count) + 1,
            };
            measured(
                QuorumClause::Count {
                    count: *count,
                    comparison: *comparison,
                    of: *of,
                    measure: *measure,
                },
                here,
                need,
            )
        }
        Quorum::AnyOf { rules } | Quorum::AllOf { rules } => {
            let any = matches!(q, Quorum::AnyOf { .. });
            let parts: Vec<QuorumCheck> = rules
                .iter()
                .map(|r| evaluate_quorum(r, att, variables))
                .collect::<Result<_, _>>()?;
            let met = if any {
                parts.iter().any(|p| p.met)
            } else {
                parts.iter().all(|p| p.met)
            };
            QuorumCheck {
                clause: if any {
                    QuorumClause::AnyOf
                } else {
                    QuorumClause::AllOf
                },
                met,
                present: None,
                required: None,
                parts,
            }
        }
        Quorum::Formula {
            formula,
            comparison,
            of,
            measure,
        } => {
            let (here, entitled) = counted(att, *of, *measure);
            let vars = formula_variables(variables, att, here, entitled);
            let value = formula
                .evaluate(&vars)
                .map_err(|_| formula.as_str().to_string())?;
            let need = super::formula::whole_needed(&value, *comparison == Comparison::MoreThan);
            measured(
                QuorumClause::Formula {
                    formula: formula.as_str().to_string(),
                    value: super::formula::exact_text(&value),
                    comparison: *comparison,
                    of: *of,
                    measure: *measure,
                },
                here,
                need,
            )
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn required_counts_are_exact_for_any_whole(num: u64, extra: u64, whole: u128) {
            let den = num.saturating_add(extra).max(1);
            let share = Share::new(num.min(den), den).unwrap();
            let big = num_bigint::BigUint::from(share.numerator()) * whole;
            let d = num_bigint::BigUint::from(share.denominator());
            let at_least = (&big + &d - 1u8) / &d;
            let more_than = &big / &d + 1u8;
            proptest::prop_assert_eq!(
                num_bigint::BigUint::from(required(share, Comparison::AtLeast, whole)),
                at_least
            );
            if whole < u128::MAX {
                proptest::prop_assert_eq!(
                    num_bigint::BigUint::from(required(share, Comparison::MoreThan, whole)),
                    more_than
                );
            }
        }
    }
    use crate::decision::DecisionRule;
    use crate::decision::motion::{Delegate, Majority, ProxyRule, Vote};
    use proptest::prelude::*;

    fn comparison() -> impl Strategy<Value = Comparison> {
        prop_oneof![Just(Comparison::AtLeast), Just(Comparison::MoreThan)]
    }

    fn base() -> impl Strategy<Value = Base> {
        prop_oneof![
            Just(Base::YesNo),
            Just(Base::YesNoAbstain),
            Just(Base::Valid),
            Just(Base::Cast),
            Just(Base::Entitled),
            Just(Base::EntitledPresent),
        ]
    }

    fn share() -> impl Strategy<Value = Share> {
        (0u64..=12, 1u64..=12).prop_map(|(n, d)| Share::new(n.min(d), d).unwrap_or(Share::HALF))
    }

    fn quorum() -> impl Strategy<Value = Quorum> {
        let leaf = prop_oneof![
            Just(Quorum::None),
            (share(), comparison(), any::<bool>(), any::<bool>()).prop_map(
                |(share, comparison, v, w)| {
                    Quorum::Share {
                        share,
                        of: if v { Entitled::Voting } else { Entitled::All },
                        comparison,
                        measure: if w { Measure::Weight } else { Measure::Heads },
                    }
                }
            ),
            (0u64..20, comparison()).prop_map(|(count, comparison)| Quorum::Count {
                count,
                comparison,
                of: Entitled::All,
                measure: Measure::Heads,
            }),
        ];
        leaf.prop_recursive(2, 6, 3, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 1..3)
                    .prop_map(|rules| Quorum::AnyOf { rules }),
                prop::collection::vec(inner, 1..3).prop_map(|rules| Quorum::AllOf { rules }),
            ]
        })
    }

    /// A well-formed yes/no motion: each delegate votes at most once, in person.
    fn motion() -> impl Strategy<Value = Motion> {
        (
            prop::collection::vec((1u64..1000, any::<bool>(), any::<bool>(), 0u8..6), 1..25),
            quorum(),
            share(),
            comparison(),
            base(),
            any::<bool>(),
        )
            .prop_map(|(ds, quorum, share, comparison, base, card)| {
                let choices = ["yes", "no", "abstain", "blank", "invalid"];
                let delegates: Vec<Delegate> = ds
                    .iter()
                    .enumerate()
                    .map(|(i, &(weight, voting, present, _))| Delegate {
                        id: format!("d{i}"),
                        weight: weight.into(),
                        voting: voting || i == 0,
                        present,
                    })
                    .collect();
                let votes = ds
                    .iter()
                    .enumerate()
                    .filter(|&(i, &(_, voting, _, c))| {
                        (voting || i == 0) && usize::from(c) < choices.len()
                    })
                    .map(|(i, &(_, _, _, c))| Vote {
                        delegate: format!("d{i}"),
                        choice: choices[usize::from(c)].to_string(),
                        proxy_for: None,
                    })
                    .collect();
                Motion {
                    schema: None,
                    id: "m".into(),
                    title: None,
                    options: vec!["yes".into(), "no".into()],
                    rule: DecisionRule {
                        quorum,
                        majority: Majority {
                            share,
                            comparison,
                            base,
                            minimum: None,
                        },
                        weighting: if card {
                            Weighting::Card
                        } else {
                            Weighting::PerDelegate
                        },
                        proxies: ProxyRule::default(),
                        fractions: None,
                    },
                    delegates,
                    votes,
                    delegate_groups: Vec::new(),
                    group_votes: Vec::new(),
                    variables: BTreeMap::new(),
                }
            })
    }

    proptest! {
        #[test]
        fn more_yes_votes_never_turn_a_pass_into_a_fail(m in motion(), pick in any::<prop::sample::Index>()) {
            let before = decide(&m).unwrap();
            // Turn one vote that is not yet `yes` into `yes`.
            let candidates: Vec<usize> = m.votes.iter().enumerate()
                .filter(|(_, v)| v.choice != "yes").map(|(i, _)| i).collect();
            prop_assume!(!candidates.is_empty());
            let mut more = m.clone();
            more.votes[candidates[pick.index(candidates.len())]].choice = "yes".into();
            let after = decide(&more).unwrap();
            if before.verdict == Verdict::Carried {
                prop_assert_eq!(after.verdict, Verdict::Carried);
            }
        }

        #[test]
        fn decision_does_not_depend_on_order(m in motion(), seed in any::<u64>()) {
            let mut shuffled = m.clone();
            let mut lot = crate::Lot::new(seed);
            for i in (1..shuffled.votes.len()).rev() {
                let j = usize::try_from(lot.below(i as u64 + 1)).unwrap();
                shuffled.votes.swap(i, j);
            }
            for i in (1..shuffled.delegates.len()).rev() {
                let j = usize::try_from(lot.below(i as u64 + 1)).unwrap();
                shuffled.delegates.swap(i, j);
            }
            let a = decide(&m).unwrap();
            let b = decide(&shuffled).unwrap();
            prop_assert_eq!(a.verdict, b.verdict);
            prop_assert_eq!(a.quorum, b.quorum);
            prop_assert_eq!(a.tally, b.tally);
            prop_assert_eq!(a.majority, b.majority);
        }

        #[test]
        fn whole_weights_decide_the_same_under_any_rounding_of_fractions(
            m in motion(),
            r in prop_oneof![Just(crate::Rounding::Down), Just(crate::Rounding::Up),
                             Just(crate::Rounding::HalfUp), Just(crate::Rounding::HalfEven)],
            total in any::<bool>(),
        ) {
            let plain = decide(&m).unwrap();
            let mut rounded = m.clone();
            rounded.rule.fractions = Some(super::weight::Fractions {
                rounding: r,
                of: if total { super::weight::FractionsOf::Total } else { super::weight::FractionsOf::Weight },
            });
            let d = decide(&rounded).unwrap();
            prop_assert_eq!(d.verdict, plain.verdict);
            prop_assert_eq!(d.tally, plain.tally);
            prop_assert_eq!(d.attendance, plain.attendance);
            prop_assert_eq!(d.majority, plain.majority);
            let f = d.fractions.unwrap();
            prop_assert!(f.weights.is_empty() && f.totals.is_empty());
        }

        #[test]
        fn arbitrary_votes_never_panic(
            m in motion(),
            extra in prop::collection::vec(("[a-z0-9]{1,3}", "[a-z]{1,8}", proptest::option::of("[a-z0-9]{1,3}")), 0..10),
        ) {
            let mut m = m;
            m.rule.proxies.allowed = true;
            m.rule.proxies.max_per_holder = Some(1);
            for (delegate, choice, proxy_for) in extra {
                m.votes.push(Vote { delegate, choice, proxy_for });
            }
            let findings = check(&m);
            match decide(&m) {
                Ok(_) => prop_assert!(findings.is_empty()),
                Err(DecisionError(f)) => prop_assert_eq!(f, findings),
            }
        }
    }
}
