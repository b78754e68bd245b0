#!/usr/bin/env bash
# Runs the ingest benchmark of issue 4 (50,000 schools x 40 indicators, 2,000,000 values, through
# the real pipeline and JPA stores on an on-disk Derby, against merely parsing the same file in the
# same run) and shows its figures. See docs/performance.md.
#
# Extra arguments go to the Maven run, e.g.:
#   bench/run-ingest-benchmark.sh -Dbench.heap=2g               # another heap (default 4g)
#   bench/run-ingest-benchmark.sh -Dedudx.bench.schools=5000    # a quick look with fewer schools
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# One reactor run, offline, nothing installed into the shared local repository: the modules the
# benchmark reads (API, JPA store, rule bundles) are built with their tests skipped; the profile
# makes the collect module run only IngestBenchmark, whatever -DskipTests says.
mvn -B -o -pl bundles/vn.edudx.collect -am -Pbenchmark -DskipTests test "$@"

cat bundles/vn.edudx.collect/target/ingest-benchmark.md
