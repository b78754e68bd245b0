#!/usr/bin/env bash
# Runs the scoring benchmark of issue 3 (50,000 schools, 700 offices; Drools against the plain-Java
# reference evaluator in the same JVM) and shows its figures. See docs/performance.md.
#
# Extra arguments go to the benchmark's Maven run, e.g.:
#   bench/run-benchmark.sh -Dbench.heap=3g               # another heap (default 4g)
#   bench/run-benchmark.sh -Dedudx.bench.schools=5000    # a quick look with fewer schools
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

# The scoring bundle and what its tests read (the API, the MOET rule bundle) into the local repository.
mvn -B -q install -DskipTests -pl bundles/vn.edudx.scoring.drools -am

# Only the benchmark runs under this profile; the normal build never runs it.
mvn -B -pl bundles/vn.edudx.scoring.drools -Pbenchmark test "$@"

cat bundles/vn.edudx.scoring.drools/target/benchmark.md
