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

/// The policy, which names the inline scripts of the index.html now on disk. A new
/// deployment copied over the folder changes those scripts (Trunk's loader names the hashed
/// files), so the hashes are read again whenever index.html changes. Every answer carries
/// it, not only HTML ones: a 304 revalidating index.html has no Content-Type, and the browser
/// takes the policy of the page from it.
pub struct PagePolicy {
    index: PathBuf,
    cached: Mutex<Option<(Stamp, HeaderValue)>>,
    /// Without a readable index.html there is no inline script to allow.
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

    async fn current(&self) -> HeaderValue {
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
    let policy = state.page_policy.current().await;
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
