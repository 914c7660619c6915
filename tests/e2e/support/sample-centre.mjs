// A sample centre of 40 respondents with factors of different strength: enough for the driver
// analysis and the priorities. One answers through the kiosk; the rest are stored in the same
// format, from a seeded generator, so every run has the same figures.
import { expect } from "@playwright/test";
import { storageKey } from "./kiosk-page.mjs";
import { answersFor, survey } from "./survey.mjs";

const choiceItems = survey.sections.flatMap((section) => section.items).filter((item) => item.kind !== "comment");

/** 40 sample respondents: one through the kiosk, the rest stored in the same format. */
export async function sampleCentre(kiosk, page) {
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.answerAll(answersFor(0));
  await kiosk.submit();
  await kiosk.backToStart();
  const [first] = await kiosk.storedResponses();
  const scales = Object.fromEntries(
    choiceItems.map((item) => {
      const scale = survey.scales[item.scale];
      const values =
        scale.type === "score"
          ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i)
          : scale.options.map((option) => option.value);
      return [item.id, { values, kind: item.kind, factor: item.factor }];
    }),
  );
  await page.evaluate(
    ({ first, items, scales, prefix }) => {
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
      const strength = { learning_growth: 0.1, mutual_recognition: 0.25, team_strength: 0.3, using_abilities: 0.05,
        trust_company: -0.2, healthy_workplace: 0.0, work_life_cycle: -0.3 };
      for (let n = 1; n < 40; n++) {
        const mood = random() - 0.45;
        const answers = items.map((id) => {
          const { values, kind, factor } = scales[id];
          if (kind === "attribute") return values[Math.floor(random() * values.length)];
          const lean = Math.min(0.999, Math.max(0, 0.5 + mood + (strength[factor] ?? 0) + (random() - 0.5) * 0.6));
          return values[Math.floor(lean * values.length)];
        });
        const id = n.toString(16).padStart(16, "0");
        const a = answers.map((value) => value.toString(36)).join("");
        localStorage.setItem(`${prefix}${id}`, JSON.stringify({ ...first, id, a, t: {} }));
      }
    },
    { first, items: choiceItems.map((item) => item.id), scales, prefix: storageKey("response/") },
  );
  await kiosk.admin.open();
  await kiosk.admin.openReport();
  await expect(page.locator("#respondents")).toHaveText("40");
  for (const id of ["chart-radar", "chart-factors", "chart-kgi"]) await expect(page.locator(`#${id} svg`)).toHaveCount(1);
}
