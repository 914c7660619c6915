//! The administrator's area: locked by a PIN (set on first use, stored as a salted PBKDF2 hash),
//! then what the kiosk holds and its settings.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::pin::{check_new_pin, PinAttempts, PinRecord, PBKDF2_ITERATIONS, SALT_BYTES};
use yorisoi_domain::records::keys;
use yorisoi_domain::{Inventory, KioskSettings};

use super::analysis::AnalysisPage;
use super::change::ChangePage;
use super::data::DataPage;
use super::flash_report::FlashReportPage;
use super::ranking::RankingPage;
use super::representative::RepresentativePage;
use super::result_list::ResultListPage;
use crate::crypto;
use crate::i18n::{admin, fill, pages, report, PagesText};
use crate::kiosk::{now_ms, Kiosk, Screen};
use crate::results::AdminData;
use crate::storage;

/// The pages of the unlocked area.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AdminView {
    Overview,
    FlashReport,
    ResultList,
    Ranking,
    Analysis,
    Change,
    Representative,
    Data,
}

#[component]
pub fn AdminPage() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let unlocked = RwSignal::new(false);
    let text = move || admin(kiosk.language.get());
    move || {
        if unlocked.get() {
            view! { <UnlockedArea /> }.into_any()
        } else {
            view! {
                <section class="admin" aria-labelledby="admin-title">
                    <h1 id="admin-title">{move || text().title}</h1>
                    <PinGate unlocked />
                    <button class="secondary leave" on:click=move |_| kiosk.screen.set(Screen::Start)>
                        {move || text().cancel}
                    </button>
                </section>
            }
            .into_any()
        }
    }
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
            AdminView::Representative => view! { <RepresentativePage /> }.into_any(),
            AdminView::Data => view! { <DataPage /> }.into_any(),
        }}
        <button class="secondary leave" on:click=move |_| kiosk.screen.set(Screen::Start)>
            {move || admin(kiosk.language.get()).leave}
        </button>
    }
}

fn stored_pin() -> Option<PinRecord> {
    let json = storage::read(keys::PIN)?;
    match PinRecord::from_record(&json) {
        Ok(record) => Some(record),
        Err(_) => {
            // Kept for inspection; the administrator sets a new PIN.
            let _ = storage::set_aside(keys::PIN, &json);
            None
        }
    }
}

/// A password field that keeps its text in a signal.
#[component]
fn PinField(id: &'static str, label: Signal<&'static str>, value: RwSignal<String>) -> impl IntoView {
    view! {
        <label for=id>{label}</label>
        <input
            id=id
            type="password"
            inputmode="numeric"
            autocomplete="off"
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev))
        />
    }
}

#[component]
fn PinGate(unlocked: RwSignal<bool>) -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let text = move || admin(kiosk.language.get());
    let record = RwSignal::new(stored_pin());
    let pin = RwSignal::new(String::new());
    let pin_again = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);

    let set_pin = move |ev: SubmitEvent| {
        ev.prevent_default();
        let new_pin = pin.get_untracked();
        if let Err(error) = check_new_pin(&new_pin) {
            message.set(Some(error.0));
            return;
        }
        if new_pin != pin_again.get_untracked() {
            message.set(Some(text().pins_differ.to_owned()));
            return;
        }
        busy.set(true);
        spawn_local(async move {
            let salt = crypto::random_bytes::<SALT_BYTES>();
            let outcome = match crypto::pbkdf2(&new_pin, &salt, PBKDF2_ITERATIONS).await {
                Ok(hash) => {
                    let stored = PinRecord::new(&salt, PBKDF2_ITERATIONS, &hash);
                    storage::write(keys::PIN, &stored.to_record())
                        .map_err(|fault| format!("{}{fault:?}", text().cannot_save))
                }
                Err(error) => Err(error),
            };
            busy.set(false);
            match outcome {
                Ok(()) => unlocked.set(true),
                Err(error) => message.set(Some(error)),
            }
        });
    };

    let unlock = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Some(stored) = record.get_untracked() else {
            return;
        };
        let now = now_ms() as u64;
        let attempts = storage::read(keys::PIN_ATTEMPTS)
            .map_or_else(PinAttempts::default, |json| PinAttempts::from_record(&json, now));
        let wait_ms = attempts.wait_ms(now);
        if wait_ms > 0 {
            message.set(Some(fill(text().wait, wait_ms.div_ceil(1000), "")));
            return;
        }
        let entered = pin.get_untracked();
        busy.set(true);
        spawn_local(async move {
            let salt = stored.salt_bytes().unwrap_or_default();
            let result = crypto::pbkdf2(&entered, &salt, stored.iterations).await;
            busy.set(false);
            match result {
                Ok(hash) if stored.matches(&hash) => {
                    storage::remove(keys::PIN_ATTEMPTS);
                    unlocked.set(true);
                }
                Ok(_) => {
                    let now = now_ms() as u64;
                    let attempts = attempts.record_failure(now);
                    let _ = storage::write(keys::PIN_ATTEMPTS, &attempts.to_record());
                    let wait_secs = attempts.wait_ms(now).div_ceil(1000);
                    let mut said = text().wrong_pin.to_owned();
                    if wait_secs > 0 {
                        said.push(' ');
                        said.push_str(&fill(text().wait, wait_secs, ""));
                    }
                    pin.set(String::new());
                    message.set(Some(said));
                }
                Err(error) => message.set(Some(error)),
            }
        });
    };

    let setting = record.get_untracked().is_none();
    view! {
        <form class="pin-form" on:submit=move |ev| if setting { set_pin(ev) } else { unlock(ev) }>
            <h2>{move || if setting { text().set_pin_title } else { text().enter_pin_title }}</h2>
            {setting.then(|| view! { <p>{move || text().set_pin_help}</p> })}
            <PinField id="pin" label=Signal::derive(move || text().pin) value=pin />
            {setting.then(|| view! {
                <PinField id="pin-again" label=Signal::derive(move || text().pin_again) value=pin_again />
            })}
            <p class="form-message" role="alert">{move || message.get()}</p>
            <button class="primary" type="submit" disabled=move || busy.get()>
                {move || if busy.get() {
                    text().checking
                } else if setting {
                    text().save_pin
                } else {
                    text().unlock
                }}
            </button>
        </form>
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
    let drafts = usize::from(storage::read(keys::DRAFT).is_some());
    let used_kb = storage::used_characters() * 2 / 1024;
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
    let whole_number = |input: RwSignal<String>, what: &str| {
        input
            .get_untracked()
            .trim()
            .parse::<u32>()
            .map_err(|_| format!("{what} must be a whole number"))
    };
    let save_settings = move |ev: SubmitEvent| {
        ev.prevent_default();
        let outcome = (|| -> Result<KioskSettings, String> {
            let settings = kiosk
                .settings
                .get_untracked()
                .with_idle_timeout(whole_number(idle_input, "the idle time")?)
                .map_err(|error| error.0)?
                .with_min_respondents(whole_number(minimum_input, "the minimum number of respondents")?)
                .map_err(|error| error.0)?;
            Ok(settings)
        })()
        .and_then(|settings| {
            kiosk
                .save_settings(settings)
                .map_err(|fault| format!("{}{fault:?}", text().cannot_save))
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
        </dl>
        <form class="setting" on:submit=save_settings>
            <label for="idle-time">{move || text().idle_time} " (" {move || text().seconds} ")"</label>
            <input
                id="idle-time"
                type="number"
                inputmode="numeric"
                prop:value=move || idle_input.get()
                on:input=move |ev| idle_input.set(event_target_value(&ev))
            />
            <label for="min-respondents">{move || report(kiosk.language.get()).min_respondents}</label>
            <input
                id="min-respondents"
                type="number"
                inputmode="numeric"
                prop:value=move || minimum_input.get()
                on:input=move |ev| minimum_input.set(event_target_value(&ev))
            />
            <button class="primary" type="submit">{move || text().save}</button>
            <p class="form-message" role="status">{move || settings_message.get()}</p>
        </form>
    }
}
