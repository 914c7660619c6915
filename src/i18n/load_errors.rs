//! Files of the app that did not arrive or do not fit, in the screen's language.

use yorisoi_domain::benchmark::SnapshotError;
use yorisoi_domain::Language;

use crate::assets::{BenchmarkError, FetchError};

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
