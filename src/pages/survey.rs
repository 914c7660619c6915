//! The survey itself: one section at a time, then the review of unanswered items and submit.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::{AgreementGrid, Progress, Question};
use crate::i18n::ui;
use yorisoi_domain::{Item, Scale};

use crate::kiosk::Kiosk;

/// Set when the person left the review for an unanswered question (its id): that question is
/// shown and marked, and every section offers the way straight back to the review. Kept in
/// memory only: after a reload the survey simply goes on from the section.
#[derive(Clone, Copy)]
struct FromReview(RwSignal<Option<String>>);

#[component]
pub fn SurveyPage() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    provide_context(FromReview(RwSignal::new(None)));
    let section_count = kiosk.survey.get_value().sections.len();
    let section = Memo::new(move |_| kiosk.draft.with(|draft| draft.as_ref().map(|d| d.section)));
    move || match section.get() {
        Some(index) if index < section_count => view! { <SectionPage index /> }.into_any(),
        Some(_) => view! { <ReviewPage /> }.into_any(),
        None => ().into_any(),
    }
}

/// The section's items as shown: a run of agreement items on one scale together (a grid on wide
/// screens), every other item on its own.
fn item_groups(items: Vec<(usize, Item)>) -> Vec<Vec<(usize, Item)>> {
    let mut groups: Vec<Vec<(usize, Item)>> = Vec::new();
    for (number, item) in items {
        match groups.last_mut() {
            Some(group)
                if matches!(item.scale, Scale::Agreement { .. }) && group[0].1.scale == item.scale =>
            {
                group.push((number, item))
            }
            _ => groups.push(vec![(number, item)]),
        }
    }
    groups
}

/// A question answered into the draft of the person at the kiosk.
fn draft_question(kiosk: Kiosk, item: Item, number: usize, sought: bool) -> impl IntoView {
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
            sought
        />
    }
}

/// Moves focus to a new page's heading, so that screen readers and keyboards start at the top;
/// or, when the review led here, to the question it named.
fn focus_on_mount(heading: NodeRef<html::H1>, sought: Option<String>) {
    Effect::new(move |_| {
        let Some(heading) = heading.get() else { return };
        let question = sought
            .as_ref()
            .and_then(|id| document().get_element_by_id(&format!("item-{id}")))
            .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok());
        match question {
            Some(question) => {
                question.scroll_into_view();
                let _ = question.focus();
            }
            None => {
                window().scroll_to_with_x_and_y(0.0, 0.0);
                let _ = heading.focus();
            }
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
    let section_count = survey.sections.len();
    let is_last = index + 1 == section_count;
    let text = move || ui(kiosk.language.get());
    let FromReview(from_review) = expect_context::<FromReview>();
    let sought = from_review.get_untracked();
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading, sought.clone());
    let title = section.title.clone();
    let numbered = (first_number..).zip(section.items).collect();
    let questions = item_groups(numbered)
        .into_iter()
        .map(|group| {
            let agreement = match &group[0].1.scale {
                Scale::Agreement { options } => Some(options.clone()),
                _ => None,
            };
            let rows = group
                .into_iter()
                .map(|(number, item)| {
                    let is_sought = sought.as_deref() == Some(item.id.as_str());
                    draft_question(kiosk, item, number, is_sought)
                })
                .collect_view();
            match agreement {
                Some(options) => view! {
                    <AgreementGrid options language=kiosk.language>{rows}</AgreementGrid>
                }
                .into_any(),
                None => rows.into_any(),
            }
        })
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
                {match sought {
                    Some(_) => view! {
                        <button class="secondary" on:click=move |_| kiosk.go_to(index + 1)>
                            {move || if is_last { text().to_review } else { text().next }}
                        </button>
                        <button class="primary back-to-review" on:click=move |_| kiosk.go_to(section_count)>
                            {move || text().back_to_review}
                        </button>
                    }
                    .into_any(),
                    None => view! {
                        <button class="primary" on:click=move |_| kiosk.go_to(index + 1)>
                            {move || if is_last { text().to_review } else { text().next }}
                        </button>
                    }
                    .into_any(),
                }}
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
    let FromReview(from_review) = expect_context::<FromReview>();
    from_review.set(None);
    let heading = NodeRef::<html::H1>::new();
    focus_on_mount(heading, None);
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
                        rows.push((
                            section_index,
                            item.id.clone(),
                            format!("{number}. {}", item.text.get(language)),
                        ));
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
                            {rows.into_iter().map(|(section_index, item_id, label)| view! {
                                <li>
                                    <span>{label}</span>
                                    <button class="secondary" on:click=move |_| {
                                        from_review.set(Some(item_id.clone()));
                                        kiosk.go_to(section_index);
                                    }>
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
