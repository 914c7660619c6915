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
  await expect(page.locator(".agreement-head")).toBeVisible();
  await audit(page, "survey page 2 (agreement items as a grid, 1280x800)");
  // Straight on to the review with most items unanswered: it lists them, each with a button.
  for (let index = 1; index < survey.sections.length; index++) await kiosk.next();
  await expect(kiosk.heading).toHaveText(/回答の確認/);
  await audit(page, "review page (unanswered items listed)");
  // Back to a missed question: marked, with the way back to the review.
  await page.locator(".unanswered li").nth(1).getByRole("button", { name: "回答する" }).click();
  await expect(page.locator(".sought-mark")).toBeVisible();
  await audit(page, "a missed question reached from the review (grid, marked)");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.locator(".agreement-head")).toBeHidden();
  await audit(page, "the same section on a 390 px phone (cards)");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole("button", { name: "確認画面に戻る" }).click();
  await kiosk.submit();
  await audit(page, "thank-you page");
});

test("the administration's door (passphrase, recovery code), the overview and every report and admin page pass axe", async ({ kiosk, page }) => {
  test.setTimeout(240_000);
  await kiosk.open();
  for (let person = 0; person < 5; person++) {
    await kiosk.respond(answersFor(person));
  }

  await kiosk.admin.entry.click();
  await expect(page.locator("#passphrase")).toBeVisible();
  await audit(page, "admin: enter the passphrase");
  await page.getByRole("button", { name: "回復コードで開く" }).click();
  await expect(page.locator("#recovery")).toBeVisible();
  await audit(page, "admin: enter the recovery code");
  await page.getByRole("button", { name: "やめる" }).click();
  await kiosk.admin.open();
  await expect(kiosk.admin.count("responses")).toHaveText("5");
  await audit(page, "admin: overview");

  await kiosk.admin.openPage("結果速報");
  for (const id of ["chart-radar", "chart-factors", "chart-kgi"]) await expect(page.locator(`#${id} svg`)).toHaveCount(1);
  await audit(page, "report: 結果速報 (flash report)");
  for (const name of ["結果一覧表", "回答の分布", "ランキング", "分析と優先課題", "前回との比較", "改善計画", "代表者アンケート", "データ"]) {
    await kiosk.admin.openPage(name);
    await audit(page, `report: ${name}`);
  }
});

test.describe("a kiosk with no centre key yet", () => {
  test.use({ centreKey: false });

  test("its start screen, the key's creation and the recovery code pass axe", async ({ kiosk, page }) => {
    await page.goto(kiosk.url);
    await expect(page.getByRole("heading", { name: "準備中です" })).toBeVisible();
    await audit(page, "start screen without a centre key");
    await kiosk.admin.entry.click();
    await expect(page.locator("#passphrase-again")).toBeVisible();
    await audit(page, "admin: create the centre key");
    await page.locator("#passphrase").fill("centre passphrase 2580");
    await page.locator("#passphrase-again").fill("centre passphrase 2580");
    await page.getByRole("button", { name: "鍵を作成する" }).click();
    await expect(page.locator("#recovery-code")).toBeVisible();
    await audit(page, "admin: the recovery code, shown once");
  });
});
