//! The administration's own context: what its pages read (the survey the kiosk runs, the
//! language, the settings and the centre profile, the responses the kiosk holds in memory only)
//! and the two things they save.

use std::sync::Arc;

use leptos::prelude::*;
use yorisoi_domain::profile::CentreProfile;
use yorisoi_domain::records::keys;
use yorisoi_domain::{KioskSettings, Language, Response, SurveyDefinition};

use crate::i18n::form_errors::profile_error;
use crate::i18n::storage_faults::storage_fault;
use crate::storage::{self, StorageFault};

#[derive(Clone, Copy)]
pub struct Admin {
    pub survey: StoredValue<Arc<SurveyDefinition>>,
    pub language: RwSignal<Language>,
    pub settings: RwSignal<KioskSettings>,
    pub profile: RwSignal<CentreProfile>,
    /// Responses the kiosk's storage refused, handed over when the administration opened.
    pub unsaved: RwSignal<Vec<Response>>,
}

impl Admin {
    /// Reads the settings and the profile; a damaged one is set aside and the defaults used (the
    /// overview counts what was set aside).
    pub fn open(survey: SurveyDefinition, language: Language, unsaved: Vec<Response>) -> Admin {
        let settings = match storage::read(keys::SETTINGS) {
            Some(json) => KioskSettings::from_record(&json).unwrap_or_else(|_| {
                let _ = storage::set_aside(keys::SETTINGS, &json);
                KioskSettings::default()
            }),
            None => KioskSettings::default(),
        };
        let profile = match storage::read(keys::PROFILE) {
            Some(json) => CentreProfile::from_record(&json).unwrap_or_else(|_| {
                let _ = storage::set_aside(keys::PROFILE, &json);
                CentreProfile::default()
            }),
            None => CentreProfile::default(),
        };
        Admin {
            survey: StoredValue::new(Arc::new(survey)),
            language: RwSignal::new(language),
            settings: RwSignal::new(settings),
            profile: RwSignal::new(profile),
            unsaved: RwSignal::new(unsaved),
        }
    }

    /// Saves the profile as typed; a profile that breaks a rule is refused with the reason in
    /// the screen's language, and the stored one stays as it was.
    pub fn save_profile(&self, profile: CentreProfile) -> Result<(), String> {
        let language = self.language.get_untracked();
        profile.check().map_err(|error| profile_error(&error, language))?;
        storage::write(keys::PROFILE, &profile.to_record())
            .map_err(|fault| storage_fault(fault, language).to_owned())?;
        self.profile.set(profile);
        Ok(())
    }

    pub fn save_settings(&self, settings: KioskSettings) -> Result<(), StorageFault> {
        storage::write(keys::SETTINGS, &settings.to_record())?;
        self.settings.set(settings);
        Ok(())
    }
}
