//! The real `yorisoi-host` binary: killed mid-burst and restarted, over HTTPS, stopped by
//! SIGTERM, refusing to start without an app.

#[path = "../support/mod.rs"]
mod support;

mod crash;
mod lifecycle;
mod tls;
