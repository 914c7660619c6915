// The result list by group: known respondents in three teams; the small team is hidden, and so
// is the next smallest, which would otherwise give it away by subtraction; the CSV holds the same.
import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures.mjs";
import { survey } from "./support/survey.mjs";

const benchmark = JSON.parse(readFileSync(new URL("../../public/benchmark/benchmark.json", import.meta.url)));
const learning = survey.sections.find((section) => section.id === "learning_growth").items;

// Team value -> (people, their answer to every learning & growth item).
const TEAMS = { 1: [6, 5], 2: [5, 2], 3: [2, 4] };
// lg favourable (4 or 5): team 1: 6 of 6 = 100.0%; whole centre: 6 + 2 of 13 = 61.5%.

function nationalMean(itemId) {
  const values = benchmark.measures[`item:${itemId}`].values.filter((v) => v !== null);
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}
const signed = (value) => {
  const rounded = Math.round(value * 10) / 10;
  return rounded > 0 ? `+${rounded.toFixed(1)}` : rounded.toFixed(1);
};

test("the result list shows the expected figures by team and hides the small team", async ({ kiosk, page }) => {
  await kiosk.open();
  for (const [team, [people, answer]] of Object.entries(TEAMS)) {
    for (let person = 0; person < people; person++) {
      const answers = { kgi: 7, team: Number(team), role: 1 };
      for (const item of learning) answers[item.id] = answer;
      await kiosk.respond(answers);
    }
  }
  await kiosk.admin.open();
  await kiosk.admin.openPage("結果一覧表");

  // Column groups named for the administrator, not with the employees' question wording.
  await expect(page.locator(".result-list .column-groups th")).toHaveText(["全体", "役割", "チーム・部署"]);
  await expect(page.locator(".benchmark-note .synthetic")).toContainText("合成サンプル");
  await expect(page.locator(".heat-legend")).toContainText("10ポイント以上高い");
  await expect(page.locator('tr[data-row="kgi"] th')).toHaveText("幸福度（KGI）：7〜10点の割合");
  const columns = await page.locator(".result-list thead tr.column-names th").allInnerTexts();
  expect(columns[1]).toContain("センター全体");
  expect(columns[1]).toContain("n=13");
  const teamColumn = (name) => columns.findIndex((text) => text.includes(name));
  const teamA = teamColumn("受付チームA");
  const teamB = teamColumn("受付チームB");
  const teamC = teamColumn("発信チーム");
  const cell = (row, column) => page.locator(`tr[data-row="${row}"] > *`).nth(column);

  for (const item of learning) {
    await expect(cell(item.id, 1).locator(".favourable")).toHaveText("61.5");
    await expect(cell(item.id, 1).locator(".cell-n")).toHaveText("n=13");
    await expect(cell(item.id, 1).locator(".difference")).toHaveText(signed((8 * 100) / 13 - nationalMean(item.id)));
    await expect(cell(item.id, teamA).locator(".favourable")).toHaveText("100.0");
    await expect(cell(item.id, teamA).locator(".cell-n")).toHaveText("n=6");
    await expect(cell(item.id, teamB)).toHaveText("*");
    await expect(cell(item.id, teamC)).toHaveText("*");
  }
  await expect(cell("learning_growth", teamA).locator(".favourable")).toHaveText("100.0");
  await expect(cell("learning_growth", teamC)).toHaveText("*");

  // The CSV: UTF-8 with a byte order mark, the same figures, the same cells hidden.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "CSVをダウンロード（Excel用）" }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString("utf8").slice(1).split("\r\n");
  const header = lines[0].split('","');
  const position = (label) => header.findIndex((field) => field.startsWith(label));
  const row = lines.find((line) => line.startsWith(`"${learning[0].text.ja}"`)).slice(1, -1).split('","');
  expect(row[position("センター全体 肯定的回答%")]).toBe("61.5");
  expect(row[position("センター全体 n")]).toBe("13");
  expect(row[position("受付チームA 肯定的回答%")]).toBe("100.0");
  expect(row[position("受付チームA n")]).toBe("6");
  expect(row[position("受付チームB 肯定的回答%")]).toBe("*");
  expect(row[position("発信チーム n")]).toBe("*");
  expect(lines.at(-3)).toContain("回答者が少ないため表示しません");
  expect(lines.at(-2)).toBe('"全国平均は合成サンプルです（実在のセンターのデータではありません）"');

  // Against the whole centre instead: team A's 100.0 is 38.5 points above the centre's 61.5.
  await page.getByRole("radio", { name: "センター全体" }).check();
  for (const item of learning) await expect(cell(item.id, teamA).locator(".difference")).toHaveText("+38.5");
  await expect(cell(learning[0].id, 1).locator(".difference")).toHaveText("");
  await expect(page.locator(".heat-legend")).toContainText("センター全体");

  // Fewer than 10 respondents in all would hide comments; 13 shows them.
  await expect(page.locator(".comments")).toHaveCount(1);

  // Team headcounts in the profile (full-width digits too): team A's 6 of ８ is 75.0%; team B
  // has a headcount but is hidden by the rule, so it has no rate either.
  await kiosk.admin.openPage("代表者アンケート");
  await page.locator("#team-headcount-1").fill("８");
  await page.locator("#team-headcount-2").fill("10");
  await kiosk.admin.openPage("結果一覧表");
  const head = (name) => page.locator(".result-list thead tr.column-names th").filter({ hasText: name });
  await expect(head("受付チームA").locator(".column-rate")).toHaveText("回答率 75.0%");
  await expect(head("受付チームB").locator(".column-rate")).toHaveCount(0);

  // The ranking of the same centre: the KGI mean 7.00 against the snapshot.
  await kiosk.admin.openPage("ランキング");
  const values = benchmark.measures.kgi.values;
  await expect(page.locator('tr[data-row="kgi"] .value')).toHaveText("7.00");
  await expect(page.locator('tr[data-row="kgi"] .rank')).toHaveText(`${1 + values.filter((v) => v > 7).length} / ${values.length + 1}`);
  await expect(page.locator('tr[data-row="kgi"] .centre-mark')).toHaveCount(1);
});
