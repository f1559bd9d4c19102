#!/usr/bin/env bash
# Runs news.spark.NewsJob on this machine (Spark local mode, all cores) without a Spark
# installation: Spark's jars come from the Maven cache, as in the module's tests.
# Usage: spark/run-local.sh clean|quotes|dedup|all --input PATHS --output DIR [--format parquet|jsonl] ...
# Environment: SPARK_MASTER (default local[*]), SPARK_DRIVER_MEMORY (default 4g).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [ ! -f "$here/target/news-spark.jar" ] || [ ! -f "$here/target/spark-classpath.txt" ]; then
  (cd "$here" && mvn -q -B -DskipTests package \
     && mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/spark-classpath.txt -Dmdep.includeScope=provided >/dev/null)
fi
opens=""
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util java.util.concurrent \
         java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs sun.security.action sun.util.calendar; do
  opens="$opens --add-opens=java.base/$p=ALL-UNNAMED"
done
# shellcheck disable=SC2086
exec java -Xmx"${SPARK_DRIVER_MEMORY:-4g}" $opens -Djdk.reflect.useDirectMethodHandle=false \
  -Dio.netty.tryReflectionSetAccessible=true -Dspark.master="${SPARK_MASTER:-local[*]}" \
  -Dspark.ui.enabled=false -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1 \
  -Dlog4j2.level=warn \
  -cp "$here/target/news-spark.jar:$(cat "$here/target/spark-classpath.txt")" news.spark.NewsJob "$@"
