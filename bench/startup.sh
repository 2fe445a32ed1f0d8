#!/usr/bin/env bash
# Start-up and small-corpus cost: `govtext analyze` on the five-paper sample corpus (corpus/, 48 KB), whole process,
# for three builds of the same source:
#   jit     dotnet publish -c Release (framework-dependent; what `dotnet run`/`dotnet build` give: every method JIT-compiled)
#   r2r     the same with ReadyToRun (-r RID -p:PublishReadyToRun=true): GovText and its packages precompiled
#   r2r-sc  self-contained with one composite ReadyToRun image of GovText, its packages and the .NET runtime libraries,
#           so generic code shared across assemblies (LINQ, collections, the report's template parser) is precompiled too
# Each build runs RUNS times (default 7); the table gives CPU seconds (user + sys; min and median: on a shared machine
# the minimum is the least disturbed run) and peak memory, and checks that every build writes byte-identical results
# (run.json differs only in its timings).
# Usage: bench/startup.sh [RUNS]        (needs dotnet, GNU time at /usr/bin/time, python3 for the run.json check)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-7}
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# STARTUP_BUILDS=DIR keeps the three builds in DIR and reuses them on the next run (delete DIR after changing the code).
builds=${STARTUP_BUILDS:-$tmp}
publish() {
  local name=$1; shift
  [[ -x $builds/$name/govtext ]] && return
  echo "publishing $name for $rid..." >&2
  # The SDK keeps ReadyToRun-compiled package assemblies in obj/ per runtime and reuses them on the next publish for that
  # runtime even when it is not the same kind: after the composite build, a plain ReadyToRun publish picked up the
  # packages compiled as parts of the composite image, and the runtime aborted on loading them (SIGABRT, no message).
  rm -rf "$repo/src/GovText.Cli/obj/Release/net10.0/$rid/R2R"
  dotnet publish "$repo/src/GovText.Cli" -c Release -nologo -v quiet -o "$builds/$name" "$@" >&2
}
publish jit
publish r2r -r "$rid" --self-contained false -p:PublishReadyToRun=true
publish r2r-sc -r "$rid" --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true

printf 'load average at start: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-10s %8s %8s %8s %10s %8s\n' build command cpu_min cpu_med wall_med peak_MB size_MB
for build in jit r2r r2r-sc; do
  size=$(du -sm "$builds/$build" | cut -f1)
  for command in "--version" "analyze"; do
    : > "$tmp/times"
    for _ in $(seq "$runs"); do
      rm -rf "$tmp/out"
      if [[ $command == analyze ]]; then
        /usr/bin/time -f "%e %U %S %M" -a -o "$tmp/times" "$builds/$build/govtext" analyze "$repo/corpus" --out "$tmp/out" -q > /dev/null
      else
        /usr/bin/time -f "%e %U %S %M" -a -o "$tmp/times" "$builds/$build/govtext" --version > /dev/null
      fi
    done
    # One --out path for every build: the report and run.json name it.
    [[ $command == analyze ]] && mv "$tmp/out" "$tmp/out-$build"
    cpu=$(awk '{ printf "%.2f\n", $2 + $3 }' "$tmp/times" | sort -n)
    wall=$(awk '{ print $1 }' "$tmp/times" | sort -n)
    rss=$(awk '{ print $4 }' "$tmp/times" | sort -n | tail -1)
    mid=$(( (runs + 1) / 2 ))
    printf '%-8s %-10s %8.2f %8.2f %8.2f %10.0f %8d\n' "$build" "$command" "$(head -1 <<< "$cpu")" \
      "$(sed -n "${mid}p" <<< "$cpu")" "$(sed -n "${mid}p" <<< "$wall")" "$((rss / 1024))" "$size"
  done
done

# Same results from every build: every file byte for byte, run.json apart from its timings.
for build in r2r r2r-sc; do
  diff -r -x run.json "$tmp/out-jit" "$tmp/out-$build" > /dev/null || { echo "results of $build differ from jit" >&2; exit 1; }
  python3 - "$tmp/out-jit/run.json" "$tmp/out-$build/run.json" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:])
for record in (a, b):
    record.pop("timings", None)
if a != b: sys.exit("run.json differs beyond timings")
PY
done
echo "results byte-identical across builds (run.json: apart from timings)"
