// Speed of the central collection and of importing a large merge, printed as figures and ratios
// to the targets (never a pass/fail test). Run: scripts/bench, or node bench/collect.mjs after
// `trunk build --release`.
import { chromium } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM, CHROMIUM_ARGS } from "../scripts/chromium.mjs";
import { startServer } from "../scripts/serve.mjs";

const CENTRES = 150;
const RUNS = 5;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

execFileSync("cargo", ["build", "--release", "-q", "-p", "yorisoi-collect"], { stdio: "inherit" });
const collect = (...args) => execFileSync("target/release/yorisoi-collect", args, { stdio: "pipe" });
const timed = (...args) => {
  const start = process.hrtime.bigint();
  collect(...args);
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const work = mkdtempSync(join(tmpdir(), "yorisoi-bench-"));
try {
  collect("sample", "-o", work, "--date", "2026-11-29", "--centres", String(CENTRES));
  const files = Array.from({ length: CENTRES }, (_, n) => join(work, `centre-${String(n + 1).padStart(3, "0")}.json`));
  const merged = join(work, "merged.json");
  const merges = [];
  const builds = [];
  for (let run = 0; run < RUNS; run++) {
    merges.push(timed("merge", ...files, "-o", merged));
    builds.push(timed("build-benchmark", ...files, "-o", join(work, "snapshot.json"), "--date", "2026-11-29"));
  }

  const server = await startServer({ root: "dist" });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const imports = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole("button", { name: "管理者" }).click();
    await page.locator("#pin").fill("2580");
    await page.locator("#pin-again").fill("2580");
    await page.getByRole("button", { name: "PINを設定する" }).click();
    await page.getByRole("navigation").getByRole("button", { name: "データ" }).click();
    const start = Date.now();
    await page.locator("#import-file").setInputFiles(merged);
    await page.locator("#import-message", { hasText: "取り込みました" }).waitFor();
    imports.push(Date.now() - start);
    await context.close();
  }
  await browser.close();
  await server.close();

  console.log(`Central collection speed, ${CENTRES} synthetic centre exports, ${RUNS} runs (release build)`);
  console.log("measure                                      median ms   min ms   max ms   target ms   median/target");
  const line = (name, values, target) =>
    console.log(
      `${name.padEnd(44)} ${median(values).toFixed(0).padStart(9)} ${Math.min(...values).toFixed(0).padStart(8)} ${Math.max(...values)
        .toFixed(0)
        .padStart(8)} ${String(target ?? "-").padStart(11)} ${target ? (median(values) / target).toFixed(2).padStart(15) : "".padStart(15)}`,
    );
  line("merge 150 exports (whole CLI run)", merges, 1000);
  line("build a snapshot from 150 exports (CLI run)", builds, 1000);
  line("import the 150-export merge in Chromium", imports, null);
} finally {
  rmSync(work, { recursive: true, force: true });
}
