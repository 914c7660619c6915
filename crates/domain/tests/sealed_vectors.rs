//! A sealed record made by WebCrypto (Node's, as the browser's: tests/e2e/support/centre-key.mjs)
//! opened here by RustCrypto with the centre's private key, following crates/domain/src/sealed.rs
//! step by step: the format is what two independent implementations agree on.

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Nonce};
use hkdf::Hkdf;
use p256::{PublicKey, SecretKey};
use sha2::Sha256;
use yorisoi_domain::base64url;
use yorisoi_domain::sealed::{key_info, pad, unpad, SealedRecord, PAD_BLOCK};

/// The centre's private scalar (JWK `d`) of the key the vector was sealed to.
const CENTRE_D: &str = "JiKMtlv6rFKq8fsj17X4YO-suxIr4x1h_kcj7R2tEIg";
const ENVELOPE: &str = r#"{"ct":"ZTZTFCIYqkZwQe9w5678F6pWSPIAHN5eexcmtAvzpawBF5bnCY-pm2CHqyxCp5DCpOFLX_AM7P-9ruwm-w1eKxworZrY4PzJxZZntbm41ydejBVErrmET9PLKUZ02Yo2US6LfSFJO9aUfiCzPm2VWW0ODp9TnkIM6qtxQwuPMuuR_WNRDPiVo38ZhoiUyJvwXUJnSIyiQrPD9C0pgNKdAAiurc1V8tP-KdY9C46Z03rSQMqmSny7UpTDrOhU4Mx2pudOz50tcQsNOv3z3EhJkx1eOqHf1jMLsU3M_fJGAj3XSLu7KK80ih8YHDe9ECyfd5P-wkXmvHwN6v9_YAgj_TmQl4UxzpsKjiOA-I9X3bM","epk":"BPqYW3kvHOF0NTqiEtbWFLAXGV04W-nl3-p_75GDkQcIwQ51UEL456BjtEao0zI-_l40nV_gqWbYNkqyo9v800Q","id":"00112233445566778899aabbccddeeff","iv":"evkzZDKF-jOQQ6d6","v":1}"#;
const RECORD: &str = r#"{"v":1,"id":"00112233445566778899aabbccddeeff","survey":"employee@2026.1#0123456789abcdef","at":1764460800000,"a":"7.3","t":{"comment":"休憩室を広く"}}"#;

fn open(envelope: &SealedRecord, centre_d: &[u8]) -> Result<Vec<u8>, aes_gcm::Error> {
    let centre = SecretKey::from_slice(centre_d).expect("a P-256 scalar");
    let ephemeral = PublicKey::from_sec1_bytes(&envelope.epk).expect("a P-256 point");
    // WebCrypto's ECDH deriveBits(256) is the shared point's x coordinate.
    let shared = p256::ecdh::diffie_hellman(centre.to_nonzero_scalar(), ephemeral.as_affine());
    let hkdf = Hkdf::<Sha256>::new(Some(&envelope.epk), shared.raw_secret_bytes());
    let mut key = [0u8; 32];
    hkdf.expand(&key_info(&envelope.id), &mut key)
        .expect("32 bytes is a valid length");
    Aes256Gcm::new(&key.into()).decrypt(Nonce::from_slice(&envelope.iv), envelope.ct.as_slice())
}

#[test]
fn a_record_sealed_by_webcrypto_opens_with_the_centre_key() {
    let envelope = SealedRecord::parse(ENVELOPE).unwrap();
    assert_eq!(
        envelope.to_json(),
        ENVELOPE,
        "the stored form is the canonical one"
    );
    let plaintext = open(&envelope, &base64url::decode(CENTRE_D).unwrap()).unwrap();
    assert_eq!(plaintext.len() % PAD_BLOCK, 0);
    assert_eq!(plaintext, pad(RECORD));
    assert_eq!(unpad(&plaintext), Some(RECORD));
}

#[test]
fn a_changed_byte_or_another_id_does_not_open() {
    let centre_d = base64url::decode(CENTRE_D).unwrap();
    let mut changed = SealedRecord::parse(ENVELOPE).unwrap();
    changed.ct[0] ^= 1;
    assert!(open(&changed, &centre_d).is_err());
    // The id is in HKDF's info: the same ciphertext moved under another id is unreadable.
    let mut moved = SealedRecord::parse(ENVELOPE).unwrap();
    moved.id = "ffeeddccbbaa99887766554433221100".into();
    assert!(open(&moved, &centre_d).is_err());
}

#[test]
fn another_centre_key_does_not_open() {
    let mut other_d = base64url::decode(CENTRE_D).unwrap();
    other_d[31] ^= 1;
    assert!(open(&SealedRecord::parse(ENVELOPE).unwrap(), &other_d).is_err());
}
