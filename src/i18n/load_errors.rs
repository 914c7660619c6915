//! Files of the app that did not arrive or do not fit, and what is wrong in a survey definition,
//! in the screen's language.

use std::fmt::Display;

use yorisoi_domain::benchmark::SnapshotError;
use yorisoi_domain::survey::{Location, Wording, MAX_OPTION_VALUE, MAX_TEXT_LENGTH};
use yorisoi_domain::{
    DefinitionError, DefinitionErrors, DefinitionProblem, Factor, FetchError, Language, Practice,
};

use super::fill;
use crate::assets::BenchmarkError;
use crate::charts::ChartError;

pub fn fetch_error(error: FetchError, language: Language) -> String {
    match (error, language) {
        (FetchError::Unreachable, Language::Ja) => {
            "サーバーに接続できず、保存された写しもありません。".into()
        }
        (FetchError::Unreachable, Language::En) => {
            "The server cannot be reached and no copy is cached.".into()
        }
        (FetchError::Http(status), Language::Ja) => {
            format!("サーバーが読み込みを断りました（HTTP {status}）。")
        }
        (FetchError::Http(status), Language::En) => format!("The server refused it (HTTP {status})."),
        (FetchError::Unreadable, Language::Ja) => "ファイルを読み取れませんでした。".into(),
        (FetchError::Unreadable, Language::En) => "The file could not be read.".into(),
    }
}

pub fn benchmark_error(error: &BenchmarkError, language: Language) -> String {
    let ja = language == Language::Ja;
    match error {
        BenchmarkError::Fetch(error) => fetch_error(*error, language),
        BenchmarkError::Snapshot(SnapshotError::NotReadable { .. }) if ja => {
            "ベンチマークのファイルが読めません。".into()
        }
        BenchmarkError::Snapshot(SnapshotError::NotReadable { .. }) => {
            "The benchmark file is not readable.".into()
        }
        BenchmarkError::Snapshot(SnapshotError::OtherFormat { format, version }) if ja => {
            format!("ベンチマークのファイルが別の形式です（{format} バージョン {version}）。")
        }
        BenchmarkError::Snapshot(SnapshotError::OtherFormat { format, version }) => {
            format!("The benchmark file is another format ({format} version {version}).")
        }
        BenchmarkError::Snapshot(SnapshotError::OtherSurvey { file, kiosk }) if ja => {
            format!("ベンチマークは別の調査（{file}）のものです。この端末の調査は {kiosk} です。")
        }
        BenchmarkError::Snapshot(SnapshotError::OtherSurvey { file, kiosk }) => {
            format!("The benchmark is for survey {file}, but this kiosk runs {kiosk}.")
        }
        BenchmarkError::Snapshot(SnapshotError::Inconsistent) if ja => {
            "ベンチマークのファイルの中身が食い違っています。".into()
        }
        BenchmarkError::Snapshot(SnapshotError::Inconsistent) => {
            "The benchmark file contradicts itself.".into()
        }
    }
}

/// Where in a definition: "設問「lg1」" / "item \"lg1\"".
pub fn definition_place(location: &Location, language: Language) -> String {
    let ja = language == Language::Ja;
    let (template, id) = match location {
        Location::File => return (if ja { "ファイル" } else { "file" }).into(),
        Location::Survey => return (if ja { "調査全体" } else { "survey" }).into(),
        Location::Section(id) if ja => ("セクション「{id}」", id),
        Location::Section(id) => ("section \"{id}\"", id),
        Location::Scale(id) if ja => ("尺度「{id}」", id),
        Location::Scale(id) => ("scale \"{id}\"", id),
        Location::Item(id) if ja => ("設問「{id}」", id),
        Location::Item(id) => ("item \"{id}\"", id),
    };
    fill(template, &[("id", id)])
}

/// The rule a definition breaks, for the IT administrator who edits the file.
pub fn definition_problem(problem: &DefinitionProblem, language: Language) -> String {
    use DefinitionProblem::*;
    let ja = language == Language::Ja;
    let say = |ja_text: &str, en_text: &str, values: &[(&str, &dyn Display)]| {
        fill(if ja { ja_text } else { en_text }, values)
    };
    let factors = Factor::ALL.map(Factor::id).join(", ");
    let practices = Practice::ALL.map(Practice::id).join(", ");
    match problem {
        NotFetched(error) => fetch_error(*error, language),
        NotJson { line, column } => say(
            "JSONとして読めません（{line}行目、{column}文字目）",
            "not JSON (line {line}, column {column})",
            &[("line", line), ("column", column)],
        ),
        BadValue { line, column } => say(
            "値が欠けているか、型が違うか、範囲を超えています（{line}行目、{column}文字目）",
            "a value is missing, of the wrong type or out of range (line {line}, column {column})",
            &[("line", line), ("column", column)],
        ),
        UnknownField { field } => say(
            "定義にない項目「{field}」があります（綴りを確かめてください）",
            "unknown field \"{field}\" (check its spelling)",
            &[("field", field)],
        ),
        BadId { id } => say(
            "ID「{id}」は半角の小文字、数字、_ だけで書いてください",
            "the id \"{id}\" must be lowercase letters, digits and _ only",
            &[("id", id)],
        ),
        EmptyVersion => say("version（版）が空です", "the version is empty", &[]),
        NotBilingual { wording } => {
            let part = match wording {
                Wording::Title => say("タイトル", "the title", &[]),
                Wording::Question => say("設問文", "the question", &[]),
                Wording::EndLabels => say("両端のラベル", "the end labels", &[]),
                Wording::Option(value) => say(
                    "選択肢 {value} のラベル",
                    "the label of option {value}",
                    &[("value", value)],
                ),
            };
            say(
                "{part}を日本語と英語の両方で書いてください",
                "{part} needs both Japanese and English text",
                &[("part", &part)],
            )
        }
        NoSections => say("セクションがありません", "there are no sections", &[]),
        DuplicateSection => say(
            "セクションIDが重複しています",
            "the section id is used twice",
            &[],
        ),
        NoItems => say("設問がありません", "the section has no items", &[]),
        DuplicateItem { first_section } => say(
            "設問IDが重複しています（最初はセクション「{section}」）",
            "the item id is used twice (first in section \"{section}\")",
            &[("section", first_section)],
        ),
        SecondKgi { first } => say(
            "KGI（幸福度）の設問は1つまでです（「{first}」がすでにあります）",
            "a survey has at most one kgi item (\"{first}\" is one already)",
            &[("first", first)],
        ),
        UnknownScaleType { scale_type } => say(
            "尺度の種類「{type}」はありません（agreement、score、choice、maturity、text のどれか）",
            "unknown scale type \"{type}\" (use agreement, score, choice, maturity or text)",
            &[("type", scale_type)],
        ),
        NoOptions => say("選択肢がありません", "there are no options", &[]),
        OptionTwice { value } => say(
            "選択肢の値 {value} が2回使われています",
            "the option value {value} is used twice",
            &[("value", value)],
        ),
        OptionAboveMaximum { value } => say(
            "選択肢の値 {value} は {limit} 以下にしてください",
            "the option value {value} is above {limit}",
            &[("value", value), ("limit", &MAX_OPTION_VALUE)],
        ),
        NotFiveOptions { scale_type, count } => say(
            "{type} の尺度の選択肢は5つです（今は{count}つ）",
            "the {type} scale needs 5 options, not {count}",
            &[("type", scale_type), ("count", count)],
        ),
        OptionsOutOfOrder { scale_type } => say(
            "{type} の尺度の選択肢は、値の小さい順に並べてください",
            "list the {type} scale's options from the lowest value up",
            &[("type", scale_type)],
        ),
        ScoreIncomplete => say(
            "score の尺度には min、max、min_label、max_label が必要です",
            "a score scale needs min, max, min_label and max_label",
            &[],
        ),
        EmptyScore { min, max } => say(
            "min（{min}）が max（{max}）より小さくないため、選べる値がありません",
            "no value can be chosen: min {min} is not below max {max}",
            &[("min", min), ("max", max)],
        ),
        ScoreAboveMaximum { max } => say(
            "max（{max}）は {limit} 以下にしてください",
            "max {max} is above {limit}",
            &[("max", max), ("limit", &MAX_OPTION_VALUE)],
        ),
        TextLengthOutOfRange { max_length } => say(
            "max_length（{length}）は 1 から {limit} までにしてください",
            "max_length {length} must be from 1 to {limit}",
            &[("length", max_length), ("limit", &MAX_TEXT_LENGTH)],
        ),
        UnknownKind { kind } => say(
            "設問の種類「{kind}」はありません（kgi、factor、outcome、attribute、comment、practice のどれか）",
            "unknown kind \"{kind}\" (use kgi, factor, outcome, attribute, comment or practice)",
            &[("kind", kind)],
        ),
        FactorOnOtherKind { kind } => say(
            "{kind} の設問には factor を書きません",
            "a {kind} item has no factor",
            &[("kind", kind)],
        ),
        PracticeOnOtherKind { kind } => say(
            "{kind} の設問には practice を書きません",
            "a {kind} item has no practice",
            &[("kind", kind)],
        ),
        FactorMissing => say(
            "factor の設問には factor（7つの要素のどれか）が必要です",
            "a factor item needs a factor",
            &[],
        ),
        UnknownFactor { factor } => say(
            "要素「{factor}」はありません（使えるもの：{known}）",
            "unknown factor \"{factor}\" (known: {known})",
            &[("factor", factor), ("known", &factors)],
        ),
        PracticeMissing => say(
            "practice の設問には practice（7つの取り組みのどれか）が必要です",
            "a practice item needs a practice",
            &[],
        ),
        UnknownPractice { practice } => say(
            "取り組み「{practice}」はありません（使えるもの：{known}）",
            "unknown practice \"{practice}\" (known: {known})",
            &[("practice", practice), ("known", &practices)],
        ),
        UnknownScale { scale } => say(
            "尺度「{scale}」が定義されていません",
            "the scale \"{scale}\" is not defined",
            &[("scale", scale)],
        ),
        ScaleDoesNotSuit { scale, kind } => say(
            "{kind} の設問に尺度「{scale}」は使えません",
            "the scale \"{scale}\" does not suit a {kind} item",
            &[("scale", scale), ("kind", kind)],
        ),
    }
}

/// One problem on one line: "surveys/employee.json — 設問「lg1」：…".
pub fn definition_error(error: &DefinitionError, language: Language) -> String {
    let separator = if language == Language::Ja { "：" } else { ": " };
    format!(
        "{} — {}{separator}{}",
        error.file,
        definition_place(&error.location, language),
        definition_problem(&error.problem, language)
    )
}

/// Every problem of a definition, in one paragraph.
pub fn definition_errors(errors: &DefinitionErrors, language: Language) -> String {
    let separator = if language == Language::Ja { "。" } else { "; " };
    let sentences: Vec<String> = errors
        .0
        .iter()
        .map(|error| definition_error(error, language))
        .collect();
    sentences.join(separator)
}

/// "グラフを表示できませんでした：…": the tables beside the charts still hold every figure.
pub fn chart_error(error: ChartError, language: Language) -> String {
    let ja = language == Language::Ja;
    let reason = match error {
        ChartError::NotLoaded if ja => "グラフの部品（ECharts）を読み込めませんでした",
        ChartError::NotLoaded => "ECharts could not be loaded",
        ChartError::NotDrawn if ja => "ブラウザーがグラフを描けませんでした",
        ChartError::NotDrawn => "the browser could not draw them",
    };
    format!("{}{reason}", super::report(language).charts_unavailable)
}
