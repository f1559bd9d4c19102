package news.dedup;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import news.util.Futures;

/**
 * Exact and near-duplicate detection at corpus scale.
 *
 * <ol>
 *   <li>Fingerprint (streaming, parallel): normalised words, exact-text hash, sorted 32-bit
 *       shingle set, MinHash signature, reduced at once to one 32-bit key per LSH band (the
 *       signature itself is not kept).</li>
 *   <li>Exact duplicates: equal exact-text hashes are united directly; only one article per exact
 *       group enters LSH.</li>
 *   <li>LSH: per band, sort (key, article) and take equal keys as candidates.</li>
 *   <li>Verification (parallel): exact Jaccard and containment in both directions from the
 *       shingle sets; only verified pairs are united (union-find), never raw LSH hits.</li>
 *   <li>Clusters: canonical member and each member's relation to it.</li>
 * </ol>
 * Memory is the fingerprints: about 4 bytes a word (shingles) + 4 bytes a band + the id per
 * article; texts are never held.
 */
public final class Deduplicator {
    private static final int BATCH = 256;

    private final DedupOptions options;
    private final MinHash minHash;

    public Deduplicator(DedupOptions options) {
        this.options = options;
        this.minHash = new MinHash(options.permutations(), DedupOptions.SEED);
    }

    public DedupOptions options() {
        return options;
    }

    public MinHash minHash() {
        return minHash;
    }

    public DedupResult run(DocSource source) {
        return run(source, message -> { });
    }

    /**
     * As {@link #run(DocSource)}; an id that occurs again (two inputs with one id) is renamed
     * {@code id~2}, {@code id~3}, … (the way {@code list} and {@code clean} disambiguate ids
     * inside a file), in every pass and in the result, and {@code warnings} is told; never fatal.
     */
    public DedupResult run(DocSource source, java.util.function.Consumer<String> warnings) {
        Map<String, Long> timings = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Map<Integer, String> renamed = new java.util.HashMap<>();
        Fingerprints fp = fingerprint(source, renamed);
        for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(renamed).entrySet()) {
            String id = e.getValue();
            warnings.accept("duplicate article id " + id.substring(0, id.lastIndexOf('~')) + " (article " + (e.getKey() + 1)
                    + " in input order): renamed " + id);
        }
        if (!renamed.isEmpty()) source = renaming(source, renamed);
        long t1 = System.nanoTime();
        timings.put("fingerprint_ms", (t1 - t0) / 1_000_000);

        int n = fp.size;
        int boilerplateShingles = BoilerplateShingles.suppress(fp, options.boilerplateDf(n), options.minContainedShingles(),
                options.threads());
        computeBandKeys(fp);
        long t1b = System.nanoTime();
        timings.put("signatures_ms", (t1b - t1) / 1_000_000);
        t1 = t1b;
        UnionFind uf = new UnionFind(n);
        // exact groups: sort (hash, index) and unite equal hashes; empty texts stay alone
        int[] exactRep = exactGroups(fp, uf);
        int exactDuplicates = 0;
        for (int i = 0; i < n; i++) if (exactRep[i] != i) exactDuplicates++;

        long[] candidates = lshCandidates(fp, exactRep);
        for (int i = 0; i < n; i++) fp.bandKeys[i] = null;
        long t2 = System.nanoTime();
        timings.put("lsh_ms", (t2 - t1) / 1_000_000);

        byte[] verified = verify(fp, candidates);
        int verifiedPairs = 0;
        for (int k = 0; k < candidates.length; k++) {
            if (verified[k] == SIMILAR) {
                verifiedPairs++;
                uf.union((int) (candidates[k] >>> 32), (int) candidates[k]);
            }
        }
        verifiedPairs += uniteContained(fp, candidates, verified, uf);
        long t3 = System.nanoTime();
        timings.put("verify_ms", (t3 - t2) / 1_000_000);

        List<Cluster> clusters = new ArrayList<>();
        int[] clusterOf = new int[n];
        Arrays.fill(clusterOf, -1);
        int[] canonicalOf = buildClusters(fp, uf, clusters, clusterOf);
        long t4 = System.nanoTime();
        timings.put("cluster_ms", (t4 - t3) / 1_000_000);

        String[] ids = fp.ids;
        int empty = 0;
        for (int i = 0; i < n; i++) if (fp.shingles[i].length == 0) empty++;
        List<Passage> passages = List.of();
        if (options.passages()) {
            boolean[] participates = new boolean[n];
            for (int i = 0; i < n; i++) participates[i] = canonicalOf[i] == i && fp.words[i] >= options.passageWords();
            // shingle sets are no longer needed: free them before the passage passes
            for (int i = 0; i < n; i++) fp.shingles[i] = null;
            passages = new PassageFinder(options.passageWords(), options.threads())
                    .find(source, n, participates, fp.sites, fp.published, fp.words);
        }
        long t5 = System.nanoTime();
        timings.put("passages_ms", (t5 - t4) / 1_000_000);
        timings.put("total_ms", (t5 - t0) / 1_000_000);
        return new DedupResult(options, n, empty, exactDuplicates, boilerplateShingles, candidates.length, verifiedPairs, clusters,
                passages, Arrays.copyOf(ids, n), clusterOf, timings);
    }

    // ---- 1. fingerprints ------------------------------------------------------------------

    Fingerprints fingerprint(DocSource source) {
        return fingerprint(source, new java.util.HashMap<>());
    }

    /** Fingerprints in input order; ids seen before are renamed (index -> new id in {@code renamed}). */
    Fingerprints fingerprint(DocSource source, Map<Integer, String> renamed) {
        Fingerprints fp = new Fingerprints();
        int threads = options.threads();
        Set<String> seenIds = new HashSet<>();
        int[] index = {0};
        if (threads <= 1) {
            source.forEach(d -> {
                append(fp, Fingerprints.compute(unique(seenIds, d, index[0]++, renamed), options));
            });
            return fp;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "news-dedup");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Fingerprints.One[]>> inFlight = new ArrayDeque<>();
        List<DedupDoc> batch = new ArrayList<>(BATCH);
        try {
            source.forEach(d -> {
                batch.add(unique(seenIds, d, index[0]++, renamed));
                if (batch.size() == BATCH) {
                    DedupDoc[] work = batch.toArray(new DedupDoc[0]);
                    batch.clear();
                    inFlight.add(pool.submit(() -> computeAll(work)));
                    while (inFlight.size() > threads * 2) appendAll(fp, Futures.join(inFlight.removeFirst()));
                }
            });
            if (!batch.isEmpty()) {
                DedupDoc[] work = batch.toArray(new DedupDoc[0]);
                inFlight.add(pool.submit(() -> computeAll(work)));
            }
            while (!inFlight.isEmpty()) appendAll(fp, Futures.join(inFlight.removeFirst()));
        } finally {
            pool.shutdownNow();
        }
        return fp;
    }

    /** MinHash signatures reduced to band keys, in parallel over the stored shingle sets. */
    void computeBandKeys(Fingerprints fp) {
        int n = fp.size, threads = options.threads();
        java.util.stream.IntStream.range(0, threads).parallel().forEach(t -> {
            for (int i = t; i < n; i += threads) {
                int[] keys = Fingerprints.bandKeys(fp.shingles[i], options.lsh(), minHash);
                int[] lead = fp.leadKeys[i];
                if (keys != null) {
                    // the lead bands follow the signature's bands (an empty set has neither)
                    keys = Arrays.copyOf(keys, keys.length + Fingerprints.LEAD_BANDS);
                    System.arraycopy(lead, 0, keys, keys.length - Fingerprints.LEAD_BANDS, Fingerprints.LEAD_BANDS);
                }
                fp.bandKeys[i] = keys;
                fp.leadKeys[i] = null;
            }
        });
    }

    private static DedupDoc unique(Set<String> seen, DedupDoc d, int index, Map<Integer, String> renamed) {
        if (seen.add(d.id())) return d;
        String id = d.id();
        int k = 2;
        while (!seen.add(id + "~" + k)) k++;
        renamed.put(index, id + "~" + k);
        return new DedupDoc(id + "~" + k, d.site(), d.published(), d.text());
    }

    /** The source with the renamed articles under their new ids (every later pass). */
    private static DocSource renaming(DocSource source, Map<Integer, String> renamed) {
        return new DocSource() {
            @Override
            public void forEach(java.util.function.Consumer<DedupDoc> sink) {
                int[] i = {0};
                source.forEach(d -> sink.accept(rename(i[0]++, d)));
            }

            @Override
            public void forEachSelected(java.util.function.IntPredicate wanted, IndexedSink sink) {
                source.forEachSelected(wanted, (i, d) -> sink.accept(i, rename(i, d)));
            }

            private DedupDoc rename(int i, DedupDoc d) {
                String id = renamed.get(i);
                return id == null ? d : new DedupDoc(id, d.site(), d.published(), d.text());
            }
        };
    }

    private Fingerprints.One[] computeAll(DedupDoc[] docs) {
        Fingerprints.One[] out = new Fingerprints.One[docs.length];
        for (int i = 0; i < docs.length; i++) out[i] = Fingerprints.compute(docs[i], options);
        return out;
    }

    private static void appendAll(Fingerprints fp, Fingerprints.One[] ones) {
        for (Fingerprints.One o : ones) append(fp, o);
    }

    private static void append(Fingerprints fp, Fingerprints.One o) {
        fp.add(o.id(), o.site(), o.published(), o.words(), o.exact(), o.shingles(), o.bandKeys(), o.leadKeys(),
                o.marked());
    }

    // ---- 2. exact duplicates -------------------------------------------------------------

    /** Unites equal normalised texts; returns for each article the first article of its exact group. */
    static int[] exactGroups(Fingerprints fp, UnionFind uf) {
        int n = fp.size;
        int[] rep = new int[n];
        for (int i = 0; i < n; i++) rep[i] = i;
        long[] keyed = new long[n];
        int m = 0;
        // sort indices by exact hash: pack (hash high 32 bits, index) and confirm full hash equality
        for (int i = 0; i < n; i++) if (fp.shingles[i].length > 0) keyed[m++] = ((fp.exact[i] >>> 32) << 32) | i;
        keyed = Arrays.copyOf(keyed, m);
        Arrays.sort(keyed);
        int s = 0;
        while (s < m) {
            int e = s + 1;
            while (e < m && (keyed[e] >>> 32) == (keyed[s] >>> 32)) e++;
            if (e - s > 1) {
                // within a run of equal high halves, group by the full hash (first index wins)
                for (int a = s; a < e; a++) {
                    int ia = (int) keyed[a];
                    if (rep[ia] != ia) continue;
                    for (int b = a + 1; b < e; b++) {
                        int ib = (int) keyed[b];
                        if (rep[ib] == ib && fp.exact[ib] == fp.exact[ia]) {
                            rep[ib] = ia;
                            uf.union(ia, ib);
                        }
                    }
                }
            }
            s = e;
        }
        return rep;
    }

    // ---- 3. LSH candidates -------------------------------------------------------------

    /**
     * Candidate pairs (i << 32 | j, i < j), sorted and distinct, among exact-group representatives.
     * Bands are independent: each worker takes every T-th band with its own pair list; the lists
     * are merged and sorted at the end, so the result does not depend on the split.
     */
    long[] lshCandidates(Fingerprints fp, int[] exactRep) {
        int n = fp.size;
        int m = 0;
        for (int i = 0; i < n; i++) if (exactRep[i] == i && fp.bandKeys[i] != null) m++;
        int[] reps = new int[m];
        m = 0;
        for (int i = 0; i < n; i++) if (exactRep[i] == i && fp.bandKeys[i] != null) reps[m++] = i;
        int bands = options.lsh().bands() + Fingerprints.LEAD_BANDS;
        int workers = Math.max(1, Math.min(options.threads(), bands));
        PairList[] lists = new PairList[workers];
        java.util.stream.IntStream.range(0, workers).parallel().forEach(t -> {
            PairList pairs = new PairList();
            long[] keyed = new long[reps.length];
            long[] scratch = new long[reps.length];
            int[] counts = new int[1 << 16];
            for (int b = t; b < bands; b += workers) {
                for (int k = 0; k < reps.length; k++) keyed[k] = ((long) fp.bandKeys[reps[k]][b] << 32) | reps[k];
                sortByHighHalf(keyed, scratch, counts);
                bucketPairs(keyed, pairs, b >= options.lsh().bands() ? fp.shingles : null);
                pairs.compactIfLarge();
            }
            lists[t] = pairs;
        });
        PairList all = lists[0];
        for (int t = 1; t < workers; t++) all.addAll(lists[t]);
        return all.sortedDistinct();
    }

    /**
     * Pairs within each run of equal keys (a sorted band): each member with the previous
     * {@code maxBucket} ones. For a lead band ({@code excerptOnly} given: the shingle sets) only
     * pairs where one article is less than half the other's length: the lead bands are there
     * for excerpts, which the signature's bands miss; articles of similar length that share only
     * an opening (a byline and dateline, a spliced lead) would be candidates for nothing.
     */
    private void bucketPairs(long[] keyed, PairList pairs, int[][] excerptOnly) {
        int m = keyed.length;
        int maxBucket = options.maxBucket();
        int s = 0;
        while (s < m) {
            int e = s + 1;
            while (e < m && (keyed[e] >>> 32) == (keyed[s] >>> 32)) e++;
            // a bucket of more than 4 × maxBucket members pairs each with the bucket's first
            // (its smallest index, the same in most bands) only: a mass of near-identical
            // articles (20,000 in one bucket of every band) costs one pair a member, not 200 a
            // member in every band; the star joins a mass whose members verify with its first,
            // and true pairs inside a junk bucket are proposed by their other bands
            int size = e - s;
            int window = size <= 4 * maxBucket ? maxBucket : 0;
            for (int x = s + 1; x < e; x++) {
                int j = (int) keyed[x];
                if (x - window > s) addPair(pairs, (int) keyed[s], j, excerptOnly);
                for (int y = Math.max(s, x - window); y < x; y++) {
                    addPair(pairs, (int) keyed[y], j, excerptOnly);
                }
            }
            s = e;
        }
    }

    private static void addPair(PairList pairs, int i, int j, int[][] excerptOnly) {
        if (excerptOnly != null) {
            int a = excerptOnly[i].length, c = excerptOnly[j].length;
            if (2 * Math.min(a, c) >= Math.max(a, c)) return;
        }
        pairs.add(((long) i << 32) | j);
    }

    /**
     * Sorts (key << 32 | index) values by their signed high half, stably: two counting passes of
     * 16 bits instead of a comparison sort (64 bands of a million articles each). The low halves
     * are the article indices, filled in increasing order, so the stable order equals the order
     * {@code Arrays.sort} gives these longs.
     */
    static void sortByHighHalf(long[] a, long[] scratch, int[] counts) {
        radixPass(a, scratch, counts, 32, 0);
        radixPass(scratch, a, counts, 48, 0x8000); // top 16 bits, sign flipped: signed order
    }

    private static void radixPass(long[] from, long[] to, int[] counts, int shift, int flip) {
        java.util.Arrays.fill(counts, 0);
        for (long x : from) counts[((int) (x >>> shift) & 0xFFFF) ^ flip]++;
        int sum = 0;
        for (int d = 0; d < counts.length; d++) {
            int c = counts[d];
            counts[d] = sum;
            sum += c;
        }
        for (long x : from) to[counts[((int) (x >>> shift) & 0xFFFF) ^ flip]++] = x;
    }

    /** A growable list of packed pairs, compacted (sort + distinct) when it grows large. */
    static final class PairList {
        private long[] a = new long[1024];
        private int n;
        private int compactedAt = 1 << 20;

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        void addAll(PairList other) {
            if (n + other.n > a.length) a = Arrays.copyOf(a, Math.max(a.length * 2, n + other.n));
            System.arraycopy(other.a, 0, a, n, other.n);
            n += other.n;
        }

        void compactIfLarge() {
            if (n < compactedAt) return;
            long[] d = sortedDistinct();
            a = Arrays.copyOf(d, Math.max(1024, d.length * 2));
            n = d.length;
            compactedAt = Math.max(1 << 20, n * 2);
        }

        long[] sortedDistinct() {
            Arrays.parallelSort(a, 0, n);
            int m = 0;
            for (int i = 0; i < n; i++) if (m == 0 || a[i] != a[m - 1]) a[m++] = a[i];
            return Arrays.copyOf(a, m);
        }
    }

    // ---- 4. verification --------------------------------------------------------------

    static final byte REJECTED = 0, SIMILAR = 1, CONTAINED_IN_J = 2, CONTAINED_IN_I = 3;

    /**
     * Verdict per candidate pair (i, j): SIMILAR when the Jaccard passes; else CONTAINED_IN_J /
     * CONTAINED_IN_I when the smaller one is a shortened copy of the other; else REJECTED.
     */
    byte[] verify(Fingerprints fp, long[] candidates) {
        byte[] ok = new byte[candidates.length];
        int threads = options.threads();
        int chunk = Math.max(1, (candidates.length + threads - 1) / threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int from = t * chunk, to = Math.min(candidates.length, from + chunk);
            if (from >= to) break;
            Runnable r = () -> {
                for (int k = from; k < to; k++) {
                    int i = (int) (candidates[k] >>> 32), j = (int) candidates[k];
                    Shingles.Overlap o = Shingles.overlap(fp.shingles[i], fp.shingles[j]);
                    if (o.jaccard() >= options.threshold()) {
                        ok[k] = SIMILAR;
                    } else if (options.verifies(o)) {
                        ok[k] = o.containmentOfAInB() >= o.containmentOfBInA() ? CONTAINED_IN_J : CONTAINED_IN_I;
                    }
                }
            };
            if (threads == 1) {
                r.run();
            } else {
                Thread th = new Thread(r, "news-dedup-verify");
                th.start();
                workers.add(th);
            }
        }
        for (Thread th : workers) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return ok;
    }

    /**
     * Containment is directed: a shortened copy is contained in its original, but also in any
     * longer text that happens to carry the same part (a splice of two stories). Uniting every
     * containment pair would bridge those distinct stories through the short copy, so each
     * contained article joins only its best container (highest containment, then Jaccard, then
     * smallest id). Returns the number of pairs united.
     */
    int uniteContained(Fingerprints fp, long[] candidates, byte[] verdict, UnionFind uf) {
        int n = fp.size;
        int[] best = new int[n];
        double[] bestScore = new double[n];
        java.util.Arrays.fill(best, -1);
        for (int k = 0; k < candidates.length; k++) {
            if (verdict[k] != CONTAINED_IN_J && verdict[k] != CONTAINED_IN_I) continue;
            int i = (int) (candidates[k] >>> 32), j = (int) candidates[k];
            int small = verdict[k] == CONTAINED_IN_J ? i : j, big = small == i ? j : i;
            Shingles.Overlap o = Shingles.overlap(fp.shingles[small], fp.shingles[big]);
            double score = o.containmentOfAInB() * 2 + o.jaccard();
            if (best[small] < 0 || score > bestScore[small]
                    || (score == bestScore[small] && fp.ids[big].compareTo(fp.ids[best[small]]) < 0)) {
                best[small] = big;
                bestScore[small] = score;
            }
        }
        int united = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] >= 0) {
                uf.union(i, best[i]);
                united++;
            }
        }
        return united;
    }

    // ---- 5. clusters -------------------------------------------------------------------

    /** Fills {@code clusters} and {@code clusterOf}; returns each article's canonical (itself when alone). */
    int[] buildClusters(Fingerprints fp, UnionFind uf, List<Cluster> clusters, int[] clusterOf) {
        int n = fp.size;
        int[] root = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            root[i] = uf.find(i);
            count[root[i]]++;
        }
        // members of each root, in input order (counting sort by root)
        int[] start = new int[n + 1];
        for (int i = 0; i < n; i++) start[i + 1] = start[i] + count[i];
        int[] fill = Arrays.copyOf(start, n);
        int[] members = new int[n];
        for (int i = 0; i < n; i++) members[fill[root[i]]++] = i;

        int[] canonicalOf = new int[n];
        for (int i = 0; i < n; i++) canonicalOf[i] = i;
        // clusters ordered by their canonical's input position
        List<int[]> groups = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            if (count[r] < 2) continue;
            int[] g = Arrays.copyOfRange(members, start[r], start[r + 1]);
            groups.add(g);
        }
        List<long[]> order = new ArrayList<>();
        int[] canon = new int[groups.size()];
        String[] reasons = new String[groups.size()];
        for (int k = 0; k < groups.size(); k++) {
            Canonical c = chooseCanonical(fp, groups.get(k));
            canon[k] = c.index();
            reasons[k] = c.reason();
            order.add(new long[] {c.index(), k});
        }
        order.sort((x, y) -> Long.compare(x[0], y[0]));
        int number = 0;
        for (long[] o : order) {
            int k = (int) o[1];
            int c = canon[k];
            int[] g = groups.get(k);
            List<Cluster.Member> ms = new ArrayList<>();
            ms.add(new Cluster.Member(fp.ids[c], 1.0, 1.0, Relation.CANONICAL));
            for (int i : g) {
                canonicalOf[i] = c;
                clusterOf[i] = number;
                if (i == c) continue;
                Shingles.Overlap ov = Shingles.overlap(fp.shingles[i], fp.shingles[c]);
                ms.add(new Cluster.Member(fp.ids[i], round(ov.jaccard()), round(ov.containmentOfAInB()),
                        relation(fp, i, c, ov, g)));
            }
            number++;
            clusters.add(new Cluster("c" + number, fp.ids[c], reasons[k], ms));
        }
        return canonicalOf;
    }

    /** Members compared with a member when it is not directly a duplicate of the canonical. */
    private static final int RELATION_PEERS = 50;

    /**
     * How member {@code i} relates to canonical {@code c}: exact when its normalised text equals
     * the canonical's or another member's; near_duplicate when its Jaccard with the canonical
     * passes; contained when it is a shortened copy of the canonical; else the same tests against
     * the other members it was linked through (a truncated copy of a copy is contained).
     */
    Relation relation(Fingerprints fp, int i, int c, Shingles.Overlap withCanonical, int[] group) {
        for (int k = 0, seen = 0; k < group.length && seen < RELATION_PEERS; k++) {
            int j = group[k];
            if (j == i) continue;
            seen++;
            if (fp.exact[j] == fp.exact[i] || fp.exact[c] == fp.exact[i]) return Relation.EXACT;
        }
        if (withCanonical.jaccard() >= options.threshold()) return Relation.NEAR_DUPLICATE;
        if (isContained(withCanonical)) return Relation.CONTAINED;
        for (int k = 0, seen = 0; k < group.length && seen < RELATION_PEERS; k++) {
            int j = group[k];
            if (j == i || j == c) continue;
            seen++;
            Shingles.Overlap o = Shingles.overlap(fp.shingles[i], fp.shingles[j]);
            if (o.jaccard() < options.threshold() && isContained(o)) return Relation.CONTAINED;
        }
        return Relation.NEAR_DUPLICATE;
    }

    /** A (first set) is a shortened copy of B (second set). */
    private boolean isContained(Shingles.Overlap o) {
        return o.sizeA() >= options.minContainedShingles() && o.sizeA() < o.sizeB()
                && o.containmentOfAInB() >= options.containment();
    }

    static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }

    record Canonical(int index, String reason) {
    }

    /** Below this share of its shingles, what only one member has is added chrome, not more story. */
    private static final double ADDED_CHROME = 0.15;

    /** Members a candidate canonical is compared with (the first ones in input order): bounded work on huge clusters. */
    private static final int CANONICAL_PEERS = 32;

    /**
     * The copy to keep: the earliest published when any member's date is known (the original
     * the others copied). Else (and among equally early ones) the copy that is the others' source
     * as far as the texts tell: not marked as an excerpt or reprint ("Read the full story at …",
     * {@link ExcerptMarkers}) unless all are; then the one that contains the others best and adds
     * least chrome of its own: 2 × the mean containment of the other members in it, minus 3 × the
     * share of its shingles found in no other member when that share is under 15% (a copy with an
     * added byline or footer contains the original too, but its additions are found nowhere
     * else; a larger share is story the others cut); then most words; ties go to the smaller id, so the
     * choice does not depend on input order. Scores are against at most
     * {@link #CANONICAL_PEERS} members (the first in input order). The reason says which rule
     * decided.
     */
    static Canonical chooseCanonical(Fingerprints fp, int[] group) {
        long earliest = Published.UNKNOWN;
        for (int i : group) earliest = Math.min(earliest, fp.published[i]);
        boolean anyDate = earliest != Published.UNKNOWN;
        int[] pool = group;
        if (anyDate) {
            int m = 0;
            for (int i : group) if (fp.published[i] == earliest) m++;
            pool = new int[m];
            m = 0;
            for (int i : group) if (fp.published[i] == earliest) pool[m++] = i;
        }
        String dateReason = anyDate ? "earliest published (" + java.time.Instant.ofEpochSecond(earliest) + ")" : "no publication dates";
        if (pool.length == 1) return new Canonical(pool[0], dateReason);
        boolean anyUnmarked = false, anyMarked = false;
        for (int i : pool) {
            if (fp.marked[i]) anyMarked = true;
            else anyUnmarked = true;
        }
        int[] peers = Arrays.copyOf(group, Math.min(group.length, CANONICAL_PEERS));
        int best = -1;
        double bestScore = 0, bestContain = 0, bestOwn = 0;
        boolean tie = false;
        for (int i : pool) {
            if (anyUnmarked && fp.marked[i]) continue;
            double contain = 0;
            int compared = 0;
            int[] sh = fp.shingles[i];
            boolean[] foundElsewhere = new boolean[sh.length];
            for (int j : peers) {
                if (j == i) continue;
                int[] other = fp.shingles[j];
                compared++;
                int inter = 0;
                for (int a = 0, b = 0; a < sh.length && b < other.length; ) {
                    if (sh[a] == other[b]) {
                        foundElsewhere[a] = true;
                        inter++;
                        a++;
                        b++;
                    } else if (sh[a] < other[b]) {
                        a++;
                    } else {
                        b++;
                    }
                }
                contain += other.length == 0 ? 0 : inter / (double) other.length;
            }
            int found = 0;
            for (boolean f : foundElsewhere) if (f) found++;
            double meanContain = compared == 0 ? 0 : contain / compared;
            double own = sh.length == 0 ? 0 : 1 - found / (double) sh.length;
            // material of its own counts against a copy when it is chrome-sized (a byline, a
            // footer: under ADDED_CHROME of its shingles); more is story the others lack (their
            // truncations), which the containment term already rewards
            double score = round(2 * meanContain - (own < ADDED_CHROME ? 3 * own : 0));
            int cmp = best < 0 ? -1 : -Double.compare(score, bestScore);
            if (cmp == 0) cmp = -Integer.compare(fp.words[i], fp.words[best]);
            boolean sameScore = best >= 0 && score == bestScore && fp.words[i] == fp.words[best];
            if (cmp == 0) cmp = fp.ids[i].compareTo(fp.ids[best]);
            if (cmp < 0) {
                tie = sameScore;
                best = i;
                bestScore = score;
                bestContain = meanContain;
                bestOwn = own;
            } else if (sameScore) {
                tie = true;
            }
        }
        StringBuilder reason = new StringBuilder(dateReason);
        if (anyDate) reason.append(", then");
        reason.append(anyDate ? " " : "; ");
        if (anyMarked && anyUnmarked) reason.append("not marked as an excerpt or reprint; ");
        reason.append(String.format(java.util.Locale.ROOT, "contains the others best (mean containment %.2f, %.0f%% of its own)",
                bestContain, 100 * bestOwn));
        if (tie) reason.append("; tie broken by smallest id");
        return new Canonical(best, reason.toString());
    }
}
