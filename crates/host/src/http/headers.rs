//! Headers on every answer: the Content-Security-Policy, nosniff, no referrer.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::SystemTime;

use axum::extract::{Request, State as Extract};
use axum::http::{header, HeaderName, HeaderValue};
use axum::middleware::Next;
use axum::response::Response;

use super::State;
use crate::core::csp::{inline_script_hashes, policy};

/// The policy for the app's page, which names the inline scripts of the index.html now on
/// disk. A new deployment copied over the folder changes those scripts (Trunk's loader names
/// the hashed files), so the hashes are read again whenever index.html changes.
pub struct PagePolicy {
    index: PathBuf,
    cached: Mutex<Option<(Stamp, HeaderValue)>>,
    /// The policy for every other answer: no inline script runs there.
    plain: HeaderValue,
}

/// When index.html last changed, and its length, to notice a new copy.
type Stamp = (SystemTime, u64);

impl PagePolicy {
    pub fn new(index: PathBuf) -> PagePolicy {
        PagePolicy {
            index,
            cached: Mutex::new(None),
            plain: header_value(&policy(&[])),
        }
    }

    async fn for_page(&self) -> HeaderValue {
        let Ok(metadata) = tokio::fs::metadata(&self.index).await else {
            return self.plain.clone();
        };
        let stamp = (
            metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH),
            metadata.len(),
        );
        if let Some((cached_stamp, value)) = &*self
            .cached
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
        {
            if *cached_stamp == stamp {
                return value.clone();
            }
        }
        let Ok(html) = tokio::fs::read_to_string(&self.index).await else {
            return self.plain.clone();
        };
        let value = header_value(&policy(&inline_script_hashes(&html)));
        *self
            .cached
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Some((stamp, value.clone()));
        value
    }
}

fn header_value(policy: &str) -> HeaderValue {
    // The policy is built from ASCII literals and base64 only.
    HeaderValue::from_str(policy).unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

pub async fn security_headers(Extract(state): Extract<State>, request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let is_page = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    let policy = if is_page {
        state.page_policy.for_page().await
    } else {
        state.page_policy.plain.clone()
    };
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        HeaderName::from_static("referrer-policy"),
        HeaderValue::from_static("no-referrer"),
    );
    response
}
