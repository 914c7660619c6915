//! The Content-Security-Policy. The app's page has inline scripts (the service worker's
//! registration in index.html, and the loader Trunk writes), which `script-src 'self'` alone
//! would block; rather than allow every inline script, the policy names each one of the
//! served index.html by its SHA-256 hash, so only those exact scripts run.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy with the given script hashes (`'sha256-…'` sources) added to `script-src`.
pub fn policy(script_hashes: &[String]) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for hash in script_hashes {
        script_src.push(' ');
        script_src.push_str(hash);
    }
    format!(
        "default-src 'self'; script-src {script_src}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
    )
}

/// The `'sha256-…'` source of every inline script of a page, in document order, each once.
/// An inline script is a `<script>` element without a `src` attribute; its hash is over the
/// exact text between the tags, as the browser computes it.
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let mut hashes = Vec::new();
    let mut from = 0;
    while let Some(start) = lower[from..].find("<script").map(|at| from + at) {
        let Some(tag_end) = lower[start..].find('>').map(|at| start + at) else {
            break;
        };
        let Some(close) = lower[tag_end..].find("</script").map(|at| tag_end + at) else {
            break;
        };
        if !has_src_attribute(&lower[start + "<script".len()..tag_end]) {
            let source = format!(
                "'sha256-{}'",
                STANDARD.encode(Sha256::digest(&html[tag_end + 1..close]))
            );
            if !hashes.contains(&source) {
                hashes.push(source);
            }
        }
        from = close;
    }
    hashes
}

/// Whether the attributes of a (lower-cased) script tag include `src`.
fn has_src_attribute(attributes: &str) -> bool {
    attributes
        .split(|c: char| c.is_ascii_whitespace())
        .any(|attribute| attribute == "src" || attribute.starts_with("src="))
}
