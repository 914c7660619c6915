// A broken survey definition shows an error page naming the file, the item and the problem, in
// Japanese with the English below it.
import { readFileSync } from "node:fs";
import { expect, test } from "./support/fixtures.mjs";

// Requests answered by a service worker never reach page.route.
test.use({ serviceWorkers: "block" });

const original = readFileSync(new URL("../../public/surveys/employee.json", import.meta.url), "utf8");

async function serveDefinition(page, body) {
  await page.route("**/surveys/employee.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body }),
  );
}

test("broken JSON shows the error page with the file and the line", async ({ page, server }) => {
  await serveDefinition(page, original.replace('"sections": [', '"sections": [,'));
  await page.goto(server.url);
  const errors = page.locator(".definition-errors li");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アンケート定義に問題があります");
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText("surveys/employee.json");
  await expect(errors.first()).toContainText(/ファイル：JSONとして読めません（\d+行目、\d+文字目）/);
  await expect(errors.first().locator('[lang="en"]')).toHaveText(/^file: not JSON \(line \d+, column \d+\)$/);
});

test("a duplicate item id and an unknown factor are both named with their items", async ({ page, server }) => {
  const definition = JSON.parse(original);
  definition.sections[1].items[1].id = definition.sections[1].items[0].id;
  definition.sections[2].items[0].factor = "salary";
  await serveDefinition(page, JSON.stringify(definition));
  await page.goto(server.url);
  const errors = page.locator(".definition-errors li");
  await expect(errors).toHaveCount(2);
  const duplicate = definition.sections[1].items[0].id;
  const salary = definition.sections[2].items[0].id;
  await expect(errors.nth(0)).toContainText(`設問「${duplicate}」：設問IDが重複しています`);
  await expect(errors.nth(0)).toContainText(`item "${duplicate}": the item id is used twice`);
  await expect(errors.nth(1)).toContainText(`設問「${salary}」：要素「salary」はありません`);
  await expect(errors.nth(1)).toContainText(`item "${salary}": unknown factor "salary"`);
});

test("a scale without options is named", async ({ page, server }) => {
  const definition = JSON.parse(original);
  definition.scales.team.options = [];
  await serveDefinition(page, JSON.stringify(definition));
  await page.goto(server.url);
  await expect(page.locator(".definition-errors li")).toHaveText([
    /^surveys\/employee\.json — 尺度「team」：選択肢がありません\s*scale "team": there are no options$/,
  ]);
});

test("a missing definition file says so instead of a blank page", async ({ page, server, watch }) => {
  watch.allowConsoleErrors.push(/404/);
  await page.route("**/surveys/employee.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto(server.url);
  await expect(page.locator(".definition-errors li")).toHaveText([
    /^surveys\/employee\.json — ファイル：サーバーが読み込みを断りました（HTTP 404）。\s*file: The server refused it \(HTTP 404\)\.$/,
  ]);
});
