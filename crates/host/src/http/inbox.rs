//! The inbox's routes: host.json, PUT of one sealed record, the administration's paged GET.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{ConnectInfo, Path, Query, Request, State as Extract};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::State;
use crate::core::idempotence::Decision;
use crate::core::paging::PageQuery;
use crate::core::record::{SealedRecord, MAX_BODY_BYTES};
use crate::core::refusal::Refusal;

/// How long a request with a wrong token waits for its 401, so guessing is slow even within
/// the rate limit (the token has 256 bits; this is belt and braces).
pub const WRONG_TOKEN_DELAY: Duration = Duration::from_secs(1);

/// `host.json`: tells the app that this host has an inbox, and where (relative to the app).
pub async fn host_description() -> Response {
    let mut response =
        Json(json!({ "format": "yorisoi-host", "version": 1, "inbox": "inbox/" })).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    response
}

/// Every inbox request first takes a token from its address's bucket.
pub async fn limit_rate(
    Extract(state): Extract<State>,
    ConnectInfo(client): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Response {
    match state.rate.check(&client.ip()) {
        Ok(()) => next.run(request).await,
        Err(refusal) => refusal.into_response(),
    }
}

/// `PUT <base>inbox/responses/<id>`: stores one sealed record; 201 only after the commit.
pub async fn put_response(
    Extract(state): Extract<State>,
    Path(id): Path<String>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let body = match body {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return Refusal::TooLarge {
                limit_bytes: MAX_BODY_BYTES,
            }
            .into_response();
        }
        Err(rejection) => return rejection.into_response(),
    };
    let record = match SealedRecord::from_submission(&id, &body) {
        Ok(record) => record,
        Err(refusal) => return refusal.into_response(),
    };
    let received_at_ms = now_ms();
    let stored = tokio::task::spawn_blocking(move || state.inbox.submit(&record, received_at_ms)).await;
    let (status, stored) = match stored {
        Ok(Ok(Decision::Store)) => (StatusCode::CREATED, "new"),
        Ok(Ok(Decision::AlreadyStored)) => (StatusCode::OK, "already"),
        Ok(Ok(Decision::Conflict)) => return Refusal::Conflict.into_response(),
        Ok(Err(error)) => {
            eprintln!("yorisoi-host: {error}");
            return Refusal::StorageFailed.into_response();
        }
        Err(_) => return Refusal::StorageFailed.into_response(),
    };
    let mut response = (status, Json(json!({ "id": id, "stored": stored }))).into_response();
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `GET <base>inbox/responses?after=<cursor>&limit=<n>`: the administration's read, with the
/// host token.
pub async fn list_responses(
    Extract(state): Extract<State>,
    headers: HeaderMap,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .map(|value| value.to_str().unwrap_or(""));
    if !state.token.admits(authorization) {
        if authorization.is_some() {
            tokio::time::sleep(WRONG_TOKEN_DELAY).await;
        }
        return Refusal::Unauthorized.into_response();
    }
    let query = match PageQuery::parse(
        query.get("after").map(String::as_str),
        query.get("limit").map(String::as_str),
    ) {
        Ok(query) => query,
        Err(refusal) => return refusal.into_response(),
    };
    let page = tokio::task::spawn_blocking(move || state.inbox.page(&query)).await;
    match page {
        Ok(Ok(page)) => {
            let mut response = Json(page.to_json()).into_response();
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            response
        }
        Ok(Err(error)) => {
            eprintln!("yorisoi-host: {error}");
            Refusal::StorageFailed.into_response()
        }
        Err(_) => Refusal::StorageFailed.into_response(),
    }
}

fn now_ms() -> i64 {
    let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    i64::try_from(since_epoch.as_millis()).unwrap_or(i64::MAX)
}
