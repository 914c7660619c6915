#!/usr/bin/env bash
# Builds the floor's two variants (question, definition) into bench/floor/dist/VARIANT/, the way
# the kiosk is built: cargo --release for wasm32, wasm-bindgen --target web, wasm-opt -Oz (the
# pinned binaryen 132 that scripts/env.sh puts first on PATH), the kiosk's stylesheets joined into
# one (scripts/merge-css.mjs), the kiosk's start-up (the wasm compiled as it streams in), and
# .gz/.br copies (scripts/compress.mjs). Its own target folder: never the app's target/.
#
#   bash bench/floor/build.sh        (bench/floor/run.mjs runs it when dist/ is missing)
set -euo pipefail
source "$(dirname "$0")/../../scripts/env.sh" # cd's to the repository root
floor=bench/floor
export CARGO_TARGET_DIR="$ROOT/$floor/target"
cargo build --quiet --release --target wasm32-unknown-unknown --manifest-path "$floor/Cargo.toml"

# The kiosk's stylesheets, in index.html's order, so the pages differ only in the app.
styles=(style/base.css src/components/question.css src/components/agreement_grid.css
  src/components/progress.css src/components/idle_guard.css)
csp="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'"

for variant in question definition; do
  out="$floor/dist/$variant"
  rm -rf "$out"
  mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name floor \
    "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/$variant.wasm"
  wasm-opt -Oz "$out/floor_bg.wasm" -o "$out/floor_bg.wasm"
  links=""
  for style in "${styles[@]}"; do
    cp "$style" "$out/$(basename "$style")"
    links+="    <link rel=\"stylesheet\" href=\"./$(basename "$style")\" />"$'\n'
  done
  preload=""
  if [ "$variant" = definition ]; then
    mkdir -p "$out/surveys"
    cp public/surveys/employee.json "$out/surveys/"
    # As the kiosk does: the definition is asked for with the wasm, not after it.
    preload='    <link rel="preload" href="surveys/employee.json" as="fetch" crossorigin />'$'\n'
  fi
  cat > "$out/boot.js" <<'JS'
// Starts the floor app (no inline script: the page runs under the kiosk's CSP). Marks as src/boot.js.
performance.mark("floor:wasm-init");
const compiled = WebAssembly.compileStreaming(fetch("./floor_bg.wasm")).catch(() => "./floor_bg.wasm");
const { default: init } = await import("./floor.js");
await init({ module_or_path: await compiled });
performance.mark("floor:wasm-ready");
JS
  cat > "$out/index.html" <<HTML
<!doctype html>
<html lang="ja">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="$csp" />
    <title>Yorisoi floor: $variant</title>
    <link rel="icon" href="data:," />
$links    <script type="module" src="boot.js"></script>
    <!-- As Trunk writes them into the kiosk's index.html: the glue and the wasm asked for at once. -->
    <link rel="modulepreload" href="./floor.js" crossorigin="anonymous" />
    <link rel="preload" href="./floor_bg.wasm" crossorigin="anonymous" as="fetch" type="application/wasm" />
$preload  </head>
  <body></body>
</html>
HTML
  node scripts/merge-css.mjs "$out"
  node scripts/compress.mjs "$out" >/dev/null
  printf '%-10s wasm %s bytes, js %s bytes\n' "$variant" "$(stat -c %s "$out/floor_bg.wasm")" "$(stat -c %s "$out/floor.js")"
done
