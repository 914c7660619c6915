//! Shown when a survey definition cannot be used: every problem, with its file and place.

use leptos::prelude::*;
use yorisoi_domain::DefinitionError;

#[component]
pub fn LoadErrorPage(errors: Vec<DefinitionError>) -> impl IntoView {
    let rows = errors
        .into_iter()
        .map(|error| {
            view! {
                <li>
                    <code class="error-file">{error.file}</code> " — "
                    <span class="error-location">{error.location}</span> ": "
                    <span class="error-problem">{error.problem}</span>
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
