//! The export and import errors of the domain, in the screen's language, each naming the
//! problem with its values. The domain's `Display` is the CLI's English; the app words them here.

use yorisoi_domain::export::{ExportError, ImportError, Impossible, Included, Place, MAX_IMPORT_BYTES};
use yorisoi_domain::records::RecordError;
use yorisoi_domain::transfer::TransferError;
use yorisoi_domain::Language;

use super::fill;
use crate::download::SaveError;

fn place(place: &Place, language: Language) -> String {
    match (place, language) {
        (Place::WholeCentre, Language::Ja) => "センター全体".to_owned(),
        (Place::WholeCentre, Language::En) => "the whole centre".to_owned(),
        (Place::Group { attribute, value }, Language::Ja) => format!("グループ {attribute}={value}"),
        (Place::Group { attribute, value }, Language::En) => format!("group {attribute}={value}"),
    }
}

fn impossible(problem: &Impossible, language: Language) -> String {
    use Impossible::*;
    let ja = language == Language::Ja;
    let at = |p: &Place| place(p, language);
    match problem {
        NoWholeCell if ja => "センター全体の集計がありません".into(),
        NoWholeCell => "there is no whole-centre cell".into(),
        TwoWholeCells if ja => "センター全体の集計が2つあります".into(),
        TwoWholeCells => "there are two whole-centre cells".into(),
        NoSources if ja => "集計元の端末がありません".into(),
        NoSources => "no kiosk is named as a source".into(),
        SourcesDontAddUp { sources, whole } if ja => {
            format!("集計元の回答者数の合計（{sources}人）がセンター全体（{whole}人）と合いません")
        }
        SourcesDontAddUp { sources, whole } => {
            format!("the sources add up to {sources} respondents, the whole centre has {whole}")
        }
        KioskTwice { device } if ja => format!("端末 {device} が2回書かれています"),
        KioskTwice { device } => format!("kiosk {device} is listed twice"),
        TooManyRespondents { place, respondents } if ja => {
            format!("{}の回答者数 {respondents} はありえない大きさです", at(place))
        }
        TooManyRespondents { place, respondents } => {
            format!(
                "{} claims {respondents} respondents, more than any file may have",
                at(place)
            )
        }
        MinimumOutOfRange { minimum } if ja => format!("最少人数が {minimum} です（3〜100 のはずです）"),
        MinimumOutOfRange { minimum } => {
            format!("the anonymity minimum is {minimum}; it must be from 3 to 100")
        }
        BadId { field, value } if ja => {
            format!("{field} の値 “{value}” が16桁の英小文字・数字ではありません")
        }
        BadId { field, value } => format!("{field} “{value}” is not 16 lowercase hex digits"),
        GroupTwice { place } if ja => format!("{}が2回書かれています", at(place)),
        GroupTwice { place } => format!("{} appears twice", at(place)),
        NoSuchGroup { place } if ja => format!("この調査には{}がありません", at(place)),
        NoSuchGroup { place } => format!("this survey has no {}", at(place)),
        GroupUnderMinimum {
            place,
            respondents,
            minimum,
        } if ja => {
            format!(
                "{}の回答者が{respondents}人で、最少人数{minimum}人に足りません",
                at(place)
            )
        }
        GroupUnderMinimum {
            place,
            respondents,
            minimum,
        } => {
            format!(
                "{} has {respondents} respondents, under the minimum of {minimum}",
                at(place)
            )
        }
        GroupLargerThanCentre {
            place,
            respondents,
            whole,
        } if ja => {
            format!(
                "{}の回答者（{respondents}人）がセンター全体（{whole}人）より多くなっています",
                at(place)
            )
        }
        GroupLargerThanCentre {
            place,
            respondents,
            whole,
        } => {
            format!(
                "{} has {respondents} respondents, more than the whole centre's {whole}",
                at(place)
            )
        }
        GroupsExceedCentre {
            attribute,
            total,
            whole,
        } if ja => {
            format!(
                "{attribute} のグループの合計（{total}人）がセンター全体（{whole}人）より多くなっています"
            )
        }
        GroupsExceedCentre {
            attribute,
            total,
            whole,
        } => {
            format!("the groups of {attribute} add up to {total}, more than the whole centre's {whole}")
        }
        GroupCountsExceedCentre { attribute, item } if ja => {
            format!("{attribute} のグループの「{item}」の回答数がセンター全体より多くなっています")
        }
        GroupCountsExceedCentre { attribute, item } => {
            format!("the groups of {attribute} have more answers to “{item}” than the whole centre")
        }
        UnknownItem { place, item } if ja => format!("{}：この調査に設問「{item}」はありません", at(place)),
        UnknownItem { place, item } => format!("{}: this survey has no item “{item}”", at(place)),
        AttributeItem { place, item } if ja => {
            format!(
                "{}：属性の設問「{item}」が含まれています（書き出しには含まれないはずです）",
                at(place)
            )
        }
        AttributeItem { place, item } => {
            format!(
                "{}: it holds the attribute “{item}”, which an export never carries",
                at(place)
            )
        }
        BadValue { place, item, value } if ja => {
            format!("{}：設問「{item}」に値 “{value}” はありません", at(place))
        }
        BadValue { place, item, value } => format!("{}: item “{item}” has no value “{value}”", at(place)),
        MoreAnswersThanRespondents {
            place,
            item,
            answered,
            respondents,
        } if ja => format!(
            "{}：設問「{item}」の回答数（{answered}）が回答者数（{respondents}人）より多くなっています",
            at(place)
        ),
        MoreAnswersThanRespondents {
            place,
            item,
            answered,
            respondents,
        } => format!(
            "{}: item “{item}” has {answered} answers from {respondents} respondents",
            at(place)
        ),
        ItemUnderMinimum {
            place,
            item,
            answered,
            minimum,
        } if ja => format!(
            "{}：設問「{item}」の回答が{answered}人で、最少人数{minimum}人に足りません",
            at(place)
        ),
        ItemUnderMinimum {
            place,
            item,
            answered,
            minimum,
        } => format!(
            "{}: item “{item}” has {answered} answers, under the minimum of {minimum}",
            at(place)
        ),
        PairsInGroup { place, item } if ja => {
            format!(
                "{}：設問「{item}」に幸福度との合計値があります（センター全体にしか書かれないはずです）",
                at(place)
            )
        }
        PairsInGroup { place, item } => {
            format!(
                "{}: item “{item}” has sums against the KGI, which only the whole centre may have",
                at(place)
            )
        }
        ImpossiblePairs { item } if ja => {
            format!("設問「{item}」の幸福度との合計値が、どの回答からも出ない値です")
        }
        ImpossiblePairs { item } => format!("item “{item}” has sums against the KGI that no answers give"),
        RepresentativeLevel { item, level } if ja => {
            format!("代表者の回答「{item}」が {level} です（1〜5 のはずです）")
        }
        RepresentativeLevel { item, level } => {
            format!("representative answer {item} is {level}, not a level 1-5")
        }
        Overflow if ja => "すでにある集計と合わせると数が大きくなりすぎます".into(),
        Overflow => "added to what is already held, the counts would overflow".into(),
    }
}

fn included(what: &Included, language: Language) -> String {
    let ja = language == Language::Ja;
    match what {
        Included::SameFile { export_id } if ja => {
            format!("同じファイル（{export_id}）はすでに取り込まれています")
        }
        Included::SameFile { export_id } => format!("the same file ({export_id}) was taken in before"),
        Included::OwnResponses if ja => "この端末自身の回答が含まれています".into(),
        Included::OwnResponses => "the file holds this kiosk's own responses".into(),
        Included::InFile { export_id } if ja => {
            format!("その端末の回答は、取り込み済みのファイル {export_id} にすでに含まれています")
        }
        Included::InFile { export_id } => {
            format!("its kiosks' responses are already in the file {export_id} taken in before")
        }
        Included::InSeveralFiles if ja => {
            "その端末の回答は、取り込み済みの複数のファイルにすでに含まれています".into()
        }
        Included::InSeveralFiles => {
            "its kiosks' responses are already in several files taken in before".into()
        }
        Included::Transferred { device } if ja => {
            format!("端末 {device} の回答は、端末間移行ファイルですでに取り込まれています")
        }
        Included::Transferred { device } => {
            format!("kiosk {device}'s responses already arrived here by a device-transfer file")
        }
        Included::Superseded { by } if ja => {
            format!("同じ端末のより新しいファイル {by} がすでに取り込まれています")
        }
        Included::Superseded { by } => format!("a newer file ({by}) of the same kiosks was taken in before"),
    }
}

/// Why a file was refused, in `language`.
pub fn import_error(error: &ImportError, language: Language) -> String {
    let ja = language == Language::Ja;
    match error {
        ImportError::TooLarge { bytes } => {
            let (size, limit) = (*bytes as f64 / 1_048_576.0, MAX_IMPORT_BYTES / 1_048_576);
            if ja {
                format!("ファイルが {size:.1} MB あります。書き出しファイルは {limit} MB までです")
            } else {
                format!("the file is {size:.1} MB; an export is at most {limit} MB")
            }
        }
        ImportError::NotJson { line, column } if ja => {
            format!("Yorisoi の書き出しファイルとして読めません（{line}行目、{column}文字目）")
        }
        ImportError::NotJson { line, column } => {
            format!("not a Yorisoi export (line {line}, column {column})")
        }
        ImportError::BadValue { line, column } if ja => format!(
            "値が欠けているか、型が違うか、範囲を超えているか、同じ項目が二度あります（{line}行目、{column}文字目）"
        ),
        ImportError::BadValue { line, column } => format!(
            "a value is missing, of the wrong type, out of range or given twice (line {line}, column {column})"
        ),
        ImportError::UnknownFormat { format, version } if ja => {
            format!("形式「{format}」バージョン {version} は読めません")
        }
        ImportError::UnknownFormat { format, version } => {
            format!("unknown format “{format}” version {version}")
        }
        ImportError::OlderFormat { version } if ja => format!(
            "以前のYorisoiで作られた形式（バージョン {version}）です。この版でもう一度書き出してください"
        ),
        ImportError::OlderFormat { version } => {
            format!("a file of format version {version}, made by an earlier Yorisoi: export it again with this version")
        }
        ImportError::OtherSurvey { file, kiosk } if ja => {
            format!("別の調査（{file}）のファイルです。この端末の調査は {kiosk} です")
        }
        ImportError::OtherSurvey { file, kiosk } => {
            format!("the file is for survey {file}, but this kiosk runs {kiosk}")
        }
        ImportError::Impossible(problem) if ja => {
            format!("ありえない数があります：{}", impossible(problem, language))
        }
        ImportError::Impossible(problem) => format!("impossible counts: {}", impossible(problem, language)),
        ImportError::AlreadyIncluded(what) if ja => {
            format!("二重に数えることになります：{}", included(what, language))
        }
        ImportError::AlreadyIncluded(what) => format!("already included: {}", included(what, language)),
        ImportError::OtherCentre { name, id } if ja => {
            format!("別のセンター（{name}、ID {id}）のファイルです")
        }
        ImportError::OtherCentre { name, id } => format!("the file is from another centre ({name}, id {id})"),
        ImportError::SameCentre { export_id } if ja => {
            format!("同じセンターのファイル {export_id} がすでにあります")
        }
        ImportError::SameCentre { export_id } => {
            format!("the same centre is already in the file {export_id}")
        }
    }
}

/// Why no export could be written, in `language`.
pub fn export_error(error: &ExportError, language: Language) -> String {
    let ja = language == Language::Ja;
    match error {
        ExportError::TooFew { respondents, minimum } if ja => format!(
            "回答者が{respondents}人です。個人が特定されないよう、書き出しには{minimum}人以上が必要です"
        ),
        ExportError::TooFew { respondents, minimum } => format!(
            "{respondents} respondents: an export needs at least {minimum} so that nobody can be recognised"
        ),
        ExportError::TooFewSince { respondents, minimum, export_id } if ja => format!(
            "前回の書き出し（{export_id}）から新しい回答が{respondents}人です。2つのファイルの差から個人の回答が分からないよう、次の書き出しには新しい回答が{minimum}人以上必要です"
        ),
        ExportError::TooFewSince { respondents, minimum, export_id } => format!(
            "{respondents} new respondents since the export {export_id}: so that the two files cannot be subtracted, the next export needs at least {minimum} new ones"
        ),
        ExportError::OwnTooFew { respondents, minimum } if ja => format!(
            "この端末自身の回答は{respondents}人で{minimum}人に足りません。取り込んだファイルを差し引くと分かってしまうため書き出せません。端末間移行ファイルで他の端末に送ってください"
        ),
        ExportError::OwnTooFew { respondents, minimum } => format!(
            "this kiosk's own {respondents} respondents are fewer than {minimum}, and subtracting the imported files would show them: send them to another kiosk by device transfer instead"
        ),
        ExportError::Overflow if ja => "数が大きくなりすぎて書き出せません".into(),
        ExportError::Overflow => "the counts overflow".into(),
    }
}

/// Why a device-transfer file was refused, in `language`.
pub fn transfer_error(error: &TransferError, language: Language) -> String {
    let ja = language == Language::Ja;
    let limit = MAX_IMPORT_BYTES / 1_048_576;
    match error {
        TransferError::TooLarge if ja => format!("ファイルが {limit} MB を超えています"),
        TransferError::TooLarge => format!("the file is larger than {limit} MB"),
        TransferError::NotATransferFile { line, column } if ja => {
            format!("端末間移行ファイルとして読めません（{line}行目、{column}文字目）")
        }
        TransferError::NotATransferFile { line, column } => {
            format!("not a device-transfer file (line {line}, column {column})")
        }
        TransferError::UnknownFormat { format, version } if ja => {
            format!("形式「{format}」バージョン {version} は読めません")
        }
        TransferError::UnknownFormat { format, version } => {
            format!("unknown format “{format}” version {version}")
        }
        TransferError::NotHex { field } if ja => {
            format!("ファイルの {field} が16進数ではありません（壊れています）")
        }
        TransferError::NotHex { field } => format!("the file's {field} is not hex (damaged)"),
        TransferError::DamagedContents { .. } if ja => "復号した中身が壊れています".into(),
        TransferError::DamagedContents { .. } => "the decrypted contents are damaged".into(),
        TransferError::OtherSurvey { file, kiosk } if ja => {
            format!("別の調査（{file}）の回答です。この端末の調査は {kiosk} です")
        }
        TransferError::OtherSurvey { file, kiosk } => {
            format!("the responses are for survey {file}, but this kiosk runs {kiosk}")
        }
        TransferError::BadResponse { number, problem } => {
            let what = match (problem, ja) {
                (RecordError::OtherSurvey(key), true) => format!("別の調査（{key}）の回答です"),
                (RecordError::OtherSurvey(key), false) => format!("is for survey {key}"),
                (RecordError::NewerSchema(version), true) => format!("新しい版（{version}）で書かれています"),
                (RecordError::NewerSchema(version), false) => {
                    format!("was written by a newer version ({version})")
                }
                (RecordError::Corrupt(_), true) => "壊れています".into(),
                (RecordError::Corrupt(_), false) => "is damaged".into(),
            };
            if ja {
                format!("{number}件目の回答は{what}")
            } else {
                format!("response {number} {what}")
            }
        }
    }
}

pub fn save_error(error: &SaveError, language: Language) -> String {
    let template = match language {
        Language::Ja => {
            "{name} を保存できませんでした（ブラウザーがダウンロードを止めていないか確かめてください）"
        }
        Language::En => "{name} could not be saved (check that the browser allows downloads)",
    };
    fill(template, &[("name", &error.name)])
}
