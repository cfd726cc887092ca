//! The HTML reports in a real browser: every report of the bundled examples, in both
//! languages, rendered by headless Chromium to a PNG that must not be blank, and its
//! DOM after rendering read back (`--dump-dom`) for the same checks and key figures as
//! the parser test (`html_reports`).
//!
//! Needs Debian's `chromium` at `/usr/bin/chromium` (`.ci/run` installs it); without
//! it the test binary stops with one message saying what to install. The screenshots
//! go to a scratch folder, or to `$RULEBOOK_SCREENS` when set.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use scraper::Html;
use union_rulebook::i18n::Lang;

use crate::common::scratch_dir;
use crate::html_reports::{Page, check_dom, check_figures, dom_text, example_pages};

const CHROMIUM: &str = "/usr/bin/chromium";

/// The browser, or one message naming what to install and an exit (as
/// `common::shared_data` does for the data folder).
fn chromium() -> &'static Path {
    let path = Path::new(CHROMIUM);
    if !path.is_file() {
        eprintln!(
            "error: {CHROMIUM} is missing: the browser tests render the HTML reports in \
             headless Chromium; install it (Debian/Ubuntu: `apt-get install chromium`, as \
             .ci/run does)"
        );
        std::process::exit(2);
    }
    path
}

/// Runs Chromium headless on `file` in a fresh profile, with no network activity of
/// its own: a screenshot to `png`, and the DOM after rendering (`--dump-dom`, its
/// stdout), in one run.
fn run_chromium(file: &Path, png: &Path, profile: &Path) -> String {
    let action = "--dump-dom";
    let mut child = Command::new(chromium())
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--window-size=1200,1600")
        .arg(format!("--screenshot={}", png.display()))
        .arg(action)
        .arg(format!("file://{}", file.display()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{CHROMIUM} does not start: {e}"));
    // Read stdout on a thread so that a large DOM never blocks the browser.
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut s).map(|_| s)
    });
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(
                status.success(),
                "chromium {action} {}: {status}",
                file.display()
            );
            break;
        }
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "chromium {action} {}: no result after 120 s",
                file.display()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    reader.join().unwrap().unwrap()
}

/// Pixels that are not white, and distinct colours, of a PNG.
pub(crate) fn ink(png_path: &Path) -> (usize, usize, usize) {
    let file = std::io::BufReader::new(std::fs::File::open(png_path).unwrap());
    let mut reader = png::Decoder::new(file).read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    assert_eq!(
        info.bit_depth,
        png::BitDepth::Eight,
        "{}",
        png_path.display()
    );
    let channels = info.color_type.samples();
    let bytes = &buf[..info.buffer_size()];
    let mut colours = HashSet::new();
    let mut inked = 0;
    let mut total = 0;
    for px in bytes.chunks_exact(channels) {
        let rgb = match channels {
            1 | 2 => [px[0], px[0], px[0]],
            _ => [px[0], px[1], px[2]],
        };
        total += 1;
        if rgb != [255, 255, 255] {
            inked += 1;
        }
        colours.insert(rgb);
    }
    (inked, total, colours.len())
}

fn screens_dir() -> PathBuf {
    match std::env::var_os("RULEBOOK_SCREENS") {
        Some(d) => {
            let d = PathBuf::from(d);
            std::fs::create_dir_all(&d).unwrap();
            d
        }
        None => scratch_dir("html-screens"),
    }
}

fn check_in_browser(page: &Page, dir: &Path, work: &Path) {
    let stem = page.file_stem();
    let html_path = dir.join(format!("{stem}.html"));
    std::fs::write(&html_path, &page.html).unwrap();
    let png_path = dir.join(format!("{stem}.png"));
    let profile = work.join(format!("profile-{stem}"));
    let dom = run_chromium(&html_path, &png_path, &profile);
    let (inked, total, colours) = ink(&png_path);
    assert!(
        inked * 20 > total && colours > 8,
        "{stem}: the screenshot looks blank ({inked} of {total} pixels not white, {colours} colours)"
    );
    let doc = Html::parse_document(&dom);
    check_dom(&stem, page.lang, &doc);
    check_figures(page, &dom_text(&doc));
    let _ = std::fs::remove_dir_all(&profile);
}

#[test]
fn every_example_report_renders_in_headless_chromium() {
    chromium();
    let dir = screens_dir();
    let work = scratch_dir("html-browser");
    let pages: Vec<Page> = Lang::ALL.into_iter().flat_map(example_pages).collect();
    // Two browsers at a time: the even pages and the odd ones.
    std::thread::scope(|s| {
        for parity in [0, 1] {
            let (dir, work, pages) = (&dir, &work, &pages);
            s.spawn(move || {
                for page in pages.iter().skip(parity).step_by(2) {
                    check_in_browser(page, dir, work);
                }
            });
        }
    });
    let _ = std::fs::remove_dir_all(&work);
}
