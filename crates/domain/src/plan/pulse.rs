//! The pulse survey (ミニアンケート) a plan asks for: the KGI and the items chosen to measure its
//! measures, cut from the full survey's own definition so that ids, wording and scales are the
//! same, in the same format as `public/surveys/pulse.json`.
//!
//! It carries no attributes on purpose: the effect is read for the whole centre against the
//! baseline (whose whole-centre cell is what a baseline compares), a pulse is short, and with no
//! group questions a small pulse sample can never single anybody out.

use serde_json::{json, Map, Value};

use crate::survey::{DefinitionErrors, ItemKind, SurveyDefinition};

use super::model::ActionPlan;

pub const PULSE_ID: &str = "plan_pulse";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PulseError {
    /// No measure names an item to measure it.
    NoItems,
    /// The full survey's definition does not read (it is checked when the kiosk loads it).
    Source(DefinitionErrors),
    /// The cut definition failed validation: a fault of this code, never of the plan.
    Invalid(DefinitionErrors),
}

/// The pulse definition as JSON, and validated. `source_file` and `source_json` are the full
/// survey's definition.
pub fn pulse_definition(
    plan: &ActionPlan,
    source_file: &str,
    source_json: &str,
) -> Result<(String, SurveyDefinition), PulseError> {
    let source = SurveyDefinition::parse(source_file, source_json).map_err(PulseError::Source)?;
    let measured = plan.measured_items();
    if measured.is_empty() {
        return Err(PulseError::NoItems);
    }
    let keep =
        |id: &str| measured.contains(&id) || source.item(id).is_some_and(|item| item.kind == ItemKind::Kgi);
    // The source parsed as a definition, so its shape is known from here on.
    let raw: Value = serde_json::from_str(source_json).expect("a valid definition is JSON");
    let mut sections = Vec::new();
    let mut scales = Map::new();
    for section in raw["sections"].as_array().into_iter().flatten() {
        let items: Vec<Value> = section["items"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|item| item["id"].as_str().is_some_and(keep))
            .cloned()
            .collect();
        for item in &items {
            let scale = item["scale"].as_str().unwrap_or_default();
            scales.insert(scale.to_owned(), raw["scales"][scale].clone());
        }
        if !items.is_empty() {
            let mut kept = section.clone();
            kept["items"] = Value::Array(items);
            sections.push(kept);
        }
    }
    let definition = json!({
        "id": PULSE_ID,
        "version": plan.start,
        "title": { "ja": "ミニアンケート（改善計画）", "en": "Pulse survey (action plan)" },
        "scales": scales,
        "sections": sections,
    });
    let text = serde_json::to_string_pretty(&definition).expect("JSON serializes");
    let parsed = SurveyDefinition::parse(PULSE_ID, &text).map_err(PulseError::Invalid)?;
    Ok((text, parsed))
}
