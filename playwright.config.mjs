// Browser tests: the release build in Debian's Chromium, served from a sub-path by
// scripts/serve.mjs (each test starts its own server; see tests/e2e/support/fixtures.mjs).
import { defineConfig } from "@playwright/test";
import { CHROMIUM, CHROMIUM_ARGS } from "./scripts/chromium.mjs";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    actionTimeout: 15_000,
    launchOptions: { executablePath: CHROMIUM, args: CHROMIUM_ARGS },
  },
});
