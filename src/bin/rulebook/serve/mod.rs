//! `rulebook serve`: a local JSON API over the same reports as the commands (and the
//! workbench page, [`page`]).
//!
//! Every endpoint under `/api/v1/` runs the same function as its command (see
//! [`api`]): the body and query parameters become the command's inputs and options,
//! and the response is what the command prints. Safe by default: it binds 127.0.0.1
//! unless `--bind` says otherwise (and then warns); the body size (`--max-body`), the
//! request time (`--timeout`) and the number of requests served at once
//! (`--max-concurrent`) are limited; no request names a file (every input comes in the
//! request), nothing is stored, and no body is logged.

mod api;
mod openapi;
mod page;

use std::net::{IpAddr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use union_rulebook::i18n::{self, Lang};
use union_rulebook::schema::ApiError;

use crate::io::{self, CliError};

/// Serve the JSON API (and the workbench page) on a local address.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    /// The address to listen on; anything but a loopback address (127.0.0.1, ::1)
    /// lets other machines use the server, and is warned about.
    #[arg(long, default_value = "127.0.0.1")]
    bind: IpAddr,
    /// The port; 0 for any free port (the address line says which).
    #[arg(long, default_value_t = 8080)]
    port: u16,
    /// The largest request body: bytes, or with a unit (`64MiB`, `512KiB`, `10MB`).
    #[arg(long, default_value = "64MiB", value_parser = parse_size)]
    max_body: usize,
    /// The longest a request may take, in seconds.
    #[arg(long, default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86_400))]
    timeout: u64,
    /// The most requests served at once (others wait) [default: twice the number of
    /// CPUs].
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=4096))]
    max_concurrent: Option<u32>,
}

/// What every handler may read: the limits.
#[derive(Debug, Clone)]
pub(crate) struct AppState {
    /// The largest request body, in bytes.
    pub(crate) max_body: usize,
}

/// `64MiB`, `512KiB`, `10MB`, `1000`: a size in bytes.
fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (digits, unit) = t.split_at(split);
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" => 1_000,
        "kib" => 1 << 10,
        "m" | "mb" => 1_000_000,
        "mib" => 1 << 20,
        "g" | "gb" => 1_000_000_000,
        "gib" => 1 << 30,
        _ => {
            return Err(format!(
                "{s:?}: expected bytes, or a number with KiB, MiB, GiB, KB, MB or GB"
            ));
        }
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("{s:?}: expected a whole number of bytes (64MiB, 1000000)"))?;
    n.checked_mul(factor)
        .and_then(|b| usize::try_from(b).ok())
        .filter(|&b| b > 0)
        .ok_or_else(|| format!("{s:?}: expected a size from 1 byte to the memory of this machine"))
}

/// Runs `rulebook serve` until SIGINT or SIGTERM.
pub fn run(args: &ServeArgs) -> Result<ExitCode, CliError> {
    // A panic in a request is a bug in that request: it is reported on stderr as the
    // CLI reports it (one line) and answered with 500, without ending the server.
    std::panic::set_hook(Box::new(|info| {
        io::eprint(&format!(
            "{}\n",
            io::panic_message(info.payload(), info.location())
        ));
    }));
    let lang = i18n::current();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::new(tr!("serve-cannot-start", error = e.to_string())))?;
    runtime.block_on(serve(args, lang))
}

async fn serve(args: &ServeArgs, lang: Lang) -> Result<ExitCode, CliError> {
    // The signals are taken before the address is printed: a client that reads the
    // address and at once sends SIGTERM gets a clean stop.
    let stop = shutdown().map_err(|e| {
        i18n::with_lang(lang, || {
            CliError::new(tr!("serve-cannot-start", error = e.to_string()))
        })
    })?;
    let wanted = SocketAddr::new(args.bind, args.port);
    let listener = tokio::net::TcpListener::bind(wanted).await.map_err(|e| {
        i18n::with_lang(lang, || {
            CliError::new(tr!(
                "serve-cannot-bind",
                address = wanted.to_string(),
                error = e.to_string()
            ))
        })
    })?;
    let address = listener.local_addr().map_err(|e| {
        i18n::with_lang(lang, || {
            CliError::new(tr!("serve-cannot-start", error = e.to_string()))
        })
    })?;
    let shown = format!("http://{address}");
    i18n::with_lang(lang, || {
        if !args.bind.is_loopback() {
            io::eprint(&format!(
                "{}\n",
                tr!("serve-not-loopback", address = shown.clone())
            ));
        }
        io::print(&format!(
            "{}\n",
            tr!("serve-listening", address = shown.clone())
        ))
    })?;
    let concurrent = args.max_concurrent.map_or_else(
        || {
            std::thread::available_parallelism()
                .map_or(2, std::num::NonZero::get)
                .saturating_mul(2)
        },
        |n| n as usize,
    );
    let app = router(
        AppState {
            max_body: args.max_body,
        },
        Duration::from_secs(args.timeout),
        concurrent,
    );
    axum::serve(listener, app)
        .with_graceful_shutdown(stop)
        .await
        .map_err(|e| {
            i18n::with_lang(lang, || {
                CliError::new(tr!("serve-cannot-start", error = e.to_string()))
            })
        })?;
    Ok(ExitCode::from(io::EXIT_OK))
}

/// A future resolving on SIGINT (Ctrl-C) or, on Unix, SIGTERM: the server then stops
/// taking connections and finishes the requests under way. The handlers are
/// installed when this returns.
fn shutdown() -> std::io::Result<impl Future<Output = ()>> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut interrupt = signal(SignalKind::interrupt())?;
        let mut terminate = signal(SignalKind::terminate())?;
        Ok(async move {
            tokio::select! {
                _ = interrupt.recv() => {},
                _ = terminate.recv() => {},
            }
        })
    }
    #[cfg(not(unix))]
    {
        Ok(async {
            let _ = tokio::signal::ctrl_c().await;
        })
    }
}

/// The whole application: the API under `/api/v1/`, the page, JSON errors for
/// everything else, and the limits.
pub(crate) fn router(state: AppState, timeout: Duration, concurrent: usize) -> Router {
    Router::new()
        .nest("/api/v1", api::routes())
        .merge(page::routes())
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(state.max_body))
        .layer(tower::limit::GlobalConcurrencyLimitLayer::new(concurrent))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            json_errors,
        ))
        .with_state(state)
}

/// The language of a request: `?lang=` when it names one, else `Accept-Language`,
/// else English.
pub(crate) fn request_lang(req: &axum::http::request::Parts) -> Lang {
    let from_query = req.uri.query().and_then(|q| {
        q.split('&')
            .filter_map(|kv| kv.split_once('='))
            .filter(|(k, _)| *k == "lang")
            .find_map(|(_, v)| v.parse::<Lang>().ok())
    });
    from_query.unwrap_or_else(|| {
        req.headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok())
            .map_or(Lang::En, Lang::from_accept_language)
    })
}

/// An API error response: the status and the `api-error` body; a 400 also carries
/// `X-Rulebook-Exit: 2`, the CLI's exit code for bad input.
#[derive(Debug)]
pub(crate) struct ServeError {
    /// The HTTP status.
    pub(crate) status: StatusCode,
    /// The body (boxed: errors travel in `Result`s).
    pub(crate) error: Box<ApiError>,
}

impl ServeError {
    /// A 400 with `code` and `message`.
    pub(crate) fn bad(code: &str, message: String) -> Self {
        ServeError {
            status: StatusCode::BAD_REQUEST,
            error: Box::new(ApiError::new(code, message)),
        }
    }

    /// A command's error (bad input): 400, located when the error says where.
    pub(crate) fn from_cli(e: &CliError) -> Self {
        let mut error = ApiError::new(
            if e.location()
                .is_some_and(|l| l.line.is_some() || l.path.is_some())
            {
                "unreadable-input"
            } else {
                "bad-input"
            },
            e.to_string(),
        );
        if let Some(l) = e.location() {
            let mut loc = union_rulebook::schema::ApiErrorLocation::new(l.input.clone());
            loc.line = l.line;
            loc.column = l.column;
            loc.path.clone_from(&l.path);
            error = error.with_location(loc);
        }
        ServeError {
            status: StatusCode::BAD_REQUEST,
            error: Box::new(error),
        }
    }
}

impl IntoResponse for ServeError {
    fn into_response(self) -> Response {
        let body = serde_json::to_string_pretty(&self.error).unwrap_or_default() + "\n";
        let mut r = (self.status, body).into_response();
        let h = r.headers_mut();
        h.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        if self.status == StatusCode::BAD_REQUEST {
            h.insert(
                "x-rulebook-exit",
                HeaderValue::from(u16::from(io::EXIT_BAD_INPUT)),
            );
        }
        r
    }
}

/// 404 for any route the application does not have.
async fn not_found(req: Request) -> Response {
    let (parts, _) = req.into_parts();
    let lang = request_lang(&parts);
    i18n::with_lang(lang, || ServeError {
        status: StatusCode::NOT_FOUND,
        error: Box::new(ApiError::new(
            "not-found",
            tr!("serve-not-found", path = parts.uri.path().to_string()),
        )),
    })
    .into_response()
}

/// Turns every error response that is not JSON already (axum's 405 and body-limit
/// 413, the time limit's 408, a rejected extractor's 400) into an `api-error` body, in
/// the request's language.
async fn json_errors(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let (parts, body) = req.into_parts();
    let lang = request_lang(&parts);
    let method = parts.method.to_string();
    let path = parts.uri.path().to_string();
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let allow = response.headers().get(header::ALLOW).cloned();
    let (_, body) = response.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024)
        .await
        .map(|b| String::from_utf8_lossy(&b).trim().to_string())
        .unwrap_or_default();
    let (code, message) = i18n::with_lang(lang, || match status {
        StatusCode::NOT_FOUND => ("not-found", tr!("serve-not-found", path = path.clone())),
        StatusCode::METHOD_NOT_ALLOWED => (
            "method-not-allowed",
            tr!(
                "serve-method-not-allowed",
                method = method,
                path = path.clone()
            ),
        ),
        StatusCode::PAYLOAD_TOO_LARGE => (
            "body-too-large",
            tr!("serve-too-large", limit = state.max_body.to_string()),
        ),
        StatusCode::REQUEST_TIMEOUT => ("timeout", tr!("serve-timeout")),
        s if s.is_server_error() => ("internal-error", tr!("serve-internal", error = text)),
        _ => ("bad-input", tr!("serve-bad-request", error = text)),
    });
    let mut r = ServeError {
        status,
        error: Box::new(ApiError::new(code, message)),
    }
    .into_response();
    if let Some(allow) = allow {
        r.headers_mut().insert(header::ALLOW, allow);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_with_their_units() {
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("512KiB"), Ok(512 << 10));
        assert_eq!(parse_size("10MB"), Ok(10_000_000));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert_eq!(parse_size("2 GiB"), Ok(2 << 30));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("MiB").is_err());
        assert!(parse_size("99999999999999999999GiB").is_err());
    }

    #[test]
    fn the_language_comes_from_the_query_then_the_header() {
        let req = |uri: &str, accept: Option<&str>| {
            let mut b = axum::http::Request::builder().uri(uri);
            if let Some(a) = accept {
                b = b.header(header::ACCEPT_LANGUAGE, a);
            }
            b.body(()).map(|r| r.into_parts().0)
        };
        let parts = req("/api/v1/explain?lang=id", Some("en")).ok();
        assert_eq!(parts.as_ref().map(request_lang), Some(Lang::Id));
        let parts = req("/api/v1/explain", Some("id-ID,en;q=0.5")).ok();
        assert_eq!(parts.as_ref().map(request_lang), Some(Lang::Id));
        let parts = req("/api/v1/explain?lang=xx", None).ok();
        assert_eq!(parts.as_ref().map(request_lang), Some(Lang::En));
    }
}
