//! Measuring the effect: the pulse survey made from the plan (stored for the admin to run),
//! and per measure its items before (the baseline) and now, with the noise test.

use leptos::prelude::*;
use yorisoi_domain::plan::effect::effects;
use yorisoi_domain::plan::pulse::pulse_definition;
use yorisoi_domain::records::keys;
use yorisoi_domain::result_list::format_difference;
use yorisoi_domain::settings::{ActiveSurvey, EMPLOYEE_FILE};

use super::PlanState;
use crate::admin::change_row::ChangeRow;
use crate::admin::context::Admin;
use crate::admin::too_few::TooFew;
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::{admin as admin_text, data, fill, plan as text, pulse_error, report, verdict};
use crate::results::{baseline, whole_centre};
use crate::storage;

#[component]
pub fn PulseBlock() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let state = expect_context::<PlanState>();
    let words = move || text(admin.language.get());
    let message = RwSignal::new(None::<String>);
    let running = admin.settings.get_untracked().survey() == ActiveSurvey::PlanPulse;
    let made = RwSignal::new(storage::read(keys::PLAN_PULSE).is_some());
    let make = move |_| {
        let language = admin.language.get_untracked();
        let json = state.employee_json.get_value();
        let outcome = state
            .plan
            .with_untracked(|plan| pulse_definition(plan, EMPLOYEE_FILE, &json));
        message.set(Some(match outcome {
            Ok((definition, survey)) => match storage::write(keys::PLAN_PULSE, &definition) {
                Ok(()) => {
                    made.set(true);
                    fill(text(language).pulse_made, &[("questions", &survey.item_count())])
                }
                Err(fault) => format!(
                    "{}{}",
                    admin_text(language).cannot_save,
                    storage_fault(fault, language)
                ),
            },
            Err(error) => pulse_error(&error, language),
        }));
    };
    let run = move |_| {
        let settings = admin
            .settings
            .get_untracked()
            .with_survey(ActiveSurvey::PlanPulse);
        if admin.save_settings(settings).is_ok() {
            let _ = window().location().reload();
        }
    };
    view! {
        <section class="data-block plan-pulse">
            <h2>{move || words().pulse_title}</h2>
            <p class="hint">{move || words().pulse_help}</p>
            <button class="primary" id="make-pulse" on:click=make>{move || words().make_pulse}</button>
            " "
            <Show when=move || made.get() && !running>
                <button class="secondary" id="run-pulse" on:click=run>{move || words().run_pulse}</button>
            </Show>
            <p class="form-message" role="status" id="pulse-message">{move || message.get()}</p>
            <Show when=move || running>
                <p class="notice" id="pulse-running">{move || words().pulse_running}</p>
            </Show>
        </section>
    }
}

#[component]
pub fn Effects() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let state = expect_context::<PlanState>();
    let language = admin.language.get_untracked();
    let words = text(language);
    let change_words = data(language);
    let survey = admin.survey.get_value();
    let whole = whole_centre(admin);
    let minimum = admin.settings.get_untracked().min_respondents();
    let base = baseline(admin);
    let body = move || {
        let Some(base) = &base else {
            return view! { <p class="hint">{words.effect_needs}</p> }.into_any();
        };
        let scores = match &whole {
            Ok(whole) => &whole.scores,
            Err(error) => return view! { <TooFew error=*error /> }.into_any(),
        };
        state.plan.with(|plan| match effects(plan, &survey, scores, base, minimum) {
            Err(too_few) => view! {
                <p class="too-few">{fill(report(language).too_few, &[("respondents", &too_few.respondents), ("minimum", &too_few.minimum)])}</p>
            }
            .into_any(),
            Ok(found) => found
                .into_iter()
                .map(|effect| {
                    let title = plan.measures[effect.measure].title.clone();
                    let rows = effect
                        .items
                        .iter()
                        .map(|change| view! { <ChangeRow change=change.clone() /> })
                        .collect_view();
                    view! {
                        <div class="effect" data-measure=effect.measure>
                            <h3>{title}</h3>
                            <p>
                                <strong class="verdict">{verdict(effect.verdict, language)}</strong>
                                {effect.mean_points.map(|points| format!(" · {}: {}", words.mean_change, format_difference(points)))}
                            </p>
                            <table class="change-table">
                                <thead><tr>
                                    <th scope="col">{change_words.item}</th>
                                    <th scope="col">{change_words.before} " %"</th>
                                    <th scope="col">{change_words.after} " %"</th>
                                    <th scope="col">{change_words.change}</th>
                                    <th scope="col"><span class="visually-hidden">{change_words.beyond_noise}</span></th>
                                </tr></thead>
                                <tbody>{rows}</tbody>
                            </table>
                        </div>
                    }
                })
                .collect_view()
                .into_any(),
        })
    };
    view! {
        <section class="data-block plan-effect" aria-labelledby="effect-title">
            <h2 id="effect-title">{words.effect_title}</h2>
            <p class="hint">{change_words.change_help}</p>
            {body}
        </section>
    }
}
