//! Agreement items in a row under one line of column headings. On a wide screen this is a grid,
//! one row per item and the options as columns, as the form tools people know lay it out; on a
//! narrow one the rows are the usual cards (agreement_grid.css). Each row stays a fieldset with
//! a legend and native radios, each radio keeps its own label: the headings only show the eye
//! which column is which, so they are hidden from screen readers.

use leptos::prelude::*;
use yorisoi_domain::survey::ScaleOption;
use yorisoi_domain::Language;

#[component]
pub fn AgreementGrid(
    /// The scale's options, lowest first: the column headings.
    options: Vec<ScaleOption>,
    #[prop(into)] language: Signal<Language>,
    children: Children,
) -> impl IntoView {
    let headings = options
        .into_iter()
        .map(|option| view! { <span>{move || option.label.get(language.get()).to_owned()}</span> })
        .collect_view();
    view! {
        <div class="agreement-grid">
            <div class="agreement-head" aria-hidden="true">
                <span></span>
                {headings}
            </div>
            {children()}
        </div>
    }
}
