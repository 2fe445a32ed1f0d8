#!/usr/bin/env bash
# Do readers other than Parquet.Net read GovText's Parquet tables? Counts ../shared/corpora/gwr (or CORPUS) with
# --table-format csv and parquet, then reads the Parquet files with hyparquet (independent JavaScript implementation;
# npm, installed into a temporary folder) and, where python3 has pandas with pyarrow, with pandas, comparing each table
# value by value with the CSV. Not part of CI (it needs node and the npm registry). Figures: docs/performance.md.
# (The pandas part has not run here: no pyarrow on this machine.)
# Usage: bench/parquet-readers.sh [CORPUS]   (SKIP_BUILD=1 uses the Release build as it is)
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$repo/../shared/corpora/gwr}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [[ -z "${SKIP_BUILD:-}" ]]; then dotnet build "$repo/src/GovText.Cli" -c Release -nologo -v quiet >&2; fi
govtext="$repo/src/GovText.Cli/bin/Release/net10.0/govtext.dll"
dotnet "$govtext" count "$corpus" --out "$tmp/csv" --word-frequencies --quiet
dotnet "$govtext" count "$corpus" --out "$tmp/parquet" --table-format parquet --word-frequencies --quiet

if command -v node > /dev/null && command -v npm > /dev/null; then
  (cd "$tmp" && npm install --silent --no-audit --no-fund hyparquet@1.31.5 hyparquet-compressors@1.1.2 > /dev/null)
  cp "$repo/bench/parquet-check.mjs" "$tmp/"
  echo "hyparquet 1.31.5 (node $(node --version)):"
  node "$tmp/parquet-check.mjs" "$tmp/csv" "$tmp/parquet"
else
  echo "node/npm not found: hyparquet check skipped"
fi

if python3 -c 'import pandas, pyarrow' 2> /dev/null; then
  echo "pandas $(python3 -c 'import pandas; print(pandas.__version__)') with pyarrow:"
  python3 - "$tmp/csv" "$tmp/parquet" <<'PY'
import sys, pandas as pd
csv, parquet = sys.argv[1], sys.argv[2]
for table in ["concept_counts", "concept_matches", "word_frequencies"]:
    b = pd.read_parquet(f"{parquet}/{table}.parquet")
    # Every cell as text (a token such as 2013 or NA stays a string), then numbers where the Parquet column is numeric.
    a = pd.read_csv(f"{csv}/{table}.csv", dtype=str, keep_default_na=False)
    for column in b.columns:
        if pd.api.types.is_numeric_dtype(b[column]):
            a[column] = pd.to_numeric(a[column].mask(a[column] == ""))
    pd.testing.assert_frame_equal(a, b, check_dtype=False)
    print(f"{table}: {len(b)} rows, equal to the CSV")
PY
else
  echo "python3 has no pandas with pyarrow (Debian 12 packages no pyarrow): pandas check skipped"
fi
