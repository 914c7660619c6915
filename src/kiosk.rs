//! The kiosk's state: signals of domain values, and the actions that change them and save them
//! the moment they change.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use yorisoi_domain::records::keys;
use yorisoi_domain::sealed::SealedRecord;
use yorisoi_domain::settings::ActiveSurvey;
use yorisoi_domain::{Draft, KioskSettings, Language, RecordError, SurveyDefinition};

use crate::crypto::{centre_key, new_response_id, sealing};
use crate::outbox;
use crate::sealing_key::KeyState;
use crate::storage::{self, StorageFault};
use crate::tabs::Tab;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Start,
    Answering,
    Thanks,
    Admin,
}

/// A message about storage that the person at the screen must see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    StorageFull,
    StorageUnavailable,
    DamagedDraft,
    /// The survey definition changed (a new version) while a person was answering: their
    /// answers were set aside and they start again.
    SurveyChanged,
    NewerData,
    /// The response could not be sealed (no usable centre key, or the browser refused): the
    /// answers stay on screen and in the draft.
    NotSealed,
}

#[derive(Clone, Copy)]
pub struct Kiosk {
    pub survey: StoredValue<Arc<SurveyDefinition>>,
    pub screen: RwSignal<Screen>,
    pub language: RwSignal<Language>,
    pub draft: RwSignal<Option<Draft>>,
    pub settings: RwSignal<KioskSettings>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Sealed responses the storage refused: held in memory so that none is silently lost,
    /// handed to the administration, and written as soon as storage takes them.
    pub unsaved: RwSignal<Vec<SealedRecord>>,
    /// The centre key responses are sealed to.
    pub key: RwSignal<KeyState>,
    /// A submit is sealing: a second press waits for it.
    pub submitting: RwSignal<bool>,
    /// `Date.now()` of the last touch, click or key.
    pub last_activity_ms: RwSignal<f64>,
    /// Where this tab keeps its draft: `draft/<tab id>`.
    pub draft_key: StoredValue<String>,
}

/// The survey the administrator chose to run (full, pulse, or the plan's pulse): read before
/// the definition loads, so damaged settings simply mean the default.
pub fn active_survey() -> ActiveSurvey {
    storage::read(keys::SETTINGS)
        .and_then(|json| KioskSettings::from_record(&json).ok())
        .unwrap_or_default()
        .survey()
}

/// The sealed responses this tab holds because local storage refused them (kept over a reload).
fn held_responses() -> Vec<SealedRecord> {
    storage::tab::entries_starting_with(keys::HELD_PREFIX)
        .iter()
        .filter_map(|(_, record)| SealedRecord::parse(record).ok())
        .collect()
}

/// Stores a sealed response and marks it for the outbox (the mark only once the response is in).
fn keep(sealed: &SealedRecord) -> Result<(), StorageFault> {
    storage::write(&keys::sealed(&sealed.id), &sealed.to_json())?;
    let _ = storage::write(&keys::outbox(&sealed.id), "");
    Ok(())
}

/// Whether the response `id` is stored: sealed, or in the clear by an earlier version.
fn is_stored(id: &str) -> bool {
    storage::read(&keys::sealed(id)).is_some() || storage::read(&keys::response(id)).is_some()
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

impl Kiosk {
    /// Restores the kiosk from storage: settings, responses this tab holds because storage
    /// refused them, and the draft of a person interrupted by a reload, a crash or a power cut:
    /// this tab's own, or else one a closed tab left.
    pub fn open(survey: SurveyDefinition, tab: Tab) -> Kiosk {
        let held = held_responses();
        let kiosk = Kiosk::blank(survey, Screen::Start, Language::default(), held);
        kiosk.draft_key.set_value(keys::draft(&tab.id));
        if !storage::is_available() {
            kiosk.notify(Notice::StorageUnavailable);
            return kiosk;
        }
        kiosk.load_settings();
        kiosk.retry_unsaved();
        let own = kiosk.draft_key.get_value();
        if let Some(json) = storage::read(&own) {
            kiosk.resume(&own, &json);
        } else if let Some((key, json)) = tab
            .abandoned_drafts
            .iter()
            .find_map(|key| storage::read(key).map(|json| (key, json)))
        {
            // Taken over under this tab's name, so no other tab resumes it too.
            if storage::write(&own, &json).is_ok() {
                storage::remove(key);
                kiosk.resume(&own, &json);
            }
        }
        kiosk
    }

    /// Defaults everywhere, before anything is read from storage.
    fn blank(
        survey: SurveyDefinition,
        screen: Screen,
        language: Language,
        unsaved: Vec<SealedRecord>,
    ) -> Kiosk {
        Kiosk {
            survey: StoredValue::new(Arc::new(survey)),
            screen: RwSignal::new(screen),
            language: RwSignal::new(language),
            draft: RwSignal::new(None),
            settings: RwSignal::new(KioskSettings::default()),
            notices: RwSignal::new(Vec::new()),
            unsaved: RwSignal::new(unsaved),
            key: RwSignal::new(KeyState::Loading),
            submitting: RwSignal::new(false),
            last_activity_ms: RwSignal::new(now_ms()),
            draft_key: StoredValue::new(keys::DRAFT.to_owned()),
        }
    }

    /// Reads the settings again; damaged ones are set aside and the defaults kept.
    pub fn load_settings(&self) {
        if let Some(json) = storage::read(keys::SETTINGS) {
            match KioskSettings::from_record(&json) {
                Ok(settings) => self.settings.set(settings),
                Err(_) => self.set_aside(keys::SETTINGS, &json),
            }
        }
    }

    fn resume(&self, key: &str, json: &str) {
        let survey = self.survey.get_value();
        match Draft::from_record(&survey, json) {
            // The page died after the response was stored but before the draft was cleared:
            // the response is in, so the draft only has to go.
            Ok(draft) if is_stored(&draft.response_id) => {
                storage::remove(key);
            }
            Ok(draft) => {
                self.language.set(draft.language);
                self.draft.set(Some(draft));
                self.screen.set(Screen::Answering);
            }
            Err(RecordError::NewerSchema(_)) => self.notify(Notice::NewerData),
            Err(RecordError::Corrupt(_)) => {
                self.set_aside(key, json);
                self.notify(Notice::DamagedDraft);
            }
            Err(RecordError::OtherSurvey(_)) => {
                if let Some(language) = Draft::language_of(json) {
                    self.language.set(language);
                }
                self.set_aside(key, json);
                self.notify(Notice::SurveyChanged);
            }
        }
    }

    fn set_aside(&self, key: &str, value: &str) {
        if let Err(fault) = storage::set_aside(key, value) {
            self.notify_fault(fault);
        }
    }

    pub fn notify(&self, notice: Notice) {
        self.notices.update(|notices| {
            if !notices.contains(&notice) {
                notices.push(notice);
            }
        });
    }

    fn notify_fault(&self, fault: StorageFault) {
        self.notify(match fault {
            StorageFault::Unavailable => Notice::StorageUnavailable,
            StorageFault::Full => Notice::StorageFull,
        });
    }

    pub fn touch(&self) {
        self.last_activity_ms.set(now_ms());
    }

    /// A new person starts: a fresh draft with the id its response will have.
    pub fn start(&self, language: Language) {
        self.notices.update(|notices| {
            notices.retain(|notice| !matches!(notice, Notice::DamagedDraft | Notice::SurveyChanged))
        });
        self.language.set(language);
        let draft = Draft::new(&self.survey.get_value(), new_response_id(), language);
        self.draft.set(Some(draft));
        self.save_draft();
        self.touch();
        self.screen.set(Screen::Answering);
    }

    pub fn choose(&self, item_id: &str, value: u8) {
        let survey = self.survey.get_value();
        self.change_draft(|draft| {
            // The view offers only the scale's values, so a refusal cannot come from a person.
            let _ = draft.answers.choose(&survey, item_id, value);
        });
    }

    pub fn write(&self, item_id: &str, text: &str) {
        let survey = self.survey.get_value();
        self.change_draft(|draft| {
            let _ = draft.answers.write(&survey, item_id, text);
        });
    }

    /// Shows section `section`; the section count means the review page.
    pub fn go_to(&self, section: usize) {
        self.change_draft(|draft| draft.section = section);
    }

    fn change_draft(&self, change: impl FnOnce(&mut Draft)) {
        self.draft.update(|draft| {
            if let Some(draft) = draft {
                change(draft);
            }
        });
        self.save_draft();
    }

    fn save_draft(&self) {
        let survey = self.survey.get_value();
        let Some(record) = self
            .draft
            .with_untracked(|draft| draft.as_ref().map(|d| d.to_record(&survey)))
        else {
            return;
        };
        match storage::write(&self.draft_key.get_value(), &record) {
            // Told only when a notice goes: an update re-renders the notices at every answer.
            Ok(())
                if self
                    .notices
                    .with_untracked(|notices| notices.contains(&Notice::StorageFull)) =>
            {
                self.notices
                    .update(|notices| notices.retain(|notice| *notice != Notice::StorageFull))
            }
            Ok(()) => {}
            Err(fault) => self.notify_fault(fault),
        }
    }

    /// Seals the response to the centre key and stores only the sealed record, under the
    /// draft's id, then clears the draft. Pressed twice, the second press finds a submit under
    /// way or no draft; interrupted in between, the next start finds the response stored and
    /// only clears the draft.
    pub fn submit(&self) {
        let Some(draft) = self.draft.get_untracked() else {
            return;
        };
        if self.submitting.get_untracked() {
            return;
        }
        let Some(public_key) = self
            .key
            .with_untracked(|key| key.file().and_then(|file| file.public_key_bytes()))
        else {
            self.notify(Notice::NotSealed);
            return;
        };
        self.submitting.set(true);
        let response = draft.to_response(now_ms() as u64);
        let record = response.to_record(&self.survey.get_value());
        let kiosk = *self;
        spawn_local(async move {
            let sealed = match centre_key::import_public(&public_key).await {
                Ok(centre) => sealing::seal(&centre, &response.id, &record).await,
                Err(error) => Err(error),
            };
            kiosk.submitting.set(false);
            match sealed {
                Ok(sealed) => kiosk.store(sealed),
                Err(_) => kiosk.notify(Notice::NotSealed),
            }
        });
    }

    /// Stores a sealed response and marks it for the outbox, clears the draft and thanks the
    /// person.
    fn store(&self, sealed: SealedRecord) {
        let draft_key = self.draft_key.get_value();
        if keep(&sealed).is_err() {
            // Clearing the draft may free the room the response needs.
            storage::remove(&draft_key);
            if let Err(fault) = keep(&sealed) {
                self.notify_fault(fault);
                // Kept where a reload of this tab finds it (its own storage, which has a quota
                // of its own), and in memory.
                let _ = storage::tab::write(&keys::held(&sealed.id), &sealed.to_json());
                self.unsaved.update(|unsaved| unsaved.push(sealed.clone()));
            }
        }
        storage::remove(&draft_key);
        self.notices
            .update(|notices| notices.retain(|notice| *notice != Notice::NotSealed));
        self.draft.set(None);
        self.screen.set(Screen::Thanks);
        self.retry_unsaved();
        spawn_local(async {
            outbox::flush().await;
        });
    }

    /// Writes sealed responses held in memory, now that there may be room.
    pub fn retry_unsaved(&self) {
        let mut still_unsaved = Vec::new();
        for sealed in self.unsaved.get_untracked() {
            if keep(&sealed).is_ok() {
                storage::tab::remove(&keys::held(&sealed.id));
            } else {
                still_unsaved.push(sealed);
            }
        }
        self.unsaved.set(still_unsaved);
    }

    /// Clears the screen for the next person.
    pub fn next_person(&self) {
        self.language.set(Language::default());
        self.screen.set(Screen::Start);
    }

    /// Throws the draft away (the person left) and shows the start screen.
    pub fn discard(&self) {
        storage::remove(&self.draft_key.get_value());
        self.draft.set(None);
        self.language.set(Language::default());
        self.screen.set(Screen::Start);
    }
}
