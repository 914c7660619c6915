#!/usr/bin/env bash
# Trunk post-build hook, first step: builds the administration module (src/bin/admin.rs) into
# admin/ beside the kiosk. Trunk builds only the kiosk binary; the kiosk loads this module after
# the PIN, so the survey never downloads the reports' code.
set -euo pipefail
profile="${TRUNK_PROFILE:-release}"
flags=()
[ "$profile" = release ] && flags+=(--release)
cargo build --quiet --target wasm32-unknown-unknown --bin yorisoi-admin "${flags[@]}"
out="${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}/admin"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name yorisoi-admin \
  "target/wasm32-unknown-unknown/$profile/yorisoi-admin.wasm"
# Its styles travel with it: the kiosk page never loads them.
cat src/admin/*.css > "$out/admin.css"
if [ "$profile" = release ]; then
  wasm-opt -Oz "$out/yorisoi-admin_bg.wasm" -o "$out/yorisoi-admin_bg.wasm"
fi
