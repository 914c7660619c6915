//! `host.json`: how a kiosk or desk PC learns that the intranet host (`yorisoi-host`) serves it
//! and where its inbox is. A static host has no such file; the app then works as on its own.

use serde::Deserialize;

pub const FILE_NAME: &str = "host.json";
pub const FORMAT: &str = "yorisoi-host";
pub const VERSION: u32 = 1;

#[derive(Deserialize)]
struct HostInfo {
    format: String,
    version: u32,
    inbox: String,
}

/// The inbox's URL relative to the app (`inbox/`), when `json` is a host description of this
/// version whose inbox stays beside the app (a relative path, no scheme, no `..`).
pub fn inbox_of(json: &str) -> Option<String> {
    let info: HostInfo = serde_json::from_str(json).ok()?;
    let beside_the_app = !info.inbox.is_empty()
        && info.inbox.ends_with('/')
        && !info.inbox.starts_with('/')
        && !info.inbox.contains(':')
        && !info.inbox.split('/').any(|part| part == "..");
    (info.format == FORMAT && info.version == VERSION && beside_the_app).then_some(info.inbox)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hosts_own_description_names_its_inbox() {
        assert_eq!(
            inbox_of(r#"{"format":"yorisoi-host","version":1,"inbox":"inbox/"}"#).as_deref(),
            Some("inbox/")
        );
    }

    #[test]
    fn anything_else_means_no_inbox() {
        for json in [
            "<!doctype html>",
            r#"{"format":"other","version":1,"inbox":"inbox/"}"#,
            r#"{"format":"yorisoi-host","version":2,"inbox":"inbox/"}"#,
            r#"{"format":"yorisoi-host","version":1,"inbox":"https://elsewhere.example/inbox/"}"#,
            r#"{"format":"yorisoi-host","version":1,"inbox":"/inbox/"}"#,
            r#"{"format":"yorisoi-host","version":1,"inbox":"../other/"}"#,
        ] {
            assert_eq!(inbox_of(json), None, "{json}");
        }
    }
}
