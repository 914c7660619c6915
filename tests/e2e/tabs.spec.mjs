// Two tabs of the kiosk, and two copies of it on one host: nobody's answers mix or get lost.
import { expect, test } from "./support/fixtures.mjs";
import { KioskPage, storageKey } from "./support/kiosk-page.mjs";
import { answersFor } from "./support/survey.mjs";

test("tab 1 starts, tab 2 starts, tab 1 reloads: each keeps its own answers and both responses are stored", async ({ kiosk, page, context, server }) => {
  const first = answersFor(1);
  const second = answersFor(2);
  second.kgi = first.kgi === 9 ? 2 : 9;
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.option("kgi", first.kgi).click();

  const tab2 = new KioskPage(await context.newPage(), server.url);
  await tab2.open();
  await tab2.start("ja");
  await tab2.option("kgi", second.kgi).click();

  // A tab in the background gets no animation frames: each is brought to the front to be used.
  await page.bringToFront();
  await page.reload();
  await expect(kiosk.radio("kgi", first.kgi)).toBeChecked();
  await expect(kiosk.radio("kgi", second.kgi)).not.toBeChecked();

  await kiosk.answerAll(first);
  await kiosk.submit();
  await tab2.page.bringToFront();
  await tab2.answerAll(second);
  await tab2.submit();
  const stored = await kiosk.storedResponses();
  expect(stored).toHaveLength(2);
  expect(new Set(stored.map((response) => response.id)).size).toBe(2);
});

test("a draft left by a closed tab is resumed by the next tab, never by a tab opened beside a live one", async ({ kiosk, page, context, server }) => {
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.option("kgi", 7).click();

  // Opened beside the tab in use: a fresh start screen.
  const beside = new KioskPage(await context.newPage(), server.url);
  await beside.open();
  await beside.page.close();

  // The tab in use is closed (a crash, say): the next tab carries on with its answers.
  await page.close();
  const next = new KioskPage(await context.newPage(), server.url);
  await next.page.goto(server.url);
  await expect(next.radio("kgi", 7)).toBeChecked();
});

test("two copies on one host keep their own answers and PIN", async ({ browser, server, watch }) => {
  const context = await browser.newContext();
  await watch.context(context);
  const testCopy = server.alsoServe("/wellbeing-test/");
  const real = new KioskPage(await context.newPage(), server.url);
  await real.open();
  await real.respond(answersFor(3));
  await real.admin.open();

  const copy = new KioskPage(await context.newPage(), testCopy.url);
  await copy.open();
  await copy.admin.open();
  await expect(copy.admin.count("responses")).toHaveText("0");
  expect(await copy.storedResponses()).toHaveLength(1); // the real copy's, under its own name
  await context.close();
});

test("entries from before namespacing move to the first copy opened, once", async ({ kiosk, page, server }) => {
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.answerAll(answersFor(4));
  await kiosk.submit();
  // The same entry under the shared key, where versions before namespacing kept every entry.
  await page.evaluate((prefix) => {
    const key = Object.keys(localStorage).find((k) => k.startsWith(prefix));
    const value = localStorage.getItem(key);
    localStorage.clear();
    localStorage.setItem(`yorisoi/v1/sealed/${JSON.parse(value).id}`, value);
  }, storageKey("sealed/"));
  await page.reload();
  await expect(kiosk.startButton).toBeVisible();
  expect(await kiosk.storedResponses()).toHaveLength(1);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("yorisoi/v1/")))).toEqual([]);
});
