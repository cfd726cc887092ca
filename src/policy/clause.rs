//! Each rule as the article a drafter puts in the statutes (AD/ART), in Bahasa
//! Indonesia or English, with its scope, rounding, base and consequence spelled out,
//! and beside it the notes on its surprising effects ([`Effect`], computed by the
//! feasibility engine from the drafter's table, not here).
//!
//! Numbers are written in figures and words, as Indonesian legislative drafting
//! writes them (UU 12/2011, Lampiran II: "30% (tiga puluh persen)", "2 (dua) orang");
//! see [`crate::i18n::words`]. Minimums are written "paling sedikit", the form
//! Lampiran II prescribes for a minimum (and UU 7/2017 art. 245 uses for the 30% of
//! women: "paling sedikit 30% (tiga puluh persen)") rather than the older
//! "sekurang-kurangnya".
//!
//! ```
//! use union_rulebook::i18n::Lang;
//! use union_rulebook::policy::{Policy, clause};
//! let policy = Policy::from_toml_str(r#"
//!     [[groups]]
//!     id = "women"
//!     one = "woman"
//!     many = "women"
//!     select = { gender = "woman" }
//!     [[rules]]
//!     id = "women-30"
//!     effective_from = "2020-01-01"
//!     hardness = "binding"
//!     base = "all-seats"
//!     consequence = "report-only"
//!     scope = { body_kinds = ["executive"] }
//!     require = { shape = "share-floor", group = "women", share = "30%", rounding = "up" }
//! "#)?;
//! let clauses = clause::clauses(&policy, Lang::Id);
//! assert!(clauses[0].article.starts_with(
//!     "Paling sedikit 30% (tiga puluh persen) anggota Pengurus di semua tingkatan adalah \
//!      perempuan; hasil perhitungan yang berupa pecahan dibulatkan ke atas."
//! ));
//! // a 30% floor rounded up gives a one-seat post to a woman
//! assert!(clauses[0].notes[0].starts_with("badan atau jabatan dengan 1 (satu) kursi wajib diduduki oleh perempuan"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::effects::{Effect, effects};
use super::messages::{describe_conflict, many, one};
use super::{
    Base, Consequence, Explanation, GroupId, Hardness, OrderRule, Policy, Reference, Rounding,
    Rule, RuleId, Scope, SeatKind, Shape, Share, Target, Windows, explain,
};
use crate::i18n::{self, Arg, Lang, tr, words};

/// The body sizes [`clauses`] looks at for effects: 1 to 15 seats, the sizes of the
/// boards and delegations unions elect (as `rulebook policy explain` by default).
pub const DEFAULT_SIZES: std::ops::RangeInclusive<u32> = 1..=15;

/// One rule as an article of the statutes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct Clause {
    /// The rule.
    pub rule: RuleId,
    /// The rule's version (`None` for an order rule, which has no versions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<u32>,
    /// The article, in the language asked for.
    pub article: String,
    /// The surprising effects of its wording, in words (one per effect, in the order
    /// of `effects`).
    pub notes: Vec<String>,
    /// The effects the notes describe, as data.
    pub effects: Vec<Effect>,
}

/// Every rule of a policy as an article, as `rulebook policy explain --clause
/// --format json` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[non_exhaustive]
pub struct ClauseReport {
    /// The language of the articles and notes.
    pub lang: Lang,
    /// The smallest body size looked at for effects.
    pub from_seats: u32,
    /// The largest body size looked at for effects.
    pub to_seats: u32,
    /// One clause per rule (in the explanation's order), then one per order rule.
    pub clauses: Vec<Clause>,
}

impl ClauseReport {
    /// The clauses of `explanation`'s rules (explained over `sizes`) and of the
    /// policy's order rules, in `lang`.
    pub fn new(
        policy: &Policy,
        explanation: &Explanation,
        sizes: std::ops::RangeInclusive<u32>,
        lang: Lang,
    ) -> Self {
        ClauseReport {
            lang,
            from_seats: *sizes.start(),
            to_seats: *sizes.end(),
            clauses: clauses_of(policy, explanation, lang),
        }
    }

    /// The clauses as text, in the report's language: for each rule its heading, the
    /// article, and the notes.
    pub fn render_text(&self) -> String {
        i18n::with_lang(self.lang, || {
            let mut out = String::new();
            for c in &self.clauses {
                out.push_str(&tr!("clause-heading", rule = c.rule.as_str()));
                out.push('\n');
                out.push_str(&c.article);
                out.push('\n');
                if c.notes.is_empty() && c.version.is_some() {
                    out.push_str(&tr!(
                        "clause-no-notes",
                        from = self.from_seats,
                        to = self.to_seats
                    ));
                    out.push('\n');
                } else if !c.notes.is_empty() {
                    out.push_str(&tr!("clause-notes"));
                    out.push('\n');
                    for n in &c.notes {
                        out.push_str("  - ");
                        out.push_str(n);
                        out.push('\n');
                    }
                }
                out.push('\n');
            }
            out
        })
    }
}

/// Every rule of `policy` (each rule's latest version, then the order rules) as an
/// article in `lang`, with the notes on its effects at [`DEFAULT_SIZES`].
pub fn clauses(policy: &Policy, lang: Lang) -> Vec<Clause> {
    clauses_of(policy, &explain(policy, DEFAULT_SIZES, None), lang)
}

/// The clauses of the rules `explanation` explains, and of the policy's order rules.
pub fn clauses_of(policy: &Policy, explanation: &Explanation, lang: Lang) -> Vec<Clause> {
    i18n::with_lang(lang, || {
        let mut out = Vec::new();
        for found in effects(policy, explanation) {
            let Some(rule) = policy
                .rules()
                .iter()
                .find(|r| r.id == found.rule && r.version == found.version)
            else {
                continue;
            };
            out.push(Clause {
                rule: rule.id.clone(),
                version: Some(rule.version),
                article: article(policy, rule),
                notes: found.effects.iter().map(|e| note(policy, e)).collect(),
                effects: found.effects,
            });
        }
        for o in policy.order_rules() {
            out.push(Clause {
                rule: o.id.clone(),
                version: None,
                article: order_article(policy, o),
                notes: Vec::new(),
                effects: Vec::new(),
            });
        }
        out
    })
}

/// `A`, `A dan B`, `A, B, dan C` (EYD V: a comma before `dan` in a series of three or
/// more); `A and B`, `A, B and C` in English.
fn series(items: &[String]) -> String {
    let and = tr!("policy-and");
    match items {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} {and} {b}"),
        [init @ .., last] => {
            let comma = if i18n::current() == Lang::Id { "," } else { "" };
            format!("{}{comma} {and} {last}", init.join(", "))
        }
    }
}

fn kind_word(kind: &str) -> String {
    match kind {
        "congress" => tr!("clause-kind-congress"),
        "council" => tr!("clause-kind-council"),
        "executive" => tr!("clause-kind-executive"),
        "committee" => tr!("clause-kind-committee"),
        "delegation" => tr!("clause-kind-delegation"),
        "class" => tr!("clause-kind-class"),
        "audit" => tr!("clause-kind-audit"),
        other => other.to_owned(),
    }
}

/// Whom the rule covers: its targets, then its levels and units.
fn scope_words(scope: &Scope) -> String {
    let mut targets = Vec::new();
    for t in &scope.targets {
        match t {
            Target::Bodies if !scope.bodies.is_empty() => {
                targets.push(tr!("clause-scope-bodies", bodies = series(&scope.bodies)));
            }
            Target::Bodies if !scope.body_kinds.is_empty() => {
                let kinds: Vec<String> = scope
                    .body_kinds
                    .iter()
                    .filter(|k| k.as_str() != "delegation")
                    .map(|k| kind_word(k))
                    .collect();
                if kinds.is_empty() {
                    continue;
                }
                targets.push(tr!("clause-scope-kinds", kinds = series(&kinds)));
            }
            Target::Bodies => targets.push(tr!("clause-scope-every-body")),
            Target::Delegations => targets.push(tr!("clause-scope-delegations")),
            Target::CandidateLists => targets.push(tr!("clause-scope-lists")),
            Target::Offices => {
                targets.push(tr!("clause-scope-offices", posts = series(&scope.posts)));
            }
        }
    }
    // Targets are joined by `serta` ("Pengurus serta setiap Utusan"), ", and of"
    // in English, so that a list of body kinds stays one item.
    let mut s = targets.join(&tr!("clause-scope-and"));
    if scope.levels.is_empty() {
        s.push(' ');
        s.push_str(&tr!("clause-scope-every-level"));
    } else {
        s.push(' ');
        s.push_str(&tr!("clause-scope-levels", levels = series(&scope.levels)));
    }
    if !scope.units.is_empty() {
        s.push(' ');
        s.push_str(&tr!("clause-scope-units", units = series(&scope.units)));
    }
    s
}

fn share_words(share: Share) -> String {
    words::percent(i18n::current(), share.numerator(), share.denominator())
}

fn count_words(n: u64) -> String {
    words::count(i18n::current(), n)
}

fn rounding_clause(policy: &Policy, rounding: Rounding, group: Option<&GroupId>) -> String {
    match rounding {
        Rounding::Up => tr!("clause-rounding-up"),
        Rounding::Down => tr!("clause-rounding-down"),
        Rounding::HalfUp => tr!("clause-rounding-half-up"),
        Rounding::HalfEven => tr!("clause-rounding-half-even"),
        Rounding::DHondt => tr!(
            "clause-rounding-dhondt",
            many = group.map_or_else(String::new, |g| many(policy, g))
        ),
    }
}

/// `a woman`, `3 women` in English (the policy's words); the group word in
/// Indonesian, where a count needs no article.
fn who(policy: &Policy, g: &GroupId, n: u64) -> String {
    if n != 1 {
        return many(policy, g);
    }
    let word = one(policy, g);
    if i18n::current() == Lang::Id {
        return word;
    }
    let vowel = word
        .chars()
        .next()
        .is_some_and(|c| "aeiouAEIOU".contains(c));
    format!("{} {word}", if vowel { "an" } else { "a" })
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The requirement's sentence, without its closing period, and the size from which
/// it applies.
fn requirement_sentence(policy: &Policy, shape: &Shape, scope: &str) -> (String, Option<u32>) {
    match shape {
        Shape::ShareFloor {
            group,
            share,
            rounding,
        } => (
            format!(
                "{}; {}",
                tr!(
                    "clause-share-floor",
                    share = share_words(*share),
                    scope = scope,
                    many = many(policy, group)
                ),
                rounding_clause(policy, *rounding, Some(group))
            ),
            None,
        ),
        Shape::Band {
            groups,
            min,
            max,
            rounding,
        } => {
            let names: Vec<String> = groups.iter().map(|g| many(policy, g)).collect();
            let text = tr!(
                "clause-band",
                groups = capitalise(&series(&names)),
                min = share_words(*min),
                max = share_words(*max),
                scope = scope
            );
            (
                format!(
                    "{text}; {}; {}",
                    rounding_clause(policy, *rounding, groups.first()),
                    tr!(
                        "clause-band-max",
                        complement = share_words(max.complement())
                    )
                ),
                None,
            )
        }
        Shape::Proportional {
            group,
            reference,
            rounding,
            adjust,
        } => {
            let population = match reference {
                Reference::UnitMembership => tr!("clause-population-unit"),
                Reference::Given {
                    label,
                    group_count,
                    total,
                } => tr!(
                    "clause-population-given",
                    label = label,
                    count = count_words(*group_count),
                    total = count_words(*total)
                ),
            };
            (
                format!(
                    "{}; {}",
                    tr!(
                        "clause-proportional",
                        many = many(policy, group),
                        scope = scope,
                        population = format!(
                            "{population}{}",
                            super::adjust_words::clause(adjust.as_ref())
                        )
                    ),
                    rounding_clause(policy, *rounding, Some(group))
                ),
                None,
            )
        }
        Shape::CountFloor { group, count } => (
            tr!(
                "clause-count-floor",
                count = count_words(u64::from(*count)),
                scope = scope,
                who = who(policy, group, u64::from(*count))
            ),
            None,
        ),
        Shape::FromSize { from_seats, then } => {
            let (text, _) = requirement_sentence(policy, then, scope);
            (text, Some(*from_seats))
        }
    }
}

/// The article of one rule version.
fn article(policy: &Policy, rule: &Rule) -> String {
    let scope = scope_words(&rule.scope);
    let (text, from) = requirement_sentence(policy, &rule.require, &scope);
    let mut sentences = vec![format!("{text}.")];
    if let Some(from) = from {
        sentences.push(tr!("clause-from-size", from = count_words(u64::from(from))));
    }
    let is_count = matches!(rule.require, Shape::CountFloor { .. })
        || matches!(&rule.require, Shape::FromSize { then, .. } if matches!(**then, Shape::CountFloor { .. }));
    if !is_count {
        sentences.push(match rule.base {
            Base::AllSeats => tr!("clause-base-all-seats"),
            Base::FilledSeats => tr!("clause-base-filled-seats"),
            Base::VotingSeats => tr!("clause-base-voting-seats"),
        });
    }
    match rule.scope.seats {
        SeatKind::All => {}
        SeatKind::Titular => sentences.push(tr!("clause-seats-titular")),
        SeatKind::Substitute => sentences.push(tr!("clause-seats-substitute")),
    }
    let first = rule.require.groups().first().copied();
    let group = first.map_or_else(String::new, |g| many(policy, g));
    let one_word = first.map_or_else(String::new, |g| one(policy, g));
    sentences.push(match rule.consequence {
        Consequence::CorrectiveReplacement => {
            tr!("clause-consequence-corrective-replacement", one = &one_word)
        }
        Consequence::FillFloorFirst => tr!("clause-consequence-fill-floor-first", many = &group),
        Consequence::ListJump => tr!("clause-consequence-list-jump", one = &one_word),
        Consequence::AddSeats => tr!("clause-consequence-add-seats", many = &group),
        Consequence::RefuseDelegation => tr!("clause-consequence-refuse-delegation"),
        Consequence::ReportOnly => tr!("clause-consequence-report-only"),
        Consequence::ConstrainedCount => tr!("clause-consequence-constrained-count"),
    });
    if rule.hardness == Hardness::Target {
        sentences.push(tr!("clause-target"));
    }
    sentences.join(" ")
}

/// The article of an order rule (the "zipper" of UU 7/2017 art. 246(2)).
fn order_article(policy: &Policy, o: &OrderRule) -> String {
    let block = count_words(u64::from(o.in_every));
    let count = count_words(u64::from(o.at_least));
    let who = if o.at_least == 1 {
        one(policy, &o.group)
    } else {
        many(policy, &o.group)
    };
    let args = [
        ("block", Arg::from(block)),
        ("count", Arg::from(count)),
        ("who", Arg::from(who)),
    ];
    let mut text = match o.windows {
        Windows::Fixed => tr!("clause-order-fixed", ..&args),
        Windows::Sliding => tr!("clause-order-sliding", ..&args),
    };
    text.push('.');
    if o.hardness == Hardness::Target {
        text.push(' ');
        text.push_str(&tr!("clause-target"));
    }
    text
}

fn sizes_words(sizes: &[u32]) -> String {
    let items: Vec<String> = sizes.iter().map(u32::to_string).collect();
    series(&items)
}

/// One effect in words.
fn note(policy: &Policy, e: &Effect) -> String {
    match e {
        Effect::EverySeat { group, seats } => {
            let mut parts = Vec::new();
            if seats.first() == Some(&1) {
                parts.push(tr!("clause-note-one-seat", who = who(policy, group, 1)));
            }
            let rest: Vec<u32> = seats.iter().copied().filter(|s| *s != 1).collect();
            if !rest.is_empty() {
                parts.push(tr!(
                    "clause-note-every-seat",
                    sizes = sizes_words(&rest),
                    many = many(policy, group)
                ));
            }
            parts.join("; ")
        }
        Effect::HalfOrMore {
            share,
            sizes,
            group: _,
        } => {
            let items: Vec<String> = sizes
                .iter()
                .map(|(seats, floor)| tr!("clause-note-half-size", floor = *floor, seats = *seats))
                .collect();
            tr!(
                "clause-note-half-or-more",
                share = share_words(*share),
                sizes = series(&items)
            )
        }
        Effect::NoSeat { group, seats } => tr!(
            "clause-note-no-seat",
            sizes = sizes_words(seats),
            many = many(policy, group)
        ),
        Effect::Infeasible { seats, conflicts } => {
            let why: Vec<String> = conflicts
                .iter()
                .map(|c| describe_conflict(policy, c))
                .collect();
            tr!(
                "clause-note-infeasible",
                seats = *seats,
                why = why.join("; ")
            )
        }
        Effect::LotForLastSeat { seats, .. } => {
            tr!("clause-note-lot", sizes = sizes_words(seats))
        }
        Effect::Contradiction {
            seats,
            with,
            conflict,
        } => {
            let with: Vec<String> = with.iter().map(|r| r.as_str().to_owned()).collect();
            tr!(
                "clause-note-contradiction",
                seats = *seats,
                with = series(&with),
                why = describe_conflict(policy, conflict)
            )
        }
        Effect::NeedsReference => tr!("clause-note-needs-reference"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spn() -> Result<Policy, Box<dyn std::error::Error>> {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/data/spn-policy.toml"
        ))?;
        Ok(Policy::from_toml_str(&text)?)
    }

    /// The issue's example, in the drafting form of UU 12/2011 Lampiran II
    /// ("paling sedikit"), for SPN's 30% floor on its structures.
    #[test]
    fn spn_women_30_in_indonesian() -> Result<(), Box<dyn std::error::Error>> {
        let c = clauses(&spn()?, Lang::Id);
        let women = c
            .iter()
            .find(|c| c.rule.as_str() == "women-30")
            .ok_or("women-30")?;
        assert_eq!(
            women.article,
            "Paling sedikit 30% (tiga puluh persen) anggota Pengurus, Dewan, dan Badan \
             Pengawas di semua tingkatan adalah perempuan; hasil perhitungan yang berupa \
             pecahan dibulatkan ke atas. Persentase dihitung dari seluruh kursi, termasuk \
             kursi yang belum terisi. Dalam hal ketentuan ini tidak terpenuhi, hal tersebut \
             dicatat dan dilaporkan tanpa akibat lain."
        );
        assert!(
            women.notes[0].starts_with(
                "badan atau jabatan dengan 1 (satu) kursi wajib diduduki oleh perempuan"
            )
        );
        let zipper = c
            .iter()
            .find(|c| c.rule.as_str() == "zipper")
            .ok_or("zipper")?;
        assert_eq!(
            zipper.article,
            "Dalam setiap 3 (tiga) urutan calon pada daftar calon, dihitung dari urutan \
             pertama, terdapat paling sedikit 1 (satu) orang perempuan."
        );
        Ok(())
    }

    #[test]
    fn spn_delegation_rule_in_english() -> Result<(), Box<dyn std::error::Error>> {
        let c = clauses(&spn()?, Lang::En);
        let d = c
            .iter()
            .find(|c| c.rule.as_str() == "kongres-delegation-30")
            .ok_or("rule")?;
        assert_eq!(
            d.article,
            "At least 30% (thirty per cent) of the members of every delegation at every \
             level shall be women; any fraction in the result is rounded up. The share is \
             taken of all seats, vacant seats included. A delegation that does not meet \
             this is not seated."
        );
        assert!(
            d.notes[0].starts_with("a body or post of 1 (one) seat must go to a woman"),
            "{:?}",
            d.notes
        );
        Ok(())
    }

    /// Domain §3: at 3 seats a 40–60% band cannot be met.
    #[test]
    fn a_band_says_where_it_cannot_be_met() -> Result<(), Box<dyn std::error::Error>> {
        let p = Policy::from_toml_str(
            r#"
            [[groups]]
            id = "women"
            one = "woman"
            many = "women"
            select = { gender = "woman" }
            [[groups]]
            id = "men"
            one = "man"
            many = "men"
            select = { gender = "man" }
            [[rules]]
            id = "etuc-band"
            effective_from = "2019-05-21"
            hardness = "binding"
            base = "all-seats"
            consequence = "report-only"
            require = { shape = "band", groups = ["women", "men"], min = "40%", max = "60%", rounding = "up" }
            "#,
        )?;
        let c = clauses(&p, Lang::Id);
        assert!(c[0].article.starts_with(
            "Perempuan dan laki-laki masing-masing paling sedikit 40% (empat puluh persen) \
             dan paling banyak 60% (enam puluh persen) dari anggota setiap badan"
        ));
        assert!(
            c[0].notes
                .iter()
                .any(|n| n.starts_with("pada 3 kursi ketentuan ini tidak dapat dipenuhi")),
            "{:?}",
            c[0].notes
        );
        Ok(())
    }
}
