//! The one way a page says why it shows no figure: the domain's release error, in words.

use leptos::prelude::*;
use yorisoi_domain::release::ReleaseError;

use crate::admin::context::Admin;
use crate::i18n::{fill, report};

#[component]
pub fn TooFew(error: ReleaseError) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let (ReleaseError::TooFew { respondents, minimum } | ReleaseError::TooFewNew { respondents, minimum }) =
        error;
    view! {
        <p class="too-few" role="status">{move || fill(report(admin.language.get()).too_few, &[("respondents", &respondents), ("minimum", &minimum)])}</p>
    }
}
