//! The words of the intranet inbox block and its refusals.

use yorisoi_domain::Language;

use super::fill;
use crate::admin::inbox::PullError;

pub struct InboxText {
    pub title: &'static str,
    pub help: &'static str,
    pub token: &'static str,
    pub pull: &'static str,
    /// `{in_inbox}`, `{added}`, `{unreadable}`.
    pub pulled: &'static str,
}

const JA: InboxText = InboxText {
    title: "サーバーの受信箱から回答を取り込む",
    help: "yorisoi-host で配信している場合、各PCや端末の回答は暗号化されたままサーバーの受信箱に届きます。IT担当者から受け取ったホストトークンを入力して取り込んでください（トークンはこの端末に記憶され、次からは開くたびに自動で取り込みます）。",
    token: "ホストトークン",
    pull: "受信箱から取り込む",
    pulled: "受信箱の {in_inbox} 件のうち、新しい回答 {added} 件を取り込みました。この鍵で開けなかったもの：{unreadable} 件。",
};

const EN: InboxText = InboxText {
    title: "Fetch responses from the server's inbox",
    help: "When the app is served by yorisoi-host, every PC's and kiosk's responses reach the server's inbox, still sealed. Enter the host token IT gave you to fetch them (it is remembered on this device, and from then on responses are fetched each time the administration opens).",
    token: "Host token",
    pull: "Fetch from the inbox",
    pulled: "Of {in_inbox} records in the inbox, {added} new responses were added. Not opened by this key: {unreadable}.",
};

pub fn inbox_text(language: Language) -> &'static InboxText {
    match language {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

pub fn pull_error(error: PullError, language: Language) -> String {
    let ja = language == Language::Ja;
    match error {
        PullError::NoInbox if ja => {
            "このアプリは yorisoi-host から配信されていないため、受信箱はありません。".into()
        }
        PullError::NoInbox => "This app is not served by yorisoi-host, so there is no inbox.".into(),
        PullError::NoToken if ja => "ホストトークンを入力してください。".into(),
        PullError::NoToken => "Enter the host token.".into(),
        PullError::WrongToken if ja => "ホストトークンが違います。".into(),
        PullError::WrongToken => "The host token is wrong.".into(),
        PullError::Unreachable if ja => "サーバーに接続できません。ネットワークを確認してください。".into(),
        PullError::Unreachable => "The server cannot be reached. Check the network.".into(),
        PullError::Refused(status) if ja => fill(
            "サーバーが取り込みを断りました（HTTP {status}）。",
            &[("status", &status)],
        ),
        PullError::Refused(status) => fill("The server refused (HTTP {status}).", &[("status", &status)]),
        PullError::Unreadable if ja => "サーバーの応答を読めませんでした。".into(),
        PullError::Unreadable => "The server's answer could not be read.".into(),
        PullError::Closed if ja => "管理者メニューが閉じられたため、取り込みをやめました。".into(),
        PullError::Closed => "The administration was closed, so nothing was fetched.".into(),
    }
}
