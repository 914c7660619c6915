//! The representative's survey and the centre profile, saved as they are typed and editable
//! later.

use std::sync::Arc;

use leptos::prelude::*;
use yorisoi_domain::profile::Percent;
use yorisoi_domain::team_rates::TEAM_ATTRIBUTE;
use yorisoi_domain::typed_number::{decimal, whole_number, NumberError};
use yorisoi_domain::{Item, Response, Scale, SizeCategory, SurveyDefinition, Text};

use crate::admin::context::Admin;
use crate::components::Question;
use crate::i18n::form_errors::{number_error, percent_error};
use crate::i18n::pages;
use crate::i18n::storage_faults::storage_fault;
use crate::pages::LoadErrorPage;
use crate::results::{representative_response, save_representative, AdminData};

#[component]
pub fn RepresentativePage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let data = expect_context::<AdminData>();
    let words = move || pages(admin.language.get());
    view! {
        <section class="representative" aria-labelledby="representative-title">
            <h1 id="representative-title">{move || words().representative}</h1>
            <ProfileForm />
            {move || match data.representative.get() {
                None => ().into_any(),
                Some(Ok(survey)) => view! { <RepresentativeSurvey survey /> }.into_any(),
                Some(Err(errors)) => view! { <LoadErrorPage errors /> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn ProfileForm() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let words = move || pages(admin.language.get());
    let stored = admin.profile.get_untracked();
    let name = RwSignal::new(stored.name.clone());
    let industry = RwSignal::new(stored.industry.clone());
    let headcount = RwSignal::new(stored.headcount.map(|n| n.to_string()).unwrap_or_default());
    let percent_text = |percent: Option<Percent>| percent.map(|p| p.value().to_string()).unwrap_or_default();
    let satisfaction = RwSignal::new(percent_text(stored.customer_satisfaction));
    let turnover = RwSignal::new(percent_text(stored.turnover_rate));
    let size = RwSignal::new(stored.size);
    // One field per team the survey offers, where it has the team attribute.
    let teams: Vec<(u8, Text, RwSignal<String>)> =
        admin
            .survey
            .with_value(|survey| match survey.item(TEAM_ATTRIBUTE) {
                Some(Item {
                    scale: Scale::Choice { options },
                    ..
                }) => options
                    .iter()
                    .map(|option| {
                        let typed = stored
                            .team_headcounts
                            .get(&option.value)
                            .map(u32::to_string)
                            .unwrap_or_default();
                        (option.value, option.label.clone(), RwSignal::new(typed))
                    })
                    .collect(),
                _ => Vec::new(),
            });
    let team_fields = StoredValue::new(teams.clone());
    let problem = RwSignal::new(None::<String>);
    // Every change is checked and saved at once; a refused one leaves the stored profile as it was.
    let save = move || {
        let language = admin.language.get_untracked();
        let words = pages(language);
        let optional_number = |value: RwSignal<String>, field: &str| -> Result<Option<f64>, String> {
            match decimal(&value.get_untracked()) {
                Ok(number) => Ok(Some(number)),
                Err(NumberError::Empty) => Ok(None),
                Err(error) => Err(number_error(field, &error, language)),
            }
        };
        let optional_percent = |value: RwSignal<String>, field: &str| -> Result<Option<Percent>, String> {
            optional_number(value, field)?
                .map(|number| Percent::new(number).map_err(|error| percent_error(field, &error, language)))
                .transpose()
        };
        let outcome = (|| -> Result<(), String> {
            let headcount = match whole_number(&headcount.get_untracked()) {
                Ok(count) => Some(count),
                Err(NumberError::Empty) => None,
                Err(error) => return Err(number_error(words.headcount, &error, language)),
            };
            let mut profile = admin.profile.get_untracked();
            profile.name = name.get_untracked();
            profile.size = size.get_untracked();
            profile.headcount = headcount;
            profile.industry = industry.get_untracked();
            profile.customer_satisfaction = optional_percent(satisfaction, words.customer_satisfaction)?;
            profile.turnover_rate = optional_percent(turnover, words.turnover_rate)?;
            profile.team_headcounts.clear();
            for (value, label, typed) in team_fields.get_value() {
                match whole_number(&typed.get_untracked()) {
                    Ok(count) => {
                        profile.team_headcounts.insert(value, count);
                    }
                    Err(NumberError::Empty) => {}
                    Err(error) => return Err(number_error(label.get(language), &error, language)),
                }
            }
            admin.save_profile(profile)
        })();
        problem.set(outcome.err());
    };
    let text_field = move |id: &'static str,
                           label: fn(&'static crate::i18n::PagesText) -> &'static str,
                           value: RwSignal<String>| {
        view! {
            <label for=id>{move || label(words())}</label>
            <input
                id=id
                type="text"
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    save();
                }
            />
        }
    };
    view! {
        <form class="profile-form" on:submit=|ev| ev.prevent_default()>
            <h2>{move || words().profile}</h2>
            <p class="hint">{move || words().saved_as_typed}</p>
            {text_field("centre-name", |w| w.centre_name, name)}
            <label for="centre-size">{move || words().centre_size}</label>
            <select
                id="centre-size"
                on:change=move |ev| {
                    let chosen = event_target_value(&ev);
                    if let Some(chosen) = SizeCategory::ALL.into_iter().find(|s| s.id() == chosen) {
                        size.set(chosen);
                        save();
                    }
                }
            >
                {SizeCategory::ALL.into_iter().map(|option| view! {
                    <option value=option.id() selected=move || size.get() == option>
                        {move || option.name(admin.language.get())}
                    </option>
                }).collect_view()}
            </select>
            {text_field("headcount", |w| w.headcount, headcount)}
            {text_field("industry", |w| w.industry, industry)}
            {text_field("customer-satisfaction", |w| w.customer_satisfaction, satisfaction)}
            {text_field("turnover-rate", |w| w.turnover_rate, turnover)}
            <p class="hint">{move || words().outcomes_help}</p>
            {(!teams.is_empty()).then(|| view! {
                <fieldset class="team-headcounts">
                    <legend>{move || words().team_headcounts}</legend>
                    {teams.into_iter().map(|(value, label, typed)| {
                        let id = format!("team-headcount-{value}");
                        view! {
                            <label for=id.clone()>{move || label.get(admin.language.get()).to_owned()}</label>
                            <input
                                id=id
                                type="text"
                                inputmode="numeric"
                                prop:value=move || typed.get()
                                on:input=move |ev| {
                                    typed.set(event_target_value(&ev));
                                    save();
                                }
                            />
                        }
                    }).collect_view()}
                </fieldset>
            })}
            <p class="form-message" role="alert">{move || problem.get()}</p>
        </form>
    }
}

#[component]
fn RepresentativeSurvey(survey: Arc<SurveyDefinition>) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let words = move || pages(admin.language.get());
    let response = RwSignal::new(representative_response(&survey));
    let problem = RwSignal::new(None::<String>);
    let stored_survey = StoredValue::new(survey.clone());
    let change = move |update: &dyn Fn(&SurveyDefinition, &mut Response)| {
        let survey = stored_survey.get_value();
        response.update(|response| update(&survey, response));
        problem.set(
            save_representative(&survey, &response.get_untracked())
                .err()
                .map(|fault| storage_fault(fault, admin.language.get_untracked()).to_owned()),
        );
    };
    let mut number = 0;
    let sections = survey
        .sections
        .iter()
        .map(|section| {
            let title = section.title.clone();
            let questions = section
                .items
                .iter()
                .map(|item| {
                    number += 1;
                    let (choice_id, choose_id, write_id) =
                        (item.id.clone(), item.id.clone(), item.id.clone());
                    let survey = survey.clone();
                    let chosen = Memo::new(move |_| response.with(|r| r.answers.choice(&survey, &choice_id)));
                    view! {
                        <Question
                            item=item.clone()
                            number
                            language=admin.language
                            chosen
                            written=Signal::derive(|| None::<String>)
                            on_choose=Callback::new(move |value| {
                                change(&|survey, response| {
                                    let _ = response.answers.choose(survey, &choose_id, value);
                                })
                            })
                            on_write=Callback::new(move |text: String| {
                                change(&|survey, response| {
                                    let _ = response.answers.write(survey, &write_id, &text);
                                })
                            })
                        />
                    }
                })
                .collect_view();
            view! {
                <section class="practice-section">
                    <h2>{move || title.get(admin.language.get()).to_owned()}</h2>
                    {questions}
                </section>
            }
        })
        .collect_view();
    view! {
        <div class="representative-survey">
            <p class="hint">{move || words().representative_help} " " {move || words().saved_as_typed}</p>
            <p class="form-message" role="alert">{move || problem.get()}</p>
            {sections}
        </div>
    }
}
