// The administrator's area: a PIN set on first use, stored only as a salted slow hash.
import { expect, test } from "./support/fixtures.mjs";
import { storageKey } from "./support/kiosk-page.mjs";
import { answersFor } from "./support/survey.mjs";

test("the PIN set on first use is stored hashed; a wrong PIN is refused and the right one opens the area", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.admin.open("2580", { firstUse: true });
  await expect(kiosk.admin.count("responses")).toHaveText("0");
  const stored = await page.evaluate((key) => localStorage.getItem(key), storageKey("pin"));
  expect(stored).not.toContain("2580");
  const record = JSON.parse(stored);
  expect(record.iterations).toBeGreaterThanOrEqual(600000);
  expect(record.salt).toMatch(/^[0-9a-f]{32}$/);
  expect(record.hash).toMatch(/^[0-9a-f]{64}$/);
  await page.getByRole("button", { name: "管理者メニューを閉じる" }).click();
  await expect(kiosk.startButton).toBeVisible();

  await kiosk.admin.open("1234");
  await expect(page.locator(".form-message")).toHaveText("PINが違います。");
  await expect(kiosk.admin.count("responses")).toHaveCount(0);
  await page.locator("#pin").fill("2580");
  await page.getByRole("button", { name: "開く" }).click();
  await expect(kiosk.admin.count("responses")).toHaveText("0");
});

test("repeated wrong PINs make the next try wait, even across a reload", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.admin.open("2580", { firstUse: true });
  await expect(kiosk.admin.count("responses")).toHaveText("0");
  await page.reload();
  await kiosk.admin.entry.click();
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.locator("#pin").fill("1111");
    await page.getByRole("button", { name: "開く" }).click();
    await expect(page.getByRole("button", { name: "開く" })).toBeEnabled();
  }
  await expect(page.locator(".form-message")).toHaveText("PINが違います。 5 秒後にもう一度お試しください。");
  await page.reload();
  await kiosk.admin.entry.click();
  await page.locator("#pin").fill("2580");
  await page.getByRole("button", { name: "開く" }).click();
  await expect(page.locator(".form-message")).toHaveText(/秒後にもう一度お試しください/);
  await expect(kiosk.admin.count("responses")).toHaveCount(0);
});

test("the area shows stored responses and drafts, and saves the idle time", async ({ kiosk, page }) => {
  await kiosk.open();
  for (const person of [0, 1]) {
    await kiosk.start("ja");
    await kiosk.answerAll(answersFor(person));
    await kiosk.submit();
    await kiosk.backToStart();
  }
  await kiosk.admin.open("2580", { firstUse: true });
  await expect(kiosk.admin.count("responses")).toHaveText("2");
  await expect(kiosk.admin.count("drafts")).toHaveText("0");
  await expect(page.locator("#idle-time")).toHaveValue("180");
  await page.locator("#idle-time").fill("10");
  await page.getByRole("button", { name: "保存" }).click();
  // Said in the screen's language, with the rule and the value.
  await expect(page.locator(".setting .form-message")).toHaveText("無操作の時間は30〜3600秒で入力してください（10は範囲外です）。");
  await page.locator("#idle-time").fill("6O");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.locator(".setting .form-message")).toContainText("数字として読めません");
  // Full-width digits, as a Japanese keyboard types them, are taken.
  await page.locator("#idle-time").fill("６０");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.locator(".setting .form-message")).toHaveText("保存しました。");
  await page.reload();
  await kiosk.admin.open("2580");
  await expect(page.locator("#idle-time")).toHaveValue("60");
});
