#!/usr/bin/env bash
# Runs the JMH rows (patch, serialization, storage, scale) in one JMH run and prints the ratio tables of RESULTS.md.
# Extra arguments go to JMH, e.g. a benchmark filter: benchmarks/run.sh 'PatchBenchmark|SerializationBenchmark'
# The jar comes from: mvn -B -pl benchmarks -am package -DskipTests (the HTTP row has http-bench.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=benchmarks/target/contactkit-benchmarks.jar
RESULT=${RESULT:-benchmarks/target/jmh-result.json}
[ -f "$JAR" ] || { echo "missing $JAR: mvn -B -pl benchmarks -am package -DskipTests" >&2; exit 2; }

# The scale row's PostgreSQL databases (10^3, 10^5, 10^6 contacts, ~3 GB in all), filled by the first fork that
# needs each and kept for the other forks of this run only.
CONTACTKIT_SCALE_DB_DIR=$(mktemp -d -t contactkit-scale.XXXXXX)
export CONTACTKIT_SCALE_DB_DIR
trap 'rm -rf "$CONTACTKIT_SCALE_DB_DIR"' EXIT

java -jar "$JAR" -f 1 -wi 6 -w 3s -i 6 -r 3s -rf json -rff "$RESULT" "$@"
java -cp "$JAR" io.contactkit.benchmarks.report.RatioReport "$RESULT" | tee "${RESULT%.json}.md"
