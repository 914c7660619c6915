//! Local storage refusing a write, in the screen's language.

use yorisoi_domain::Language;

use crate::storage::StorageFault;

pub fn storage_fault(fault: StorageFault, language: Language) -> &'static str {
    match (fault, language) {
        (StorageFault::Full, Language::Ja) => "この端末の保存領域がいっぱいで、保存できませんでした。",
        (StorageFault::Full, Language::En) => "This device's storage is full: nothing could be saved.",
        (StorageFault::Unavailable, Language::Ja) => {
            "このブラウザーでは保存が使えません（保存が無効になっています）。"
        }
        (StorageFault::Unavailable, Language::En) => {
            "This browser does not allow saving (storage is turned off)."
        }
    }
}
