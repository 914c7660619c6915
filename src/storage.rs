//! The thin adapter over the browser's local storage. It moves strings; what they mean is the
//! domain crate's business (`yorisoi_domain::records`).

use gloo_storage::{LocalStorage, Storage};
use yorisoi_domain::records::keys;

/// Why a write did not happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageFault {
    /// The browser refuses storage (turned off, or a private mode without it).
    Unavailable,
    /// The quota is used up, or the browser refused the write.
    Full,
}

/// Whether local storage can be used at all. gloo-storage panics when it cannot, so every
/// function below asks this first.
pub fn is_available() -> bool {
    web_sys::window().is_some_and(|window| matches!(window.local_storage(), Ok(Some(_))))
}

pub fn read(key: &str) -> Option<String> {
    if !is_available() {
        return None;
    }
    LocalStorage::raw().get_item(key).ok().flatten()
}

pub fn write(key: &str, value: &str) -> Result<(), StorageFault> {
    if !is_available() {
        return Err(StorageFault::Unavailable);
    }
    LocalStorage::raw()
        .set_item(key, value)
        .map_err(|_| StorageFault::Full)
}

pub fn remove(key: &str) {
    if is_available() {
        let _ = LocalStorage::raw().remove_item(key);
    }
}

/// Every (key, value) of Yorisoi's, in no particular order.
pub fn entries() -> Vec<(String, String)> {
    if !is_available() {
        return Vec::new();
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .filter(|key| key.starts_with(keys::PREFIX))
        .filter_map(|key| storage.get_item(&key).ok().flatten().map(|value| (key, value)))
        .collect()
}

/// Moves a damaged entry out of the app's way, keeping it for inspection. Where even that
/// write fails, the entry stays where it was: it is never deleted unsaved.
pub fn set_aside(key: &str, value: &str) -> Result<(), StorageFault> {
    write(&keys::set_aside(key), value)?;
    remove(key);
    Ok(())
}

/// Characters held by all of the origin's entries, keys included.
pub fn used_characters() -> usize {
    if !is_available() {
        return 0;
    }
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|index| storage.key(index).ok().flatten())
        .map(|key| {
            let value = storage.get_item(&key).ok().flatten().unwrap_or_default();
            key.encode_utf16().count() + value.encode_utf16().count()
        })
        .sum()
}
