// After the first load the kiosk keeps working with the server gone, and a new deployment
// replaces what the kiosk cached.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./support/fixtures.mjs";
import { answersFor } from "./support/survey.mjs";

test("with the server stopped after the first load, a reload still shows the survey and a response can be submitted", async ({ kiosk, page, server }) => {
  await kiosk.openControlled();
  await server.close();
  await page.reload();
  await expect(kiosk.startButton).toBeVisible();
  await kiosk.start("ja");
  await kiosk.answerAll(answersFor(7));
  await kiosk.submit();
  expect(await kiosk.storedResponses()).toHaveLength(1);
});

test("a new deployment replaces the old cache and shows the new survey", async ({ kiosk, page, server }) => {
  await kiosk.openControlled();
  const [oldCache] = await page.evaluate(() => caches.keys());

  const next = mkdtempSync(join(tmpdir(), "yorisoi-next-"));
  try {
    cpSync("dist", next, { recursive: true });
    const worker = join(next, "sw.js");
    writeFileSync(worker, readFileSync(worker, "utf8").replace(/const VERSION = "[0-9a-f]+"/, 'const VERSION = "ffffffffffffffff"'));
    // A build writes compressed copies that match; this hand-made deployment drops the old ones.
    rmSync(`${worker}.br`);
    rmSync(`${worker}.gz`);
    const surveyFile = join(next, "surveys", "employee.json");
    writeFileSync(surveyFile, readFileSync(surveyFile, "utf8").replace("従業員Well-being診断", "従業員Well-being診断 2027"));
    server.deploy(next);

    await page.evaluate(async () => {
      const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve));
      await (await navigator.serviceWorker.getRegistration()).update();
      await changed;
    });
    await page.reload();
    await expect(page.locator("h1")).toHaveText("従業員Well-being診断 2027");
    expect(await page.evaluate(() => caches.keys())).toEqual(["yorisoi-ffffffffffffffff"]);
    expect(oldCache).not.toBe("yorisoi-ffffffffffffffff");
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
});
