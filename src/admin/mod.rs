//! The administration: its own WebAssembly module (`src/bin/admin.rs`), loaded by the kiosk
//! only when asked for, so the survey path never carries the reports, charts or exports. It
//! opens behind the centre key's passphrase (`unlock/`).

mod analysis;
mod benchmark_note;
mod change;
pub(crate) mod change_row;
pub(crate) mod context;
mod data;
mod flash_report;
mod idle_lock;
pub(crate) mod inbox;
mod leanings;
mod overview;
mod plan;
mod ranking;
mod report_header;
mod representative;
pub(crate) mod responses;
mod result_list;
pub(crate) mod too_few;
mod unlock;

use std::cell::RefCell;

use leptos::mount::mount_to;
use leptos::prelude::*;
use yorisoi_domain::sealed::SealedRecord;
use yorisoi_domain::Language;

use crate::admin::context::Admin;
use crate::assets;
use crate::i18n::{admin as admin_text, pages, PagesText};
use crate::kiosk::active_survey;
use crate::pages::{LoadErrorPage, LEAVE_EVENT};
use crate::results::AdminData;
use analysis::AnalysisPage;
use change::ChangePage;
use data::DataPage;
use flash_report::FlashReportPage;
use idle_lock::IdleLock;
use leanings::LeaningsPage;
use overview::Dashboard;
use plan::PlanPage;
use ranking::RankingPage;
use representative::RepresentativePage;
use result_list::ResultListPage;
use unlock::UnlockGate;

type Mounted = leptos::mount::UnmountHandle<
    leptos::tachys::reactive_graph::RenderEffectState<leptos::tachys::view::any_view::AnyViewState>,
>;

thread_local! {
    /// The mounted administration, unmounted when the administrator leaves.
    static MOUNTED: RefCell<Option<Mounted>> = const { RefCell::new(None) };
}

/// Opens the administration's door in `root`. `language` is the kiosk's (`ja` or `en`);
/// `unsaved` the JSON list of sealed records the kiosk holds in memory only.
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
                let held: Vec<SealedRecord> = serde_json::from_str::<Vec<String>>(&unsaved)
                    .unwrap_or_default()
                    .iter()
                    .filter_map(|record| SealedRecord::parse(record).ok())
                    .collect();
                view! { <UnlockGate survey language held /> }.into_any()
            }
        }
    });
    MOUNTED.with(|mounted| mounted.replace(Some(handle)));
}

/// Unmounts the administration and tells the admin.
fn leave() {
    idle_lock::stop();
    MOUNTED.with(|mounted| mounted.take());
    Admin::forget_open();
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
    Leanings,
    Ranking,
    Analysis,
    Change,
    Plan,
    Representative,
    Data,
}

#[component]
fn UnlockedArea() -> impl IntoView {
    let admin = expect_context::<Admin>();
    provide_context(AdminData::load(admin));
    let shown = RwSignal::new(AdminView::Overview);
    let words = move || pages(admin.language.get());
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
            {tab(AdminView::Leanings, |w| w.leanings)}
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
                    <h1 id="admin-title">{move || admin_text(admin.language.get()).title}</h1>
                    <Dashboard />
                </section>
            }
            .into_any(),
            AdminView::FlashReport => view! { <FlashReportPage /> }.into_any(),
            AdminView::ResultList => view! { <ResultListPage /> }.into_any(),
            AdminView::Leanings => view! { <LeaningsPage /> }.into_any(),
            AdminView::Ranking => view! { <RankingPage /> }.into_any(),
            AdminView::Analysis => view! { <AnalysisPage /> }.into_any(),
            AdminView::Change => view! { <ChangePage /> }.into_any(),
            AdminView::Plan => view! { <PlanPage /> }.into_any(),
            AdminView::Representative => view! { <RepresentativePage /> }.into_any(),
            AdminView::Data => view! { <DataPage /> }.into_any(),
        }}
        <button class="secondary leave" on:click=move |_| leave()>
            {move || admin_text(admin.language.get()).leave}
        </button>
        <IdleLock />
    }
}
