// Speed of scoring and of the flash report, in Debian's Chromium on the release build.
// Prints figures and their ratio to the targets; never a pass/fail test (shared machines are
// noisy). Run: scripts/bench   (or: node bench/report.mjs after `trunk build --release`)
import { chromium } from "@playwright/test";
import { readFileSync } from "node:fs";
import { CHROMIUM, CHROMIUM_ARGS } from "../scripts/chromium.mjs";
import { startServer } from "../scripts/serve.mjs";

const RESPONSES = 10_000;
const RUNS = 7;
const TARGETS = { "yorisoi:scoring": 50, "yorisoi:report": 300 };

const survey = JSON.parse(readFileSync(new URL("../public/surveys/employee.json", import.meta.url)));
const items = survey.sections.flatMap((section) => section.items).filter((item) => item.kind !== "comment");
const valuesOf = (item) => {
  const scale = survey.scales[item.scale];
  return scale.type === "score"
    ? Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i)
    : scale.options.map((option) => option.value);
};

const server = await startServer({ root: "dist" });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.goto(server.url);

// One response through the kiosk gives the stored format; the rest are copies with other answers.
await page.getByRole("button", { name: "回答をはじめる" }).click();
for (let section = 0; section < survey.sections.length; section++) {
  await page.getByRole("button", { name: /^(次へ|確認へ)$/ }).click();
}
await page.getByRole("button", { name: "送信する" }).click();
await page.getByRole("button", { name: "最初の画面に戻る" }).click();
const stored = await page.evaluate(() => {
  const key = Object.keys(localStorage).find((k) => k.startsWith("yorisoi/v1@/wellbeing/response/"));
  return JSON.parse(localStorage.getItem(key));
});
await page.evaluate(
  ({ stored, choices, count }) => {
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    Object.keys(localStorage).forEach((key) => localStorage.removeItem(key));
    for (let n = 0; n < count; n++) {
      const a = choices.map((values) => (random() < 0.02 ? "." : values[Math.floor(random() * values.length)].toString(36))).join("");
      const id = n.toString(16).padStart(16, "0");
      localStorage.setItem(`yorisoi/v1@/wellbeing/response/${id}`, JSON.stringify({ ...stored, id, a, t: {} }));
    }
  },
  { stored, choices: items.map(valuesOf), count: RESPONSES },
);

await page.reload();
await page.getByRole("button", { name: "管理者" }).click();
await page.locator("#pin").fill("2580");
await page.locator("#pin-again").fill("2580");
await page.getByRole("button", { name: "PINを設定する" }).click();

const samples = { "yorisoi:scoring": [], "yorisoi:report": [] };
for (let run = 0; run < RUNS; run++) {
  await page.getByRole("button", { name: "結果速報" }).click();
  await page.locator("#chart-kgi svg").waitFor();
  await page.waitForFunction(() => performance.getEntriesByName("yorisoi:report").length > 0);
  const measured = await page.evaluate(() =>
    Object.fromEntries(["yorisoi:scoring", "yorisoi:report"].map((name) => [name, performance.getEntriesByName(name)[0].duration])),
  );
  for (const [name, duration] of Object.entries(measured)) samples[name].push(duration);
  await page.getByRole("button", { name: "概要" }).click();
}
const respondents = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("yorisoi/v1@/wellbeing/response/")).length);
await browser.close();
await server.close();

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`Flash report speed, ${respondents} stored responses of the ${items.length}-question survey, ${RUNS} runs`);
console.log("measure                 median ms   min ms   max ms   target ms   median/target");
for (const [name, values] of Object.entries(samples)) {
  const m = median(values);
  console.log(
    `${name.padEnd(22)} ${m.toFixed(1).padStart(9)} ${Math.min(...values).toFixed(1).padStart(8)} ${Math.max(...values)
      .toFixed(1)
      .padStart(8)} ${String(TARGETS[name]).padStart(11)} ${(m / TARGETS[name]).toFixed(2).padStart(15)}`,
  );
}
console.log("yorisoi:scoring = read every stored response, check it, tally and score; yorisoi:report = open to all charts drawn.");
