package news.dedup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores dedup on a {@link SyndicationGenerator} corpus and lists the misses by kind.
 * Arguments: {@code dev} (default) or {@code held-out}, or {@code stories seed}.
 */
public final class SyndicationBenchmark {
    private SyndicationBenchmark() {}

    public static void main(String[] args) {
        SyndicationGenerator.Config c = args.length == 0 || args[0].equals("dev") ? SyndicationGenerator.Config.development()
                : args[0].equals("held-out") ? SyndicationGenerator.Config.heldOut()
                : new SyndicationGenerator.Config(Integer.parseInt(args[0]), Long.parseLong(args[1]), 3.0, 0.35, 120, 80);
        List<SyndicationGenerator.Item> items = SyndicationGenerator.generate(c);
        long t0 = System.nanoTime();
        DedupResult r = new Deduplicator(DedupOptions.defaults().withPassages(false)).run(SyndicationGenerator.source(items));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        ClusterScore s = ClusterScore.of(SyndicationGenerator.labels(items), r.labels());
        System.out.printf(Locale.ROOT, "%s: %d articles, %d clusters, %d candidate pairs, %s, %d ms%n", c, items.size(),
                r.clusters().size(), r.candidatePairs(), s, ms);
        System.out.println(report(items, r));
    }

    /** Per kind: articles, missed (not with their original), wrongly joined (negatives in a cluster with another story). */
    static String report(List<SyndicationGenerator.Item> items, DedupResult r) {
        int[] pred = r.labels();
        Map<Integer, Integer> originalOf = new java.util.HashMap<>();
        for (int i = 0; i < items.size(); i++) if (items.get(i).kind().equals("original")) originalOf.put(items.get(i).label(), i);
        Map<String, int[]> byKind = new TreeMap<>();
        StringBuilder ex = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            SyndicationGenerator.Item it = items.get(i);
            int[] k = byKind.computeIfAbsent(it.kind(), x -> new int[3]);
            k[0]++;
            Integer o = originalOf.get(it.label());
            if (o != null && o != i && pred[o] != pred[i]) {
                k[1]++;
                if (ex.length() < 2000) ex.append("  missed ").append(it.doc().id()).append('\n');
            }
            for (int j = 0; j < items.size(); j++) {
                if (j != i && pred[j] == pred[i] && items.get(j).label() != it.label()) {
                    k[2]++;
                    if (ex.length() < 4000) ex.append("  wrong ").append(it.doc().id()).append(" ~ ").append(items.get(j).doc().id()).append('\n');
                    break;
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        int good = 0;
        for (Cluster c : r.clusters()) if (c.canonical().endsWith("-original")) good++;
        sb.append(String.format(Locale.ROOT, "  canonical = original in %d of %d clusters%n", good, r.clusters().size()));
        for (Cluster c : r.clusters()) {
            if (!c.canonical().endsWith("-original") && ex.length() < 6000) ex.append("  canonical ").append(c.canonical()).append(": ").append(c.canonicalReason()).append('\n');
        }
        byKind.forEach((kind, k) -> sb.append(String.format(Locale.ROOT, "  %-14s %5d articles, %4d missed, %4d wrongly joined%n", kind, k[0], k[1], k[2])));
        return sb.append(ex).toString();
    }
}
