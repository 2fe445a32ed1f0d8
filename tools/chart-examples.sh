#!/bin/sh
# Regenerates the images of docs/charts.md from the party congress reports (../shared/corpora/cpc-congress).
# Run from the repository root: tools/chart-examples.sh [RESULTS_DIR]   (default results/cpc; the corpus is only read)
# The charts are drawn with the embedded font, so the images are the same on every machine.
set -eu
out=${1:-results/cpc}
dotnet run --project src/GovText.Cli -c Release -- \
  analyze ../shared/corpora/cpc-congress --out "$out" --by year --target year=2012..2022 --quiet
cp "$out/charts/concept_trends.png" docs/images/cpc-concept-trends.png
cp "$out/charts/concept_rates_heatmap.png" docs/images/cpc-concept-heatmap.png
cp "$out/charts/keyness_concepts.png" docs/images/cpc-keyness-concepts.png
cp "$out/charts/keyness_words.png" docs/images/cpc-keyness-words.png
