//! What the host's tests share: a built-app folder, sealed-shaped records, and the host
//! started in-process or as the real binary, always on 127.0.0.1 with a free port.
#![allow(dead_code)] // each test binary uses its own part

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use tempfile::TempDir;
use yorisoi_host::core::paths::Base;
use yorisoi_host::core::rate::Limits;
use yorisoi_host::{prepare, Settings};

/// The inline scripts of the fixture's index.html, and their CSP sources
/// (`printf '%s' SCRIPT | openssl dgst -sha256 -binary | base64`).
pub const REGISTER_SCRIPT: &str = r#"navigator.serviceWorker.register("./sw.js");"#;
pub const REGISTER_HASH: &str = "'sha256-1posvx8llos5Jo1G2gWFtft6U4FWTbgKmCrGPZ/1VcY='";
pub const LOADER_SCRIPT: &str = r#"import init from "./yorisoi-0123456789abcdef.js"; await init();"#;
pub const LOADER_HASH: &str = "'sha256-2TkN3AsIRtcbCNhT8aCntMWmG8rAPR5lh/s9bP6yetY='";

/// The precompressed copies hold marker bytes, not real compression: the host never decodes
/// them, and the markers show which copy was sent.
pub const JS_PLAIN: &str = "export default async function init() {}\n";
pub const JS_BR: &[u8] = b"brotli copy of the kiosk script";
pub const JS_GZ: &[u8] = b"gzip copy of the kiosk script";

/// A folder laid out like `trunk build --release` leaves dist/, beside a file that must
/// never be served (`secret.txt`, one level up).
pub struct AppFolder {
    root: TempDir,
}

impl AppFolder {
    pub fn new() -> AppFolder {
        let root = TempDir::new().unwrap();
        let dist = root.path().join("dist");
        let index = format!(
            "<!doctype html><html lang=\"ja\"><head><meta charset=\"utf-8\"><title>Yorisoi</title>\
             <script>{REGISTER_SCRIPT}</script>\
             <link rel=\"modulepreload\" href=\"./yorisoi-0123456789abcdef.js\">\
             <script type=\"module\">{LOADER_SCRIPT}</script></head><body></body></html>"
        );
        let files: [(&str, &[u8]); 13] = [
            ("index.html", index.as_bytes()),
            ("yorisoi-0123456789abcdef.js", JS_PLAIN.as_bytes()),
            ("yorisoi-0123456789abcdef.js.br", JS_BR),
            ("yorisoi-0123456789abcdef.js.gz", JS_GZ),
            ("yorisoi-0123456789abcdef_bg.wasm", b"\0asm\x01\0\0\0"),
            ("base-fedcba9876543210.css", b"body { margin: 0; }\n"),
            ("sw.js", b"self.addEventListener(\"fetch\", () => {});\n"),
            ("surveys/employee.json", b"{\"id\":\"employee\"}\n"),
            ("benchmark/snapshot.json", b"{\"centres\":[]}\n"),
            ("centre-key.json", b"{\"kty\":\"EC\"}\n"),
            ("admin/yorisoi-admin.js", b"export function open_admin() {}\n"),
            ("vendor/echarts.min.js", b"window.echarts = {};\n"),
            ("../secret.txt", b"not part of the app\n"),
        ];
        for (name, bytes) in files {
            let path = dist.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, bytes).unwrap();
        }
        AppFolder { root }
    }

    pub fn dist(&self) -> PathBuf {
        self.root.path().join("dist")
    }
}

/// A sealed-shaped record: `(id, body)`, different for each `n`. The host cannot tell it
/// from a real one (it never can: it has no key).
pub fn sealed(n: u64) -> (String, String) {
    sealed_of_size(n, 96)
}

/// The same with a ciphertext of `ciphertext_bytes` (a multiple of 3, at least 12).
pub fn sealed_of_size(n: u64, ciphertext_bytes: usize) -> (String, String) {
    let id = format!("{n:032x}");
    // Base64url of the bytes: 4 characters per 3 bytes, the last 16 differing with `n`.
    let ciphertext = format!("{}{n:016}", "Q".repeat(ciphertext_bytes / 3 * 4 - 16));
    let body = format!(
        r#"{{"v":1,"id":"{id}","epk":"BAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0A","iv":"AAECAwQFBgcICQoL","ct":"{ciphertext}"}}"#
    );
    (id, body)
}

/// The host in this process: its base URL, its token and its folders.
pub struct InProcessHost {
    pub url: String,
    pub token: String,
    pub app: AppFolder,
    pub data: TempDir,
}

pub async fn start_in_process(limits: Limits) -> InProcessHost {
    let app = AppFolder::new();
    let data = TempDir::new().unwrap();
    let settings = Settings {
        dist: app.dist(),
        data: data.path().to_owned(),
        base: "/wellbeing/".parse::<Base>().unwrap(),
        limits,
    };
    let prepared = prepare(&settings).unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let service = prepared
        .router
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    tokio::spawn(async move { axum::serve(listener, service).await.unwrap() });
    InProcessHost {
        url: format!("http://{address}/wellbeing/"),
        token: prepared.new_token.expect("a new data folder makes a token"),
        app,
        data,
    }
}

/// The real binary, started with `--listen 127.0.0.1:0`; stdout read up to the URL line.
pub struct RunningHost {
    pub child: Child,
    pub url: String,
    /// Printed only at the first start with a data folder.
    pub new_token: Option<String>,
}

pub fn spawn_host(dist: &Path, data: &Path, extra: &[&str]) -> RunningHost {
    let mut child = Command::new(env!("CARGO_BIN_EXE_yorisoi-host"))
        .arg("--dist")
        .arg(dist)
        .arg("--data")
        .arg(data)
        .args(["--listen", "127.0.0.1:0"])
        .args(extra)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut new_token = None;
    let url = loop {
        let line = lines.next().expect("the host printed its URL").unwrap();
        if let Some(token) = line.strip_prefix("Host token for the administration (shown only this once): ") {
            new_token = Some(token.to_owned());
        }
        if let Some(rest) = line.strip_prefix("Yorisoi is served at ") {
            break rest.split_whitespace().next().unwrap().to_owned();
        }
    };
    // Keep reading so the host never blocks on a full pipe.
    std::thread::spawn(move || lines.for_each(drop));
    RunningHost {
        child,
        url,
        new_token,
    }
}

/// A client that follows no redirects, so tests see them.
pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

pub fn header<'a>(response: &'a reqwest::Response, name: &str) -> &'a str {
    response
        .headers()
        .get(name)
        .map_or("", |value| value.to_str().unwrap())
}
