// Fixtures every test uses: a fresh server for the release build, a kiosk page object, and
// the checks that hold on every test: no console error, no Content-Security-Policy violation,
// no request to another origin.
import { test as base, expect } from "@playwright/test";
import { startServer } from "../../../scripts/serve.mjs";
import { KioskPage } from "./kiosk-page.mjs";
import { seedCentreKey } from "./centre-key.mjs";

export { expect };

/** Files the app asks for that a host may well not have: a 404 for them is not an error. */
const OPTIONAL_FILES = /\/(centre-key|host)\.json$/;

export const test = base.extend({
  /** Whether every kiosk already has the test centre key (support/centre-key.mjs). */
  centreKey: [true, { option: true }],

  server: async ({}, use) => {
    const server = await startServer({ root: "dist", base: "/wellbeing/" });
    await use(server);
    await server.close();
  },

  /** Console errors and foreign requests, filled as the test runs and checked after it. */
  watch: [
    async ({ context, server, centreKey }, use) => {
      const origin = new URL(server.url).origin;
      // `origins`: where the app may send requests (the test server's, and any host a test starts).
      const watch = { consoleErrors: [], foreignRequests: [], allowConsoleErrors: [], origins: [origin] };
      const follow = (page) => {
        page.on("console", (message) => {
          const optional = message.text().startsWith("Failed to load resource") && OPTIONAL_FILES.test(message.location().url);
          if (message.type() === "error" && !optional) watch.consoleErrors.push(message.text());
        });
        page.on("pageerror", (error) => watch.consoleErrors.push(String(error)));
      };
      /** Watches every page and request of a browser context. */
      watch.context = async (watched) => {
        if (centreKey) await seedCentreKey(watched);
        // Every violation of the page's Content-Security-Policy becomes a console error.
        await watched.addInitScript(() =>
          addEventListener("securitypolicyviolation", (event) =>
            console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`),
          ),
        );
        watched.pages().forEach(follow);
        watched.on("page", follow);
        watched.on("request", (request) => {
          const url = new URL(request.url());
          if (!["data:", "blob:"].includes(url.protocol) && !watch.origins.includes(url.origin)) {
            watch.foreignRequests.push(request.url());
          }
        });
      };
      await watch.context(context);
      await use(watch);
      const unexpected = watch.consoleErrors.filter(
        (text) => !watch.allowConsoleErrors.some((allowed) => allowed.test(text)),
      );
      expect(unexpected, "console errors").toEqual([]);
      expect(watch.foreignRequests, "requests to other origins").toEqual([]);
    },
    { auto: true },
  ],

  kiosk: async ({ page, server }, use) => {
    await use(new KioskPage(page, server.url));
  },

  /** Another kiosk: its own browser context (its own storage), watched like the first. */
  otherKiosk: async ({ browser, server, watch }, use) => {
    const context = await browser.newContext();
    await watch.context(context);
    await use(new KioskPage(await context.newPage(), server.url));
    await context.close();
  },
});
