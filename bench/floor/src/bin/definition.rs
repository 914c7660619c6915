//! Variant "definition": fetches surveys/employee.json, reads it with serde_json into the
//! least the first question needs (sections, items, scales) and renders that question.

use std::collections::HashMap;

use leptos::prelude::*;
use serde::Deserialize;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yorisoi_floor::{mark, Question};

#[derive(Deserialize)]
struct Definition {
    scales: HashMap<String, Scale>,
    sections: Vec<Section>,
}

#[derive(Deserialize)]
struct Section {
    items: Vec<Item>,
}

#[derive(Deserialize)]
struct Item {
    id: String,
    scale: String,
    text: Text,
}

/// Either listed options (agreement, choice) or a numbered range (score).
#[derive(Deserialize)]
struct Scale {
    #[serde(default)]
    options: Vec<ScaleOption>,
    min: Option<u8>,
    max: Option<u8>,
}

#[derive(Deserialize)]
struct ScaleOption {
    value: u8,
    label: Text,
}

#[derive(Deserialize)]
struct Text {
    ja: String,
}

/// What the page shows: the first question, or why there is none.
#[derive(Clone)]
enum Shown {
    Loading,
    Question(String, String, Vec<(u8, String)>),
    Unavailable,
}

async fn fetch_text(url: &str) -> Option<String> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .ok()?
        .unchecked_into();
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

fn first_question(json: &str) -> Option<Shown> {
    let definition: Definition = serde_json::from_str(json).ok()?;
    mark("floor:definition-parsed");
    let item = definition.sections.into_iter().next()?.items.into_iter().next()?;
    let scale = definition.scales.get(&item.scale)?;
    let options = match (scale.min, scale.max) {
        (Some(min), Some(max)) => (min..=max).map(|value| (value, value.to_string())).collect(),
        _ => scale
            .options
            .iter()
            .map(|option| (option.value, option.label.ja.clone()))
            .collect(),
    };
    Some(Shown::Question(item.id, item.text.ja, options))
}

fn main() {
    let shown = RwSignal::new(Shown::Loading);
    mount_to_body(move || {
        view! {
            <main>
                {move || match shown.get() {
                    Shown::Loading => view! { <p class="loading">"読み込み中…"</p> }.into_any(),
                    Shown::Question(id, text, options) => view! { <Question id text options /> }.into_any(),
                    Shown::Unavailable => view! { <p>"アンケートを読み込めませんでした"</p> }.into_any(),
                }}
            </main>
        }
    });
    leptos::task::spawn_local(async move {
        let json = fetch_text("surveys/employee.json").await;
        mark("floor:definition-fetched");
        shown.set(
            json.as_deref()
                .and_then(first_question)
                .unwrap_or(Shown::Unavailable),
        );
    });
}
