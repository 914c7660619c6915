// The device-transfer file: individual responses between a centre's own kiosks, encrypted with a
// passphrase and marked confidential, so that small groups spanning kiosks are exact.
import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures.mjs";

async function takeSurveys(kiosk, people) {
  await kiosk.open();
  for (let person = 0; person < people; person++) {
    await kiosk.respond({ kgi: 7, lg1: 5, role: 1, team: 1 });
  }
}

test("three operators on each kiosk: after a transfer the six are one visible group, counted once", async ({ kiosk, otherKiosk }) => {
  await takeSurveys(kiosk, 3);
  await kiosk.admin.open();
  await kiosk.admin.openPage("データ");
  await kiosk.page.locator("#transfer-passphrase").fill("short");
  await kiosk.page.locator("#transfer-export").click();
  await expect(kiosk.page.locator("#transfer-message")).toHaveText("パスフレーズは8文字以上にしてください。");
  await kiosk.page.locator("#transfer-passphrase").fill("sapporo-2026-kiosks");
  const [download] = await Promise.all([
    kiosk.page.waitForEvent("download"),
    kiosk.page.locator("#transfer-export").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^yorisoi-CONFIDENTIAL-transfer-\d{4}-\d{2}-\d{2}-[0-9a-f]{16}\.json$/);
  const file = readFileSync(await download.path(), "utf8");
  const envelope = JSON.parse(file);
  expect(envelope.confidential).toBe(true);
  expect(envelope.notice).toContain("CONFIDENTIAL");
  expect(file).not.toContain('"a":"');

  await takeSurveys(otherKiosk, 3);
  await otherKiosk.admin.open();
  await otherKiosk.admin.openPage("データ");
  await otherKiosk.page.locator("#transfer-passphrase").fill("wrong passphrase");
  await otherKiosk.page.locator("#transfer-file").setInputFiles(await download.path());
  await expect(otherKiosk.page.locator("#transfer-message")).toContainText("パスフレーズが違うか、ファイルが変更されています。");
  await otherKiosk.page.locator("#transfer-passphrase").fill("sapporo-2026-kiosks");
  await otherKiosk.page.locator("#transfer-file").setInputFiles(await download.path());
  await expect(otherKiosk.page.locator("#transfer-message")).toHaveText("3件の回答を取り込みました。すでにあった回答：0");
  await otherKiosk.page.locator("#transfer-file").setInputFiles(await download.path());
  await expect(otherKiosk.page.locator("#transfer-message")).toHaveText("0件の回答を取り込みました。すでにあった回答：3");

  await otherKiosk.admin.openPage("結果一覧表");
  const columns = await otherKiosk.page.locator(".result-list thead tr.column-names th").allInnerTexts();
  const operators = columns.findIndex((text) => text.startsWith("オペレーター"));
  const lg1 = otherKiosk.page.locator('tr[data-row="lg1"] > *');
  await expect(lg1.nth(1).locator(".cell-n")).toHaveText("n=6");
  await expect(lg1.nth(operators).locator(".favourable")).toHaveText("100.0");
  await expect(lg1.nth(operators).locator(".cell-n")).toHaveText("n=6");

  // Its aggregate export names the other kiosk among its sources (taken in by transfer, counted
  // in this kiosk's respondents), so the organiser never counts it twice.
  await otherKiosk.admin.openPage("データ");
  const [exported] = await Promise.all([
    otherKiosk.page.waitForEvent("download"),
    otherKiosk.page.locator("#export-button").click(),
  ]);
  const aggregate = JSON.parse(readFileSync(await exported.path(), "utf8"));
  expect(aggregate.sources).toHaveLength(1);
  expect(aggregate.sources[0].respondents).toBe(6);
  expect(aggregate.sources[0].transferred_from).toEqual([envelope.device_id]);
});
