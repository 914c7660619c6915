// Accessibility: axe-core on every screen a person or an administrator reaches. No violation of
// impact "serious" or "critical" may remain; moderate and minor ones are printed, not failed.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./support/fixtures.mjs";
import { answersFor, survey } from "./support/survey.mjs";

const BLOCKING = new Set(["serious", "critical"]);

/** Runs axe on the page as it is now; soft-fails on serious/critical, prints the rest. */
async function audit(page, name) {
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  const describe = (violation) => {
    const [first] = violation.nodes;
    const where = violation.nodes.slice(0, 3).map((node) => node.target.join(" ")).join("; ");
    const more = violation.nodes.length > 3 ? ` and ${violation.nodes.length - 3} more` : "";
    const why = first?.failureSummary ? ` — ${first.failureSummary.replace(/\s+/g, " ")}` : "";
    return `${violation.impact} ${violation.id} (${violation.help}): ${where}${more}${why}`;
  };
  const blocking = violations.filter((v) => BLOCKING.has(v.impact)).map(describe);
  const other = violations.filter((v) => !BLOCKING.has(v.impact)).map(describe);
  console.log(`[axe] ${name}: ${passes.length} rules passed, ${blocking.length} serious/critical, ${other.length} moderate/minor`);
  for (const line of other) console.log(`[axe]   ${line}`);
  expect.soft(blocking, `${name}: serious or critical axe violations`).toEqual([]);
}

test("the start screen, a survey page, the review page and the thank-you page pass axe", async ({ kiosk, page }) => {
  await kiosk.open();
  await audit(page, "start screen");
  await kiosk.start("ja");
  await audit(page, "survey page 1 (0-10 score)");
  await kiosk.answerSection(0, answersFor(0));
  await kiosk.next();
  await audit(page, "survey page 2 (agreement items)");
  // Straight on to the review with most items unanswered: it lists them, each with a button.
  for (let index = 1; index < survey.sections.length; index++) await kiosk.next();
  await expect(kiosk.heading).toHaveText(/回答の確認/);
  await audit(page, "review page (unanswered items listed)");
  await kiosk.submit();
  await audit(page, "thank-you page");
});

test("the administrator's PIN screens, the overview and every report and admin page pass axe", async ({ kiosk, page }) => {
  test.setTimeout(240_000);
  await kiosk.open();
  for (let person = 0; person < 5; person++) {
    await kiosk.start("ja");
    await kiosk.answerAll(answersFor(person));
    await kiosk.submit();
    await kiosk.backToStart();
  }

  await kiosk.admin.entry.click();
  await expect(page.locator("#pin-again")).toBeVisible();
  await audit(page, "admin: set the PIN (first use)");
  await page.locator("#pin").fill("2580");
  await page.locator("#pin-again").fill("2580");
  await page.getByRole("button", { name: "PINを設定する" }).click();
  await expect(kiosk.admin.count("responses")).toHaveText("5");
  await audit(page, "admin: overview");

  await page.getByRole("button", { name: "管理者メニューを閉じる" }).click();
  await kiosk.admin.entry.click();
  await expect(page.locator("#pin")).toBeVisible();
  await audit(page, "admin: enter the PIN");
  await page.locator("#pin").fill("2580");
  await page.getByRole("button", { name: "開く" }).click();
  await expect(kiosk.admin.count("responses")).toHaveText("5");

  await kiosk.admin.openPage("結果速報");
  for (const id of ["chart-radar", "chart-factors", "chart-kgi"]) await expect(page.locator(`#${id} svg`)).toHaveCount(1);
  await audit(page, "report: 結果速報 (flash report)");
  for (const name of ["結果一覧表", "回答の分布", "ランキング", "分析と優先課題", "前回との比較", "改善計画", "代表者アンケート", "データ"]) {
    await kiosk.admin.openPage(name);
    await audit(page, `report: ${name}`);
  }
});
