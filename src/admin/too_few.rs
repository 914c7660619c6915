//! The one way a page says why it shows no figure: the domain's release error, in words.

use leptos::prelude::*;
use yorisoi_domain::release::ReleaseError;

use crate::i18n::{fill, report};
use crate::kiosk::Kiosk;

#[component]
pub fn TooFew(error: ReleaseError) -> impl IntoView {
    let kiosk = expect_context::<Kiosk>();
    let (ReleaseError::TooFew { respondents, minimum } | ReleaseError::TooFewNew { respondents, minimum }) =
        error;
    view! {
        <p class="too-few" role="status">{move || fill(report(kiosk.language.get()).too_few, respondents, minimum)}</p>
    }
}
