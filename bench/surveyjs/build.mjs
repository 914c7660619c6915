// Lays out the SurveyJS peer page in bench/surveyjs/build/: the page, its script, the generated
// survey definition and SurveyJS's files copied from node_modules (never a CDN).
//
//   node bench/surveyjs/build.mjs
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "./generate.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const nodeModules = join(here, "..", "..", "node_modules");
const packageDir = (name) => join(nodeModules, name);

export const VENDOR = [
  ["survey-core", "survey.core.min.js", "survey.core.min.js"],
  ["survey-core", "i18n/japanese.min.js", "survey.i18n.japanese.min.js"],
  ["survey-core", "survey-core.fontless.min.css", "survey-core.fontless.min.css"],
  ["survey-js-ui", "survey-js-ui.min.js", "survey-js-ui.min.js"],
];

export function versions() {
  return Object.fromEntries(
    ["survey-core", "survey-js-ui"].map((name) => [
      name,
      JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")).version,
    ]),
  );
}

export function buildPeer(out = join(here, "build")) {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, "vendor"), { recursive: true });
  for (const file of ["index.html", "main.js"]) copyFileSync(join(here, file), join(out, file));
  for (const [name, from, to] of VENDOR) copyFileSync(join(packageDir(name), from), join(out, "vendor", to));
  writeFileSync(join(out, "survey.json"), JSON.stringify(generate()));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(`SurveyJS peer page written to ${buildPeer()}`);
}
