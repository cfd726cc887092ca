//! The drafter's workbench in a real browser: headless Chromium driven through
//! WebDriver (chromedriver) by fantoccini, against `rulebook serve --port 0`.
//!
//! A drafter's session: the example policy's table; a rule changed from 30% to 40%
//! and the table following; a 40-60% band that cannot be met at 3 seats; a typing
//! error shown with its line and column; the page in Bahasa Indonesia, with the
//! server's clauses in Indonesian too; the example document audited in the frame; the
//! what-if roundings; the example election with corrective replacement; and
//! screenshots that must not be blank (kept in `target/serve-screens/`).
//!
//! Uses the WebDriver at `$WEBDRIVER_URL` when set; otherwise starts
//! `/usr/bin/chromedriver` (Debian's `chromium-driver`) on a free port itself and
//! stops it (and the browser) when done. Without chromedriver or chromium the test
//! stops with one message saying what to install (`.ci/run` installs both).

use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::common::scratch_dir;
use crate::html_browser::ink;
use crate::serve_page::Server;

const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// Waits for the browser's answers: the page debounces typing by 300 ms and the
/// server answers in milliseconds; the audit of the 460 KB example takes longer on a
/// debug build.
const PATIENCE: Duration = Duration::from_secs(60);

/// A chromedriver this test started, in its own process group: dropping it stops
/// chromedriver and the browsers it started.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // The group is the one this test created for chromedriver (its id is the
        // child's): chromedriver and the Chromium processes it started, nothing else.
        let group = format!("-{}", self.child.id());
        let _ = Command::new("kill")
            .args(["-KILL", "--", &group])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn missing(what: &str, package: &str) -> ! {
    eprintln!(
        "error: {what} is missing: the workbench's browser test drives headless Chromium \
         through chromedriver; install them (Debian/Ubuntu: `apt-get install chromium \
         chromium-driver`, as .ci/run does), or set WEBDRIVER_URL to a running WebDriver \
         (package {package})"
    );
    std::process::exit(2);
}

/// The WebDriver to use: `$WEBDRIVER_URL`, or a chromedriver started here.
fn webdriver() -> (Option<Driver>, String) {
    if let Ok(url) = std::env::var("WEBDRIVER_URL")
        && !url.is_empty()
    {
        return (None, url);
    }
    if !Path::new(CHROMIUM).is_file() {
        missing(CHROMIUM, "chromium");
    }
    if !Path::new(CHROMEDRIVER).is_file() {
        missing(CHROMEDRIVER, "chromium-driver");
    }
    // A free port: bound and released, then given to chromedriver.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .arg("--allowed-ips=127.0.0.1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .unwrap_or_else(|e| panic!("{CHROMEDRIVER} does not start: {e}"));
    let url = format!("http://127.0.0.1:{port}");
    let driver = Driver { child, url };
    let start = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "{CHROMEDRIVER} does not listen on port {port} after 30 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    let url = driver.url.clone();
    (Some(driver), url)
}

fn capabilities(profile: &Path) -> serde_json::Map<String, Value> {
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--lang=en-US",
                "--window-size=1000,1500",
                format!("--user-data-dir={}", profile.display()),
            ],
        },
    });
    match caps {
        Value::Object(map) => map,
        _ => unreachable!(),
    }
}

type Outcome = Result<(), String>;

fn fail<T>(what: impl Into<String>) -> Result<T, String> {
    Err(what.into())
}

fn wd<T>(r: Result<T, impl std::fmt::Display>) -> Result<T, String> {
    r.map_err(|e| format!("webdriver: {e}"))
}

/// Evaluates `script` (which returns a value) until `ok` accepts it, or fails saying
/// `what` after [`PATIENCE`].
async fn wait_js(
    client: &Client,
    what: &str,
    script: &str,
    args: Vec<Value>,
    ok: impl Fn(&Value) -> bool,
) -> Result<Value, String> {
    let start = Instant::now();
    loop {
        let v = wd(client.execute(script, args.clone()).await)?;
        if ok(&v) {
            return Ok(v);
        }
        if start.elapsed() > PATIENCE {
            return fail(format!("{what}: still {v} after {PATIENCE:?}"));
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Waits until the element matching `css` has a text that `ok` accepts.
async fn wait_text(
    client: &Client,
    css: &str,
    ok: impl Fn(&str) -> bool,
) -> Result<String, String> {
    let v = wait_js(
        client,
        css,
        "const e = document.querySelector(arguments[0]); return e ? e.textContent : null;",
        vec![json!(css)],
        |v| v.as_str().is_some_and(&ok),
    )
    .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

/// The cell of the drafter's table for `rule` at `seats`.
fn cell(rule: &str, seats: u32) -> String {
    format!("#explain-table td[data-rule=\"{rule}\"][data-seats=\"{seats}\"]")
}

fn whatif_cell(rounding: &str, seats: u32) -> String {
    format!("#whatif-table td[data-rule=\"{rounding}\"][data-seats=\"{seats}\"]")
}

/// Replaces the editor's text with `text` and then types `typed` at its end, as the
/// drafter does: the page sees real key presses.
async fn edit(client: &Client, text: &str, typed: &str) -> Outcome {
    wd(client
        .execute(
            "const a = document.getElementById('policy'); a.value = arguments[0]; a.focus(); \
             a.setSelectionRange(a.value.length, a.value.length);",
            vec![json!(text)],
        )
        .await)?;
    let area = wd(client.find(Locator::Id("policy")).await)?;
    wd(area.send_keys(typed).await)
}

/// The text inside the frame `frame_id`, once the server's report is in it.
async fn frame_text(client: &Client, frame_id: &str) -> Result<String, String> {
    wait_js(
        client,
        &format!("#{frame_id} srcdoc"),
        "const f = document.getElementById(arguments[0]); return !f.hidden && f.srcdoc.length > 0;",
        vec![json!(frame_id)],
        |v| v.as_bool() == Some(true),
    )
    .await?;
    // Let the frame load its srcdoc, then read what it shows from inside it.
    let frame = wd(client.find(Locator::Id(frame_id)).await)?;
    wd(frame.enter_frame().await)?;
    let text = wait_js(
        client,
        "the frame's body",
        "return document.body ? document.body.innerText : '';",
        vec![],
        |v| v.as_str().is_some_and(|s| s.len() > 100),
    )
    .await;
    wd(client.enter_parent_frame().await)?;
    Ok(text?.as_str().unwrap_or_default().to_owned())
}

fn screens() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/serve-screens");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A screenshot of the viewport to `target/serve-screens/NAME.png`, not blank.
async fn screenshot(client: &Client, name: &str) -> Outcome {
    wd(client.execute("window.scrollTo(0, 0);", vec![]).await)?;
    let png = wd(client.screenshot().await)?;
    let path = screens().join(format!("{name}.png"));
    std::fs::write(&path, &png).map_err(|e| format!("{}: {e}", path.display()))?;
    let (inked, total, colours) = ink(&path);
    if inked * 20 <= total || colours <= 8 {
        return fail(format!(
            "{name}: the screenshot looks blank ({inked} of {total} pixels not white, {colours} colours)"
        ));
    }
    Ok(())
}

/// The band rule of ETUC (each gender between 40% and 60%), appended to the policy.
const BAND: &str = r#"
[[rules]]
id = "etuc-band"
effective_from = "2019-05-21"
hardness = "binding"
base = "all-seats"
consequence = "report-only"
require = { shape = "band", groups = ["women", "men"], min = "40%", max = "60%", rounding = "up" }
"#;

async fn drafter_session(client: &Client, server: &Server) -> Outcome {
    let example = std::fs::read_to_string(crate::common::example_data("spn-policy.toml"))
        .map_err(|e| e.to_string())?;
    wd(client.set_window_size(1000, 1500).await)?;
    wd(client.goto(&server.url("/")).await)?;

    // The example policy, as the page opens: women-30 is 30% rounded up, so at 6 seats
    // 6 x 30% = 1.8, up to 2 (the rule's text: "at least 30%, rounding up").
    wait_text(client, &cell("women-30", 6), |t| t == "at least 2").await?;
    // 7 x 30% = 2.1, up to 3.
    wait_text(client, &cell("women-30", 7), |t| t == "at least 3").await?;

    // The drafter raises the floor to 40% and adds the ETUC band.
    let raised = example.replace("share = \"30%\"", "share = \"40%\"");
    if raised == example {
        return fail("the example policy has no share = \"30%\"");
    }
    edit(client, &raised, BAND).await?;
    // 6 x 40% = 2.4, up to 3; 7 x 40% = 2.8, up to 3; 8 x 40% = 3.2, up to 4.
    wait_text(client, &cell("women-30", 6), |t| t == "at least 3").await?;
    wait_text(client, &cell("women-30", 7), |t| t == "at least 3").await?;
    wait_text(client, &cell("women-30", 8), |t| t == "at least 4").await?;
    // The band at 3 seats: each gender needs k seats with 1.2 <= k <= 1.8 (40% and
    // 60% of 3): no integer k, so the cell is marked as impossible, in colour and text.
    let infeasible = cell("etuc-band", 3);
    wait_text(client, &infeasible, |t| t.contains("cannot be met")).await?;
    let class = wd(client
        .execute(
            "return document.querySelector(arguments[0]).className;",
            vec![json!(infeasible)],
        )
        .await)?;
    if class.as_str() != Some("infeasible") {
        return fail(format!("{infeasible}: class {class}"));
    }
    // At 5 seats the band is 2 to 3 for each (40% of 5 = 2, 60% of 5 = 3).
    wait_text(client, &cell("etuc-band", 5), |t| {
        t == "women: 2 to 3; men: 2 to 3"
    })
    .await?;
    // The clause the statutes would carry, from the server.
    wait_text(client, "#clauses article[data-rule=\"women-30\"] p", |t| {
        t.starts_with("At least 40% (forty per cent)")
    })
    .await?;
    screenshot(client, "workbench-en").await?;

    // A typing error: the message sits next to the editor, with line and column.
    let broken = format!("{raised}{BAND}");
    let typed = "\n[[rules]]\nid = oops\n";
    edit(client, &broken, typed).await?;
    // TOML needs a quoted string: the error is at `oops`, column 6 of its line.
    let lines = format!("{broken}{typed}")
        .lines()
        .position(|l| l == "id = oops")
        .map_or(0, |i| i + 1);
    let error = wait_js(
        client,
        "the policy error",
        "const e = document.getElementById('policy-error'); return e.hidden ? '' : e.textContent;",
        vec![],
        |v| v.as_str().is_some_and(|s| s.contains("line")),
    )
    .await?;
    let error = error.as_str().unwrap_or_default();
    if !error.contains(&format!("line {lines}, column 6")) {
        return fail(format!(
            "the error does not say line {lines}, column 6: {error:?}"
        ));
    }
    edit(client, &raised, BAND).await?;
    wait_js(
        client,
        "the error to go",
        "return document.getElementById('policy-error').hidden;",
        vec![],
        |v| v.as_bool() == Some(true),
    )
    .await?;

    // Bahasa Indonesia: the page's labels, the lang attribute, and the server's
    // clauses (Accept-Language) in Indonesian; 40 in words is "empat puluh".
    wd(wd(client.find(Locator::Id("lang-id")).await)?.click().await)?;
    wait_text(client, "h1", |t| t == "Meja Kerja Aturan Keterwakilan").await?;
    let lang = wd(client
        .execute("return document.documentElement.lang;", vec![])
        .await)?;
    if lang.as_str() != Some("id") {
        return fail(format!("html lang is {lang}"));
    }
    wait_text(client, "#explain-table thead th", |t| t == "Kursi").await?;
    wait_text(client, &cell("women-30", 6), |t| t == "paling sedikit 3").await?;
    wait_text(client, &infeasible, |t| t.contains("tidak dapat dipenuhi")).await?;
    wait_text(client, "#clauses article[data-rule=\"women-30\"] p", |t| {
        t.starts_with("Paling sedikit 40% (empat puluh persen)")
    })
    .await?;
    screenshot(client, "workbench-id").await?;

    // The example document, audited against the example policy, in Indonesian: spn/dpp
    // has 13 seats; 30% of 13 = 3.9, rounded up 4 (as the HTML report test reads it).
    wd(wd(client.find(Locator::Id("policy-reset")).await)?
        .click()
        .await)?;
    wait_text(client, &cell("women-30", 6), |t| t == "paling sedikit 2").await?;
    wd(wd(client.find(Locator::Id("doc-example")).await)?
        .click()
        .await)?;
    let audit = frame_text(client, "audit-frame").await?;
    if !(audit.contains("spn/dpp") && audit.contains("dari 13; sekurang-kurangnya 4")) {
        return fail(format!(
            "the audit frame does not show spn/dpp with 4 of 13: {}",
            audit.chars().take(600).collect::<String>()
        ));
    }

    // What if the group is 25% of the membership: at 10 seats 10 x 25% = 2.5, so up
    // gives 3, half up 3, half to even 2, down 2; d'Hondt between 25 and 75 gives the
    // group the quotients 25 and 12.5 among the ten largest (75, 37.5, 25, 25, 18.75,
    // 15, 12.5, 12.5, 10.7, 9.4): 2.
    let share = wd(client.find(Locator::Id("share")).await)?;
    wd(share.clear().await)?;
    wd(share.send_keys("25").await)?;
    for (rounding, seats) in [
        ("up", 3),
        ("half-up", 3),
        ("half-even", 2),
        ("down", 2),
        ("dhondt", 2),
    ] {
        let want = format!("paling sedikit {seats}");
        wait_text(client, &whatif_cell(rounding, 10), |t| t == want).await?;
    }

    // The example election (5 seats of the PSP Pengurus by Scottish STV) under
    // corrective replacement, still in Indonesian: the count elects one woman; the
    // Pengurus has 6 seats on the rule's base, 30% of 6 = 1.8, rounded up 2, so the
    // lowest-placed winner (p-6) gives way to the best-placed woman (p-5), as the
    // `elect` worked example of the README says ("p-5 replaces p-6").
    wd(client
        .execute(
            "const s = document.getElementById('consequence'); s.value = 'corrective-replacement';",
            vec![],
        )
        .await)?;
    wd(wd(client.find(Locator::Id("election-example")).await)?
        .click()
        .await)?;
    let elect = frame_text(client, "elect-frame").await?;
    if !elect.contains("p-6 digantikan oleh p-5") {
        return fail(format!(
            "the election frame does not show p-5 replacing p-6: {}",
            elect.chars().take(600).collect::<String>()
        ));
    }

    // English again, then on a phone: the page fits the screen's width (the tables
    // scroll in their own boxes).
    wd(wd(client.find(Locator::Id("lang-en")).await)?.click().await)?;
    wait_text(client, "h1", |t| t == "Representation rules workbench").await?;
    wd(client.set_window_size(400, 900).await)?;
    wait_js(
        client,
        "the page's width on a phone",
        "return document.documentElement.scrollWidth <= window.innerWidth + 1;",
        vec![],
        |v| v.as_bool() == Some(true),
    )
    .await?;
    screenshot(client, "workbench-phone").await?;
    Ok(())
}

#[tokio::test(flavor = "current_thread")]
async fn a_drafter_uses_the_workbench_in_headless_chromium() {
    let (_driver, url) = webdriver();
    let server = Server::start();
    let profile = scratch_dir("serve-browser-profile");
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client = ClientBuilder::new(connector)
        .capabilities(capabilities(&profile))
        .connect(&url)
        .await
        .unwrap_or_else(|e| panic!("no WebDriver session at {url}: {e}"));
    let outcome = drafter_session(&client, &server).await;
    // Close the browser whatever happened, then report.
    let _ = client.close().await;
    let _ = std::fs::remove_dir_all(&profile);
    if let Err(e) = outcome {
        panic!("{e}");
    }
}
