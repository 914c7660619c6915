//! `yorisoi-host`: the intranet host. It serves the built app under a sub-path and keeps an
//! inbox of sealed responses (records only the centre's key can open) in SQLite, for the
//! administration to collect. See the README's "The intranet host" and docs/host-api.md.

pub mod core;
pub mod data;
pub mod error;
pub mod http;
pub mod serve;
pub mod store;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;

use crate::core::paths::Base;
use crate::core::rate::{Limits, RateLimit};
use crate::error::HostError;
use crate::http::{app_files, PagePolicy, Shared};
use crate::store::Inbox;

/// What the host serves, where it keeps its data, and its limits.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The built app (Trunk's dist folder).
    pub dist: PathBuf,
    /// The data folder: the inbox database and the token's hash.
    pub data: PathBuf,
    pub base: Base,
    pub limits: Limits,
}

/// A host ready to serve: its routes, the shared state (for the idle-bucket sweep), and the
/// host token when it was made at this start (to be shown once).
pub struct Prepared {
    pub router: Router,
    pub state: Arc<Shared>,
    pub new_token: Option<String>,
}

/// Checks the dist folder, opens (or makes) the data folder, the database and the token.
pub fn prepare(settings: &Settings) -> Result<Prepared, HostError> {
    let index = settings.dist.join("index.html");
    if !index.is_file() {
        return Err(HostError::NoApp(settings.dist.clone()));
    }
    std::fs::create_dir_all(&settings.data)
        .map_err(|error| HostError::DataFolder(settings.data.clone(), error))?;
    let inbox = Inbox::open(&settings.data)?;
    let (token, new_token) = data::load_or_create_token(&settings.data)?;
    let state = Arc::new(Shared {
        inbox,
        token,
        rate: RateLimit::new(settings.limits),
        base: settings.base.clone(),
        files: app_files(settings.dist.clone()),
        page_policy: PagePolicy::new(index),
    });
    Ok(Prepared {
        router: http::router(state.clone()),
        state,
        new_token,
    })
}
