// What the host changes reaches kiosks that are already installed, and the administration is
// cached in the background, so it opens offline the first time.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./support/fixtures.mjs";
import { storageKey } from "./support/kiosk-page.mjs";
import { answersFor, survey } from "./support/survey.mjs";

/** A copy of the build served in place of dist/, edited as a centre edits its host. */
function hostCopy(server) {
  const folder = mkdtempSync(join(tmpdir(), "yorisoi-host-"));
  cpSync("dist", folder, { recursive: true });
  server.deploy(folder);
  return {
    /** Edits surveys/employee.json as a person would: in place, its .gz/.br left as they were. */
    editSurvey(change) {
      const file = join(folder, "surveys", "employee.json");
      const definition = JSON.parse(readFileSync(file, "utf8"));
      change(definition);
      writeFileSync(file, JSON.stringify(definition, null, 2));
    },
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}

const teamSection = survey.sections.findIndex((section) => section.items.some((item) => item.scale === "team"));

test("a team renamed on the host, with the version bumped, reaches an installed kiosk at its next start", async ({ kiosk, page, server }) => {
  await kiosk.openControlled();
  const host = hostCopy(server);
  try {
    host.editSurvey((definition) => {
      definition.version = "2026.2";
      definition.scales.team.options[0].label = { ja: "受付チーム東京", en: "Inbound team Tokyo" };
    });
    await page.reload();
    await kiosk.start("ja");
    for (let section = 0; section < teamSection; section++) await kiosk.next();
    await expect(kiosk.heading).toHaveText(survey.sections[teamSection].title.ja);
    await expect(page.getByText("受付チーム東京")).toBeVisible();
    await expect(page.getByText("受付チームA", { exact: true })).toHaveCount(0);
  } finally {
    host.remove();
  }
});

test("a definition whose version changed mid-survey sets the draft aside and says so in the person's language", async ({ kiosk, page, server }) => {
  await kiosk.openControlled();
  await kiosk.start("en");
  await kiosk.answerSection(0, answersFor(2));
  const host = hostCopy(server);
  try {
    host.editSurvey((definition) => {
      definition.version = "2026.2";
    });
    await page.reload();
    await expect(kiosk.startButton).toBeVisible();
    await expect(page.locator(".notice")).toHaveText(
      "The survey was updated while answers were in progress. Those answers have been kept aside for the administrator; please start again.",
    );
    const setAside = await page.evaluate(
      (prefix) => Object.keys(localStorage).filter((key) => key.startsWith(prefix)),
      storageKey("set-aside/draft/"),
    );
    expect(setAside).toHaveLength(1);
    expect(await kiosk.storedDraft()).toBeNull();
  } finally {
    host.remove();
  }
});

test("after a first load online, the administration opens offline for the first time and draws the flash report", async ({ kiosk, page, server }) => {
  await kiosk.openControlled();
  await kiosk.respond(answersFor(1));
  // Five respondents, so the report draws its charts: four more, as an earlier version stored
  // them (in the clear; sealed when the administration opens).
  const [first] = await kiosk.storedResponses();
  await page.evaluate(({ first, prefix }) => {
    for (let n = 1; n <= 4; n++) {
      const id = n.toString(16).padStart(16, "0");
      localStorage.setItem(prefix + id, JSON.stringify({ ...first, id }));
    }
  }, { first, prefix: storageKey("response/") });
  // The worker caches the administration and ECharts in the background, nobody having opened it.
  await expect
    .poll(() =>
      page.evaluate(async () =>
        Boolean((await caches.match("./admin/yorisoi-admin_bg.wasm")) && (await caches.match("./vendor/echarts.min.js"))),
      ),
    )
    .toBe(true);

  await server.close();
  await page.reload();
  await kiosk.admin.open();
  await expect(kiosk.admin.count("responses")).toHaveText("5");
  await kiosk.admin.openReport();
  for (const id of ["chart-radar", "chart-factors", "chart-kgi"]) {
    await expect(page.locator(`#${id} svg`)).toHaveCount(1);
  }
});

test.describe("without the service worker", () => {
  test.use({ serviceWorkers: "block" });

  test("an administration module that cannot be loaded is said in plain words", async ({ kiosk, page, watch }) => {
    watch.allowConsoleErrors.push(/Failed to load resource|net::ERR_FAILED/);
    await page.route("**/admin/**", (route) => route.abort());
    await kiosk.open();
    await page.getByRole("button", { name: "English" }).click();
    await kiosk.admin.entry.click();
    await expect(page.locator(".form-message[role=alert]")).toHaveText(
      "The administration could not be loaded. Connect to the server once, then try again.",
    );
    await expect(page.getByText("JsValue")).toHaveCount(0);
  });
});
