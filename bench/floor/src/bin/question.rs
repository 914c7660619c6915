//! Variant "question": one question with five labelled radio buttons, its text in the code.

use leptos::prelude::*;
use yorisoi_floor::{mark, Question};

const OPTIONS: [&str; 5] = [
    "まったくそう思わない",
    "あまりそう思わない",
    "どちらともいえない",
    "ややそう思う",
    "とてもそう思う",
];

fn main() {
    let options = (1..).zip(OPTIONS.map(String::from)).collect();
    mount_to_body(move || {
        view! {
            <main>
                <Question id="q1".into() text="仕事にやりがいを感じている".into() options=options />
            </main>
        }
    });
    mark("floor:shown");
}
