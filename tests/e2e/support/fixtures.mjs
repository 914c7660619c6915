// Fixtures every test uses: a fresh server for the release build, a kiosk page object, and
// the checks that hold on every test: no console error, no Content-Security-Policy violation,
// no request to another origin.
import { test as base, expect } from "@playwright/test";
import { startServer } from "../../../scripts/serve.mjs";
import { KioskPage } from "./kiosk-page.mjs";

export { expect };

export const test = base.extend({
  server: async ({}, use) => {
    const server = await startServer({ root: "dist", base: "/wellbeing/" });
    await use(server);
    await server.close();
  },

  /** Console errors and foreign requests, filled as the test runs and checked after it. */
  watch: [
    async ({ context, server }, use) => {
      const origin = new URL(server.url).origin;
      const watch = { consoleErrors: [], foreignRequests: [], allowConsoleErrors: [] };
      const follow = (page) => {
        page.on("console", (message) => {
          if (message.type() === "error") watch.consoleErrors.push(message.text());
        });
        page.on("pageerror", (error) => watch.consoleErrors.push(String(error)));
      };
      /** Watches every page and request of a browser context. */
      watch.context = async (watched) => {
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
          if (!["data:", "blob:"].includes(url.protocol) && url.origin !== origin) {
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
