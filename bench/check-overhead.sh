#!/usr/bin/env bash
# What `cost:check` adds to a build, measured with the real `mvn`, against PMD with one rule on the same tree.
#
# Usage: bench/check-overhead.sh [--runs N] [--no-pmd] [--xmx SIZE] TREE...
#   TREE is gen:FILES (a generated tree of ordinary Java written the way real code is: time APIs,
#   "hour", "$" in regular expressions and templates, prices in string constants, plus ten annotated
#   releases) or real:FILES (Java files taken from the *-sources.jar files of the local repository,
#   fetched from Maven Central when too few are there, plus the same releases).
#   Default: gen:5000 real:8000. Example: bench/check-overhead.sh --xmx 128m gen:5000 gen:50000 real:8000
#
# For each tree it runs, in this order and RUNS times each (median taken): `mvn validate`;
# `mvn validate cost:check` with no cache (what a clean build or CI pays); `mvn validate cost:check`
# again on the unchanged tree (the incremental cache at work, after two builds that leave the scan
# remembered and the check judged on it, which later checks of the same tree repeat); then once `mvn validate pmd:check` with
# a one-rule ruleset. Overhead = the goal's run minus `mvn validate`, in wall time and in CPU time
# (user + sys of Maven's JVM, which on a shared machine says more than wall time). With --xmx it
# also runs the cold check with MAVEN_OPTS=-Xmx<SIZE> and says whether it passed.
#
# The plugin is built from this checkout and installed into a private copy of the local repository
# (BENCH_REPO, default /tmp/costscope-bench-m2, made once from ~/.m2): never into ~/.m2 itself.
# Trees go to BENCH_DIR (default /tmp/costscope-bench).
set -euo pipefail

RUNS=3
PMD=1
XMX=""
TREES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --no-pmd) PMD=0; shift ;;
    --xmx) XMX="$2"; shift 2 ;;
    gen:*|real:*) TREES+=("$1"); shift ;;
    *) echo "unknown argument: $1 (see the usage at the top of $0)" >&2; exit 2 ;;
  esac
done
[ ${#TREES[@]} -gt 0 ] || TREES=(gen:5000 real:8000)

HERE="$(cd "$(dirname "$0")" && pwd)"
PMD_VERSION=3.28.0
DEPENDENCY_PLUGIN=org.apache.maven.plugins:maven-dependency-plugin:3.8.1
. "$HERE/install-plugin.sh"
COST="dev.costscope:cost-maven-plugin:$VERSION:check"
PMD_GOAL="org.apache.maven.plugins:maven-pmd-plugin:$PMD_VERSION:check"

# The PMD configuration every tree gets: one XPath rule, no cache, the build never failed by it.
pmd_setup() {
  local tree="$1"
  cat > "$tree/pmd-one-rule.xml" <<'EOF'
<?xml version="1.0"?>
<ruleset name="one rule" xmlns="http://pmd.sourceforge.net/ruleset/2.0.0"
         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://pmd.sourceforge.net/ruleset/2.0.0 https://pmd.sourceforge.io/ruleset_2_0_0.xsd">
  <description>One XPath rule, so that PMD's cost is reading the tree, as costscope's is.</description>
  <rule name="NoTrainingCostClass" language="java" message="a class named TrainingCost"
        class="net.sourceforge.pmd.lang.rule.xpath.XPathRule">
    <description>Flags a class named TrainingCost.</description>
    <priority>3</priority>
    <properties>
      <property name="xpath"><value>//ClassDeclaration[@SimpleName = 'TrainingCost']</value></property>
    </properties>
  </rule>
</ruleset>
EOF
  python3 - "$tree/pom.xml" "$PMD_VERSION" <<'EOF'
import sys
pom, version = sys.argv[1], sys.argv[2]
text = open(pom).read()
plugin = f"""  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-pmd-plugin</artifactId>
        <version>{version}</version>
        <configuration>
          <rulesets><ruleset>${{project.basedir}}/pmd-one-rule.xml</ruleset></rulesets>
          <failOnViolation>false</failOnViolation>
          <analysisCache>false</analysisCache>
          <linkXRef>false</linkXRef>
          <format>xml</format>
          <targetJdk>17</targetJdk>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>"""
open(pom, "w").write(text.replace("</project>", plugin))
EOF
}

# Java files available in the sources jars of the private repository.
sources_in_repo() {
  find "$REPO" -name '*-sources.jar' -print0 2>/dev/null | xargs -0 -r -n 50 unzip -Z1 2>/dev/null | grep -c '\.java$' || true
}

fetch_sources() {
  local wanted="$1"
  [ "$(sources_in_repo)" -ge "$wanted" ] && return 0
  log "fetching the sources jars of the plugin's own dependencies"
  (cd "$CHECKOUT/cost-maven-plugin" && $M "$DEPENDENCY_PLUGIN:sources" -DincludeScope=test >/dev/null 2>&1 || true)
  for gav in org.apache.commons:commons-lang3:3.17.0 com.google.guava:guava:33.4.0-jre \
             org.springframework:spring-core:6.2.1 org.springframework:spring-context:6.2.1 \
             org.springframework:spring-beans:6.2.1 com.google.errorprone:error_prone_core:2.36.0 \
             org.apache.maven:maven-core:3.9.9 org.hibernate.orm:hibernate-core:6.6.4.Final \
             org.apache.groovy:groovy:4.0.24 org.eclipse.jetty:jetty-server:12.0.16; do
    [ "$(sources_in_repo)" -ge "$wanted" ] && return 0
    log "fetching $gav sources"
    $M "$DEPENDENCY_PLUGIN:get" -Dartifact="$gav:jar:sources" -Dtransitive=false >/dev/null 2>&1 || log "  (not fetched)"
  done
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# Runs `mvn -o ARGS` in the current tree RUNS times; prints "wall cpu" medians. PREPARE runs before each.
measure() {
  local runs="$1" prepare="$2"; shift 2
  local walls="" cpus="" i
  for ((i = 0; i < runs; i++)); do
    eval "$prepare"
    /usr/bin/time -f "%e %U %S" -o "$WORK/time.txt" $M -o "$@" > "$WORK/last.log" 2>&1 \
      || { log "FAILED: mvn $*"; tail -20 "$WORK/last.log" >&2; return 1; }
    read -r wall user sys < "$WORK/time.txt"
    walls+="$wall"$'\n'
    cpus+="$(echo "$user + $sys" | bc -l)"$'\n'
  done
  echo "$(printf '%s' "$walls" | median) $(printf '%s' "$cpus" | median)"
}

sub() { echo "$1 - $2" | bc -l | awk '{printf "%.2f", $1}'; }
ratio() {
  case "$1$2" in *n/a*) echo "n/a"; return ;; esac
  if [ "$(echo "$2 > 0" | bc -l)" = 1 ]; then echo "$1 / $2" | bc -l | awk '{printf "%.3f", $1}'; else echo "n/a"; fi
}

# The table goes to stdout, each row as soon as its tree is measured; progress goes to stderr.
echo
echo "cost-maven-plugin $VERSION, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start, median of $RUNS runs (PMD: 1 run)."
echo "Each cell: wall s / CPU s (user + sys). Overhead = the goal's run minus mvn validate."
echo
echo "| tree | Java files | MB | mvn validate | cost:check overhead, no cache | cost:check overhead, unchanged tree | PMD one-rule overhead | ratio to PMD, no cache | ratio to PMD, unchanged | -Xmx${XMX:-?} |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for spec in "${TREES[@]}"; do
  kind="${spec%%:*}"; files="${spec#*:}"
  tree="$WORK/$kind-$files"
  rm -rf "$tree"
  if [ "$kind" = real ]; then
    fetch_sources "$files"
    read -r count bytes < <(java "$HERE/BenchTree.java" real "$tree" "$files" "$VERSION" "$REPO")
  else
    read -r count bytes < <(java "$HERE/BenchTree.java" generated "$tree" "$files" "$VERSION")
  fi
  pmd_setup "$tree"
  mb=$(echo "$bytes / 1000000" | bc -l | awk '{printf "%.1f", $1}')
  log "$kind tree: $count Java files, $mb MB in $tree"
  cd "$tree"
  # Files older than the cache's racy window, as in a real checkout: the first cached run may remember them.
  find src -type f -exec touch -d '-1 minute' {} + 
  $M -o validate > /dev/null 2>&1 || true   # warms the file cache and Maven's own start-up once
  read -r v_wall v_cpu < <(measure "$RUNS" "" validate)
  read -r c_wall c_cpu < <(measure "$RUNS" "rm -rf target" validate "$COST")
  $M -o validate "$COST" > /dev/null 2>&1     # leaves the scan remembered
  $M -o validate "$COST" > /dev/null 2>&1     # and the check judged on it, which the next ones repeat
  read -r w_wall w_cpu < <(measure "$RUNS" "" validate "$COST")
  p_over_wall="n/a"; p_over_cpu="n/a"
  if [ "$PMD" = 1 ]; then
    if [ ! -d "$REPO/org/apache/maven/plugins/maven-pmd-plugin/$PMD_VERSION" ]; then
      log "fetching maven-pmd-plugin $PMD_VERSION"
      $M validate "$PMD_GOAL" > /dev/null 2>&1 || true
    fi
    read -r p_wall p_cpu < <(measure 1 "rm -rf target" validate "$PMD_GOAL")
    p_over_wall=$(sub "$p_wall" "$v_wall"); p_over_cpu=$(sub "$p_cpu" "$v_cpu")
  fi
  xmx="not run"
  if [ -n "$XMX" ]; then
    rm -rf target
    if MAVEN_OPTS="-Xmx$XMX" $M -o validate "$COST" > "$WORK/xmx.log" 2>&1; then xmx="passes"; else xmx="FAILS"; fi
  fi
  cd - > /dev/null
  c_over_wall=$(sub "$c_wall" "$v_wall"); c_over_cpu=$(sub "$c_cpu" "$v_cpu")
  w_over_wall=$(sub "$w_wall" "$v_wall"); w_over_cpu=$(sub "$w_cpu" "$v_cpu")
  echo "| $kind | $count | $mb | $v_wall / $v_cpu | $c_over_wall / $c_over_cpu | $w_over_wall / $w_over_cpu | $p_over_wall / $p_over_cpu | $(ratio "$c_over_wall" "$p_over_wall") / $(ratio "$c_over_cpu" "$p_over_cpu") | $(ratio "$w_over_wall" "$p_over_wall") / $(ratio "$w_over_cpu" "$p_over_cpu") | $xmx |"
done
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)."
