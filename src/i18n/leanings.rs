//! The answer distribution page's words: the stacked bars and eNPS.

use yorisoi_domain::Language;

pub struct LeaningsText {
    pub help: &'static str,
    pub favourable: &'static str,
    pub neutral: &'static str,
    pub unfavourable: &'static str,
    pub bar: &'static str,
    pub enps_title: &'static str,
    pub enps_help: &'static str,
    pub promoters: &'static str,
    pub passives: &'static str,
    pub detractors: &'static str,
    pub recommend_favourable: &'static str,
    pub enps_hidden: &'static str,
    pub table: &'static str,
}

const JA: LeaningsText = LeaningsText {
    help: "各項目の回答を、肯定的（5段階の上位2つ、0〜10の7点以上）・中立・否定的（5段階の下位2つ、0〜10の4点以下）に分けた割合です。要素は項目の平均です。* は回答者が少ないため表示しません。",
    favourable: "肯定的",
    neutral: "中立",
    unfavourable: "否定的",
    bar: "割合",
    enps_title: "eNPS（職場を勧めたい度合い）",
    enps_help: "推奨者（9〜10点）の割合から批判者（0〜6点）の割合を引いた値（−100〜100、整数に四捨五入）。",
    promoters: "推奨者",
    passives: "中立者",
    detractors: "批判者",
    recommend_favourable: "肯定的回答（7点以上）",
    enps_hidden: "eNPSは、この質問に答えた人が少ないため表示しません。",
    table: "要素と項目ごとの回答の分布の表",
};

const EN: LeaningsText = LeaningsText {
    help: "Each item's answers split into favourable (top two of five, or 7 and above of 0-10), neutral and unfavourable (bottom two of five, or 4 and below). A factor is the mean of its items. * too few respondents to show.",
    favourable: "Favourable",
    neutral: "Neutral",
    unfavourable: "Unfavourable",
    bar: "Shares",
    enps_title: "eNPS (would recommend this workplace)",
    enps_help: "Promoters (9-10) minus detractors (0-6), in percent of those who answered (-100 to 100, rounded to a whole number).",
    promoters: "Promoters",
    passives: "Passives",
    detractors: "Detractors",
    recommend_favourable: "Favourable (7 and above)",
    enps_hidden: "eNPS is not shown: too few people answered this question.",
    table: "Table of answer shares by factor and item",
};

pub fn leanings(language: Language) -> &'static LeaningsText {
    match language {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}
