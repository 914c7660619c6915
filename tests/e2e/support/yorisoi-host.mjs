// The real intranet host, target/release/yorisoi-host (built by scripts/test), started and
// stopped by the tests on 127.0.0.1 with its own data folder and a copy of the build beside
// which the test may place centre-key.json.
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BINARY = "target/release/yorisoi-host";

/** Starts the host; resolves once it prints where it serves (and its token, the first time). */
function launch({ dist, data, listen, args }) {
  const child = spawn(BINARY, ["--dist", dist, "--data", data, "--base", "/wellbeing/", "--listen", listen, ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    const read = (chunk) => {
      output += chunk;
      const served = output.match(/served at (http:\/\/\S+)/);
      if (served) {
        const token = output.match(/shown only this once\): (\S+)/)?.[1];
        resolve({ child, url: served[1], token });
      }
    };
    child.stdout.on("data", read);
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => reject(new Error(`yorisoi-host exited (${code}): ${output}`)));
  });
}

/** A host serving a copy of dist/ at /wellbeing/; `centreKeyJson` is published beside index.html;
 *  `args` are more options (e.g. `--burst`). */
export async function startHost({ centreKeyJson, args = [] } = {}) {
  const dist = mkdtempSync(join(tmpdir(), "yorisoi-host-dist-"));
  const data = mkdtempSync(join(tmpdir(), "yorisoi-host-data-"));
  cpSync("dist", dist, { recursive: true });
  if (centreKeyJson) writeFileSync(join(dist, "centre-key.json"), centreKeyJson);
  let running = await launch({ dist, data, listen: "127.0.0.1:0", args });
  const address = new URL(running.url).host;
  const host = {
    url: running.url,
    token: running.token,
    data,
    /** Kills the host at once (SIGKILL): no shutdown, nothing flushed. */
    kill: async () => {
      const exited = new Promise((resolve) => running.child.once("exit", resolve));
      running.child.kill("SIGKILL");
      await exited;
    },
    /** Starts it again on the same address and data. */
    restart: async () => {
      running = await launch({ dist, data, listen: address, args });
    },
    /** Every record in the inbox, through the administration's API. */
    records: async () => {
      const records = [];
      let after = "";
      for (;;) {
        const response = await fetch(`${host.url}inbox/responses?limit=1000${after}`, {
          headers: { Authorization: `Bearer ${host.token}` },
        });
        const page = await response.json();
        records.push(...page.records.map((entry) => entry.record));
        if (!page.more) return records;
        after = `&after=${page.cursor}`;
      }
    },
    stop: async () => {
      if (running.child.exitCode === null) {
        const exited = new Promise((resolve) => running.child.once("exit", resolve));
        running.child.kill("SIGTERM");
        await exited;
      }
      rmSync(dist, { recursive: true, force: true });
      rmSync(data, { recursive: true, force: true });
    },
  };
  return host;
}
