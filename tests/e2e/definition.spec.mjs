// A broken survey definition shows an error page naming the file, the item and the problem.
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
  await serveDefinition(page, original.replace('"sections": [', '"sections": [[,'));
  await page.goto(server.url);
  const errors = page.locator(".definition-errors li");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("アンケート定義に問題があります");
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText("surveys/employee.json");
  await expect(errors.first()).toContainText(/not valid survey JSON: .* line \d+/);
});

test("a duplicate item id and an unknown factor are both named with their items", async ({ page, server }) => {
  const definition = JSON.parse(original);
  definition.sections[1].items[1].id = definition.sections[1].items[0].id;
  definition.sections[2].items[0].factor = "salary";
  await serveDefinition(page, JSON.stringify(definition));
  await page.goto(server.url);
  const errors = page.locator(".definition-errors li");
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText(`item "${definition.sections[1].items[0].id}": duplicate item id`);
  await expect(errors.nth(1)).toContainText(`item "${definition.sections[2].items[0].id}": unknown factor "salary"`);
});

test("a scale without options is named", async ({ page, server }) => {
  const definition = JSON.parse(original);
  definition.scales.team.options = [];
  await serveDefinition(page, JSON.stringify(definition));
  await page.goto(server.url);
  await expect(page.locator(".definition-errors li")).toHaveText([/surveys\/employee\.json — scale "team": has no options/]);
});

test("a missing definition file says so instead of a blank page", async ({ page, server, watch }) => {
  watch.allowConsoleErrors.push(/404/);
  await page.route("**/surveys/employee.json", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto(server.url);
  await expect(page.locator(".definition-errors li")).toHaveText([/surveys\/employee\.json — file: could not be loaded: HTTP 404/]);
});
