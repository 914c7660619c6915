// The peer: SurveyJS (survey-core + survey-js-ui) rendering the same employee survey, whose
// definition generate.mjs writes from Yorisoi's public/surveys/employee.json.
fetch("./survey.json")
  .then((response) => response.json())
  .then((json) => {
    const survey = new Survey.Model(json);
    survey.locale = "ja";
    survey.onComplete.add((sender) => {
      window.__surveyData = sender.data;
    });
    window.__survey = survey;
    SurveyUI.renderSurvey(survey, document.getElementById("survey"));
  });
