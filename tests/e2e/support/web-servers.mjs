// The real nginx and Apache of the machine (Debian packages, installed by scripts/setup), each
// started with the recipe from docs/hosting/ as it stands, serving a copy of dist/ under
// /wellbeing/ on 127.0.0.1, and stopped again. Run as root, each with its own config, pid file
// and logs in a temporary folder.
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const RECIPES = resolve("docs/hosting");

/** A free port on 127.0.0.1. */
function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

async function waitUntilServing(url) {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} never answered`);
}

/** A temporary folder the servers' worker processes (www-data for Apache) can read. */
function workFolder(kind) {
  const folder = mkdtempSync(join(tmpdir(), `yorisoi-${kind}-`));
  chmodSync(folder, 0o755);
  return folder;
}

function copyDist(target) {
  cpSync(resolve("dist"), target, { recursive: true });
  execFileSync("chmod", ["-R", "a+rX", target]);
}

async function startNginx() {
  const folder = workFolder("nginx");
  const port = await freePort();
  copyDist(join(folder, "www", "wellbeing"));
  const recipe = readFileSync(join(RECIPES, "nginx.conf"), "utf8").replace("root /var/www/html;", `root ${folder}/www;`);
  const config = join(folder, "nginx.conf");
  writeFileSync(
    config,
    `load_module /usr/lib/nginx/modules/ngx_http_brotli_static_module.so;
user root;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/error.log;
events {}
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${folder}/access.log;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
${recipe}
  }
}
`,
  );
  execFileSync("nginx", ["-t", "-q", "-c", config], { stdio: "pipe" });
  execFileSync("nginx", ["-c", config], { stdio: "pipe" });
  return {
    folder,
    root: join(folder, "www", "wellbeing"),
    port,
    stop: () => execFileSync("nginx", ["-c", config, "-s", "stop"], { stdio: "pipe" }),
  };
}

const APACHE_MODULES = ["mpm_event", "authz_core", "alias", "dir", "mime", "headers", "rewrite", "filter", "deflate", "env"];

async function startApache() {
  const folder = workFolder("apache");
  const port = await freePort();
  copyDist(join(folder, "yorisoi"));
  const recipe = readFileSync(join(RECIPES, "apache.conf"), "utf8").replaceAll("/var/www/yorisoi/", `${folder}/yorisoi/`);
  writeFileSync(join(folder, "recipe.conf"), recipe);
  const config = join(folder, "apache2.conf");
  writeFileSync(
    config,
    `ServerRoot /etc/apache2
DefaultRuntimeDir ${folder}
PidFile ${folder}/apache2.pid
ErrorLog ${folder}/error.log
LogLevel warn
Listen 127.0.0.1:${port}
ServerName 127.0.0.1
User www-data
Group www-data
${APACHE_MODULES.map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`).join("\n")}
TypesConfig /etc/mime.types
<Directory />
  AllowOverride None
  Require all denied
</Directory>
Include ${folder}/recipe.conf
`,
  );
  execFileSync("apache2", ["-t", "-f", config], { stdio: "pipe" });
  execFileSync("apache2", ["-f", config, "-k", "start"], { stdio: "pipe" });
  return {
    folder,
    root: join(folder, "yorisoi"),
    port,
    stop: () => execFileSync("apache2", ["-f", config, "-k", "stop"], { stdio: "pipe" }),
  };
}

/**
 * Starts `kind` ("nginx" or "apache"); resolves to { url, root, close(), remove() }: `root` is
 * the folder it serves (a copy of dist/), `remove` deletes its files once it is closed.
 */
export async function startWebServer(kind) {
  const started = kind === "nginx" ? await startNginx() : await startApache();
  const url = `http://127.0.0.1:${started.port}/wellbeing/`;
  await waitUntilServing(url);
  let running = true;
  return {
    url,
    root: started.root,
    close: async () => {
      if (!running) return;
      running = false;
      started.stop();
      // Stopping returns before the port is free: wait until nothing answers.
      for (let attempt = 0; attempt < 50; attempt++) {
        try {
          await fetch(url);
        } catch {
          break;
        }
        await new Promise((done) => setTimeout(done, 100));
      }
    },
    remove: () => rmSync(started.folder, { recursive: true, force: true }),
  };
}

