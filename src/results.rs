//! The centre's results as the administration's pages read them: the stored responses, the
//! representative's answers, and the data files they are compared with.

use std::sync::Arc;

use leptos::prelude::*;
use yorisoi_domain::records::keys;
use yorisoi_domain::{Answers, DefinitionError, Inventory, Response, Snapshot, SurveyDefinition};

use crate::assets::{self, REPRESENTATIVE_SURVEY};
use crate::crypto::new_response_id;
use crate::kiosk::{now_ms, Kiosk};
use crate::storage;

/// Loaded once when the administration opens, shared by its pages.
#[derive(Clone, Copy)]
pub struct AdminData {
    pub benchmark: LocalResource<Result<Snapshot, String>>,
    pub representative: LocalResource<Result<Arc<SurveyDefinition>, Vec<DefinitionError>>>,
}

impl AdminData {
    pub fn load(kiosk: Kiosk) -> AdminData {
        let survey = kiosk.survey.get_value();
        AdminData {
            benchmark: LocalResource::new(move || {
                let survey = survey.clone();
                async move { assets::load_benchmark(&survey).await }
            }),
            representative: LocalResource::new(|| async {
                assets::load_survey(REPRESENTATIVE_SURVEY).await.map(Arc::new)
            }),
        }
    }

    pub fn snapshot(&self) -> Option<Snapshot> {
        self.benchmark.get().and_then(Result::ok)
    }
}

/// Every response to the employee survey on this kiosk: those stored and those held in memory.
pub fn employee_answers(kiosk: Kiosk) -> Vec<Answers> {
    let survey = kiosk.survey.get_value();
    let entries = storage::entries();
    let inventory = Inventory::scan(
        &survey,
        entries.iter().map(|(key, value)| (key.as_str(), value.as_str())),
    );
    let unsaved = kiosk.unsaved.get_untracked();
    inventory
        .responses
        .into_iter()
        .chain(unsaved)
        .map(|response| response.answers)
        .collect()
}

/// The representative's answers as saved, or none yet. A damaged record is set aside.
pub fn representative_response(survey: &SurveyDefinition) -> Response {
    let stored = storage::read(keys::REPRESENTATIVE);
    match stored.as_deref().map(|json| Response::from_record(survey, json)) {
        Some(Ok(response)) => response,
        Some(Err(_)) => {
            if let Some(json) = &stored {
                let _ = storage::set_aside(keys::REPRESENTATIVE, json);
            }
            blank_representative(survey)
        }
        None => blank_representative(survey),
    }
}

fn blank_representative(survey: &SurveyDefinition) -> Response {
    Response {
        id: new_response_id(),
        submitted_at_ms: now_ms() as u64,
        answers: Answers::new(survey),
    }
}

pub fn save_representative(survey: &SurveyDefinition, response: &Response) -> Result<(), String> {
    let saved = Response {
        submitted_at_ms: now_ms() as u64,
        ..response.clone()
    };
    storage::write(keys::REPRESENTATIVE, &saved.to_record(survey)).map_err(|fault| format!("{fault:?}"))
}
