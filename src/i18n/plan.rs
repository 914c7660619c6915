//! The action plan page's words, and its typed errors worded for a person.

use yorisoi_domain::plan::effect::Verdict;
use yorisoi_domain::plan::file::PlanFileError;
use yorisoi_domain::plan::model::MAX_WEEKS;
use yorisoi_domain::plan::pulse::PulseError;
use yorisoi_domain::plan::{Place, PlanError, Problem};
use yorisoi_domain::Language;

use super::load_errors::definition_errors;

pub struct PlanText {
    pub title: &'static str,
    pub help: &'static str,
    pub settings: &'static str,
    pub plan_name: &'static str,
    pub start: &'static str,
    pub weeks: &'static str,
    pub meetings: &'static str,
    pub week_list_hint: &'static str,
    pub start_title: &'static str,
    pub from_priority: &'static str,
    pub priorities_none: &'static str,
    pub any_target: &'static str,
    pub add_measure: &'static str,
    pub measure_n: &'static str,
    pub measure_title: &'static str,
    pub owner: &'static str,
    pub owner_hint: &'static str,
    pub target: &'static str,
    pub starting_point: &'static str,
    pub favourable: &'static str,
    pub gap: &'static str,
    pub practices: &'static str,
    pub not_shown: &'static str,
    pub items: &'static str,
    pub add_item: &'static str,
    pub reviews: &'static str,
    pub remove_measure: &'static str,
    pub remove: &'static str,
    pub tasks: &'static str,
    pub task_title: &'static str,
    pub start_week: &'static str,
    pub end_week: &'static str,
    pub status: &'static str,
    pub progress: &'static str,
    pub add_task: &'static str,
    pub new_task: &'static str,
    pub measure_progress: &'static str,
    pub plan_progress: &'static str,
    pub schedule: &'static str,
    pub schedule_table: &'static str,
    pub legend_planned: &'static str,
    pub legend_done: &'static str,
    pub legend_review: &'static str,
    pub legend_meeting: &'static str,
    pub this_week: &'static str,
    pub not_started: &'static str,
    pub ended: &'static str,
    pub due: &'static str,
    pub late: &'static str,
    pub saved: &'static str,
    pub not_saved: &'static str,
    pub plan_file_title: &'static str,
    pub export_plan: &'static str,
    pub import_plan: &'static str,
    pub imported: &'static str,
    pub refused: &'static str,
    pub newer_plan: &'static str,
    pub damaged_plan: &'static str,
    pub pulse_title: &'static str,
    pub pulse_help: &'static str,
    pub make_pulse: &'static str,
    pub pulse_made: &'static str,
    pub run_pulse: &'static str,
    pub pulse_running: &'static str,
    pub survey_option: &'static str,
    pub effect_title: &'static str,
    pub effect_needs: &'static str,
    pub mean_change: &'static str,
    pub nothing_yet: &'static str,
}

const JA: PlanText = PlanText {
    title: "改善計画",
    help: "優先課題から施策を立て、タスクを週単位で計画し、進捗を記録します。ミニアンケートで効果を測り、前回の結果（基準）と比べます。計画はこの端末にだけ保存され、集計データの書き出しには含まれません。",
    settings: "計画の設定",
    plan_name: "計画の名前",
    start: "開始日（月曜日）",
    weeks: "期間（週）",
    meetings: "定例会議の週（■）",
    week_list_hint: "週の番号をカンマで区切って入力（例：4, 8, 12）",
    start_title: "施策を始める",
    from_priority: "この課題で施策を始める",
    priorities_none: "優先課題はまだありません（回答者25人以上と全国ベンチマークが必要です）。下から要素や項目を選べます。",
    any_target: "要素または項目",
    add_measure: "施策を追加",
    measure_n: "施策 {number}",
    measure_title: "施策名",
    owner: "担当",
    owner_hint: "担当者の名前を入力します（アンケートの回答は使いません）。",
    target: "対象",
    starting_point: "開始時点",
    favourable: "肯定的回答",
    gap: "全国平均との差",
    practices: "関連する活動",
    not_shown: "表示なし",
    items: "効果を測る項目",
    add_item: "項目を追加",
    reviews: "振り返りの週（★）",
    remove_measure: "この施策を削除",
    remove: "削除",
    tasks: "タスク",
    task_title: "タスク名",
    start_week: "開始週",
    end_week: "終了週",
    status: "状況",
    progress: "進捗%",
    add_task: "タスクを追加",
    new_task: "新しいタスク",
    measure_progress: "全体進捗率",
    plan_progress: "計画全体の進捗",
    schedule: "スケジュール",
    schedule_table: "週ごとのスケジュール",
    legend_planned: "予定",
    legend_done: "実施済み",
    legend_review: "★ 振り返り",
    legend_meeting: "■ 定例会議",
    this_week: "今週：第{week}週",
    not_started: "計画はまだ始まっていません",
    ended: "計画期間は終わりました",
    due: "実施時期",
    late: "遅れ",
    saved: "保存しました",
    not_saved: "次の点を直すまで保存しません（保存済みの計画は変わっていません）：",
    plan_file_title: "計画ファイル",
    export_plan: "計画ファイルを書き出す",
    import_plan: "計画ファイルを読み込む",
    imported: "計画を読み込みました：",
    refused: "読み込めませんでした（保存済みの計画は変わっていません）：",
    newer_plan: "この端末の計画は新しいバージョンで保存されています。手を加えずに残しています。",
    damaged_plan: "保存されていた計画が壊れていたため、別に保管しました。",
    pulse_title: "効果測定（ミニアンケート）",
    pulse_help: "各施策の「効果を測る項目」と幸福度だけを尋ねる短いアンケートを作ります。項目IDは本調査と同じなので、基準（前回の書き出し）と比べられます。グループの質問は含めません（センター全体で比べ、少人数でも回答者を特定できないようにするため）。",
    make_pulse: "ミニアンケートを作る",
    pulse_made: "ミニアンケートを作りました（{questions}問）。",
    run_pulse: "この端末でミニアンケートを実施する",
    pulse_running: "この端末は改善計画のミニアンケートを実施中です。本調査に戻すには「データ」ページで切り替えます。",
    survey_option: "改善計画のミニアンケート",
    effect_title: "施策ごとの効果",
    effect_needs: "効果を見るには、「データ」ページで基準（前回の書き出し）を読み込み、ミニアンケートの回答を集めてください。",
    mean_change: "平均の変化",
    nothing_yet: "施策はまだありません。",
};

const EN: PlanText = PlanText {
    title: "Action plan",
    help: "Turn the priorities into measures, plan their tasks week by week and record progress. A pulse survey measures the effect against the previous results (the baseline). The plan is kept on this device only and is never part of the aggregate export.",
    settings: "Plan settings",
    plan_name: "Plan name",
    start: "Start (a Monday)",
    weeks: "Length (weeks)",
    meetings: "Regular meeting weeks (■)",
    week_list_hint: "Week numbers separated by commas (e.g. 4, 8, 12)",
    start_title: "Start a measure",
    from_priority: "Start a measure on this priority",
    priorities_none: "No priorities yet (they need 25 respondents and the national benchmark). Choose a factor or item below.",
    any_target: "Factor or item",
    add_measure: "Add the measure",
    measure_n: "Measure {number}",
    measure_title: "Measure",
    owner: "Owner",
    owner_hint: "Type the person responsible (never taken from survey answers).",
    target: "Target",
    starting_point: "Starting point",
    favourable: "Favourable",
    gap: "Gap to the national mean",
    practices: "Linked practices",
    not_shown: "not shown",
    items: "Items that measure it",
    add_item: "Add an item",
    reviews: "Review weeks (★)",
    remove_measure: "Remove this measure",
    remove: "Remove",
    tasks: "Tasks",
    task_title: "Task",
    start_week: "Start week",
    end_week: "End week",
    status: "Status",
    progress: "Progress %",
    add_task: "Add a task",
    new_task: "New task",
    measure_progress: "Overall progress",
    plan_progress: "Whole plan's progress",
    schedule: "Schedule",
    schedule_table: "Week-by-week schedule",
    legend_planned: "Planned",
    legend_done: "Done",
    legend_review: "★ Review",
    legend_meeting: "■ Regular meeting",
    this_week: "This week: week {week}",
    not_started: "The plan has not started yet",
    ended: "The plan's weeks are over",
    due: "due",
    late: "late",
    saved: "Saved",
    not_saved: "Not saved until these are fixed (the saved plan is unchanged):",
    plan_file_title: "Plan file",
    export_plan: "Write the plan file",
    import_plan: "Read a plan file",
    imported: "Plan read: ",
    refused: "Not read (the saved plan is unchanged): ",
    newer_plan: "This device's plan was saved by a newer version. It is left untouched.",
    damaged_plan: "The saved plan was damaged and has been set aside.",
    pulse_title: "Measuring the effect (pulse survey)",
    pulse_help: "Makes a short survey of the happiness question and each measure's items. The item ids are the full survey's, so it compares with the baseline (the previous export). It asks no group questions: the effect is read for the whole centre, and nobody in a small pulse can be singled out.",
    make_pulse: "Make the pulse survey",
    pulse_made: "The pulse survey is ready ({questions} questions).",
    run_pulse: "Run the pulse survey on this kiosk",
    pulse_running: "This kiosk runs the action plan's pulse survey. Switch back to the full survey on the Data page.",
    survey_option: "The action plan's pulse survey",
    effect_title: "Effect per measure",
    effect_needs: "To see the effect, load a baseline (the previous export) on the Data page and collect pulse responses.",
    mean_change: "Mean change",
    nothing_yet: "No measure yet.",
};

pub fn plan(language: Language) -> &'static PlanText {
    match language {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

fn place(place: Place, language: Language) -> String {
    match (place, language) {
        (Place::Plan, Language::Ja) => "計画".to_owned(),
        (Place::Plan, Language::En) => "The plan".to_owned(),
        (Place::Measure(m), Language::Ja) => format!("施策 {}", m + 1),
        (Place::Measure(m), Language::En) => format!("Measure {}", m + 1),
        (Place::Task { measure, task }, Language::Ja) => {
            format!("施策 {} のタスク {}", measure + 1, task + 1)
        }
        (Place::Task { measure, task }, Language::En) => {
            format!("Measure {}, task {}", measure + 1, task + 1)
        }
    }
}

fn problem(problem: &Problem, language: Language) -> String {
    let ja = language == Language::Ja;
    match problem {
        Problem::StartNotDate if ja => "開始日が日付ではありません".into(),
        Problem::StartNotDate => "the start is not a date".into(),
        Problem::StartNotMonday if ja => "開始日は月曜日にしてください".into(),
        Problem::StartNotMonday => "the start must be a Monday".into(),
        Problem::Length { weeks } if ja => format!("期間は1〜{MAX_WEEKS}週です（{weeks}週）"),
        Problem::Length { weeks } => format!("the length must be 1 to {MAX_WEEKS} weeks, not {weeks}"),
        Problem::WeekOutside { week } if ja => format!("第{week}週は計画の期間外です"),
        Problem::WeekOutside { week } => format!("week {week} is outside the plan"),
        Problem::EndBeforeStart { start, end } if ja => {
            format!("終了週（{end}）が開始週（{start}）より前です")
        }
        Problem::EndBeforeStart { start, end } => {
            format!("the end week ({end}) is before the start week ({start})")
        }
        Problem::ProgressOver { progress } if ja => format!("進捗は0〜100%です（{progress}%）"),
        Problem::ProgressOver { progress } => format!("progress must be 0 to 100%, not {progress}%"),
        Problem::StatusContradicts { status, progress } if ja => {
            format!("状況「{}」と進捗{progress}%が合いません", status.name(language))
        }
        Problem::StatusContradicts { status, progress } => {
            format!(
                "status \"{}\" does not fit progress {progress}%",
                status.name(language)
            )
        }
        Problem::TitleEmpty if ja => "名前を入力してください".into(),
        Problem::TitleEmpty => "needs a title".into(),
        Problem::TitleTooLong { max } if ja => format!("名前は{max}文字までです"),
        Problem::TitleTooLong { max } => format!("the title may have at most {max} characters"),
        Problem::OwnerTooLong { max } if ja => format!("担当は{max}文字までです"),
        Problem::OwnerTooLong { max } => format!("the owner may have at most {max} characters"),
        Problem::TooManyMeasures { max } if ja => format!("施策は{max}件までです"),
        Problem::TooManyMeasures { max } => format!("at most {max} measures"),
        Problem::TooManyTasks { max } if ja => format!("タスクは{max}件までです"),
        Problem::TooManyTasks { max } => format!("at most {max} tasks"),
        Problem::UnknownItem { id } if ja => format!("項目「{id}」はアンケートにありません"),
        Problem::UnknownItem { id } => format!("item \"{id}\" is not in the survey"),
        Problem::NotMeasurable { id } if ja => format!("項目「{id}」は肯定的回答の割合で測れません"),
        Problem::NotMeasurable { id } => format!("item \"{id}\" has no favourable share to measure"),
    }
}

/// "施策 1 のタスク 2：終了週（1）が開始週（3）より前です".
pub fn plan_error(error: &PlanError, language: Language) -> String {
    let separator = if language == Language::Ja { "：" } else { ": " };
    format!(
        "{}{separator}{}",
        place(error.place, language),
        problem(&error.problem, language)
    )
}

pub fn file_error(error: &PlanFileError, language: Language) -> String {
    let ja = language == Language::Ja;
    match error {
        PlanFileError::TooLarge { bytes } if ja => format!("ファイルが大きすぎます（{bytes}バイト）"),
        PlanFileError::TooLarge { bytes } => format!("the file is too large ({bytes} bytes)"),
        PlanFileError::NotJson if ja => "JSONファイルではありません".into(),
        PlanFileError::NotJson => "not a JSON file".into(),
        PlanFileError::NotAPlanFile if ja => "改善計画のファイルではありません".into(),
        PlanFileError::NotAPlanFile => "not an action plan file".into(),
        PlanFileError::NewerFormat { version } if ja => format!("新しいバージョンの形式です（{version}）"),
        PlanFileError::NewerFormat { version } => format!("written by a newer version (format {version})"),
        PlanFileError::Damaged if ja => "計画の形をしていません（壊れています）".into(),
        PlanFileError::Damaged => "its contents are not a plan (damaged)".into(),
        PlanFileError::Invalid(errors) => errors
            .iter()
            .map(|error| plan_error(error, language))
            .collect::<Vec<_>>()
            .join(if ja { "。" } else { "; " }),
    }
}

pub fn pulse_error(error: &PulseError, language: Language) -> String {
    let ja = language == Language::Ja;
    match error {
        PulseError::NoItems if ja => "効果を測る項目を、少なくとも1つの施策で選んでください".into(),
        PulseError::NoItems => "choose the items that measure at least one measure".into(),
        PulseError::Source(errors) | PulseError::Invalid(errors) => definition_errors(errors, language),
    }
}

pub fn verdict(verdict: Verdict, language: Language) -> &'static str {
    let ja = language == Language::Ja;
    match verdict {
        Verdict::Up if ja => "ノイズを超えて改善",
        Verdict::Up => "improved beyond the noise",
        Verdict::Down if ja => "ノイズを超えて悪化",
        Verdict::Down => "worsened beyond the noise",
        Verdict::Mixed if ja => "項目により改善と悪化",
        Verdict::Mixed => "improved and worsened, by item",
        Verdict::WithinNoise if ja => "ノイズの範囲",
        Verdict::WithinNoise => "within the noise",
        Verdict::NotMeasured if ja => "比べられる項目がありません",
        Verdict::NotMeasured => "no item to compare",
    }
}
