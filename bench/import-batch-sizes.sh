#!/usr/bin/env bash
# Import throughput of `npm run synth` by batch size, each into a fresh local Neo4j, one after another
# in one run: `bash bench/import-batch-sizes.sh [ACTORS] [SIZES...]`. Prints one JSON report a line.
set -euo pipefail
cd "$(dirname "$0")/.."
actors=${1:-10000}
shift || true
sizes=${*:-1000 5000 20000}
for size in $sizes; do
  home=$(mktemp -d /tmp/ohg-import-XXXXXX)
  LOCAL_NEO4J_HOME=$home node dist/cli/synth.js --actors "$actors" --batch-size "$size" --json | tail -1
  rm -rf "$home"
done
