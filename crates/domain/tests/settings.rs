use yorisoi_domain::settings::{DEFAULT_IDLE_TIMEOUT_SECS, IDLE_GRACE_SECS};
use yorisoi_domain::{IdleState, KioskSettings};

#[test]
fn the_idle_time_defaults_to_three_minutes_and_accepts_thirty_seconds_to_an_hour() {
    let settings = KioskSettings::default();
    assert_eq!(settings.idle_timeout_secs(), 180);
    assert_eq!(DEFAULT_IDLE_TIMEOUT_SECS, 180);
    assert_eq!(settings.with_idle_timeout(30).unwrap().idle_timeout_secs(), 30);
    assert_eq!(
        settings.with_idle_timeout(3600).unwrap().idle_timeout_secs(),
        3600
    );
    assert_eq!(
        settings.with_idle_timeout(29).unwrap_err().to_string(),
        "the idle time must be from 30 to 3600 seconds, not 29"
    );
    assert!(settings.with_idle_timeout(3601).is_err());
}

#[test]
fn settings_read_back_and_damaged_or_out_of_range_ones_are_refused() {
    let settings = KioskSettings::default().with_idle_timeout(300).unwrap();
    assert_eq!(
        KioskSettings::from_record(&settings.to_record()).unwrap(),
        settings
    );
    assert!(KioskSettings::from_record("{")
        .unwrap_err()
        .to_string()
        .starts_with("damaged settings"));
    assert!(KioskSettings::from_record("{\"v\":1,\"idle_timeout_secs\":5}").is_err());
}

#[test]
fn an_idle_kiosk_asks_at_the_timeout_then_expires_after_the_grace_time() {
    assert_eq!(IDLE_GRACE_SECS, 30);
    assert_eq!(IdleState::after(0, 180), IdleState::Active);
    assert_eq!(IdleState::after(179, 180), IdleState::Active);
    assert_eq!(IdleState::after(180, 180), IdleState::Asking { secs_left: 30 });
    assert_eq!(IdleState::after(209, 180), IdleState::Asking { secs_left: 1 });
    assert_eq!(IdleState::after(210, 180), IdleState::Expired);
}

#[test]
fn the_anonymity_minimum_defaults_to_five_and_never_goes_below_three() {
    let settings = KioskSettings::default();
    assert_eq!(settings.min_respondents(), 5);
    assert_eq!(settings.with_min_respondents(3).unwrap().min_respondents(), 3);
    assert_eq!(
        settings.with_min_respondents(2).unwrap_err().to_string(),
        "the minimum number of respondents must be from 3 to 100, not 2"
    );
}

#[test]
fn settings_saved_before_the_report_settings_existed_still_read() {
    let old = KioskSettings::from_record("{\"v\":1,\"idle_timeout_secs\":120}").unwrap();
    assert_eq!(old.idle_timeout_secs(), 120);
    assert_eq!(old.min_respondents(), 5);
    let lowered = KioskSettings::from_record("{\"v\":1,\"idle_timeout_secs\":120,\"min_respondents\":1}");
    assert!(lowered.is_err(), "a stored minimum below 3 is refused");
}

#[test]
fn the_kiosk_can_run_the_full_survey_a_shipped_pulse_or_the_plans_stored_pulse() {
    use yorisoi_domain::records::keys;
    use yorisoi_domain::settings::{ActiveSurvey, SurveySource};
    assert_eq!(
        ActiveSurvey::Employee.source(),
        SurveySource::File("surveys/employee.json")
    );
    assert_eq!(
        ActiveSurvey::Pulse.source(),
        SurveySource::File("surveys/pulse.json")
    );
    assert_eq!(
        ActiveSurvey::PlanPulse.source(),
        SurveySource::Stored(keys::PLAN_PULSE)
    );
    let settings = KioskSettings::default().with_survey(ActiveSurvey::PlanPulse);
    let record = settings.to_record();
    assert!(record.contains("\"survey\":\"plan_pulse\""), "{record}");
    assert_eq!(
        KioskSettings::from_record(&record).unwrap().survey(),
        ActiveSurvey::PlanPulse
    );
    assert_eq!(ActiveSurvey::PlanPulse.id(), "plan_pulse");
}
