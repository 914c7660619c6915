// The flash report: figures computed by hand from known answers, the anonymity minimum, and
// ECharts loaded only when a report opens.
import { mkdirSync, readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures.mjs";
import { survey } from "./support/survey.mjs";

const benchmark = JSON.parse(readFileSync(new URL("../../public/benchmark/benchmark.json", import.meta.url)));

// Five people. Every item of a factor gets the same answer from a person.
const KGI = [8, 7, 9, 6, 5]; // mean 35 / 5 = 7.00
const FACTOR_ANSWERS = {
  learning_growth: [5, 4, 5, 4, 2], // favourable (4 or 5): 4 of 5 = 80.0%, mean 4.00
  mutual_recognition: [2, 1, 2, 3, 4], // 1 of 5 = 20.0%, mean 2.40
  team_strength: [3, 3, 3, 3, 3], // 0.0%, mean 3.00
  using_abilities: [5, 5, 5, 5, 5], // 100.0%, mean 5.00
  trust_company: [4, 4, 4, 2, 1], // 60.0%, mean 3.00
  healthy_workplace: [1, 2, 4, 5, 3], // 40.0%, mean 3.00
  work_life_cycle: [4, 4, 5, 5, 5], // 100.0%, mean 4.60
};
const EXPECTED = {
  learning_growth: ["80.0", "4.00"],
  mutual_recognition: ["20.0", "2.40"],
  team_strength: ["0.0", "3.00"],
  using_abilities: ["100.0", "5.00"],
  trust_company: ["60.0", "3.00"],
  healthy_workplace: ["40.0", "3.00"],
  work_life_cycle: ["100.0", "4.60"],
};

function answersOf(person) {
  const answers = {};
  for (const section of survey.sections) {
    for (const item of section.items) {
      if (item.kind === "kgi") answers[item.id] = KGI[person];
      else if (item.kind === "factor") answers[item.id] = FACTOR_ANSWERS[item.factor][person];
      else if (item.kind === "outcome") answers[item.id] = item.scale === "agree5" ? 4 : 8;
      else if (item.kind === "attribute") answers[item.id] = 1;
    }
  }
  return answers;
}

async function takeSurveys(kiosk, people) {
  await kiosk.open();
  for (let person = 0; person < people; person++) {
    await kiosk.respond(answersOf(person));
  }
}

test("the flash report shows the favourable % and KGI mean computed by hand, and the rank", async ({ kiosk, page, context }) => {
  const requested = [];
  // The page's own requests: the service worker caches the administration in the background
  // once the page is idle, which is allowed (tests/e2e/updates.spec.mjs).
  context.on("request", (request) => request.serviceWorker() || requested.push(new URL(request.url()).pathname));
  await takeSurveys(kiosk, 5);
  expect(requested.filter((path) => path.includes("/vendor/") || path.includes("/admin/")), "the survey page never loads ECharts or the administration").toEqual([]);

  await kiosk.admin.open();
  await kiosk.admin.openReport();
  await expect(page.locator("#respondents")).toHaveText("5");
  await expect(page.locator("#kgi-mean")).toHaveText("7.00");
  for (const [factor, [favourable, mean]] of Object.entries(EXPECTED)) {
    const row = page.locator(`tr[data-factor="${factor}"]`);
    await expect(row.locator(".favourable")).toHaveText(favourable);
    await expect(row.locator(".mean-score")).toHaveText(mean);
  }

  // Rank and percentile against the bundled snapshot, worked out here from its centre values.
  const values = benchmark.measures.kgi.values;
  const rank = 1 + values.filter((value) => value > 7.0).length;
  await expect(page.locator("#kgi-rank")).toHaveText(`${rank} / ${values.length + 1}`);
  const below = values.filter((value) => value < 7.0).length;
  const ties = values.filter((value) => value === 7.0).length;
  const percentile = Math.round(((below + ties / 2) * 100 * 10) / values.length) / 10;
  await expect(page.locator("#kgi-percentile")).toHaveText(percentile.toFixed(1));
  const midSmall = values.filter((_, index) => benchmark.centre_sizes[index] === "mid_small");
  await expect(page.locator("#kgi-rank-size")).toHaveText(
    `${1 + midSmall.filter((value) => value > 7.0).length} / ${midSmall.length + 1}`,
  );
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  await expect(page.locator("#kgi-national-mean")).toHaveText((Math.round(mean * 100) / 100).toFixed(2));

  // Strengths and priorities: each item's favourable % against the snapshot's national mean.
  const items = survey.sections.flatMap((section) => section.items).filter((item) => ["factor", "outcome"].includes(item.kind));
  const favourable = (item) => {
    const scale = survey.scales[item.scale];
    const given = [0, 1, 2, 3, 4].map((person) => answersOf(person)[item.id]);
    const top = scale.type === "score" ? (value) => value >= 7 : (value) => value >= 4;
    return (given.filter(top).length * 100) / given.length;
  };
  const nationalMean = (item) => {
    const values = benchmark.measures[`item:${item.id}`].values.filter((value) => value !== null);
    return values.reduce((sum, value) => sum + value, 0) / values.length;
  };
  const ranked = items
    .map((item, order) => ({ id: item.id, order, difference: favourable(item) - nationalMean(item) }))
    .sort((a, b) => b.difference - a.difference || a.order - b.order);
  const shown = (selector) => page.locator(`${selector} tbody tr`).evaluateAll((rows) => rows.map((row) => row.dataset.item));
  expect(await shown(".strongest")).toEqual(ranked.slice(0, 3).map((item) => item.id));
  expect(await shown(".weakest")).toEqual(ranked.slice(-3).reverse().map((item) => item.id));

  // The charts are drawn, with ECharts fetched from the app's own folder only now.
  for (const id of ["chart-radar", "chart-factors", "chart-kgi"]) {
    await expect(page.locator(`#${id} svg`)).toHaveCount(1);
  }
  expect(requested.filter((path) => path.endsWith("/vendor/echarts.min.js")).length).toBeGreaterThan(0);
  await expect(page.locator(".benchmark-note")).toContainText("合成サンプル");
});

test("below the anonymity minimum the report shows no figure and says why", async ({ kiosk, page }) => {
  await takeSurveys(kiosk, 4);
  await kiosk.admin.open();
  await kiosk.admin.openReport();
  await expect(page.locator(".too-few")).toHaveText(
    "回答者が5人未満のため、結果は表示しません（現在4人）。回答者を特定できないようにするためです。",
  );
  await expect(page.locator("#kgi-mean")).toHaveCount(0);
  await expect(page.locator("table")).toHaveCount(0);

  // The administrator may lower the minimum, but never below 3.
  await page.getByRole("button", { name: "概要" }).click();
  await page.locator("#min-respondents").fill("2");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.locator(".setting .form-message")).toHaveText(
    "最少人数は3〜100人で入力してください（2は範囲外です）。",
  );
  await page.locator("#min-respondents").fill("4");
  await page.getByRole("button", { name: "保存" }).click();
  await kiosk.admin.openReport();
  await expect(page.locator("#respondents")).toHaveText("4");

  // The start screen's promise follows the minimum at once, without a reload.
  await kiosk.admin.leave();
  await expect(page.locator(".anonymity")).toContainText("4人未満のグループの結果は表示されません");
});

test.describe("without the benchmark", () => {
  // Requests answered by a service worker never reach page.route.
  test.use({ serviceWorkers: "block" });

  test("a missing benchmark is said plainly and the centre's own figures still show", async ({ kiosk, page, watch }) => {
  watch.allowConsoleErrors.push(/404/);
  await page.route("**/benchmark/benchmark.json", (route) => route.fulfill({ status: 404, body: "" }));
  await takeSurveys(kiosk, 5);
  await kiosk.admin.open();
  await kiosk.admin.openReport();
  await expect(page.locator(".benchmark-note.problem")).toContainText("全国ベンチマークを読み込めませんでした：サーバーが読み込みを断りました（HTTP 404）。");
  await expect(page.locator("#kgi-mean")).toHaveText("7.00");
  await expect(page.locator("#kgi-rank")).toHaveText("–");
  // The survey still works.
  await page.getByRole("button", { name: "概要" }).click();
  await page.getByRole("button", { name: "管理者メニューを閉じる" }).click();
  await kiosk.start("ja");
});
});
