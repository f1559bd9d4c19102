package news.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import news.dedup.ClusterScore;
import news.dedup.DedupDoc;
import news.dedup.DedupOptions;
import news.dedup.DedupResult;
import news.dedup.Deduplicator;
import news.dedup.DocSource;
import news.dedup.UnionFind;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;

/**
 * One labelled dataset (JSON Lines: id, text, label), deduplicated twice: by news (MinHash + LSH
 * + exact Jaccard/containment verification) and by Spark MLlib's MinHashLSH.approxSimilarityJoin
 * (local mode) on the same word shingles at the same Jaccard threshold, clusters by union-find
 * over the joined pairs. Prints ARI, pairwise P/R/F1, wall and CPU time of both. (Was the
 * separate bench-spark/ project on Spark 3.5; now runs on the module's Spark 4: `spark/bench.sh mllib`.)
 */
public final class MllibPeerBenchmark {
    public static void main(String[] args) throws Exception {
        Path data = Path.of(args.length > 0 ? args[0] : "target/bench/wire.jsonl");
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ObjectMapper m = new ObjectMapper();
        List<DedupDoc> docs = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(data)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                JsonNode n = m.readTree(line);
                docs.add(new DedupDoc(n.get("id").asText(), n.path("site").asText(null), n.path("published").asText(null),
                        n.get("text").asText()));
                labels.add(n.get("label").asInt());
            }
        }
        int[] truth = labels.stream().mapToInt(Integer::intValue).toArray();
        DedupOptions opts = DedupOptions.defaults().withPassages(false);
        System.out.printf(Locale.ROOT, "dataset: %s, %d articles, %d labelled duplicate pairs%n", data, docs.size(),
                ClusterScore.of(truth, truth).truePairs());

        // ---- news ----
        long c0 = cpuNanos();
        long t0 = System.nanoTime();
        DedupResult ours = new Deduplicator(opts).run(DocSource.of(docs));
        long oursMs = (System.nanoTime() - t0) / 1_000_000;
        long oursCpuMs = (cpuNanos() - c0) / 1_000_000;
        ClusterScore oursScore = ClusterScore.of(truth, ours.labels());
        // printed before Spark starts: if Spark hits the time limit, this line is already out
        System.out.printf(Locale.ROOT, "%-28s %s  time %d ms, CPU %d ms%n", "news dedup (defaults)", oursScore, oursMs,
                oursCpuMs);
        System.out.printf(Locale.ROOT, "parameters: Jaccard threshold %.2f, %d-word shingles; news also: containment %.2f, "
                        + "%d permutations = %d bands x %d rows; %d cores, max heap %d MB%n", opts.threshold(), opts.shingleSize(),
                opts.containment(), opts.permutations(), opts.lsh().bands(), opts.lsh().rows(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        System.out.flush();

        // ---- Spark MLlib, in a thread so a time limit can end it (-Dbench.sparkLimitMinutes, default 60) ----
        long limitMinutes = Long.getLong("bench.sparkLimitMinutes", 60);
        String name = "Spark MinHashLSH (" + tables + " tables)";
        long s0 = System.nanoTime();
        long sc0 = cpuNanos();
        Object[] outcome = new Object[1];
        Thread sparkThread = new Thread(() -> {
            try {
                outcome[0] = spark(docs, truth, opts, tables);
            } catch (Throwable e) {
                outcome[0] = e;
            }
        }, "spark-bench");
        sparkThread.setDaemon(true);
        sparkThread.start();
        sparkThread.join(limitMinutes * 60_000);
        if (sparkThread.isAlive()) {
            System.out.printf(Locale.ROOT, "%-28s NOT FINISHED after %d min wall (CPU %d ms so far): its time is a lower bound%n",
                    name, limitMinutes, (cpuNanos() - sc0) / 1_000_000);
            printLoad();
            System.out.flush();
            Runtime.getRuntime().halt(0); // Spark's shutdown hooks would wait for the running job
        }
        if (outcome[0] instanceof Throwable e) throw new IllegalStateException("Spark failed", e);
        SparkRun run = (SparkRun) outcome[0];
        System.out.printf(Locale.ROOT, "%-28s %s  time %d ms, CPU %d ms (+ %d ms, CPU %d ms session start)%n",
                name, run.score(), run.millis(), run.cpuMillis(), run.startupMillis(), run.startupCpuMillis());
        printLoad();
    }

    static void printLoad() {
        System.out.printf(Locale.ROOT, "load average at end %.1f (the machine is shared: CPU times are the fairer figures)%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** One Spark run: score, wall and CPU time of the join (session start apart). */
    record SparkRun(ClusterScore score, long millis, long cpuMillis, long startupMillis, long startupCpuMillis) {
    }

    /**
     * Spark MLlib on the same texts: RegexTokenizer (letters and digits, lower case), NGram of
     * the same shingle size, binary HashingTF (2^22 features), MinHashLSH, a self
     * approxSimilarityJoin at distance 1 - threshold; clusters by union-find over the pairs.
     */
    static SparkRun spark(List<DedupDoc> docs, int[] truth, DedupOptions opts, int tables) {
        long s0 = System.nanoTime();
        long sc0 = cpuNanos();
        SparkSession spark = SparkSession.builder().master("local[*]").appName("dedup-bench")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
                .config("spark.driver.memory", "3g").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        long startupMs = (System.nanoTime() - s0) / 1_000_000;
        long sc1 = cpuNanos();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) rows.add(org.apache.spark.sql.RowFactory.create(i, docs.get(i).text()));
        var schema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("idx", DataTypes.IntegerType, false),
                DataTypes.createStructField("text", DataTypes.StringType, false)));
        long t1 = System.nanoTime();
        Dataset<Row> df = spark.createDataFrame(rows, schema);
        RegexTokenizer tok = new RegexTokenizer().setInputCol("text").setOutputCol("words")
                .setPattern("[^\\p{L}\\p{N}]+").setToLowercase(true);
        NGram ngram = new NGram().setN(opts.shingleSize()).setInputCol("words").setOutputCol("shingles");
        HashingTF tf = new HashingTF().setInputCol("shingles").setOutputCol("features").setNumFeatures(1 << 22).setBinary(true);
        PipelineModel prep = new Pipeline().setStages(new PipelineStage[] {tok, ngram, tf}).fit(df);
        spark.udf().register("nnz", (UDF1<SparseVector, Integer>) SparseVector::numNonzeros, DataTypes.IntegerType);
        Dataset<Row> feats = prep.transform(df).filter("nnz(features) > 0").select("idx", "features").cache();
        MinHashLSH lsh = new MinHashLSH().setNumHashTables(tables).setInputCol("features").setOutputCol("hashes").setSeed(42);
        var model = lsh.fit(feats);
        List<Row> pairs = model.approxSimilarityJoin(feats, feats, 1 - opts.threshold(), "dist")
                .selectExpr("datasetA.idx as a", "datasetB.idx as b", "dist").filter("a < b").collectAsList();
        UnionFind uf = new UnionFind(docs.size());
        for (Row p : pairs) uf.union(p.getInt(0), p.getInt(1));
        int[] sparkLabels = new int[docs.size()];
        for (int i = 0; i < sparkLabels.length; i++) sparkLabels[i] = uf.find(i);
        long sparkMs = (System.nanoTime() - t1) / 1_000_000;
        long sparkCpuMs = (cpuNanos() - sc1) / 1_000_000, startupCpuMs = (sc1 - sc0) / 1_000_000;
        ClusterScore sparkScore = ClusterScore.of(truth, sparkLabels);
        spark.stop();
        return new SparkRun(sparkScore, sparkMs, sparkCpuMs, startupMs, startupCpuMs);
    }

    /** CPU time of the whole process (all threads: Spark's executors run in this JVM). */
    static long cpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
