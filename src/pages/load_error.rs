//! Shown when a survey definition cannot be used: every problem, with its file and place, in
//! Japanese and in English (the page comes before any language is chosen).

use leptos::prelude::*;
use yorisoi_domain::{DefinitionError, Language};

use crate::i18n::load_errors::{definition_place, definition_problem};

#[component]
pub fn LoadErrorPage(errors: Vec<DefinitionError>) -> impl IntoView {
    let rows = errors
        .into_iter()
        .map(|error| {
            let place = |language| definition_place(&error.location, language);
            let problem = |language| definition_problem(&error.problem, language);
            view! {
                <li>
                    <code class="error-file">{error.file.clone()}</code> " — "
                    <span class="error-location">{place(Language::Ja)}</span> "："
                    <span class="error-problem">{problem(Language::Ja)}</span>
                    <span class="error-in-english" lang="en">
                        {place(Language::En)} ": " {problem(Language::En)}
                    </span>
                </li>
            }
        })
        .collect_view();
    view! {
        <main class="screen load-error" role="alert">
            <h1>"アンケート定義に問題があります"</h1>
            <p lang="en">"The survey definition has problems"</p>
            <p>
                "管理者は次の点を直してから、再読み込みしてください。"
                <span lang="en">" Please fix the following and reload the page."</span>
            </p>
            <ul class="definition-errors">{rows}</ul>
        </main>
    }
}
