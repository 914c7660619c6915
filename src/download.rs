//! Hands a file the app made to the browser's download.

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

/// The browser refused to hand this file to its download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SaveError {
    pub name: String,
}

pub fn save_file(name: &str, contents: &str, mime: &str) -> Result<(), SaveError> {
    let fail = |_: JsValue| SaveError {
        name: name.to_owned(),
    };
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&Array::of1(&JsValue::from_str(contents)), &options)
        .map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail(JsValue::NULL))?;
    let link: HtmlAnchorElement = document.create_element("a").map_err(fail)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.click();
    Url::revoke_object_url(&url).map_err(fail)
}
