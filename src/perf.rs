//! Named moments on the page's performance timeline, read by the benchmarks (bench/surveyjs,
//! bench/report.mjs) and visible in a Chrome trace. Marking never fails the app.

fn performance() -> Option<web_sys::Performance> {
    web_sys::window().and_then(|window| window.performance())
}

/// Records `name` at this moment (`performance.mark`).
pub fn mark(name: &str) {
    if let Some(performance) = performance() {
        let _ = performance.mark(name);
    }
}

/// Records the time from the mark `since` to now as the measure `name`.
pub fn measure(name: &str, since: &str) {
    if let Some(performance) = performance() {
        let _ = performance.measure_with_start_mark(name, since);
    }
}

/// Forgets earlier marks and measures of these names, so a page opened again is timed afresh.
pub fn forget(names: &[&str]) {
    if let Some(performance) = performance() {
        for name in names {
            performance.clear_marks_with_mark_name(name);
            performance.clear_measures_with_measure_name(name);
        }
    }
}
