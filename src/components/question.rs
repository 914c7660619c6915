//! One survey item: a labelled radio group (fieldset and legend), or a text area for comments.
//! It shows the answer it is given and reports a new one; where answers live is the caller's.

use leptos::prelude::*;
use yorisoi_domain::{Item, Language, Scale};

use crate::i18n::{fill, ui};

#[component]
pub fn Question(
    item: Item,
    number: usize,
    /// The screen's language: the kiosk's, or the administration's.
    #[prop(into)]
    language: Signal<Language>,
    /// The value chosen so far (choice items).
    #[prop(into)]
    chosen: Signal<Option<u8>>,
    /// The text written so far (free-text items).
    #[prop(into)]
    written: Signal<Option<String>>,
    on_choose: Callback<u8>,
    on_write: Callback<String>,
    /// The question the review led to: marked while unanswered, and focusable from script.
    #[prop(optional)]
    sought: bool,
) -> impl IntoView {
    let text = item.text.clone();
    let legend = move || format!("{number}. {}", text.get(language.get()));
    let item_id = item.id.clone();
    let group_id = format!("item-{item_id}");
    let mark = move || {
        (sought && chosen.get().is_none())
            .then(|| view! { <span class="sought-mark">{ui(language.get()).not_answered_yet}</span> })
    };

    match item.scale {
        Scale::Text { max_length } => {
            let field_id = format!("q-{item_id}");
            let label_for = field_id.clone();
            let hint_id = format!("q-{item_id}-hint");
            let described_by = hint_id.clone();
            view! {
                <div class="question question-text">
                    <label class="question-legend" for=label_for>{legend}</label>
                    <textarea
                        id=field_id
                        rows="5"
                        maxlength=max_length
                        aria-describedby=described_by
                        prop:value=move || written.get().unwrap_or_default()
                        on:input=move |ev| on_write.run(event_target_value(&ev))
                    ></textarea>
                    <p class="hint" id=hint_id>{move || fill(ui(language.get()).comment_hint, &[("limit", &max_length)])}</p>
                </div>
            }
            .into_any()
        }
        scale => {
            let (options, ends, layout) = match scale {
                Scale::Agreement { options } | Scale::Choice { options } | Scale::Maturity { options } => {
                    let labelled: Vec<(u8, Option<yorisoi_domain::Text>)> = options
                        .into_iter()
                        .map(|option| (option.value, Some(option.label)))
                        .collect();
                    (labelled, None, "options-list")
                }
                Scale::Score {
                    min,
                    max,
                    min_label,
                    max_label,
                } => {
                    let numbered = (min..=max).map(|value| (value, None)).collect();
                    (numbered, Some((min, min_label, max, max_label)), "options-score")
                }
                Scale::Text { .. } => unreachable!("handled above"),
            };
            // The ends' meaning is part of the question: shown around the numbers and read out
            // with the group (aria-describedby).
            let ends_ids = ends.is_some().then(|| format!("q-{item_id}-min q-{item_id}-max"));
            let (low_end, high_end) = match ends {
                Some((min, low, max, high)) => (
                    Some(view! {
                        <p class="score-end score-min" id=format!("q-{item_id}-min")>
                            {move || format!("{min} = {}", low.get(language.get()))}
                        </p>
                    }),
                    Some(view! {
                        <p class="score-end score-max" id=format!("q-{item_id}-max")>
                            {move || format!("{max} = {}", high.get(language.get()))}
                        </p>
                    }),
                ),
                None => (None, None),
            };
            let radios = options
                .into_iter()
                .map(|(value, label)| {
                    let name = item_id.clone();
                    let input_id = format!("q-{item_id}-{value}");
                    let label_text = move || match &label {
                        Some(text) => text.get(language.get()).to_owned(),
                        None => value.to_string(),
                    };
                    // A class, not `:has(input:checked)` in the CSS: that selector made the
                    // browser re-check the page's styles at every answer (bench/surveyjs).
                    view! {
                        <label class="option" class:chosen=move || chosen.get() == Some(value)>
                            <input
                                type="radio"
                                id=input_id
                                name=name
                                value=value
                                prop:checked=move || chosen.get() == Some(value)
                                on:change=move |_| on_choose.run(value)
                            />
                            <span class="option-label">{label_text}</span>
                        </label>
                    }
                })
                .collect_view();
            view! {
                <fieldset
                    class="question"
                    class:sought=sought
                    id=group_id
                    tabindex=sought.then_some("-1")
                    aria-describedby=ends_ids
                >
                    <legend class="question-legend">{legend}{mark}</legend>
                    <div class="answers">
                        {low_end}
                        <div class=layout>{radios}</div>
                        {high_end}
                    </div>
                </fieldset>
            }
            .into_any()
        }
    }
}
