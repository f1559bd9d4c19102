#!/usr/bin/env bash
# Measures the Spark job next to the CLI on this machine (Spark local mode, all cores).
#   spark/bench.sh throughput [N (default 100000)]
#       N generated articles (CorpusGenerator, short windows of the seed dumps) for clean and quotes,
#       and N synthetic ones (SyntheticArticles, seed 7: the dedup scale set, a quarter wire-style
#       copies) for dedup, each as 16 JSON Lines shards; `news clean|quotes|dedup` and the Spark
#       job's clean|quotes|dedup on the same files: wall and CPU seconds of each process, and the
#       Spark job's executor CPU and shuffle bytes per phase.
#   spark/bench.sh wire [ARTICLES (default 2400)]
#       the labelled wire-copy set from ../shared/bench/aeb (DedupBenchmark --write): `news dedup`
#       and the Spark job's dedup, ARI and pairwise P/R/F1 of both, and whether they are identical.
#   spark/bench.sh mllib [ARTICLES | --synthetic N] [TABLES]
#       news dedup next to Spark MLlib's MinHashLSH (approxSimilarityJoin) in one JVM.
# All build first (root install, module package). Output files go under spark/target/bench/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -B -DskipTests install
mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null
(cd spark && mvn -q -B -DskipTests package \
  && mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/spark-classpath.txt -Dmdep.includeScope=provided >/dev/null \
  && mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test >/dev/null)
out="$root/spark/target/bench"
mkdir -p "$out"
rootcp="target/classes:target/test-classes:$(cat target/test-classpath.txt)"
sparkcp="spark/target/test-classes:spark/target/classes:$(cat spark/target/test-classpath.txt)"

# measure NAME COMMAND...: runs it, prints wall and CPU (user + sys) seconds of the process tree
measure() {
  local name="$1"; shift
  /usr/bin/time -f "%e %U %S" -o "$out/time.txt" "$@" 2>"$out/$name.err" >/dev/null
  read -r wall user sys < "$out/time.txt"
  cpu=$(echo "$user + $sys" | bc)
  printf '%-14s wall %8.1f s  cpu %8.1f s\n' "$name" "$wall" "$cpu"
  echo "$name $wall $cpu" >> "$out/times.txt"
}

case "${1:-throughput}" in
  throughput)
    n="${2:-100000}"
    text="$out/generated-$n"      # clean and quotes: variations of the seed dumps (real prose, quotes, chrome)
    synth="$out/synthetic-$n"     # dedup: the labelled scale set (a quarter wire-style copies)
    if [ ! -d "$text" ]; then
      java -cp "$sparkcp" news.spark.BenchCorpus "$n" "$text" 16 2>/dev/null
    fi
    if [ ! -d "$synth" ]; then
      java -cp "$rootcp" news.dedup.DedupBenchmark --synthetic "$n" --write "$out/synthetic-$n.jsonl" 2>/dev/null
      java -cp "$sparkcp" news.spark.BenchCorpus --split "$out/synthetic-$n.jsonl" "$synth" 16
      rm "$out/synthetic-$n.jsonl"
    fi
    rm -f "$out/times.txt"
    echo "$n generated articles in 16 JSON Lines files ($(du -sh "$text" | cut -f1)) for clean and quotes;" \
         "$n synthetic ones ($(du -sh "$synth" | cut -f1)) for dedup; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    measure cli-clean java -jar target/news.jar clean -f jsonl -o "$out/cli-clean.jsonl" "$text"
    measure cli-quotes java -jar target/news.jar quotes -f jsonl -o "$out/cli-quotes.jsonl" "$text"
    measure cli-dedup java -jar target/news.jar dedup -f jsonl -o "$out/cli-dedup.jsonl" "$synth"
    for c in clean quotes dedup; do
      in="$text"; [ "$c" = dedup ] && in="$synth"
      rm -rf "$out/spark-$c"
      measure "spark-$c" spark/run-local.sh "$c" --input "$in" --output "$out/spark-$c"
      grep '^news:' "$out/spark-$c.err" | sed 's/^/    /'
    done
    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared with other jobs)"
    ;;
  wire)
    data="$out/wire.jsonl"
    java -cp "$rootcp" news.dedup.DedupBenchmark "${2:-2400}" --write "$data" >/dev/null 2>&1
    rm -rf "$out/spark-wire"
    rm -f "$out/times.txt"
    measure cli-dedup java -jar target/news.jar dedup -f jsonl -o "$out/cli-wire.jsonl" "$data"
    measure spark-dedup spark/run-local.sh dedup --input "$data" --output "$out/spark-wire" --format jsonl
    grep '^news:' "$out/spark-dedup.err" | sed 's/^/    /'
    java -cp "$sparkcp" news.spark.WireScore "$data" "$out/cli-wire.jsonl" "$out/spark-wire/clusters"
    echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared with other jobs)"
    ;;
  mllib)
    # news dedup and Spark MLlib's MinHashLSH in one JVM (what bench-spark/run.sh measured):
    #   spark/bench.sh mllib [ARTICLES (2400)] [TABLES (5)] | spark/bench.sh mllib --synthetic N [TABLES]
    if [ "${2:-}" = "--synthetic" ]; then
      data="$out/dedup-synthetic-${3:?--synthetic needs a number}.jsonl"; tables="${4:-5}"
      java -cp "$rootcp" news.dedup.DedupBenchmark --synthetic "$3" --write "$data" >/dev/null 2>&1
    else
      data="$out/wire.jsonl"; tables="${3:-5}"
      java -cp "$rootcp" news.dedup.DedupBenchmark "${2:-2400}" --write "$data" >/dev/null 2>&1
    fi
    opens="$(sed -n 's:.*<spark.opens>\(.*\)</spark.opens>.*:\1:p' spark/pom.xml)"
    # shellcheck disable=SC2086
    java -Xmx4g -Dbench.sparkLimitMinutes="${SPARK_LIMIT_MINUTES:-60}" $opens -cp "$sparkcp" \
      news.spark.MllibPeerBenchmark "$data" "$tables"
    ;;
  *)
    echo "usage: spark/bench.sh throughput [N] | wire [ARTICLES] | mllib [ARTICLES | --synthetic N] [TABLES]" >&2
    exit 2
    ;;
esac
