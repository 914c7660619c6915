//! The centre key in the browser: made once by the administrator, its private half wrapped by
//! the passphrase and by the recovery code (`yorisoi_domain::centre_key` fixes the file), and
//! unwrapped into memory only, as a non-extractable key, when the administration is unlocked.

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CryptoKey, CryptoKeyPair, EcKeyGenParams, EcKeyImportParams};
use yorisoi_domain::centre_key::{
    self, CentreKeyFile, WrappedKey, IV_BYTES, PBKDF2_ITERATIONS, RECOVERY_CODE_BYTES, SALT_BYTES,
};

use super::{bytes_of, key_of, random_bytes, refused, subtle, usages, CryptoError};

/// An unlocked centre key: it opens sealed responses. Lives in memory only.
#[derive(Clone)]
pub struct UnlockedKey {
    pub private: CryptoKey,
    /// The raw public half, to seal with (responses taken in by transfer, and those stored in
    /// the clear by earlier versions).
    pub public_key: Vec<u8>,
    pub fingerprint: String,
}

/// A new centre key, with the recovery code to show once.
#[derive(Clone)]
pub struct NewCentreKey {
    pub file: CentreKeyFile,
    pub recovery_code: String,
    pub unlocked: UnlockedKey,
}

fn ecdh_params() -> EcKeyImportParams {
    let params = EcKeyImportParams::new("ECDH");
    params.set_named_curve("P-256");
    params
}

/// A new ECDH P-256 key pair; `extractable` lets its private half be exported.
pub(super) async fn ecdh_pair(extractable: bool) -> Result<CryptoKeyPair, CryptoError> {
    let params = EcKeyGenParams::new("ECDH", "P-256");
    let promise = subtle()
        .generate_key_with_object(&params, extractable, &usages(&["deriveBits"]))
        .map_err(refused)?;
    Ok(JsFuture::from(promise).await.map_err(refused)?.unchecked_into())
}

/// The fingerprint of a raw public key, to read aloud.
pub async fn fingerprint_of(public_key: &[u8]) -> Result<String, CryptoError> {
    Ok(centre_key::fingerprint(&super::sha256(public_key).await?))
}

/// Whether the file's fingerprint is its public key's; a file edited by hand fails.
pub async fn is_consistent(file: &CentreKeyFile) -> bool {
    match file.public_key_bytes() {
        Some(public) => fingerprint_of(&public)
            .await
            .is_ok_and(|print| print == file.fingerprint),
        None => false,
    }
}

async fn wrap(secret: &str, pkcs8: &[u8]) -> Result<WrappedKey, CryptoError> {
    let salt = random_bytes::<SALT_BYTES>();
    let iv = random_bytes::<IV_BYTES>();
    let ct = super::seal(secret, &salt, PBKDF2_ITERATIONS, &iv, pkcs8).await?;
    Ok(WrappedKey::new(PBKDF2_ITERATIONS, &salt, &iv, &ct))
}

/// Makes the centre key: a P-256 key pair whose private half is kept only wrapped, by
/// `passphrase` and by a new recovery code. `created` is today, `YYYY-MM-DD`.
pub async fn create(passphrase: &str, created: &str) -> Result<NewCentreKey, CryptoError> {
    // Extractable, once: its private half is wrapped below, then re-imported non-extractable.
    let pair = ecdh_pair(true).await?;
    let public = bytes_of(subtle().export_key("raw", &pair.get_public_key())).await?;
    let pkcs8 = bytes_of(subtle().export_key("pkcs8", &pair.get_private_key())).await?;
    let recovery_code = centre_key::recovery_code(&random_bytes::<RECOVERY_CODE_BYTES>());
    let fingerprint = fingerprint_of(&public).await?;
    let file = CentreKeyFile::new(
        created,
        &public,
        fingerprint.clone(),
        wrap(passphrase, &pkcs8).await?,
        wrap(&recovery_code, &pkcs8).await?,
    );
    // The usable copy is re-imported non-extractable: nothing can export it from memory.
    let private = import_private(&pkcs8).await?;
    Ok(NewCentreKey {
        file,
        recovery_code,
        unlocked: UnlockedKey {
            private,
            public_key: public,
            fingerprint,
        },
    })
}

async fn import_private(pkcs8: &[u8]) -> Result<CryptoKey, CryptoError> {
    key_of(subtle().import_key_with_object(
        "pkcs8",
        &Uint8Array::from(pkcs8),
        &ecdh_params(),
        false,
        &usages(&["deriveBits"]),
    ))
    .await
}

/// How the administrator opens the key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secret {
    Passphrase,
    /// A recovery code, normalized (`centre_key::normalize_recovery_code`).
    RecoveryCode,
}

/// Unwraps the file's private key with `secret`. A wrong secret fails AES-GCM's tag check:
/// [`CryptoError::WrongKeyOrChanged`].
pub async fn unlock(file: &CentreKeyFile, kind: Secret, secret: &str) -> Result<UnlockedKey, CryptoError> {
    let wrapped = match kind {
        Secret::Passphrase => &file.by_passphrase,
        Secret::RecoveryCode => &file.by_recovery_code,
    };
    let (salt, iv, ct) = wrapped.parts();
    let pkcs8 = super::open(secret, &salt, wrapped.iterations, &iv, &ct).await?;
    Ok(UnlockedKey {
        private: import_private(&pkcs8).await?,
        public_key: file.public_key_bytes().ok_or(CryptoError::WrongKeyOrChanged)?,
        fingerprint: file.fingerprint.clone(),
    })
}

/// The centre's public key, ready to seal to.
pub async fn import_public(public_key: &[u8]) -> Result<CryptoKey, CryptoError> {
    key_of(subtle().import_key_with_object(
        "raw",
        &Uint8Array::from(public_key),
        &ecdh_params(),
        true,
        &usages(&[]),
    ))
    .await
}
