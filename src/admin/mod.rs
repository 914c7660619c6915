//! The administration: its own WebAssembly module (`src/bin/admin.rs`), loaded by the kiosk
//! only after the PIN, so the survey path never carries the reports, charts or exports.

mod analysis;
mod change;
mod data;
mod flash_report;
mod plan;
mod ranking;
mod report_header;
mod representative;
mod result_list;
pub(crate) mod too_few;

use std::cell::RefCell;

use leptos::ev::SubmitEvent;
use leptos::mount::mount_to;
use leptos::prelude::*;
use yorisoi_domain::records::{keys, Response};
use yorisoi_domain::typed_number::whole_number;
use yorisoi_domain::{Inventory, KioskSettings, Language};

use crate::assets;
use crate::i18n::form_errors::{number_error, setting_error};
use crate::i18n::storage_faults::storage_fault;
use crate::i18n::{admin, pages, report, PagesText};
use crate::kiosk::{active_survey, Kiosk};
use crate::pages::{LoadErrorPage, LEAVE_EVENT};
use crate::results::AdminData;
use crate::storage;
use analysis::AnalysisPage;
use change::ChangePage;
use data::DataPage;
use flash_report::FlashReportPage;
use plan::PlanPage;
use ranking::RankingPage;
use representative::RepresentativePage;
use result_list::ResultListPage;

type Mounted = leptos::mount::UnmountHandle<
    leptos::tachys::reactive_graph::RenderEffectState<leptos::tachys::view::any_view::AnyViewState>,
>;

thread_local! {
    /// The mounted administration, unmounted when the administrator leaves.
    static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
}

/// Opens the administration in `root`. `language` is the kiosk's (`ja` or `en`); `unsaved` the
/// JSON list of response records the kiosk holds in memory only.
pub fn open(root: web_sys::HtmlElement, language: String, unsaved: String) {
    let language = if language == "en" {
        Language::En
    } else {
        Language::Ja
    };
    let active = active_survey();
    let handle = mount_to(root, move || {
        let survey = LocalResource::new(move || assets::load_active_survey(active));
        let unsaved = unsaved.clone();
        move || match survey.get() {
            None => ().into_any(),
            Some(Err(errors)) => view! { <LoadErrorPage errors /> }.into_any(),
            Some(Ok(survey)) => {
                let held: Vec<Response> = serde_json::from_str::<Vec<String>>(&unsaved)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|record| Response::from_record(&survey, record).ok())
                    .collect();
                provide_context(Kiosk::for_admin(survey, language, held));
                view! { <UnlockedArea /> }.into_any()
            }
        }
    });
    MOUNTED.with(|mounted| mounted.replace(Some(handle)));
}

/// Unmounts the administration and tells the kiosk.
fn leave() {
    MOUNTED.with(|mounted| mounted.take());
    if let Ok(event) = web_sys::Event::new(LEAVE_EVENT) {
        let _ = window().dispatch_event(&event);
    }
}

/// The pages of the unlocked area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AdminView {
    Overview,
    FlashReport,
    ResultList,
    Ranking,
    Analysis,
    Change,
    Plan,
    Representative,
    Data,
}

#[component]
fn UnlockedArea() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    provide_context(AdminData::load(kiosk));
    let shown = RwSignal::new(AdminView::Overview);
    let words = move || pages(kiosk.language.get());
    let tab = move |view: AdminView, label: fn(&PagesText) -> &'static str| {
        view! {
            <button
                class="tab"
                aria-current=move || (shown.get() == view).then_some("page")
                on:click=move |_| shown.set(view)
            >
                {move || label(words())}
            </button>
        }
    };
    view! {
        <nav class="admin-nav" aria-label=move || words().nav_label>
            {tab(AdminView::Overview, |w| w.overview)}
            {tab(AdminView::FlashReport, |w| w.flash_report)}
            {tab(AdminView::ResultList, |w| w.result_list)}
            {tab(AdminView::Ranking, |w| w.ranking)}
            {tab(AdminView::Analysis, |w| w.analysis)}
            {tab(AdminView::Change, |w| w.change)}
            {tab(AdminView::Plan, |w| w.plan)}
            {tab(AdminView::Representative, |w| w.representative)}
            {tab(AdminView::Data, |w| w.data)}
        </nav>
        {move || match shown.get() {
            AdminView::Overview => view! {
                <section class="admin" aria-labelledby="admin-title">
                    <h1 id="admin-title">{move || admin(kiosk.language.get()).title}</h1>
                    <Dashboard />
                </section>
            }
            .into_any(),
            AdminView::FlashReport => view! { <FlashReportPage /> }.into_any(),
            AdminView::ResultList => view! { <ResultListPage /> }.into_any(),
            AdminView::Ranking => view! { <RankingPage /> }.into_any(),
            AdminView::Analysis => view! { <AnalysisPage /> }.into_any(),
            AdminView::Change => view! { <ChangePage /> }.into_any(),
            AdminView::Plan => view! { <PlanPage /> }.into_any(),
            AdminView::Representative => view! { <RepresentativePage /> }.into_any(),
            AdminView::Data => view! { <DataPage /> }.into_any(),
        }}
        <button class="secondary leave" on:click=move |_| leave()>
            {move || admin(kiosk.language.get()).leave}
        </button>
    }
}

#[component]
fn Dashboard() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let text = move || admin(kiosk.language.get());
    let survey = kiosk.survey.get_value();
    let entries = storage::entries();
    let inventory = Inventory::scan(
        &survey,
        entries.iter().map(|(key, value)| (key.as_str(), value.as_str())),
    );
    let mut set_aside = inventory.set_aside;
    for (key, _reason) in &inventory.damaged {
        if let Some((_, value)) = entries.iter().find(|(stored_key, _)| stored_key == key) {
            if storage::set_aside(key, value).is_ok() {
                set_aside += 1;
            }
        }
    }
    let drafts = entries.iter().filter(|(key, _)| keys::is_draft(key)).count();
    let used_kb = storage::used_characters() * 2 / 1024;
    let persisted = LocalResource::new(storage::is_persisted);
    let counts = [
        ("count-responses", inventory.responses.len(), text().responses),
        (
            "count-other-versions",
            inventory.other_survey_responses,
            text().other_versions,
        ),
        ("count-drafts", drafts, text().drafts),
        ("count-set-aside", set_aside, text().set_aside),
        ("count-newer", inventory.newer.len(), text().newer),
    ];

    let current = kiosk.settings.get_untracked();
    let idle_input = RwSignal::new(current.idle_timeout_secs().to_string());
    let minimum_input = RwSignal::new(current.min_respondents().to_string());
    let settings_message = RwSignal::new(None::<String>);
    let save_settings = move |ev: SubmitEvent| {
        ev.prevent_default();
        let language = kiosk.language.get_untracked();
        let number = |input: RwSignal<String>, field: &str| {
            whole_number(&input.get_untracked()).map_err(|error| number_error(field, &error, language))
        };
        let outcome = (|| -> Result<KioskSettings, String> {
            let words = report(language);
            let idle = number(idle_input, text().idle_time)?;
            let minimum = number(minimum_input, words.min_respondents)?;
            kiosk
                .settings
                .get_untracked()
                .with_idle_timeout(idle)
                .and_then(|settings| settings.with_min_respondents(minimum))
                .map_err(|error| setting_error(&error, language))
        })()
        .and_then(|settings| {
            kiosk
                .save_settings(settings)
                .map_err(|fault| format!("{}{}", text().cannot_save, storage_fault(fault, language)))
        });
        settings_message.set(Some(
            outcome.map_or_else(|error| error, |()| text().saved.to_owned()),
        ));
    };
    view! {
        <dl class="counts">
            {counts.into_iter().map(|(id, count, label)| view! {
                <div class="count">
                    <dt>{label}</dt>
                    <dd id=id>{count}</dd>
                </div>
            }).collect_view()}
            <div class="count">
                <dt>{move || text().unsaved}</dt>
                <dd id="count-unsaved">{move || kiosk.unsaved.with(Vec::len)}</dd>
            </div>
            <div class="count">
                <dt>{move || text().storage_used}</dt>
                <dd id="storage-used">{format!("{used_kb} KB")}</dd>
            </div>
            <div class="count">
                <dt>{move || text().persistence}</dt>
                <dd id="storage-persisted">
                    {move || match persisted.get().flatten() {
                        Some(true) => text().persistence_granted,
                        Some(false) => text().persistence_refused,
                        None => "",
                    }}
                </dd>
            </div>
        </dl>
        <form class="setting" on:submit=save_settings>
            <label for="idle-time">{move || text().idle_time} " (" {move || text().seconds} ")"</label>
            // Text, not number: a Japanese keyboard's full-width digits must reach the domain,
            // which reads them.
            <input id="idle-time" type="text" inputmode="numeric" bind:value=idle_input />
            <label for="min-respondents">{move || report(kiosk.language.get()).min_respondents}</label>
            <input id="min-respondents" type="text" inputmode="numeric" bind:value=minimum_input />
            <button class="primary" type="submit">{move || text().save}</button>
            <p class="form-message" role="status">{move || settings_message.get()}</p>
        </form>
    }
}
