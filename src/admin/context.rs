//! The administration's own context: what its pages read (the survey the kiosk runs, the
//! language, the settings and the centre profile, the unlocked centre key and the responses it
//! opened) and the things they save.

use std::cell::Cell;
use std::sync::Arc;

use leptos::prelude::*;
use yorisoi_domain::export::AggregateExport;
use yorisoi_domain::plan::ActionPlan;
use yorisoi_domain::profile::CentreProfile;
use yorisoi_domain::records::keys;
use yorisoi_domain::{KioskSettings, Language, RecordError, Response, SurveyDefinition};

use crate::admin::responses::CentreResponses;
use crate::crypto::centre_key::UnlockedKey;
use crate::i18n::form_errors::profile_error;
use crate::i18n::storage_faults::storage_fault;
use crate::results::load_imports;
use crate::storage::{self, StorageFault};

thread_local! {
    /// The open administration, so that leaving it drops the key and the opened responses
    /// whatever else still holds the reactive owner.
    static OPEN: Cell<Option<Admin>> = const { Cell::new(None) };
}

/// Sets a damaged action plan aside, here when the administration opens rather than when its
/// page renders; whether it did.
fn set_aside_damaged_plan() -> bool {
    let Some(json) = storage::read(keys::PLAN) else {
        return false;
    };
    matches!(
        ActionPlan::from_record(&json),
        Err(RecordError::Corrupt(_) | RecordError::OtherSurvey(_))
    ) && storage::set_aside(keys::PLAN, &json).is_ok()
}

#[derive(Clone, Copy)]
pub struct Admin {
    pub survey: StoredValue<Arc<SurveyDefinition>>,
    pub language: RwSignal<Language>,
    pub settings: RwSignal<KioskSettings>,
    pub profile: RwSignal<CentreProfile>,
    /// The centre key, unlocked: in memory only, gone when the administration unmounts.
    pub key: StoredValue<UnlockedKey, LocalStorage>,
    /// Every response this administration opened, read once at unlock and changed only when
    /// responses arrive (a transfer file, the intranet inbox).
    pub responses: RwSignal<CentreResponses>,
    /// The other kiosks' exports taken in here, read at unlock and after each change.
    pub imports: RwSignal<Vec<AggregateExport>>,
    /// A damaged action plan was set aside at unlock (the plan page says so).
    pub plan_set_aside: bool,
}

impl Admin {
    /// Reads the settings and the profile; a damaged one is set aside and the defaults used (the
    /// overview counts what was set aside).
    pub fn open(
        survey: SurveyDefinition,
        language: Language,
        key: UnlockedKey,
        responses: CentreResponses,
    ) -> Admin {
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
        let imports = load_imports(&survey);
        let plan_set_aside = set_aside_damaged_plan();
        let admin = Admin {
            survey: StoredValue::new(Arc::new(survey)),
            language: RwSignal::new(language),
            settings: RwSignal::new(settings),
            profile: RwSignal::new(profile),
            key: StoredValue::new_local(key),
            responses: RwSignal::new(responses),
            imports: RwSignal::new(imports),
            plan_set_aside,
        };
        OPEN.with(|open| open.set(Some(admin)));
        admin
    }

    /// Forgets the unlocked key and the opened responses of the open administration, if any.
    pub fn forget_open() {
        if let Some(admin) = OPEN.with(Cell::take) {
            admin.responses.set(CentreResponses::default());
            admin.key.dispose();
            admin.responses.dispose();
        }
    }

    /// The opened responses to the survey the kiosk runs.
    pub fn employee_responses(&self) -> Vec<Response> {
        self.responses
            .with_untracked(|responses| responses.inventory.responses.clone())
    }

    /// Reads the imported files again, after one was taken in or removed.
    pub fn reload_imports(&self) {
        let survey = self.survey.get_value();
        self.imports.set(load_imports(&survey));
    }

    /// Adds responses that arrived (merged by id: one already here is not added twice).
    pub fn add_responses(&self, arrived: Vec<Response>) {
        self.responses.try_update(|responses| {
            let mut held = responses.ids();
            for response in arrived {
                if held.insert(response.id.clone()) {
                    responses.inventory.responses.push(response);
                }
            }
            responses
                .inventory
                .responses
                .sort_by_key(|response| response.submitted_at_ms);
        });
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
