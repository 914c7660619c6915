//! Listening, over plain HTTP or HTTPS, until SIGTERM or Ctrl+C; saying where the app is.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use axum_server::tls_rustls::RustlsConfig;

use crate::data::TOKEN_FILE;
use crate::error::HostError;
use crate::{prepare, Settings};

/// A certificate chain and its private key, both PEM.
#[derive(Debug, Clone)]
pub struct TlsFiles {
    pub cert: PathBuf,
    pub key: PathBuf,
}

/// How often buckets of idle addresses are dropped.
const SWEEP_EVERY: Duration = Duration::from_secs(60);
/// How long open requests may take to finish once a stop is asked for (HTTPS).
const GRACE: Duration = Duration::from_secs(10);

/// Serves until stopped.
pub async fn run(settings: Settings, address: SocketAddr, tls: Option<TlsFiles>) -> Result<(), HostError> {
    let prepared = prepare(&settings)?;
    let tls = match tls {
        Some(files) => Some(load_tls(&files).await?),
        None => None,
    };
    let listener = std::net::TcpListener::bind(address).map_err(|error| HostError::Bind(address, error))?;
    listener
        .set_nonblocking(true)
        .map_err(|error| HostError::Bind(address, error))?;
    let local = listener
        .local_addr()
        .map_err(|error| HostError::Bind(address, error))?;

    let stop = stop_requested().map_err(HostError::Signals)?;

    // The URL comes last, where the eye lands.
    println!("Inbox data: {}", settings.data.display());
    if let Some(token) = &prepared.new_token {
        println!("Host token for the administration (shown only this once): {token}");
        println!(
            "Keep it with the centre key's papers. Lost it? Stop the host, delete {}, start again.",
            settings.data.join(TOKEN_FILE).display()
        );
    }
    if local.ip().is_unspecified() {
        println!("Listening on every interface: other machines use this machine's name or address.");
    }
    let scheme = if tls.is_some() { "https" } else { "http" };
    println!(
        "Yorisoi is served at {scheme}://{local}{}  (Ctrl+C stops it)",
        settings.base
    );

    let state = prepared.state.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(SWEEP_EVERY);
        loop {
            every.tick().await;
            state.rate.forget_idle();
        }
    });

    let app = prepared
        .router
        .into_make_service_with_connect_info::<SocketAddr>();
    match tls {
        None => {
            let listener = tokio::net::TcpListener::from_std(listener).map_err(HostError::Serve)?;
            axum::serve(listener, app)
                .with_graceful_shutdown(stop)
                .await
                .map_err(HostError::Serve)?;
        }
        Some(config) => {
            let handle = axum_server::Handle::new();
            let stopper = handle.clone();
            tokio::spawn(async move {
                stop.await;
                stopper.graceful_shutdown(Some(GRACE));
            });
            axum_server::from_tcp_rustls(listener, config)
                .handle(handle)
                .serve(app)
                .await
                .map_err(HostError::Serve)?;
        }
    }
    println!("Yorisoi host stopped.");
    Ok(())
}

async fn load_tls(files: &TlsFiles) -> Result<RustlsConfig, HostError> {
    // rustls needs one process-wide crypto provider; another part of the process (a test's
    // client) may have enabled a second one, so name ours.
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    RustlsConfig::from_pem_file(&files.cert, &files.key)
        .await
        .map_err(HostError::Tls)
}

/// A future that resolves on Ctrl+C or SIGTERM. The handlers are installed now, before the
/// URL is printed, so a stop asked for at any moment after that is a clean one.
#[cfg(unix)]
fn stop_requested() -> std::io::Result<impl std::future::Future<Output = ()>> {
    use tokio::signal::unix::{signal, SignalKind};
    let mut interrupt = signal(SignalKind::interrupt())?;
    let mut terminate = signal(SignalKind::terminate())?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {}
            _ = terminate.recv() => {}
        }
    })
}

#[cfg(not(unix))]
fn stop_requested() -> std::io::Result<impl std::future::Future<Output = ()>> {
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
    })
}
