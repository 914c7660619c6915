//! Which centre key this screen seals to: `centre-key.json` published beside `index.html`
//! (every kiosk and desk PC of the centre), or else the key this kiosk's own administrator
//! created here.

use yorisoi_domain::centre_key::{CentreKeyError, CentreKeyFile, FILE_NAME};
use yorisoi_domain::records::keys;

use crate::assets::fetch_text;
use crate::crypto::centre_key::is_consistent;
use crate::storage;

/// Where the key in use came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Published,
    Local,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyState {
    Loading,
    Ready {
        file: CentreKeyFile,
        origin: Origin,
    },
    /// No centre key yet: the kiosk takes no answers until the administrator creates one.
    Missing,
    /// A key file that cannot be used (edited, damaged, or from a newer version): answers are
    /// refused rather than sealed to a key nobody may hold.
    Broken {
        origin: Origin,
        error: CentreKeyError,
    },
}

impl KeyState {
    pub fn file(&self) -> Option<&CentreKeyFile> {
        match self {
            KeyState::Ready { file, .. } => Some(file),
            _ => None,
        }
    }
}

async fn checked(json: &str, origin: Origin) -> KeyState {
    match CentreKeyFile::parse(json) {
        Ok(file) if is_consistent(&file).await => KeyState::Ready { file, origin },
        Ok(_) => KeyState::Broken {
            origin,
            error: CentreKeyError::Unusable,
        },
        Err(error) => KeyState::Broken { origin, error },
    }
}

/// Finds the key to seal to. A published file wins; a fallback page a web server sends for a
/// missing file (HTML, say) counts as none published.
pub async fn find() -> KeyState {
    if let Ok(json) = fetch_text(FILE_NAME).await {
        if CentreKeyFile::parse(&json) != Err(CentreKeyError::NotACentreKey) {
            return checked(&json, Origin::Published).await;
        }
    }
    match storage::read(keys::CENTRE_KEY) {
        Some(json) => checked(&json, Origin::Local).await,
        None => KeyState::Missing,
    }
}
