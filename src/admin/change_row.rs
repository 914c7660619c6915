//! One item before and now, and whether the change is larger than the noise: the row the
//! Change page and the action plan's effects share.

use leptos::prelude::*;
use yorisoi_domain::change::Change;
use yorisoi_domain::result_list::format_difference;
use yorisoi_domain::scoring::format_percent;
use yorisoi_domain::Share;

use crate::admin::context::Admin;
use crate::i18n::data as text;

fn percent(share: Share) -> String {
    share.percent().map_or("–".to_owned(), format_percent)
}

#[component]
pub fn ChangeRow(change: Change) -> impl IntoView {
    let admin = expect_context::<Admin>();
    let language = admin.language.get_untracked();
    let words = text(language);
    let label = admin.survey.with_value(|survey| {
        survey
            .item(&change.item_id)
            .map(|item| item.text.get(language).to_owned())
    });
    view! {
        <tr data-item=change.item_id.clone() class:beyond-noise=change.beyond_noise>
            <th scope="row">{label}</th>
            <td>{percent(change.before)} <span class="cell-n">{format!("n={}", change.before.of)}</span></td>
            <td>{percent(change.after)} <span class="cell-n">{format!("n={}", change.after.of)}</span></td>
            <td class="change">{format_difference(change.points)}</td>
            <td class="noise">{if change.beyond_noise { words.beyond_noise } else { words.within_noise }}</td>
        </tr>
    }
}
