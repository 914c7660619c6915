//! WebCrypto, and nothing else: random ids and salts, PBKDF2, AES-GCM under a passphrase (the
//! device-transfer file, the wrapped centre key), the centre key itself and sealed responses.

pub mod centre_key;
pub mod sealing;

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, CryptoKey, Pbkdf2Params};
use yorisoi_domain::hex;

/// PBKDF2 output: an AES-256 key, or the PIN hash of earlier versions.
const KEY_BYTES: usize = 32;

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

/// A new id of a kiosk, an export, a centre or a tab: 16 lowercase hex digits from 8 random
/// bytes (`records::is_valid_id`).
pub fn new_id() -> String {
    hex::encode(&random_bytes::<8>())
}

/// A new response id: 32 lowercase hex digits from 16 random bytes
/// (`records::is_valid_response_id`).
pub fn new_response_id() -> String {
    hex::encode(&random_bytes::<16>())
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

fn subtle() -> web_sys::SubtleCrypto {
    crypto().subtle()
}

/// The bytes a WebCrypto promise resolves to (an `ArrayBuffer`).
async fn bytes_of(promise: Result<js_sys::Promise, JsValue>) -> Result<Vec<u8>, CryptoError> {
    let buffer = JsFuture::from(promise.map_err(refused)?).await.map_err(refused)?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The key a WebCrypto promise resolves to.
async fn key_of(promise: Result<js_sys::Promise, JsValue>) -> Result<CryptoKey, CryptoError> {
    Ok(JsFuture::from(promise.map_err(refused)?)
        .await
        .map_err(refused)?
        .unchecked_into())
}

fn usages(names: &[&str]) -> Array {
    names.iter().map(|name| JsValue::from_str(name)).collect()
}

pub async fn sha256(data: &[u8]) -> Result<Vec<u8>, CryptoError> {
    bytes_of(subtle().digest_with_str_and_u8_array("SHA-256", data)).await
}

/// AES-GCM with `key`; the ciphertext carries its tag.
async fn aes_gcm_encrypt(key: &CryptoKey, iv: &[u8], plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    bytes_of(subtle().encrypt_with_object_and_u8_array(&params, key, plaintext)).await
}

/// Opens what [`aes_gcm_encrypt`] made; a wrong key or a changed byte fails the tag check.
async fn aes_gcm_decrypt(key: &CryptoKey, iv: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, CryptoError> {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    let promise = subtle()
        .decrypt_with_object_and_u8_array(&params, key, ciphertext)
        .map_err(refused)?;
    let opened = JsFuture::from(promise)
        .await
        .map_err(|_| CryptoError::WrongKeyOrChanged)?;
    Ok(Uint8Array::new(&opened).to_vec())
}

/// Raw bytes as a non-extractable key for `algorithm`, allowed only `uses`.
async fn raw_key(bytes: &[u8], algorithm: &str, uses: &[&str]) -> Result<CryptoKey, CryptoError> {
    key_of(subtle().import_key_with_str("raw", &Uint8Array::from(bytes), algorithm, false, &usages(uses)))
        .await
}

/// Raw key bytes as a non-extractable AES-GCM key.
async fn aes_key_from_bytes(bytes: &[u8]) -> Result<CryptoKey, CryptoError> {
    raw_key(bytes, "AES-GCM", &["encrypt", "decrypt"]).await
}

/// PBKDF2-HMAC-SHA-256 of `secret`, 32 bytes.
pub async fn pbkdf2(secret: &str, salt: &[u8], iterations: u32) -> Result<Vec<u8>, CryptoError> {
    let key = raw_key(secret.as_bytes(), "PBKDF2", &["deriveBits"]).await?;
    let params = Pbkdf2Params::new(
        "PBKDF2",
        &JsValue::from_str("SHA-256"),
        iterations,
        &Uint8Array::from(salt),
    );
    bytes_of(subtle().derive_bits_with_object(&params, &key, (KEY_BYTES * 8) as u32)).await
}

/// The AES-GCM key [`seal`] and [`open`] use: PBKDF2 of the passphrase.
async fn passphrase_key(passphrase: &str, salt: &[u8], iterations: u32) -> Result<CryptoKey, CryptoError> {
    aes_key_from_bytes(&pbkdf2(passphrase, salt, iterations).await?).await
}

/// Encrypts with AES-GCM under a key from the passphrase (PBKDF2). Returns the ciphertext with
/// its tag.
pub async fn seal(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    iv: &[u8],
    plaintext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    aes_gcm_encrypt(
        &passphrase_key(passphrase, salt, iterations).await?,
        iv,
        plaintext,
    )
    .await
}

/// Decrypts what [`seal`] made; a wrong passphrase or a changed file fails the tag check.
pub async fn open(
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    iv: &[u8],
    ciphertext: &[u8],
) -> Result<Vec<u8>, CryptoError> {
    aes_gcm_decrypt(
        &passphrase_key(passphrase, salt, iterations).await?,
        iv,
        ciphertext,
    )
    .await
}
