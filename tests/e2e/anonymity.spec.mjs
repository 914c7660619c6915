// The release rule and counting nobody twice, the way an administrator meets them: a group of
// five where one person skipped a whole factor; a kiosk's responses arriving by export and by
// device transfer, in either order; a file from another centre.
import { expect, test } from "./support/fixtures.mjs";
import { survey } from "./support/survey.mjs";

const healthy = survey.sections.find((section) => section.id === "healthy_workplace").items;
const PASSPHRASE = "sapporo-2026-kiosks";

async function takeSurveys(kiosk, people) {
  await kiosk.open();
  for (const answers of people) {
    await kiosk.respond(answers);
  }
}

/** `count` people of `team`, each agreeing (4) with every healthy-workplace item. */
function team(team, count, { skipHealthy = 0 } = {}) {
  return Array.from({ length: count }, (_, person) => {
    const answers = { kgi: 7, role: 1, team };
    if (person >= skipHealthy) for (const item of healthy) answers[item.id] = 4;
    return answers;
  });
}

async function download(kiosk, button) {
  const [file] = await Promise.all([kiosk.page.waitForEvent("download"), kiosk.page.locator(button).click()]);
  return file.path();
}

async function exportAndTransfer(kiosk) {
  await kiosk.admin.openPage("データ");
  const exported = await download(kiosk, "#export-button");
  await kiosk.page.locator("#transfer-passphrase").fill(PASSPHRASE);
  const transfer = await download(kiosk, "#transfer-export");
  return { exported, transfer };
}

async function respondents(kiosk) {
  await kiosk.admin.openReport();
  return kiosk.page.locator("#respondents").innerText();
}

test("a group of five where one skipped a whole factor shows neither the factor nor the next smallest group", async ({ kiosk, page }) => {
  test.setTimeout(300_000);
  // Team 1: five people, one of whom skipped every healthy-workplace item (n = 4 there);
  // team 2: eight; team 3: six.
  await takeSurveys(kiosk, [...team(1, 5, { skipHealthy: 1 }), ...team(2, 8), ...team(3, 6)]);
  await kiosk.admin.open();
  await kiosk.admin.openPage("結果一覧表");
  const columns = await page.locator(".result-list thead tr.column-names th").allInnerTexts();
  const column = (label) => columns.findIndex((text) => text.startsWith(label));
  const teams = survey.scales.team.options.map((option) => option.label.ja);
  const [one, two, three] = [column(teams[0]), column(teams[1]), column(teams[2])];
  // The group of five is shown as a group: its size is at the minimum.
  expect(columns[one]).toContain("n=5");
  const cell = (row, index) => page.locator(`tr[data-row="${row}"] > *`).nth(index);
  for (const row of [healthy[0].id, "healthy_workplace"]) {
    // Four answered in team 1: hidden, and team 3 (the next smallest) with it, so that the
    // whole centre minus team 2 does not give team 1 away.
    await expect(cell(row, one)).toHaveText("*");
    await expect(cell(row, three)).toHaveText("*");
    await expect(cell(row, two).locator(".cell-n")).toHaveText("n=8");
  }
  // The whole centre's factor is about the 18 who answered, not the 19 respondents.
  await expect(cell("healthy_workplace", 1).locator(".cell-n")).toHaveText("n=18");
  // Another factor, answered by nobody here, hides nothing for lack of answers.
  await expect(cell("learning_growth", one)).not.toHaveText("*");
});

test("a kiosk's responses by export and by transfer are counted once, in either order", async ({ kiosk, otherKiosk, browser, server, watch }) => {
  test.setTimeout(300_000);
  // Kiosk B: five people; it writes an export and a transfer file.
  await takeSurveys(otherKiosk, team(1, 5));
  await otherKiosk.admin.open();
  const fromB = await exportAndTransfer(otherKiosk);

  // Kiosk A: the export first, then the transfer, which is refused.
  await takeSurveys(kiosk, team(2, 5));
  await kiosk.admin.open();
  await kiosk.admin.openPage("データ");
  await kiosk.page.locator("#import-file").setInputFiles(fromB.exported);
  await expect(kiosk.page.locator("#import-message")).toContainText("取り込みました：");
  await kiosk.page.locator("#transfer-passphrase").fill(PASSPHRASE);
  await kiosk.page.locator("#transfer-file").setInputFiles(fromB.transfer);
  await expect(kiosk.page.locator("#transfer-message")).toContainText("二重に数えることになります：その端末の回答は、取り込み済みのファイル");
  expect(await respondents(kiosk)).toBe("10");

  // Kiosk C: the transfer first, then the export, which is refused.
  const context = await browser.newContext();
  watch.context(context);
  const { KioskPage } = await import("./support/kiosk-page.mjs");
  const third = new KioskPage(await context.newPage(), server.url);
  await takeSurveys(third, team(3, 5));
  await third.admin.open();
  await third.admin.openPage("データ");
  await third.page.locator("#transfer-passphrase").fill(PASSPHRASE);
  await third.page.locator("#transfer-file").setInputFiles(fromB.transfer);
  await expect(third.page.locator("#transfer-message")).toHaveText("5件の回答を取り込みました。すでにあった回答：0");
  await third.page.locator("#import-file").setInputFiles(fromB.exported);
  await expect(third.page.locator("#import-message")).toContainText("端末間移行ファイルですでに取り込まれています");
  await expect(third.page.locator("#imports-none")).toBeVisible();
  expect(await respondents(third)).toBe("10");
  await context.close();
});

test("a file from another centre is taken in only when the person says it is theirs", async ({ kiosk, otherKiosk }) => {
  test.setTimeout(300_000);
  await takeSurveys(kiosk, team(1, 5));
  await kiosk.admin.open();
  await kiosk.admin.openPage("データ");
  const fromA = await download(kiosk, "#export-button");

  // Kiosk B has exported too, so it has a centre of its own.
  await takeSurveys(otherKiosk, team(2, 5));
  await otherKiosk.admin.open();
  await otherKiosk.admin.openPage("データ");
  await download(otherKiosk, "#export-button");

  const asked = [];
  otherKiosk.page.once("dialog", (dialog) => {
    asked.push(dialog.message());
    dialog.dismiss();
  });
  await otherKiosk.page.locator("#import-file").setInputFiles(fromA);
  await expect(otherKiosk.page.locator("#import-message")).toContainText("別のセンター");
  await expect(otherKiosk.page.locator("#imports-none")).toBeVisible();
  expect(asked[0]).toContain("このセンターの端末のファイルとして取り込みますか");

  otherKiosk.page.once("dialog", (dialog) => dialog.accept());
  await otherKiosk.page.locator("#import-file").setInputFiles(fromA);
  await expect(otherKiosk.page.locator("#import-message")).toContainText("取り込みました：");
  expect(await respondents(otherKiosk)).toBe("10");
});

test("a second export with fewer new respondents than the minimum is refused", async ({ kiosk }) => {
  test.setTimeout(300_000);
  await takeSurveys(kiosk, team(1, 5));
  await kiosk.admin.open();
  await kiosk.admin.openPage("データ");
  const first = await download(kiosk, "#export-button");
  expect(first).toBeTruthy();
  await kiosk.admin.leave();
  await takeSurveys(kiosk, team(1, 1));
  await kiosk.admin.open();
  await kiosk.admin.openPage("データ");
  await kiosk.page.locator("#export-button").click();
  await expect(kiosk.page.locator("#export-message")).toContainText("前回の書き出し");
  await expect(kiosk.page.locator("#export-message")).toContainText("新しい回答が1人です");
});
