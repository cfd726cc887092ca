//! `rulebook serve`'s JSON API over real connections: the binary started on an
//! ephemeral port, called with reqwest, each answer checked against the CLI's
//! `--format json` output for the same input and options, against its published
//! schema, and the exit header against the CLI's exit code.

use std::io::BufRead as _;
use std::process::{Child, Command, Stdio};

use reqwest::blocking::{Client, Response, multipart};
use serde_json::Value;
use union_rulebook::schema;

use crate::common::{example_data, rulebook};

/// A running `rulebook serve --port 0`, killed on drop.
struct Server {
    child: Child,
    base: String,
    client: Client,
}

impl Server {
    /// Starts the server with `args` after `serve --port 0`, and reads its address line.
    fn start(args: &[&str]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_rulebook"))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .args(["serve", "--port", "0"])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("rulebook serve starts");
        let stdout = child.stdout.take().expect("stdout piped");
        let mut line = String::new();
        std::io::BufReader::new(stdout)
            .read_line(&mut line)
            .expect("the address line");
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .to_string();
        assert!(
            line.starts_with("rulebook serve: listening on http://127.0.0.1:"),
            "{line:?}"
        );
        let client = Client::builder()
            .timeout(std::time::Duration::from_secs(120))
            .build()
            .expect("a client");
        Server {
            child,
            base,
            client,
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// POSTs one file as the raw body, with the Content-Type its extension says.
    fn post_body(&self, path: &str, file: &str, lang: Option<&str>) -> Response {
        let bytes = std::fs::read(example_data(file)).expect("example file");
        let media = match file.rsplit('.').next() {
            Some("json") => "application/json",
            Some("toml") => "application/toml",
            Some("csv") => "text/csv",
            _ => "text/plain",
        };
        let mut req = self.raw(path, media, bytes);
        if let Some(l) = lang {
            req = req.header("Accept-Language", l);
        }
        req.send().expect("a response")
    }

    /// A POST of `body` as `media`, to send.
    fn raw(
        &self,
        path: &str,
        media: &str,
        body: impl Into<reqwest::blocking::Body>,
    ) -> reqwest::blocking::RequestBuilder {
        self.client
            .post(self.url(path))
            .header("Content-Type", media)
            .body(body)
    }

    /// A POST with no body.
    fn post_empty(&self, path: &str) -> Response {
        self.client.post(self.url(path)).send().expect("a response")
    }

    fn get(&self, path: &str) -> Response {
        self.client.get(self.url(path)).send().expect("a response")
    }

    /// POSTs files as multipart parts, each under its example file name.
    fn post_parts(&self, path: &str, parts: &[(&str, &str)]) -> Response {
        let mut form = multipart::Form::new();
        for (name, file) in parts {
            let bytes = std::fs::read(example_data(file)).expect("example file");
            form = form.part(
                (*name).to_string(),
                multipart::Part::bytes(bytes).file_name((*file).to_string()),
            );
        }
        self.client
            .post(self.url(path))
            .multipart(form)
            .send()
            .expect("a response")
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The validator of a published schema, with formats checked (as tests/it/schemas.rs).
fn validator(name: &str) -> jsonschema::Validator {
    let published = schema::find(name).unwrap_or_else(|| panic!("no schema {name}"));
    let value = serde_json::to_value(published.schema()).unwrap();
    jsonschema::options()
        .should_validate_formats(true)
        .build(&value)
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn assert_valid(name: &str, value: &Value) {
    let v = validator(name);
    let errors: Vec<String> = v
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{name}: {errors:?}");
}

/// The response's header `name` as text.
fn header<'a>(r: &'a Response, name: &str) -> Option<&'a str> {
    r.headers().get(name).and_then(|v| v.to_str().ok())
}

/// An error answer: its status is `status`, its body a valid `api-error`.
fn api_error(r: Response, status: u16) -> Value {
    assert_eq!(r.status(), status);
    let body: Value = r.json().unwrap();
    assert_valid("api-error", &body);
    body
}

fn exit_header(r: &Response) -> i32 {
    header(r, "x-rulebook-exit")
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1)
}

/// One endpoint against its command: the query, the inputs (one as the body, several
/// as parts), the CLI's arguments for the same, and the schema of the answer.
struct Case {
    endpoint: &'static str,
    query: &'static str,
    inputs: &'static [(&'static str, &'static str)],
    cli: &'static [&'static str],
    schema: &'static str,
}

const CASES: &[Case] = &[
    Case {
        endpoint: "validate",
        query: "as_of=2026-01-01",
        inputs: &[("document", "spn-clean.json")],
        cli: &["validate", "spn-clean.json", "--as-of", "2026-01-01"],
        schema: "validation-report",
    },
    Case {
        endpoint: "validate",
        query: "as_of=2026-01-01",
        inputs: &[("document", "psp-contoh.toml")],
        cli: &["validate", "psp-contoh.toml", "--as-of", "2026-01-01"],
        schema: "validation-report",
    },
    Case {
        endpoint: "audit",
        query: "as_of=2026-01-01",
        inputs: &[("document", "spn.json"), ("policy", "spn-policy.toml")],
        cli: &[
            "audit",
            "spn.json",
            "--policy",
            "spn-policy.toml",
            "--as-of",
            "2026-01-01",
        ],
        schema: "audit-report",
    },
    Case {
        endpoint: "explain",
        query: "seats=1..15",
        inputs: &[("policy", "spn-policy.toml")],
        cli: &["policy", "explain", "spn-policy.toml", "--seats", "1..15"],
        schema: "explain-report",
    },
    Case {
        endpoint: "explain",
        query: "seats=1..7&clause=true",
        inputs: &[("policy", "spn-policy.toml")],
        cli: &[
            "policy",
            "explain",
            "spn-policy.toml",
            "--clause",
            "--seats",
            "1..7",
        ],
        schema: "clause-report",
    },
    Case {
        endpoint: "check-list",
        query: "as_of=2026-01-01",
        inputs: &[("policy", "spn-policy.toml"), ("list", "list.csv")],
        cli: &[
            "policy",
            "check-list",
            "spn-policy.toml",
            "list.csv",
            "--as-of",
            "2026-01-01",
        ],
        schema: "check-list-report",
    },
    Case {
        endpoint: "check-list",
        query: "as_of=2026-01-01",
        inputs: &[
            ("policy", "spn-policy.toml"),
            ("list", "candidate-list.csv"),
        ],
        cli: &[
            "policy",
            "check-list",
            "spn-policy.toml",
            "candidate-list.csv",
            "--as-of",
            "2026-01-01",
        ],
        schema: "check-list-report",
    },
    Case {
        endpoint: "tally",
        query: "method=irv&seats=1",
        inputs: &[("ballots", "ward.blt")],
        cli: &["tally", "ward.blt", "--method", "irv", "--seats", "1"],
        schema: "tally-report",
    },
    Case {
        endpoint: "tally",
        query: "method=scottish-stv",
        inputs: &[("ballots", "ward.blt")],
        cli: &["tally", "ward.blt", "--method", "scottish-stv"],
        schema: "tally-report",
    },
    Case {
        endpoint: "tally",
        query: "method=plurality",
        inputs: &[("ballots", "poll.soi")],
        cli: &["tally", "poll.soi", "--method", "plurality"],
        schema: "tally-report",
    },
    Case {
        endpoint: "tally",
        query: "method=dhondt&seats=7",
        inputs: &[("ballots", "list-votes.csv")],
        cli: &[
            "tally",
            "list-votes.csv",
            "--method",
            "dhondt",
            "--seats",
            "7",
        ],
        schema: "tally-report",
    },
    Case {
        endpoint: "tally",
        query: "method=two-round",
        inputs: &[("ballots", "round1.blt"), ("runoff", "round2.blt")],
        cli: &[
            "tally",
            "round1.blt",
            "--method",
            "two-round",
            "--runoff",
            "round2.blt",
        ],
        schema: "tally-report",
    },
    Case {
        endpoint: "tally",
        query: "method=scottish-stv&format=universal-tabulator",
        // Sent as a part with its file name: the contest is named after the file.
        inputs: &[("ballots", "ward.blt")],
        cli: &["tally", "ward.blt", "--method", "scottish-stv"],
        schema: "universal-tabulator",
    },
    Case {
        endpoint: "apportion",
        query: "method=huntington-hill&seats=435&min=1",
        inputs: &[("weights", "regions.csv")],
        cli: &[
            "apportion",
            "regions.csv",
            "--method",
            "huntington-hill",
            "--seats",
            "435",
            "--min",
            "1",
        ],
        schema: "apportion-report",
    },
    Case {
        endpoint: "apportion",
        query: "method=sainte-lague&seats=25",
        inputs: &[("weights", "units-weights.csv")],
        cli: &[
            "apportion",
            "units-weights.csv",
            "--method",
            "sainte-lague",
            "--seats",
            "25",
        ],
        schema: "apportion-report",
    },
    Case {
        endpoint: "decide",
        query: "",
        inputs: &[("motion", "motion-kongres-amendment.json")],
        cli: &["decide", "motion-kongres-amendment.json"],
        schema: "decide-report",
    },
    Case {
        endpoint: "decide",
        query: "",
        inputs: &[("motion", "motion-card-vote.json")],
        cli: &["decide", "motion-card-vote.json"],
        schema: "decide-report",
    },
    Case {
        endpoint: "elect",
        query: "election=pengurus",
        inputs: &[
            ("document", "psp-election.json"),
            ("ballots", "psp-election.blt"),
            ("policy", "psp-election-policy.toml"),
        ],
        cli: &[
            "elect",
            "psp-election.json",
            "pengurus",
            "--ballots",
            "psp-election.blt",
            "--policy",
            "psp-election-policy.toml",
        ],
        schema: "elect-report",
    },
    // A list election (WO 2001 §15): the list votes and candidates as parts.
    Case {
        endpoint: "elect",
        query: "election=betriebsrat",
        inputs: &[
            ("document", "betriebsrat.json"),
            ("list_votes", "betriebsrat-list-votes.csv"),
            ("candidates", "betriebsrat-candidates.csv"),
            ("policy", "betriebsrat-policy.toml"),
        ],
        cli: &[
            "elect",
            "betriebsrat.json",
            "betriebsrat",
            "--list-votes",
            "betriebsrat-list-votes.csv",
            "--candidates",
            "betriebsrat-candidates.csv",
            "--policy",
            "betriebsrat-policy.toml",
        ],
        schema: "elect-report",
    },
];

/// The CLI run in examples/data with `--format json` (or the case's format): exit code
/// and stdout as JSON.
fn cli_json(args: &[&str], format: &str) -> (i32, Value) {
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--format", format]);
    let (code, out, err) = crate::common::rulebook_in(Some(&example_data("")), &all);
    let value = serde_json::from_str(&out)
        .unwrap_or_else(|e| panic!("{args:?}: stdout is not JSON ({e}): {out}{err}"));
    (code, value)
}

#[test]
fn every_endpoint_answers_what_the_cli_prints_for_the_bundled_examples() {
    let server = Server::start(&[]);
    for case in CASES {
        let path = format!("/api/v1/{}?{}", case.endpoint, case.query);
        // Several inputs go as parts, one as the body (but a Universal Tabulator
        // summary, whose contest is named after the file: as a part with its name).
        let response = if case.inputs.len() > 1 || case.schema == "universal-tabulator" {
            server.post_parts(&path, case.inputs)
        } else {
            server.post_body(&path, case.inputs[0].1, None)
        };
        let status = response.status();
        let exit = exit_header(&response);
        assert_eq!(
            header(&response, "content-type"),
            Some("application/json"),
            "{path}"
        );
        let body: Value = response.json().expect("a JSON body");
        assert_eq!(status, 200, "{path}: {body}");
        let format = if case.schema == "universal-tabulator" {
            "universal-tabulator"
        } else {
            "json"
        };
        let (code, expected) = cli_json(case.cli, format);
        assert_eq!(body, expected, "{path}: the answer differs from the CLI's");
        assert_eq!(exit, code, "{path}: X-Rulebook-Exit");
        assert_valid(case.schema, &body);
    }
}

#[test]
fn a_failed_audit_is_a_report_with_exit_1_not_an_http_error() {
    let server = Server::start(&[]);
    let r = server.post_parts(
        "/api/v1/audit?as_of=2026-01-01",
        &[("document", "spn.json"), ("policy", "spn-policy.toml")],
    );
    assert_eq!(r.status(), 200);
    let (code, _) = cli_json(
        &[
            "audit",
            "spn.json",
            "--policy",
            "spn-policy.toml",
            "--as-of",
            "2026-01-01",
        ],
        "json",
    );
    assert_eq!(code, 1, "the example audit breaks a binding rule");
    assert_eq!(exit_header(&r), 1);
}

#[test]
fn html_and_text_answers_are_the_cli_pages() {
    let server = Server::start(&[]);
    let r = server.post_parts(
        "/api/v1/audit?as_of=2026-01-01&format=html&lang=id",
        &[("document", "spn.json"), ("policy", "spn-policy.toml")],
    );
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "content-type"), Some("text/html; charset=utf-8"));
    let page = r.text().expect("text");
    let (_, out, _) = crate::common::rulebook_in(
        Some(&example_data("")),
        &[
            "--lang",
            "id",
            "audit",
            "spn.json",
            "--policy",
            "spn-policy.toml",
            "--as-of",
            "2026-01-01",
            "--format",
            "html",
        ],
    );
    assert_eq!(page, out);
}

#[test]
fn accept_language_id_gives_indonesian_messages_and_reports() {
    let server = Server::start(&[]);
    let r = server.post_body(
        "/api/v1/explain?seats=0",
        "spn-policy.toml",
        Some("id-ID,id;q=0.9"),
    );
    assert_eq!(
        r.headers().get("content-language").map(|_| ()),
        None,
        "an error says no Content-Language"
    );
    let body = api_error(r, 400);
    assert_eq!(body["code"], "bad-parameter");
    let message = body["message"].as_str().unwrap();
    // The catalogue's cli-seats-not-range in Indonesian.
    assert!(message.contains("bukan rentang ukuran badan"), "{message}");

    let r = server.post_body(
        "/api/v1/decide?format=text",
        "motion-kongres-amendment.json",
        Some("id"),
    );
    assert_eq!(r.status(), 200);
    assert_eq!(header(&r, "content-language"), Some("id"));
    let text = r.text().unwrap();
    let (_, out, _) = crate::common::rulebook_in(
        Some(&example_data("")),
        &["--lang", "id", "decide", "motion-kongres-amendment.json"],
    );
    assert_eq!(text, out);
}

#[test]
fn a_broken_document_is_a_400_with_its_line_and_column() {
    let server = Server::start(&[]);
    // Line 3 is `  "levels" 1`: the `1` (column 12) comes where a `:` was expected.
    let text = "{\n  \"name\": \"x\",\n  \"levels\" 1\n}\n";
    let r = server
        .raw("/api/v1/validate", "application/json", text)
        .send()
        .unwrap();
    assert_eq!(exit_header(&r), 2);
    let body = api_error(r, 400);
    assert_eq!(body["code"], "unreadable-input");
    assert_eq!(body["location"]["input"], "document.json");
    assert_eq!(body["location"]["line"], 3);
    assert_eq!(body["location"]["column"], 12);
    // The message is the CLI's, with the input's name for the file's path.
    let dir = crate::common::scratch_dir("serve-broken");
    std::fs::write(dir.join("document.json"), text).unwrap();
    let (code, _, err) = crate::common::rulebook_in(Some(&dir), &["validate", "document.json"]);
    assert_eq!(code, 2);
    assert_eq!(
        err.trim_end(),
        format!("rulebook: error: {}", body["message"].as_str().unwrap())
    );
}

#[test]
fn a_broken_ballot_file_is_located_in_its_part() {
    let server = Server::start(&[]);
    let form = multipart::Form::new().part(
        "ballots",
        multipart::Part::bytes(b"2 1\n1 1 x 0\n0\n\"a\"\n\"b\"\n\"t\"\n".to_vec())
            .file_name("w.blt"),
    );
    let r = server
        .client
        .post(server.url("/api/v1/tally?method=irv"))
        .multipart(form)
        .send()
        .unwrap();
    let body = api_error(r, 400);
    assert_eq!(body["location"]["input"], "w.blt");
    assert_eq!(body["location"]["line"], 2);
}

#[test]
fn a_body_over_the_limit_is_a_413_in_json() {
    let server = Server::start(&["--max-body", "100"]);
    let r = server.post_body("/api/v1/explain", "spn-policy.toml", None);
    let body = api_error(r, 413);
    assert_eq!(body["code"], "body-too-large");
    // Parts small enough to be sent whole before the answer comes, 160 bytes in all.
    let form = multipart::Form::new()
        .part(
            "document",
            multipart::Part::bytes(vec![b' '; 80]).file_name("d.json"),
        )
        .part(
            "policy",
            multipart::Part::bytes(vec![b' '; 80]).file_name("p.toml"),
        );
    let r = server
        .client
        .post(server.url("/api/v1/audit"))
        .multipart(form)
        .send()
        .unwrap();
    assert_eq!(r.status(), 413);
    let body: Value = r.json().unwrap();
    assert_eq!(body["code"], "body-too-large");
}

#[test]
fn unknown_routes_and_wrong_methods_are_json_errors() {
    let server = Server::start(&[]);
    let r = server.get("/api/v1/explain");
    let body = api_error(r, 405);
    assert_eq!(body["code"], "method-not-allowed");
    let r = server.post_empty("/api/v2/explain");
    let body = api_error(r, 404);
    assert_eq!(body["code"], "not-found");
}

#[test]
fn bad_parameters_and_inputs_are_400s_naming_them() {
    let server = Server::start(&[]);
    let r = server.post_body("/api/v1/explain?seat=3", "spn-policy.toml", None);
    assert_eq!(r.status(), 400);
    let body: Value = r.json().unwrap();
    assert_eq!(body["code"], "unknown-parameter");
    assert!(
        body["message"].as_str().unwrap().contains("seats"),
        "{body}"
    );
    // No file path is ever taken from a request: `out` and `patch` are not parameters.
    let r = server.post_parts(
        "/api/v1/elect?election=pengurus&out=after.json",
        &[("document", "psp-election.json")],
    );
    assert_eq!(r.status(), 400);
    let body: Value = r.json().unwrap();
    assert_eq!(body["code"], "unknown-parameter");
    let r = server.post_empty("/api/v1/explain");
    assert_eq!(r.status(), 400);
    let body: Value = r.json().unwrap();
    assert_eq!(body["code"], "missing-input");
    let r = server.post_parts("/api/v1/explain", &[("secret", "spn-policy.toml")]);
    let body: Value = r.json().unwrap();
    assert_eq!(body["code"], "unknown-input");
}

/// The JSON value a `$ref` (`#/a/b`) points to in `doc`.
fn resolve<'a>(doc: &'a Value, reference: &str) -> Option<&'a Value> {
    doc.pointer(reference.strip_prefix('#')?)
}

fn refs<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("$ref", Value::String(r)) => out.push(r),
                    _ => refs(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

#[test]
fn the_openapi_document_is_3_1_its_refs_resolve_and_it_lists_every_route() {
    let server = Server::start(&[]);
    let r = server.get("/api/v1/openapi.json");
    assert_eq!(r.status(), 200);
    let doc: Value = r.json().unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3.1."));
    let mut all = Vec::new();
    refs(&doc, &mut all);
    assert!(all.len() > 50);
    for r in &all {
        assert!(resolve(&doc, r).is_some(), "unresolved $ref {r}");
    }
    let paths: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = vec![
        "/api/v1/apportion",
        "/api/v1/audit",
        "/api/v1/check-list",
        "/api/v1/decide",
        "/api/v1/elect",
        "/api/v1/explain",
        "/api/v1/openapi.json",
        "/api/v1/tally",
        "/api/v1/validate",
    ];
    let mut got = paths.clone();
    got.sort_unstable();
    expected.sort_unstable();
    assert_eq!(got, expected);
    // Each described operation is served (not 404/405) with its method.
    for p in &paths {
        for method in doc["paths"][p].as_object().unwrap().keys() {
            let r = match method.as_str() {
                "get" => server.client.get(server.url(p)).send().unwrap(),
                _ => server.client.post(server.url(p)).send().unwrap(),
            };
            assert!(
                ![404, 405].contains(&r.status().as_u16()),
                "{method} {p}: {}",
                r.status()
            );
        }
    }
    // The explain operation's parameters are the CLI's options.
    let params: Vec<&str> = doc["paths"]["/api/v1/explain"]["post"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(params, ["seats", "as_of", "clause", "format", "lang"]);
    for name in ["api-error", "explain-report", "organization"] {
        assert!(doc["components"]["schemas"][name].is_object(), "{name}");
    }
}

#[test]
fn the_server_warns_off_loopback_and_stops_cleanly_on_sigterm() {
    let mut server = Server::start(&[]);
    let pid = server.child.id().to_string();
    let killed = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
    assert!(killed.success());
    let status = server.child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "graceful shutdown exits 0");

    let mut child = Command::new(env!("CARGO_BIN_EXE_rulebook"))
        .args(["serve", "--bind", "0.0.0.0", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    std::io::BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert!(
        line.starts_with("rulebook serve: listening on http://0.0.0.0:"),
        "{line}"
    );
    Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not a loopback address"), "{err}");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn the_cli_still_prints_its_answers_as_before() {
    // The refactor keeps the CLI's own contract: an unknown file is exit 2 naming it.
    let (code, _, err) = rulebook(&["policy", "explain", "no-such-policy.toml"]);
    assert_eq!(code, 2);
    assert!(err.contains("no-such-policy.toml: "), "{err}");
}

#[test]
fn votes_that_cannot_be_counted_are_a_400_with_the_clis_report_in_details() {
    let server = Server::start(&[]);
    // A vote by someone who is not a delegate cannot be counted.
    let text = std::fs::read_to_string(example_data("motion-kongres-amendment.json"))
        .unwrap()
        .replacen("\"delegate\": \"d001\"", "\"delegate\": \"nobody\"", 1);
    let r = server
        .raw("/api/v1/decide", "application/json", text.clone())
        .send()
        .unwrap();
    assert_eq!(exit_header(&r), 2);
    let body = api_error(r, 400);
    assert_eq!(body["code"], "votes-not-counted");
    assert_valid("decide-errors", &body["details"]);
    let dir = crate::common::scratch_dir("serve-votes");
    std::fs::write(dir.join("motion.json"), text).unwrap();
    let (code, out, _) =
        crate::common::rulebook_in(Some(&dir), &["decide", "motion.json", "--format", "json"]);
    assert_eq!(code, 2);
    let expected: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(body["details"], expected);
}
