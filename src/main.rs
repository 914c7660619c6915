//! The kiosk: the well-being survey, as a client-side rendered Leptos app.

fn main() {
    leptos::mount::mount_to_body(yorisoi::app::App);
}
