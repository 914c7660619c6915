#!/usr/bin/env bash
# Trunk post-build hook: fills the service worker's version and precache list from the files
# Trunk staged. The version is a hash of every file, so any change makes a new cache.
# admin/ (the administration module) and vendor/ (ECharts, for the reports) are hashed but left
# out of the precache list, so that a kiosk never downloads them for the survey; the worker
# caches them when the administration first opens.
set -euo pipefail
cd "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
mapfile -t files < <(find . -type f ! -name sw.js -printf '%P\n' | LC_ALL=C sort)
version=$(for file in "${files[@]}"; do printf '%s\n' "$file"; cat -- "$file"; done | sha256sum | cut -c1-16)
list="[\"./\""
for file in "${files[@]}"; do
  [[ "$file" == vendor/* || "$file" == admin/* ]] || list+=", \"./${file}\""
done
list+="]"
sed -i -e "s|__PRECACHE_VERSION__|${version}|" -e "s|__PRECACHE_FILES__|${list}|" sw.js
