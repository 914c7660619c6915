//! Fetches a survey definition from the app's own folder and validates it.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yorisoi_domain::{DefinitionError, SurveyDefinition};

/// The employee survey, relative to the page so that any sub-path works.
pub const EMPLOYEE_SURVEY: &str = "surveys/employee.json";

pub async fn load(file: &str) -> Result<SurveyDefinition, Vec<DefinitionError>> {
    let text = fetch_text(file).await.map_err(|problem| {
        vec![DefinitionError {
            file: file.to_owned(),
            location: "file".to_owned(),
            problem,
        }]
    })?;
    SurveyDefinition::parse(file, &text).map_err(|errors| errors.0)
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "could not be fetched (is the server reachable?)".to_owned())?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!("could not be loaded: HTTP {}", response.status()));
    }
    let text = response.text().map_err(|_| "could not be read".to_owned())?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| "could not be read".to_owned())?;
    text.as_string().ok_or_else(|| "is not text".to_owned())
}
