// The administration as its user sees it: the centre key's door, the tabs, the overview's
// counts, the data page's files, and leaving. Reached from a kiosk: `kiosk.admin`.
import { expect } from "@playwright/test";
import { TEST_PASSPHRASE } from "./centre-key.mjs";

export class AdminPage {
  constructor(page) {
    this.page = page;
    this.entry = page.getByRole("button", { name: /^(管理者|Administrator)$/ });
  }

  /** Opens the administration with the passphrase (the test centre key's by default). */
  async open(passphrase = TEST_PASSPHRASE) {
    await this.entry.click();
    await this.page.locator("#passphrase").fill(passphrase);
    await this.page.getByRole("button", { name: /^(開く|Open)$/ }).click();
    await expect(this.page.getByRole("navigation")).toBeVisible();
  }

  /** Creates the centre key on a kiosk that has none; returns the recovery code shown once. */
  async createKey(passphrase = TEST_PASSPHRASE) {
    await this.entry.click();
    await this.page.locator("#passphrase").fill(passphrase);
    await this.page.locator("#passphrase-again").fill(passphrase);
    await this.page.getByRole("button", { name: /鍵を作成する|Create the key/ }).click();
    const code = (await this.page.locator("#recovery-code").textContent()).trim();
    await this.page.getByRole("button", { name: /回復コードを控えました|I have kept the recovery code/ }).click();
    await expect(this.page.getByRole("navigation")).toBeVisible();
    return code;
  }

  /** Opens a page of the administration by its tab. */
  async openPage(name) {
    await this.page.getByRole("navigation").getByRole("button", { name }).click();
    await expect(this.page.getByRole("heading", { level: 1 })).toHaveText(name);
  }

  async openReport() {
    await this.openPage("結果速報");
  }

  /** A count of the overview (responses, drafts, set aside …). */
  count(id) {
    return this.page.locator(`#count-${id}`);
  }

  /** Sets the kiosk's idle time (seconds) on the overview and saves it. */
  async saveIdleTime(seconds) {
    await this.page.locator("#idle-time").fill(String(seconds));
    await this.page.getByRole("button", { name: /^(保存|Save)$/ }).click();
    await expect(this.page.locator(".setting .form-message")).toHaveText(/保存しました|Saved/);
  }

  /** Leaves the administration for the start screen. */
  async leave() {
    await this.page.getByRole("button", { name: /管理者メニューを閉じる|Leave administration/ }).click();
  }
}
