// The reports as an administrator sees them: the README's screenshots (docs/screens/), every
// report readable on a 390 px phone without scrolling the page sideways, and the result list
// printed on landscape A4 without a blank trailing page.
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test } from "./support/fixtures.mjs";
import { sampleCentre } from "./support/sample-centre.mjs";
import { textPerPage } from "./support/pdf-pages.mjs";

const REPORTS = ["結果速報", "結果一覧表", "回答の分布", "ランキング", "分析と優先課題", "前回との比較"];

/** The sample centre, with its name and a headcount typed in full-width digits. */
async function namedSampleCentre(kiosk, page) {
  await sampleCentre(kiosk, page);
  await kiosk.admin.openPage("代表者アンケート");
  await page.locator("#centre-name").fill("サンプル・コンタクトセンター");
  await page.locator("#headcount").fill("５０");
  await kiosk.admin.openReport();
}

test("the flash report names the centre, the date, respondents and the response rate", async ({ kiosk, page }) => {
  await namedSampleCentre(kiosk, page);
  await expect(page.locator("#centre-name")).toHaveText("サンプル・コンタクトセンター");
  await expect(page.locator("#response-rate")).toHaveText("80.0% (40 / 50)");
  // Every sample response was given today: the period is today to today.
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  });
  await expect(page.locator("#survey-period")).toHaveText(`${today}〜${today}`);
  // The four headline tiles sit on one row.
  const tops = await page.locator(".headline .figure").evaluateAll((tiles) => tiles.map((t) => t.getBoundingClientRect().top));
  expect(new Set(tops).size).toBe(1);
  // Every chart has its figures beside it: the radar's national means, the KGI distribution.
  await expect(page.locator(".factor-table .national-mean").first()).not.toHaveText("–");
  await expect(page.locator(".kgi-table td")).toHaveCount(11);
  const counts = await page.locator(".kgi-table td").allInnerTexts();
  expect(counts.reduce((sum, n) => sum + Number(n), 0)).toBe(40);
});

test("screenshots of the reports, and every report fits a 390 px phone", async ({ kiosk, page }) => {
  await namedSampleCentre(kiosk, page);
  mkdirSync("docs/screens", { recursive: true });
  const shots = { 結果速報: "flash-report", 結果一覧表: "result-list", 回答の分布: "answer-distribution", 分析と優先課題: "analysis" };
  for (const [name, file] of Object.entries(shots)) {
    await kiosk.admin.openPage(name);
    if (name === "分析と優先課題") {
      // The quadrant names its four areas, and its numbered points are named in the table beside it.
      for (const area of ["最優先で改善", "強みとして維持", "次に改善", "現状維持"]) {
        await expect(page.locator("#chart-priorities svg text").filter({ hasText: area })).toHaveCount(1);
      }
      await expect(page.locator(".quadrant-table tbody tr")).toHaveCount(7);
    }
    if (name === "結果速報") await expect(page.locator("#chart-kgi svg")).toHaveCount(1);
    await page.screenshot({ path: `docs/screens/${file}.png`, fullPage: true });
  }

  await page.setViewportSize({ width: 390, height: 844 });
  for (const name of REPORTS) {
    await kiosk.admin.openPage(name);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${name} at 390 px`).toBeLessThanOrEqual(390);
  }
  await kiosk.admin.openReport();
  await expect(page.locator("#chart-radar svg")).toHaveCount(1);
  await page.screenshot({ path: "docs/screens/flash-report-phone.png", fullPage: true });
});

test("the result list prints on landscape A4 with no blank page at its end", async ({ kiosk, page }) => {
  await namedSampleCentre(kiosk, page);
  await kiosk.admin.openPage("結果一覧表");
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/result-list.pdf", pdf);
  const mediaBox = pdf.toString("latin1").match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\]/);
  expect(Number(mediaBox[1])).toBeGreaterThan(Number(mediaBox[2])); // landscape
  const pages = textPerPage(pdf);
  expect(pages.length).toBeGreaterThan(1);
  expect(pages.at(-1), `text on the last of ${pages.length} pages`).toBeGreaterThan(0);
});
