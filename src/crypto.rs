//! WebCrypto: random ids and salts, and PBKDF2 for the administrator's PIN.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, CryptoKey, Pbkdf2Params};
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

/// A new id (a response, a kiosk, an export, a centre): 16 lowercase hex digits from 8 random
/// bytes, the one form every id in Yorisoi takes.
pub fn new_id() -> String {
    random_bytes::<8>()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// Why WebCrypto gave no result.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CryptoError {
    /// The browser refused the operation (no secure context, or an unsupported algorithm).
    Refused,
    /// Decryption failed its tag check: a wrong passphrase, or a changed file.
    WrongKeyOrChanged,
}

fn refused(_: JsValue) -> CryptoError {
    CryptoError::Refused
}

/// PBKDF2-HMAC-SHA-256 of `pin`, `HASH_BYTES` long.
pub async fn pbkdf2(pin: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, CryptoError> {
    let subtle = crypto().subtle();
    let describe = refused;
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

/// A 256-bit AES-GCM key from a passphrase, by PBKDF2.
async fn aes_key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, CryptoError> {
    let bits = pbkdf2(passphrase, salt, iterations).await?;
    let describe = refused;
    let usages = Array::of2(&JsValue::from_str("encrypt"), &JsValue::from_str("decrypt"));
    let promise = crypto()
        .subtle()
        .import_key_with_str(
            "raw",
            &Uint8Array::from(bits.as_slice()),
            "AES-GCM",
            false,
            &usages,
        )
        .map_err(describe)?;
    Ok(JsFuture::from(promise).await.map_err(describe)?.unchecked_into())
}

/// Encrypts with AES-GCM under a key from the passphrase. Returns the ciphertext (with its tag).
pub async fn seal(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    iv: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let key = aes_key(passphrase, salt, iterations).await?;
    let describe = refused;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    let promise = crypto()
        .subtle()
        .encrypt_with_object_and_buffer_source(&params, &key, &Uint8Array::from(plaintext))
        .map_err(describe)?;
    let sealed = JsFuture::from(promise).await.map_err(describe)?;
    Ok(Uint8Array::new(&sealed).to_vec())
}

/// Decrypts what [`seal`] made; a wrong passphrase or a changed file fails the tag check.
pub async fn open(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    iv: &[u8],
    ciphertext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    let key = aes_key(passphrase, salt, iterations).await?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    let promise = crypto()
        .subtle()
        .decrypt_with_object_and_buffer_source(&params, &key, &Uint8Array::from(ciphertext))
        .map_err(refused)?;
    let opened = JsFuture::from(promise)
        .await
        .map_err(|_| CryptoError::WrongKeyOrChanged)?;
    Ok(Uint8Array::new(&opened).to_vec())
}
