// Builds the SurveyJS definition of Yorisoi's employee survey from public/surveys/employee.json,
// so the peer always asks the same items, in the same order, on the same scales (Japanese texts).
//
//   node bench/surveyjs/generate.mjs [out.json]     (default: print to stdout)
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const employeeUrl = new URL("../../public/surveys/employee.json", import.meta.url);

/** Yorisoi's definition (parsed JSON) -> SurveyJS JSON, one SurveyJS page per section. */
export function toSurveyJs(survey, language = "ja") {
  const text = (t) => t[language];
  const question = (item) => {
    const scale = survey.scales[item.scale];
    const common = { name: item.id, title: text(item.text) };
    switch (scale.type) {
      case "agreement":
      case "choice":
        return {
          type: "radiogroup",
          ...common,
          choices: scale.options.map((option) => ({ value: option.value, text: text(option.label) })),
        };
      case "score":
        return {
          type: "rating",
          ...common,
          rateMin: scale.min,
          rateMax: scale.max,
          rateCount: scale.max - scale.min + 1,
          minRateDescription: text(scale.min_label),
          maxRateDescription: text(scale.max_label),
        };
      case "text":
        return { type: "comment", ...common, maxLength: scale.max_length };
      default:
        throw new Error(`item ${item.id}: scale type ${scale.type} has no SurveyJS equivalent here`);
    }
  };
  return {
    locale: language,
    title: text(survey.title),
    showQuestionNumbers: "on",
    pages: survey.sections.map((section) => ({
      name: section.id,
      title: text(section.title),
      elements: section.items.map(question),
    })),
  };
}

export function generate() {
  return toSurveyJs(JSON.parse(readFileSync(employeeUrl, "utf8")));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const json = JSON.stringify(generate(), null, 2) + "\n";
  if (process.argv[2]) writeFileSync(process.argv[2], json);
  else process.stdout.write(json);
}
