//! Sealing a response to the centre's public key, and opening it with the private key, as
//! `yorisoi_domain::sealed` specifies: ephemeral ECDH P-256, HKDF-SHA-256, AES-256-GCM.

use js_sys::Uint8Array;
use wasm_bindgen::JsValue;
use web_sys::{CryptoKey, EcdhKeyDeriveParams, HkdfParams};
use yorisoi_domain::sealed::{self, SealedRecord, IV_BYTES};

use super::centre_key::{ecdh_pair, import_public};
use super::{aes_gcm_decrypt, aes_gcm_encrypt, aes_key_from_bytes, bytes_of, random_bytes, raw_key};
use super::{subtle, CryptoError};

/// The AES key for one record: HKDF over the ECDH secret of `private` and `public`.
async fn record_key(
    private: &CryptoKey,
    public: &CryptoKey,
    epk: &[u8],
    id: &str,
) -> Result<CryptoKey, CryptoError> {
    let ecdh = EcdhKeyDeriveParams::new("ECDH", public);
    let shared = bytes_of(subtle().derive_bits_with_object(&ecdh, private, 256)).await?;
    let ikm = raw_key(&shared, "HKDF", &["deriveBits"]).await?;
    let hkdf = HkdfParams::new(
        "HKDF",
        &JsValue::from_str("SHA-256"),
        &Uint8Array::from(sealed::key_info(id).as_slice()),
        &Uint8Array::from(epk),
    );
    let key = bytes_of(subtle().derive_bits_with_object(&hkdf, &ikm, 256)).await?;
    aes_key_from_bytes(&key).await
}

/// Seals `record` (a response's stored record) under the response `id` to `centre` (the
/// centre's public key, from `centre_key::import_public`).
pub async fn seal(centre: &CryptoKey, id: &str, record: &str) -> Result<SealedRecord, CryptoError> {
    let ephemeral = ecdh_pair(false).await?;
    let epk = bytes_of(subtle().export_key("raw", &ephemeral.get_public_key())).await?;
    let key = record_key(&ephemeral.get_private_key(), centre, &epk, id).await?;
    let iv = random_bytes::<IV_BYTES>();
    let ct = aes_gcm_encrypt(&key, &iv, &sealed::pad(record)).await?;
    Ok(SealedRecord {
        id: id.to_owned(),
        epk,
        iv: iv.to_vec(),
        ct,
    })
}

/// Opens a sealed record with the centre's private key: the stored record inside.
/// [`CryptoError::WrongKeyOrChanged`] for another key's record, or a changed one.
pub async fn open(private: &CryptoKey, record: &SealedRecord) -> Result<String, CryptoError> {
    let epk = import_public(&record.epk).await?;
    let key = record_key(private, &epk, &record.epk, &record.id).await?;
    let plaintext = aes_gcm_decrypt(&key, &record.iv, &record.ct).await?;
    sealed::unpad(&plaintext)
        .map(str::to_owned)
        .ok_or(CryptoError::WrongKeyOrChanged)
}
