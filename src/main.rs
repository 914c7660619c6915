//! Yorisoi: the well-being survey kiosk, as a client-side rendered Leptos app.

mod app;
mod assets;
mod charts;
mod components;
mod crypto;
mod download;
mod i18n;
mod kiosk;
mod pages;
mod results;
mod storage;

fn main() {
    leptos::mount::mount_to_body(app::App);
}
