// The kiosk as a person sees it: the start screen, the sections, the review and the admin area.
import { expect } from "@playwright/test";
import { AdminPage } from "./admin-page.mjs";
import { isText, survey } from "./survey.mjs";
import { unseal } from "./centre-key.mjs";

/** Where the copy served at /wellbeing/ keeps its entries (src/storage.rs). */
export const NAMESPACE = "yorisoi/v1@/wellbeing/";

/** The stored name of one of Yorisoi's keys, e.g. storageKey("pin"). */
export const storageKey = (name) => `${NAMESPACE}${name}`;

/** Fills local storage until the browser refuses more; returns the characters written. */
export async function fillStorage(page) {
  return page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    let written = 0;
    for (let n = 0; ; n++) {
      try {
        localStorage.setItem(`filler/${n}`, chunk);
        written += chunk.length;
      } catch {
        break;
      }
    }
    for (let size = 128 * 1024; size >= 1; size = Math.floor(size / 2)) {
      try {
        localStorage.setItem(`filler/small-${size}`, "x".repeat(size));
        written += size;
      } catch {}
    }
    return written;
  });
}

export class KioskPage {
  constructor(page, url) {
    this.page = page;
    this.url = url;
    this.startButton = page.getByRole("button", { name: /回答をはじめる|Start the survey/ });
    this.heading = page.locator("h1");
    /** The administration, reached from this kiosk's start screen. */
    this.admin = new AdminPage(page);
  }

  async open() {
    await this.page.goto(this.url);
    await expect(this.startButton).toBeVisible();
  }

  /** Opens the app and waits until its service worker controls the page. */
  async openControlled() {
    await this.open();
    await this.page.evaluate(() => navigator.serviceWorker.ready);
    await this.page.reload();
    await expect(this.startButton).toBeVisible();
    expect(await this.page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
  }

  async start(language = "ja") {
    await this.page.getByRole("button", { name: language === "ja" ? "日本語" : "English" }).click();
    await this.startButton.click();
    await expect(this.heading).toHaveText(survey.sections[0].title[language]);
  }

  option(itemId, value) {
    return this.page.locator(`label.option:has(input[name="${itemId}"][value="${value}"])`);
  }

  radio(itemId, value) {
    return this.page.locator(`input[name="${itemId}"][value="${value}"]`);
  }

  comment(itemId = "comment") {
    return this.page.locator(`#q-${itemId}`);
  }

  /** Answers one section's items from `answers` (item id -> value or text). */
  async answerSection(index, answers) {
    for (const item of survey.sections[index].items) {
      const answer = answers[item.id];
      if (answer === undefined) continue;
      if (isText(item)) {
        await this.comment(item.id).fill(answer);
      } else {
        await this.option(item.id, answer).click();
        await expect(this.radio(item.id, answer)).toBeChecked();
      }
    }
  }

  /** The progress bar: answered and total as announced, and the share of the track drawn. */
  async progress() {
    const bar = this.page.getByRole("progressbar");
    const [track, fill] = [await bar.boundingBox(), await bar.locator(".progress-fill").boundingBox()];
    return {
      answered: Number(await bar.getAttribute("aria-valuenow")),
      questions: Number(await bar.getAttribute("aria-valuemax")),
      drawn: fill.width / track.width,
    };
  }

  async next() {
    await this.page.getByRole("button", { name: /^(次へ|Next|確認へ|Review)$/ }).click();
  }

  /** Answers every section and arrives at the review page. */
  async answerAll(answers, language = "ja") {
    for (let index = 0; index < survey.sections.length; index++) {
      await expect(this.heading).toHaveText(survey.sections[index].title[language]);
      await this.answerSection(index, answers);
      await this.next();
    }
    await expect(this.heading).toHaveText(/回答の確認|Review your answers/);
  }

  async submit() {
    await this.page.getByRole("button", { name: /^(送信する|Submit)$/ }).click();
    await expect(this.heading).toHaveText(/ご回答ありがとうございました|Thank you for your answers/);
  }

  async backToStart() {
    await this.page.getByRole("button", { name: /最初の画面に戻る|Back to the start screen/ }).click();
    await expect(this.startButton).toBeVisible();
  }

  /** One whole person: starts, answers every section with `answers`, submits, back to the start. */
  async respond(answers, language = "ja") {
    await this.start(language);
    await this.answerAll(answers, language);
    await this.submit();
    await this.backToStart();
  }

  /** The sealed responses in local storage, as stored (envelopes). */
  async sealedResponses() {
    return this.page.evaluate(
      (prefix) =>
        Object.keys(localStorage)
          .filter((key) => key.startsWith(prefix))
          .map((key) => JSON.parse(localStorage.getItem(key))),
      storageKey("sealed/"),
    );
  }

  /** Stored responses, unsealed here in Node with the test centre key. */
  async storedResponses() {
    const sealed = await this.sealedResponses();
    return Promise.all(sealed.map(async (envelope) => JSON.parse(await unseal(envelope))));
  }

  /** This tab's draft as stored (parsed), or null. */
  async storedDraft() {
    return this.page.evaluate((prefix) => {
      const key = prefix + sessionStorage.getItem(`${prefix.replace(/draft\/$/, "")}tab`);
      const draft = localStorage.getItem(key);
      return draft === null ? null : { key, ...JSON.parse(draft) };
    }, storageKey("draft/"));
  }
}
