//! The thin adapter over the browser's local storage. It moves strings; what they mean is the
//! domain crate's business (`yorisoi_domain::records`).
//!
//! Every key is stored under the deployment's own namespace: `yorisoi/v1/draft/…` is kept as
//! `yorisoi/v1@/wellbeing/draft/…` for the copy served at `/wellbeing/`, so a test copy at
//! `/wellbeing-test/` on the same host never reads or writes the real copy's answers. The rest
//! of the app only ever sees the plain keys of `keys`.

use gloo_storage::{LocalStorage, SessionStorage, Storage};
use yorisoi_domain::hex;
use yorisoi_domain::records::keys;

use crate::crypto;

/// Why a write did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageFault {
    /// The browser refuses storage (turned off, or a private mode without it).
    Unavailable,
    /// The quota is used up, or the browser refused the write.
    Full,
}

thread_local! {
    static NAMESPACE: String = namespace_of_document();
}

/// `yorisoi/v1@<the folder the page was served from>`, e.g. `yorisoi/v1@/wellbeing/`.
fn namespace_of_document() -> String {
    let folder = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.base_uri().ok().flatten())
        .and_then(|base| web_sys::Url::new_with_base(".", &base).ok())
        .map_or_else(|| "/".to_owned(), |url| url.pathname());
    format!("{}@{folder}", keys::PREFIX.trim_end_matches('/'))
}

/// The stored name of a plain key: the key under this deployment's namespace.
pub fn stored_name(key: &str) -> String {
    match key.strip_prefix(keys::PREFIX) {
        Some(rest) => NAMESPACE.with(|namespace| format!("{namespace}{rest}")),
        None => key.to_owned(),
    }
}

/// The plain key of a stored name of this deployment's.
fn plain_key(stored: &str) -> Option<String> {
    NAMESPACE.with(|namespace| {
        stored
            .strip_prefix(namespace.as_str())
            .map(|rest| format!("{}{rest}", keys::PREFIX))
    })
}

/// Whether local storage can be used at all. gloo-storage panics when it cannot, so every
/// function below asks this first.
pub fn is_available() -> bool {
    web_sys::window().is_some_and(|window| matches!(window.local_storage(), Ok(Some(_))))
}

fn session_available() -> bool {
    web_sys::window().is_some_and(|window| matches!(window.session_storage(), Ok(Some(_))))
}

pub fn read(key: &str) -> Option<String> {
    if !is_available() {
        return None;
    }
    LocalStorage::raw().get_item(&stored_name(key)).ok().flatten()
}

pub fn write(key: &str, value: &str) -> Result<(), StorageFault> {
    if !is_available() {
        return Err(StorageFault::Unavailable);
    }
    LocalStorage::raw()
        .set_item(&stored_name(key), value)
        .map_err(|_| StorageFault::Full)
}

pub fn remove(key: &str) {
    if is_available() {
        let _ = LocalStorage::raw().remove_item(&stored_name(key));
    }
}

fn all_keys(storage: &web_sys::Storage) -> Vec<String> {
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .collect()
}

/// Every (plain key, value) of this deployment's, in no particular order.
pub fn entries() -> Vec<(String, String)> {
    if !is_available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    all_keys(&storage)
        .into_iter()
        .filter_map(|stored| {
            let key = plain_key(&stored)?;
            storage.get_item(&stored).ok().flatten().map(|value| (key, value))
        })
        .collect()
}

/// The keys of this deployment's entries that start with `prefix` (a plain key).
pub fn keys_starting_with(prefix: &str) -> Vec<String> {
    if !is_available() {
        return Vec::new();
    }
    all_keys(&LocalStorage::raw())
        .iter()
        .filter_map(|stored| plain_key(stored))
        .filter(|key| key.starts_with(prefix))
        .collect()
}

/// Time and random digits that make a set-aside key unique.
fn unique_suffix() -> String {
    format!(
        "{}-{}",
        js_sys::Date::now() as u64,
        hex::encode(&crypto::random_bytes::<4>())
    )
}

/// Moves a damaged entry out of the app's way, keeping it for inspection under a name of its
/// own. Where even that write fails, the entry stays where it was: it is never deleted unsaved.
pub fn set_aside(key: &str, value: &str) -> Result<(), StorageFault> {
    write(&keys::set_aside(key, &unique_suffix()), value)?;
    remove(key);
    Ok(())
}

/// Moves the entries of a Yorisoi from before namespacing (`yorisoi/v1/…`, shared by every copy
/// on the origin) into this deployment's namespace. The first copy opened after the update takes
/// them all; an entry this copy already has is set aside instead, never overwritten.
pub fn adopt_shared_entries() {
    if !is_available() {
        return;
    }
    let storage = LocalStorage::raw();
    for key in all_keys(&storage)
        .into_iter()
        .filter(|key| key.starts_with(keys::PREFIX))
    {
        let Some(value) = storage.get_item(&key).ok().flatten() else {
            continue;
        };
        let moved = if read(&key).is_none() {
            write(&key, &value)
        } else {
            write(&keys::set_aside(&key, &unique_suffix()), &value)
        };
        if moved.is_ok() {
            let _ = storage.remove_item(&key);
        }
    }
}

/// Whether the browser keeps this origin's storage even when space runs short (the kiosk asks
/// for it in src/boot.js); `None` where the browser cannot say.
pub async fn is_persisted() -> Option<bool> {
    let persisted = web_sys::window()?.navigator().storage().persisted().ok()?;
    wasm_bindgen_futures::JsFuture::from(persisted)
        .await
        .ok()?
        .as_bool()
}

/// Characters held by all of the origin's entries, keys included.
pub fn used_characters() -> usize {
    if !is_available() {
        return 0;
    }
    let storage = LocalStorage::raw();
    all_keys(&storage)
        .into_iter()
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            key.encode_utf16().count() + value.encode_utf16().count()
        })
        .sum()
}

/// This tab's own storage (sessionStorage): it survives a reload of the tab, not its closing.
/// Used for the tab's id and for responses local storage refused, until it takes them.
pub mod tab {
    use super::*;

    pub fn read(key: &str) -> Option<String> {
        if !session_available() {
            return None;
        }
        SessionStorage::raw().get_item(&stored_name(key)).ok().flatten()
    }

    pub fn write(key: &str, value: &str) -> Result<(), StorageFault> {
        if !session_available() {
            return Err(StorageFault::Unavailable);
        }
        SessionStorage::raw()
            .set_item(&stored_name(key), value)
            .map_err(|_| StorageFault::Full)
    }

    pub fn remove(key: &str) {
        if session_available() {
            let _ = SessionStorage::raw().remove_item(&stored_name(key));
        }
    }

    /// The (plain key, value) pairs of this tab's storage under `prefix`.
    pub fn entries_starting_with(prefix: &str) -> Vec<(String, String)> {
        if !session_available() {
            return Vec::new();
        }
        let storage = SessionStorage::raw();
        all_keys(&storage)
            .into_iter()
            .filter_map(|stored| {
                let key = plain_key(&stored).filter(|key| key.starts_with(prefix))?;
                storage.get_item(&stored).ok().flatten().map(|value| (key, value))
            })
            .collect()
    }
}
