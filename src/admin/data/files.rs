//! Files the administrator chooses: read in full only when under the import limit.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yorisoi_domain::export::{ImportError, MAX_IMPORT_BYTES};
use yorisoi_domain::Language;

use crate::i18n::file_errors::import_error;

/// Reads the file chosen in a file input, refusing one over the import limit before reading it.
pub(super) async fn chosen_file(
    input: web_sys::HtmlInputElement,
    language: Language,
) -> Option<Result<(String, String), String>> {
    let file = input.files()?.get(0)?;
    input.set_value("");
    if file.size() > MAX_IMPORT_BYTES as f64 {
        let error = ImportError::TooLarge {
            bytes: file.size() as u64,
        };
        return Some(Err(import_error(&error, language)));
    }
    let text = JsFuture::from(file.text()).await.ok()?.as_string()?;
    Some(Ok((file.name(), text)))
}

/// The element an event came from.
pub(super) fn event_target<T: JsCast>(ev: &leptos::ev::Event) -> T {
    ev.target().expect("an input event has a target").unchecked_into()
}
