//! The definition as a centre writes it: parsed into these first, so that every problem can be
//! reported with its place instead of serde's first error only. A missing field reads as empty
//! (and the validator names what the empty value breaks); a field no definition has is kept in
//! `unknown`, so the validator refuses it at its place rather than ignoring it.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::text::Text;

#[derive(Serialize, Deserialize)]
pub(super) struct RawDefinition {
    #[serde(default)]
    pub(super) id: String,
    #[serde(default)]
    pub(super) version: String,
    #[serde(default)]
    pub(super) title: Text,
    #[serde(default)]
    pub(super) scales: BTreeMap<String, RawScale>,
    #[serde(default)]
    pub(super) sections: Vec<RawSection>,
    #[serde(flatten)]
    pub(super) unknown: BTreeMap<String, Value>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct RawScale {
    #[serde(rename = "type", default)]
    pub(super) scale_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) options: Option<Vec<RawOption>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) min: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) max: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) min_label: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) max_label: Option<Text>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) max_length: Option<u32>,
    #[serde(flatten)]
    pub(super) unknown: BTreeMap<String, Value>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct RawOption {
    /// Required: no value would be a silent 0.
    pub(super) value: u8,
    #[serde(default)]
    pub(super) label: Text,
    #[serde(flatten)]
    pub(super) unknown: BTreeMap<String, Value>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct RawSection {
    #[serde(default)]
    pub(super) id: String,
    #[serde(default)]
    pub(super) title: Text,
    #[serde(default)]
    pub(super) items: Vec<RawItem>,
    #[serde(flatten)]
    pub(super) unknown: BTreeMap<String, Value>,
}

#[derive(Serialize, Deserialize)]
pub(super) struct RawItem {
    #[serde(default)]
    pub(super) id: String,
    #[serde(default)]
    pub(super) kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) factor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) practice: Option<String>,
    #[serde(default)]
    pub(super) scale: String,
    #[serde(default)]
    pub(super) text: Text,
    #[serde(flatten)]
    pub(super) unknown: BTreeMap<String, Value>,
}
