//! The page every report shares: the document, its inline CSS, the palette and the
//! findings tables.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::{t, ta};
use crate::diagnostics::Summary;
use crate::i18n::{Arg, Lang};
use crate::{Finding, Severity};

/// The palette. Text colours are checked against their backgrounds for WCAG 2.1 AA
/// contrast (4.5:1) by a unit test; chart colours against white for the 3:1 that
/// WCAG 2.1 (1.4.11) asks of graphics.
pub(super) mod palette {
    /// Body text.
    pub const TEXT: &str = "#1b1b1b";
    /// Page background.
    pub const PAGE: &str = "#ffffff";
    /// Secondary text (captions, legends).
    pub const MUTED: &str = "#4a4a4a";
    /// The header band.
    pub const HEADER: &str = "#1d3557";
    /// Text on the header band.
    pub const HEADER_TEXT: &str = "#ffffff";
    /// Table header cells.
    pub const TH: &str = "#e9edf2";
    /// Good news: text and its background.
    pub const OK_TEXT: &str = "#1b5e20";
    /// Good news background.
    pub const OK_BG: &str = "#e8f5e9";
    /// Errors: text and its background.
    pub const ERR_TEXT: &str = "#9b1c1c";
    /// Error background.
    pub const ERR_BG: &str = "#fdecea";
    /// Warnings: text and its background.
    pub const WARN_TEXT: &str = "#6d4300";
    /// Warning background.
    pub const WARN_BG: &str = "#fff4d6";
    /// Notes: text and its background.
    pub const INFO_TEXT: &str = "#174a8b";
    /// Note background.
    pub const INFO_BG: &str = "#e8f0fb";
    /// Chart: a bar that meets its rule.
    pub const BAR_OK: &str = "#2e7d32";
    /// Chart: a bar that breaks its rule.
    pub const BAR_BAD: &str = "#c62828";
    /// Chart: a bar with no verdict (votes, attendance).
    pub const BAR: &str = "#3f6fa8";
    /// Chart: a bar's track, the rest of the scale.
    pub const TRACK: &str = "#e3e7ec";
    /// Chart: threshold lines.
    pub const LINE: &str = "#000000";

    /// Every text colour with the background it is drawn on.
    #[cfg(test)]
    pub const TEXT_PAIRS: &[(&str, &str)] = &[
        (TEXT, PAGE),
        (MUTED, PAGE),
        (TEXT, TH),
        (MUTED, TRACK),
        (TEXT, TRACK),
        (HEADER_TEXT, HEADER),
        (OK_TEXT, OK_BG),
        (ERR_TEXT, ERR_BG),
        (WARN_TEXT, WARN_BG),
        (INFO_TEXT, INFO_BG),
        (OK_TEXT, PAGE),
        (ERR_TEXT, PAGE),
        (INFO_TEXT, PAGE),
        (HEADER_TEXT, BAR),
    ];

    /// Every chart colour, drawn on the page background.
    #[cfg(test)]
    pub const GRAPHICS: &[&str] = &[BAR_OK, BAR_BAD, BAR, LINE];
}

/// The page's CSS: a readable column on any screen, tables that scroll sideways on a
/// phone rather than overflow, and an A4 print layout. System fonts only.
fn css() -> String {
    use palette::*;
    format!(
        r#":root{{color-scheme:light}}
*{{box-sizing:border-box}}
html{{-webkit-text-size-adjust:100%;text-size-adjust:100%}}
body{{margin:0;background:{PAGE};color:{TEXT};font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif}}
header{{background:{HEADER};color:{HEADER_TEXT};padding:1.25rem 1rem}}
header h1{{margin:0 auto;max-width:64rem;font-size:1.6rem;line-height:1.25}}
header p{{margin:.35rem auto 0;max-width:64rem}}
main{{max-width:64rem;margin:0 auto;padding:0 1rem 2rem}}
h2{{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid {TH};padding-bottom:.2rem}}
h3{{font-size:1.05rem;margin:1.25rem 0 .4rem}}
p,li{{max-width:48rem}}
.muted,figcaption{{color:{MUTED}}}
.scroll{{overflow-x:auto;margin:.5rem 0 1rem}}
table{{border-collapse:collapse;min-width:50%;font-size:.95rem}}
caption{{text-align:left;color:{MUTED};padding:.25rem 0;caption-side:top}}
th,td{{border:1px solid #c8ced6;padding:.3rem .55rem;text-align:left;vertical-align:top}}
thead th,th[scope=col]{{background:{TH}}}
th[scope=row]{{font-weight:600}}
td.num,th.num{{text-align:right;font-variant-numeric:tabular-nums}}
code{{font-family:ui-monospace,"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:.9em}}
td code,th code{{white-space:nowrap}}
.badge{{display:inline-block;padding:.05rem .5rem;border-radius:.6rem;font-weight:600;font-size:.9em}}
.ok{{background:{OK_BG};color:{OK_TEXT}}}
.err{{background:{ERR_BG};color:{ERR_TEXT}}}
.warn{{background:{WARN_BG};color:{WARN_TEXT}}}
.info{{background:{INFO_BG};color:{INFO_TEXT}}}
.verdict{{font-size:1.15rem;padding:.6rem .9rem;border-radius:.4rem;margin:1rem 0}}
figure{{margin:1rem 0;overflow-x:auto}}
figure svg{{display:block;max-width:100%;height:auto}}
svg text{{fill:{TEXT};font-size:14px}}
svg text.small{{font-size:11px;fill:{MUTED}}}
ul.findings li{{margin:.3rem 0}}
footer{{max-width:64rem;margin:0 auto;padding:1rem;color:{MUTED};font-size:.85rem;border-top:1px solid {TH}}}
@media (max-width:40rem){{body{{font-size:15px}}header h1{{font-size:1.3rem}}main{{padding:0 .6rem 1.5rem}}th,td{{padding:.25rem .35rem}}figure svg{{max-width:none}}}}
@page{{size:A4;margin:14mm 12mm}}
@media print{{body{{font-size:10pt}}header{{background:none;color:{TEXT};padding:0 0 .5rem;border-bottom:2px solid {TEXT}}}main,footer{{max-width:none;padding:0}}.scroll{{overflow:visible}}h2,h3{{break-after:avoid}}tr,figure{{break-inside:avoid}}figure svg{{max-width:100%}}}}
"#
    )
}

/// One whole document: `title` as the page's heading and title, `intro` under it,
/// `body` as its main part; ends with a newline, as the CLI's outputs do.
pub(super) fn page(lang: Lang, title: &str, intro: &str, body: Markup) -> String {
    let made_by = ta(
        lang,
        "html-made-by",
        &[("version", Arg::from(env!("CARGO_PKG_VERSION")))],
    );
    html! {
        (DOCTYPE)
        html lang=(lang.tag()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                // Nothing loads from anywhere: no script, no fetch, styles inline only.
                meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'";
                title { (title) }
                style { (PreEscaped(css())) }
            }
            body {
                header {
                    h1 { (title) }
                    @if !intro.is_empty() { p { (intro) } }
                }
                main { (body) }
                footer { (made_by) }
            }
        }
    }
    .into_string()
        + "\n"
}

/// The label of a severity, as a heading.
pub(super) fn severity_label(lang: Lang, s: Severity) -> String {
    t(
        lang,
        match s {
            Severity::Error => "html-severity-error",
            Severity::Warning => "html-severity-warning",
            Severity::Info => "html-severity-info",
        },
    )
}

/// The CSS class of a severity.
pub(super) fn severity_class(s: Severity) -> &'static str {
    match s {
        Severity::Error => "err",
        Severity::Warning => "warn",
        Severity::Info => "info",
    }
}

/// `3 errors, 1 warning, 0 notes`.
pub(super) fn summary_text(lang: Lang, s: &Summary) -> String {
    ta(
        lang,
        "html-summary",
        &[
            ("errors", Arg::from(s.errors)),
            ("warnings", Arg::from(s.warnings)),
            ("infos", Arg::from(s.infos)),
        ],
    )
}

/// Findings grouped by severity, most serious first: a table per severity with each
/// finding's code, path and message. `level` is the heading level of the groups (2
/// or 3).
pub(super) fn findings(lang: Lang, findings: &[Finding], level: u8) -> Markup {
    let groups = [Severity::Error, Severity::Warning, Severity::Info];
    html! {
        @if findings.is_empty() {
            p { (t(lang, "html-no-findings")) }
        }
        @for s in groups {
            @let these: Vec<&Finding> = findings.iter().filter(|f| f.severity == s).collect();
            @if !these.is_empty() {
                @let label = severity_label(lang, s);
                @let heading = html! { span class={"badge " (severity_class(s))} { (label) " (" (these.len()) ")" } };
                @if level <= 2 { h2 { (heading) } } @else { h3 { (heading) } }
                div.scroll {
                    table {
                        caption { (ta(lang, "html-findings-caption", &[("severity", Arg::from(label.as_str()))])) }
                        thead { tr {
                            th scope="col" { (t(lang, "html-col-code")) }
                            th scope="col" { (t(lang, "html-col-path")) }
                            th scope="col" { (t(lang, "html-col-message")) }
                        } }
                        tbody {
                            @for f in these {
                                tr {
                                    th scope="row" { code { (f.code) } }
                                    td { code { (f.path.to_string()) } }
                                    td { (f.message) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::palette;

    /// The relative luminance of an sRGB colour `#rrggbb` (WCAG 2.1, "relative
    /// luminance": each channel linearised, then 0.2126 R + 0.7152 G + 0.0722 B).
    fn luminance(hex: &str) -> f64 {
        let channel = |i: usize| {
            let v = hex
                .get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
                .map_or(f64::NAN, f64::from)
                / 255.0;
            if v <= 0.040_45 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
    }

    /// The contrast ratio (L1 + 0.05) / (L2 + 0.05), lighter over darker (WCAG 2.1).
    fn contrast(a: &str, b: &str) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn the_formula_gives_the_published_extremes() {
        // Black on white is 21:1; a colour on itself is 1:1 (WCAG 2.1, 1.4.3).
        assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
        assert!((contrast("#767676", "#767676") - 1.0).abs() < 1e-9);
        // #767676 on white is the well-known lightest AA grey, 4.54:1.
        assert!((contrast("#767676", "#ffffff") - 4.54).abs() < 0.01);
    }

    #[test]
    fn text_meets_wcag_aa() {
        for (fg, bg) in palette::TEXT_PAIRS {
            let ratio = contrast(fg, bg);
            assert!(ratio >= 4.5, "{fg} on {bg}: {ratio:.2}:1, below AA's 4.5:1");
        }
    }

    #[test]
    fn charts_meet_the_graphics_contrast() {
        for c in palette::GRAPHICS {
            let ratio = contrast(c, palette::PAGE);
            assert!(ratio >= 3.0, "{c} on the page: {ratio:.2}:1, below 3:1");
        }
    }
}
