//! The drafter's workbench at `/`: one page and its assets, embedded in the binary
//! (`assets/workbench/`), and the bundled examples the page offers, served with their
//! content types and a Content-Security-Policy that allows nothing from anywhere but
//! this server.
//!
//! The page computes nothing itself: it sends what the drafter writes or opens to the
//! JSON API under `/api/v1/` and lays out the reports it returns.

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;

use super::AppState;

/// The Content-Security-Policy of every page response. Scripts, styles, images,
/// fetches and frames only from this origin; no inline script (the page has none).
/// Inline styles are allowed for one reason: the audit and election reports are the
/// crate's self-contained HTML pages (one `<style>` element each), shown in a
/// sandboxed `<iframe srcdoc>`, which inherits this policy. The sandbox (no
/// `allow-scripts`, no `allow-same-origin`) keeps them inert.
pub(crate) const CSP: &str = "default-src 'self'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; \
     frame-ancestors 'none'";

/// One embedded file: its path under `/assets/`, content type and bytes.
struct Asset {
    path: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

macro_rules! asset {
    ($path:literal, $ty:literal, $file:literal) => {
        Asset {
            path: $path,
            content_type: $ty,
            bytes: include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/", $file)),
        }
    };
}

/// The page itself.
const INDEX: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/assets/workbench/index.html"
));

/// Everything under `/assets/`: the page's script, style and strings, and the
/// bundled examples it offers (the SPN document and policy, the PSP election).
const ASSETS: &[Asset] = &[
    asset!(
        "app.js",
        "text/javascript; charset=utf-8",
        "assets/workbench/app.js"
    ),
    asset!(
        "style.css",
        "text/css; charset=utf-8",
        "assets/workbench/style.css"
    ),
    asset!(
        "strings.json",
        "application/json",
        "assets/workbench/strings.json"
    ),
    asset!(
        "example/spn.json",
        "application/json",
        "examples/data/spn.json"
    ),
    asset!(
        "example/spn-policy.toml",
        "application/toml; charset=utf-8",
        "examples/data/spn-policy.toml"
    ),
    asset!(
        "example/psp-election.json",
        "application/json",
        "examples/data/psp-election.json"
    ),
    asset!(
        "example/psp-election.blt",
        "text/plain; charset=utf-8",
        "examples/data/psp-election.blt"
    ),
];

/// The page's routes: `GET /` and `GET /assets/{path}`.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(index))
        .route("/assets/{*path}", get(asset))
}

/// A response with the page's security headers.
fn with_headers(content_type: &'static str, bytes: &'static [u8]) -> Response {
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

async fn index() -> Response {
    with_headers("text/html; charset=utf-8", INDEX)
}

async fn asset(Path(path): Path<String>) -> Response {
    match ASSETS.iter().find(|a| a.path == path) {
        Some(a) => with_headers(a.content_type, a.bytes),
        None => (
            StatusCode::NOT_FOUND,
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("no asset {path}"),
        )
            .into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_asset_path_is_unique_and_non_empty() {
        for (i, a) in ASSETS.iter().enumerate() {
            assert!(!a.bytes.is_empty(), "{}", a.path);
            assert!(
                ASSETS.iter().skip(i + 1).all(|b| b.path != a.path),
                "{}",
                a.path
            );
        }
        assert!(!INDEX.is_empty());
    }
}
