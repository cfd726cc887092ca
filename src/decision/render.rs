//! Text rendering of a decision (the data is in [`Decision`]).

use super::messages as msg;
use super::outcome::{Decision, QuorumCheck, QuorumClause, Verdict};
use std::fmt::Write as _;

/// Renders a decision for people: the verdict, the quorum clause by clause, the votes and
/// the majority that applied.
///
/// ```
/// use union_rulebook::decision::{decide, render_text, Motion};
/// let motion: Motion = serde_json::from_str(r#"{
///   "id": "m1",
///   "rule": { "majority": { "share": "1/2", "comparison": "more-than", "base": "yes-no" } },
///   "delegates": [ { "id": "a" }, { "id": "b" } ],
///   "votes": [ { "delegate": "a", "choice": "yes" }, { "delegate": "b", "choice": "no" } ]
/// }"#)?;
/// let text = render_text(&decide(&motion)?);
/// assert!(text.starts_with("motion m1: rejected\n"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn render_text(d: &Decision) -> String {
    let mut out = String::new();
    let verdict = match &d.verdict {
        Verdict::Carried => msg::verdict_carried(),
        Verdict::Rejected => msg::verdict_rejected(),
        Verdict::Adopted { option } => msg::verdict_adopted(option),
        Verdict::NoMajority => msg::verdict_no_majority(),
        Verdict::Tie { options } => msg::verdict_tie(options),
        Verdict::NotQuorate => msg::verdict_not_quorate(),
    };
    let _ = writeln!(out, "{}", msg::motion_line(&d.motion, &verdict));
    let _ = writeln!(out, "{}", msg::quorum_heading());
    quorum_lines(&d.quorum, 1, &mut out);
    let _ = writeln!(out, "{}", msg::votes_heading());
    for o in &d.tally.options {
        let _ = writeln!(out, "  {}: {}", o.option, o.votes);
    }
    for (name, n) in [
        ("abstain", d.tally.abstain),
        ("blank", d.tally.blank),
        ("invalid", d.tally.invalid),
    ] {
        if n > 0 {
            let _ = writeln!(out, "  {}: {n}", msg::non_option(name));
        }
    }
    let m = &d.majority;
    let _ = writeln!(
        out,
        "{}",
        msg::majority_line(m.share, m.comparison, m.base, m.base_votes, m.required)
    );
    if let Some(mv) = &m.minimum {
        let _ = writeln!(out, "  {}", minimum_line(mv));
    }
    if let Some(f) = &d.fractions {
        let _ = writeln!(out, "{}", fractions_line(f));
    }
    out
}

/// The line of a majority's floor on the winning votes (also the HTML page's).
pub(crate) fn minimum_line(m: &super::MinimumVotes) -> String {
    crate::i18n::tr!(
        "statutes-majority-minimum-line",
        formula = m.formula.as_str(),
        value = m.value.as_str(),
        votes = m.votes.to_string()
    )
}

/// The line of the fractions a decision rounded (also the HTML page's).
pub(crate) fn fractions_line(f: &super::FractionsApplied) -> String {
    let items: Vec<String> = f
        .weights
        .iter()
        .map(|w| format!("{} {} → {}", w.who, w.weight, w.votes))
        .chain(
            f.totals
                .iter()
                .map(|t| format!("{} {} → {}", t.of, t.exact, t.votes)),
        )
        .collect();
    let of = match f.of {
        super::FractionsOf::Total => "total",
        _ => "weight",
    };
    crate::i18n::tr!(
        "congress-fractions-line",
        rounding = f.rounding.to_string(),
        of = of,
        items = if items.is_empty() {
            "-".to_string()
        } else {
            items.join(", ")
        }
    )
}

fn quorum_lines(q: &QuorumCheck, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    let present = q.present.unwrap_or(0);
    let required = q.required.unwrap_or(0);
    let line = match &q.clause {
        QuorumClause::None => msg::no_quorum(),
        QuorumClause::Share {
            share,
            of,
            comparison,
            measure,
            entitled,
        } => msg::quorum_share(
            *share,
            *comparison,
            &msg::entitled(*of, *measure),
            *entitled,
            present,
            required,
            q.met,
        ),
        QuorumClause::Count {
            count,
            comparison,
            of,
            measure,
        } => msg::quorum_count(
            *count,
            *comparison,
            &msg::entitled(*of, *measure),
            present,
            required,
            q.met,
        ),
        QuorumClause::Formula {
            formula,
            value,
            comparison,
            of,
            measure,
        } => crate::i18n::tr!(
            "statutes-quorum-formula",
            comparison = msg::comparison(*comparison),
            formula = formula.as_str(),
            value = value.as_str(),
            whom = msg::entitled(*of, *measure),
            present = present,
            required = required,
            met = msg::met_word(q.met)
        ),
        QuorumClause::AnyOf => msg::quorum_group(true, q.met),
        QuorumClause::AllOf => msg::quorum_group(false, q.met),
    };
    let _ = writeln!(out, "{indent}{line}");
    for p in &q.parts {
        quorum_lines(p, depth + 1, out);
    }
}
