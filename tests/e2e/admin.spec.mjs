// The administrator's area: the centre key created on first use, opened with its passphrase.
import { expect, test } from "./support/fixtures.mjs";
import { TEST_PASSPHRASE } from "./support/centre-key.mjs";
import { storageKey } from "./support/kiosk-page.mjs";
import { answersFor } from "./support/survey.mjs";

test.describe("a kiosk with no centre key yet", () => {
  test.use({ centreKey: false });

  test("takes no answers until the administrator creates the key, which is stored only wrapped", async ({ kiosk, page }) => {
    await page.goto(kiosk.url);
    await expect(page.getByRole("heading", { name: "準備中です" })).toBeVisible();
    await expect(kiosk.startButton).toHaveCount(0);

    await kiosk.admin.entry.click();
    await page.locator("#passphrase").fill("short one");
    await page.locator("#passphrase-again").fill("short one");
    await page.getByRole("button", { name: "鍵を作成する" }).click();
    await expect(page.locator(".form-message")).toHaveText("パスフレーズは12文字以上にしてください（いまは9文字）。");
    await page.locator("#passphrase").fill("centre passphrase 2580");
    await page.locator("#passphrase-again").fill("centre passphrase 2581");
    await page.getByRole("button", { name: "鍵を作成する" }).click();
    await expect(page.locator(".form-message")).toHaveText("2つのパスフレーズが一致しません。");
    await page.getByRole("button", { name: "やめる" }).click();

    const code = await kiosk.admin.createKey("centre passphrase 2580");
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    const stored = await page.evaluate((key) => localStorage.getItem(key), storageKey("centre-key"));
    expect(stored).not.toContain("centre passphrase");
    expect(stored).not.toContain(code);
    const file = JSON.parse(stored);
    expect(file.by_passphrase.iterations).toBeGreaterThanOrEqual(600000);
    expect(file.by_recovery_code.iterations).toBeGreaterThanOrEqual(600000);
    expect(Object.keys(file).sort()).toEqual(["by_passphrase", "by_recovery_code", "created", "fingerprint", "format", "public_key", "version"]);
    await kiosk.admin.leave();

    // The key takes effect at once: the kiosk takes answers, sealed.
    await expect(kiosk.startButton).toBeVisible();
    await kiosk.respond(answersFor(0));
    await kiosk.admin.open("centre passphrase 2580");
    await expect(kiosk.admin.count("responses")).toHaveText("1");
  });
});

test("a wrong passphrase is refused and slows the next tries, even across a reload", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.admin.entry.click();
  for (let attempt = 1; attempt <= 4; attempt++) {
    await page.locator("#passphrase").fill("not the passphrase");
    await page.getByRole("button", { name: "開く", exact: true }).click();
    await expect(page.getByRole("button", { name: "開く", exact: true })).toBeEnabled();
  }
  await expect(page.locator(".form-message")).toHaveText("パスフレーズまたは回復コードが違います。 5 秒後にもう一度お試しください。");
  await expect(kiosk.admin.count("responses")).toHaveCount(0);
  await page.reload();
  await kiosk.admin.entry.click();
  await page.locator("#passphrase").fill(TEST_PASSPHRASE);
  await page.getByRole("button", { name: "開く", exact: true }).click();
  await expect(page.locator(".form-message")).toHaveText(/秒後にもう一度お試しください/);
  await expect(kiosk.admin.count("responses")).toHaveCount(0);
});

test("the area shows stored responses and drafts, and saves the idle time", async ({ kiosk, page }) => {
  await kiosk.open();
  for (const person of [0, 1]) {
    await kiosk.respond(answersFor(person));
  }
  await kiosk.admin.open();
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
  await kiosk.admin.open();
  await expect(page.locator("#idle-time")).toHaveValue("60");
});
