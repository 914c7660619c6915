#!/usr/bin/env bash
# Trunk post-build hook: fills the service worker's version and file lists from the files
# Trunk staged. The version is a hash of every file, so any change makes a new cache.
# admin/ (the administration module) and vendor/ (ECharts, for the reports) are hashed but kept
# out of the install-time list, so that a kiosk's first load never waits for them; the worker
# caches them in the background once the kiosk is idle (public/sw.js, src/boot.js).
set -euo pipefail
cd "${TRUNK_STAGING_DIR:?run by trunk as a post_build hook}"
mapfile -t files < <(find . -type f ! -name sw.js -printf '%P\n' | LC_ALL=C sort)
version=$(for file in "${files[@]}"; do printf '%s\n' "$file"; cat -- "$file"; done | sha256sum | cut -c1-16)
precached=('"./"')
administration=()
for file in "${files[@]}"; do
  case "$file" in
    admin/* | vendor/*.js) administration+=("\"./${file}\"") ;;
    vendor/*) ;;
    *) precached+=("\"./${file}\"") ;;
  esac
done
join() { local IFS=,; printf '[%s]' "$*"; }
sed -i -e "s|__PRECACHE_VERSION__|${version}|" -e "s|__PRECACHE_FILES__|$(join "${precached[@]}")|" \
  -e "s|__ADMINISTRATION_FILES__|$(join "${administration[@]}")|" sw.js
