//! Storage problems, said on screen in the person's language.

use leptos::prelude::*;

use crate::i18n::ui;
use crate::kiosk::{Kiosk, Notice};

#[component]
pub fn Notices() -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let messages = move || {
        let text = ui(kiosk.language.get());
        let mut messages: Vec<&'static str> = kiosk
            .notices
            .get()
            .into_iter()
            .map(|notice| match notice {
                Notice::StorageFull => text.storage_full,
                Notice::StorageUnavailable => text.storage_unavailable,
                Notice::DamagedDraft => text.storage_damaged_draft,
                Notice::SurveyChanged => text.storage_survey_changed,
                Notice::NewerData => text.storage_newer,
                Notice::NotSealed => text.not_sealed,
            })
            .collect();
        if !kiosk.unsaved.with(Vec::is_empty) {
            messages.push(text.storage_unsaved);
        }
        messages
    };
    view! {
        <div class="notices" role="alert">
            {move || messages().into_iter().map(|message| view! { <p class="notice">{message}</p> }).collect_view()}
        </div>
    }
}
