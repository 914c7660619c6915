//! Where the person is in the survey: section k of n, and how many questions are answered.

use leptos::prelude::*;

use crate::i18n::{fill, ui};
use crate::kiosk::Kiosk;

#[component]
pub fn Progress(section: usize) -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let survey = kiosk.survey.get_value();
    let sections = survey.sections.len();
    let questions = survey.choice_items().count();
    let answered = Memo::new(move |_| {
        kiosk
            .draft
            .with(|draft| draft.as_ref().map_or(0, |d| d.answers.answered_count()))
    });
    let text = move || ui(kiosk.language.get());
    view! {
        <div class="progress">
            <p class="progress-text">
                {move || fill(text().section_of, &[("section", &(section + 1)), ("sections", &sections)])} " · "
                {move || fill(text().answered_of, &[("answered", &answered.get()), ("questions", &questions)])}
            </p>
            <div
                class="progress-track"
                role="progressbar"
                aria-label=move || text().progress
                aria-valuemin="0"
                aria-valuemax=questions
                aria-valuenow=move || answered.get()
            >
                <div
                    class="progress-fill"
                    // Scaled, not resized: the bar's movement after each answer costs no layout.
                    // Integers, with the division left to CSS: formatting a float would link
                    // Rust's float printing into the kiosk (about 16 KB).
                    style:transform=move || format!("scaleX(calc({} / {}))", answered.get(), questions.max(1))
                ></div>
            </div>
        </div>
    }
}
