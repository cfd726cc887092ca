//! The endpoints of `/api/v1/`: each runs the same function as its command.
//!
//! A request carries the command's inputs either as its body (the endpoint's first
//! input: `explain`'s policy, `audit`'s document, `tally`'s ballots) or as
//! `multipart/form-data` parts named as the inputs (`document`, `policy`, `ballots`,
//! ...). The format of an input is decided as the CLI decides it from a file's
//! extension: from the part's file name when it has an extension, else from the
//! Content-Type (`application/json`, `application/toml`, `text/csv`), else from the
//! contents (a JSON object or TOML; a PrefLib header, else BLT). A file name is only a
//! name: nothing is read from or written to the server's disk.
//!
//! The command's options are query parameters named as its options with `_` for `-`
//! (`?seats=1..9`, `?as_of=2026-01-01`, `?clause=true`), read by the command's own
//! argument parser; `format` is `json` unless asked otherwise; `lang` chooses the
//! language (else `Accept-Language`). The response is what the command prints, with
//! `X-Rulebook-Exit` its exit code (0, or 1 when rules are broken).

use axum::Router;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};
use clap::{ArgAction, Args, Parser};
use union_rulebook::i18n::{self, Lang};

use super::{AppState, ServeError, request_lang};
use crate::io::{Answer, Input, Kind};

/// How an input's format is guessed when neither a file name nor the Content-Type
/// says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Sort {
    /// A document, policy or motion: JSON when it starts with `{`, else TOML.
    Document,
    /// A CSV table.
    Csv,
    /// Ballots: a Universal Tabulator summary when it starts with `{`, PrefLib by its
    /// `# DATA TYPE:` header, else BLT.
    Ballots,
}

/// One input of an endpoint.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Role {
    /// The part's name (`document`).
    pub(crate) name: &'static str,
    /// Whether the endpoint needs it.
    pub(crate) required: bool,
    /// How its format is guessed.
    pub(crate) sort: Sort,
    /// What it is, for the OpenAPI description.
    pub(crate) about: &'static str,
}

const fn role(name: &'static str, required: bool, sort: Sort, about: &'static str) -> Role {
    Role {
        name,
        required,
        sort,
        about,
    }
}

/// The organization document, needed.
const DOCUMENT: Role = role(
    "document",
    true,
    Sort::Document,
    "the organization document (JSON or TOML)",
);
/// A policy in place of the document's own.
const OWN_POLICY: Role = role(
    "policy",
    false,
    Sort::Document,
    "the policy (TOML or JSON); by default the document's own",
);
/// A policy, needed.
const POLICY: Role = role("policy", true, Sort::Document, "the policy (TOML or JSON)");
/// The second-round ballots of a two-round election.
const RUNOFF: Role = role(
    "runoff",
    false,
    Sort::Ballots,
    "for two-round: the second-round ballots",
);

/// The inputs of `validate`.
pub(crate) const VALIDATE: &[Role] = &[DOCUMENT];
/// The inputs of `audit`.
pub(crate) const AUDIT: &[Role] = &[DOCUMENT, OWN_POLICY];
/// The inputs of `explain`.
pub(crate) const EXPLAIN: &[Role] = &[POLICY];
/// The inputs of `check-list`.
pub(crate) const CHECK_LIST: &[Role] = &[
    POLICY,
    role(
        "list",
        true,
        Sort::Csv,
        "the candidate list, in order (CSV)",
    ),
];
/// The inputs of `tally`.
pub(crate) const TALLY: &[Role] = &[
    role(
        "ballots",
        true,
        Sort::Ballots,
        "the ballots (BLT, PrefLib .soi/.soc/.toi/.toc, a CSV of list votes, or a Universal Tabulator summary)",
    ),
    RUNOFF,
];
/// The inputs of `apportion`.
pub(crate) const APPORTION: &[Role] = &[
    role(
        "weights",
        true,
        Sort::Csv,
        "the units' weights (CSV with a name and a weight column)",
    ),
    role(
        "bands",
        false,
        Sort::Csv,
        "a band table (CSV with from, seats, per) instead of a method",
    ),
];
/// The inputs of `decide`.
pub(crate) const DECIDE: &[Role] = &[
    role("motion", true, Sort::Document, "the motion (JSON or TOML)"),
    role(
        "delegates",
        false,
        Sort::Csv,
        "the delegates, as an OpenSlides participant CSV",
    ),
];
/// The inputs of `elect`.
pub(crate) const ELECT: &[Role] = &[
    DOCUMENT,
    role(
        "ballots",
        false,
        Sort::Ballots,
        "the ballots (BLT or PrefLib); without them the nominations are returned unopposed",
    ),
    RUNOFF,
    role(
        "list_votes",
        false,
        Sort::Csv,
        "for a rule counted by a list method: the votes per list (CSV: name, votes), instead of ballots",
    ),
    role(
        "candidates",
        false,
        Sort::Csv,
        "with list_votes: the candidates of every list (CSV: list, position, id), by person id",
    ),
    OWN_POLICY,
];

/// The API's routes (under `/api/v1`).
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/validate", command(VALIDATE, validate))
        .route("/audit", command(AUDIT, audit))
        .route("/explain", command(EXPLAIN, explain))
        .route("/check-list", command(CHECK_LIST, check_list))
        .route("/tally", command(TALLY, tally))
        .route("/apportion", command(APPORTION, apportion))
        .route("/decide", command(DECIDE, decide))
        .route("/elect", command(ELECT, elect))
        .route("/openapi.json", get(openapi))
}

/// The paths and methods of [`routes`], for the test that the OpenAPI document
/// describes every route and only those.
#[cfg(test)]
pub(crate) const ROUTES: &[(&str, &str)] = &[
    ("/api/v1/validate", "post"),
    ("/api/v1/audit", "post"),
    ("/api/v1/explain", "post"),
    ("/api/v1/check-list", "post"),
    ("/api/v1/tally", "post"),
    ("/api/v1/apportion", "post"),
    ("/api/v1/decide", "post"),
    ("/api/v1/elect", "post"),
    ("/api/v1/openapi.json", "get"),
];

/// The inputs of one request, by role.
#[derive(Debug, Default)]
pub(crate) struct Inputs {
    given: Vec<(&'static str, Input)>,
}

impl Inputs {
    /// The input of `role`, if sent.
    pub(crate) fn get(&self, role: &str) -> Option<&Input> {
        self.given.iter().find(|(r, _)| *r == role).map(|(_, i)| i)
    }

    /// Adds the input of `role`, named by [`input_name`].
    fn add(
        &mut self,
        role: &Role,
        file_name: Option<&str>,
        content_type: Option<&str>,
        bytes: &[u8],
    ) {
        let name = input_name(role.name, file_name, content_type, role.sort, bytes);
        self.given.push((
            role.name,
            Input::Memory {
                name,
                bytes: bytes.to_vec(),
            },
        ));
    }

    /// The input of `role`, which [`read_inputs`] made sure was sent.
    fn need(&self, role: &str) -> Result<&Input, ServeError> {
        self.get(role).ok_or_else(|| {
            ServeError::bad("missing-input", tr!("serve-missing-input", name = role))
        })
    }
}

/// The name an input gets: the file name's last component when it has an
/// extension; else the role with the extension the Content-Type or the contents say.
pub(crate) fn input_name(
    role: &str,
    file_name: Option<&str>,
    content_type: Option<&str>,
    sort: Sort,
    bytes: &[u8],
) -> String {
    if let Some(f) = file_name {
        let last = f.rsplit(['/', '\\']).next().unwrap_or_default();
        if std::path::Path::new(last).extension().is_some() {
            return last.to_string();
        }
    }
    let media = content_type
        .and_then(|c| c.split(';').next())
        .map(|c| c.trim().to_ascii_lowercase());
    let ext = match media.as_deref() {
        Some("application/json") => "json".to_string(),
        Some("application/toml" | "text/toml" | "application/x-toml") => "toml".to_string(),
        Some("text/csv") => "csv".to_string(),
        _ => sniff(sort, bytes),
    };
    format!("{role}.{ext}")
}

/// The extension the contents suggest (see [`Sort`]).
fn sniff(sort: Sort, bytes: &[u8]) -> String {
    let start = bytes
        .iter()
        .copied()
        .find(|b| !(b.is_ascii_whitespace() || [0xEF, 0xBB, 0xBF].contains(b)));
    match sort {
        Sort::Csv => "csv".to_string(),
        Sort::Document => if start == Some(b'{') { "json" } else { "toml" }.to_string(),
        Sort::Ballots => {
            if start == Some(b'{') {
                return "json".to_string();
            }
            let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
            head.lines()
                .filter_map(|l| l.strip_prefix('#'))
                .filter_map(|l| l.trim().strip_prefix("DATA TYPE:"))
                .map(|t| t.trim().to_ascii_lowercase())
                .find(|t| ["soi", "soc", "toi", "toc"].contains(&t.as_str()))
                .unwrap_or_else(|| "blt".to_string())
        }
    }
}

/// Reads the request's inputs: the parts of a multipart body, each named as a role,
/// or the whole body as the first role.
async fn read_inputs(
    state: &AppState,
    req: Request,
    roles: &'static [Role],
) -> Result<Inputs, ServeError> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    let mut inputs = Inputs::default();
    let names = || roles.iter().map(|r| r.name).collect::<Vec<_>>().join(", ");
    if content_type
        .as_deref()
        .is_some_and(|c| c.to_ascii_lowercase().starts_with("multipart/form-data"))
    {
        let mut multipart = Multipart::from_request(req, state)
            .await
            .map_err(|e| status_error(e.status(), e.body_text(), state))?;
        loop {
            let field = multipart
                .next_field()
                .await
                .map_err(|e| status_error(e.status(), e.body_text(), state))?;
            let Some(field) = field else { break };
            let name = field.name().unwrap_or_default().to_string();
            let Some(role) = roles.iter().find(|r| r.name == name) else {
                return Err(ServeError::bad(
                    "unknown-input",
                    tr!("serve-unknown-input", name = name, names = names()),
                ));
            };
            if inputs.get(role.name).is_some() {
                return Err(ServeError::bad(
                    "unknown-input",
                    tr!("serve-twice-input", name = name),
                ));
            }
            let file_name = field.file_name().map(str::to_string);
            let part_type = field.content_type().map(str::to_string);
            let bytes: Bytes = field
                .bytes()
                .await
                .map_err(|e| status_error(e.status(), e.body_text(), state))?;
            inputs.add(role, file_name.as_deref(), part_type.as_deref(), &bytes);
        }
    } else {
        let bytes = Bytes::from_request(req, state)
            .await
            .map_err(|e| status_error(e.status(), e.body_text(), state))?;
        if let Some(first) = roles.first()
            && !bytes.is_empty()
        {
            inputs.add(first, None, content_type.as_deref(), &bytes);
        }
    }
    if let Some(missing) = roles
        .iter()
        .find(|r| r.required && inputs.get(r.name).is_none())
    {
        return Err(ServeError::bad(
            "missing-input",
            tr!("serve-missing-input", name = missing.name),
        ));
    }
    Ok(inputs)
}

/// An error of axum's body readers: 413 for the limit, else 400.
fn status_error(status: StatusCode, text: String, state: &AppState) -> ServeError {
    if status == StatusCode::PAYLOAD_TOO_LARGE {
        ServeError {
            status,
            error: Box::new(union_rulebook::schema::ApiError::new(
                "body-too-large",
                tr!("serve-too-large", limit = state.max_body.to_string()),
            )),
        }
    } else {
        ServeError::bad("bad-input", tr!("serve-bad-multipart", error = text))
    }
}

/// The query parameters a command reads as its options, with a hidden `bands`
/// (apportion's band table, an input) that `method` and `seats` refer to.
#[derive(Debug, Parser)]
#[command(
    no_binary_name = true,
    disable_help_flag = true,
    disable_version_flag = true
)]
struct Query<T: Args> {
    #[command(flatten)]
    options: T,
    /// Set when a band table was sent (apportion), never from the query.
    #[arg(long, hide = true)]
    bands: Option<String>,
}

/// The arguments of `T` a query may set: (id, long name or none for a positional,
/// whether it is a flag).
pub(crate) fn parameters<T: Args>() -> Vec<clap::Arg> {
    T::augment_args(clap::Command::new("rulebook"))
        .get_arguments()
        .cloned()
        .collect()
}

/// Reads a command's options from the query string (without `lang`), by the command's
/// own parser: `name=value` is `--name value` (`_` or `-` in the name), a flag is set by
/// `true`, `1`, `yes` or nothing and left out by `false`, `0` or `no`, a positional is
/// given by its name (`election=`). `format` is `json` when not given. `bands` says a
/// band table was sent.
pub(crate) fn parse_options<T: Args>(query: Option<&str>, bands: bool) -> Result<T, ServeError> {
    let pairs: Vec<(String, String)> = match query {
        Some(q) => {
            let uri: axum::http::Uri =
                format!("/?{q}")
                    .parse()
                    .map_err(|e: axum::http::uri::InvalidUri| {
                        ServeError::bad(
                            "bad-parameter",
                            tr!("serve-bad-parameter", error = e.to_string()),
                        )
                    })?;
            axum::extract::Query::<Vec<(String, String)>>::try_from_uri(&uri)
                .map_err(|e| {
                    ServeError::bad(
                        "bad-parameter",
                        tr!("serve-bad-parameter", error = e.body_text()),
                    )
                })?
                .0
        }
        None => Vec::new(),
    };
    let known = parameters::<T>();
    let names = || {
        known
            .iter()
            .map(|a| a.get_id().as_str().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut argv: Vec<String> = Vec::new();
    let mut positionals: Vec<String> = Vec::new();
    let mut format_given = false;
    for (name, value) in pairs {
        if name == "lang" {
            continue;
        }
        let id = name.replace('-', "_");
        let Some(arg) = known.iter().find(|a| a.get_id().as_str() == id) else {
            return Err(ServeError::bad(
                "unknown-parameter",
                tr!("serve-unknown-parameter", name = name, names = names()),
            ));
        };
        if id == "format" {
            format_given = true;
        }
        match arg.get_long() {
            None => positionals.push(value),
            Some(long) if matches!(arg.get_action(), ArgAction::SetTrue) => {
                match value.to_ascii_lowercase().as_str() {
                    "" | "true" | "1" | "yes" => argv.push(format!("--{long}")),
                    "false" | "0" | "no" => {}
                    _ => {
                        return Err(ServeError::bad(
                            "bad-parameter",
                            tr!(
                                "serve-bad-parameter",
                                error = format!("{name}={value:?}: expected true or false")
                            ),
                        ));
                    }
                }
            }
            Some(long) => argv.push(format!("--{long}={value}")),
        }
    }
    if !format_given && known.iter().any(|a| a.get_id().as_str() == "format") {
        argv.push("--format=json".to_string());
    }
    if bands {
        argv.push("--bands=request".to_string());
    }
    if !positionals.is_empty() {
        argv.push("--".to_string());
        argv.extend(positionals);
    }
    Query::<T>::try_parse_from(argv)
        .map(|q| q.options)
        .map_err(|e| {
            let text = e.render().to_string();
            let first = text.lines().next().unwrap_or_default();
            let first = first.strip_prefix("error: ").unwrap_or(first).to_string();
            ServeError::bad("bad-parameter", tr!("serve-bad-parameter", error = first))
        })
}

/// Runs one endpoint: reads the inputs, then on a blocking thread, in the request's
/// language, parses the options and runs `work`; answers as the command prints.
async fn endpoint<T, F>(state: AppState, req: Request, roles: &'static [Role], work: F) -> Response
where
    T: Args + Send + 'static,
    F: FnOnce(&Inputs, &T) -> Result<Answer, ServeError> + Send + 'static,
{
    let (parts, body) = req.into_parts();
    let lang = request_lang(&parts);
    let query = parts.uri.query().map(str::to_string);
    let req = Request::from_parts(parts, body);
    let inputs = match read_inputs_in(lang, &state, req, roles).await {
        Ok(i) => i,
        Err(e) => return e.into_response(),
    };
    let done = tokio::task::spawn_blocking(move || {
        i18n::with_lang(lang, || {
            let options = parse_options::<T>(query.as_deref(), inputs.get("bands").is_some())?;
            work(&inputs, &options)
        })
    })
    .await;
    match done {
        Ok(Ok(answer)) => respond(answer, lang),
        Ok(Err(e)) => e.into_response(),
        Err(e) => i18n::with_lang(lang, || ServeError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            error: Box::new(union_rulebook::schema::ApiError::new(
                "internal-error",
                tr!("serve-internal", error = e.to_string()),
            )),
        })
        .into_response(),
    }
}

/// [`read_inputs`] with its messages in `lang`: the future is polled with the
/// language set, whichever thread polls it.
async fn read_inputs_in(
    lang: Lang,
    state: &AppState,
    req: Request,
    roles: &'static [Role],
) -> Result<Inputs, ServeError> {
    WithLang {
        lang,
        inner: Box::pin(read_inputs(state, req, roles)),
    }
    .await
}

/// A future polled with its language set (the language is thread-scoped, and a task
/// may move between threads at each await point).
struct WithLang<F> {
    lang: Lang,
    inner: std::pin::Pin<Box<F>>,
}

impl<F: Future> Future for WithLang<F> {
    type Output = F::Output;
    fn poll(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<F::Output> {
        let lang = self.lang;
        i18n::with_lang(lang, || self.inner.as_mut().poll(cx))
    }
}

/// The command's answer as a response: its text, its media type, its exit code.
fn respond(answer: Answer, lang: Lang) -> Response {
    let media = match answer.kind {
        Kind::Json => "application/json",
        Kind::Html => "text/html; charset=utf-8",
        Kind::Text => "text/plain; charset=utf-8",
    };
    let exit = answer.exit;
    let body = match answer.into_text() {
        Ok(body) => body,
        Err(e) => return cli(e).into_response(),
    };
    let mut r = (StatusCode::OK, body).into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(media));
    h.insert("x-rulebook-exit", HeaderValue::from(u16::from(exit)));
    h.insert(
        header::CONTENT_LANGUAGE,
        HeaderValue::from_static(match lang {
            Lang::Id => "id",
            _ => "en",
        }),
    );
    r
}

/// A command's error as a 400.
fn cli(e: crate::io::CliError) -> ServeError {
    ServeError::from_cli(&e)
}

/// The route of one endpoint: a `POST` with the inputs `roles` whose options `T` are
/// read from the query, answered by [`endpoint`] with `work`.
fn command<T, F>(roles: &'static [Role], work: F) -> MethodRouter<AppState>
where
    T: Args + Send + 'static,
    F: Fn(&Inputs, &T) -> Result<Answer, ServeError> + Copy + Send + Sync + 'static,
{
    post(move |State(state): State<AppState>, req: Request| endpoint(state, req, roles, work))
}

fn validate(inputs: &Inputs, o: &crate::validate::ValidateOptions) -> Result<Answer, ServeError> {
    crate::validate::validate(inputs.need("document")?, o).map_err(cli)
}

fn audit(inputs: &Inputs, o: &crate::audit::AuditOptions) -> Result<Answer, ServeError> {
    crate::audit::audit(inputs.need("document")?, inputs.get("policy"), o).map_err(cli)
}

fn explain(inputs: &Inputs, o: &crate::policy::ExplainOptions) -> Result<Answer, ServeError> {
    crate::policy::explain(inputs.need("policy")?, o).map_err(cli)
}

fn check_list(inputs: &Inputs, o: &crate::policy::CheckListOptions) -> Result<Answer, ServeError> {
    crate::policy::check_list(inputs.need("policy")?, inputs.need("list")?, o).map_err(cli)
}

fn tally(inputs: &Inputs, o: &crate::tally::TallyOptions) -> Result<Answer, ServeError> {
    crate::tally::tally(inputs.need("ballots")?, inputs.get("runoff"), o).map_err(cli)
}

fn apportion(
    inputs: &Inputs,
    o: &crate::apportion::ApportionOptions,
) -> Result<Answer, ServeError> {
    crate::apportion::apportion_answer(inputs.need("weights")?, inputs.get("bands"), o).map_err(cli)
}

fn decide(inputs: &Inputs, o: &crate::decide::DecideOptions) -> Result<Answer, ServeError> {
    match crate::decide::decide(inputs.need("motion")?, inputs.get("delegates"), o).map_err(cli)? {
        crate::decide::Decided::Decided(answer) => Ok(answer),
        crate::decide::Decided::NotCounted { report, error } => {
            let mut e = ServeError::from_cli(&error);
            e.error.code = "votes-not-counted".to_string();
            if let Ok(details) = serde_json::to_value(&report) {
                e.error.details = Some(details);
            }
            Err(e)
        }
    }
}

fn elect(inputs: &Inputs, o: &crate::elect::ElectOptions) -> Result<Answer, ServeError> {
    let elect_inputs = crate::elect::ElectInputs {
        org: inputs.need("document")?,
        ballots: inputs.get("ballots"),
        runoff: inputs.get("runoff"),
        list_votes: inputs.get("list_votes"),
        candidates: inputs.get("candidates"),
        policy: inputs.get("policy"),
    };
    crate::elect::elect_answer(&elect_inputs, o).map_err(cli)
}

async fn openapi() -> Response {
    let mut r = super::openapi::document().to_string().into_response();
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apportion::ApportionOptions;
    use crate::elect::ElectOptions;
    use crate::policy::ExplainOptions;

    fn code<T: std::fmt::Debug>(r: Result<T, ServeError>) -> String {
        match r {
            Ok(v) => format!("ok {v:?}"),
            Err(e) => e.error.code.clone(),
        }
    }

    #[test]
    fn options_are_read_by_the_commands_own_parser_with_json_by_default() {
        let o = parse_options::<ExplainOptions>(None, false).map(|o| format!("{o:?}"));
        let o = o.unwrap_or_default();
        assert!(o.contains("seats: (1, 15)"), "{o}");
        assert!(o.contains("clause: false"), "{o}");
        assert!(o.contains("format: Json"), "{o}");
        let o = parse_options::<ExplainOptions>(
            Some("seats=1..9&clause=true&as-of=2026-01-01&format=html&lang=id"),
            false,
        )
        .map(|o| format!("{o:?}"))
        .unwrap_or_default();
        assert!(o.contains("seats: (1, 9)"), "{o}");
        assert!(o.contains("clause: true"), "{o}");
        assert!(o.contains("2026-01-01"), "{o}");
        assert!(o.contains("format: Html"), "{o}");
        let o = parse_options::<ExplainOptions>(Some("clause=false&seats=7"), false)
            .map(|o| format!("{o:?}"))
            .unwrap_or_default();
        assert!(
            o.contains("clause: false") && o.contains("seats: (7, 7)"),
            "{o}"
        );
    }

    #[test]
    fn bad_and_unknown_parameters_are_refused_by_name() {
        assert_eq!(
            code(parse_options::<ExplainOptions>(Some("clause=maybe"), false)),
            "bad-parameter"
        );
        assert_eq!(
            code(parse_options::<ExplainOptions>(Some("seats=15..1"), false)),
            "bad-parameter"
        );
        assert_eq!(
            code(parse_options::<ExplainOptions>(
                Some("as_of=2026-13-01"),
                false
            )),
            "bad-parameter"
        );
        assert_eq!(
            code(parse_options::<ExplainOptions>(
                Some("seats=3&seats=4"),
                false
            )),
            "bad-parameter"
        );
        let e = parse_options::<ExplainOptions>(Some("policy=/etc/passwd"), false);
        let Err(e) = e else {
            panic!("a path parameter was accepted")
        };
        assert_eq!(e.error.code, "unknown-parameter");
        assert!(
            e.error.message.contains("seats, as_of, clause, format"),
            "{}",
            e.error.message
        );
    }

    #[test]
    fn a_positional_is_a_named_parameter_and_bands_lift_the_method() {
        let o = parse_options::<ElectOptions>(Some("election=pengurus%402027-02-27"), false)
            .map(|o| format!("{o:?}"))
            .unwrap_or_default();
        assert!(o.contains("\"pengurus@2027-02-27\""), "{o}");
        assert_eq!(
            code(parse_options::<ElectOptions>(None, false)),
            "bad-parameter"
        );
        // A method (and seats) are needed unless a band table was sent, as in the CLI.
        assert_eq!(
            code(parse_options::<ApportionOptions>(None, false)),
            "bad-parameter"
        );
        assert!(code(parse_options::<ApportionOptions>(None, true)).starts_with("ok"));
        assert_eq!(
            code(parse_options::<ApportionOptions>(
                Some("bands=x.csv"),
                false
            )),
            "unknown-parameter"
        );
        assert!(
            code(parse_options::<ApportionOptions>(
                Some("method=dhondt&seats=11"),
                false
            ))
            .starts_with("ok")
        );
    }

    #[test]
    fn an_input_is_named_by_its_file_name_or_its_type_or_its_contents() {
        let name = |f, t, sort, b: &[u8]| input_name("policy", f, t, sort, b);
        // Only the last component of a file name is kept: it is a name, never a path.
        assert_eq!(
            name(Some("../../etc/spn.toml"), None, Sort::Document, b""),
            "spn.toml"
        );
        assert_eq!(
            name(Some("C:\\x\\a.json"), None, Sort::Document, b""),
            "a.json"
        );
        assert_eq!(
            name(Some("noext"), Some("application/json"), Sort::Document, b""),
            "policy.json"
        );
        assert_eq!(
            name(
                None,
                Some("application/toml; charset=utf-8"),
                Sort::Document,
                b"{"
            ),
            "policy.toml"
        );
        assert_eq!(
            name(None, Some("text/csv"), Sort::Ballots, b""),
            "policy.csv"
        );
        assert_eq!(
            name(None, None, Sort::Document, b"  {\"a\": 1}"),
            "policy.json"
        );
        assert_eq!(
            name(None, Some("text/plain"), Sort::Document, b"[[rules]]"),
            "policy.toml"
        );
        assert_eq!(
            name(
                None,
                None,
                Sort::Ballots,
                b"# FILE NAME: x\n# DATA TYPE: soi\n"
            ),
            "policy.soi"
        );
        assert_eq!(
            name(None, None, Sort::Ballots, b"3 1\n1 1 0\n"),
            "policy.blt"
        );
        assert_eq!(
            name(None, None, Sort::Ballots, b"{\"config\": {}}"),
            "policy.json"
        );
        assert_eq!(name(None, None, Sort::Csv, b"name,weight"), "policy.csv");
    }
}
