//! The kiosk: the well-being survey, as a client-side rendered Leptos app.

fn main() {
    // index.html paints the app's loading line before the wasm runs; the app's own takes over.
    if let Some(boot) = leptos::prelude::document().get_element_by_id("boot-loading") {
        boot.remove();
    }
    leptos::mount::mount_to_body(yorisoi::app::App);
}
