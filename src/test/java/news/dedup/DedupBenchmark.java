package news.dedup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Runs dedup on the labelled wire-copy benchmark and prints ARI, pairwise P/R/F1, canonical
 * accuracy and wall time. {@code --write FILE} also writes the dataset as JSON Lines for the
 * Spark comparison (spark/bench.sh). Arguments: [articles (default 2400)] [--write FILE]; or
 * {@code --synthetic N [--write FILE]}: the generated set of {@link DedupScaleBenchmark} instead.
 */
public final class DedupBenchmark {
    private DedupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int target = 2400;
        int synthetic = 0;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--write")) write = Path.of(args[++i]);
            else if (args[i].equals("--synthetic")) synthetic = Integer.parseInt(args[++i].replace("_", ""));
            else target = Integer.parseInt(args[i]);
        }
        if (synthetic > 0) {
            synthetic(synthetic, write);
            return;
        }
        List<String> bodies = WireCopyGenerator.realBodies(WireCopyGenerator.GROUND_TRUTH);
        if (bodies.isEmpty()) {
            System.err.println("no benchmark bodies at " + WireCopyGenerator.GROUND_TRUTH.toAbsolutePath());
            System.exit(2);
        }
        List<WireCopyGenerator.Item> items = WireCopyGenerator.generate(bodies, target, 20230306L);
        if (write != null) {
            Files.createDirectories(write.toAbsolutePath().getParent());
            WireCopyGenerator.writeJsonl(items, write);
            System.err.println("wrote " + items.size() + " articles to " + write);
        }
        Report rep = evaluate(items, DedupOptions.defaults());
        System.out.println(rep);
        for (double share : new double[] {0.15, 0.25, 0.4}) {
            System.out.printf(java.util.Locale.ROOT, "lead-only copies (%.0f%% of the words): %s%n", 100 * share,
                    leadCopies(bodies, share, DedupOptions.defaults()));
        }
    }

    /**
     * The generated labelled set of {@code DedupScaleBenchmark} (short articles, seed 7): written
     * as JSON Lines for the Spark comparison when {@code write} is given, else scored here.
     */
    static void synthetic(int n, Path write) throws java.io.IOException {
        SyntheticArticles corpus = new SyntheticArticles(n, 7L);
        if (write != null) {
            Files.createDirectories(write.toAbsolutePath().getParent());
            com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
            String[] kinds = {"original", "copy", "splice"};
            try (var w = Files.newBufferedWriter(write)) {
                for (int i = 0; i < n; i++) {
                    DedupDoc d = corpus.doc(i);
                    java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
                    row.put("id", d.id());
                    row.put("site", d.site());
                    row.put("published", d.published());
                    row.put("text", d.text());
                    row.put("label", corpus.label(i));
                    row.put("kind", kinds[corpus.kind(i)]);
                    w.write(m.writeValueAsString(row));
                    w.write('\n');
                }
            }
            System.err.println("wrote " + n + " generated articles to " + write);
            return; // scored by the Spark comparison that reads the file
        }
        long t0 = System.nanoTime();
        DedupResult r = new Deduplicator(DedupOptions.defaults().withPassages(false)).run(corpus);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf(Locale.ROOT, "news dedup: %d generated articles, %d clusters, %s, %d ms%n", n,
                r.clusters().size(), ClusterScore.of(corpus.labels(), r.labels()), ms);
    }

    /** One evaluation. */
    public record Report(int articles, ClusterScore score, double canonicalAccuracy, long millis, DedupResult result) {
        @Override
        public String toString() {
            DedupOptions o = result.options();
            return String.format(Locale.ROOT, "news dedup: %d articles, %d clusters, %s, canonical = original in %.1f%% "
                            + "of clusters, %d ms (threshold %.2f, containment %.2f, %d-word shingles, %d perms = %d x %d)",
                    articles, result.clusters().size(), score, 100 * canonicalAccuracy, millis, o.threshold(),
                    o.containment(), o.shingleSize(), o.permutations(), o.lsh().bands(), o.lsh().rows());
        }
    }

    /**
     * Every real body plus a copy of its first {@code share} of words (a lead-only syndication
     * teaser): the copy is contained in its original but their Jaccard is only about {@code share}.
     */
    public static ClusterScore leadCopies(List<String> bodies, double share, DedupOptions options) {
        List<DedupDoc> docs = new java.util.ArrayList<>();
        int[] truth = new int[bodies.size() * 2];
        for (int i = 0; i < bodies.size(); i++) {
            String b = bodies.get(i);
            Tokens t = Tokens.of(b);
            int words = Math.max(20, (int) (t.size() * share));
            String lead = b.substring(0, t.ends()[Math.min(t.size(), words) - 1]);
            docs.add(new DedupDoc("orig-" + i, null, null, b));
            docs.add(new DedupDoc("lead-" + i, null, null, lead));
            truth[2 * i] = truth[2 * i + 1] = i;
        }
        DedupResult r = new Deduplicator(options.withPassages(false)).run(DocSource.of(docs));
        return ClusterScore.of(truth, r.labels());
    }

    public static Report evaluate(List<WireCopyGenerator.Item> items, DedupOptions options) {
        List<DedupDoc> docs = items.stream().map(WireCopyGenerator.Item::doc).toList();
        long t0 = System.nanoTime();
        DedupResult r = new Deduplicator(options.withPassages(false)).run(DocSource.of(docs));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int[] truth = new int[items.size()];
        for (int i = 0; i < truth.length; i++) truth[i] = items.get(i).label();
        ClusterScore s = ClusterScore.of(truth, r.labels());
        int good = 0;
        for (Cluster c : r.clusters()) if (c.canonical().startsWith("orig-")) good++;
        double acc = r.clusters().isEmpty() ? 1.0 : good / (double) r.clusters().size();
        return new Report(items.size(), s, acc, ms, r);
    }
}
