// The action plan (改善計画): from the analysis's priorities to a printed six-month schedule and
// its CSV; the plan file moving to another kiosk; and the pulse survey made from the plan, run
// on the kiosk and read against the baseline.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures.mjs";
import { storageKey } from "./support/kiosk-page.mjs";
import { sampleCentre } from "./support/sample-centre.mjs";

/** The stored plan (or another of Yorisoi's entries) as the page has it. */
const stored = (page, name = "plan") => page.evaluate((key) => localStorage.getItem(key), storageKey(name));

// Dates on the device's clock: this week's Monday, and a plan started four weeks before it, so
// that this week is week 5.
const iso = (d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
const daysFrom = (d, days) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);
const now = new Date();
const thisMonday = daysFrom(now, -((now.getDay() + 6) % 7));
const planStart = daysFrom(thisMonday, -28);
const monthDay = (d) => `${d.getMonth() + 1}/${d.getDate()}`;

/** Types into a field and leaves it, as a person does: the page takes text on leaving. */
async function type(page, selector, value) {
  await page.locator(selector).fill(value);
  await page.locator(selector).press("Tab");
}

const cells = (row) => row.locator("td").evaluateAll((tds) => tds.map((td) => td.textContent));

test("a plan started from the priorities: schedule, progress, print on landscape A4, CSV and the plan file", async ({ kiosk, page, otherKiosk }) => {
  test.setTimeout(180_000);
  await sampleCentre(kiosk, page);
  const favourable = Object.fromEntries(
    await page.locator("tr[data-factor]").evaluateAll((rows) =>
      rows.map((row) => [row.dataset.factor, row.querySelector(".favourable")?.textContent]),
    ),
  );

  await kiosk.admin.openPage("改善計画");
  const first = page.locator(".plan-priorities li").first();
  const factor = await first.getAttribute("data-factor");
  await first.getByRole("button", { name: "この課題で施策を始める" }).click();
  const measure = page.locator('.measure[data-measure="0"]');
  // Pre-filled: the factor, its favourable % as on the flash report, its gap, linked practices,
  // and its two weakest items to measure it.
  await expect(measure.locator(".start-favourable")).toHaveText(`${favourable[factor]}% (n=40)`);
  await expect(measure.locator(".start-gap")).toHaveText(/^-\d+\.\d$/);
  await expect(measure.locator(".start-practices")).not.toBeEmpty();
  await expect(measure.locator(".measure-items li")).toHaveCount(2);
  await expect(page.locator("#measure-0-title")).toHaveValue(/の改善$/);
  await expect(page.locator("#plan-message")).toHaveText("保存しました");

  // A new plan starts on this week's Monday; this one started five weeks ago.
  await expect(page.locator("#plan-start")).toHaveValue(iso(thisMonday));
  await page.locator("#plan-start").fill(iso(planStart));
  await type(page, "#plan-name", "2027年上期 改善計画");
  await type(page, "#measure-0-owner", "山田SV");
  await page.locator("#measure-0-add-task").click();
  await page.locator("#measure-0-add-task").click();
  await type(page, "#task-0-0-title", "=研修計画を作る");
  await type(page, "#task-0-0-progress", "50");
  await type(page, "#task-0-1-title", "研修を実施");
  await type(page, "#task-0-1-start", "３"); // full-width digits, as typed on a Japanese keyboard
  await type(page, "#task-0-1-end", "12");
  // A second measure on any item, with one task done.
  await page.locator("#plan-target").selectOption("item:tc3");
  await page.locator("#plan-add-measure").click();
  await page.locator("#measure-1-add-task").click();
  await page.locator("#task-1-0-status").selectOption("done");
  await expect(page.locator("#task-1-0-progress")).toHaveValue("100");

  // A rule broken is named, and the stored plan stays as it was.
  const storedPlan = await stored(page);
  await type(page, "#task-0-1-end", "2");
  await expect(page.locator(".plan-errors")).toContainText("施策 1 のタスク 2：終了週（2）が開始週（3）より前です");
  expect(await stored(page)).toBe(storedPlan);
  await type(page, "#task-0-1-end", "12");
  await expect(page.locator(".plan-errors")).toHaveCount(0);

  // Progress weighted by weeks: (4 × 50 + 10 × 0) / 14 = 14.3%; the plan (200 + 4 × 100) / 18 = 33.3%.
  await expect(page.locator("#measure-0-progress")).toHaveText("14.3%");
  await expect(page.locator("#measure-1-progress")).toHaveText("100.0%");
  await expect(page.locator("#plan-progress")).toHaveText("33.3%");
  await expect(page.locator("#plan-week")).toHaveText("今週：第5週");

  // The schedule: 50% of weeks 1-4 is weeks 1-2 done (●), 3-4 planned (○); late in week 5.
  const task0 = page.locator('.task-row[data-measure="0"][data-task="0"]');
  expect((await cells(task0)).slice(0, 6)).toEqual(["●", "●", "○", "○", "", ""]);
  await expect(task0.locator(".task-state")).toHaveText("遅れ");
  await expect(page.locator('.task-row[data-measure="0"][data-task="1"] .task-state')).toHaveText("実施時期");
  await expect(page.locator('.task-row[data-measure="1"][data-task="0"] .task-state')).toHaveCount(0);
  const reviews = await cells(page.locator('.measure-row[data-measure="0"]'));
  expect([reviews[12], reviews[25]]).toEqual(["★", "★"]);
  const meetings = await cells(page.locator(".meeting-row"));
  expect(meetings.flatMap((mark, index) => (mark === "■" ? [index + 1] : []))).toEqual([4, 8, 12, 16, 20, 24]);
  await expect(page.locator(".schedule thead th").nth(1)).toHaveText(`W1${monthDay(planStart)}`);

  // No serious or critical accessibility problem on the page.
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => ["serious", "critical"].includes(v.impact)).map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  mkdirSync("docs/screens", { recursive: true });
  await page.screenshot({ path: "docs/screens/action-plan.png", fullPage: true });

  // The CSV: UTF-8 with BOM, CRLF, every field quoted, the formula-like title neutralised.
  const [csvDownload] = await Promise.all([page.waitForEvent("download"), page.locator("#plan-csv").click()]);
  const bytes = readFileSync(await csvDownload.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  expect(lines.at(-1)).toBe("");
  const fields = (line) => line.slice(1, -1).split('","');
  expect(fields(lines[0]).slice(0, 8)).toEqual(["施策", "担当", "タスク", "状況", "進捗%", "開始週", "終了週", `W1 ${monthDay(planStart)}`]);
  expect(fields(lines[0])).toHaveLength(7 + 26);
  const taskLine = fields(lines.find((line) => line.includes("研修計画を作る")));
  expect(taskLine.slice(1, 11)).toEqual(["山田SV", "'=研修計画を作る", "実施中", "50", "1", "4", "2", "2", "1", "1"]);
  expect(fields(lines.at(-2))).toEqual(["計画全体", "", "", "", "33.3"]);

  // Printed: the schedule alone, on one landscape A4 page, its table as wide as the paper
  // allows at most (A4 landscape less 8 mm margins: 281 mm, about 1062 CSS pixels).
  await page.emulateMedia({ media: "print" });
  await page.setViewportSize({ width: 1062, height: 760 });
  const [tableWidth, roomWidth] = await page
    .locator(".plan-schedule")
    .evaluate((section) => [section.querySelector(".schedule").getBoundingClientRect().right, section.getBoundingClientRect().right]);
  expect(tableWidth).toBeLessThanOrEqual(roomWidth);
  await expect(page.locator(".plan-measures")).toBeHidden();
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/action-plan.pdf", pdf);
  const text = pdf.toString("latin1");
  expect(text.match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(1);
  const [, width, height] = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
  expect(Math.round(Number(width))).toBe(842);
  expect(Math.round(Number(height))).toBe(595);
  await page.emulateMedia({ media: "screen" });

  // The aggregate export never carries the plan.
  await kiosk.admin.openPage("データ");
  const [exportDownload] = await Promise.all([page.waitForEvent("download"), page.locator("#export-button").click()]);
  const exported = readFileSync(await exportDownload.path(), "utf8");
  expect(exported).not.toContain("研修");
  expect(exported).not.toContain("山田SV");

  // The plan file: a bad one is refused with the stored plan unchanged; another kiosk reads it.
  await kiosk.admin.openPage("改善計画");
  const [planDownload] = await Promise.all([page.waitForEvent("download"), page.locator("#plan-export").click()]);
  const planFile = readFileSync(await planDownload.path(), "utf8");
  const before = await stored(page);
  const broken = planFile.replace('"end_week": 12', '"end_week": 40');
  await page.locator("#plan-import").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  await expect(page.locator("#plan-file-message")).toHaveText(
    "読み込めませんでした（保存済みの計画は変わっていません）：施策 1 のタスク 2：第40週は計画の期間外です",
  );
  await page.locator("#plan-import").setInputFiles({ name: "export.json", mimeType: "application/json", buffer: Buffer.from(exported) });
  await expect(page.locator("#plan-file-message")).toContainText("改善計画のファイルではありません");
  expect(await stored(page)).toBe(before);

  await otherKiosk.open();
  await otherKiosk.admin.open();
  await otherKiosk.admin.openPage("改善計画");
  await expect(otherKiosk.page.locator(".measure")).toHaveCount(0);
  await otherKiosk.page.locator("#plan-import").setInputFiles(await planDownload.path());
  await expect(otherKiosk.page.locator("#plan-file-message")).toContainText("計画を読み込みました");
  await expect(otherKiosk.page.locator("#measure-0-owner")).toHaveValue("山田SV");
  await expect(otherKiosk.page.locator("#plan-progress")).toHaveText("33.3%");
});

// Five people on the full survey: tc3 1,2,1,2,3 (0 of 5 favourable), tc1 4 for all (5 of 5).
const BEFORE = { kgi: [4, 5, 6, 5, 4], tc1: [4, 4, 4, 4, 4], tc3: [1, 2, 1, 2, 3] };
// Then five on the plan's pulse survey: tc3 5 for all (5 of 5), tc1 still 5 of 5.
const AFTER = { kgi: [8, 7, 9, 8, 7], tc1: [4, 5, 4, 5, 4], tc3: [5, 5, 5, 5, 5] };
const person = (answers, n) => Object.fromEntries(Object.entries(answers).map(([id, values]) => [id, values[n]]));

test("the plan's pulse survey runs on the kiosk and shows each measure against the baseline", async ({ kiosk, page }) => {
  test.setTimeout(180_000);
  await kiosk.open();
  for (let n = 0; n < 5; n++) {
    await kiosk.respond(person(BEFORE, n));
  }
  await kiosk.admin.open();
  await kiosk.admin.openPage("データ");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-button").click()]);
  await page.locator("#baseline-file").setInputFiles(await download.path());
  await expect(page.locator("#baseline-status")).toContainText("基準：employee@2026.1");

  await kiosk.admin.openPage("改善計画");
  await page.locator("#make-pulse").click();
  await expect(page.locator("#pulse-message")).toHaveText("効果を測る項目を、少なくとも1つの施策で選んでください");
  await page.locator("#plan-target").selectOption("item:tc3");
  await page.locator("#plan-add-measure").click();
  await page.locator("#measure-0-add-item").selectOption("tc1");
  await expect(page.locator(".measure-items li")).toHaveCount(2);
  await page.locator("#make-pulse").click();
  // The KGI and the two measured items.
  await expect(page.locator("#pulse-message")).toHaveText("ミニアンケートを作りました（3問）。");
  const pulse = JSON.parse(await stored(page, "plan-pulse"));
  expect(pulse.sections.flatMap((section) => section.items.map((item) => item.id))).toEqual(["kgi", "tc1", "tc3"]);

  // Run it: the kiosk reloads on the pulse survey.
  await Promise.all([page.waitForEvent("load"), page.locator("#run-pulse").click()]);
  await expect(kiosk.startButton).toBeVisible();
  await expect(page.locator("h1")).toHaveText("ミニアンケート（改善計画）");
  for (let n = 0; n < 5; n++) {
    await kiosk.startButton.click();
    for (const section of pulse.sections) {
      for (const item of section.items) await kiosk.option(item.id, AFTER[item.id][n]).click();
      await kiosk.next();
    }
    await kiosk.submit();
    await kiosk.backToStart();
  }

  await kiosk.admin.open();
  await kiosk.admin.openPage("改善計画");
  await expect(page.locator("#pulse-running")).toBeVisible();
  const effect = page.locator('.effect[data-measure="0"]');
  await expect(effect.locator(".verdict")).toHaveText("ノイズを超えて改善");
  // tc3: 0 of 5 -> 5 of 5, z = 1 / √(0.5 × 0.5 × 0.4) = 3.16: beyond the noise.
  const tc3 = effect.locator('tr[data-item="tc3"]');
  expect(await cells(tc3)).toEqual(["0.0n=5", "100.0n=5", "+100.0", "ノイズを超える変化"]);
  // tc1: 5 of 5 both times.
  expect(await cells(effect.locator('tr[data-item="tc1"]'))).toEqual(["100.0n=5", "100.0n=5", "0.0", "ノイズの範囲"]);
  await expect(effect).toContainText("平均の変化: +50.0");

  // The Data page shows the plan's pulse as the survey this kiosk runs, and switches back.
  await kiosk.admin.openPage("データ");
  await expect(page.locator("#active-survey")).toHaveValue("plan_pulse");
  await Promise.all([page.waitForEvent("load"), page.locator("#active-survey").selectOption("employee")]);
  await expect(page.locator("h1")).toHaveText("従業員Well-being診断");
});

test("a damaged stored plan is set aside, and one from a newer version is left untouched", async ({ kiosk, page }) => {
  await kiosk.open();
  await page.evaluate((key) => localStorage.setItem(key, "{damaged"), storageKey("plan"));
  await kiosk.admin.open();
  await kiosk.admin.openPage("改善計画");
  await expect(page.locator("#plan-message")).toHaveText("保存されていた計画が壊れていたため、別に保管しました。");
  const setAside = await page.evaluate(
    (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)).map((key) => localStorage.getItem(key)),
    storageKey("set-aside/plan/"),
  );
  expect([await stored(page), setAside]).toEqual([null, ["{damaged"]]);

  const newer = JSON.stringify({ v: 2, something: "new" });
  await page.evaluate(({ key, newer }) => localStorage.setItem(key, newer), { key: storageKey("plan"), newer });
  await page.getByRole("navigation").getByRole("button", { name: "概要" }).click();
  await kiosk.admin.openPage("改善計画");
  await expect(page.locator(".plan-page .notice")).toHaveText("この端末の計画は新しいバージョンで保存されています。手を加えずに残しています。");
  await expect(page.locator(".measure, #plan-start")).toHaveCount(0);
  expect(await stored(page)).toBe(newer);
});
