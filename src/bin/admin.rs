//! The administration module, loaded by the kiosk after the PIN (see `yorisoi::admin`).

use wasm_bindgen::prelude::wasm_bindgen;

/// Opens the administration in `root`: called by `window.yorisoiOpenAdmin` in index.html.
#[wasm_bindgen]
pub fn open_admin(root: web_sys::HtmlElement, language: String, unsaved: String) {
    yorisoi::admin::open(root, language, unsaved);
}

fn main() {}
