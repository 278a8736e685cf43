#!/usr/bin/env bash
# Whole-process timings for the site (issue 7) and the runs (issue 8), on generated data, in a temp
# folder deleted afterwards:
#   1. `pipeline demo` after the build (target < 60 s);
#   2. a scale-1 project (2017–2024): the full first run, then a nightly run after one new federation
#      file (target: well under the full rebuild);
#   3. `pipeline dashboards` alone on the scale-1 marts, three times (target < 5 s), and the weight of
#      each page besides the shared plotly.js (target < 300 KB).
# Usage: bench/site-and-runs.sh            (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build src/Pipeline.Cli -c Release -v quiet -nologo >/dev/null
P="$PWD/src/Pipeline.Cli/bin/Release/net10.0/pipeline"
work=$(mktemp -d /tmp/bench-site-runs-XXXXXX)
trap 'rm -rf "$work"' EXIT
seconds() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }

echo "1. pipeline demo (scale 0.25, 2019-2024): $(seconds "$P" demo --output "$work/demo") s"

mkdir -p "$work/scale1"
sed -e 's#^  model_paths: \[transforms, marts\]#  model_paths: ['"$PWD"'/transforms, '"$PWD"'/marts]#' \
    -e 's#^  seed_paths: \[transforms/seeds\]#  seed_paths: ['"$PWD"'/transforms/seeds]#' \
    -e 's#^  test_paths: \[marts/tests\]#  test_paths: ['"$PWD"'/marts/tests]#' \
    -e 's#^  contracts: ingestion/contracts#  contracts: '"$PWD"'/ingestion/contracts#' \
    -e 's#^  pages: dashboards/pages#  pages: '"$PWD"'/dashboards/pages#' pipeline.yaml > "$work/scale1/pipeline.yaml"
"$P" generate --project "$work/scale1" --scale 1 --years 2017-2024 >/dev/null 2>&1
echo "2. scale 1, full first run: $(seconds "$P" run --project "$work/scale1") s"
cp "$work/scale1/inbox/FEBISP/operateur_2024.csv" "$work/scale1/inbox/FEBISP/operateur_2024_v2.csv"
echo "   nightly run with one new (corrected) FeBISP file: $(seconds "$P" run --project "$work/scale1") s"

for i in 1 2 3; do
  echo "3. pipeline dashboards on the scale-1 marts, run $i: $(seconds "$P" dashboards --project "$work/scale1") s"
done
echo "   heaviest pages (bytes, plotly.js shared and excluded):"
ls -l "$work"/scale1/site/*.html | awk '{print $5, $9}' | sort -n | tail -3 | sed "s#$work/scale1/site/#     #"
echo "   plotly.min.js: $(stat -c %s "$work"/scale1/site/assets/plotly.min.js) bytes"
