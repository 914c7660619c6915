//! The answer distribution (回答の分布): favourable, neutral and unfavourable shares per factor
//! and item as stacked bars with their figures beside them, and the eNPS of the would-recommend
//! question. The domain computes and releases every figure; this page only shows them.

use leptos::prelude::*;
use yorisoi_domain::distribution::{distributions, DistributionRow, Leanings};
use yorisoi_domain::enps::{Enps, RECOMMEND_ITEM};
use yorisoi_domain::result_list::{row_label, HIDDEN_MARK};
use yorisoi_domain::scoring::format_percent;
use yorisoi_domain::{Language, Measure, SurveyDefinition};

use super::report_header::ReportHeader;
use super::too_few::TooFew;
use crate::admin::context::Admin;
use crate::i18n::{leanings as text, pages};
use crate::results::whole_centre;

fn width(percent: f64) -> String {
    format!("{percent:.2}%")
}

fn row_view(row: &DistributionRow, survey: &SurveyDefinition, language: Language) -> impl IntoView {
    let class = if row.measure.is_headline() {
        "row-headline"
    } else {
        "row-item"
    };
    let key = row.measure.row_id().to_owned();
    let label = row_label(&row.measure, survey, language);
    let figures = match row.leanings {
        None => view! { <td class="stack-cell"></td><td>{HIDDEN_MARK}</td><td>{HIDDEN_MARK}</td><td>{HIDDEN_MARK}</td><td>{HIDDEN_MARK}</td> }.into_any(),
        Some(Leanings { favourable, neutral, unfavourable, n }) => view! {
            // The bar repeats the three figures beside it: hidden from screen readers.
            <td class="stack-cell">
                <div class="stack" aria-hidden="true">
                    <span class="part favourable" style:width=width(favourable)></span>
                    <span class="part neutral" style:width=width(neutral)></span>
                    <span class="part unfavourable" style:width=width(unfavourable)></span>
                </div>
            </td>
            <td class="favourable">{format_percent(favourable)}</td>
            <td class="neutral">{format_percent(neutral)}</td>
            <td class="unfavourable">{format_percent(unfavourable)}</td>
            <td class="n">{n}</td>
        }
        .into_any(),
    };
    view! {
        <tr class=class data-row=key>
            <th scope="row">{label}</th>
            {figures}
        </tr>
    }
}

fn share(count: u32, of: u32) -> String {
    format_percent(f64::from(count) * 100.0 / f64::from(of))
}

fn enps_view(enps: Option<Enps>, recommend: Option<Leanings>, language: Language) -> impl IntoView {
    let words = text(language);
    let Some(enps) = enps else {
        return view! { <p class="hint" id="enps-hidden">{words.enps_hidden}</p> }.into_any();
    };
    let signed = if enps.score > 0 {
        format!("+{}", enps.score)
    } else {
        enps.score.to_string()
    };
    view! {
        <div class="enps">
            <div class="figure">
                <span class="label">{words.enps_title}</span>
                <span class="value" id="enps">{signed}</span>
                <span class="sub">
                    {words.promoters} " " {share(enps.promoters, enps.n)} "% · "
                    {words.passives} " " {share(enps.passives, enps.n)} "% · "
                    {words.detractors} " " {share(enps.detractors, enps.n)} "% · n=" {enps.n}
                </span>
            </div>
            <div class="figure">
                <span class="label">{words.recommend_favourable}</span>
                <span class="value" id="recommend-favourable">
                    {recommend.map_or(HIDDEN_MARK.to_owned(), |l| format!("{}%", format_percent(l.favourable)))}
                </span>
            </div>
            <p class="hint">{words.enps_help}</p>
        </div>
    }
    .into_any()
}

#[component]
pub fn LeaningsPage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let language = admin.language.get_untracked();
    let words = text(language);
    let survey = admin.survey.get_value();
    let body = match whole_centre(admin) {
        Err(error) => view! { <TooFew error /> }.into_any(),
        Ok(whole) => {
            let rows = distributions(&survey, &whole.scores, &whole.release);
            let enps = Enps::released(&survey, &whole.scores, &whole.release);
            let recommend = rows
                .iter()
                .find(|row| row.measure == Measure::Item(RECOMMEND_ITEM.to_owned()))
                .and_then(|row| row.leanings);
            let table_rows = rows
                .iter()
                .map(|row| row_view(row, &survey, language))
                .collect_view();
            view! {
                {enps_view(enps, recommend, language)}
                <p class="hint">{words.help}</p>
                <div class="table-scroll" tabindex="0" role="region" aria-label=words.table>
                    <table class="leanings">
                        <thead>
                            <tr>
                                <th scope="col">{pages(language).measure}</th>
                                <th scope="col">{words.bar}</th>
                                <th scope="col"><span class="key favourable" aria-hidden="true"></span>{words.favourable} " %"</th>
                                <th scope="col"><span class="key neutral" aria-hidden="true"></span>{words.neutral} " %"</th>
                                <th scope="col"><span class="key unfavourable" aria-hidden="true"></span>{words.unfavourable} " %"</th>
                                <th scope="col">"n"</th>
                            </tr>
                        </thead>
                        <tbody>{table_rows}</tbody>
                    </table>
                </div>
            }
            .into_any()
        }
    };
    view! {
        <section class="leanings-page" aria-labelledby="leanings-title">
            <ReportHeader title_id="leanings-title" title=Signal::derive(move || pages(admin.language.get()).leanings) />
            {body}
        </section>
    }
}
