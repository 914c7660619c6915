//! The result list (診断結果一覧表): every item and factor by the whole centre and by groups, as
//! a heat table, printable and exportable as CSV. What may be shown is the domain's release rule
//! (`yorisoi_domain::release`); this page only shows what it releases.

use leptos::prelude::*;
use yorisoi_domain::comments::{released_comments, TooFewForComments};
use yorisoi_domain::groups::MAX_SPLITS;
use yorisoi_domain::result_list::{format_difference, row_label, Cell, Reference, ResultList, HIDDEN_MARK};
use yorisoi_domain::scoring::format_percent;
use yorisoi_domain::team_rates::{team_response_rates, TEAM_ATTRIBUTE};
use yorisoi_domain::{ItemKind, Language, SurveyDefinition, Text};

use super::benchmark_note::BenchmarkNote;
use super::report_header::ReportHeader;
use super::too_few::TooFew;
use crate::admin::context::Admin;
use crate::download::save_file;
use crate::i18n::file_errors::save_error;
use crate::i18n::{attribute_name, fill, pages, result_list, ResultListText};
use crate::results::{baseline, centre_tallies, employee_answers, AdminData};

/// The heat class of a difference from the national mean, in points.
fn heat(difference: Option<f64>) -> &'static str {
    match difference {
        Some(d) if d >= 10.0 => "heat heat-plus-2",
        Some(d) if d >= 3.0 => "heat heat-plus-1",
        Some(d) if d <= -10.0 => "heat heat-minus-2",
        Some(d) if d <= -3.0 => "heat heat-minus-1",
        _ => "heat",
    }
}

/// An attribute's name for the administrator: the short one where known, else its question.
fn admin_name(attribute: &str, question: &Text) -> Text {
    match (
        attribute_name(attribute, Language::Ja),
        attribute_name(attribute, Language::En),
    ) {
        (Some(ja), Some(en)) => Text {
            ja: ja.to_owned(),
            en: en.to_owned(),
        },
        _ => question.clone(),
    }
}

/// The header cells naming each attribute over its groups' columns (one per run of columns).
fn column_groups(list: &ResultList, survey: &SurveyDefinition, language: Language) -> impl IntoView {
    let mut runs: Vec<(String, usize)> = Vec::new();
    for attribute in list.columns.iter().filter_map(|column| column.attribute.as_ref()) {
        match runs.last_mut() {
            Some((last, count)) if last == attribute => *count += 1,
            _ => runs.push((attribute.clone(), 1)),
        }
    }
    runs.into_iter()
        .map(|(attribute, span)| {
            let name = survey.item(&attribute).map_or_else(
                || attribute.clone(),
                |item| admin_name(&attribute, &item.text).get(language).to_owned(),
            );
            view! { <th scope="colgroup" colspan=span data-attribute=attribute>{name}</th> }
        })
        .collect_view()
}

/// What the colours mean, against the reference chosen.
#[component]
fn Legend(reference: Signal<Reference>) -> impl IntoView {
    let admin = expect_context::<Admin>();
    move || {
        let words = result_list(admin.language.get());
        let against = match reference.get() {
            Reference::National => words.against_national,
            Reference::Centre => words.against_centre,
        };
        let swatch = |class: &'static str, text: &'static str| {
            view! { <li><span class=format!("swatch {class}") aria-hidden="true"></span>{text}</li> }
        };
        view! {
            <div class="heat-legend">
                <p><strong>{words.legend}</strong> " (" {against} ") · " {words.cell_help}</p>
                <ul>
                    {swatch("heat-plus-2", words.far_above)}
                    {swatch("heat-plus-1", words.above)}
                    {swatch("heat-none", words.near)}
                    {swatch("heat-minus-1", words.below)}
                    {swatch("heat-minus-2", words.far_below)}
                    <li>{words.hidden}</li>
                </ul>
            </div>
        }
    }
}

#[component]
pub fn ResultListPage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let data = expect_context::<AdminData>();
    let words = move || pages(admin.language.get());
    let survey = admin.survey.get_value();
    // The administrator's short names, where the survey's attribute is a known one.
    let attributes: Vec<(String, yorisoi_domain::Text)> = survey
        .choice_items()
        .filter(|item| item.kind == ItemKind::Attribute)
        .map(|item| (item.id.clone(), admin_name(&item.id, &item.text)))
        .collect();
    let default_splits: Vec<String> = ["role", "team"]
        .into_iter()
        .filter(|id| attributes.iter().any(|(a, _)| a == id))
        .map(String::from)
        .collect();
    let splits = RwSignal::new(default_splits);
    let reference = RwSignal::new(Reference::National);
    // Comments never leave a admin: only this admin's own are listed.
    let answers = StoredValue::new(employee_answers(admin));
    let list = Memo::new(move |_| {
        let survey = admin.survey.get_value();
        let tallies = centre_tallies(admin, &splits.get());
        ResultList::build(
            &survey,
            &tallies,
            data.snapshot().as_ref(),
            baseline(admin).as_ref(),
            admin.settings.get().min_respondents(),
        )
        .map(|list| match reference.get() {
            Reference::National => list,
            Reference::Centre => list.compared_with_centre(),
        })
    });
    let download_problem = RwSignal::new(None::<String>);
    let download = move |_| {
        let survey = admin.survey.get_value();
        let Some(csv) = list.with(|list| {
            list.as_ref()
                .ok()
                .map(|list| list.to_csv(&survey, admin.language.get_untracked()))
        }) else {
            return;
        };
        let saved = save_file("yorisoi-result-list.csv", &csv, "text/csv;charset=utf-8");
        download_problem.set(
            saved
                .err()
                .map(|error| save_error(&error, admin.language.get_untracked())),
        );
    };

    let checkboxes = attributes
        .into_iter()
        .map(|(id, text)| {
            let checked_id = id.clone();
            view! {
                <label class="split-choice">
                    <input
                        type="checkbox"
                        value=id.clone()
                        prop:checked=move || splits.with(|s| s.contains(&checked_id))
                        prop:disabled={
                            let id = id.clone();
                            move || splits.with(|s| s.len() >= MAX_SPLITS && !s.contains(&id))
                        }
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            splits.update(|s| {
                                s.retain(|split| *split != id);
                                if on {
                                    s.push(id.clone());
                                }
                            });
                        }
                    />
                    <span>{move || text.get(admin.language.get()).to_owned()}</span>
                </label>
            }
        })
        .collect_view();

    let table = move || {
        let language = admin.language.get();
        let survey = admin.survey.get_value();
        list.with(|list| {
            let list = match list {
                Ok(list) => list,
                Err(error) => return view! { <TooFew error=*error /> }.into_any(),
            };
            let has_baseline = baseline(admin).is_some();
            let change_head = has_baseline.then(|| {
                view! { <th scope="col" class="change-column">{crate::i18n::data(language).change}</th> }
            });
            let rates = admin.profile.with(|profile| team_response_rates(list, profile));
            let mut head = list
                .columns
                .iter()
                .map(|column| {
                    let rate = (column.attribute.as_deref() == Some(TEAM_ATTRIBUTE))
                        .then(|| rates.iter().find(|(value, _)| Some(*value) == column.value))
                        .flatten()
                        .and_then(|(_, rate)| rate.percent());
                    view! {
                        <th scope="col" data-column=column.label.en.clone()>
                            {column.label.get(language).to_owned()}
                            {column.respondents.map(|n| view! { <span class="column-n">{format!("n={n}")}</span> })}
                            {rate.map(|rate| view! {
                                <span class="column-rate">{format!("{} {}%", result_list(language).rate, format_percent(rate))}</span>
                            })}
                        </th>
                    }
                })
                .collect::<Vec<_>>();
            let head_rest = head.split_off(head.len().min(1));
            let groups = column_groups(list, &survey, language);
            let rows = list
                .rows
                .iter()
                .map(|row| {
                    let row_class = if row.measure.is_headline() { "row-headline" } else { "row-item" };
                    let key = row.measure.row_id().to_owned();
                    let change = has_baseline.then(|| {
                        view! { <td class="change">{row.change.map_or("–".to_owned(), format_difference)}</td> }
                    });
                    let mut cells = row
                        .cells
                        .iter()
                        .map(|cell| match *cell {
                            Cell::Hidden => view! { <td class="heat hidden-cell" title="*">{HIDDEN_MARK}</td> }.into_any(),
                            Cell::Figure { favourable_percent, n, difference } => view! {
                                <td class=heat(difference)>
                                    <span class="favourable">{favourable_percent.map_or("–".to_owned(), format_percent)}</span>
                                    <span class="cell-n">{format!("n={n}")}</span>
                                    <span class="difference">
                                        {difference.map(format_difference).unwrap_or_default()}
                                    </span>
                                </td>
                            }
                            .into_any(),
                        })
                        .collect::<Vec<_>>();
                    // The change sits right after the whole centre's column.
                    let rest = cells.split_off(cells.len().min(1));
                    view! {
                        <tr class=row_class data-row=key>
                            <th scope="row">{row_label(&row.measure, &survey, language)}</th>
                            {cells}
                            {change}
                            {rest}
                        </tr>
                    }
                })
                .collect_view();
            view! {
                <table class="result-list">
                    <thead>
                        <tr class="column-groups">
                            <td></td>
                            <th scope="colgroup" colspan=1 + usize::from(has_baseline)>{result_list(language).whole}</th>
                            {groups}
                        </tr>
                        <tr class="column-names"><th scope="col">{words().measure}</th>{head}{change_head}{head_rest}</tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            }
            .into_any()
        })
    };

    let comments = move || {
        let minimum = admin.settings.get().min_respondents();
        answers.with_value(|answers| {
            let texts = answers.iter().flat_map(|answers| answers.texts().values().map(String::as_str));
            match released_comments(texts, answers.len() as u32, minimum) {
                Err(TooFewForComments { .. }) => view! { <p class="hint">{words().comments_hidden}</p> }.into_any(),
                Ok(comments) => view! {
                    <p class="hint" id="comment-count">{fill(words().comment_count, &[("count", &comments.len())])}</p>
                    <ul class="comments">{comments.into_iter().map(|text| view! { <li>{text}</li> }).collect_view()}</ul>
                }
                .into_any(),
            }
        })
    };

    view! {
        <section class="result-list-page" aria-labelledby="result-list-title">
            <ReportHeader title_id="result-list-title" title=Signal::derive(move || words().result_list)>
                <button class="secondary" on:click=download>{move || words().download_csv}</button>
            </ReportHeader>
            <BenchmarkNote />
            <p class="form-message" role="alert">{move || download_problem.get()}</p>
            <fieldset class="reference">
                <legend>{move || result_list(admin.language.get()).reference}</legend>
                {[(Reference::National, (|w: &ResultListText| w.against_national) as fn(&ResultListText) -> &'static str), (Reference::Centre, |w| w.against_centre)]
                    .into_iter()
                    .map(|(choice, label)| view! {
                        <label class="split-choice">
                            <input
                                type="radio"
                                name="reference"
                                prop:checked=move || reference.get() == choice
                                on:change=move |_| reference.set(choice)
                            />
                            <span>{move || label(result_list(admin.language.get()))}</span>
                        </label>
                    })
                    .collect_view()}
            </fieldset>
            <fieldset class="splits">
                <legend>{move || words().splits}</legend>
                <p class="hint">{move || words().splits_help}</p>
                {checkboxes}
            </fieldset>
            // Scrolls sideways when wide: focusable, so a keyboard can scroll it too.
            <div class="table-scroll" tabindex="0" role="region" aria-label=move || words().result_table>{table}</div>
            <Legend reference=reference.into() />
            <p class="hint">{move || fill(words().hidden_note, &[("minimum", &admin.settings.get().min_respondents())])}</p>
            <h2 class="comments-title">{move || words().comments}</h2>
            {comments}
        </section>
    }
}
