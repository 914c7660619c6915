// The Data page's messages: a success in the success colour, a refusal in the warning colour.
import { expect, test } from "./support/fixtures.mjs";
import { sampleCentre } from "./support/sample-centre.mjs";

test("the data page says a success in the success colour and a refusal in the warning colour", async ({ kiosk, page }) => {
  await sampleCentre(kiosk, page);
  await kiosk.admin.openPage("データ");
  const colour = (selector) => page.locator(selector).evaluate((element) => getComputedStyle(element).color);
  const accent = await page.evaluate(() => {
    const probe = document.createElement("span");
    probe.style.color = "var(--accent)";
    document.body.append(probe);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  });

  await Promise.all([page.waitForEvent("download"), page.locator("#export-button").click()]);
  await expect(page.locator("#export-message")).toHaveClass(/success/);
  expect(await colour("#export-message")).toBe(accent);

  await page.locator("#transfer-passphrase").fill("short");
  await page.locator("#transfer-export").click();
  await expect(page.locator("#transfer-message")).toHaveText("パスフレーズは8文字以上にしてください。");
  await expect(page.locator("#transfer-message")).not.toHaveClass(/success/);
  expect(await colour("#transfer-message")).not.toBe(accent);
});
