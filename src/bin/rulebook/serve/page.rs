//! The workbench page at `/` (filled by the `serve-page` branch): a stub that serves
//! nothing yet, merged into the application's router.

use axum::Router;

use super::AppState;

/// The page's routes: none yet.
pub(crate) fn routes() -> Router<AppState> {
    Router::new()
}
