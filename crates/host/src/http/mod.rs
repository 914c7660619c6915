//! The thin HTTP layer: axum routes that call the core's rules and the store, and nothing
//! else. Routes are full paths under the base (`/wellbeing/host.json`); everything else under
//! the base is a file of the app.

mod headers;
mod inbox;
mod refusal;
mod statics;

use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::DefaultBodyLimit;
use axum::middleware;
use axum::routing::{get, put};
use axum::Router;
use tower_http::services::ServeDir;

use crate::core::paths::Base;
use crate::core::rate::RateLimit;
use crate::core::record::MAX_BODY_BYTES;
use crate::core::token::TokenHash;
use crate::store::Inbox;

pub use headers::PagePolicy;

/// Everything a request may need, shared by all of them.
pub struct Shared {
    pub inbox: Inbox,
    pub token: TokenHash,
    pub rate: RateLimit,
    pub base: Base,
    pub files: ServeDir,
    pub page_policy: PagePolicy,
}

pub type State = Arc<Shared>;

/// The files of the app, with their precompressed `.br` and `.gz` copies served to browsers
/// that accept them. Directories are not listed and have no index except the base itself.
pub fn app_files(dist: PathBuf) -> ServeDir {
    ServeDir::new(dist)
        .precompressed_br()
        .precompressed_gzip()
        .append_index_html_on_directories(false)
}

/// The host's routes.
pub fn router(state: State) -> Router {
    let base = state.base.clone();
    let inbox = Router::new()
        .route(&base.join("inbox/responses/{id}"), put(inbox::put_response))
        .route(&base.join("inbox/responses"), get(inbox::list_responses))
        .route_layer(middleware::from_fn_with_state(state.clone(), inbox::limit_rate))
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES));
    Router::new()
        .route(&base.join("host.json"), get(inbox::host_description))
        .merge(inbox)
        .fallback(statics::serve_file)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            headers::security_headers,
        ))
        .with_state(state)
}
