use std::collections::{BTreeMap, BTreeSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rusqlite::Connection;
use serde_json::Value;
use tempfile::TempDir;
use yorisoi_host::core::record::SealedRecord;

use crate::support::{sealed, spawn_host, AppFolder};

const RECORDS: u64 = 400;
const SENDERS: u64 = 20;
/// The host is killed once this many submissions were acknowledged.
const KILL_AFTER: usize = 60;

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn every_acknowledged_record_survives_a_kill_mid_burst_exactly_once() {
    let app = AppFolder::new();
    let data = TempDir::new().unwrap();
    let mut host = spawn_host(&app.dist(), data.path(), &[]);
    let token = host.new_token.clone().expect("the first start makes a token");
    let url = host.url.clone();

    // 20 senders, 20 records each, while a watcher kills the host (SIGKILL) after 60 acks.
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let acks = Arc::new(AtomicUsize::new(0));
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(10))
        .build()
        .unwrap();
    let senders: Vec<_> = (0..SENDERS)
        .map(|sender| {
            let (client, url, acknowledged, acks) =
                (client.clone(), url.clone(), acknowledged.clone(), acks.clone());
            tokio::spawn(async move {
                for n in (sender..RECORDS).step_by(SENDERS as usize) {
                    let (id, body) = sealed(n);
                    let sent = client
                        .put(format!("{url}inbox/responses/{id}"))
                        .body(body)
                        .send()
                        .await;
                    if let Ok(response) = sent {
                        let status = response.status().as_u16();
                        assert!(matches!(status, 200 | 201), "record {n}: status {status}");
                        acknowledged.lock().unwrap().push(n);
                        acks.fetch_add(1, Ordering::SeqCst);
                    }
                }
            })
        })
        .collect();
    while acks.load(Ordering::SeqCst) < KILL_AFTER {
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
    host.child.kill().unwrap(); // SIGKILL: no shutdown, no checkpoint
    host.child.wait().unwrap();
    for sender in senders {
        sender.await.unwrap();
    }
    let acknowledged: BTreeSet<u64> = acknowledged.lock().unwrap().iter().copied().collect();
    assert!(acknowledged.len() >= KILL_AFTER);
    assert!(
        (acknowledged.len() as u64) < RECORDS,
        "the kill came before the burst ended"
    );

    // The database as the kill left it: sound, every acknowledged record whole, nothing twice,
    // nothing that was not sent.
    let database = Connection::open(data.path().join("inbox.sqlite3")).unwrap();
    let check: String = database
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    let rows: Vec<(String, String)> = database
        .prepare("SELECT id, body FROM sealed_responses ORDER BY seq")
        .unwrap()
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    drop(database);
    let stored: BTreeMap<String, String> = rows.iter().cloned().collect();
    assert_eq!(stored.len(), rows.len(), "no id twice");
    for (id, body) in &stored {
        assert!(
            SealedRecord::from_submission(id, body.as_bytes()).is_ok(),
            "record {id} is whole"
        );
        let n = u64::from_str_radix(id, 16).unwrap();
        assert!(n < RECORDS);
        assert_eq!(json(body), json(&sealed(n).1), "record {id} is the one sent");
    }
    for n in &acknowledged {
        assert!(
            stored.contains_key(&sealed(*n).0),
            "acknowledged record {n} is stored"
        );
    }

    // Restarted on the same data folder: no new token, the old one still reads.
    let mut host = spawn_host(&app.dist(), data.path(), &[]);
    assert_eq!(host.new_token, None);
    let url = host.url.clone();
    // The outboxes send everything again: acknowledged ones are "already stored", the rest
    // are stored now (or were committed before the kill, their answer lost on the way).
    for n in 0..RECORDS {
        let (id, body) = sealed(n);
        let response = client
            .put(format!("{url}inbox/responses/{id}"))
            .body(body)
            .send()
            .await
            .unwrap();
        let expected: &[u16] = if acknowledged.contains(&n) {
            &[200]
        } else {
            &[200, 201]
        };
        assert!(
            expected.contains(&response.status().as_u16()),
            "record {n}: {}",
            response.status()
        );
    }
    let mut read = BTreeSet::new();
    let mut cursor = String::from("0");
    loop {
        let page: Value = client
            .get(format!("{url}inbox/responses?after={cursor}&limit=150"))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        for entry in page["records"].as_array().unwrap() {
            assert!(
                read.insert(entry["record"]["id"].as_str().unwrap().to_owned()),
                "each record once"
            );
        }
        cursor = page["cursor"].as_str().unwrap().to_owned();
        if !page["more"].as_bool().unwrap() {
            break;
        }
    }
    assert_eq!(read, (0..RECORDS).map(|n| sealed(n).0).collect::<BTreeSet<_>>());
    host.child.kill().unwrap();
    host.child.wait().unwrap();
}
