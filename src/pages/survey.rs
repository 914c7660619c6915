//! The survey itself: one section at a time, then the review of unanswered items and submit.

use leptos::html;
use leptos::prelude::*;

use crate::components::{Progress, Question};
use crate::i18n::ui;
use yorisoi_domain::Item;

use crate::kiosk::Kiosk;

#[component]
pub fn SurveyPage() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let section_count = kiosk.survey.get_value().sections.len();
    let section = Memo::new(move |_| kiosk.draft.with(|draft| draft.as_ref().map(|d| d.section)));
    move || match section.get() {
        Some(index) if index < section_count => view! { <SectionPage index /> }.into_any(),
        Some(_) => view! { <ReviewPage /> }.into_any(),
        None => ().into_any(),
    }
}

/// A question answered into the draft of the person at the kiosk.
fn draft_question(kiosk: Kiosk, item: Item, number: usize) -> impl IntoView {
    let survey = kiosk.survey.get_value();
    let (choice_id, text_id, choose_id, write_id) =
        (item.id.clone(), item.id.clone(), item.id.clone(), item.id.clone());
    let chosen = Memo::new(move |_| {
        kiosk
            .draft
            .with(|draft| draft.as_ref().and_then(|d| d.answers.choice(&survey, &choice_id)))
    });
    let written = Memo::new(move |_| {
        kiosk.draft.with(|draft| {
            draft
                .as_ref()
                .and_then(|d| d.answers.text(&text_id).map(String::from))
        })
    });
    view! {
        <Question
            item
            number
            language=kiosk.language
            chosen
            written
            on_choose=Callback::new(move |value| kiosk.choose(&choose_id, value))
            on_write=Callback::new(move |text: String| kiosk.write(&write_id, &text))
        />
    }
}

/// Moves focus to a new page's heading, so that screen readers and keyboards start at the top.
fn focus_on_mount(heading: NodeRef<html::H1>) {
    Effect::new(move |_| {
        if let Some(heading) = heading.get() {
            window().scroll_to_with_x_and_y(0.0, 0.0);
            let _ = heading.focus();
        }
    });
}

#[component]
fn SectionPage(index: usize) -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let survey = kiosk.survey.get_value();
    let section = survey.sections[index].clone();
    let first_number = 1 + survey.sections[..index]
        .iter()
        .map(|s| s.items.len())
        .sum::<usize>();
    let is_last = index + 1 == survey.sections.len();
    let text = move || ui(kiosk.language.get());
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let title = section.title.clone();
    let questions = section
        .items
        .into_iter()
        .enumerate()
        .map(|(offset, item)| draft_question(kiosk, item, first_number + offset))
        .collect_view();
    view! {
        <section class="survey-section" aria-labelledby="section-title">
            <Progress section=index />
            <h1 id="section-title" tabindex="-1" node_ref=heading>{move || title.get(kiosk.language.get()).to_owned()}</h1>
            {questions}
            <nav class="steps">
                {(index > 0).then(|| view! {
                    <button class="secondary" on:click=move |_| kiosk.go_to(index - 1)>{move || text().back}</button>
                })}
                <button class="primary" on:click=move |_| kiosk.go_to(index + 1)>
                    {move || if is_last { text().to_review } else { text().next }}
                </button>
            </nav>
        </section>
    }
}

#[component]
fn ReviewPage() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let survey = kiosk.survey.get_value();
    let section_count = survey.sections.len();
    let text = move || ui(kiosk.language.get());
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading);
    let submitting = RwSignal::new(false);
    let unanswered = move || {
        let survey = kiosk.survey.get_value();
        let language = kiosk.language.get();
        kiosk.draft.with(|draft| {
            let Some(draft) = draft else { return Vec::new() };
            let mut number = 0;
            let mut rows = Vec::new();
            for (section_index, section) in survey.sections.iter().enumerate() {
                for item in &section.items {
                    number += 1;
                    if !item.scale.is_text() && !draft.answers.is_answered(&survey, item) {
                        rows.push((section_index, format!("{number}. {}", item.text.get(language))));
                    }
                }
            }
            rows
        })
    };
    view! {
        <section class="review" aria-labelledby="review-title">
            <Progress section=section_count - 1 />
            <h1 id="review-title" tabindex="-1" node_ref=heading>{move || text().review_title}</h1>
            {move || {
                let rows = unanswered();
                if rows.is_empty() {
                    view! { <p class="review-status">{text().review_all_answered}</p> }.into_any()
                } else {
                    view! {
                        <p class="review-status">{text().review_unanswered}</p>
                        <ul class="unanswered">
                            {rows.into_iter().map(|(section_index, label)| view! {
                                <li>
                                    <span>{label}</span>
                                    <button class="secondary" on:click=move |_| kiosk.go_to(section_index)>
                                        {text().answer_this}
                                    </button>
                                </li>
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <nav class="steps">
                <button class="secondary" on:click=move |_| kiosk.go_to(section_count - 1)>{move || text().back}</button>
                <button
                    class="primary"
                    disabled=move || submitting.get()
                    on:click=move |_| {
                        if !submitting.get_untracked() {
                            submitting.set(true);
                            kiosk.submit();
                        }
                    }
                >
                    {move || if submitting.get() { text().submitting } else { text().submit }}
                </button>
            </nav>
        </section>
    }
}
