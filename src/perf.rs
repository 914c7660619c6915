//! Named moments on the page's performance timeline, read by the benchmarks (bench/surveyjs,
//! bench/report.mjs) and visible in a Chrome trace. Marking never fails the app.

/// Records `name` at this moment (`performance.mark`).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
        let _ = performance.mark(name);
    }
}
