//! Requests to the intranet host, relative to the app's URL: the inbox and `host.json`.

use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Headers, RequestInit};

/// What the host answered: its status, its `Retry-After` seconds if any, and its body.
pub struct Answer {
    pub status: u16,
    pub retry_after_secs: Option<u32>,
    pub body: String,
}

/// No answer at all: the network or the host is down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unreachable;

/// Sends a request; `headers` are (name, value) pairs. Never served from a cache.
pub async fn request(
    method: &str,
    url: &str,
    headers: &[(&str, &str)],
    body: Option<&str>,
) -> Result<Answer, Unreachable> {
    let window = web_sys::window().ok_or(Unreachable)?;
    let init = RequestInit::new();
    init.set_method(method);
    init.set_cache(web_sys::RequestCache::NoStore);
    let sent_headers = Headers::new().map_err(|_| Unreachable)?;
    for (name, value) in headers {
        sent_headers.set(name, value).map_err(|_| Unreachable)?;
    }
    init.set_headers(&sent_headers);
    if let Some(body) = body {
        init.set_body(&body.into());
    }
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str_and_init(url, &init))
        .await
        .map_err(|_| Unreachable)?
        .unchecked_into();
    let retry_after_secs = response
        .headers()
        .get("Retry-After")
        .ok()
        .flatten()
        .and_then(|value| value.trim().parse().ok());
    let text: Promise = response.text().map_err(|_| Unreachable)?;
    let body = JsFuture::from(text)
        .await
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default();
    Ok(Answer {
        status: response.status(),
        retry_after_secs,
        body,
    })
}
