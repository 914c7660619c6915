//! The door to the administration: it loads the administration, a separate WebAssembly module
//! (`src/admin/`), only now, so that the survey never downloads the reports' code. The module
//! itself asks for the centre key's passphrase before it shows anything.

use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::i18n::admin;
use crate::kiosk::{Kiosk, Screen};

/// The event the administration module sends when the administrator leaves it.
pub const LEAVE_EVENT: &str = "yorisoi-admin-leave";

/// Loads the administration module into a container and hands it what only this page knows:
/// the language and the sealed responses held in memory because storage refused them.
#[component]
pub fn AdminDoor() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let root = NodeRef::<html::Div>::new();
    let problem = RwSignal::new(None::<&'static str>);
    // Settings changed in the administration (the idle time, the minimum) and a centre key
    // created there take effect at once.
    let leave = window_event_listener_untyped(LEAVE_EVENT, move |_| {
        kiosk.load_settings();
        spawn_local(async move { kiosk.key.set(crate::sealing_key::find().await) });
        kiosk.screen.set(Screen::Start);
    });
    on_cleanup(move || leave.remove());
    Effect::new(move |_| {
        let Some(root) = root.get() else { return };
        let unsaved: Vec<String> = kiosk
            .unsaved
            .get_untracked()
            .iter()
            .map(|sealed| sealed.to_json())
            .collect();
        let unsaved = serde_json::to_string(&unsaved).expect("records serialize");
        let language = kiosk.language.get_untracked().tag();
        spawn_local(async move {
            if open_module(root.into(), language, &unsaved).await.is_err() {
                problem.set(Some(admin(kiosk.language.get_untracked()).module_unavailable));
            }
        });
    });
    view! {
        <div id="admin-root" node_ref=root></div>
        {move || problem.get().map(|problem| view! {
            <p class="form-message" role="alert">{problem}</p>
            <button class="secondary leave" on:click=move |_| kiosk.screen.set(Screen::Start)>
                {move || admin(kiosk.language.get()).cancel}
            </button>
        })}
    }
}

/// Calls `window.yorisoiOpenAdmin` (src/boot.js), which imports the module relative to the page.
async fn open_module(root: JsValue, language: &str, unsaved: &str) -> Result<(), JsValue> {
    let open: js_sys::Function =
        js_sys::Reflect::get(&window(), &JsValue::from_str("yorisoiOpenAdmin"))?.dyn_into()?;
    let opened = open.call3(
        &JsValue::NULL,
        &root,
        &JsValue::from_str(language),
        &JsValue::from_str(unsaved),
    )?;
    JsFuture::from(js_sys::Promise::from(opened)).await.map(|_| ())
}
