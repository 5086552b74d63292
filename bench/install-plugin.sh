# Sourced by the benchmarks (set HERE to the bench folder first): builds cost-maven-plugin from this
# checkout and installs it into a private copy of the local repository (BENCH_REPO, default
# /tmp/costscope-bench-m2, made once from ~/.m2), never into ~/.m2 itself. Sets CHECKOUT, REPO, WORK
# (BENCH_DIR, default /tmp/costscope-bench), M (mvn on that repository), VERSION, and log.
CHECKOUT="$(dirname "$HERE")"
REPO="${BENCH_REPO:-/tmp/costscope-bench-m2}"
WORK="${BENCH_DIR:-/tmp/costscope-bench}"
mkdir -p "$WORK"

log() { echo "[bench] $*" >&2; }

if [ ! -d "$REPO" ]; then
  log "copying ~/.m2/repository to $REPO (once)"
  cp -r "$HOME/.m2/repository" "$REPO"
fi
M="mvn -B -q -Dmaven.repo.local=$REPO"

VERSION="$(cd "$CHECKOUT" && mvn -B -o -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || true)"
case "$VERSION" in ''|*[!0-9A-Za-z.-]*) VERSION=0.1.0-SNAPSHOT ;; esac
log "building cost-maven-plugin $VERSION from $CHECKOUT into $REPO"
(cd "$CHECKOUT" && { $M -o install -DskipTests -Dinvoker.skip=true -pl cost-annotations,cost-maven-plugin -am >/dev/null 2>&1 \
  || $M install -DskipTests -Dinvoker.skip=true -pl cost-annotations,cost-maven-plugin -am >/dev/null; })
