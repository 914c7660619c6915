use std::net::SocketAddr;

use tempfile::TempDir;

use crate::support::{sealed, spawn_host, AppFolder};

#[tokio::test]
async fn with_a_certificate_and_key_the_host_speaks_https() {
    let app = AppFolder::new();
    let data = TempDir::new().unwrap();
    let certified = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()]).unwrap();
    let cert_pem = certified.cert.pem();
    let (cert, key) = (data.path().join("cert.pem"), data.path().join("key.pem"));
    std::fs::write(&cert, &cert_pem).unwrap();
    std::fs::write(&key, certified.key_pair.serialize_pem()).unwrap();

    let mut host = spawn_host(
        &app.dist(),
        &data.path().join("inbox"),
        &[
            "--tls-cert",
            cert.to_str().unwrap(),
            "--tls-key",
            key.to_str().unwrap(),
        ],
    );
    let address: SocketAddr = host
        .url
        .trim_start_matches("https://")
        .trim_end_matches("/wellbeing/")
        .parse()
        .unwrap();
    let client = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(cert_pem.as_bytes()).unwrap())
        .resolve("localhost", address)
        .build()
        .unwrap();
    let origin = format!("https://localhost:{}", address.port());

    let page = client.get(format!("{origin}/wellbeing/")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    assert!(page.text().await.unwrap().starts_with("<!doctype html>"));
    let (id, body) = sealed(1);
    let stored = client
        .put(format!("{origin}/wellbeing/inbox/responses/{id}"))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(stored.status(), 201);
    // Plain HTTP to the same port gets no answer.
    assert!(reqwest::get(format!("http://{address}/wellbeing/"))
        .await
        .is_err());

    host.child.kill().unwrap();
    host.child.wait().unwrap();
}
