#!/usr/bin/env bash
# Whole-process timings of `pipeline demo` and of a nightly `pipeline run` (see bench/pipeline-runs.md).
# Run from the repository root after `dotnet build src/Pipeline.Cli`; uses /tmp/pipeline-bench.
set -euo pipefail
cli=src/Pipeline.Cli/bin/Debug/net10.0/pipeline
work=${1:-/tmp/pipeline-bench}
rm -rf "$work" demo && mkdir -p "$work"
t() { local label=$1; shift; local start rc; start=$(date +%s%N)
      "$@" > "$work/${label// /_}.log" 2>&1 && rc=0 || rc=$?
      printf '%-34s %6d ms  (exit %d)\n' "$label" $(( ($(date +%s%N) - start) / 1000000 )) "$rc"; }

# 1. The README's first command, as on a fresh clone after the build.
t "demo (default)" dotnet run --no-build --project src/Pipeline.Cli -- demo
# 2. Full rebuild of a scale-1 project, 2017-2023: generate, then one run from an empty lake and warehouse.
t "scale-1 full run 2017-2023" "$cli" demo --output "$work/s1" --scale 1 --years 2017-2023
# 3. The nightly case: one federation sends one new file (its 2024 parcours) to the up-to-date project.
"$cli" generate --output "$work/gen2024" --scale 1 --years 2024 > /dev/null 2>&1
cp "$work/gen2024/FEBISP/"*parcours*2024* "$work/s1/inbox/FEBISP/"
t "scale-1 nightly run, 1 new file" "$cli" run --project "$work/s1"
# 4. A run with nothing new (ingest finds nothing; build and publication redo their work).
t "scale-1 run, nothing new" "$cli" run --project "$work/s1"
