// The representative's survey and the centre profile: saved as typed, found as left.
import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures.mjs";
import { storageKey } from "./support/kiosk-page.mjs";

const representative = JSON.parse(readFileSync(new URL("../../public/surveys/representative.json", import.meta.url)));
const items = representative.sections.flatMap((section) => section.items);
/** Career control at "not done", everything else at "defined and measured". */
const levelOf = (item) => (item.practice === "career_control" ? 1 : 4);

test("the representative fills the survey and the profile, reloads, and finds both as left", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.admin.open();
  await kiosk.admin.openPage("代表者アンケート");

  await page.locator("#centre-name").fill("札幌第一センター");
  await page.locator("#centre-size").selectOption("large");
  await page.locator("#headcount").fill("20");
  await page.locator("#industry").fill("通信");
  await expect(page.getByRole("group", { name: new RegExp(items[0].text.ja) })).toBeVisible();
  for (const item of items) {
    await page.locator(`label.option:has(input[name="${item.id}"][value="${levelOf(item)}"])`).click();
  }

  // A headcount that breaks the rules is refused with the reason; the stored one stays.
  await page.locator("#headcount").fill("0");
  await expect(page.locator(".profile-form .form-message")).toHaveText("対象者数は1〜100000人で入力してください（0は範囲外です）。");
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), storageKey("profile"));
  expect(stored.headcount).toBe(20);

  await page.reload();
  await kiosk.admin.open();
  await kiosk.admin.openPage("代表者アンケート");
  await expect(page.locator("#centre-name")).toHaveValue("札幌第一センター");
  await expect(page.locator("#centre-size")).toHaveValue("large");
  await expect(page.locator("#headcount")).toHaveValue("20");
  await expect(page.locator("#industry")).toHaveValue("通信");
  for (const item of items) {
    await expect(page.locator(`input[name="${item.id}"][value="${levelOf(item)}"]`)).toBeChecked();
  }

  // The response rate comes from the headcount: nobody has answered yet.
  await kiosk.admin.openPage("分析と優先課題");
  await expect(page.locator(".response-rate")).toHaveText("回答率: 0.0% (0 / 20)");
});
