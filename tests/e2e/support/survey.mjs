// The shipped employee survey, read from its definition so tests follow any edit to it.
import { readFileSync } from "node:fs";

export const survey = JSON.parse(readFileSync(new URL("../../../public/surveys/employee.json", import.meta.url)));

/** The values an item's scale accepts, lowest first; empty for free text. */
export function valuesOf(item) {
  const scale = survey.scales[item.scale];
  if (scale.type === "score") {
    return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  }
  return (scale.options ?? []).map((option) => option.value);
}

export const isText = (item) => survey.scales[item.scale].type === "text";

/** A full set of answers that differs per person: every choice item answered, one comment. */
export function answersFor(person) {
  const answers = {};
  survey.sections.forEach((section) =>
    section.items.forEach((item, index) => {
      const values = valuesOf(item);
      answers[item.id] = isText(item) ? `コメント ${person}: 休憩室を広く` : values[(person + index) % values.length];
    }),
  );
  return answers;
}
