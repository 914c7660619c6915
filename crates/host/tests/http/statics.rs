use std::io::{Read, Write};
use std::net::TcpStream;

use yorisoi_host::core::rate::Limits;

use crate::support::{client, header, start_in_process, JS_BR, JS_GZ, JS_PLAIN, LOADER_HASH, REGISTER_HASH};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";

#[tokio::test]
async fn the_page_names_its_inline_scripts_in_the_policy() {
    let host = start_in_process(Limits::DEFAULT).await;
    let page = client().get(&host.url).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert_eq!(header(&page, "content-type"), "text/html");
    assert_eq!(header(&page, "cache-control"), "no-cache");
    assert_eq!(header(&page, "x-content-type-options"), "nosniff");
    assert_eq!(header(&page, "referrer-policy"), "no-referrer");
    assert_eq!(
        header(&page, "content-security-policy"),
        format!(
            "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {REGISTER_HASH} {LOADER_HASH}; \
             style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
             frame-ancestors 'none'"
        )
    );
    let last_modified = header(&page, "last-modified").to_owned();
    let policy = header(&page, "content-security-policy").to_owned();
    assert!(page.text().await.unwrap().starts_with("<!doctype html>"));
    // A reload revalidates the page: the 304 has no Content-Type, and the browser takes the
    // page's policy from it, so it must carry the same one.
    let revalidated = client()
        .get(&host.url)
        .header("if-modified-since", &last_modified)
        .send()
        .await
        .unwrap();
    assert_eq!(revalidated.status(), 304);
    assert_eq!(header(&revalidated, "content-security-policy"), policy);
    let by_name = client()
        .get(format!("{}index.html", host.url))
        .send()
        .await
        .unwrap();
    assert_eq!(header(&by_name, "cache-control"), "no-cache");
}

#[tokio::test]
async fn a_new_deployment_changes_the_policy_without_a_restart() {
    let host = start_in_process(Limits::DEFAULT).await;
    let first = client().get(&host.url).send().await.unwrap();
    assert!(header(&first, "content-security-policy").contains(LOADER_HASH));
    // IT copies a new build over the folder: a different loader script.
    std::fs::write(
        host.app.dist().join("index.html"),
        "<html><head><script>console.log(2)</script></head></html>",
    )
    .unwrap();
    let second = client().get(&host.url).send().await.unwrap();
    let policy = header(&second, "content-security-policy");
    assert!(
        policy.contains("'sha256-8q5r0Gb3oV+3DObfp/Z4GOXgHcQVy/ejxH8MgPcPxTI='"),
        "{policy}"
    );
    assert!(!policy.contains(LOADER_HASH));
}

#[tokio::test]
async fn the_base_without_its_slash_redirects_and_other_paths_are_not_found() {
    let host = start_in_process(Limits::DEFAULT).await;
    let origin = host.url.trim_end_matches("wellbeing/");
    let redirect = client().get(format!("{origin}wellbeing")).send().await.unwrap();
    assert_eq!(redirect.status(), 308);
    assert_eq!(header(&redirect, "location"), "/wellbeing/");
    for outside in ["", "index.html", "wellbeingx/", "dist/index.html"] {
        let response = client().get(format!("{origin}{outside}")).send().await.unwrap();
        assert_eq!(response.status(), 404, "/{outside}");
    }
    for missing in ["missing.js", "surveys/", "surveys"] {
        let response = client()
            .get(format!("{}{missing}", host.url))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 404, "{missing}");
    }
}

#[tokio::test]
async fn nothing_outside_the_app_folder_is_served() {
    let host = start_in_process(Limits::DEFAULT).await;
    let address = host
        .url
        .trim_start_matches("http://")
        .trim_end_matches("/wellbeing/")
        .to_owned();
    for path in [
        "/wellbeing/../secret.txt",
        "/wellbeing/%2e%2e/secret.txt",
        "/wellbeing/..%2fsecret.txt",
    ] {
        let address = address.clone();
        let answer = tokio::task::spawn_blocking(move || raw_get(&address, path))
            .await
            .unwrap();
        assert!(answer.starts_with("HTTP/1.1 404"), "{path}: {answer}");
        assert!(!answer.contains("not part of the app"), "{path}");
    }
}

/// A request written by hand, so that no client tidies the dot segments away first.
fn raw_get(address: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    answer
}

#[tokio::test]
async fn hashed_assets_are_immutable_with_the_right_types() {
    let host = start_in_process(Limits::DEFAULT).await;
    for (file, content_type) in [
        ("yorisoi-0123456789abcdef_bg.wasm", "application/wasm"),
        ("yorisoi-0123456789abcdef.js", "text/javascript"),
        ("base-fedcba9876543210.css", "text/css"),
    ] {
        let response = client().get(format!("{}{file}", host.url)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{file}");
        assert_eq!(header(&response, "content-type"), content_type, "{file}");
        assert_eq!(header(&response, "cache-control"), IMMUTABLE, "{file}");
        assert_eq!(header(&response, "x-content-type-options"), "nosniff", "{file}");
    }
}

#[tokio::test]
async fn files_that_change_in_place_are_revalidated() {
    let host = start_in_process(Limits::DEFAULT).await;
    for (file, content_type) in [
        ("sw.js", "text/javascript"),
        ("surveys/employee.json", "application/json"),
        ("benchmark/snapshot.json", "application/json"),
        ("centre-key.json", "application/json"),
        ("admin/yorisoi-admin.js", "text/javascript"),
        ("vendor/echarts.min.js", "text/javascript"),
        ("host.json", "application/json"),
    ] {
        let response = client().get(format!("{}{file}", host.url)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{file}");
        assert_eq!(header(&response, "content-type"), content_type, "{file}");
        assert_eq!(header(&response, "cache-control"), "no-cache", "{file}");
    }
}

#[tokio::test]
async fn precompressed_copies_are_sent_to_browsers_that_accept_them() {
    let host = start_in_process(Limits::DEFAULT).await;
    let url = format!("{}yorisoi-0123456789abcdef.js", host.url);
    for (accept, encoding, body) in [
        ("br, gzip", "br", JS_BR),
        ("gzip, deflate, br", "br", JS_BR),
        ("gzip", "gzip", JS_GZ),
        ("identity", "", JS_PLAIN.as_bytes()),
    ] {
        let response = client()
            .get(&url)
            .header("accept-encoding", accept)
            .send()
            .await
            .unwrap();
        assert_eq!(header(&response, "content-encoding"), encoding, "{accept}");
        assert_eq!(header(&response, "content-type"), "text/javascript", "{accept}");
        assert_eq!(header(&response, "vary"), "accept-encoding", "{accept}");
        assert_eq!(header(&response, "cache-control"), IMMUTABLE, "{accept}");
        assert_eq!(response.bytes().await.unwrap().as_ref(), body, "{accept}");
    }
}

#[tokio::test]
async fn host_json_points_the_app_at_the_inbox() {
    let host = start_in_process(Limits::DEFAULT).await;
    let response = client()
        .get(format!("{}host.json", host.url))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(header(&response, "cache-control"), "no-cache");
    let description: serde_json::Value = response.json().await.unwrap();
    assert_eq!(
        description,
        serde_json::json!({ "format": "yorisoi-host", "version": 1, "inbox": "inbox/" })
    );
}
