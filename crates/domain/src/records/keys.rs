//! Storage keys. All of Yorisoi's keys start with [`PREFIX`]; the app's storage adapter
//! stores them under the deployment's own prefix (`yorisoi/v1@/wellbeing/…`), so two copies on
//! one host never mix.

pub const PREFIX: &str = "yorisoi/v1/";
/// The single draft of a kiosk from before drafts were kept per browser tab: resumed by the
/// first tab that finds it.
pub const DRAFT: &str = "yorisoi/v1/draft";
/// The draft of the person in one browser tab: `draft/<tab id>`.
pub const DRAFT_PREFIX: &str = "yorisoi/v1/draft/";
pub const SETTINGS: &str = "yorisoi/v1/settings";
pub const PROFILE: &str = "yorisoi/v1/profile";
/// The representative survey's answers, saved as they are given.
pub const REPRESENTATIVE: &str = "yorisoi/v1/representative";
/// The PIN of earlier versions, asked once before the centre key is created.
pub const PIN: &str = "yorisoi/v1/pin";
/// Wrong PINs, passphrases and recovery codes, for the slow-down.
pub const UNLOCK_ATTEMPTS: &str = "yorisoi/v1/unlock-attempts";
/// The centre key this kiosk's administrator created (`centre_key::CentreKeyFile`), used
/// where no `centre-key.json` is published beside `index.html`.
pub const CENTRE_KEY: &str = "yorisoi/v1/centre-key";
/// Responses in the clear, as versions before sealing stored them: sealed at the first
/// unlock.
pub const RESPONSE_PREFIX: &str = "yorisoi/v1/response/";
/// Sealed responses (`sealed::SealedRecord`), one key each.
pub const SEALED_PREFIX: &str = "yorisoi/v1/sealed/";
/// Sealed responses not yet acknowledged by the intranet host's inbox: the id only.
pub const OUTBOX_PREFIX: &str = "yorisoi/v1/outbox/";
/// Sealed responses the inbox refused for good (a conflict, a bad record): kept, shown to
/// the administrator, never resent blindly.
pub const OUTBOX_REFUSED_PREFIX: &str = "yorisoi/v1/outbox-refused/";
/// The intranet host's token, typed once by the administrator, for pulling the inbox.
pub const HOST_TOKEN: &str = "yorisoi/v1/host-token";
/// In the tab's own storage (sessionStorage): the tab's id, which names its draft.
pub const TAB: &str = "yorisoi/v1/tab";
/// In the tab's own storage: responses local storage refused, until it takes them, so
/// that a reload does not lose them.
pub const HELD_PREFIX: &str = "yorisoi/v1/held/";
pub const SET_ASIDE_PREFIX: &str = "yorisoi/v1/set-aside/";
/// This kiosk's id in exports, made once.
pub const DEVICE: &str = "yorisoi/v1/device";
/// Aggregate exports of the centre's other kiosks, one key each.
pub const IMPORT_PREFIX: &str = "yorisoi/v1/import/";
/// Kiosks whose responses arrived here by a device-transfer file, one key each: they are
/// named as sources in this kiosk's exports so that nobody counts them twice.
pub const TRANSFERRED_PREFIX: &str = "yorisoi/v1/transferred/";
/// What this kiosk remembers of each export it wrote, one key each.
pub const EXPORTED_PREFIX: &str = "yorisoi/v1/exported/";
/// A previous export to compare with.
pub const BASELINE: &str = "yorisoi/v1/baseline";
/// The action plan (改善計画).
pub const PLAN: &str = "yorisoi/v1/plan";
/// The pulse survey definition generated from the plan, for the kiosk to run.
pub const PLAN_PULSE: &str = "yorisoi/v1/plan-pulse";

pub fn import(export_id: &str) -> String {
    format!("{IMPORT_PREFIX}{export_id}")
}

pub fn exported(export_id: &str) -> String {
    format!("{EXPORTED_PREFIX}{export_id}")
}

pub fn response(id: &str) -> String {
    format!("{RESPONSE_PREFIX}{id}")
}

pub fn sealed(id: &str) -> String {
    format!("{SEALED_PREFIX}{id}")
}

pub fn outbox(id: &str) -> String {
    format!("{OUTBOX_PREFIX}{id}")
}

pub fn outbox_refused(id: &str) -> String {
    format!("{OUTBOX_REFUSED_PREFIX}{id}")
}

pub fn held(id: &str) -> String {
    format!("{HELD_PREFIX}{id}")
}

pub fn draft(tab: &str) -> String {
    format!("{DRAFT_PREFIX}{tab}")
}

/// Whether `key` holds a draft: one tab's, or the single draft of an older kiosk.
pub fn is_draft(key: &str) -> bool {
    key == DRAFT || key.starts_with(DRAFT_PREFIX)
}

/// Where a damaged entry is moved: kept for inspection, out of the way of the app, under its
/// original name and `unique` (the caller's time and random digits), so that a second damaged
/// entry of the same name never replaces the first.
pub fn set_aside(key: &str, unique: &str) -> String {
    format!(
        "{SET_ASIDE_PREFIX}{}/{unique}",
        key.strip_prefix(PREFIX).unwrap_or(key)
    )
}
