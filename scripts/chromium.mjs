// Debian's Chromium as every test and benchmark here launches it: as root, headless, and kept
// off the internet (without the background-networking flags it keeps trying to reach outside).
export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
