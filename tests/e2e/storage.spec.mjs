// Storage that is full, damaged or turned off never loses an answer silently.
import { expect, test } from "./support/fixtures.mjs";
import { publishCentreKey, seal } from "./support/centre-key.mjs";
import { fillStorage, storageKey } from "./support/kiosk-page.mjs";
import { answersFor, survey } from "./support/survey.mjs";

/** The set-aside entries whose stored name starts with `name` (e.g. "draft/"), as key -> value. */
function setAside(page, name) {
  return page.evaluate(
    (prefix) => Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith(prefix)).map((k) => [k, localStorage.getItem(k)])),
    storageKey(`set-aside/${name}`),
  );
}

test("one kiosk holds 1,500 full responses, sealed, each with a 500-character comment, and still takes more", async ({ kiosk, page }) => {
  test.setTimeout(240_000);
  await kiosk.open();
  await kiosk.start("ja");
  const answers = answersFor(1);
  answers.comment = "職".repeat(500);
  await kiosk.answerAll(answers);
  await kiosk.submit();
  const [first] = await kiosk.storedResponses();
  // 1,499 more, each sealed (by Node's WebCrypto) under its own id, as the kiosk stores them.
  const sealed = [];
  for (let n = 1; n < 1500; n++) {
    const id = n.toString(16).padStart(32, "0");
    sealed.push(await seal(id, JSON.stringify({ ...first, id })));
  }
  const used = await page.evaluate(
    ({ sealed, prefix }) => {
      for (const record of sealed) localStorage.setItem(`${prefix}${record.id}`, JSON.stringify(record));
      return Object.keys(localStorage).reduce((sum, key) => sum + key.length + localStorage.getItem(key).length, 0);
    },
    { sealed, prefix: storageKey("sealed/") },
  );
  const room = await fillStorage(page);
  console.log(`1,500 sealed responses with 500-character comments: ${used} characters; room left: ${room} characters`);
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler/")).forEach((k) => localStorage.removeItem(k)));

  await page.reload();
  await kiosk.respond(answersFor(2), "en");
  const unlocking = Date.now();
  await kiosk.admin.open();
  await expect(kiosk.admin.count("responses")).toHaveText("1501");
  console.log(`passphrase to the overview with 1,501 sealed responses opened: ${Date.now() - unlocking} ms`);
});

test("a full storage says so on screen, keeps the answers in memory and tells the administrator", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.admin.open();
  await page.getByRole("button", { name: "管理者メニューを閉じる" }).click();
  await fillStorage(page);
  await kiosk.start("ja");
  await expect(page.locator(".notice")).toContainText("保存領域がいっぱいです");
  await kiosk.answerAll(answersFor(3));
  await kiosk.submit();
  await expect(page.locator(".notices")).toContainText("保存できていない回答があります");
  await kiosk.backToStart();
  await kiosk.admin.open();
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

test("damaged drafts are set aside, not deleted, never over one another, and the person is told", async ({ kiosk, page }) => {
  await kiosk.open();
  for (const damaged of ['{"v":1,"id":"0123', '{"v":1,"id":"4567']) {
    await page.evaluate(({ key, damaged }) => localStorage.setItem(key, damaged), { key: storageKey("draft"), damaged });
    await page.reload();
    await expect(page.locator(".notice")).toContainText("壊れていたため、別に保管しました");
  }
  expect(Object.values(await setAside(page, "draft/")).sort()).toEqual(['{"v":1,"id":"0123', '{"v":1,"id":"4567']);
  expect(await kiosk.storedDraft()).toBeNull();
  await kiosk.start("ja");
  await expect(page.locator(".notice")).toHaveCount(0);
});

test("a damaged response is set aside when the administrator opens the area, and counted", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.respond(answersFor(1));
  await page.evaluate((key) => localStorage.setItem(key, "{broken"), storageKey("response/00000000000000aa"));
  await kiosk.admin.open();
  await expect(kiosk.admin.count("responses")).toHaveText("1");
  await expect(kiosk.admin.count("set-aside")).toHaveText("1");
  expect(Object.values(await setAside(page, "response/00000000000000aa/"))).toEqual(["{broken"]);
});

test("storage turned off is said on screen and the survey still runs, sealing to the published key", async ({ kiosk, page, server }) => {
  await publishCentreKey(server);
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

test("a response held because storage was full survives reloads and is stored once there is room", async ({ kiosk, page }) => {
  await kiosk.open();
  await fillStorage(page);
  await kiosk.start("ja");
  await kiosk.answerAll(answersFor(5));
  await kiosk.submit();
  await expect(page.locator(".notices")).toContainText("保存できていない回答があります");
  expect(await kiosk.storedResponses()).toHaveLength(0);

  await page.reload();
  await expect(kiosk.startButton).toBeVisible();
  await expect(page.locator(".notices")).toContainText("保存できていない回答があります");

  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler/")).forEach((k) => localStorage.removeItem(k)));
  await page.reload();
  await expect(kiosk.startButton).toBeVisible();
  await expect(page.locator(".notice")).toHaveCount(0);
  const [stored] = await kiosk.storedResponses();
  expect(stored.a).toBeTruthy();
  expect(await page.evaluate(() => sessionStorage.length)).toBe(1); // only the tab's id is left
});

test.describe("an earlier version's PIN record", () => {
  test.use({ centreKey: false });
for (const [what, record] of [
  ["damaged", '{"v":1,"salt":"00'],
  ["from a newer version", JSON.stringify({ v: 2, salt: "0".repeat(32), iterations: 600000, hash: "0".repeat(64) })],
]) {
  test(`${what} locks the administration instead of letting the next visitor create a key`, async ({ kiosk, page }) => {
    await page.goto(kiosk.url);
    await page.evaluate(({ key, record }) => localStorage.setItem(key, record), { key: storageKey("pin"), record });
    await page.reload();
    await kiosk.admin.entry.click();
    await expect(page.getByRole("heading", { level: 2 })).toHaveText("管理者メニューはロックされています");
    await expect(page.getByRole("alert")).toContainText(storageKey("pin"));
    await expect(page.locator("#pin")).toHaveCount(0);
    await expect(page.locator("#passphrase")).toHaveCount(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey("pin"))).toBe(record);
  });
}
});

test("the kiosk asks for persistent storage and the overview says whether the browser granted it", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.admin.open();
  const granted = await page.evaluate(() => navigator.storage.persisted());
  await expect(page.locator("#storage-persisted")).toHaveText(
    granted ? "許可されています" : /^許可されていません（空き容量が少ないとブラウザーが消すことがあります/,
  );
});
