// Over time: the full survey's export as the baseline, then a pulse survey on the kiosk, and
// whether each change is larger than the noise.
import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures.mjs";
import { survey } from "./support/survey.mjs";

const pulse = JSON.parse(readFileSync(new URL("../../public/surveys/pulse.json", import.meta.url)));
const pulseSections = pulse.sections;

// Five people on the full survey: lg1 1,2,1,2,3 (0 of 5 favourable), mr1 4 for all (5 of 5).
const BEFORE = { lg1: [1, 2, 1, 2, 3], mr1: [4, 4, 4, 4, 4], kgi: [4, 5, 6, 5, 4] };
// Then five on the pulse survey: lg1 5 for all (5 of 5), mr1 4,5,4,5,4 (5 of 5).
const AFTER = { lg1: [5, 5, 5, 5, 5], mr1: [4, 5, 4, 5, 4], kgi: [8, 7, 9, 8, 7] };

test("a pulse survey against the full survey before it shows each change and whether it beats the noise", async ({ kiosk, page }) => {
  await kiosk.open();
  for (let person = 0; person < 5; person++) {
    await kiosk.respond(Object.fromEntries(Object.entries(BEFORE).map(([id, values]) => [id, values[person]])));
  }
  await kiosk.admin.open();
  await kiosk.admin.openPage("データ");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-button").click()]);
  await page.locator("#baseline-file").setInputFiles(await download.path());
  await expect(page.locator("#baseline-status")).toContainText("基準：employee@2026.1");

  // Switching the kiosk to the pulse survey reloads it.
  await Promise.all([page.waitForEvent("load"), page.locator("#active-survey").selectOption("pulse")]);
  await expect(kiosk.startButton).toBeVisible();
  await expect(page.locator("h1")).toHaveText("ミニアンケート");
  for (let person = 0; person < 5; person++) {
    await page.getByRole("button", { name: "回答をはじめる" }).click();
    for (const section of pulseSections) {
      for (const item of section.items) {
        const value = AFTER[item.id]?.[person];
        if (value !== undefined) await kiosk.option(item.id, value).click();
      }
      await kiosk.next();
    }
    await kiosk.submit();
    await kiosk.backToStart();
  }

  await kiosk.admin.open();
  await kiosk.admin.openPage("前回との比較");
  const row = (id) => page.locator(`.change-table.items tr[data-item="${id}"]`);
  // lg1: 0.0% of 5 -> 100.0% of 5; z = 1 / sqrt(0.5 * 0.5 * 0.4) = 3.16: beyond the noise.
  await expect(row("lg1").locator("td").nth(0)).toHaveText("0.0n=5");
  await expect(row("lg1").locator("td").nth(1)).toHaveText("100.0n=5");
  await expect(row("lg1").locator(".change")).toHaveText("+100.0");
  await expect(row("lg1").locator(".noise")).toHaveText("ノイズを超える変化");
  // mr1: 100% both times: no change.
  await expect(row("mr1").locator(".change")).toHaveText("0.0");
  await expect(row("mr1").locator(".noise")).toHaveText("ノイズの範囲");
  // KGI at 7 and above: 0 of 5 -> 5 of 5.
  await expect(row("kgi").locator(".change")).toHaveText("+100.0");
  // Items the pulse did not ask are not compared.
  await expect(page.locator('.change-table.items tr[data-item="lg2"]')).toHaveCount(0);
  await expect(page.locator('.change-table.factors tr[data-factor="learning_growth"] .change')).toHaveText("+100.0");

  // The flash report shows the change per factor too; the benchmark is for the full survey.
  await kiosk.admin.openReport();
  await expect(page.locator('tr[data-factor="learning_growth"] .change')).toHaveText("+100.0");
  await expect(page.locator(".benchmark-note.problem")).toContainText("ベンチマークは別の調査（employee@");
});

test("the result list shows the change since the baseline beside the whole centre", async ({ kiosk, page }) => {
  await kiosk.open();
  for (let person = 0; person < 5; person++) {
    await kiosk.respond({ lg1: BEFORE.lg1[person], kgi: 5 });
  }
  await kiosk.admin.open();
  await kiosk.admin.openPage("データ");
  const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#export-button").click()]);
  await page.locator("#baseline-file").setInputFiles(await download.path());
  await page.getByRole("button", { name: "管理者メニューを閉じる" }).click();
  for (let person = 0; person < 5; person++) {
    await kiosk.respond({ lg1: 5, kgi: 5 });
  }
  await kiosk.admin.open();
  await kiosk.admin.openPage("結果一覧表");
  // Now 5 of 10 favourable (50.0%) against 0 of 5 before.
  await expect(page.locator('tr[data-row="lg1"] > *').nth(1).locator(".favourable")).toHaveText("50.0");
  await expect(page.locator('tr[data-row="lg1"] .change')).toHaveText("+50.0");
  expect(survey.id).toBe("employee");
});
