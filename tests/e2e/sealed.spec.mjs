// Sealed answers: what a kiosk keeps is readable only with the centre key, the administration
// opens only with its passphrase (or recovery code), and nothing of a response stays in the
// clear, not even the ones an earlier version stored that way.
import { webcrypto } from "node:crypto";
import { expect, test } from "./support/fixtures.mjs";
import { centreKey, unseal } from "./support/centre-key.mjs";
import { storageKey } from "./support/kiosk-page.mjs";
import { answersFor } from "./support/survey.mjs";

const COMMENT = "夜勤の休憩室の冷蔵庫が壊れたままです";

/** Every value in local storage, joined, to search for anything said in the clear. */
const everything = (page) =>
  page.evaluate(() => Object.keys(localStorage).map((key) => `${key}=${localStorage.getItem(key)}`).join("\n"));

test("a submitted response is stored sealed: no answer, comment or record in the clear, and the centre key opens it", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("ja");
  const answers = { ...answersFor(2), comment: COMMENT };
  await kiosk.answerAll(answers);
  // The person at the screen may read their own draft until they submit.
  expect(JSON.stringify(await kiosk.storedDraft())).toContain(COMMENT);
  await kiosk.submit();

  const stored = await everything(page);
  expect(stored).not.toContain(COMMENT);
  expect(stored).not.toContain('"a":"');
  expect(stored).not.toContain(storageKey("response/"));
  const [envelope] = await kiosk.sealedResponses();
  expect(Object.keys(envelope).sort()).toEqual(["ct", "epk", "id", "iv", "v"]);
  expect(envelope.id).toMatch(/^[0-9a-f]{32}$/);
  // Padded: a short and a long comment seal to lengths that do not tell them apart.
  expect(Buffer.from(envelope.ct, "base64url").length % 256).toBe(16);
  // Node's own WebCrypto, with the centre's private key, opens what the browser sealed.
  const record = JSON.parse(await unseal(envelope));
  expect(record.id).toBe(envelope.id);
  expect(record.t.comment).toBe(COMMENT);
});

test("the console call that opens the administration shows the passphrase form and no figure", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.respond(answersFor(1));
  await page.evaluate(() => {
    const root = document.createElement("div");
    document.body.append(root);
    return window.yorisoiOpenAdmin(root, "ja", "[]");
  });
  await expect(page.locator("#passphrase")).toBeVisible();
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(page.locator("#count-responses")).toHaveCount(0);
  await expect(page.locator("#respondents")).toHaveCount(0);
});

test("the recovery code opens the administration, and an idle administration locks and forgets the key", async ({ kiosk, page }) => {
  const { recoveryCode } = await centreKey();
  await page.clock.install();
  await kiosk.open();
  await kiosk.admin.entry.click();
  await page.getByRole("button", { name: "回復コードで開く" }).click();
  await page.locator("#recovery").fill("not a code");
  await page.getByRole("button", { name: "開く", exact: true }).click();
  await expect(page.locator(".form-message")).toContainText("回復コードは");
  // Typed in lower case with spaces instead of hyphens: the same code.
  await page.locator("#recovery").fill(recoveryCode.toLowerCase().replaceAll("-", " "));
  await page.getByRole("button", { name: "開く", exact: true }).click();
  await expect(kiosk.admin.count("responses")).toHaveText("0");

  await page.clock.runFor("09:50");
  await expect(page.getByRole("navigation")).toBeVisible();
  await page.clock.runFor("00:15");
  await expect(page.getByRole("navigation")).toHaveCount(0);
  await expect(kiosk.startButton).toBeVisible();
  await kiosk.admin.entry.click();
  await expect(page.locator("#passphrase")).toBeVisible();
});

test("responses an earlier version stored in the clear are sealed at the first unlock, none lost", async ({ kiosk, page }) => {
  await kiosk.open();
  await kiosk.start("ja");
  await kiosk.answerAll({ ...answersFor(3), comment: COMMENT });
  const draft = await kiosk.storedDraft();
  await kiosk.page.getByRole("button", { name: "送信する" }).waitFor();
  // Three responses as the previous version stored them: plain records under response/<16 hex>.
  const plain = [1, 2, 3].map((n) => ({ v: 1, id: n.toString(16).padStart(16, "0"), survey: draft.survey, at: 1764460800000 + n, a: draft.a, t: draft.t }));
  await page.evaluate(({ plain, prefix }) => {
    for (const record of plain) localStorage.setItem(prefix + record.id, JSON.stringify(record));
  }, { plain, prefix: storageKey("response/") });
  await kiosk.submit();
  await kiosk.backToStart();

  await kiosk.admin.open();
  await expect(kiosk.admin.count("responses")).toHaveText("4");
  await expect(kiosk.admin.count("sealed-now")).toHaveText("3");
  expect(await everything(page)).not.toContain(COMMENT);
  const opened = await kiosk.storedResponses();
  expect(opened.map((record) => record.id).sort()).toEqual([...plain.map((record) => record.id), draft.id].sort());
  for (const record of plain) expect(opened).toContainEqual(record);
});

test.describe("an upgraded kiosk with an earlier version's PIN", () => {
  test.use({ centreKey: false });

  test("asks for that PIN once before anyone may create the centre key", async ({ kiosk, page }) => {
    const salt = webcrypto.getRandomValues(new Uint8Array(16));
    const base = await webcrypto.subtle.importKey("raw", new TextEncoder().encode("2580"), "PBKDF2", false, ["deriveBits"]);
    const hash = new Uint8Array(await webcrypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations: 600000 }, base, 256));
    const hex = (bytes) => Buffer.from(bytes).toString("hex");
    const record = JSON.stringify({ v: 1, salt: hex(salt), iterations: 600000, hash: hex(hash) });
    await page.goto(kiosk.url);
    await page.evaluate(({ key, record }) => localStorage.setItem(key, record), { key: storageKey("pin"), record });
    await page.reload();
    await kiosk.admin.entry.click();
    await expect(page.getByRole("heading", { name: "以前の管理者PINを入力してください" })).toBeVisible();
    await page.locator("#pin").fill("1111");
    await page.getByRole("button", { name: "開く", exact: true }).click();
    await expect(page.locator(".form-message")).toHaveText("PINが違います。");
    await expect(page.locator("#passphrase")).toHaveCount(0);
    await page.locator("#pin").fill("2580");
    await page.getByRole("button", { name: "開く", exact: true }).click();
    await expect(page.getByRole("heading", { name: "センターの鍵を作成する" })).toBeVisible();
    await page.locator("#passphrase").fill("a new centre passphrase");
    await page.locator("#passphrase-again").fill("a new centre passphrase");
    await page.getByRole("button", { name: "鍵を作成する" }).click();
    await expect(page.locator("#recovery-code")).toBeVisible();
    // The old PIN has done its last job.
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey("pin"))).toBeNull();
  });
});
