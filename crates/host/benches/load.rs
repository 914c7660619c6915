//! The inbox under load, on loopback: 2,000 sealed-shaped submissions from 50 concurrent
//! clients against the real binary. Checks that none is lost or duplicated, then prints the
//! throughput, the latency and the host's peak memory. A benchmark: it prints, it never
//! fails on speed. Run with `bench/host-load` (or `cargo bench -p yorisoi-host --bench load`).

#[path = "../tests/support/mod.rs"]
mod support;

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

use support::{sealed_of_size, spawn_host, AppFolder};

const SUBMISSIONS: u64 = 2_000;
const CLIENTS: u64 = 50;
/// About what a full response with a long comment seals to.
const CIPHERTEXT_BYTES: usize = 3_000;

#[tokio::main]
async fn main() {
    let app = AppFolder::new();
    let data = TempDir::new().unwrap();
    // The rate limit is lifted so the figures measure the host and its database, not the
    // limiter (with the defaults one address gets 600 at once, then 20 a second).
    let mut host = spawn_host(
        &app.dist(),
        data.path(),
        &["--rate", "1000000", "--burst", "1000000"],
    );
    let token = host.new_token.clone().unwrap();
    let url = host.url.clone();
    let pid = host.child.id();
    let body_bytes = sealed_of_size(0, CIPHERTEXT_BYTES).1.len();

    let started = Instant::now();
    let clients: Vec<_> = (0..CLIENTS)
        .map(|client_number| {
            let url = url.clone();
            tokio::spawn(async move {
                // Each client is its own device: its own connection pool.
                let client = reqwest::Client::builder()
                    .timeout(Duration::from_secs(30))
                    .build()
                    .unwrap();
                let mut latencies = Vec::new();
                for n in (client_number..SUBMISSIONS).step_by(CLIENTS as usize) {
                    let (id, body) = sealed_of_size(n, CIPHERTEXT_BYTES);
                    let sent = Instant::now();
                    let response = client
                        .put(format!("{url}inbox/responses/{id}"))
                        .body(body)
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(response.status(), 201, "submission {n}");
                    latencies.push(sent.elapsed());
                }
                latencies
            })
        })
        .collect();
    let mut latencies = Vec::new();
    for client in clients {
        latencies.extend(client.await.unwrap());
    }
    let elapsed = started.elapsed();
    latencies.sort();

    // None lost, none twice: read everything back as the administration does.
    let client = reqwest::Client::new();
    let mut read = BTreeSet::new();
    let mut cursor = String::from("0");
    loop {
        let page: Value = client
            .get(format!("{url}inbox/responses?after={cursor}&limit=1000"))
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
                "a record came twice"
            );
        }
        cursor = page["cursor"].as_str().unwrap().to_owned();
        if !page["more"].as_bool().unwrap() {
            break;
        }
    }
    let expected: BTreeSet<String> = (0..SUBMISSIONS).map(|n| format!("{n:032x}")).collect();
    assert_eq!(read, expected, "every submission stored exactly once");

    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let memory = |field: &str| {
        status
            .lines()
            .find(|line| line.starts_with(field))
            .map_or("unknown".to_owned(), |line| line[field.len()..].trim().to_owned())
    };
    let database = std::fs::metadata(data.path().join("inbox.sqlite3"))
        .map(|meta| meta.len())
        .unwrap_or(0)
        + std::fs::metadata(data.path().join("inbox.sqlite3-wal"))
            .map(|meta| meta.len())
            .unwrap_or(0);
    let percentile = |p: usize| latencies[(latencies.len() * p / 100).min(latencies.len() - 1)];

    println!("yorisoi-host inbox load, loopback, synchronous=FULL:");
    println!(
        "  {SUBMISSIONS} submissions of {body_bytes} bytes from {CLIENTS} concurrent clients: all 201, all read back once"
    );
    println!(
        "  {:.2} s, {:.0} submissions/s",
        elapsed.as_secs_f64(),
        SUBMISSIONS as f64 / elapsed.as_secs_f64()
    );
    println!(
        "  latency p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        percentile(50).as_secs_f64() * 1e3,
        percentile(99).as_secs_f64() * 1e3,
        latencies[latencies.len() - 1].as_secs_f64() * 1e3
    );
    println!(
        "  host peak RSS (VmHWM) {}, RSS after {}",
        memory("VmHWM:"),
        memory("VmRSS:")
    );
    println!("  database with its WAL: {:.1} MB", database as f64 / 1e6);

    host.child.kill().unwrap();
    host.child.wait().unwrap();
}
