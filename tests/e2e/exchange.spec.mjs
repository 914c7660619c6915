// Several kiosks, one centre: one exports its aggregates, another imports them, and the combined
// reports equal one kiosk that took every answer. Bad and repeated files change nothing.
import { readFileSync, writeFileSync, mkdtempSync, cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { expect, test } from "./support/fixtures.mjs";
import { survey } from "./support/survey.mjs";

const factorItems = survey.sections.flatMap((s) => s.items).filter((i) => i.kind === "factor");

/** Person n's answers: the KGI and every factor item, nothing else (the review allows that). */
function answersOf(n) {
  const answers = { kgi: [3, 9, 6, 7, 8, 2, 10, 5, 6, 7][n] };
  factorItems.forEach((item, index) => (answers[item.id] = 1 + ((n + index) % 5)));
  return answers;
}

async function takeSurveys(kiosk, people) {
  await kiosk.open();
  for (const person of people) {
    await kiosk.respond(answersOf(person));
  }
}

async function exportFile(kiosk) {
  await kiosk.admin.openPage("データ");
  const [download] = await Promise.all([
    kiosk.page.waitForEvent("download"),
    kiosk.page.locator("#export-button").click(),
  ]);
  await expect(kiosk.page.locator("#export-message")).toContainText("書き出しました：yorisoi-export-");
  return download.path();
}

async function flashFigures(kiosk) {
  await kiosk.admin.openReport();
  return {
    respondents: await kiosk.page.locator("#respondents").innerText(),
    kgi: await kiosk.page.locator("#kgi-mean").innerText(),
    factors: await kiosk.page.locator(".factor-table tbody").innerText(),
  };
}

test("two kiosks: one exports, the other imports, and the combined report equals one kiosk with every answer", async ({ kiosk, otherKiosk, browser, server, watch }) => {
  // Twenty people answer in three browsers: slow on a loaded 2-core machine.
  test.setTimeout(300_000);
  await takeSurveys(kiosk, [0, 1, 2, 3, 4]);
  await kiosk.admin.open();
  const fileA = await exportFile(kiosk);
  const exported = JSON.parse(readFileSync(fileA, "utf8"));
  expect(exported.format).toBe("yorisoi-export");
  expect(exported.cells[0].respondents).toBe(5);
  expect(JSON.stringify(exported)).not.toMatch(/"t"|comment/);

  await takeSurveys(otherKiosk, [5, 6, 7, 8, 9]);
  await otherKiosk.admin.open();
  await otherKiosk.admin.openPage("データ");
  await otherKiosk.page.locator("#import-file").setInputFiles(fileA);
  await expect(otherKiosk.page.locator("#import-message")).toContainText("取り込みました：");
  await expect(otherKiosk.page.locator(".imports .respondents")).toHaveText("5");
  const combined = await flashFigures(otherKiosk);
  expect(combined.respondents).toBe("10");

  // The same file again: refused, and nothing changes.
  await otherKiosk.admin.openPage("データ");
  await otherKiosk.page.locator("#import-file").setInputFiles(fileA);
  await expect(otherKiosk.page.locator("#import-message")).toContainText("取り込めませんでした（保存データは変わっていません）：二重に数えることになります：同じファイル");
  await expect(otherKiosk.page.locator(".imports tbody tr")).toHaveCount(1);

  // A file that is not an export: refused with the problem named, and nothing changes.
  const junk = join(mkdtempSync(join(tmpdir(), "yorisoi-junk-")), "junk.json");
  writeFileSync(junk, "{ this is not json");
  await otherKiosk.page.locator("#import-file").setInputFiles(junk);
  await expect(otherKiosk.page.locator("#import-message")).toContainText("Yorisoi の書き出しファイルとして読めません（1行目、3文字目）");
  await expect(otherKiosk.page.locator(".imports tbody tr")).toHaveCount(1);

  // One kiosk that took all ten answers.
  const context = await browser.newContext();
  await watch.context(context);
  const { KioskPage } = await import("./support/kiosk-page.mjs");
  const single = new KioskPage(await context.newPage(), server.url);
  await takeSurveys(single, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  await single.admin.open();
  expect(await flashFigures(single)).toEqual(combined);
  // Hand check: KGI 3+9+6+7+8+2+10+5+6+7 = 63 over 10.
  expect(combined.kgi).toBe("6.30");
  await context.close();
});

test("the CLI builds a snapshot from sample exports and the app ranks a centre against it", async ({ kiosk, page, server }) => {
  // The CLI runs through cargo, which builds it first when it is not yet built.
  test.setTimeout(300_000);
  const work = mkdtempSync(join(tmpdir(), "yorisoi-cli-"));
  try {
    const run = (...args) => {
      const result = spawnSync("cargo", ["run", "-q", "-p", "yorisoi-collect", "--", ...args], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      return result.stdout;
    };
    run("sample", "-o", join(work, "exports"), "--date", "2026-11-29", "--centres", "40", "--seed", "7");
    const files = Array.from({ length: 40 }, (_, n) => join(work, "exports", `centre-${String(n + 1).padStart(3, "0")}.json`));
    const snapshotFile = join(work, "snapshot.json");
    expect(run("build-benchmark", ...files, "-o", snapshotFile, "--date", "2026-11-29")).toContain("40 centres");
    const snapshot = JSON.parse(readFileSync(snapshotFile, "utf8"));

    const site = join(work, "site");
    cpSync("dist", site, { recursive: true });
    cpSync(snapshotFile, join(site, "benchmark", "benchmark.json"));
    server.deploy(site);

    await takeSurveys(kiosk, [0, 1, 2, 3, 4]);
    await kiosk.admin.open();
    await kiosk.admin.openPage("ランキング");
    await expect(page.locator(".ranking-page .hint").first()).toContainText("全国ベンチマーク（2026-11-29）");
    // KGI 3+9+6+7+8 = 33 over 5 = 6.6.
    const values = snapshot.measures.kgi.values;
    await expect(page.locator('tr[data-row="kgi"] .value')).toHaveText("6.60");
    await expect(page.locator('tr[data-row="kgi"] .rank')).toHaveText(`${1 + values.filter((v) => v > 6.6).length} / 41`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
