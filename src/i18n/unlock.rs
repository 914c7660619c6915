//! The words of the administration's door: creating the centre key, the recovery code, and
//! unlocking with the passphrase, the recovery code or (once, after the upgrade) the old PIN.

use yorisoi_domain::centre_key::PassphraseError;
use yorisoi_domain::Language;

use super::fill;

pub struct UnlockText {
    pub create_title: &'static str,
    pub create_help: &'static str,
    pub passphrase: &'static str,
    pub passphrase_again: &'static str,
    pub passphrases_differ: &'static str,
    pub create: &'static str,
    pub creating: &'static str,
    pub recovery_title: &'static str,
    /// `{fingerprint}`: the new key's fingerprint.
    pub recovery_help: &'static str,
    pub download_key: &'static str,
    pub recovery_kept: &'static str,
    pub unlock_title: &'static str,
    /// `{fingerprint}`.
    pub unlock_help: &'static str,
    pub published: &'static str,
    pub local: &'static str,
    pub use_recovery: &'static str,
    pub use_passphrase: &'static str,
    pub recovery_code: &'static str,
    pub not_a_recovery_code: &'static str,
    pub wrong_secret: &'static str,
    pub old_pin_title: &'static str,
    pub old_pin_help: &'static str,
    pub opening: &'static str,
    pub broken_published: &'static str,
    /// `{key}`: the storage key to delete.
    pub broken_local: &'static str,
}

const JA: UnlockText = UnlockText {
    create_title: "センターの鍵を作成する",
    create_help: "回答は、このセンターの鍵で暗号化して保存されます。結果を見るには、ここで決めるパスフレーズ（12文字以上）が必要です。従業員に知られないようにし、忘れないようにしてください。",
    passphrase: "パスフレーズ",
    passphrase_again: "パスフレーズ（確認）",
    passphrases_differ: "2つのパスフレーズが一致しません。",
    create: "鍵を作成する",
    creating: "作成中…（数秒かかります）",
    recovery_title: "回復コードを控えてください",
    recovery_help: "パスフレーズを忘れたときは、この回復コードで開けます。表示されるのは今回だけです。印刷するか書き写して、鍵のかかる場所に保管してください。鍵の確認コード：{fingerprint}。すべての端末で同じ鍵を使うには、centre-key.json をダウンロードし、IT担当者に index.html と同じフォルダーへ置いてもらってください。",
    download_key: "centre-key.json をダウンロード",
    recovery_kept: "回復コードを控えました",
    unlock_title: "パスフレーズを入力してください",
    unlock_help: "センターの鍵（確認コード {fingerprint}）で保存された回答を開きます。",
    published: "サーバーに置かれた鍵（centre-key.json）",
    local: "この端末で作成した鍵",
    use_recovery: "回復コードで開く",
    use_passphrase: "パスフレーズで開く",
    recovery_code: "回復コード",
    not_a_recovery_code: "回復コードは 0〜9 と英字の32文字です（ハイフンと空白は無視します）。",
    wrong_secret: "パスフレーズまたは回復コードが違います。",
    old_pin_title: "以前の管理者PINを入力してください",
    old_pin_help: "このバージョンでは、回答をセンターの鍵で暗号化します。鍵を作成する前に、これまでの管理者PINを一度だけ入力してください。",
    opening: "回答を復号しています…",
    broken_published: "サーバーに置かれた centre-key.json が読めません（壊れているか、手で変更されています）。IT担当者に、鍵を作成したときのファイルに戻してもらってください。",
    broken_local: "この端末に保存されたセンターの鍵が壊れています。回答データは消えていません。サーバーに centre-key.json を置くか、IT管理者が開発者ツールで次のキーを元のファイルの内容に戻してください：{key}",
};

const EN: UnlockText = UnlockText {
    create_title: "Create the centre key",
    create_help: "Responses are stored encrypted with this centre key. Reading the results takes the passphrase you choose here (at least 12 characters). Keep it from employees, and do not forget it.",
    passphrase: "Passphrase",
    passphrase_again: "Passphrase again",
    passphrases_differ: "The two passphrases differ.",
    create: "Create the key",
    creating: "Creating… (this takes a few seconds)",
    recovery_title: "Keep the recovery code",
    recovery_help: "If the passphrase is forgotten, this recovery code opens the results. It is shown this once: print it or write it down, and lock it away. The key's fingerprint: {fingerprint}. To use one key on every screen, download centre-key.json and have IT place it in the folder of index.html.",
    download_key: "Download centre-key.json",
    recovery_kept: "I have kept the recovery code",
    unlock_title: "Enter the passphrase",
    unlock_help: "Opens the responses sealed to the centre key (fingerprint {fingerprint}).",
    published: "Key published on the server (centre-key.json)",
    local: "Key created on this device",
    use_recovery: "Open with the recovery code",
    use_passphrase: "Open with the passphrase",
    recovery_code: "Recovery code",
    not_a_recovery_code: "A recovery code has 32 letters and digits (hyphens and spaces are ignored).",
    wrong_secret: "Wrong passphrase or recovery code.",
    old_pin_title: "Enter the previous administrator PIN",
    old_pin_help: "This version encrypts responses with a centre key. Before the key is created, enter the administrator PIN used so far, once.",
    opening: "Decrypting the responses…",
    broken_published: "The centre-key.json on the server cannot be read (damaged, or changed by hand). Ask IT to put back the file saved when the key was created.",
    broken_local: "The centre key stored on this device is damaged. No answers have been deleted. Publish centre-key.json on the server, or have IT restore this key in the developer tools to the saved file's content: {key}",
};

pub fn unlock(language: Language) -> &'static UnlockText {
    match language {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

pub fn passphrase_error(error: PassphraseError, language: Language) -> String {
    match (error, language) {
        (PassphraseError::TooShort { characters, minimum }, Language::Ja) => fill(
            "パスフレーズは{minimum}文字以上にしてください（いまは{characters}文字）。",
            &[("minimum", &minimum), ("characters", &characters)],
        ),
        (PassphraseError::TooShort { characters, minimum }, Language::En) => fill(
            "The passphrase needs at least {minimum} characters (it has {characters}).",
            &[("minimum", &minimum), ("characters", &characters)],
        ),
        (PassphraseError::OneCharacterRepeated, Language::Ja) => {
            "同じ文字だけのパスフレーズは使えません。".to_owned()
        }
        (PassphraseError::OneCharacterRepeated, Language::En) => {
            "The passphrase must not be one character repeated.".to_owned()
        }
    }
}
