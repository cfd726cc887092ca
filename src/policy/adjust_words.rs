//! The words of a proportional floor's adjustment ([`Adjust`]), for `policy explain`
//! and for the clause writer (catalogues `locales/{en,id}/quotas.ftl`).

use crate::i18n::tr;
use crate::model::policy::{Adjust, Share};

fn points(p: Share) -> String {
    p.percent_label().trim_end_matches('%').to_owned()
}

fn parts(a: &Adjust, clause: bool) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(f) = a.times {
        out.push(if clause {
            tr!("quotas-clause-times", factor = f.to_string())
        } else {
            tr!("quotas-times", factor = f.to_string())
        });
    }
    if let Some(p) = a.plus_points {
        out.push(if clause {
            tr!("quotas-clause-plus-points", points = points(p))
        } else {
            tr!("quotas-plus-points", points = points(p))
        });
    }
    if let Some(p) = a.minus_points {
        out.push(if clause {
            tr!("quotas-clause-minus-points", points = points(p))
        } else {
            tr!("quotas-minus-points", points = points(p))
        });
    }
    if let Some(sw) = a.switch {
        let (below, then) = (sw.below.percent_label(), sw.then.percent_label());
        out.push(if clause {
            tr!("quotas-clause-switch", below = below, then = then)
        } else {
            tr!("quotas-switch", below = below, then = then)
        });
    }
    out
}

/// `, times 1.2, plus 5 percentage points` after the population, or nothing.
pub(crate) fn explain(adjust: Option<&Adjust>) -> String {
    adjust.map_or_else(String::new, |a| {
        parts(a, false)
            .into_iter()
            .map(|p| format!(", {p}"))
            .collect()
    })
}

/// The clause's words for the adjustment, after the population, or nothing.
pub(crate) fn clause(adjust: Option<&Adjust>) -> String {
    adjust.map_or_else(String::new, |a| {
        parts(a, true)
            .into_iter()
            .map(|p| format!(", {p}"))
            .collect()
    })
}
