//! One survey question as the kiosk draws it (src/components/question.rs): a fieldset of
//! labelled radio buttons whose choice lives in a signal. Shared by the two variants.

use leptos::prelude::*;

/// Records `name` on the page's performance timeline, as the app does (src/perf.rs).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}

/// A question: its id, its text and its options as (value, label).
#[component]
pub fn Question(id: String, text: String, options: Vec<(u8, String)>) -> impl IntoView {
    let chosen = RwSignal::new(None::<u8>);
    let radios = options
        .into_iter()
        .map(|(value, label)| {
            let name = id.clone();
            view! {
                <label class="option">
                    <input
                        type="radio"
                        name=name
                        value=value
                        prop:checked=move || chosen.get() == Some(value)
                        on:change=move |_| chosen.set(Some(value))
                    />
                    <span class="option-label">{label}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="question">
            <legend class="question-legend">{text}</legend>
            <div class="answers">
                <div class="options-list">{radios}</div>
            </div>
        </fieldset>
    }
}
