//! Which browser tab is which: each tab keeps its own draft, so two tabs of the kiosk never mix
//! two people's answers. A tab's id lives in its sessionStorage (kept over a reload); while the
//! tab is open it holds a Web Lock named after its draft (`window.yorisoiHoldTab`, src/boot.js),
//! so a newly opened tab can tell the draft of a closed or crashed tab (resumed) from the draft
//! of a tab still in use (left alone).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yorisoi_domain::records::keys;

use crate::crypto::new_id;
use crate::storage;

/// This tab, as the kiosk opens.
#[derive(Clone)]
pub struct Tab {
    pub id: String,
    /// Drafts no open tab is working on, oldest kiosk's single draft included.
    pub abandoned_drafts: Vec<String>,
}

/// Claims this tab's id (a duplicated tab, which copies the id, gets a new one) and finds the
/// drafts left by tabs that are gone.
pub async fn claim() -> Tab {
    let mut id = storage::tab::read(keys::TAB).unwrap_or_else(new_id);
    // Which drafts other tabs hold does not depend on this tab's own lock: both are asked at
    // once (one round trip to the browser less before the start screen; bench/surveyjs).
    let (held, mut live) = futures::future::join(hold(&keys::draft(&id)), live_locks()).await;
    if !held {
        // A duplicated tab waited for its lock: other tabs may have come or gone meanwhile.
        id = new_id();
        hold(&keys::draft(&id)).await;
        live = live_locks().await;
    }
    let _ = storage::tab::write(keys::TAB, &id);
    let own = keys::draft(&id);
    let abandoned_drafts = storage::keys_starting_with(keys::PREFIX)
        .into_iter()
        .filter(|key| keys::is_draft(key) && *key != own)
        // Without Web Locks (a page not served over HTTPS) no tab can be known to be alive:
        // any other draft is taken to be a crashed tab's, as a single-tab kiosk is.
        .filter(|key| {
            live.as_ref()
                .is_none_or(|live| !live.contains(&storage::stored_name(key)))
        })
        .collect();
    Tab { id, abandoned_drafts }
}

fn call(function: &str, argument: Option<&str>) -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let function: js_sys::Function = js_sys::Reflect::get(&window, &JsValue::from_str(function))
        .ok()?
        .dyn_into()
        .ok()?;
    let result = match argument {
        Some(argument) => function.call1(&JsValue::NULL, &JsValue::from_str(argument)),
        None => function.call0(&JsValue::NULL),
    };
    result.ok().map(js_sys::Promise::from)
}

/// Holds the lock named after `draft_key` for the life of this tab; false if another open tab
/// holds it.
async fn hold(draft_key: &str) -> bool {
    let Some(held) = call("yorisoiHoldTab", Some(&storage::stored_name(draft_key))) else {
        return true;
    };
    JsFuture::from(held)
        .await
        .ok()
        .and_then(|held| held.as_bool())
        .unwrap_or(true)
}

/// The names of the locks open tabs hold; `None` where the browser has no Web Locks.
async fn live_locks() -> Option<Vec<String>> {
    let names = JsFuture::from(call("yorisoiHeldTabs", None)?).await.ok()?;
    let names: js_sys::Array = names.dyn_into().ok()?;
    Some(names.iter().filter_map(|name| name.as_string()).collect())
}
