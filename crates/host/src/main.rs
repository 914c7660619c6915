//! `yorisoi-host --dist DIR --data DIR [--listen ADDR] [--base PATH] [--tls-cert PEM --tls-key PEM]`

use std::net::SocketAddr;
use std::num::NonZeroU32;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;
use yorisoi_host::core::paths::Base;
use yorisoi_host::core::rate::Limits;
use yorisoi_host::serve::{run, TlsFiles};
use yorisoi_host::Settings;

/// Serves the built Yorisoi app on the intranet and keeps an inbox of sealed responses.
#[derive(Parser)]
#[command(name = "yorisoi-host", version)]
struct Options {
    /// The built app (the dist folder of `trunk build --release`).
    #[arg(long, value_name = "DIR")]
    dist: PathBuf,
    /// Where the inbox database and the host token's hash are kept (made if missing).
    #[arg(long, value_name = "DIR")]
    data: PathBuf,
    /// The address and port to listen on; 0.0.0.0:8747 for every interface.
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8747")]
    listen: SocketAddr,
    /// The sub-path the app is served under.
    #[arg(long, value_name = "PATH", default_value = "/wellbeing/")]
    base: Base,
    /// HTTPS: the certificate chain (PEM); needs --tls-key.
    #[arg(long, value_name = "PEM", requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// HTTPS: the certificate's private key (PEM); needs --tls-cert.
    #[arg(long, value_name = "PEM", requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// Inbox requests per second one address may make, sustained.
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT.per_second)]
    rate: NonZeroU32,
    /// Inbox requests one address may make at once before the sustained rate applies.
    #[arg(long, value_name = "N", default_value_t = Limits::DEFAULT.burst)]
    burst: NonZeroU32,
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = Options::parse();
    let settings = Settings {
        dist: options.dist,
        data: options.data,
        base: options.base,
        limits: Limits {
            per_second: options.rate,
            burst: options.burst,
        },
    };
    let tls = options
        .tls_cert
        .zip(options.tls_key)
        .map(|(cert, key)| TlsFiles { cert, key });
    match run(settings, options.listen, tls).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("yorisoi-host: {error}");
            ExitCode::FAILURE
        }
    }
}
