//! Charts as inline SVG: horizontal bars against thresholds, stage-by-stage columns
//! against a quota, and flows of transferred votes.
//!
//! The figures come from the reports; the charts only place them. Coordinates are
//! pixels of the SVG's own `viewBox` (the image then scales to the page), computed in
//! `f64` because they are a drawing, never a count.

use maud::{Markup, html};

use super::layout::palette;

/// Pixels, to one decimal.
fn px(v: f64) -> String {
    if v.is_finite() {
        format!("{v:.1}")
    } else {
        "0".to_owned()
    }
}

/// `part / whole` clamped to 0..=1, for a bar's length; 0 when `whole` is 0.
pub(super) fn fraction(part: f64, whole: f64) -> f64 {
    if whole > 0.0 && part.is_finite() {
        (part / whole).clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// How a bar is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tone {
    /// Meets its rule.
    Ok,
    /// Breaks its rule.
    Bad,
    /// No verdict.
    Plain,
}

impl Tone {
    fn colour(self) -> &'static str {
        match self {
            Tone::Ok => palette::BAR_OK,
            Tone::Bad => palette::BAR_BAD,
            Tone::Plain => palette::BAR,
        }
    }
}

/// One bar of [`bars`].
#[derive(Debug, Clone)]
pub(super) struct Bar {
    /// The row's label (left of the bar).
    pub label: String,
    /// The bar's length, 0..=1 of the scale.
    pub value: f64,
    /// The figures, written right of the bar.
    pub text: String,
    /// A solid threshold line (a minimum, a quorum), 0..=1 of the scale.
    pub line: Option<f64>,
    /// A dashed threshold line (a maximum), 0..=1 of the scale.
    pub dashed: Option<f64>,
    /// The bar's colour.
    pub tone: Tone,
}

/// The width of the flows; the other charts are as wide as their labels need.
const WIDTH: f64 = 820.0;
/// The widest label column.
const LABEL_MAX: f64 = 220.0;
/// The widest column of figures.
const TEXT_MAX: f64 = 300.0;
const BAR_W: f64 = 320.0;
const ROW_H: f64 = 26.0;
/// About how wide a character of the charts' 14 px text is.
const CHAR_W: f64 = 8.0;

/// The width a column of `texts` needs, at most `max`: the charts are no wider than
/// their labels, so that they scale down less on a phone.
fn column(texts: impl Iterator<Item = usize>, max: f64) -> f64 {
    let chars = texts.max().unwrap_or(0) as f64;
    (chars * CHAR_W + 12.0).clamp(40.0, max)
}

/// A label that fits a column of `width` pixels at about [`CHAR_W`] pixels a character, cut
/// with an ellipsis (the full text is in the table beside the chart).
fn fit(label: &str, width: f64) -> String {
    // `width` is a small positive constant: the cast only turns it into a count.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let max = (width / CHAR_W) as usize;
    if label.chars().count() <= max {
        label.to_owned()
    } else {
        let mut s: String = label.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// Horizontal bars, one row each, with their threshold lines. `id` must be unique in
/// the page (it ties the chart to its title for screen readers).
pub(super) fn bars(id: &str, title: &str, rows: &[Bar]) -> Markup {
    let rows_h = ROW_H * rows.len() as f64;
    let height = rows_h + 12.0;
    let label_w = column(rows.iter().map(|r| r.label.chars().count()), LABEL_MAX);
    let text_w = column(rows.iter().map(|r| r.text.chars().count()), TEXT_MAX);
    let width = label_w + BAR_W + 10.0 + text_w;
    html! {
        svg viewBox={"0 0 " (px(width)) " " (px(height))} width=(px(width)) height=(px(height))
            role="img" aria-labelledby=(id) {
            title id=(id) { (title) }
            @for (i, r) in rows.iter().enumerate() {
                @let y = 6.0 + ROW_H * i as f64;
                text x=(px(label_w - 8.0)) y=(px(y + 17.0)) text-anchor="end" { (fit(&r.label, label_w)) }
                rect x=(px(label_w)) y=(px(y + 4.0)) width=(px(BAR_W)) height="18" fill=(palette::TRACK) {}
                rect x=(px(label_w)) y=(px(y + 4.0)) width=(px(BAR_W * r.value)) height="18" fill=(r.tone.colour()) {}
                @if let Some(l) = r.line {
                    line x1=(px(label_w + BAR_W * l)) x2=(px(label_w + BAR_W * l)) y1=(px(y)) y2=(px(y + 26.0))
                        stroke=(palette::LINE) stroke-width="3" {}
                }
                @if let Some(l) = r.dashed {
                    line x1=(px(label_w + BAR_W * l)) x2=(px(label_w + BAR_W * l)) y1=(px(y)) y2=(px(y + 26.0))
                        stroke=(palette::LINE) stroke-width="2" stroke-dasharray="4 3" {}
                }
                text x=(px(label_w + BAR_W + 10.0)) y=(px(y + 17.0)) { (fit(&r.text, text_w)) }
            }
        }
    }
}

/// One candidate's row of [`stages`].
#[derive(Debug, Clone)]
pub(super) struct StageRow {
    /// The candidate's name.
    pub label: String,
    /// The votes at each stage (a drawing's magnitude).
    pub values: Vec<f64>,
    /// The result, written right of the columns.
    pub text: String,
    /// The colour of the columns.
    pub tone: Tone,
}

/// Small columns, one per stage, for each candidate, against a dashed quota line.
/// `scale` is the magnitude of a full column (the largest total or the quota).
pub(super) fn stages(
    id: &str,
    title: &str,
    rows: &[StageRow],
    quota: Option<f64>,
    scale: f64,
) -> Markup {
    const H: f64 = 40.0;
    let gap = 10.0;
    let n = rows
        .iter()
        .map(|r| r.values.len())
        .max()
        .unwrap_or(0)
        .max(1);
    let col = (BAR_W / n as f64).min(28.0);
    let height = (H + gap) * rows.len() as f64 + 10.0;
    let label_w = column(rows.iter().map(|r| r.label.chars().count()), LABEL_MAX);
    let text_w = column(rows.iter().map(|r| r.text.chars().count()), TEXT_MAX);
    let area = col * n as f64;
    let width = label_w + area + 12.0 + text_w;
    html! {
        svg viewBox={"0 0 " (px(width)) " " (px(height))} width=(px(width)) height=(px(height))
            role="img" aria-labelledby=(id) {
            title id=(id) { (title) }
            @for (i, r) in rows.iter().enumerate() {
                @let top = 5.0 + (H + gap) * i as f64;
                text x=(px(label_w - 8.0)) y=(px(top + H - 14.0)) text-anchor="end" { (fit(&r.label, label_w)) }
                rect x=(px(label_w)) y=(px(top)) width=(px(area)) height=(px(H)) fill=(palette::TRACK) {}
                @for (j, v) in r.values.iter().enumerate() {
                    @let h = H * fraction(*v, scale);
                    rect x=(px(label_w + col * j as f64 + 1.0)) y=(px(top + H - h)) width=(px((col - 2.0).max(1.0)))
                        height=(px(h)) fill=(r.tone.colour()) {}
                }
                @if let Some(q) = quota {
                    @let y = top + H - H * fraction(q, scale);
                    line x1=(px(label_w - 4.0)) x2=(px(label_w + area + 4.0)) y1=(px(y)) y2=(px(y))
                        stroke=(palette::LINE) stroke-width="2" stroke-dasharray="5 3" {}
                }
                text x=(px(label_w + area + 12.0)) y=(px(top + H - 14.0)) { (fit(&r.text, text_w)) }
            }
        }
    }
}

/// One stage of [`flows`]: whose votes moved, and who received how many.
#[derive(Debug, Clone)]
pub(super) struct Flow {
    /// The stage and what it did (`Stage 3: exclusion of Budi`).
    pub heading: String,
    /// Whose votes moved.
    pub from: String,
    /// Each receiver: its label (with the report's figure) and the votes (a drawing's
    /// magnitude).
    pub to: Vec<(String, f64)>,
}

/// One band of [`flows`]: its label, its width, and its middle's height on the left
/// and on the right.
type Band<'a> = (&'a str, f64, f64, f64);

/// The transfers of a count as bands from the candidates whose votes moved (left) to
/// those who received them (right), a band's width proportional to its votes; one
/// block per stage. `scale` is the largest number of votes moved at one stage.
pub(super) fn flows(id: &str, title: &str, stages: &[Flow], scale: f64) -> Markup {
    const MAX_H: f64 = 140.0;
    const LEFT_X: f64 = 20.0;
    const NODE_W: f64 = 14.0;
    const RIGHT_X: f64 = 420.0;
    const GAP: f64 = 4.0;
    let per_vote = if scale > 0.0 { MAX_H / scale } else { 0.0 };
    // Each block: a heading line, then the bands; each receiver's slot at least 14 px
    // tall so that its label reads. Per band: (label, width, left y, right y).
    let mut blocks: Vec<(f64, f64, f64, Vec<Band<'_>>)> = Vec::new();
    let mut y = 6.0;
    for s in stages {
        let top = y + 22.0;
        let (mut left, mut right) = (top, top);
        let mut bands = Vec::new();
        for (label, v) in &s.to {
            let h = (v * per_vote).max(1.5);
            let slot = h.max(14.0);
            bands.push((label.as_str(), h, left + h / 2.0, right + slot / 2.0));
            left += h;
            right += slot + GAP;
        }
        let left_total = left - top;
        blocks.push((y, top, left_total, bands));
        y = top + (right - top).max(left_total).max(16.0) + 18.0;
    }
    let height = y;
    let (x0, x1) = (LEFT_X + NODE_W, RIGHT_X);
    let mid = (x0 + x1) / 2.0;
    html! {
        svg viewBox={"0 0 " (px(WIDTH)) " " (px(height))} width=(px(WIDTH)) height=(px(height))
            role="img" aria-labelledby=(id) {
            title id=(id) { (title) }
            @for (s, (y, top, left_total, bands)) in stages.iter().zip(&blocks) {
                text x=(px(LEFT_X)) y=(px(y + 14.0)) font-weight="600" { (fit(&s.heading, WIDTH - 40.0)) }
                rect x=(px(LEFT_X)) y=(px(*top)) width=(px(NODE_W)) height=(px(left_total.max(1.5))) fill=(palette::BAR_BAD) {}
                text x=(px(LEFT_X + NODE_W + 8.0)) y=(px(top + 12.0)) { (fit(&s.from, 200.0)) }
                @for (label, h, ly, ry) in bands {
                    path d={"M" (px(x0)) " " (px(*ly)) " C" (px(mid)) " " (px(*ly)) " " (px(mid)) " " (px(*ry)) " " (px(x1)) " " (px(*ry))}
                        fill="none" stroke=(palette::BAR) stroke-opacity="0.45" stroke-width=(px(*h)) {}
                    rect x=(px(RIGHT_X)) y=(px(ry - h / 2.0)) width=(px(NODE_W)) height=(px(*h)) fill=(palette::BAR) {}
                    text x=(px(RIGHT_X + NODE_W + 8.0)) y=(px(ry + 4.5)) { (fit(label, 300.0)) }
                }
            }
        }
    }
}
