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
use crate::core::paths::Route;

/// The policy, which names the inline scripts of the index.html on disk. A new deployment
/// copied over the folder changes those scripts (Trunk's loader names the hashed files), so
/// each request for the page itself looks whether index.html changed and reads the hashes
/// again; other requests reuse the last policy without touching the disk. Every answer
/// carries it, not only HTML ones: a 304 revalidating the page has no Content-Type, and the
/// browser takes the page's policy from it.
pub struct PagePolicy {
    index: PathBuf,
    cached: Mutex<(Option<Stamp>, HeaderValue)>,
}

/// When index.html last changed, and its length, to notice a new copy.
type Stamp = (SystemTime, u64);

impl PagePolicy {
    pub fn new(index: PathBuf) -> PagePolicy {
        let cached = Mutex::new((None, header_value(&policy(&[]))));
        let page_policy = PagePolicy { index, cached };
        if let Ok(metadata) = std::fs::metadata(&page_policy.index) {
            if let Ok(html) = std::fs::read_to_string(&page_policy.index) {
                page_policy.store(stamp(&metadata), &html);
            }
        }
        page_policy
    }

    fn last(&self) -> HeaderValue {
        self.cached
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .1
            .clone()
    }

    fn store(&self, stamp: Stamp, html: &str) -> HeaderValue {
        let value = header_value(&policy(&inline_script_hashes(html)));
        *self
            .cached
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = (Some(stamp), value.clone());
        value
    }

    /// The policy for index.html as it is on disk now.
    async fn refreshed(&self) -> HeaderValue {
        let Ok(metadata) = tokio::fs::metadata(&self.index).await else {
            return self.last();
        };
        let now = stamp(&metadata);
        if self
            .cached
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .0
            == Some(now)
        {
            return self.last();
        }
        match tokio::fs::read_to_string(&self.index).await {
            Ok(html) => self.store(now, &html),
            Err(_) => self.last(),
        }
    }
}

fn stamp(metadata: &std::fs::Metadata) -> Stamp {
    (
        metadata.modified().unwrap_or(SystemTime::UNIX_EPOCH),
        metadata.len(),
    )
}

fn header_value(policy: &str) -> HeaderValue {
    // The policy is built from ASCII literals and base64 only.
    HeaderValue::from_str(policy).unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'"))
}

pub async fn security_headers(Extract(state): Extract<State>, request: Request, next: Next) -> Response {
    let is_page = state.base.route(request.uri().path()) == Route::File("index.html");
    let mut response = next.run(request).await;
    let policy = if is_page {
        state.page_policy.refreshed().await
    } else {
        state.page_policy.last()
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
