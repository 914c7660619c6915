// Storage that is full, damaged or turned off never loses an answer silently.
import { expect, test } from "./support/fixtures.mjs";
import { answersFor, survey } from "./support/survey.mjs";

/** Fills local storage until the browser refuses more; returns the characters written. */
async function fillStorage(page) {
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

test("one kiosk holds 2,000 full responses and still takes more", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("ja");
  const answers = answersFor(1);
  answers.comment = "職".repeat(500);
  await kiosk.answerAll(answers);
  await kiosk.submit();
  const [first] = await kiosk.storedResponses();
  const used = await page.evaluate((response) => {
    for (let n = 1; n < 2000; n++) {
      const id = n.toString(16).padStart(16, "0");
      localStorage.setItem(`yorisoi/v1/response/${id}`, JSON.stringify({ ...response, id }));
    }
    return Object.keys(localStorage).reduce((sum, key) => sum + key.length + localStorage.getItem(key).length, 0);
  }, first);
  const room = await fillStorage(page);
  console.log(`2,000 responses with 500-character comments: ${used} characters; room left: ${room} characters`);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler/")).forEach((k) => localStorage.removeItem(k)));

  await page.reload();
  await kiosk.start("en");
  await kiosk.answerAll(answersFor(2), "en");
  await kiosk.submit();
  await kiosk.backToStart();
  await kiosk.admin.open("2580", { firstUse: true });
  await expect(kiosk.admin.count("responses")).toHaveText("2001");
});

test("a full storage says so on screen, keeps the answers in memory and tells the administrator", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.admin.open("2580", { firstUse: true });
  await page.getByRole("button", { name: "管理者メニューを閉じる" }).click();
  await fillStorage(page);
  await kiosk.start("ja");
  await expect(page.locator(".notice")).toContainText("保存領域がいっぱいです");
  await kiosk.answerAll(answersFor(3));
  await kiosk.submit();
  await expect(page.locator(".notices")).toContainText("保存できていない回答があります");
  await kiosk.backToStart();
  await kiosk.admin.open("2580");
  await expect(kiosk.admin.count("unsaved")).toHaveText("1");

  // Once there is room, the next submit writes the held response too.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler/")).forEach((k) => localStorage.removeItem(k)));
  await page.getByRole("button", { name: "管理者メニューを閉じる" }).click();
  await kiosk.start("ja");
  await kiosk.answerAll(answersFor(4));
  await kiosk.submit();
  expect(await kiosk.storedResponses()).toHaveLength(2);
  await expect(page.locator(".notice")).toHaveCount(0);
});

test("a damaged draft is set aside, not deleted, and the person is told", async ({ kiosk, page }) => {
  await kiosk.open();
  await page.evaluate(() => localStorage.setItem("yorisoi/v1/draft", '{"v":1,"id":"0123'));
  await page.reload();
  await expect(page.locator(".notice")).toContainText("壊れていたため、別に保管しました");
  expect(await page.evaluate(() => localStorage.getItem("yorisoi/v1/set-aside/draft"))).toBe('{"v":1,"id":"0123');
  expect(await page.evaluate(() => localStorage.getItem("yorisoi/v1/draft"))).toBeNull();
  await kiosk.start("ja");
  await expect(page.locator(".notice")).toHaveCount(0);
});

test("a damaged response is set aside when the administrator opens the area, and counted", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.answerAll(answersFor(1));
  await kiosk.submit();
  await kiosk.backToStart();
  await page.evaluate(() => localStorage.setItem("yorisoi/v1/response/00000000000000aa", "{broken"));
  await kiosk.admin.open("2580", { firstUse: true });
  await expect(kiosk.admin.count("responses")).toHaveText("1");
  await expect(kiosk.admin.count("set-aside")).toHaveText("1");
  expect(await page.evaluate(() => localStorage.getItem("yorisoi/v1/set-aside/response/00000000000000aa"))).toBe("{broken");
});

test("storage turned off is said on screen and the survey still runs", async ({ kiosk, page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  await kiosk.open();
  await expect(page.locator(".notice")).toContainText("保存機能が無効です");
  await kiosk.start("ja");
  await kiosk.answerSection(0, answersFor(1));
  await kiosk.next();
  await expect(kiosk.heading).toHaveText(survey.sections[1].title.ja);
});
