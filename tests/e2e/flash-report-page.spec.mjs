// The flash report as a page: the README's screenshot, made here from sample data, and the
// printed report on one A4 page.
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test } from "./support/fixtures.mjs";
import { sampleCentre } from "./support/sample-centre.mjs";

test("the README's screenshot of the flash report, from sample data", async ({ kiosk, page }) => {
  await sampleCentre(kiosk, page);
  mkdirSync("docs", { recursive: true });
  await page.screenshot({ path: "docs/flash-report.png", fullPage: true });
});

test("the flash report prints on one A4 page", async ({ kiosk, page }) => {
  await sampleCentre(kiosk, page);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
  const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/flash-report.pdf", pdf);
  expect(pages).toHaveLength(1);
});

test("with 40 respondents the analysis draws the priorities quadrant and names up to three priorities with reasons", async ({ kiosk, page }) => {
  await sampleCentre(kiosk, page);
  await kiosk.admin.openPage("分析と優先課題");
  await expect(page.locator("#chart-priorities svg")).toHaveCount(1);
  const priorities = page.locator(".priorities li");
  const count = await priorities.count();
  expect(count).toBeGreaterThanOrEqual(1);
  expect(count).toBeLessThanOrEqual(3);
  for (let index = 0; index < count; index++) {
    await expect(priorities.nth(index).locator(".reason")).toContainText("全国平均を");
  }
  await expect(page.locator("#drivers-too-few")).toHaveCount(0);
});
