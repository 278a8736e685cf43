#!/usr/bin/env bash
# Installs the npm packages pinned in package-lock.json (libduckdb and plotly.js) when they are
# missing. Called by the build (eng/NativeAssets.targets) and safe to run by hand or in parallel.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lib="$root/node_modules/@duckdb/node-bindings-linux-x64/libduckdb.so"
plotly="$root/node_modules/plotly.js-dist-min/plotly.min.js"

have_assets() { [[ -s "$lib" && -s "$plotly" ]]; }
have_assets && exit 0

command -v npm >/dev/null || {
  echo "eng/fetch-assets.sh: error: npm is needed to fetch libduckdb and plotly.js (apt-get install nodejs npm)." >&2
  exit 1
}

# Several projects may build at once: one fetch at a time, and re-check after waiting.
exec 9>"$root/.fetch-assets.lock"
flock 9
have_assets && exit 0

echo "Fetching libduckdb and plotly.js from npm (package-lock.json)..."
cd "$root"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
have_assets || { echo "eng/fetch-assets.sh: error: npm ci finished but $lib or $plotly is missing." >&2; exit 1; }
