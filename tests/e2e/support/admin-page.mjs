// The administration as its user sees it: the PIN gate, the tabs, the overview's counts, the
// data page's files, and leaving. Reached from a kiosk: `kiosk.admin`.
import { expect } from "@playwright/test";

export class AdminPage {
  constructor(page) {
    this.page = page;
    this.entry = page.getByRole("button", { name: /^(管理者|Administrator)$/ });
  }

  /** Opens the administration with the PIN; on first use the PIN is set (typed twice). */
  async open(pin, { firstUse = false } = {}) {
    await this.entry.click();
    await this.page.locator("#pin").fill(pin);
    if (firstUse) {
      await this.page.locator("#pin-again").fill(pin);
      await this.page.getByRole("button", { name: /PINを設定する|Set the PIN/ }).click();
    } else {
      await this.page.getByRole("button", { name: /^(開く|Open)$/ }).click();
    }
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
