//! The benchmark a page compares with, said on every page (and its print) that compares with
//! it: its size, id and date, and, for a synthetic sample, that it is not real centres' data.

use leptos::prelude::*;

use crate::admin::context::Admin;
use crate::i18n::load_errors::benchmark_error;
use crate::i18n::{fill, report as text};
use crate::results::AdminData;

#[component]
pub fn BenchmarkNote() -> impl IntoView {
    let admin = expect_context::<Admin>();
    let benchmark = expect_context::<AdminData>().benchmark;
    move || {
        let language = admin.language.get();
        let words = text(language);
        match benchmark.get() {
            None => view! { <p class="benchmark-note">{words.loading}</p> }.into_any(),
            Some(Err(problem)) => {
                let problem = benchmark_error(&problem, language);
                view! { <p class="benchmark-note problem" role="alert">{words.no_benchmark}{problem}</p> }.into_any()
            }
            Some(Ok(snapshot)) => view! {
                <p class="benchmark-note">
                    {fill(words.benchmark_of, &[("centres", &snapshot.centres), ("respondents", &snapshot.respondents)])}
                    " · " {snapshot.id} " · " {snapshot.created}
                    {snapshot.synthetic.then(|| view! { <strong class="synthetic">" " {words.synthetic}</strong> })}
                </p>
            }
            .into_any(),
        }
    }
}
