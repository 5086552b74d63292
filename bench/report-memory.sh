#!/usr/bin/env bash
# Memory and time of one model release with many claims, with the real `mvn`: `cost:check` and
# `cost:report -Dcost.formats=all` (every format written and checked against its schema) run with a
# small heap, MAVEN_OPTS=-Xmx<SIZE>, and say whether they passed, in how long, and what was written.
#
# Usage: bench/report-memory.sh [--xmx SIZE] [CLAIMS...]
#   CLAIMS is the number of @TrainingCost claims of the one release (default 10000); SIZE the heap
#   (default 128m). Example: bench/report-memory.sh --xmx 128m 10000 20000
#
# The project is one file, com/acme/Big.java: @ModelRelease(name = "Big") and @TrainingCosts({ CLAIMS x
# @TrainingCost(scope = Scope.FINAL_RUN, amount = "<i>M", source = "s") }), so every claim has
# findings. The goals run with cost.cache=false, so every run reads and judges everything. Times are
# wall time and CPU time (user + sys of Maven's JVM, which on a shared machine says more than wall time).
#
# The plugin is built from this checkout and installed into a private copy of the local repository
# (BENCH_REPO, default /tmp/costscope-bench-m2, made once from ~/.m2): never into ~/.m2 itself.
# Projects go to BENCH_DIR (default /tmp/costscope-bench).
set -euo pipefail

XMX=128m
COUNTS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --xmx) XMX="$2"; shift 2 ;;
    [0-9]*) COUNTS+=("$1"); shift ;;
    *) echo "unknown argument: $1 (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
[ ${#COUNTS[@]} -gt 0 ] || COUNTS=(10000)

HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/install-plugin.sh"
PLUGIN="dev.costscope:cost-maven-plugin:$VERSION"

project() { # <directory> <claims>
  mkdir -p "$1/src/main/java/com/acme"
  cat > "$1/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId>
  <artifactId>claims-$2</artifactId>
  <version>1.0</version>
  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
</project>
POM
  {
    printf 'package com.acme;\nimport dev.costscope.annotations.*;\n@ModelRelease(name = "Big")\n@TrainingCosts({\n'
    awk -v n="$2" 'BEGIN { for (i = 1; i <= n; i++) printf "  @TrainingCost(scope = Scope.FINAL_RUN, amount = \"%dM\", source = \"s\")%s\n", i, (i < n ? "," : "") }'
    printf '})\nclass Big {}\n'
  } > "$1/src/main/java/com/acme/Big.java"
}

run() { # <directory> <label> <mvn arguments...>
  local dir="$1" label="$2"; shift 2
  local out="$dir/$label.log" start end status=0
  start=$(date +%s.%N)
  ( cd "$dir" && TIMEFORMAT='%U %S' && { time MAVEN_OPTS="-Xmx$XMX" $M -o "$@" > "$out" 2>&1; } 2> "$dir/$label.time" ) || status=$?
  end=$(date +%s.%N)
  local cpu verdict
  cpu=$(awk '{ printf "%.1f", $1 + $2 }' "$dir/$label.time")
  if grep -q "OutOfMemoryError\|Java heap space" "$out"; then verdict="OUT OF MEMORY"
  elif [ "$status" -ne 0 ]; then verdict="FAILED (exit $status, see $out)"
  else verdict="passed"; fi
  printf '%-8s %7s claims  -Xmx%-5s %-14s %6.1f s wall  %6.1f s CPU\n' "$label" "$CLAIMS" "$XMX" "$verdict" \
    "$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }')" "$cpu"
}

for CLAIMS in "${COUNTS[@]}"; do
  dir="$WORK/claims-$CLAIMS"
  rm -rf "$dir"
  project "$dir" "$CLAIMS"
  log "$CLAIMS claims in one release: $dir"
  run "$dir" check "$PLUGIN:check" -Dcost.cache=false -Dcost.failOnViolation=false
  run "$dir" report "$PLUGIN:report" -Dcost.cache=false -Dcost.formats=all
  if [ -d "$dir/target/costscope" ]; then
    (cd "$dir/target/costscope" && ls -l costscope-report.* | awk '{ printf "         %-28s %9.1f MB\n", $9, $5 / 1048576 }')
  fi
done
