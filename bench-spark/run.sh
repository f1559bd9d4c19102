#!/usr/bin/env bash
# One command: generate a labelled dedup benchmark, then deduplicate it with news and with Spark
# MLlib's MinHashLSH in one JVM (-Xmx4g) and print ARI, pairwise P/R/F1, wall and CPU time of both.
# Usage: bench-spark/run.sh [articles (default 2400)] [spark hash tables (default 5)]
#          the wire-copy set (>= 2,000 articles from ../shared/bench/aeb/ground-truth.json)
#        bench-spark/run.sh --synthetic N [spark hash tables (default 5)]
#          N generated short articles (SyntheticArticles, seed 7: the set of DedupScaleBenchmark)
# Spark gets at most 60 minutes (-Dbench.sparkLimitMinutes via SPARK_LIMIT_MINUTES); past that the
# run prints "NOT FINISHED" (a lower bound for Spark's time) after news' line.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests package
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
if [ "${1:-}" = "--synthetic" ]; then
  n="${2:?--synthetic needs a number of articles}"
  data="target/dedup-synthetic-$n.jsonl"
  tables="${3:-5}"
  java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" news.dedup.DedupBenchmark \
    --synthetic "$n" --write "$data" >/dev/null
else
  data="target/dedup-bench.jsonl"
  tables="${2:-5}"
  java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" news.dedup.DedupBenchmark \
    "${1:-2400}" --write "$data" >/dev/null
fi
cd bench-spark
mvn -q -B compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt >/dev/null
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
java -Xmx4g -Dbench.sparkLimitMinutes="${SPARK_LIMIT_MINUTES:-60}" $opens -cp "target/classes:$(cat target/classpath.txt)" \
  bench.SparkVsNews "../$data" "$tables"
