//! The action plan (改善計画): measures started from the priorities, their tasks on a weekly
//! schedule, the plan file, and the pulse survey that measures the effect. The rules are the
//! domain's (`yorisoi_domain::plan`); this page edits, shows and stores.

mod editor;
mod effect;
mod schedule;

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yorisoi_domain::plan::file::{plan_file, read_plan_file, PlanFileError, MAX_PLAN_BYTES};
use yorisoi_domain::plan::sheet::schedule_csv;
use yorisoi_domain::plan::{ActionPlan, Date, PlanError};
use yorisoi_domain::records::{keys, RecordError};
use yorisoi_domain::settings::EMPLOYEE_FILE;
use yorisoi_domain::SurveyDefinition;

use crate::admin::context::Admin;
use crate::assets;
use crate::download::save_file;
use crate::i18n::file_errors::save_error;
use crate::i18n::load_errors::{definition_errors, fetch_error};
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::{admin, file_error, pages, plan as text, plan_error, report};
use crate::storage;
use editor::{MeasureList, PlanSettings, StartMeasure};
use effect::{Effects, PulseBlock};
use schedule::Schedule;

/// The plan being edited, and the full survey its items belong to.
#[derive(Clone, Copy)]
struct PlanState {
    plan: RwSignal<ActionPlan>,
    /// The rules the plan as edited breaks: it is stored only without any.
    errors: RwSignal<Vec<PlanError>>,
    message: RwSignal<Option<String>>,
    employee: StoredValue<Arc<SurveyDefinition>>,
    employee_json: StoredValue<Arc<String>>,
    /// Today's date on this device, and the plan week it falls in.
    today: Date,
    admin: Admin,
}

impl PlanState {
    /// Changes the plan, then stores it if it keeps every rule; otherwise the stored plan stays
    /// as it was and the errors are shown.
    fn edit(self, change: impl FnOnce(&mut ActionPlan)) {
        self.plan.update(change);
        let plan = self.plan.get_untracked();
        let language = self.admin.language.get_untracked();
        match plan.validate(&self.employee.get_value()) {
            Ok(()) => {
                self.errors.set(Vec::new());
                self.message
                    .set(Some(match storage::write(keys::PLAN, &plan.to_record()) {
                        Ok(()) => text(language).saved.to_owned(),
                        Err(fault) => format!(
                            "{}{}",
                            admin(language).cannot_save,
                            storage_fault(fault, language)
                        ),
                    }));
            }
            Err(errors) => {
                self.errors.set(errors);
                self.message.set(None);
            }
        }
    }

    fn week(self) -> u32 {
        self.plan.with(|plan| plan.week_of(self.today)).unwrap_or(0)
    }
}

/// Today on the device's clock, as the domain reads dates.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        i64::from(now.get_full_year()),
        i64::from(now.get_month()) + 1,
        i64::from(now.get_date()),
    )
    .expect("the clock gives a real day")
}

/// What storage holds: the plan, or a new one starting this week. A damaged record was set aside
/// when the administration opened (`Admin::open`); reading here never writes.
enum Stored {
    Plan(ActionPlan),
    Fresh { damaged: bool },
    Newer,
}

fn stored_plan(admin: Admin) -> Stored {
    let Some(json) = storage::read(keys::PLAN) else {
        return Stored::Fresh {
            damaged: admin.plan_set_aside,
        };
    };
    match ActionPlan::from_record(&json) {
        Ok(plan) => Stored::Plan(plan),
        Err(RecordError::NewerSchema(_)) => Stored::Newer,
        Err(RecordError::Corrupt(_) | RecordError::OtherSurvey(_)) => Stored::Fresh { damaged: true },
    }
}

#[component]
pub fn PlanPage() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let words = move || text(admin.language.get());
    // The plan is about the full survey's items, whichever survey the admin runs now.
    let employee = LocalResource::new(move || async move {
        let json = assets::load_survey_text(EMPLOYEE_FILE)
            .await
            .map_err(|error| fetch_error(error, admin.language.get_untracked()))?;
        let survey = SurveyDefinition::parse(EMPLOYEE_FILE, &json)
            .map_err(|errors| definition_errors(&errors, admin.language.get_untracked()))?;
        Ok::<_, String>((Arc::new(json), Arc::new(survey)))
    });
    view! {
        <section class="plan-page" aria-labelledby="plan-title">
            <h1 id="plan-title">{move || words().title}</h1>
            <p class="hint plan-help">{move || words().help}</p>
            {move || match employee.get() {
                None => ().into_any(),
                Some(Err(problem)) => view! { <p class="form-message" role="alert">{problem}</p> }.into_any(),
                Some(Ok((json, survey))) => match stored_plan(admin) {
                    Stored::Newer => view! { <p class="notice" role="status">{words().newer_plan}</p> }.into_any(),
                    Stored::Plan(plan) => view! { <PlanEditor plan json survey damaged=false /> }.into_any(),
                    Stored::Fresh { damaged } => {
                        let plan = ActionPlan::new(today().monday_of_week());
                        view! { <PlanEditor plan json survey damaged /> }.into_any()
                    }
                },
            }}
        </section>
    }
}

#[component]
fn PlanEditor(
    plan: ActionPlan,
    json: Arc<String>,
    survey: Arc<SurveyDefinition>,
    damaged: bool,
) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let words = move || text(admin.language.get());
    let state = PlanState {
        plan: RwSignal::new(plan),
        errors: RwSignal::new(Vec::new()),
        message: RwSignal::new(damaged.then(|| words().damaged_plan.to_owned())),
        employee: StoredValue::new(survey),
        employee_json: StoredValue::new(json),
        today: today(),
        admin,
    };
    provide_context(state);
    let file_message = RwSignal::new(None::<String>);
    let download_csv = move |_| {
        let csv = state
            .plan
            .with(|plan| schedule_csv(plan, admin.language.get_untracked()));
        let saved = save_file("yorisoi-action-plan.csv", &csv, "text/csv;charset=utf-8");
        file_message.set(
            saved
                .err()
                .map(|error| save_error(&error, admin.language.get_untracked())),
        );
    };
    let export = move |_| {
        let (name, contents) = state
            .plan
            .with(|plan| (format!("yorisoi-plan-{}.json", plan.start), plan_file(plan)));
        let saved = save_file(&name, &contents, "application/json");
        file_message.set(
            saved
                .err()
                .map(|error| save_error(&error, admin.language.get_untracked())),
        );
    };
    let import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement =
            ev.target().expect("an input event has a target").unchecked_into();
        spawn_local(async move {
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let language = admin.language.get_untracked();
            let outcome = if file.size() > MAX_PLAN_BYTES as f64 {
                Err(PlanFileError::TooLarge {
                    bytes: file.size() as usize,
                })
            } else {
                let contents = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|text| text.as_string());
                contents
                    .ok_or(PlanFileError::NotJson)
                    .and_then(|contents| read_plan_file(contents.as_bytes(), &state.employee.get_value()))
            };
            file_message.set(Some(match outcome {
                Ok(plan) => match storage::write(keys::PLAN, &plan.to_record()) {
                    Ok(()) => {
                        state.plan.set(plan);
                        state.errors.set(Vec::new());
                        format!("{}{}", text(language).imported, file.name())
                    }
                    Err(fault) => format!("{}{}", text(language).refused, storage_fault(fault, language)),
                },
                Err(error) => format!("{}{}", text(language).refused, file_error(&error, language)),
            }));
        });
    };
    let errors = move || {
        let language = admin.language.get();
        state.errors.with(|errors| {
            (!errors.is_empty()).then(|| {
                view! {
                    <div class="plan-errors" role="alert">
                        <p>{text(language).not_saved}</p>
                        <ul>{errors.iter().map(|error| view! { <li>{plan_error(error, language)}</li> }).collect_view()}</ul>
                    </div>
                }
            })
        })
    };
    view! {
        <div class="report-actions plan-actions">
            <button class="secondary" id="plan-csv" on:click=download_csv>{move || pages(admin.language.get()).download_csv}</button>
            <button class="primary" id="plan-print" on:click=move |_| { let _ = window().print(); }>{move || report(admin.language.get()).print}</button>
        </div>
        <p class="form-message" role="status" id="plan-message">{move || state.message.get()}</p>
        {errors}
        <PlanSettings />
        <StartMeasure />
        <MeasureList />
        <Schedule />
        <PulseBlock />
        <Effects />
        <section class="data-block plan-file">
            <h2>{move || words().plan_file_title}</h2>
            <button class="secondary" id="plan-export" on:click=export>{move || words().export_plan}</button>
            <label for="plan-import">{move || words().import_plan}</label>
            <input id="plan-import" type="file" accept=".json,application/json" on:change=import />
            <p class="form-message" role="status" id="plan-file-message">{move || file_message.get()}</p>
        </section>
    }
}
