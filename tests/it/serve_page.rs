//! The workbench page of `rulebook serve`, without a browser: every asset served with
//! its content type and the Content-Security-Policy, the page valid HTML with nothing
//! from another origin and no inline script, and the English and Indonesian string
//! tables with the same keys. Over a real connection to `rulebook serve --port 0`.
//!
//! Also the helpers the browser test (`serve_browser`) shares: the server guard and a
//! plain HTTP/1.1 GET.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use scraper::{Html, Selector};

/// A running `rulebook serve --port 0`, stopped when dropped; or the server at
/// `$RULEBOOK_SERVE_URL` when set (one already running, left alone).
pub struct Server {
    child: Option<Child>,
    /// `http://127.0.0.1:PORT`, as the server printed it.
    pub base: String,
}

impl Server {
    /// Starts the server on an ephemeral port and waits for the address it prints.
    pub fn start() -> Server {
        if let Ok(base) = std::env::var("RULEBOOK_SERVE_URL")
            && !base.is_empty()
        {
            return Server {
                child: None,
                base: base.trim_end_matches('/').to_owned(),
            };
        }
        let mut child = Command::new(env!("CARGO_BIN_EXE_rulebook"))
            .args(["serve", "--port", "0"])
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("rulebook serve starts");
        let (tx, rx) = mpsc::channel::<String>();
        // Read both streams to their end on threads, so the server never blocks on a
        // full pipe; the first `http://` address on either is the server's.
        let out = child.stdout.take().unwrap();
        let err = child.stderr.take().unwrap();
        for stream in [Box::new(out) as Box<dyn Read + Send>, Box::new(err)] {
            let tx = tx.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines().map_while(Result::ok) {
                    let _ = tx.send(line);
                }
            });
        }
        drop(tx);
        let mut seen = Vec::new();
        let base = loop {
            match rx.recv_timeout(Duration::from_secs(60)) {
                Ok(line) => {
                    if let Some(url) = address_in(&line) {
                        break url;
                    }
                    seen.push(line);
                }
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("rulebook serve printed no address; its output: {seen:?}");
                }
            }
        };
        Server {
            child: Some(child),
            base,
        }
    }

    /// `base` joined with `path` (which starts with `/`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// The first `http://HOST:PORT` in a line, without a trailing slash or punctuation.
fn address_in(line: &str) -> Option<String> {
    let start = line.find("http://")?;
    let rest = &line[start..];
    let end = rest
        .find(|c: char| c.is_whitespace() || c == ')' || c == ',' || c == '>')
        .unwrap_or(rest.len());
    Some(rest[..end].trim_end_matches(['/', '.']).to_owned())
}

/// One HTTP response: status, headers (names lowercase) and body.
pub struct Response {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn header(&self, name: &str) -> &str {
        self.headers.get(name).map(String::as_str).unwrap_or("")
    }
}

/// A plain HTTP/1.1 GET (`Connection: close`), enough for the page's assets.
pub fn http_get(base: &str, path: &str) -> Response {
    let host = base.trim_start_matches("http://");
    let mut stream = TcpStream::connect(host).unwrap_or_else(|e| panic!("connect {host}: {e}"));
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept-Language: en\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8(raw[..split].to_vec()).unwrap();
    let mut body = raw[split + 4..].to_vec();
    let mut lines = head.split("\r\n");
    let status_line = lines.next().unwrap();
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| panic!("status line {status_line:?}"));
    let headers: BTreeMap<String, String> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    if headers
        .get("transfer-encoding")
        .is_some_and(|v| v.contains("chunked"))
    {
        body = dechunk(&body);
    }
    Response {
        status,
        headers,
        body,
    }
}

fn dechunk(mut raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let nl = raw.windows(2).position(|w| w == b"\r\n").unwrap();
        let size_text = std::str::from_utf8(&raw[..nl]).unwrap();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap();
        raw = &raw[nl + 2..];
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&raw[..size]);
        raw = &raw[size + 2..];
    }
}

fn workbench(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("assets/workbench")
        .join(file)
}

fn read(file: &str) -> String {
    std::fs::read_to_string(workbench(file)).unwrap()
}

/// Every path the page serves, its content type, and the file it must serve.
fn served() -> Vec<(&'static str, &'static str, PathBuf)> {
    let examples = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("examples/data");
    vec![
        ("/", "text/html", workbench("index.html")),
        ("/assets/app.js", "text/javascript", workbench("app.js")),
        ("/assets/style.css", "text/css", workbench("style.css")),
        (
            "/assets/strings.json",
            "application/json",
            workbench("strings.json"),
        ),
        (
            "/assets/example/spn.json",
            "application/json",
            examples.join("spn.json"),
        ),
        (
            "/assets/example/spn-policy.toml",
            "application/toml",
            examples.join("spn-policy.toml"),
        ),
        (
            "/assets/example/psp-election.json",
            "application/json",
            examples.join("psp-election.json"),
        ),
        (
            "/assets/example/psp-election.blt",
            "text/plain",
            examples.join("psp-election.blt"),
        ),
    ]
}

#[test]
fn every_asset_is_served_with_its_content_type_and_the_csp() {
    let server = Server::start();
    for (path, content_type, file) in served() {
        let r = http_get(&server.base, path);
        assert_eq!(r.status, 200, "{path}");
        assert!(
            r.header("content-type").starts_with(content_type),
            "{path}: content-type {:?}, expected {content_type}",
            r.header("content-type")
        );
        let csp = r.header("content-security-policy");
        assert!(csp.contains("default-src 'self'"), "{path}: csp {csp:?}");
        // No script from anywhere but this origin, and none inline: script-src is not
        // loosened (it falls back to default-src 'self').
        assert!(!csp.contains("script-src"), "{path}: csp {csp:?}");
        assert!(
            csp.contains("frame-ancestors 'none'"),
            "{path}: csp {csp:?}"
        );
        assert_eq!(r.header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(r.body, std::fs::read(&file).unwrap(), "{path}");
    }
    let missing = http_get(&server.base, "/assets/nothing.js");
    assert_eq!(missing.status, 404);
    let outside = http_get(&server.base, "/assets/../Cargo.toml");
    assert_ne!(outside.status, 200);
}

/// The attributes that name a resource the browser would load or go to.
const URL_ATTRIBUTES: [&str; 5] = ["src", "href", "action", "formaction", "srcdoc"];

#[test]
fn the_page_is_valid_html_with_nothing_from_elsewhere_and_no_inline_script() {
    let text = read("index.html");
    let doc = Html::parse_document(&text);
    assert!(doc.errors.is_empty(), "parse errors {:?}", doc.errors);
    let root = doc.root_element();
    assert_eq!(root.value().attr("lang"), Some("en"));
    for element in root.descendants().filter_map(scraper::ElementRef::wrap) {
        let name = element.value().name();
        for (attr, value) in element.value().attrs() {
            assert!(
                !attr.starts_with("on"),
                "<{name} {attr}>: an inline handler breaks the CSP"
            );
            if URL_ATTRIBUTES.contains(&attr) {
                assert!(
                    (value.starts_with('/') && !value.starts_with("//")) || value.starts_with('#'),
                    "<{name} {attr}={value:?}>: only paths of this server"
                );
            }
        }
        if name == "script" {
            assert!(element.value().attr("src").is_some(), "an inline <script>");
            assert_eq!(element.text().collect::<String>().trim(), "");
        }
    }
    // Nothing names another origin, in the page, its script, style or strings.
    for file in ["index.html", "app.js", "style.css", "strings.json"] {
        let text = read(file).to_ascii_lowercase();
        for scheme in ["http://", "https://", "//cdn", "url("] {
            assert!(!text.contains(scheme), "{file} contains {scheme:?}");
        }
    }
    // Every form control has a label (for=id) or is a button.
    let controls = Selector::parse("input, select, textarea").unwrap();
    let labels: BTreeSet<&str> = doc
        .select(&Selector::parse("label[for]").unwrap())
        .filter_map(|l| l.value().attr("for"))
        .collect();
    for c in doc.select(&controls) {
        let id = c.value().attr("id").unwrap_or("");
        assert!(labels.contains(id), "control #{id} has no label");
    }
    // The frames that show the server's reports run no script and cannot reach the page.
    for frame in doc.select(&Selector::parse("iframe").unwrap()) {
        assert_eq!(
            frame.value().attr("sandbox"),
            Some(""),
            "{:?}",
            frame.value()
        );
        assert!(frame.value().attr("title").is_some());
    }
}

/// The `{name}` placeholders of a string.
fn placeholders(s: &str) -> BTreeSet<String> {
    s.split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| name.to_owned()))
        .collect()
}

#[test]
fn the_english_and_indonesian_strings_have_the_same_keys_and_placeholders() {
    let tables: BTreeMap<String, BTreeMap<String, String>> =
        serde_json::from_str(&read("strings.json")).unwrap();
    assert_eq!(
        tables.keys().map(String::as_str).collect::<Vec<_>>(),
        ["en", "id"]
    );
    let (en, id) = (&tables["en"], &tables["id"]);
    assert_eq!(
        en.keys().collect::<Vec<_>>(),
        id.keys().collect::<Vec<_>>(),
        "the two tables differ in keys"
    );
    for (key, english) in en {
        let indonesian = &id[key];
        assert!(
            !english.trim().is_empty() && !indonesian.trim().is_empty(),
            "{key}"
        );
        assert_eq!(placeholders(english), placeholders(indonesian), "{key}");
    }
    // Every key the page and its script use is in the tables.
    let html = read("index.html");
    let doc = Html::parse_document(&html);
    let mut used: BTreeSet<String> = doc
        .select(&Selector::parse("[data-i18n]").unwrap())
        .map(|e| e.value().attr("data-i18n").unwrap().to_owned())
        .chain(
            doc.select(&Selector::parse("[data-i18n-title]").unwrap())
                .map(|e| e.value().attr("data-i18n-title").unwrap().to_owned()),
        )
        .collect();
    let js = read("app.js");
    // Calls of `t("key"...)`: `t(` not preceded by a letter, digit, `_` or `.`.
    for (at, _) in js.match_indices("t(\"") {
        let before = js[..at].chars().next_back().unwrap_or(' ');
        if before.is_alphanumeric() || before == '_' || before == '.' {
            continue;
        }
        // `t("rounding_" + rule)`: the prefix is checked with the roundings below.
        if let Some((key, _)) = js[at + 3..].split_once('"')
            && !key.ends_with('_')
        {
            used.insert(key.to_owned());
        }
    }
    for rounding in ["up", "half-up", "half-even", "down", "dhondt"] {
        used.insert(format!("rounding_{rounding}"));
    }
    for key in &used {
        assert!(
            en.contains_key(key),
            "the page uses {key:?}, not in strings.json"
        );
    }
    // The Indonesian table speaks as a union's legal-aid team does.
    let all: String = id.values().cloned().collect::<Vec<_>>().join(" ");
    for term in ["AD/ART", "kuota", "kursi", "Kebijakan", "anggota"] {
        assert!(all.contains(term), "no {term:?} in the Indonesian strings");
    }
}
