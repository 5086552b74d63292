#!/usr/bin/env bash
# Times cost:check's core (scan + lint) on a generated project of ordinary Java files.
# Usage: bench/scan-benchmark.sh [files=5000] [runs=7]
# Needs the plugin's test classes: run `mvn -q -pl cost-annotations,cost-maven-plugin install -DskipTests` first
# (or any full build); the benchmark itself is never part of the test suite.
set -euo pipefail
cd "$(dirname "$0")/../cost-maven-plugin"
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.costscope.bench.ScanBenchmark "${1:-5000}" "${2:-7}" target/bench-project
