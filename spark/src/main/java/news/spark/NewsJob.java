package news.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

/**
 * `news` on Apache Spark: clean, quotes and dedup over a cluster, with the project as a library.
 *
 * <pre>
 * spark-submit --class news.spark.NewsJob news-spark.jar clean|quotes|dedup|all \
 *     --input PATHS --output DIR [--format parquet|jsonl] [--partitions N] [--overwrite]
 * </pre>
 * Writes one table per record type under DIR: articles/, quotes/, clusters/, passages/ (which
 * ones: as the CLI command of the same name prints them; `all` writes all four). Exit code 0,
 * 2 on bad usage, 3 when some inputs or records were skipped (each named on stderr).
 */
public final class NewsJob {
    static final String USAGE = "usage: NewsJob clean|quotes|dedup|all --input PATHS --output DIR "
            + "[--format parquet|jsonl] [--partitions N] [--overwrite]";

    /** What to run. {@code inputs}: paths or Hadoop URIs (comma-separated in one --input, or several --input). */
    public record Options(String command, List<String> inputs, String output, String format, int partitions,
                          boolean overwrite) {
        public Options {
            if (!List.of("clean", "quotes", "dedup", "all").contains(command)) {
                throw new IllegalArgumentException("unknown command '" + command + "' (clean, quotes, dedup, all)");
            }
            inputs = List.copyOf(inputs);
            if (inputs.isEmpty()) throw new IllegalArgumentException("--input is required");
            if (output == null) throw new IllegalArgumentException("--output is required");
            if (!format.equals("parquet") && !format.equals("jsonl")) {
                throw new IllegalArgumentException("--format must be parquet or jsonl");
            }
            if (partitions < 0) throw new IllegalArgumentException("--partitions must be >= 1");
        }

        static Options parse(String[] args) {
            if (args.length == 0) throw new IllegalArgumentException("no command");
            List<String> inputs = new ArrayList<>();
            String output = null, format = "parquet";
            int partitions = 0;
            boolean overwrite = false;
            for (int i = 1; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--input", "-i" -> {
                        for (String p : value(args, ++i, a).split(",")) if (!p.isBlank()) inputs.add(p.strip());
                    }
                    case "--output", "-o" -> output = value(args, ++i, a);
                    case "--format", "-f" -> format = value(args, ++i, a).toLowerCase(Locale.ROOT);
                    case "--partitions" -> partitions = Integer.parseInt(value(args, ++i, a));
                    case "--overwrite" -> overwrite = true;
                    default -> throw new IllegalArgumentException("unknown option '" + a + "'");
                }
            }
            return new Options(args[0], inputs, output, format, partitions, overwrite);
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) throw new IllegalArgumentException(option + " needs a value");
            return args[i];
        }

        boolean wants(String table) {
            return switch (command) {
                case "all" -> true;
                case "clean" -> table.equals("articles");
                case "quotes" -> table.equals("quotes");
                default -> table.equals("clusters") || table.equals("passages");
            };
        }
    }

    /**
     * Rows written per table, skipped inputs, wall time per phase (ms), and per phase the
     * executors' CPU time (ms) and shuffle bytes written.
     */
    public record Result(Map<String, Long> rows, long skipped, Map<String, Long> timings, Map<String, Long> cpuMillis,
                         Map<String, Long> shuffleBytes) {
        public int exitCode() {
            return skipped > 0 ? 3 : 0;
        }
    }

    private NewsJob() {}

    public static void main(String[] args) {
        Options o;
        try {
            if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
                System.out.println(USAGE);
                return;
            }
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("news: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("news " + o.command()).getOrCreate();
        Result r;
        try {
            r = run(spark, o);
        } catch (RuntimeException e) {
            // one line for people (an output that exists, an unreadable input list); the driver log has the trace
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) root = root.getCause();
            System.err.println("news: " + o.command() + " failed: " + (root.getMessage() == null
                    ? root.getClass().getSimpleName() : root.getMessage().lines().findFirst().orElse("")));
            spark.stop();
            System.exit(1);
            return;
        } finally {
            spark.stop();
        }
        System.err.printf(Locale.ROOT, "news: %s wrote %s to %s%nnews: wall ms %s%nnews: executor cpu ms %s%n"
                + "news: shuffle bytes written %s%n", o.command(), r.rows(), o.output(), r.timings(), r.cpuMillis(),
                r.shuffleBytes());
        if (r.skipped() > 0) System.err.println("news: " + r.skipped() + " inputs or records skipped (named above and in the executors' logs)");
        System.exit(r.exitCode());
    }

    /** Runs the job on {@code spark} (any master); the tables are written when this returns. */
    public static Result run(SparkSession spark, Options o) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Map<String, Long> timings = new LinkedHashMap<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        LongAccumulator skipped = jsc.sc().longAccumulator("news skipped");
        JobMetrics metrics = new JobMetrics();
        jsc.sc().addSparkListener(metrics);
        long t0 = System.nanoTime();
        jsc.setLocalProperty(JobMetrics.PHASE, "read");

        JobInputs.Listing listing = JobInputs.list(o.inputs(), jsc.hadoopConfiguration());
        for (String e : listing.errors()) System.err.println("news: " + e);
        skipped.add(listing.errors().size());
        List<FileTask> files = listing.files();
        int slices = o.partitions() > 0 ? o.partitions() : Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
        Broadcast<SerializableConfiguration> hadoop = jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        JavaRDD<RawDoc> docs = jsc.parallelize(files, Math.max(1, Math.min(slices, Math.max(1, files.size()))))
                .mapPartitions(it -> new DocReader(it, hadoop.value().value(), skipped));
        docs.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long documents = docs.count();
        long t1 = System.nanoTime();
        timings.put("read_ms", (t1 - t0) / 1_000_000);

        jsc.setLocalProperty(JobMetrics.PHASE, "repeated_lines");
        CleanStage.LineCounts lines = CleanStage.lineCounts(docs);
        Broadcast<CleanStage.LineCounts> lineCounts = jsc.broadcast(lines);
        long t2 = System.nanoTime();
        timings.put("repeated_lines_ms", (t2 - t1) / 1_000_000);

        boolean quotes = o.wants("quotes");
        jsc.setLocalProperty(JobMetrics.PHASE, quotes ? "clean_quotes" : "clean");
        JavaRDD<CleanStage.Processed> processed = docs.mapPartitions(it -> CleanStage.process(it, lineCounts, quotes, skipped));
        processed.persist(StorageLevel.MEMORY_AND_DISK_SER());
        rows.put("documents", documents);
        long articles = processed.count();
        docs.unpersist(false);
        long t3 = System.nanoTime();
        timings.put(quotes ? "clean_quotes_ms" : "clean_ms", (t3 - t2) / 1_000_000);

        jsc.setLocalProperty(JobMetrics.PHASE, "write");
        if (o.wants("articles")) {
            rows.put("articles", articles);
            write(spark.createDataFrame(processed.map(CleanStage.Processed::article), Tables.ARTICLES), o, "articles");
        }
        if (quotes) {
            JavaRDD<Row> q = processed.flatMap(p -> java.util.Arrays.asList(p.quotes()).iterator());
            Dataset<Row> qs = spark.createDataFrame(q, Tables.QUOTES);
            write(qs, o, "quotes");
            rows.put("quotes", spark.read().format(o.format().equals("jsonl") ? "json" : "parquet")
                    .load(o.output() + "/quotes").count());
        }
        long t4 = System.nanoTime();
        timings.put("write_ms", (t4 - t3) / 1_000_000);
        if (o.wants("clusters")) {
            jsc.setLocalProperty(JobMetrics.PHASE, "dedup");
            DedupStage.Result d = DedupStage.run(spark, processed, o.wants("passages"));
            write(d.clusters(), o, "clusters");
            rows.put("clusters", d.counts().clusters());
            rows.put("duplicate_articles", d.counts().duplicateArticles());
            rows.put("candidate_pairs", d.counts().candidatePairs());
            rows.put("verified_pairs", d.counts().verifiedPairs());
            if (o.wants("passages")) {
                write(d.passages(), o, "passages");
                rows.put("passages", d.counts().passages());
            }
            timings.put("dedup_ms", (System.nanoTime() - t4) / 1_000_000);
        }
        processed.unpersist(false);
        timings.put("total_ms", (System.nanoTime() - t0) / 1_000_000);
        jsc.setLocalProperty(JobMetrics.PHASE, null);
        try {
            jsc.sc().listenerBus().waitUntilEmpty(); // the last tasks' metrics
        } catch (java.util.concurrent.TimeoutException e) {
            System.err.println("news: warning: metrics of the last tasks not counted");
        }
        jsc.sc().removeSparkListener(metrics);
        return new Result(rows, skipped.value(), timings, metrics.cpuMillis(), metrics.shuffleBytes());
    }

    /** One table under the output directory; Spark's committer makes it appear whole or not at all. */
    private static void write(Dataset<Row> table, Options o, String name) {
        var w = table.write().mode(o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        String path = o.output() + "/" + name;
        if (o.format().equals("jsonl")) {
            // the CLI writes null fields as null; Spark would leave them out
            w.option("ignoreNullFields", "false").option("compression", "none").json(path);
        } else {
            w.parquet(path);
        }
    }
}
