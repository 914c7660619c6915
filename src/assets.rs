//! The app's own data files, fetched relative to the page so that any sub-path works: survey
//! definitions, the benchmark snapshot, and ECharts, loaded only when a report opens.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yorisoi_domain::benchmark::SnapshotError;
use yorisoi_domain::settings::{ActiveSurvey, SurveySource, EMPLOYEE_FILE};
use yorisoi_domain::survey::Location;
use yorisoi_domain::{DefinitionError, DefinitionProblem, FetchError, Snapshot, SurveyDefinition};

use crate::charts::ChartError;
use crate::{perf, storage};

pub const REPRESENTATIVE_SURVEY: &str = "surveys/representative.json";
pub const BENCHMARK: &str = "benchmark/benchmark.json";
const ECHARTS: &str = "vendor/echarts.min.js";

/// Why the benchmark cannot be compared with: the file did not arrive, or it does not fit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BenchmarkError {
    Fetch(FetchError),
    Snapshot(SnapshotError),
}

pub async fn load_survey(file: &str) -> Result<SurveyDefinition, Vec<DefinitionError>> {
    let text = fetch_text(file).await.map_err(|error| {
        vec![DefinitionError {
            file: file.to_owned(),
            location: Location::File,
            problem: DefinitionProblem::NotFetched(error),
        }]
    })?;
    perf::mark("yorisoi:definition-fetched");
    let survey = SurveyDefinition::parse(file, &text).map_err(|errors| errors.0);
    perf::mark("yorisoi:definition-parsed");
    survey
}

/// The survey the kiosk runs. A stored definition (the plan's pulse survey) that is missing or
/// no longer reads falls back to the full survey, so the kiosk, and the way to its
/// administration, never stop on it.
pub async fn load_active_survey(active: ActiveSurvey) -> Result<SurveyDefinition, Vec<DefinitionError>> {
    match active.source() {
        SurveySource::File(file) => load_survey(file).await,
        SurveySource::Stored(key) => match storage::read(key).map(|json| SurveyDefinition::parse(key, &json))
        {
            Some(Ok(survey)) => Ok(survey),
            _ => load_survey(EMPLOYEE_FILE).await,
        },
    }
}

/// A definition's text as served, for cutting a pulse survey from it.
pub async fn load_survey_text(file: &str) -> Result<String, FetchError> {
    fetch_text(file).await
}

pub async fn load_benchmark(survey: &SurveyDefinition) -> Result<Snapshot, BenchmarkError> {
    let text = fetch_text(BENCHMARK).await.map_err(BenchmarkError::Fetch)?;
    Snapshot::parse(&text, survey).map_err(BenchmarkError::Snapshot)
}

pub(crate) async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Unreachable)?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Unreachable)?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(FetchError::Http(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::Unreadable)?;
    let text = JsFuture::from(text).await.map_err(|_| FetchError::Unreadable)?;
    text.as_string().ok_or(FetchError::Unreadable)
}

/// Loads the vendored ECharts once; charming's renderer needs the global `echarts`.
pub async fn load_echarts() -> Result<(), ChartError> {
    let window = web_sys::window().ok_or(ChartError::NotLoaded)?;
    if Reflect::has(&window, &JsValue::from_str("echarts")).unwrap_or(false) {
        return Ok(());
    }
    let document = window.document().ok_or(ChartError::NotLoaded)?;
    let script: web_sys::HtmlScriptElement = document
        .create_element("script")
        .map_err(|_| ChartError::NotLoaded)?
        .unchecked_into();
    script.set_src(ECHARTS);
    let loaded = Promise::new(&mut |resolve: Function, reject: Function| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document
        .head()
        .ok_or(ChartError::NotLoaded)?
        .append_child(&script)
        .map_err(|_| ChartError::NotLoaded)?;
    JsFuture::from(loaded)
        .await
        .map(|_| ())
        .map_err(|_| ChartError::NotLoaded)
}
