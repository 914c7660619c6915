//! The root: load the survey definition, then run the kiosk or show why it cannot run.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::SurveyDefinition;

use crate::assets;
use crate::components::{IdleGuard, Notices};
use crate::kiosk::{active_survey, Kiosk, Screen};
use crate::pages::{AdminDoor, LoadErrorPage, StartPage, SurveyPage, ThanksPage};
use crate::sealing_key::KeyState;
use crate::tabs::{self, Tab};
use crate::{outbox, perf, sealing_key, storage};

/// How often the outbox tries again while responses wait for a host that is down.
const OUTBOX_RETRY: Duration = Duration::from_secs(30);

/// Told to src/boot.js once the first screen is up: the page is idle enough to cache the
/// administration in the background.
const SHOWN_EVENT: &str = "yorisoi-shown";

#[component]
pub fn App() -> impl IntoView {
    storage::adopt_shared_entries();
    // The kiosk runs the survey the administrator chose: the full one or a pulse survey.
    let active = active_survey();
    // The tab, the definition and the centre key at once (index.html preloads both files): the
    // start screen then shows with its start button in one render.
    let start = LocalResource::new(move || async move {
        let (tab, survey, key) = futures::future::join3(
            async {
                let tab = tabs::claim().await;
                perf::mark("yorisoi:tab-claimed");
                tab
            },
            assets::load_active_survey(active),
            async {
                let key = sealing_key::find().await;
                perf::mark("yorisoi:key-checked");
                key
            },
        )
        .await;
        survey.map(|survey| (survey, tab, key))
    });
    move || match start.get() {
        None => view! { <p class="loading" aria-live="polite">"読み込み中… Loading…"</p> }.into_any(),
        Some(Ok((survey, tab, key))) => view! { <KioskApp survey tab key /> }.into_any(),
        Some(Err(errors)) => view! { <LoadErrorPage errors /> }.into_any(),
    }
}

#[component]
fn KioskApp(survey: SurveyDefinition, tab: Tab, key: KeyState) -> impl IntoView {
    let kiosk = Kiosk::open(survey, tab);
    kiosk.key.set(key);
    provide_context(kiosk);
    spawn_local(async {
        outbox::flush().await;
    });
    // Responses waiting for the intranet host go on reconnect, and now and then.
    let flush = || {
        spawn_local(async {
            outbox::flush().await;
        })
    };
    let online = window_event_listener_untyped("online", move |_| flush());
    let retry = set_interval_with_handle(flush, OUTBOX_RETRY).ok();
    Effect::new(move |_| {
        perf::mark("yorisoi:start-shown");
        if let Ok(event) = web_sys::Event::new(SHOWN_EVENT) {
            let _ = window().dispatch_event(&event);
        }
    });

    Effect::new(move |_| {
        let tag = kiosk.language.get().tag();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", tag);
        }
    });
    // Any touch, click or key counts as the person still being there.
    let pointer = window_event_listener(leptos::ev::pointerdown, move |_| kiosk.touch());
    let key = window_event_listener(leptos::ev::keydown, move |_| kiosk.touch());
    on_cleanup(move || {
        pointer.remove();
        key.remove();
        online.remove();
        if let Some(retry) = retry {
            retry.clear();
        }
    });

    view! {
        <Notices />
        <main class="screen">
            {move || match kiosk.screen.get() {
                Screen::Start => view! { <StartPage /> }.into_any(),
                Screen::Answering => view! { <SurveyPage /> <IdleGuard /> }.into_any(),
                Screen::Thanks => view! { <ThanksPage /> }.into_any(),
                Screen::Admin => view! { <AdminDoor /> }.into_any(),
            }}
        </main>
    }
}
