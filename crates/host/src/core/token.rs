//! The administration's host token: 32 random bytes, shown once at first start as unpadded
//! base64url (43 characters), kept on disk only as its SHA-256. The token is random, not
//! chosen by a person, so a plain hash is enough (there is no dictionary to search) and a
//! stolen hash file does not let anyone read the inbox. Comparison is in constant time.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// Random bytes in a token.
pub const TOKEN_BYTES: usize = 32;

/// The token as printed and typed.
pub fn encode_token(random: &[u8; TOKEN_BYTES]) -> String {
    URL_SAFE_NO_PAD.encode(random)
}

/// The SHA-256 of a token: what the data folder keeps.
#[derive(Clone, PartialEq, Eq)]
pub struct TokenHash([u8; 32]);

/// Why a saved token hash could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MalformedTokenHash;

impl TokenHash {
    pub fn of(token: &str) -> TokenHash {
        TokenHash(Sha256::digest(token.as_bytes()).into())
    }

    /// The saved form: unpadded base64url of the hash, one line.
    pub fn to_saved(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0)
    }

    /// Reads the saved form (surrounding whitespace ignored).
    pub fn from_saved(text: &str) -> Result<TokenHash, MalformedTokenHash> {
        let bytes = URL_SAFE_NO_PAD
            .decode(text.trim())
            .map_err(|_| MalformedTokenHash)?;
        bytes.try_into().map(TokenHash).map_err(|_| MalformedTokenHash)
    }

    /// Whether an `Authorization` header value is `Bearer <this token>`. The comparison of
    /// the hashes takes the same time wherever they differ.
    pub fn admits(&self, authorization: Option<&str>) -> bool {
        let Some(presented) = authorization.and_then(bearer_token) else {
            return false;
        };
        bool::from(TokenHash::of(presented).0.ct_eq(&self.0))
    }
}

/// The token of a `Bearer` authorization (the scheme is case-insensitive).
fn bearer_token(authorization: &str) -> Option<&str> {
    let (scheme, token) = authorization.trim().split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}
