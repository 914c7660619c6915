//! Why the host could not start, said so that the person running it knows what to fix.

use std::fmt;
use std::io;
use std::net::SocketAddr;
use std::path::PathBuf;

use crate::store::StoreError;

#[derive(Debug)]
pub enum HostError {
    /// The dist folder has no index.html: the app was not built, or the path is wrong.
    NoApp(PathBuf),
    /// The data folder could not be created or written.
    DataFolder(PathBuf, io::Error),
    /// The saved token hash exists but is not one.
    TokenFileDamaged(PathBuf),
    /// The system gave no random bytes for a new token.
    NoRandomness,
    Store(StoreError),
    Bind(SocketAddr, io::Error),
    Tls(io::Error),
    /// Ctrl+C and SIGTERM could not be watched for.
    Signals(io::Error),
    Serve(io::Error),
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            HostError::NoApp(dist) => write!(
                f,
                "{} has no index.html: build the app first (trunk build --release) and pass its dist folder",
                dist.display()
            ),
            HostError::DataFolder(path, error) => {
                write!(f, "cannot use the data folder {}: {error}", path.display())
            }
            HostError::TokenFileDamaged(path) => write!(
                f,
                "{} is not a saved host token; delete it and start again to make a new token",
                path.display()
            ),
            HostError::NoRandomness => f.write_str("the system gave no random bytes to make a host token"),
            HostError::Store(error) => error.fmt(f),
            HostError::Bind(address, error) => write!(f, "cannot listen on {address}: {error}"),
            HostError::Tls(error) => write!(f, "cannot use the TLS certificate and key: {error}"),
            HostError::Signals(error) => write!(f, "cannot watch for Ctrl+C and SIGTERM: {error}"),
            HostError::Serve(error) => write!(f, "the server stopped: {error}"),
        }
    }
}

impl std::error::Error for HostError {}

impl From<StoreError> for HostError {
    fn from(error: StoreError) -> HostError {
        HostError::Store(error)
    }
}
