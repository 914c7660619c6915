//! The kiosk's words: the start screen, the survey, the review, thanks, the idle prompt, notices.

use yorisoi_domain::Language;

pub struct UiText {
    pub choose_language: &'static str,
    pub start: &'static str,
    pub anonymity_title: &'static str,
    /// `{minimum}`: the anonymity minimum the administrator set.
    pub anonymity: &'static str,
    /// `{idle}`: the idle time, put in words by `span`; `{grace}`: the seconds the prompt waits.
    pub duration: &'static str,
    pub admin: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    pub to_review: &'static str,
    pub progress: &'static str,
    pub section_of: &'static str,
    pub answered_of: &'static str,
    pub review_title: &'static str,
    pub review_all_answered: &'static str,
    pub review_unanswered: &'static str,
    pub answer_this: &'static str,
    /// On a section reached from the review: straight back to it.
    pub back_to_review: &'static str,
    /// Beside the question the review led to, while it is still unanswered.
    pub not_answered_yet: &'static str,
    pub submit: &'static str,
    pub submitting: &'static str,
    pub thanks_title: &'static str,
    pub thanks_body: &'static str,
    pub next_person: &'static str,
    pub still_there_title: &'static str,
    pub still_there_body: &'static str,
    pub still_there_continue: &'static str,
    pub comment_hint: &'static str,
    pub storage_full: &'static str,
    pub storage_unavailable: &'static str,
    pub storage_damaged_draft: &'static str,
    pub storage_survey_changed: &'static str,
    pub storage_newer: &'static str,
    pub storage_unsaved: &'static str,
    pub not_sealed: &'static str,
    /// The start screen of a kiosk with no centre key yet.
    pub no_key_title: &'static str,
    pub no_key: &'static str,
    pub broken_key: &'static str,
}

const JA: UiText = UiText {
    choose_language: "言語を選んでください",
    start: "回答をはじめる",
    anonymity_title: "匿名での回答です",
    anonymity: "お名前や社員番号はうかがいません。回答はこの端末に保存され、{minimum}人未満のグループの結果は表示されません。送信後、あなたの回答はこの画面から消え、次の方には見えません。",
    duration: "所要時間はおよそ15分です。途中で手を止めても続きから回答できますが、{idle}操作がないと確認の表示が出て、{grace}秒以内に応答がなければ途中までの回答は取り消されます。",
    admin: "管理者",
    next: "次へ",
    back: "戻る",
    to_review: "確認へ",
    progress: "進み具合",
    section_of: "セクション {section} / {sections}",
    answered_of: "{answered} / {questions} 問回答済み",
    review_title: "回答の確認",
    review_all_answered: "すべての質問に回答しました。送信してください。",
    review_unanswered: "未回答の質問があります。回答しないまま送信することもできます。",
    answer_this: "回答する",
    back_to_review: "確認画面に戻る",
    not_answered_yet: "未回答",
    submit: "送信する",
    submitting: "送信中…",
    thanks_title: "ご回答ありがとうございました",
    thanks_body: "回答は保存されました。まもなく最初の画面に戻ります。",
    next_person: "最初の画面に戻る",
    still_there_title: "回答を続けますか？",
    still_there_body: "操作がないため、あと {seconds} 秒で途中までの回答を取り消して、最初の画面に戻ります。",
    still_there_continue: "回答を続ける",
    comment_hint: "{limit}文字まで",
    storage_full: "この端末の保存領域がいっぱいです。回答は画面上に保持しています。管理者にお知らせください。",
    storage_unavailable: "この端末では回答を保存できません（ブラウザーの保存機能が無効です）。回答は画面上にだけ保持されます。管理者にお知らせください。",
    storage_damaged_draft: "途中まで保存されていた回答が壊れていたため、別に保管しました。最初から回答してください。",
    storage_survey_changed: "回答の途中でアンケートの内容が更新されました。途中までの回答は管理者のために別に保管しました。お手数ですが、最初から回答してください。",
    storage_newer: "この端末には新しいバージョンで保存されたデータがあります。そのデータには手を加えていません。",
    storage_unsaved: "保存できていない回答があります。管理者にお知らせください。",
    not_sealed: "回答を暗号化できなかったため、まだ保存していません。回答は画面上に残っています。もう一度「送信する」を押してください。直らない場合は管理者にお知らせください。",
    no_key_title: "準備中です",
    no_key: "この端末はまだ回答を受け付けていません。管理者が管理者メニューでセンターの鍵を作成すると、回答できるようになります。",
    broken_key: "センターの鍵のファイル（centre-key.json）が読めないため、回答を受け付けていません。管理者またはIT担当者にお知らせください。",
};

const EN: UiText = UiText {
    choose_language: "Choose your language",
    start: "Start the survey",
    anonymity_title: "Your answers are anonymous",
    anonymity: "We never ask your name or employee number. Answers are kept on this device, and no result is shown for a group of fewer than {minimum} people. After you submit, your answers leave this screen and the next person cannot see them.",
    duration: "It takes about 15 minutes. You can pause and carry on where you left off, but after {idle} without a touch you are asked whether you are still there, and with no reply within {grace} seconds your unfinished answers are cleared.",
    admin: "Administrator",
    next: "Next",
    back: "Back",
    to_review: "Review",
    progress: "Progress",
    section_of: "Section {section} of {sections}",
    answered_of: "{answered} of {questions} questions answered",
    review_title: "Review your answers",
    review_all_answered: "You have answered every question. Please submit.",
    review_unanswered: "Some questions are unanswered. You can still submit without them.",
    answer_this: "Answer",
    back_to_review: "Back to review",
    not_answered_yet: "Not answered yet",
    submit: "Submit",
    submitting: "Submitting…",
    thanks_title: "Thank you for your answers",
    thanks_body: "Your answers are saved. The start screen comes back in a moment.",
    next_person: "Back to the start screen",
    still_there_title: "Are you still there?",
    still_there_body: "Nothing has been touched for a while. In {seconds} seconds your unfinished answers are cleared and the start screen comes back.",
    still_there_continue: "Continue answering",
    comment_hint: "Up to {limit} characters",
    storage_full: "This device's storage is full. Your answers are kept on screen; please tell the administrator.",
    storage_unavailable: "This device cannot save answers (the browser's storage is turned off). Answers are kept on screen only; please tell the administrator.",
    storage_damaged_draft: "Answers saved part-way were damaged and have been set aside. Please start again.",
    storage_survey_changed: "The survey was updated while answers were in progress. Those answers have been kept aside for the administrator; please start again.",
    storage_newer: "This device holds data saved by a newer version. It has been left untouched.",
    storage_unsaved: "Some responses could not be saved. Please tell the administrator.",
    not_sealed: "Your response could not be encrypted, so it is not saved yet. Your answers are still here: please press Submit again. If this keeps happening, please tell the administrator.",
    no_key_title: "Not ready yet",
    no_key: "This screen does not take responses yet. Once the administrator creates the centre key in the administration, the survey can be answered.",
    broken_key: "The centre key file (centre-key.json) cannot be read, so no responses are taken. Please tell the administrator or IT.",
};

/// A span of time as the kiosk says it: "3分30秒", "3 minutes 30 seconds".
pub fn span(language: Language, secs: u32) -> String {
    let (minutes, seconds) = (secs / 60, secs % 60);
    match language {
        Language::Ja => match (minutes, seconds) {
            (0, s) => format!("{s}秒"),
            (m, 0) => format!("{m}分"),
            (m, s) => format!("{m}分{s}秒"),
        },
        Language::En => {
            let unit = |n: u32, one: &str| {
                if n == 1 {
                    format!("1 {one}")
                } else {
                    format!("{n} {one}s")
                }
            };
            match (minutes, seconds) {
                (0, s) => unit(s, "second"),
                (m, 0) => unit(m, "minute"),
                (m, s) => format!("{} {}", unit(m, "minute"), unit(s, "second")),
            }
        }
    }
}

pub fn ui(language: Language) -> &'static UiText {
    match language {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}
