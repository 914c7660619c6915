//! The header every printable report page shares: its title and its actions, print last.

use leptos::prelude::*;

use crate::i18n::report;
use crate::kiosk::Kiosk;

/// `title_id` names the heading for the page's `aria-labelledby`; `children` are the page's own
/// actions (a CSV download, say), shown before the print button.
#[component]
pub fn ReportHeader(
    title_id: &'static str,
    #[prop(into)] title: Signal<&'static str>,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    view! {
        <header class="report-header">
            <h1 id=title_id>{move || title.get()}</h1>
            <div class="report-actions">
                {children.map(|children| children())}
                <button class="primary" on:click=move |_| { let _ = window().print(); }>
                    {move || report(kiosk.language.get()).print}
                </button>
            </div>
        </header>
    }
}
