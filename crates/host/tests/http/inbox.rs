use std::num::NonZeroU32;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use yorisoi_host::core::rate::Limits;

use crate::support::{client, header, sealed, start_in_process, InProcessHost};

async fn put(host: &InProcessHost, id: &str, body: impl Into<reqwest::Body>) -> (u16, Value) {
    let response = client()
        .put(format!("{}inbox/responses/{id}", host.url))
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// Every record in the inbox, read as the administration does.
pub async fn stored_records(host: &InProcessHost) -> Vec<Value> {
    let response = client()
        .get(format!("{}inbox/responses?limit=1000", host.url))
        .bearer_auth(&host.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let page: Value = response.json().await.unwrap();
    page["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["record"].clone())
        .collect()
}

#[tokio::test]
async fn a_new_record_is_created_then_acknowledged_again_without_a_copy() {
    let host = start_in_process(Limits::DEFAULT).await;
    let (id, body) = sealed(1);
    assert_eq!(
        put(&host, &id, body.clone()).await,
        (201, json!({ "id": id, "stored": "new" }))
    );
    assert_eq!(
        put(&host, &id, body.clone()).await,
        (200, json!({ "id": id, "stored": "already" }))
    );
    // The same record with other whitespace and field order is the same record.
    let reformatted: Value = serde_json::from_str(&body).unwrap();
    let pretty = serde_json::to_string_pretty(&reformatted).unwrap();
    assert_eq!(put(&host, &id, pretty).await.0, 200);
    let stored = stored_records(&host).await;
    assert_eq!(stored, vec![serde_json::from_str::<Value>(&body).unwrap()]);
}

#[tokio::test]
async fn a_different_record_under_a_taken_id_changes_nothing() {
    let host = start_in_process(Limits::DEFAULT).await;
    let (id, first) = sealed(7);
    let (_, other) = sealed(8);
    let impostor = other.replace(&format!("{:032x}", 8), &id);
    assert_eq!(put(&host, &id, first.clone()).await.0, 201);
    let (status, answer) = put(&host, &id, impostor).await;
    assert_eq!(status, 409);
    assert_eq!(answer["error"], "conflict");
    assert_eq!(
        stored_records(&host).await,
        vec![serde_json::from_str::<Value>(&first).unwrap()]
    );
}

#[tokio::test]
async fn refused_submissions_say_why_and_store_nothing() {
    let host = start_in_process(Limits::DEFAULT).await;
    let (id, body) = sealed(3);
    let other_id = format!("{:032x}", 4);
    let oversized = format!("{body}{}", " ".repeat(16 * 1024 + 1 - body.len()));
    let cases: Vec<(&str, String, u16, &str)> = vec![
        (&id, oversized, 413, "too_large"),
        (&id, "{\"v\":1,".to_owned(), 400, "not_json"),
        (&id, "[]".to_owned(), 400, "bad_record"),
        (&id, body.replace("\"v\":1", "\"v\":2"), 400, "bad_record"),
        (
            &id,
            body.replace("\"iv\":\"AAECAwQFBgcICQoL\"", "\"iv\":\"AAECAwQFBgcICQo=\""),
            400,
            "bad_base64",
        ),
        (
            &id,
            body.replace("\"iv\":\"AAECAwQFBgcICQoL\"", "\"iv\":\"AAEC\""),
            400,
            "bad_length",
        ),
        ("ABCDEF0123456789ABCDEF0123456789", body.clone(), 400, "bad_id"),
        ("not-an-id", body.clone(), 400, "bad_id"),
        (&other_id, body.clone(), 400, "id_mismatch"),
    ];
    for (url_id, submission, status, code) in cases {
        let (got_status, answer) = put(&host, url_id, submission).await;
        assert_eq!(
            (got_status, answer["error"].as_str().unwrap()),
            (status, code),
            "{answer}"
        );
        assert!(answer["message"].as_str().unwrap().ends_with('.'), "{answer}");
    }
    assert!(stored_records(&host).await.is_empty());
    // The valid record is still taken afterwards: the refusals left no trace of the id.
    assert_eq!(put(&host, &id, body).await.0, 201);
}

#[tokio::test]
async fn a_body_far_over_the_limit_is_refused_whole() {
    let host = start_in_process(Limits::DEFAULT).await;
    let (id, _) = sealed(5);
    let (status, answer) = put(&host, &id, vec![b' '; 1024 * 1024]).await;
    assert_eq!((status, answer["error"].as_str().unwrap()), (413, "too_large"));
}

#[tokio::test]
async fn a_burst_beyond_the_limit_is_told_when_to_come_back() {
    let limits = Limits {
        per_second: NonZeroU32::new(1).unwrap(),
        burst: NonZeroU32::new(5).unwrap(),
    };
    let host = start_in_process(limits).await;
    for n in 0..5 {
        let (id, body) = sealed(n);
        assert_eq!(put(&host, &id, body).await.0, 201, "request {n}");
    }
    let (id, body) = sealed(5);
    let response = client()
        .put(format!("{}inbox/responses/{id}", host.url))
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 429);
    assert_eq!(header(&response, "retry-after"), "1");
    let answer: Value = response.json().await.unwrap();
    assert_eq!(answer["error"], "rate_limited");
    // The limit guards the inbox only: the app's files still load.
    let page = client().get(&host.url).send().await.unwrap();
    assert_eq!(page.status(), 200);
}

#[tokio::test]
async fn only_the_host_token_reads_the_inbox() {
    let host = start_in_process(Limits::DEFAULT).await;
    let url = format!("{}inbox/responses", host.url);

    let anonymous = client().get(&url).send().await.unwrap();
    assert_eq!(anonymous.status(), 401);
    assert_eq!(header(&anonymous, "www-authenticate"), "Bearer");
    assert_eq!(anonymous.json::<Value>().await.unwrap()["error"], "unauthorized");

    let started = Instant::now();
    let wrong = client()
        .get(&url)
        .bearer_auth("A".repeat(43))
        .send()
        .await
        .unwrap();
    assert_eq!(wrong.status(), 401);
    assert!(
        started.elapsed() >= Duration::from_millis(950),
        "a wrong token is answered slowly"
    );

    let right = client().get(&url).bearer_auth(&host.token).send().await.unwrap();
    assert_eq!(right.status(), 200);
    assert_eq!(header(&right, "cache-control"), "no-store");
    assert_eq!(
        right.json::<Value>().await.unwrap(),
        json!({ "records": [], "cursor": "0", "more": false })
    );
}
