package news.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import news.app.DedupService;
import news.dedup.DedupDoc;
import news.dedup.DedupOptions;
import news.dedup.DedupStages;
import news.dedup.DocSource;
import news.dedup.MinHash;
import news.dedup.Passage;
import news.dedup.PassageFinder;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import scala.Option;
import scala.Tuple2;
import scala.reflect.ClassTag;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;

/**
 * Dedup over a cluster, stage for stage the CLI's {@link news.dedup.Deduplicator}:
 * <ol>
 *   <li>boilerplate shingles: document frequencies by a distributed count, the few over the cap
 *       broadcast, each set filtered by the CLI's rule;</li>
 *   <li>exact groups by the exact-text hash (first article in input order represents a group);</li>
 *   <li>MinHash band keys of the representatives as a column, candidates by grouping on
 *       (band, key), each member paired with the previous {@code maxBucket} of its bucket;</li>
 *   <li>exact verification of every candidate (both shingle sets joined in), each contained
 *       article joined to its best container only;</li>
 *   <li>connected components (GraphX) of exact, similar and containment edges; each component
 *       made a cluster by the CLI's own code (canonical, scores, relations), numbered in input
 *       order of the canonical;</li>
 *   <li>shared passages: anchors in two or more participating articles found by a distributed
 *       count, then the project's {@link PassageFinder} over the articles that carry one.</li>
 * </ol>
 * Input positions are the articles' {@code order} keys, so every tie the CLI breaks by input
 * position is broken the same way.
 */
final class DedupStage {
    private DedupStage() {}

    /** The CLI's defaults (`news dedup` without options). */
    static DedupOptions options() {
        return DedupOptions.defaults();
    }

    /** What dedup keeps of an article between stages. */
    record Fp(long order, String id, long published, int words, long exact, int[] shingles, boolean excerptMarked)
            implements Serializable {
    }

    /** Counts of a run, for the summary. */
    record Counts(long articles, long empty, long exactDuplicates, long boilerplateShingles, long candidatePairs,
                  long verifiedPairs, long clusters, long duplicateArticles, long passages) implements Serializable {
    }

    record Result(Dataset<Row> clusters, Dataset<Row> passages, Counts counts) {
    }

    static Result run(SparkSession spark, JavaRDD<CleanStage.Processed> processed, boolean withPassages) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        DedupOptions o = options();
        JavaRDD<Fp> fp0 = processed.map(p -> new Fp(p.order(), p.id(), DedupStages.publishedEpoch(p.published()),
                p.words(), p.exact(), p.shingles(), p.excerptMarked()));
        long n = processed.count();

        // 1. boilerplate shingles
        int maxDf = o.boilerplateDf((int) Math.min(Integer.MAX_VALUE, n));
        JavaRDD<Fp> fp = fp0;
        long boilerplate = 0;
        if (maxDf != Integer.MAX_VALUE && n > maxDf) {
            int minKept = o.minContainedShingles();
            int cap = Math.min(maxDf, Character.MAX_VALUE - 1);
            List<Integer> frequent = fp0
                    .flatMapToPair(f -> {
                        List<Tuple2<Integer, Integer>> out = new ArrayList<>(f.shingles().length);
                        for (int s : f.shingles()) out.add(new Tuple2<>(s, 1)); // a set: each shingle once
                        return out.iterator();
                    })
                    .reduceByKey(Integer::sum)
                    .filter(t -> t._2() > cap)
                    .keys()
                    .collect();
            int[] sorted = frequent.stream().mapToInt(Integer::intValue).sorted().toArray();
            Broadcast<int[]> b = jsc.broadcast(sorted);
            fp = fp0.map(f -> {
                int[] set = b.value();
                int[] kept = DedupStages.withoutBoilerplate(f.shingles(), s -> Arrays.binarySearch(set, s) >= 0, minKept);
                return kept == f.shingles() ? f : new Fp(f.order(), f.id(), f.published(), f.words(), f.exact(), kept, f.excerptMarked());
            });
            boilerplate = fp0.flatMap(f -> {
                int[] set = b.value();
                int[] kept = DedupStages.withoutBoilerplate(f.shingles(), s -> Arrays.binarySearch(set, s) >= 0, minKept);
                List<Integer> gone = new ArrayList<>();
                if (kept != f.shingles()) for (int s : f.shingles()) if (Arrays.binarySearch(set, s) >= 0) gone.add(s);
                return gone.iterator();
            }).distinct().count();
        }
        fp.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long empty = fp.filter(f -> f.shingles().length == 0).count();

        // 2. exact groups: the first article of each (input order) represents it
        JavaPairRDD<Long, Fp> byExact = fp.filter(f -> f.shingles().length > 0).mapToPair(f -> new Tuple2<>(f.exact(), f));
        JavaRDD<Fp> reps = byExact.reduceByKey((x, y) -> x.order() <= y.order() ? x : y).values();
        JavaPairRDD<Long, Long> repOfExact = reps.mapToPair(f -> new Tuple2<>(f.exact(), f.order()));
        JavaRDD<Tuple2<Long, Long>> exactEdges = byExact.mapValues(Fp::order).join(repOfExact).values()
                .filter(t -> !t._1().equals(t._2()));
        exactEdges.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long exactDuplicates = exactEdges.count();

        // 3. band keys as a column; candidates by grouping on (band, key)
        JavaRDD<Row> bandRows = reps.mapPartitions(it -> {
            DedupOptions opts = options();
            MinHash minHash = new MinHash(opts.permutations(), DedupOptions.SEED);
            return new CleanStage.Mapped<Fp, Row>(it, f -> {
                int[] keys = DedupStages.bandKeys(f.shingles(), opts, minHash);
                List<Integer> list = new ArrayList<>(keys.length);
                for (int k : keys) list.add(k);
                return RowFactory.create(f.order(), scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq());
            });
        });
        StructType bandSchema = DataTypes.createStructType(List.of(
                DataTypes.createStructField("order", DataTypes.LongType, false),
                DataTypes.createStructField("band_keys", DataTypes.createArrayType(DataTypes.IntegerType, false), false)));
        Dataset<Row> bands = spark.createDataFrame(bandRows, bandSchema);
        Dataset<Row> buckets = bands.select(col("order"), posexplode(col("band_keys")).as(new String[] {"band", "key"}))
                .groupBy("band", "key")
                .agg(array_sort(collect_list(col("order"))).as("members"))
                .filter(size(col("members")).gt(1));
        int window = o.maxBucket();
        JavaPairRDD<Long, Long> candidates = buckets.select("members").javaRDD().flatMapToPair(r -> {
            List<Long> m = r.getList(0);
            List<Tuple2<Long, Long>> pairs = new ArrayList<>();
            for (int x = 1; x < m.size(); x++) {
                for (int y = Math.max(0, x - window); y < x; y++) pairs.add(new Tuple2<>(m.get(y), m.get(x)));
            }
            return pairs.iterator();
        }).distinct();
        candidates.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long candidatePairs = candidates.count();

        // 4. exact verification
        JavaPairRDD<Long, Fp> byOrder = fp.mapToPair(f -> new Tuple2<>(f.order(), f));
        JavaRDD<Tuple2<Fp, Fp>> pairs = candidates.join(byOrder)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .join(byOrder)
                .values();
        // verdict per pair: (kind, small, big, score); kind 1 similar, 2 contained
        JavaRDD<Object[]> verdicts = pairs.mapPartitions(it -> {
            DedupOptions opts = options();
            return new CleanStage.Mapped<Tuple2<Fp, Fp>, Object[]>(it, t -> {
                Fp a = t._1(), b = t._2();
                DedupStages.Verdict v = DedupStages.verify(a.shingles(), b.shingles(), opts);
                return switch (v) {
                    case REJECTED -> new Object[] {0};
                    case SIMILAR -> new Object[] {1, a.order(), b.order()};
                    case A_CONTAINED_IN_B -> new Object[] {2, a.order(), b.order(),
                            DedupStages.containmentScore(a.shingles(), b.shingles()), b.id()};
                    case B_CONTAINED_IN_A -> new Object[] {2, b.order(), a.order(),
                            DedupStages.containmentScore(b.shingles(), a.shingles()), a.id()};
                };
            });
        }).filter(v -> (int) v[0] != 0);
        verdicts.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Tuple2<Long, Long>> similarEdges = verdicts.filter(v -> (int) v[0] == 1)
                .map(v -> new Tuple2<>((Long) v[1], (Long) v[2]));
        // each contained article joins its best container: highest score, then smallest id
        JavaRDD<Tuple2<Long, Long>> containEdges = verdicts.filter(v -> (int) v[0] == 2)
                .mapToPair(v -> new Tuple2<>((Long) v[1], v))
                .reduceByKey((x, y) -> {
                    double sx = (double) x[3], sy = (double) y[3];
                    if (sx != sy) return sx > sy ? x : y;
                    return ((String) x[4]).compareTo((String) y[4]) <= 0 ? x : y;
                })
                .map(t -> new Tuple2<>((Long) t._2()[1], (Long) t._2()[2]));
        containEdges.persist(StorageLevel.MEMORY_AND_DISK_SER());
        long verifiedPairs = similarEdges.count() + containEdges.count();

        // 5. connected components, then one cluster per component by the CLI's own code
        JavaRDD<Tuple2<Object, Object>> edges = exactEdges.union(similarEdges).union(containEdges)
                .map(t -> new Tuple2<Object, Object>(t._1(), t._2()));
        JavaPairRDD<Long, Long> component = components(edges);
        JavaPairRDD<Long, Iterable<Fp>> groups = component.join(byOrder)
                .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                .groupByKey();
        JavaPairRDD<Long, Row> built = groups.mapPartitionsToPair(it -> {
            DedupOptions opts = options();
            List<Tuple2<Long, Row>> out = new ArrayList<>();
            while (it.hasNext()) {
                List<Fp> g = new ArrayList<>();
                it.next()._2().forEach(g::add);
                g.sort(Comparator.comparingLong(Fp::order));
                List<DedupStages.Member> ms = new ArrayList<>(g.size());
                for (Fp f : g) ms.add(new DedupStages.Member(f.id(), f.published(), f.words(), f.exact(), f.shingles(), f.excerptMarked()));
                DedupStages.Built b = DedupStages.cluster("c0", ms, opts);
                out.add(new Tuple2<>(g.get(b.canonicalIndex()).order(),
                        Tables.row(DedupService.clusterRow(b.cluster()), Tables.CLUSTERS)));
            }
            return out.iterator();
        });
        built.persist(StorageLevel.MEMORY_AND_DISK_SER());
        JavaRDD<Row> clusterRows = built.sortByKey().values().zipWithIndex().map(t -> {
            Row r = t._1();
            Object[] v = new Object[r.size()];
            for (int k = 0; k < v.length; k++) v[k] = r.get(k);
            v[0] = "c" + (t._2() + 1);
            return RowFactory.create(v);
        });
        Dataset<Row> clusters = spark.createDataFrame(clusterRows, Tables.CLUSTERS);
        long clusterCount = built.count();
        long duplicateArticles = component.count() - clusterCount;

        // 6. shared passages among canonical and unclustered articles
        Dataset<Row> passages = spark.createDataFrame(jsc.<Row>emptyRDD(), Tables.PASSAGES);
        long passageCount = 0;
        if (withPassages) {
            JavaPairRDD<Long, Long> canonicalOf = built.mapToPair(t -> new Tuple2<>(t._1(), t._1()));
            JavaPairRDD<Long, Long> notCanonical = component.subtractByKey(canonicalOf);
            JavaRDD<Row> found = passages(processed, notCanonical, o.passageWords());
            found.persist(StorageLevel.MEMORY_AND_DISK_SER());
            passageCount = found.count();
            passages = spark.createDataFrame(found, Tables.PASSAGES);
        }
        Counts counts = new Counts(n, empty, exactDuplicates, boilerplate, candidatePairs, verifiedPairs, clusterCount,
                duplicateArticles, passageCount);
        return new Result(clusters, passages, counts);
    }

    /** Component (smallest order key in it) of every article on an edge. */
    private static JavaPairRDD<Long, Long> components(JavaRDD<Tuple2<Object, Object>> edges) {
        ClassTag<Object> tag = scala.reflect.ClassTag$.MODULE$.apply(Object.class);
        Graph<Object, Object> g = Graph.fromEdgeTuples(edges.rdd(), (Object) 0L, Option.empty(),
                StorageLevel.MEMORY_AND_DISK(), StorageLevel.MEMORY_AND_DISK(), tag);
        Graph<Object, Object> cc = ConnectedComponents.run(g, tag, tag);
        return cc.vertices().toJavaRDD().mapToPair(t -> new Tuple2<>((Long) t._1(), (Long) t._2()));
    }

    /**
     * Passages: every participating article's distinct anchors, counted by a distributed
     * reduce; the articles carrying an anchor of two or more articles then go, in input order,
     * through the project's passage finder in one task (articles without a shared anchor can
     * take part in no passage, so the result is the CLI's).
     */
    private static JavaRDD<Row> passages(JavaRDD<CleanStage.Processed> processed, JavaPairRDD<Long, Long> notCanonical,
                                         int anchorWords) {
        JavaPairRDD<Long, CleanStage.Processed> participants = processed
                .mapToPair(p -> new Tuple2<>(p.order(), p))
                .subtractByKey(notCanonical)
                .filter(t -> t._2().words() >= anchorWords);
        JavaPairRDD<Long, Long> anchors = participants.flatMapToPair(t -> {
            long[] a = DedupStages.passageAnchors(t._2().text(), anchorWords);
            Arrays.sort(a);
            List<Tuple2<Long, Long>> out = new ArrayList<>();
            for (int i = 0; i < a.length; i++) if (i == 0 || a[i] != a[i - 1]) out.add(new Tuple2<>(a[i], t._1()));
            return out.iterator();
        });
        JavaPairRDD<Long, Integer> shared = anchors.mapValues(x -> 1).reduceByKey(Integer::sum).filter(t -> t._2() >= 2);
        JavaPairRDD<Long, Integer> carriers = anchors.join(shared).mapToPair(t -> new Tuple2<>(t._2()._1(), 1)).distinct();
        return participants.join(carriers)
                .mapValues(t -> new Object[] {t._1().id(), t._1().site(), t._1().published(), t._1().text(),
                        t._1().words()})
                .sortByKey(true, 1)
                .mapPartitions(DedupStage::findPassages);
    }

    private static Iterator<Row> findPassages(Iterator<Tuple2<Long, Object[]>> in) {
        List<DedupDoc> docs = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        while (in.hasNext()) {
            Object[] v = in.next()._2();
            docs.add(new DedupDoc((String) v[0], (String) v[1], (String) v[2], (String) v[3]));
            words.add((Integer) v[4]);
        }
        int n = docs.size();
        if (n < 2) return java.util.Collections.emptyIterator();
        boolean[] participates = new boolean[n];
        String[] sites = new String[n];
        long[] published = new long[n];
        int[] w = new int[n];
        for (int i = 0; i < n; i++) {
            participates[i] = true;
            sites[i] = docs.get(i).site();
            published[i] = DedupStages.publishedEpoch(docs.get(i).published());
            w[i] = words.get(i);
        }
        DedupOptions o = options();
        List<Passage> found = new PassageFinder(o.passageWords(), Runtime.getRuntime().availableProcessors())
                .find(DocSource.of(docs), n, participates, sites, published, w);
        List<Row> rows = new ArrayList<>(found.size());
        for (Passage p : found) rows.add(Tables.row(DedupService.passageRow(p), Tables.PASSAGES));
        return rows.iterator();
    }
}
