//! The centre's results as the administration's pages read them: the stored responses, the
//! representative's answers, and the data files they are compared with.

use std::sync::Arc;

use leptos::prelude::*;
use yorisoi_domain::change::Baseline;
use yorisoi_domain::export::AggregateExport;
use yorisoi_domain::groups::GroupTallies;
use yorisoi_domain::records::keys;
use yorisoi_domain::release::{Release, ReleaseError};
use yorisoi_domain::{Answers, DefinitionError, Response, Snapshot, SurveyDefinition};
use yorisoi_domain::{Scores, Tally};

use crate::admin::context::Admin;
use crate::assets::{self, BenchmarkError, REPRESENTATIVE_SURVEY};
use crate::crypto::new_id;
use crate::kiosk::now_ms;
use crate::storage::{self, StorageFault};

/// Loaded once when the administration opens, shared by its pages.
#[derive(Clone, Copy)]
pub struct AdminData {
    pub benchmark: LocalResource<Result<Snapshot, BenchmarkError>>,
    pub representative: LocalResource<Result<Arc<SurveyDefinition>, Vec<DefinitionError>>>,
}

impl AdminData {
    pub fn load(admin: Admin) -> AdminData {
        let survey = admin.survey.get_value();
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

/// The answers of every response to the employee survey the administration opened.
pub fn employee_answers(admin: Admin) -> Vec<Answers> {
    admin
        .employee_responses()
        .into_iter()
        .map(|response| response.answers)
        .collect()
}

/// The representative's answers as saved, or none yet. A damaged record is read as none, and
/// set aside only when answers are saved over it (reading never writes).
pub fn representative_response(survey: &SurveyDefinition) -> Response {
    storage::read(keys::REPRESENTATIVE)
        .and_then(|json| Response::from_record(survey, &json).ok())
        .unwrap_or_else(|| blank_representative(survey))
}

fn blank_representative(survey: &SurveyDefinition) -> Response {
    Response {
        id: new_id(),
        submitted_at_ms: now_ms() as u64,
        answers: Answers::new(survey),
    }
}

pub fn save_representative(survey: &SurveyDefinition, response: &Response) -> Result<(), StorageFault> {
    if let Some(json) = storage::read(keys::REPRESENTATIVE) {
        if Response::from_record(survey, &json).is_err() {
            storage::set_aside(keys::REPRESENTATIVE, &json)?;
        }
    }
    let saved = Response {
        submitted_at_ms: now_ms() as u64,
        ..response.clone()
    };
    storage::write(keys::REPRESENTATIVE, &saved.to_record(survey))
}

/// The centre's other kiosks' exports imported here, read when the administration opens and
/// after a file is taken in or removed. One that no longer reads (another survey version after a
/// new deployment, or damaged) is set aside then, never while a page renders.
pub fn load_imports(survey: &SurveyDefinition) -> Vec<AggregateExport> {
    let mut files = Vec::new();
    for (key, value) in storage::entries() {
        if !key.starts_with(keys::IMPORT_PREFIX) {
            continue;
        }
        match AggregateExport::parse(value.as_bytes(), survey) {
            Ok(file) => files.push(file),
            Err(_) => {
                let _ = storage::set_aside(&key, &value);
            }
        }
    }
    files.sort_by(|a, b| a.created_at.cmp(&b.created_at));
    files
}

/// This admin's responses and every imported file, for the whole centre and by `attributes`.
/// An imported file that would overflow the counts was refused on import; should one be
/// stored anyway it is left out here.
pub fn centre_tallies(admin: Admin, attributes: &[String]) -> GroupTallies {
    let survey = admin.survey.get_value();
    let mut tallies =
        GroupTallies::of(&survey, attributes, &employee_answers(admin)).expect("attributes of the survey");
    for file in admin.imports.get_untracked() {
        let _ = tallies.add_import(&survey, &file);
    }
    tallies
}

/// The whole centre as the release rule lets the reports show it.
#[derive(Clone)]
pub struct WholeCentre {
    pub tally: Tally,
    pub release: Release,
    /// The released scores: hidden items and factors carry no figure.
    pub scores: Scores,
}

/// The whole centre's released figures, or why none may be shown (the page says so).
pub fn whole_centre(admin: Admin) -> Result<WholeCentre, ReleaseError> {
    let survey = admin.survey.get_value();
    let tallies = centre_tallies(admin, &[]);
    let minimum = admin.settings.get_untracked().min_respondents();
    let release = Release::of(&survey, &tallies, minimum)?;
    Ok(WholeCentre {
        scores: release.whole_scores(&survey, &tallies.whole),
        tally: tallies.whole,
        release,
    })
}

/// This admin's id in its exports, made the first time it is needed.
pub fn device_id() -> Result<String, StorageFault> {
    if let Some(id) = storage::read(keys::DEVICE) {
        return Ok(id);
    }
    let id = new_id();
    storage::write(keys::DEVICE, &id)?;
    Ok(id)
}

/// The previous export loaded as the baseline, if any.
pub fn baseline(admin: Admin) -> Option<Baseline> {
    let survey = admin.survey.get_value();
    let minimum = admin.settings.get_untracked().min_respondents();
    Baseline::parse(storage::read(keys::BASELINE)?.as_bytes(), &survey, minimum).ok()
}
