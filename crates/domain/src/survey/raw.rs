//! The definition as a centre writes it: parsed into these first, so that every problem can be
//! reported with its place instead of serde's first error only.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::text::Text;

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDefinition {
    pub(super) id: String,
    pub(super) version: String,
    pub(super) title: Text,
    pub(super) scales: BTreeMap<String, RawScale>,
    pub(super) sections: Vec<RawSection>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawScale {
    #[serde(rename = "type")]
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
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOption {
    pub(super) value: u8,
    pub(super) label: Text,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSection {
    pub(super) id: String,
    pub(super) title: Text,
    pub(super) items: Vec<RawItem>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawItem {
    pub(super) id: String,
    pub(super) kind: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) factor: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) practice: Option<String>,
    pub(super) scale: String,
    pub(super) text: Text,
}
