#!/usr/bin/env bash
# Shows that costscope's scanners are linear: every case at sizes 1x..64x, CPU time per size and the
# ratio to the size before (linear: each doubling <= 2.2x). Cases live in
# cost-maven-plugin/src/test/java/dev/costscope/bench/ScalingBenchmark.java (CASES); add yours there.
# Usage: bench/scaling-benchmark.sh [case-name-filter]
# Needs the modules built once (e.g. mvn -q -pl cost-annotations,cost-maven-plugin install -DskipTests).
set -euo pipefail
cd "$(dirname "$0")/../cost-maven-plugin"
mvn -o -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xss1m -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  dev.costscope.bench.ScalingBenchmark "${1:-}"
