//! The app's files, from the dist folder, under the base.

use axum::extract::{Request, State as Extract};
use axum::http::{header, HeaderValue, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use tower::ServiceExt;

use super::State;
use crate::core::paths::{cache_control, Route};

/// Any other path: a file of the app if it is under the base, else not found. The base
/// without its trailing slash redirects to the base: the app's relative URLs need the slash.
pub async fn serve_file(Extract(state): Extract<State>, mut request: Request) -> Response {
    let relative = match state.base.route(request.uri().path()) {
        Route::RedirectToBase => return Redirect::permanent(state.base.as_str()).into_response(),
        Route::Outside => return StatusCode::NOT_FOUND.into_response(),
        Route::File(relative) => relative.to_owned(),
    };
    let Ok(uri) = format!("/{relative}").parse::<Uri>() else {
        return StatusCode::NOT_FOUND.into_response();
    };
    *request.uri_mut() = uri;
    let Ok(response) = state.files.clone().oneshot(request).await;
    let mut response = response.into_response();
    if response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED {
        let headers = response.headers_mut();
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache_control(&relative)),
        );
        // The same URL answers with .br, .gz or plain bytes: caches must key on the encoding.
        headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}
