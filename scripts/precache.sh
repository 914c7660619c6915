#!/usr/bin/env bash
# Trunk post-build hook: fills the service worker's version and precache list from the files
# Trunk staged. The version is a hash of every file, so any change makes a new cache.
# vendor/ (ECharts, for the reports) is hashed but left out of the precache list, so that a
# kiosk never downloads it for the survey; the worker caches it when a report first opens.
set -euo pipefail
cd "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
mapfile -t files < <(find . -type f ! -name sw.js -printf '%P\n' | LC_ALL=C sort)
version=$(for file in "${files[@]}"; do printf '%s\n' "$file"; cat -- "$file"; done | sha256sum | cut -c1-16)
list="[\"./\""
for file in "${files[@]}"; do
  [[ "$file" == vendor/* ]] || list+=", \"./${file}\""
done
list+="]"
sed -i -e "s|__PRECACHE_VERSION__|${version}|" -e "s|__PRECACHE_FILES__|${list}|" sw.js
