mod common;

use std::collections::BTreeMap;

use common::*;
use yorisoi_domain::{AnswerError, Answers};

#[test]
fn a_choice_on_the_scale_is_kept_and_can_be_changed() {
    let survey = small();
    let mut answers = Answers::new(&survey);
    answers.choose(&survey, "kgi", 0).unwrap();
    answers.choose(&survey, "lg1", 4).unwrap();
    answers.choose(&survey, "lg1", 5).unwrap();
    assert_eq!(answers.choice(&survey, "kgi"), Some(0));
    assert_eq!(answers.choice(&survey, "lg1"), Some(5));
    assert_eq!(answers.answered_count(), 2);
}

#[test]
fn answers_the_survey_does_not_accept_are_refused_and_change_nothing() {
    let survey = small();
    let mut answers = Answers::new(&survey);
    answers.choose(&survey, "lg1", 3).unwrap();
    let before = answers.clone();
    assert_eq!(
        answers.choose(&survey, "lg1", 6),
        Err(AnswerError::ValueNotOnScale {
            item: "lg1".into(),
            value: 6
        })
    );
    assert_eq!(
        answers.choose(&survey, "kgi", 11),
        Err(AnswerError::ValueNotOnScale {
            item: "kgi".into(),
            value: 11
        })
    );
    assert_eq!(
        answers.choose(&survey, "role", 0),
        Err(AnswerError::ValueNotOnScale {
            item: "role".into(),
            value: 0
        })
    );
    assert_eq!(
        answers.choose(&survey, "nope", 1),
        Err(AnswerError::UnknownItem("nope".into()))
    );
    assert_eq!(
        answers.choose(&survey, "comment", 1),
        Err(AnswerError::NotAChoiceItem("comment".into()))
    );
    assert_eq!(
        answers.write(&survey, "lg1", "text"),
        Err(AnswerError::NotATextItem("lg1".into()))
    );
    assert_eq!(answers, before);
}

#[test]
fn free_text_is_cut_to_the_scale_length_in_characters_and_blank_text_removes_it() {
    let survey = small();
    let mut answers = Answers::new(&survey);
    answers
        .write(&survey, "comment", "休憩室をもっと広くしてほしいです")
        .unwrap();
    assert_eq!(answers.text("comment"), Some("休憩室をもっと広くし"));
    answers.write(&survey, "comment", "   ").unwrap();
    assert_eq!(answers.text("comment"), None);
    assert!(answers.is_empty());
}

#[test]
fn unanswered_lists_the_choice_items_left_in_survey_order_but_never_the_comment() {
    let survey = small();
    let mut answers = Answers::new(&survey);
    let ids = |answers: &Answers| -> Vec<String> {
        answers
            .unanswered(&survey)
            .iter()
            .map(|item| item.id.clone())
            .collect()
    };
    assert_eq!(ids(&answers), ["kgi", "lg1", "mr1", "role"]);
    answers.choose(&survey, "lg1", 1).unwrap();
    answers.choose(&survey, "role", 2).unwrap();
    assert_eq!(ids(&answers), ["kgi", "mr1"]);
}

#[test]
fn the_compact_form_is_one_digit_per_choice_item_and_reads_back_the_same() {
    let survey = small();
    let mut answers = Answers::new(&survey);
    answers.choose(&survey, "kgi", 10).unwrap();
    answers.choose(&survey, "mr1", 2).unwrap();
    answers.write(&survey, "comment", "ありがとう").unwrap();
    let compact = answers.encode_choices();
    assert_eq!(compact, "a.2.");
    assert_eq!(
        Answers::decode(&survey, &compact, answers.texts()).unwrap(),
        answers
    );
}

#[test]
fn a_compact_form_that_does_not_fit_the_survey_is_refused_with_the_reason() {
    let survey = small();
    let none = BTreeMap::new();
    assert_eq!(
        Answers::decode(&survey, "a.2", &none).unwrap_err().to_string(),
        "3 answers stored for 4 questions"
    );
    assert!(Answers::decode(&survey, "a.!.", &none)
        .unwrap_err()
        .to_string()
        .contains("not an answer code"));
    assert!(Answers::decode(&survey, "b...", &none)
        .unwrap_err()
        .to_string()
        .contains("11 is not an answer to item \"kgi\""));
    let stray = BTreeMap::from([("lg1".to_owned(), "text".to_owned())]);
    assert!(Answers::decode(&survey, "....", &stray)
        .unwrap_err()
        .to_string()
        .contains("takes a choice"));
}
