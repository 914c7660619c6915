//! The centre key: the key pair responses are sealed to ([`crate::sealed`]). The administrator
//! creates it once; its public half seals, its private half is kept only wrapped — by a key from
//! the administrator's passphrase and, separately, by a one-time recovery code — in
//! `centre-key.json`, the file IT places beside `index.html` so that every kiosk and desk PC
//! seals to the same key and the administration opens on any of them.
//!
//! Wrapping (in the browser, through WebCrypto): `wrap = PBKDF2-HMAC-SHA-256(secret, salt,
//! iterations)` as an AES-256-GCM key; `ct = AES-GCM(wrap, iv, PKCS#8 of the private key)`.
//! This module fixes the file's format and the rules for passphrases and recovery codes.

use serde::{Deserialize, Serialize};

use crate::base64url;
use crate::sealed::EPK_BYTES;

pub const FORMAT: &str = "yorisoi-centre-key";
pub const FORMAT_VERSION: u32 = 1;
/// The name IT gives the published file, beside `index.html`.
pub const FILE_NAME: &str = "centre-key.json";
pub const MIN_PASSPHRASE_CHARS: usize = 12;
/// PBKDF2-HMAC-SHA-256 iterations, as OWASP recommends; a file with fewer is refused, so that a
/// weakened copy cannot be slipped in.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
pub const SALT_BYTES: usize = 16;
pub const IV_BYTES: usize = 12;
/// The recovery code's randomness: 160 bits, written as 32 Crockford base-32 characters.
pub const RECOVERY_CODE_BYTES: usize = 20;
/// An unlocked administration left untouched this long locks and forgets the key.
pub const IDLE_LOCK_MS: u64 = 10 * 60 * 1000;

/// Crockford's base 32: no I, L, O or U, so the code reads aloud and types without confusion.
const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The private key wrapped by one secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WrappedKey {
    pub iterations: u32,
    /// base64url, [`SALT_BYTES`].
    pub salt: String,
    /// base64url, [`IV_BYTES`].
    pub iv: String,
    /// base64url: the AES-GCM ciphertext of the PKCS#8 private key, with its tag.
    pub ct: String,
}

/// `centre-key.json`, and the same record kept in a kiosk's storage when no file is published.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CentreKeyFile {
    pub format: String,
    pub version: u32,
    /// When it was made, `YYYY-MM-DD`.
    pub created: String,
    /// base64url of the raw uncompressed P-256 public key.
    pub public_key: String,
    /// [`fingerprint`] of the public key, to read aloud and compare between screens.
    pub fingerprint: String,
    pub by_passphrase: WrappedKey,
    pub by_recovery_code: WrappedKey,
}

/// Why a centre key file cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CentreKeyError {
    NotACentreKey,
    Newer {
        version: u32,
    },
    /// Well-formed, but a field breaks a rule (a short salt, too few iterations, a bad key).
    Unusable,
}

/// A passphrase the administrator chose that breaks a rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassphraseError {
    TooShort { characters: usize, minimum: usize },
    OneCharacterRepeated,
}

impl CentreKeyFile {
    pub fn new(
        created: &str,
        public_key: &[u8],
        fingerprint: String,
        by_passphrase: WrappedKey,
        by_recovery_code: WrappedKey,
    ) -> CentreKeyFile {
        CentreKeyFile {
            format: FORMAT.to_owned(),
            version: FORMAT_VERSION,
            created: created.to_owned(),
            public_key: base64url::encode(public_key),
            fingerprint,
            by_passphrase,
            by_recovery_code,
        }
    }

    pub fn parse(json: &str) -> Result<CentreKeyFile, CentreKeyError> {
        #[derive(Deserialize)]
        struct Head {
            format: String,
            version: u32,
        }
        let head: Head = serde_json::from_str(json).map_err(|_| CentreKeyError::NotACentreKey)?;
        if head.format != FORMAT {
            return Err(CentreKeyError::NotACentreKey);
        }
        if head.version > FORMAT_VERSION {
            return Err(CentreKeyError::Newer {
                version: head.version,
            });
        }
        let file: CentreKeyFile = serde_json::from_str(json).map_err(|_| CentreKeyError::NotACentreKey)?;
        let usable = file.public_key_bytes().is_some()
            && file.by_passphrase.is_usable()
            && file.by_recovery_code.is_usable();
        if usable {
            Ok(file)
        } else {
            Err(CentreKeyError::Unusable)
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a centre key serializes")
    }

    /// The raw public key, when it is a 65-byte uncompressed point.
    pub fn public_key_bytes(&self) -> Option<Vec<u8>> {
        base64url::decode(&self.public_key).filter(|key| key.len() == EPK_BYTES && key[0] == 0x04)
    }
}

impl WrappedKey {
    pub fn new(iterations: u32, salt: &[u8], iv: &[u8], ct: &[u8]) -> WrappedKey {
        WrappedKey {
            iterations,
            salt: base64url::encode(salt),
            iv: base64url::encode(iv),
            ct: base64url::encode(ct),
        }
    }

    fn is_usable(&self) -> bool {
        self.iterations >= PBKDF2_ITERATIONS
            && base64url::decode(&self.salt).is_some_and(|salt| salt.len() == SALT_BYTES)
            && base64url::decode(&self.iv).is_some_and(|iv| iv.len() == IV_BYTES)
            && base64url::decode(&self.ct).is_some_and(|ct| ct.len() > 16)
    }

    /// Salt, nonce and ciphertext as bytes (checked when the file was read).
    pub fn parts(&self) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
        let bytes = |text: &str| base64url::decode(text).unwrap_or_default();
        (bytes(&self.salt), bytes(&self.iv), bytes(&self.ct))
    }
}

/// At least [`MIN_PASSPHRASE_CHARS`] characters, and not one character repeated.
pub fn check_passphrase(passphrase: &str) -> Result<(), PassphraseError> {
    let characters = passphrase.chars().count();
    if characters < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseError::TooShort {
            characters,
            minimum: MIN_PASSPHRASE_CHARS,
        });
    }
    if passphrase.chars().all(|c| passphrase.starts_with(c)) {
        return Err(PassphraseError::OneCharacterRepeated);
    }
    Ok(())
}

/// The recovery code for `bytes`: 32 Crockford base-32 characters in eight groups of four,
/// `XXXX-XXXX-…`.
pub fn recovery_code(bytes: &[u8; RECOVERY_CODE_BYTES]) -> String {
    grouped(&crockford(bytes))
}

/// Crockford base-32 characters of `bytes`, five bytes (eight characters) at a time.
fn crockford(bytes: &[u8]) -> Vec<u8> {
    bytes
        .chunks(5)
        .flat_map(|chunk| {
            let group = chunk
                .iter()
                .fold(0u64, |group, &byte| (group << 8) | u64::from(byte));
            (0..8)
                .rev()
                .map(move |index| CROCKFORD[(group >> (5 * index)) as usize & 31])
        })
        .collect()
}

/// A recovery code as typed, in the one form the key was wrapped with: case, spaces and hyphens
/// ignored, and the letters people confuse with digits read as those digits (O as 0, I and L
/// as 1). `None` when it cannot be a recovery code.
pub fn normalize_recovery_code(typed: &str) -> Option<String> {
    let characters: Vec<u8> = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != 'ー' && *c != '－')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .map(|c| u8::try_from(c).ok().filter(|byte| CROCKFORD.contains(byte)))
        .collect::<Option<_>>()?;
    (characters.len() == 32).then(|| grouped(&characters))
}

/// Characters in groups of four joined by hyphens.
fn grouped(characters: &[u8]) -> String {
    characters
        .chunks(4)
        .map(|group| String::from_utf8_lossy(group).into_owned())
        .collect::<Vec<_>>()
        .join("-")
}

/// The fingerprint read aloud to check that two screens seal to the same key: the first ten
/// bytes of SHA-256 of the raw public key (`digest`), as four groups of four Crockford
/// characters.
pub fn fingerprint(digest: &[u8]) -> String {
    grouped(&crockford(&digest[..10]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passphrases_need_twelve_characters_counted_as_people_count_them() {
        assert_eq!(
            check_passphrase("short pass1"),
            Err(PassphraseError::TooShort {
                characters: 11,
                minimum: 12
            })
        );
        assert_eq!(check_passphrase("long enough!"), Ok(()));
        // Twelve Japanese characters are twelve characters, not 36 bytes.
        assert_eq!(check_passphrase("よりそいのあいことばです"), Ok(()));
        assert_eq!(
            check_passphrase("あいうえおかきくけこさ"),
            Err(PassphraseError::TooShort {
                characters: 11,
                minimum: 12
            })
        );
        assert_eq!(
            check_passphrase("aaaaaaaaaaaaaaaa"),
            Err(PassphraseError::OneCharacterRepeated)
        );
    }

    #[test]
    fn a_recovery_code_is_written_in_crockford_groups() {
        // 0x00 … 0x13 read as 5-bit groups: 00000 00000 00001 00000 … = 0 0 0 G …
        let bytes: [u8; 20] = std::array::from_fn(|index| index as u8);
        let code = recovery_code(&bytes);
        assert_eq!(code, "000G-40R4-0M30-E209-185G-R38E-1W81-24GK");
        assert_eq!(code.len(), 39);
    }

    #[test]
    fn a_typed_recovery_code_normalizes_to_the_written_one() {
        let code = recovery_code(&[0xff; 20]);
        assert_eq!(code, "ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        assert_eq!(
            normalize_recovery_code(" zzzz zzzz-zzzz zzzzzzzz zzzz zzzz zzzz ").as_deref(),
            Some(code.as_str())
        );
        let with_zeros = recovery_code(&[0; 20]);
        assert_eq!(
            normalize_recovery_code(&with_zeros.replace('0', "o")).as_deref(),
            Some(with_zeros.as_str())
        );
        assert_eq!(normalize_recovery_code("ZZZZ"), None);
        assert_eq!(normalize_recovery_code(&code.replace('Z', "U")), None);
    }

    #[test]
    fn the_fingerprint_takes_the_first_ten_bytes() {
        let mut digest = [0u8; 32];
        digest[9] = 0x1f;
        digest[10] = 0xff;
        assert_eq!(fingerprint(&digest), "0000-0000-0000-000Z");
    }

    fn sample() -> CentreKeyFile {
        let mut public = vec![4u8];
        public.extend([9u8; 64]);
        let wrapped = WrappedKey::new(PBKDF2_ITERATIONS, &[1; 16], &[2; 12], &[3; 150]);
        CentreKeyFile::new(
            "2026-11-30",
            &public,
            "0000-0000-0000-000Z".into(),
            wrapped.clone(),
            wrapped,
        )
    }

    #[test]
    fn a_centre_key_file_round_trips() {
        let file = sample();
        assert_eq!(CentreKeyFile::parse(&file.to_json()), Ok(file.clone()));
        assert_eq!(file.public_key_bytes().unwrap().len(), 65);
    }

    #[test]
    fn weakened_or_foreign_files_are_refused() {
        let mut weak = sample();
        weak.by_recovery_code.iterations = 1000;
        assert_eq!(
            CentreKeyFile::parse(&weak.to_json()),
            Err(CentreKeyError::Unusable)
        );
        let mut bad_key = sample();
        bad_key.public_key = base64url::encode(&[2; 33]);
        assert_eq!(
            CentreKeyFile::parse(&bad_key.to_json()),
            Err(CentreKeyError::Unusable)
        );
        let newer = sample().to_json().replace("\"version\": 1", "\"version\": 2");
        assert_eq!(
            CentreKeyFile::parse(&newer),
            Err(CentreKeyError::Newer { version: 2 })
        );
        assert_eq!(
            CentreKeyFile::parse("{\"format\":\"other\",\"version\":1}"),
            Err(CentreKeyError::NotACentreKey)
        );
        assert_eq!(CentreKeyFile::parse("<html>"), Err(CentreKeyError::NotACentreKey));
    }
}
