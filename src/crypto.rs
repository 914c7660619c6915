//! WebCrypto: random ids and salts, and PBKDF2 for the administrator's PIN.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, Pbkdf2Params};
use yorisoi_domain::pin::HASH_BYTES;

fn crypto() -> web_sys::Crypto {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .expect("WebCrypto is available in every browser Yorisoi supports")
}

pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    crypto()
        .get_random_values_with_u8_array(&mut bytes)
        .expect("random values of this size are always allowed");
    bytes
}

/// A new response id: 16 hex digits from 8 random bytes.
pub fn new_response_id() -> String {
    random_bytes::<8>()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// PBKDF2-HMAC-SHA-256 of `pin`, `HASH_BYTES` long.
pub async fn pbkdf2(pin: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, String> {
    let subtle = crypto().subtle();
    let describe = |error: JsValue| format!("WebCrypto refused: {error:?}");
    let usages = Array::of1(&JsValue::from_str("deriveBits"));
    let key_promise = subtle
        .import_key_with_str("raw", &Uint8Array::from(pin.as_bytes()), "PBKDF2", false, &usages)
        .map_err(describe)?;
    let key: CryptoKey = JsFuture::from(key_promise)
        .await
        .map_err(describe)?
        .unchecked_into();
    let params = Pbkdf2Params::new(
        "PBKDF2",
        &JsValue::from_str("SHA-256"),
        iterations,
        &Uint8Array::from(salt),
    );
    let bits_promise = subtle
        .derive_bits_with_object(&params, &key, (HASH_BYTES * 8) as u32)
        .map_err(describe)?;
    let bits = JsFuture::from(bits_promise).await.map_err(describe)?;
    Ok(Uint8Array::new(&bits).to_vec())
}
