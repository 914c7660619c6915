//! Change since the baseline: each item and factor now against the previous export, and whether
//! the change is larger than the noise. Also the page a pulse survey is read on.

use leptos::prelude::*;
use yorisoi_domain::change::changes;
use yorisoi_domain::result_list::format_difference;
use yorisoi_domain::scoring::format_percent;

use super::change_row::ChangeRow;
use super::too_few::TooFew;
use crate::admin::context::Admin;
use crate::i18n::{data as text, report};
use crate::results::{baseline, whole_centre};

#[component]
pub fn ChangePage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let language = admin.language.get_untracked();
    let words = text(language);
    let survey = admin.survey.get_value();
    let body = match whole_centre(admin) {
        Err(error) => view! { <TooFew error /> }.into_any(),
        Ok(whole) => match baseline(admin) {
            None => view! { <p class="hint">{words.baseline_none}</p> }.into_any(),
            Some(base) => {
                let factor_rows = base
                    .factor_changes(&survey, &whole.scores)
                    .into_iter()
                    .map(|change| {
                        view! {
                            <tr data-factor=change.factor.id()>
                                <th scope="row">{change.factor.name(language)}</th>
                                <td>{format_percent(change.before)}</td>
                                <td>{format_percent(change.now)}</td>
                                <td class="change">{format_difference(change.points)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                let item_rows = changes(&survey, &whole.scores, &base)
                    .into_iter()
                    .map(|change| view! { <ChangeRow change /> })
                    .collect_view();
                view! {
                    <p class="benchmark-note">{format!("{}{} · {} · n={}", words.baseline_loaded, base.survey, base.created_at, base.respondents)}</p>
                    <table class="change-table factors">
                        <thead><tr>
                            <th scope="col">{report(language).factor}</th>
                            <th scope="col">{words.before} " %"</th>
                            <th scope="col">{words.after} " %"</th>
                            <th scope="col">{words.change}</th>
                        </tr></thead>
                        <tbody>{factor_rows}</tbody>
                    </table>
                    <table class="change-table items">
                        <thead><tr>
                            <th scope="col">{words.item}</th>
                            <th scope="col">{words.before} " %"</th>
                            <th scope="col">{words.after} " %"</th>
                            <th scope="col">{words.change}</th>
                            <th scope="col"></th>
                        </tr></thead>
                        <tbody>{item_rows}</tbody>
                    </table>
                }
                .into_any()
            }
        },
    };
    view! {
        <section class="change-page" aria-labelledby="change-title">
            <h1 id="change-title">{words.change_title}</h1>
            <p class="hint">{words.change_help}</p>
            {body}
        </section>
    }
}
