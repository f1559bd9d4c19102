#!/usr/bin/env bash
# One command: generate the labelled wire-copy benchmark (>= 2,000 articles from
# ../shared/bench/aeb/ground-truth.json), then deduplicate it with news and with Spark MLlib's
# MinHashLSH in one JVM and print ARI, pairwise P/R/F1 and wall time of both.
# Usage: bench-spark/run.sh [articles (default 2400)] [spark hash tables (default 5)]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" news.dedup.DedupBenchmark \
  "${1:-2400}" --write target/dedup-bench.jsonl >/dev/null
cd bench-spark
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
java -Xmx4g $opens -cp "target/classes:$(cat target/classpath.txt)" bench.SparkVsNews ../target/dedup-bench.jsonl "${2:-5}"
