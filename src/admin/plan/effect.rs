//! Measuring the effect: the pulse survey made from the plan (stored for the kiosk to run),
//! and per measure its items before (the baseline) and now, with the noise test.

use leptos::prelude::*;
use yorisoi_domain::plan::effect::effects;
use yorisoi_domain::plan::pulse::pulse_definition;
use yorisoi_domain::records::keys;
use yorisoi_domain::result_list::format_difference;
use yorisoi_domain::scoring::format_percent;
use yorisoi_domain::settings::{ActiveSurvey, EMPLOYEE_FILE};
use yorisoi_domain::Share;

use super::PlanState;
use crate::admin::too_few::TooFew;
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::{admin, data, fill, plan as text, pulse_error, report, verdict};
use crate::kiosk::Kiosk;
use crate::results::{baseline, whole_centre};
use crate::storage;

#[component]
pub fn PulseBlock() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let state = expect_context::<PlanState>();
    let words = move || text(kiosk.language.get());
    let message = RwSignal::new(None::<String>);
    let running = kiosk.settings.get_untracked().survey() == ActiveSurvey::PlanPulse;
    let made = RwSignal::new(storage::read(keys::PLAN_PULSE).is_some());
    let make = move |_| {
        let language = kiosk.language.get_untracked();
        let json = state.employee_json.get_value();
        let outcome = state
            .plan
            .with_untracked(|plan| pulse_definition(plan, EMPLOYEE_FILE, &json));
        message.set(Some(match outcome {
            Ok((definition, survey)) => match storage::write(keys::PLAN_PULSE, &definition) {
                Ok(()) => {
                    made.set(true);
                    fill(text(language).pulse_made, survey.item_count(), "")
                }
                Err(fault) => format!(
                    "{}{}",
                    admin(language).cannot_save,
                    storage_fault(fault, language)
                ),
            },
            Err(error) => pulse_error(&error, language),
        }));
    };
    let run = move |_| {
        let settings = kiosk
            .settings
            .get_untracked()
            .with_survey(ActiveSurvey::PlanPulse);
        if kiosk.save_settings(settings).is_ok() {
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

fn percent(share: Share) -> String {
    share.percent().map_or("–".to_owned(), format_percent)
}

#[component]
pub fn Effects() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let state = expect_context::<PlanState>();
    let language = kiosk.language.get_untracked();
    let words = text(language);
    let change_words = data(language);
    let survey = kiosk.survey.get_value();
    let whole = whole_centre(kiosk);
    let minimum = kiosk.settings.get_untracked().min_respondents();
    let base = baseline(kiosk);
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
                <p class="too-few">{fill(report(language).too_few, too_few.respondents, too_few.minimum)}</p>
            }
            .into_any(),
            Ok(found) => found
                .into_iter()
                .map(|effect| {
                    let title = plan.measures[effect.measure].title.clone();
                    let rows = effect
                        .items
                        .iter()
                        .map(|change| {
                            let label = survey.item(&change.item_id).map(|item| item.text.get(language).to_owned());
                            view! {
                                <tr data-item=change.item_id.clone() class:beyond-noise=change.beyond_noise>
                                    <th scope="row">{label}</th>
                                    <td>{percent(change.before)} <span class="cell-n">{format!("n={}", change.before.of)}</span></td>
                                    <td>{percent(change.after)} <span class="cell-n">{format!("n={}", change.after.of)}</span></td>
                                    <td class="change">{format_difference(change.points)}</td>
                                    <td class="noise">{if change.beyond_noise { change_words.beyond_noise } else { change_words.within_noise }}</td>
                                </tr>
                            }
                        })
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
