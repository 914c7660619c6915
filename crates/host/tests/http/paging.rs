use serde_json::Value;
use yorisoi_host::core::rate::Limits;

use crate::support::{client, sealed, start_in_process, InProcessHost};

async fn page(host: &InProcessHost, query: &str) -> (u16, Value) {
    let response = client()
        .get(format!("{}inbox/responses{query}", host.url))
        .bearer_auth(&host.token)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

fn ids(page: &Value) -> Vec<String> {
    page["records"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["record"]["id"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn pages_follow_the_cursor_in_arrival_order_to_the_end() {
    let host = start_in_process(Limits::DEFAULT).await;
    // Five records arriving in the order 5, 1, 4, 2, 3, and one resent (no new row).
    let order = [5, 1, 4, 2, 3];
    for n in order.into_iter().chain([4]) {
        let (id, body) = sealed(n);
        client()
            .put(format!("{}inbox/responses/{id}", host.url))
            .body(body)
            .send()
            .await
            .unwrap();
    }
    let expected: Vec<String> = order.iter().map(|n| format!("{n:032x}")).collect();

    let (_, first) = page(&host, "?limit=2").await;
    assert_eq!(ids(&first), expected[0..2]);
    assert_eq!(
        (first["cursor"].as_str(), first["more"].as_bool()),
        (Some("2"), Some(true))
    );
    let (_, second) = page(&host, "?limit=2&after=2").await;
    assert_eq!(ids(&second), expected[2..4]);
    assert_eq!(
        (second["cursor"].as_str(), second["more"].as_bool()),
        (Some("4"), Some(true))
    );
    let (_, third) = page(&host, "?after=4&limit=2").await;
    assert_eq!(ids(&third), expected[4..5]);
    assert_eq!(
        (third["cursor"].as_str(), third["more"].as_bool()),
        (Some("5"), Some(false))
    );
    // Polling again from the end: nothing new, the same cursor.
    let (_, empty) = page(&host, "?after=5").await;
    assert_eq!((ids(&empty).len(), empty["cursor"].as_str()), (0, Some("5")));
    // Each record carries the time the inbox committed it.
    assert!(first["records"][0]["received_at_ms"].as_i64().unwrap() > 1_700_000_000_000);
    // Without a query: from the start, up to 100.
    let (_, all) = page(&host, "").await;
    assert_eq!(ids(&all), expected);
}

#[tokio::test]
async fn a_bad_query_is_refused() {
    let host = start_in_process(Limits::DEFAULT).await;
    for query in [
        "?limit=0",
        "?limit=1001",
        "?limit=many",
        "?after=-1",
        "?after=abc",
    ] {
        let (status, answer) = page(&host, query).await;
        assert_eq!(
            (status, answer["error"].as_str()),
            (400, Some("bad_query")),
            "{query}"
        );
    }
}
