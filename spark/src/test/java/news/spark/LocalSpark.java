package news.spark;

import org.apache.spark.sql.SparkSession;

/** A small local Spark for tests and benchmarks: all cores, no UI, few shuffle partitions. */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession session() {
        return SparkSession.builder()
                .master("local[*]")
                .appName("news-spark-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
    }
}
