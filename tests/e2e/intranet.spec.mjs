// One centre from many screens: desk PCs answer through the real yorisoi-host, which is killed
// in the middle of the burst and started again; every response arrives once, the
// administration on any PC opens them all with the passphrase, and nothing is readable on disk.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "./support/fixtures.mjs";
import { centreKey, seal, unseal } from "./support/centre-key.mjs";
import { fillStorage, KioskPage, storageKey } from "./support/kiosk-page.mjs";
import { answersFor } from "./support/survey.mjs";
import { startHost } from "./support/yorisoi-host.mjs";

// The desk PCs find the key where IT published it, beside index.html: none is seeded.
test.use({ centreKey: false });

const comment = (pc, n) => `PC${pc} 回答${n}: シフト表が前日まで出ない`;

async function answer(pc, n) {
  await pc.respond({ ...answersFor(pc.number * 3 + n), comment: comment(pc.number, n) });
}

test("three desk PCs answer through yorisoi-host, killed mid-burst; the administration sees each response once", async ({ browser, watch }) => {
  test.setTimeout(240_000);
  const { json } = await centreKey();
  const host = await startHost({ centreKeyJson: json });
  watch.origins.push(new URL(host.url).origin);
  try {
    const pcs = [];
    for (let number = 0; number < 3; number++) {
      const context = await browser.newContext();
      await watch.context(context);
      const pc = new KioskPage(await context.newPage(), host.url);
      pc.number = number;
      await pc.open();
      pcs.push(pc);
    }
    // First of the burst: one response each, acknowledged by the inbox.
    await Promise.all(pcs.map((pc) => answer(pc, 0)));
    await expect.poll(async () => (await host.records()).length).toBe(3);

    // The host dies (SIGKILL) while the PCs keep answering: those wait in each PC's outbox.
    await host.kill();
    watch.allowConsoleErrors.push(/Failed to load resource|net::ERR_CONNECTION_REFUSED/);
    await Promise.all(pcs.map((pc) => answer(pc, 1)));
    for (const pc of pcs) {
      const waiting = await pc.page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes("/outbox/")).length);
      expect(waiting).toBe(1);
    }

    // Back up: reconnecting sends what waited, once.
    await host.restart();
    await Promise.all(pcs.map((pc) => pc.page.evaluate(() => dispatchEvent(new Event("online")))));
    await expect.poll(async () => (await host.records()).length, { timeout: 20_000 }).toBe(6);
    const ids = (await host.records()).map((record) => record.id);
    expect(new Set(ids).size).toBe(6);
    // A resend changes nothing: idempotent by id.
    const resent = await pcs[0].page.evaluate(async () => {
      const key = Object.keys(localStorage).find((name) => name.includes("/sealed/"));
      const record = localStorage.getItem(key);
      const response = await fetch(`inbox/responses/${JSON.parse(record).id}`, { method: "PUT", body: record });
      return response.status;
    });
    expect(resent).toBe(200);
    expect((await host.records()).length).toBe(6);

    // The administration on the first PC: the passphrase, the host token once, every response.
    const admin = pcs[0];
    await admin.admin.open();
    await admin.admin.openPage("データ");
    await admin.page.locator("#host-token").fill(host.token);
    await admin.page.locator("#inbox-pull").click();
    await expect(admin.page.locator("#inbox-message")).toContainText("新しい回答 4 件");
    await admin.admin.openReport();
    await expect(admin.page.locator("#respondents")).toHaveText("6");

    // Nothing readable at rest: not in the SQLite files, not in any PC's storage.
    const files = readdirSync(host.data).map((name) => readFileSync(join(host.data, name)).toString("utf8"));
    for (const pc of pcs) {
      const stored = await pc.page.evaluate(() => Object.values(localStorage).join("\n"));
      for (const n of [0, 1]) {
        expect(stored).not.toContain(comment(pc.number, n));
        for (const file of files) expect(file).not.toContain(comment(pc.number, n));
      }
    }
    expect(files.join("").length).toBeGreaterThan(0);
  } finally {
    await host.stop();
  }
});

/** The inbox's tests: a yorisoi-host with the centre's published key, started and stopped per test. */
const inboxTest = test.extend({
  host: async ({ watch }, use) => {
    const { json } = await centreKey();
    const host = await startHost({ centreKeyJson: json });
    watch.origins.push(new URL(host.url).origin);
    await use(host);
    await host.stop();
  },
});

inboxTest.describe("the inbox pulled at unlock", () => {
  // The page's own requests, held by page.route: a service worker would make them its own.
  inboxTest.use({ serviceWorkers: "block" });

  /** A desk PC on `host` whose administrator typed the host token before; it answered once,
   *  and `others` responses from other screens wait in the inbox (sealed as they seal). */
  async function deskWithInbox(page, host, others) {
    const pc = Object.assign(new KioskPage(page, host.url), { number: 0 });
    await pc.open();
    await answer(pc, 0);
    await expect.poll(async () => (await host.records()).length).toBe(1);
    const record = JSON.parse(await unseal((await host.records())[0]));
    for (let n = 1; n <= others; n++) {
      const id = n.toString(16).padStart(32, "0");
      const sealed = JSON.stringify(await seal(id, JSON.stringify({ ...record, id })));
      const response = await fetch(`${host.url}inbox/responses/${id}`, { method: "PUT", body: sealed });
      expect(response.status).toBe(201);
    }
    await page.evaluate(({ key, token }) => localStorage.setItem(key, token), { key: storageKey("host-token"), token: host.token });
    return pc;
  }

  inboxTest("lands in a flash report opened while it was still under way", async ({ page, host }) => {
    const pc = await deskWithInbox(page, host, 5);
    // The inbox's answer is held until the report is open.
    let release;
    const released = new Promise((resolve) => (release = resolve));
    await page.route("**/inbox/responses?*", async (route) => {
      await released;
      await route.continue();
    });
    await pc.admin.open();
    await pc.admin.openReport();
    await expect(page.locator(".flash-report")).toContainText("現在1人");
    release();
    await expect(page.locator("#respondents")).toHaveText("6");
  });

  inboxTest("keeps its copies on the screen only where the screen's own answers still have room", async ({ page, host }) => {
    const pc = await deskWithInbox(page, host, 10);
    // Nearly full: room for about five sealed responses.
    await fillStorage(page);
    await page.evaluate(() => localStorage.setItem("filler/0", "x".repeat(256 * 1024 - 3000)));
    await pc.admin.open();
    await pc.admin.openReport();
    await expect(page.locator("#respondents")).toHaveText("11");
    await pc.admin.leave();
    const before = (await pc.sealedResponses()).length;
    await answer(pc, 1);
    expect((await pc.sealedResponses()).length).toBe(before + 1);
  });
});
