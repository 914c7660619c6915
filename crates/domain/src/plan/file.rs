//! The plan as a small JSON file, to move it between the centre's kiosks and administrators.
//! Importing checks everything before anything is stored, so a refused file leaves the stored
//! plan as it was. The plan is never part of the aggregate export.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::survey::SurveyDefinition;

use super::model::ActionPlan;
use super::validate::PlanError;

pub const PLAN_FORMAT: &str = "yorisoi-plan";
pub const PLAN_FORMAT_VERSION: u32 = 1;
/// A plan of 20 measures with 30 tasks each is far below this.
pub const MAX_PLAN_BYTES: usize = 512 * 1024;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanFile {
    format: String,
    format_version: u32,
    plan: ActionPlan,
}

/// Why a plan file was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanFileError {
    TooLarge {
        bytes: usize,
    },
    NotJson,
    /// JSON, but not a plan file (an export, say).
    NotAPlanFile,
    /// Written by a newer Yorisoi.
    NewerFormat {
        version: u32,
    },
    /// A plan file whose contents do not have a plan's shape.
    Damaged,
    /// A plan that breaks the rules.
    Invalid(Vec<PlanError>),
}

pub fn plan_file(plan: &ActionPlan) -> String {
    let file = PlanFile {
        format: PLAN_FORMAT.to_owned(),
        format_version: PLAN_FORMAT_VERSION,
        plan: plan.clone(),
    };
    serde_json::to_string_pretty(&file).expect("a plan serializes") + "\n"
}

/// Reads and checks a plan file against the survey its items belong to.
pub fn read_plan_file(bytes: &[u8], survey: &SurveyDefinition) -> Result<ActionPlan, PlanFileError> {
    if bytes.len() > MAX_PLAN_BYTES {
        return Err(PlanFileError::TooLarge { bytes: bytes.len() });
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|_| PlanFileError::NotJson)?;
    if value.get("format").and_then(Value::as_str) != Some(PLAN_FORMAT) {
        return Err(PlanFileError::NotAPlanFile);
    }
    let version = value.get("format_version").and_then(Value::as_u64).unwrap_or(0);
    if version > u64::from(PLAN_FORMAT_VERSION) {
        return Err(PlanFileError::NewerFormat {
            version: version.min(u64::from(u32::MAX)) as u32,
        });
    }
    let file: PlanFile = serde_json::from_value(value).map_err(|_| PlanFileError::Damaged)?;
    // A plan record of a newer schema inside a file of this format cannot be right.
    if file.plan.is_newer() {
        return Err(PlanFileError::Damaged);
    }
    file.plan.validate(survey).map_err(PlanFileError::Invalid)?;
    Ok(file.plan)
}
