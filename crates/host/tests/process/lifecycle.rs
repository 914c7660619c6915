use std::process::Command;

use tempfile::TempDir;

use crate::support::{spawn_host, AppFolder};

#[test]
fn sigterm_stops_the_host_cleanly() {
    let app = AppFolder::new();
    let data = TempDir::new().unwrap();
    let mut host = spawn_host(&app.dist(), data.path(), &[]);
    assert!(
        host.url.starts_with("http://127.0.0.1:") && host.url.ends_with("/wellbeing/"),
        "{}",
        host.url
    );
    let pid = libc::pid_t::try_from(host.child.id()).unwrap();
    // SAFETY: sending a signal to our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    let status = host.child.wait().unwrap();
    // Killed by the signal there would be no exit code; a clean stop exits with 0.
    assert_eq!(status.code(), Some(0));
}

#[test]
fn without_a_built_app_the_host_says_so_and_does_not_start() {
    let empty = TempDir::new().unwrap();
    let data = TempDir::new().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_yorisoi-host"))
        .arg("--dist")
        .arg(empty.path())
        .arg("--data")
        .arg(data.path())
        .args(["--listen", "127.0.0.1:0"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let error = String::from_utf8(output.stderr).unwrap();
    assert!(
        error.contains("has no index.html: build the app first"),
        "{error}"
    );
}

#[test]
fn a_certificate_without_its_key_is_refused() {
    let app = AppFolder::new();
    let data = TempDir::new().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_yorisoi-host"))
        .arg("--dist")
        .arg(app.dist())
        .arg("--data")
        .arg(data.path())
        .args(["--tls-cert", "cert.pem"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8(output.stderr).unwrap().contains("--tls-key"));
}
