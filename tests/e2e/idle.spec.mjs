// An abandoned survey is discarded after the idle time, so the next person never sees it.
import { expect, test } from "./support/fixtures.mjs";

test("an idle kiosk asks whether the person is still there, then discards the draft", async ({ kiosk, page }) => {
  await page.clock.install();
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.option("kgi", 8).click();
  await page.clock.runFor("02:50");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.clock.runFor("00:15");
  await expect(page.getByRole("alertdialog")).toContainText("回答を続けますか？");

  // Answering the question keeps the survey.
  await page.getByRole("button", { name: "回答を続ける" }).click();
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await expect(kiosk.radio("kgi", 8)).toBeChecked();

  // Nobody answers: the draft goes and the start screen comes back.
  await page.clock.runFor("03:05");
  await expect(page.getByRole("alertdialog")).toBeVisible();
  await page.clock.runFor("00:31");
  await expect(kiosk.startButton).toBeVisible();
  expect(await kiosk.storedDraft()).toBeNull();
  await kiosk.start("ja");
  await expect(page.locator("input:checked")).toHaveCount(0);
});

test("the idle time set in the administration takes effect at once, and the start screen says it", async ({ kiosk, page }) => {
  await page.clock.install();
  await kiosk.open();
  // The promise to resume names how long unfinished answers are kept: the default 3 minutes.
  await expect(page.locator(".anonymity")).toContainText("3分操作がないと確認の表示が出て、30秒以内に応答がなければ");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator(".anonymity")).toContainText("after 3 minutes without a touch");
  await page.getByRole("button", { name: "日本語" }).click();

  await kiosk.admin.open();
  await kiosk.admin.saveIdleTime(90);
  await kiosk.admin.leave();
  // No reload: the start screen and the idle guard use the new time straight away.
  await expect(page.locator(".anonymity")).toContainText("1分30秒操作がないと");
  await kiosk.start("ja");
  await kiosk.option("kgi", 7).click();
  await page.clock.runFor("01:25");
  await expect(page.getByRole("alertdialog")).toHaveCount(0);
  await page.clock.runFor("00:10");
  await expect(page.getByRole("alertdialog")).toContainText("途中までの回答を取り消して");
  await page.clock.runFor("00:31");
  await expect(kiosk.startButton).toBeVisible();
  expect(await kiosk.storedDraft()).toBeNull();
});
