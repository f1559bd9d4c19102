package news.dedup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Scale benchmark: N generated short articles (default 1,000,000) deduplicated end to end,
 * passages included unless --no-passages. Prints time per stage, ARI against the generator's
 * labels and the peak heap. Run with -Xmx4g (see README, bench-dedup).
 */
public final class DedupScaleBenchmark {
    private DedupScaleBenchmark() {}

    public static void main(String[] args) {
        int n = 1_000_000;
        boolean passages = true, nearIdentical = false;
        for (String a : args) {
            if (a.equals("--no-passages")) passages = false;
            else if (a.equals("--near-identical")) nearIdentical = true;
            else n = Integer.parseInt(a.replace("_", ""));
        }
        java.util.concurrent.atomic.AtomicLong liveAfterGc = new java.util.concurrent.atomic.AtomicLong();
        for (java.lang.management.GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((javax.management.NotificationEmitter) gc).addNotificationListener((note, h) -> {
                if (!note.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) return;
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) note.getUserData());
                long used = 0;
                for (var u : info.getGcInfo().getMemoryUsageAfterGc().values()) used += u.getUsed();
                liveAfterGc.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        SyntheticArticles synthetic = nearIdentical ? null : new SyntheticArticles(n, 7L);
        DocSource corpus = nearIdentical ? nearIdentical(n) : synthetic;
        DedupOptions o = DedupOptions.defaults().withPassages(passages);
        long t0 = System.nanoTime();
        DedupResult r = new Deduplicator(o).run(corpus);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int[] truth = new int[n]; // near-identical: one story
        ClusterScore s = ClusterScore.of(nearIdentical ? truth : synthetic.labels(), r.labels());
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        }
        System.out.printf(Locale.ROOT, "%,d articles in %.1f s (%,.0f articles/s) on %d cores, max heap %d MB, "
                        + "peak heap used %d MB (sum of pool peaks, garbage included), peak live after GC %d MB%n",
                n, ms / 1000.0, n * 1000.0 / ms, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20, liveAfterGc.get() >> 20);
        System.out.printf(Locale.ROOT, "%d clusters, %d duplicate articles (%d exact), %d candidate pairs, %d verified, "
                        + "%d boilerplate shingles, %d passages%n", r.clusters().size(), r.duplicateArticles(),
                r.exactDuplicates(), r.candidatePairs(), r.verifiedPairs(), r.boilerplateShingles(), r.passages().size());
        System.out.println("stages (ms): " + r.timings());
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            System.out.printf(Locale.ROOT, "process CPU time %.1f s (all threads, generator included); load average at end %.1f%n",
                    os.getProcessCpuTime() / 1e9, os.getSystemLoadAverage());
        }
        System.out.println(s);
        System.out.println("output digest " + digest(r));
    }

    /**
     * {@code n} near-identical copies of one 400-word story (the mass a crawl of one syndicated
     * article gives): each differs from the base in one word and a reference line, so no two are
     * exact duplicates and every LSH band puts them all in one bucket.
     */
    static DocSource nearIdentical(int n) {
        String[] words = String.join(" ", SyndicationGenerator.story(new java.util.Random(1), 3, 16)).split(" ");
        return sink -> {
            for (int i = 0; i < n; i++) {
                String[] w = words.clone();
                w[i % w.length] = "changed" + (i % 97);
                sink.accept(new DedupDoc("copy-" + i, "site" + (i % 50) + ".example", null,
                        String.join(" ", w) + "\n\nReference " + i + "."));
            }
        };
    }

    /**
     * SHA-256 of everything a run reports (clusters with members, scores and relations; passages
     * with texts and occurrences; the counts): equal digests = identical output, which is how a
     * speed-up is checked not to change results.
     */
    static String digest(DedupResult r) {
        try {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            java.util.function.Consumer<Object> put = o -> md.update((String.valueOf(o) + "\u0000")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            put.accept(r.articles() + "/" + r.emptyArticles() + "/" + r.exactDuplicates() + "/" + r.boilerplateShingles()
                    + "/" + r.candidatePairs() + "/" + r.verifiedPairs());
            for (Cluster c : r.clusters()) put.accept(c);
            for (Passage p : r.passages()) put.accept(p);
            put.accept(java.util.Arrays.toString(r.clusterOf()));
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
