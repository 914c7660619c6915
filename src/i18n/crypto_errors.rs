//! WebCrypto's refusals in the screen's language.

use yorisoi_domain::Language;

use crate::crypto::CryptoError;

pub fn crypto_error(error: CryptoError, language: Language) -> &'static str {
    match (error, language) {
        (CryptoError::Refused, Language::Ja) => {
            "このブラウザーでは暗号化が使えません（HTTPS または localhost で開いてください）。"
        }
        (CryptoError::Refused, Language::En) => {
            "This browser refused the encryption (open the app over HTTPS or on localhost)."
        }
        (CryptoError::WrongKeyOrChanged, Language::Ja) => {
            "パスフレーズが違うか、ファイルが変更されています。"
        }
        (CryptoError::WrongKeyOrChanged, Language::En) => "The passphrase is wrong, or the file was changed.",
    }
}
