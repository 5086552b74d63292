#!/usr/bin/env bash
# Shows that costscope's work grows linearly with its input: every case is timed at sizes 1x..64x,
# and doubling the input must at most multiply the time by 2.2. Exit status 1 when a case is not linear.
# Usage: bench/scaling-benchmark.sh [case-name-filter]
# Cases live in cost-maven-plugin/src/test/java/dev/costscope/bench/ScalingBenchmark.java (one list; add yours).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B -o -pl cost-annotations,cost-maven-plugin test-compile
(cd cost-maven-plugin && mvn -q -B -o dependency:build-classpath -Dmdep.outputFile=target/bench.classpath \
  -Dmdep.includeScope=test)
cd cost-maven-plugin
exec java -Xss8m -Xmx512m -cp "target/test-classes:target/classes:../cost-annotations/target/classes:$(cat target/bench.classpath)" \
  dev.costscope.bench.ScalingBenchmark "${1:-}"
