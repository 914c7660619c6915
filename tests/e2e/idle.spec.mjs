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
