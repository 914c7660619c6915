//! What the administrator typed that cannot be taken, in the screen's language.

use yorisoi_domain::profile::{PercentError, ProfileError, MAX_HEADCOUNT, MAX_NAME_LENGTH};
use yorisoi_domain::settings::{SettingError, IDLE_TIMEOUT_RANGE_SECS, MIN_RESPONDENTS_RANGE};
use yorisoi_domain::typed_number::NumberError;
use yorisoi_domain::Language;

/// A number that did not read, for the field named `field` (already in `language`).
pub fn number_error(field: &str, error: &NumberError, language: Language) -> String {
    match (error, language) {
        (NumberError::Empty, Language::Ja) => format!("{field}を数字で入力してください。"),
        (NumberError::Empty, Language::En) => format!("Enter {field} as a number."),
        (NumberError::NotANumber { text }, Language::Ja) => {
            format!("{field}は数字で入力してください（「{text}」は数字として読めません）。")
        }
        (NumberError::NotANumber { text }, Language::En) => {
            format!("{field} must be a number; \u{201c}{text}\u{201d} is not one.")
        }
    }
}

pub fn percent_error(field: &str, error: &PercentError, language: Language) -> String {
    match (error, language) {
        (PercentError::NotANumber, Language::Ja) => format!("{field}は数字で入力してください。"),
        (PercentError::NotANumber, Language::En) => format!("{field} must be a number."),
        (PercentError::OutOfRange(value), Language::Ja) => {
            format!("{field}は0〜100の範囲で入力してください（{value}は範囲外です）。")
        }
        (PercentError::OutOfRange(value), Language::En) => {
            format!("{field} must be from 0 to 100, not {value}.")
        }
    }
}

pub fn profile_error(error: &ProfileError, language: Language) -> String {
    let ja = language == Language::Ja;
    match error {
        ProfileError::NameTooLong { length } if ja => {
            format!("センター名は{MAX_NAME_LENGTH}文字までです（いま{length}文字）。")
        }
        ProfileError::NameTooLong { length } => {
            format!("The centre's name may have at most {MAX_NAME_LENGTH} characters (now {length}).")
        }
        ProfileError::IndustryTooLong { length } if ja => {
            format!("業種は{MAX_NAME_LENGTH}文字までです（いま{length}文字）。")
        }
        ProfileError::IndustryTooLong { length } => {
            format!("The industry may have at most {MAX_NAME_LENGTH} characters (now {length}).")
        }
        ProfileError::HeadcountOutOfRange { headcount } if ja => {
            format!("対象者数は1〜{MAX_HEADCOUNT}人で入力してください（{headcount}は範囲外です）。")
        }
        ProfileError::HeadcountOutOfRange { headcount } => {
            format!("The headcount must be from 1 to {MAX_HEADCOUNT}, not {headcount}.")
        }
        ProfileError::BadCentreId { id } if ja => format!("センターID「{id}」の形式が正しくありません。"),
        ProfileError::BadCentreId { id } => format!("The centre id \u{201c}{id}\u{201d} is not in its form."),
        ProfileError::Damaged { .. } if ja => "保存されていたセンター情報が壊れていました。".into(),
        ProfileError::Damaged { .. } => "The stored centre profile was damaged.".into(),
    }
}

pub fn setting_error(error: &SettingError, language: Language) -> String {
    let (idle, minimum) = (IDLE_TIMEOUT_RANGE_SECS, MIN_RESPONDENTS_RANGE);
    let ja = language == Language::Ja;
    match error {
        SettingError::IdleOutOfRange { secs } if ja => format!(
            "無操作の時間は{}〜{}秒で入力してください（{secs}は範囲外です）。",
            idle.start(),
            idle.end()
        ),
        SettingError::IdleOutOfRange { secs } => format!(
            "The idle time must be from {} to {} seconds, not {secs}.",
            idle.start(),
            idle.end()
        ),
        SettingError::MinimumOutOfRange { minimum: value } if ja => format!(
            "最少人数は{}〜{}人で入力してください（{value}は範囲外です）。",
            minimum.start(),
            minimum.end()
        ),
        SettingError::MinimumOutOfRange { minimum: value } => format!(
            "The minimum number of respondents must be from {} to {}, not {value}.",
            minimum.start(),
            minimum.end()
        ),
        SettingError::Damaged { .. } if ja => "保存されていた設定が壊れていました。".into(),
        SettingError::Damaged { .. } => "The stored settings were damaged.".into(),
    }
}
