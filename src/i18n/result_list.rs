//! The result list's own words: the column groups' administrator-facing names, the colour
//! legend and the choice of what each difference is taken from.

use yorisoi_domain::Language;

pub struct ResultListText {
    pub whole: &'static str,
    pub reference: &'static str,
    pub against_national: &'static str,
    pub against_centre: &'static str,
    pub legend: &'static str,
    pub far_above: &'static str,
    pub above: &'static str,
    pub near: &'static str,
    pub below: &'static str,
    pub far_below: &'static str,
    pub hidden: &'static str,
    pub cell_help: &'static str,
    pub rate: &'static str,
}

const JA: ResultListText = ResultListText {
    whole: "全体",
    reference: "色と差の基準",
    against_national: "全国平均",
    against_centre: "センター全体",
    legend: "色の意味",
    far_above: "10ポイント以上高い",
    above: "3〜10ポイント高い",
    near: "差が3ポイント未満",
    below: "3〜10ポイント低い",
    far_below: "10ポイント以上低い",
    hidden: "* 非表示（人数が少ない）",
    cell_help: "各セル：肯定的回答の割合（%）、回答者数 n、基準との差（ポイント）",
    rate: "回答率",
};

const EN: ResultListText = ResultListText {
    whole: "Overall",
    reference: "Colours and differences against",
    against_national: "National mean",
    against_centre: "Whole centre",
    legend: "Colours",
    far_above: "10 points or more above",
    above: "3 to 10 points above",
    near: "within 3 points",
    below: "3 to 10 points below",
    far_below: "10 points or more below",
    hidden: "* hidden (too few people)",
    cell_help: "Each cell: favourable %, respondents n, difference in points",
    rate: "response rate",
};

pub fn result_list(language: Language) -> &'static ResultListText {
    match language {
        Language::Ja => &JA,
        Language::En => &EN,
    }
}

/// The administrator's short name of an attribute (the employees read a question instead);
/// `None` for an attribute a custom survey added, which then shows its question's wording.
pub fn attribute_name(attribute: &str, language: Language) -> Option<&'static str> {
    let (ja, en) = match attribute {
        "role" => ("役割", "Role"),
        "tenure" => ("勤続年数", "Tenure"),
        "employment" => ("雇用形態", "Employment"),
        "team" => ("チーム・部署", "Team"),
        "shift" => ("勤務形態", "Working pattern"),
        _ => return None,
    };
    Some(match language {
        Language::Ja => ja,
        Language::En => en,
    })
}
