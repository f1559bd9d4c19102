package news.dedup;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import news.util.Futures;
import news.util.Hashing;

/**
 * Shared passages between different stories, in the spirit of passim: word n-gram anchors that
 * occur in two or more articles are chained along each pair's alignment diagonal into maximal
 * shared spans, which are then looked up in every article carrying them. Works below the
 * sentence: a quote embedded in a longer sentence in one article and standing alone in another
 * is found as the words both share.
 *
 * <p>Only one article per duplicate cluster takes part (its canonical): members of a cluster
 * share nearly everything, which the cluster already says; a passage shared inside a cluster
 * is not news. Streaming passes over the source, memory bounded by the shared anchors:
 * <ol>
 *   <li>a two-bit sketch marks anchor hashes seen in two or more articles (all cores);</li>
 *   <li>only anchors the sketch marks are recorded (hash, article, word position), from the
 *       anchors kept by pass 1 when they fit a third of the heap, else by re-reading;</li>
 *   <li>articles carrying a passage are re-read to turn word spans into character offsets.</li>
 * </ol>
 */
public final class PassageFinder {
    /** Anchors carried by more articles than this pair only with their first article (star), not all pairs. */
    static final int ALL_PAIRS_LIMIT = 50;

    private final int n;
    private final int threads;

    /** Anchors kept between passes 1 and 2 at most (longs); beyond that pass 2 re-reads the source. */
    private final long storeBudget;

    public PassageFinder(int anchorWords, int threads) {
        this(anchorWords, threads, storeBudget());
    }

    PassageFinder(int anchorWords, int threads, long storeBudget) {
        if (anchorWords < 2 || threads < 1 || storeBudget < 0) throw new IllegalArgumentException("bad passage finder settings");
        this.n = anchorWords;
        this.threads = threads;
        this.storeBudget = storeBudget;
    }

    public List<Passage> find(DocSource source, int docs, boolean[] participates, String[] sites, long[] published,
                              int[] words) {
        long totalAnchors = 0;
        for (int i = 0; i < docs; i++) if (participates[i]) totalAnchors += Math.max(0, words[i] - n + 1);
        if (totalAnchors == 0) return List.of();
        int bits = (int) Math.max(16, Math.min(31, 64 - Long.numberOfLeadingZeros(totalAnchors * 16)));
        Sketch sketch = new Sketch(bits);

        // pass 1 (all cores): sketch of anchors seen in >= 2 articles (false positives are
        // filtered later); the anchors are kept for pass 2 while they fit the memory budget
        long[][] stored = totalAnchors <= storeBudget ? new long[docs][] : null;
        ThreadLocal<LongSet> distinct = ThreadLocal.withInitial(LongSet::new);
        parallelPass(source, i -> participates[i], (i, d) -> {
            long[] a = anchors(Tokens.wordHashes(d.text()));
            LongSet seen = distinct.get();
            seen.clear(a.length);
            for (long h : a) seen.add(h);
            sketch.addAll(seen);
            return a;
        }, (i, a) -> {
            if (stored != null) stored[i] = a;
        });

        // pass 2: records of marked anchors, per article in word order
        Records rec;
        if (stored != null) {
            rec = recordsFromStore(stored, sketch, docs);
        } else {
            Records r = new Records(docs);
            parallelPass(source, i -> participates[i], (i, d) -> marked(anchors(Tokens.wordHashes(d.text())), sketch),
                    (i, m) -> r.addAll(i, m));
            r.finish(docs);
            rec = r;
        }

        Groups groups = new Groups(rec);
        // maximal shared spans per pair of articles, keyed by the chain of anchors they consist of
        Map<Long, long[]> spans = new ConcurrentHashMap<>();
        IntStream.range(0, threads).parallel().forEach(t -> {
            for (int a = t; a < docs; a += threads) pairSpans(a, rec, groups, spans);
        });

        // every article carrying each span
        List<long[]> found = new ArrayList<>(); // {refRecord, chainLength}
        for (long[] v : spans.values()) found.add(v);
        found.sort((x, y) -> Long.compare(x[0] * 4096 + x[1], y[0] * 4096 + y[1]));
        List<int[][]> occ = new ArrayList<>(); // per passage: {doc, tokStart, tokEnd}[]
        for (long[] f : found) {
            int[][] o = occurrences(rec, groups, (int) f[0], (int) f[1]);
            if (o != null) occ.add(o);
        }

        // pass 3: character offsets and texts
        List<List<int[]>> byDoc = new ArrayList<>(docs);
        for (int i = 0; i < docs; i++) byDoc.add(null);
        for (int p = 0; p < occ.size(); p++) {
            for (int[] o : occ.get(p)) {
                if (byDoc.get(o[0]) == null) byDoc.set(o[0], new ArrayList<>());
                byDoc.get(o[0]).add(new int[] {p, o[1], o[2], 0, 0});
            }
        }
        int[] first = new int[occ.size()];
        for (int p = 0; p < occ.size(); p++) {
            int best = -1;
            for (int[] o : occ.get(p)) {
                int d = o[0];
                if (best < 0 || published[d] < published[best] || (published[d] == published[best] && d < best)) best = d;
            }
            first[p] = best;
        }
        String[] texts = new String[occ.size()];
        String[] idOf = new String[docs];
        source.forEachSelected(i -> byDoc.get(i) != null, (i, d) -> {
            List<int[]> mine = byDoc.get(i);
            idOf[i] = d.id();
            Tokens t = Tokens.of(d.text());
            for (int[] m : mine) {
                m[3] = t.starts()[m[1]];
                m[4] = t.ends()[m[2] - 1];
                if (first[m[0]] == i && texts[m[0]] == null) texts[m[0]] = d.text().substring(m[3], m[4]);
            }
        });

        List<Passage> out = new ArrayList<>();
        List<List<Passage.Occurrence>> occurrences = new ArrayList<>();
        for (int p = 0; p < occ.size(); p++) occurrences.add(new ArrayList<>());
        for (int i = 0; i < docs; i++) {
            List<int[]> mine = byDoc.get(i);
            if (mine == null) continue;
            mine.sort((x, y) -> Integer.compare(x[3], y[3]));
            for (int[] m : mine) occurrences.get(m[0]).add(new Passage.Occurrence(idOf[i], m[3], m[4]));
        }
        Integer[] order = new Integer[occ.size()];
        for (int p = 0; p < order.length; p++) order[p] = p;
        int[] firstStart = new int[occ.size()];
        for (int p = 0; p < occ.size(); p++) {
            for (int[] o : occ.get(p)) if (o[0] == first[p]) { firstStart[p] = o[1]; break; }
        }
        Arrays.sort(order, (x, y) -> first[x] != first[y] ? Integer.compare(first[x], first[y])
                : firstStart[x] != firstStart[y] ? Integer.compare(firstStart[x], firstStart[y])
                : Integer.compare(texts[y].length(), texts[x].length()));
        int number = 0;
        for (int p : order) {
            Set<String> known = new HashSet<>();
            int unknown = 0;
            Set<Integer> docsSeen = new HashSet<>();
            for (int[] o : occ.get(p)) {
                if (!docsSeen.add(o[0])) continue;
                if (sites[o[0]] == null) unknown++;
                else known.add(sites[o[0]]);
            }
            int siteCount = known.size() + unknown;
            boolean boilerplate = unknown == 0 && known.size() == 1;
            out.add(new Passage("p" + (++number), texts[p], occurrences.get(p), idOf[first[p]], siteCount, boilerplate));
        }
        return out;
    }

    /**
     * Anchors kept between passes 1 and 2 (8 bytes each) when they fit a third of the maximum
     * heap: pass 2 then reads them instead of re-reading (for the CLI: re-loading and
     * re-cleaning) every article. Either way the records, and so the output, are the same.
     */
    static long storeBudget() {
        return Runtime.getRuntime().maxMemory() / 3 / Long.BYTES;
    }

    /** The anchors of {@code a} the sketch marks, with their word positions: {positions as longs..., hashes...}. */
    static long[] marked(long[] a, Sketch sketch) {
        int[] at = new int[a.length];
        int m = 0;
        for (int p = 0; p < a.length; p++) if (sketch.shared(a[p])) at[m++] = p; // one sketch read per anchor
        long[] out = new long[2 * m];
        for (int k = 0; k < m; k++) {
            out[k] = at[k];
            out[m + k] = a[at[k]];
        }
        return out;
    }

    /** Pass 2 over the kept anchors: contiguous ranges of articles on all cores, joined in article order. */
    private Records recordsFromStore(long[][] stored, Sketch sketch, int docs) {
        int parts = Math.max(1, Math.min(threads * 4, docs));
        long[][][] marks = new long[parts][][];
        IntStream range = IntStream.range(0, parts);
        (threads > 1 ? range.parallel() : range).forEach(part -> {
            int from = (int) ((long) docs * part / parts), to = (int) ((long) docs * (part + 1) / parts);
            long[][] mine = new long[to - from][];
            for (int i = from; i < to; i++) {
                if (stored[i] == null) continue;
                mine[i - from] = marked(stored[i], sketch);
                stored[i] = null; // freed as soon as read
            }
            marks[part] = mine;
        });
        Records rec = new Records(docs);
        for (int part = 0; part < parts; part++) {
            int from = (int) ((long) docs * part / parts);
            long[][] mine = marks[part];
            for (int k = 0; k < mine.length; k++) if (mine[k] != null) rec.addAll(from + k, mine[k]);
            marks[part] = null;
        }
        rec.finish(docs);
        return rec;
    }

    /** Receives a per-article result with the article's input position. */
    @FunctionalInterface
    interface IndexedResult<R> {
        void accept(int index, R result);
    }

    /**
     * One pass over the selected articles: {@code work} runs on all cores in batches, results
     * reach {@code sink} in input order on the calling thread; a bounded number of batches is in
     * flight, so memory stays flat.
     */
    private <R> void parallelPass(DocSource source, java.util.function.IntPredicate wanted,
                                  java.util.function.BiFunction<Integer, DedupDoc, R> work, IndexedResult<R> sink) {
        if (threads <= 1) {
            source.forEachSelected(wanted, (i, d) -> sink.accept(i, work.apply(i, d)));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "news-dedup-passages");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<Batch<R>>> inFlight = new ArrayDeque<>();
        @SuppressWarnings("unchecked") Batch<R>[] open = new Batch[] {new Batch<>(PASS_BATCH)};
        try {
            source.forEachSelected(wanted, (i, d) -> {
                Batch<R> b = open[0];
                b.add(i, d);
                if (b.size == PASS_BATCH) {
                    inFlight.add(pool.submit(() -> b.run(work)));
                    open[0] = new Batch<>(PASS_BATCH);
                    while (inFlight.size() > threads * 2) Futures.join(inFlight.removeFirst()).deliver(sink);
                }
            });
            Batch<R> last = open[0];
            if (last.size > 0) inFlight.add(pool.submit(() -> last.run(work)));
            while (!inFlight.isEmpty()) Futures.join(inFlight.removeFirst()).deliver(sink);
        } finally {
            pool.shutdownNow();
        }
    }

    private static final int PASS_BATCH = 256;

    /** A batch of articles of one pass and, once run, their results. */
    private static final class Batch<R> {
        final int[] index;
        final DedupDoc[] docs;
        Object[] results;
        int size;

        Batch(int capacity) {
            index = new int[capacity];
            docs = new DedupDoc[capacity];
        }

        void add(int i, DedupDoc d) {
            index[size] = i;
            docs[size] = d;
            size++;
        }

        Batch<R> run(java.util.function.BiFunction<Integer, DedupDoc, R> work) {
            results = new Object[size];
            for (int k = 0; k < size; k++) {
                results[k] = work.apply(index[k], docs[k]);
                docs[k] = null;
            }
            return this;
        }

        @SuppressWarnings("unchecked")
        void deliver(IndexedResult<R> sink) {
            for (int k = 0; k < size; k++) sink.accept(index[k], (R) results[k]);
        }
    }

    /**
     * The pass-1 sketch: two bits per anchor slot (seen in one article, seen in two or more),
     * side by side in one word so an anchor costs one cache miss, not two. Workers update it
     * atomically; the final bits are the same whatever the order of the updates.
     */
    static final class Sketch {
        private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);
        private final long[] words;
        private final int bits;

        Sketch(int bits) {
            if (bits < 6 || bits > 31) throw new IllegalArgumentException("sketch bits must be 6..31");
            this.bits = bits;
            this.words = new long[(int) ((1L << bits) >>> 5)];
        }

        private int slot(long h) {
            return (int) (h >>> (64 - bits));
        }

        /**
         * Counts one more article carrying each anchor of {@code anchors} (one article's distinct
         * anchors). The sketch is far larger than the caches, so each anchor costs a cache miss:
         * all words are first read with plain loads, which the processor overlaps, and only then
         * updated atomically while they are cached (an atomic update is a fence: issued directly,
         * the misses would be paid one after another).
         */
        void addAll(LongSet anchors) {
            long[] hs = anchors.values();
            int m = anchors.size();
            long[] seen = anchors.scratch();
            for (int k = 0; k < m; k++) seen[k] = words[slot(hs[k]) >>> 5]; // a stale value only costs an atomic update
            for (int k = 0; k < m; k++) {
                int slot = slot(hs[k]);
                long once = 1L << ((slot & 31) << 1), twice = once << 1;
                if ((seen[k] & twice) != 0) continue;
                int w = slot >>> 5;
                long prev = (long) WORDS.getAndBitwiseOr(words, w, once);
                if ((prev & once) != 0 && (prev & twice) == 0) WORDS.getAndBitwiseOr(words, w, twice);
            }
        }

        /** Was a slot of {@code h} counted for two or more articles (or collided with another anchor)? */
        boolean shared(long h) {
            int slot = slot(h);
            return (words[slot >>> 5] & (2L << ((slot & 31) << 1))) != 0;
        }
    }

    /**
     * One article's distinct anchors: a reusable open-addressing set that also lists its values
     * in insertion order (cleared per article).
     */
    static final class LongSet {
        private long[] keys = new long[1024];
        private boolean[] used = new boolean[1024];
        private int mask = 1023;
        private long[] values = new long[512];
        private long[] scratch = new long[512];
        private int size;

        void clear(int expected) {
            int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
            if (cap > keys.length) {
                keys = new long[cap];
                used = new boolean[cap];
            } else {
                Arrays.fill(used, false);
            }
            mask = keys.length - 1;
            if (values.length < expected) {
                values = new long[expected];
                scratch = new long[expected];
            }
            size = 0;
        }

        /** Adds {@code h}; false when it was already there. */
        boolean add(long h) {
            int i = (int) Hashing.mix(h) & mask;
            while (used[i]) {
                if (keys[i] == h) return false;
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = h;
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                scratch = new long[values.length];
            }
            values[size++] = h;
            return true;
        }

        int size() {
            return size;
        }

        /** The distinct values in insertion order: the first {@link #size()} entries. */
        long[] values() {
            return values;
        }

        /** Working space of {@link #size()} or more longs for the caller. */
        long[] scratch() {
            return scratch;
        }
    }

    /** Hash of every run of {@code n} words, by position. */
    long[] anchors(long[] tokens) {
        int m = tokens.length - n + 1;
        if (m <= 0) return new long[0];
        long[] out = new long[m];
        int i = 0;
        // four anchors at a time: independent hash chains overlap in the pipeline; same values
        for (; i + 4 <= m; i += 4) {
            long a0 = 0x1B873593L, a1 = a0, a2 = a0, a3 = a0;
            for (int j = 0; j < n; j++) {
                a0 = Hashing.combine(a0, tokens[i + j]);
                a1 = Hashing.combine(a1, tokens[i + 1 + j]);
                a2 = Hashing.combine(a2, tokens[i + 2 + j]);
                a3 = Hashing.combine(a3, tokens[i + 3 + j]);
            }
            out[i] = a0;
            out[i + 1] = a1;
            out[i + 2] = a2;
            out[i + 3] = a3;
        }
        for (; i < m; i++) {
            long acc = 0x1B873593L;
            for (int j = i; j < i + n; j++) acc = Hashing.combine(acc, tokens[j]);
            out[i] = acc;
        }
        return out;
    }

    /** Recorded anchors: parallel arrays, grouped by article, in word order within an article. */
    static final class Records {
        long[] hash = new long[1024];
        int[] doc = new int[1024];
        int[] pos = new int[1024];
        int size;
        final int[] docStart;

        Records(int docs) {
            docStart = new int[docs + 1];
        }

        /** Appends one article's marked anchors ({@link #marked} layout); articles must come in input order. */
        void addAll(int d, long[] marks) {
            int m = marks.length / 2;
            for (int k = 0; k < m; k++) add(marks[m + k], d, (int) marks[k]);
        }

        /** Sets every article's first record: the number of records of earlier articles. */
        void finish(int docs) {
            int r = 0;
            for (int k = 0; k <= docs; k++) {
                while (r < size && doc[r] < k) r++;
                docStart[k] = r;
            }
        }

        void add(long h, int d, int p) {
            if (size == hash.length) {
                int c = size * 2;
                hash = Arrays.copyOf(hash, c);
                doc = Arrays.copyOf(doc, c);
                pos = Arrays.copyOf(pos, c);
            }
            hash[size] = h;
            doc[size] = d;
            pos[size] = p;
            size++;
        }
    }

    /** Records with equal anchor hash, each group in (article, position) order. */
    static final class Groups {
        final int[] groupOf;      // record -> group, or -1 when the anchor is in one article only
        final int[] members;      // records, grouped
        final int[] start;        // group -> first index in members
        final int[] distinctDocs; // group -> number of articles

        Groups(Records rec) {
            int size = rec.size;
            long[] keyed = new long[size];
            for (int r = 0; r < size; r++) keyed[r] = ((long) Hashing.fold(rec.hash[r]) << 32) | r;
            Arrays.parallelSort(keyed);
            groupOf = new int[size];
            Arrays.fill(groupOf, -1);
            int[] mem = new int[size];
            int[] st = new int[size + 1];
            int[] dd = new int[size];
            int g = 0, m = 0;
            int s = 0;
            while (s < size) {
                int e = s + 1;
                while (e < size && (keyed[e] >>> 32) == (keyed[s] >>> 32)) e++;
                if (e - s == 1) { // one record: an anchor of one article (a sketch false positive)
                    s = e;
                    continue;
                }
                // split the run by full hash (32-bit folds may collide); order within stays by record
                int[] run = new int[e - s];
                for (int k = s; k < e; k++) run[k - s] = (int) keyed[k];
                boolean[] used = new boolean[run.length];
                for (int a = 0; a < run.length; a++) {
                    if (used[a]) continue;
                    long h = rec.hash[run[a]];
                    int gs = m;
                    int docs = 0, lastDoc = -1;
                    for (int b = a; b < run.length; b++) {
                        if (used[b] || rec.hash[run[b]] != h) continue;
                        used[b] = true;
                        mem[m++] = run[b];
                        if (rec.doc[run[b]] != lastDoc) {
                            docs++;
                            lastDoc = rec.doc[run[b]];
                        }
                    }
                    if (docs >= 2) {
                        st[g] = gs;
                        dd[g] = docs;
                        for (int k = gs; k < m; k++) groupOf[mem[k]] = g;
                        g++;
                        st[g] = m;
                    } else {
                        m = gs; // anchor of one article only: drop
                    }
                }
                s = e;
            }
            members = Arrays.copyOf(mem, m);
            start = Arrays.copyOf(st, g + 1);
            distinctDocs = Arrays.copyOf(dd, g);
        }
    }

    /** Maximal spans article {@code a} shares with each later article; adds {span key -> {ref record, length}}. */
    private void pairSpans(int a, Records rec, Groups groups, Map<Long, long[]> spans) {
        int from = rec.docStart[a], to = rec.docStart[a + 1];
        long[] matches = new long[64];
        int m = 0;
        for (int r = from; r < to; r++) {
            int g = groups.groupOf[r];
            if (g < 0) continue;
            int gs = groups.start[g], ge = groups.start[g + 1];
            boolean star = groups.distinctDocs[g] > ALL_PAIRS_LIMIT;
            if (star && rec.doc[groups.members[gs]] != a) continue; // the group's first article pairs with all
            int posA = rec.pos[r];
            for (int k = gs; k < ge; k++) {
                int r2 = groups.members[k];
                int b = rec.doc[r2];
                if (b <= a) continue;
                long diag = (long) posA - rec.pos[r2];
                if (b >= (1 << 24) || posA >= (1 << 20) || Math.abs(diag) >= (1 << 19)) continue; // beyond packing
                if (m == matches.length) matches = Arrays.copyOf(matches, m * 2);
                matches[m++] = ((long) b << 40) | ((diag + (1 << 19)) << 20) | posA;
            }
        }
        if (m == 0) return;
        Arrays.sort(matches, 0, m);
        int s = 0;
        while (s < m) {
            int e = s + 1;
            while (e < m && (matches[e] >>> 20) == (matches[s] >>> 20)
                    && (matches[e] & 0xFFFFF) == (matches[e - 1] & 0xFFFFF) + 1) e++;
            int posA0 = (int) (matches[s] & 0xFFFFF);
            int len = e - s;
            int r0 = recordAt(rec, a, posA0);
            long key = 0x6A09E667F3BCC909L + len;
            for (int k = 0; k < len; k++) key = Hashing.combine(key, rec.hash[r0 + k]);
            spans.putIfAbsent(key, new long[] {r0, len});
            s = e;
        }
    }

    private static int recordAt(Records rec, int doc, int pos) {
        int lo = rec.docStart[doc], hi = rec.docStart[doc + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (rec.pos[mid] < pos) lo = mid + 1;
            else if (rec.pos[mid] > pos) hi = mid - 1;
            else return mid;
        }
        throw new IllegalStateException("anchor record missing");
    }

    /** Every (article, word span) carrying the chain of {@code len} anchors starting at record {@code r0}. */
    private int[][] occurrences(Records rec, Groups groups, int r0, int len) {
        int g = groups.groupOf[r0];
        List<int[]> out = new ArrayList<>();
        int lastDoc = -1, docCount = 0;
        for (int k = groups.start[g]; k < groups.start[g + 1]; k++) {
            int r = groups.members[k];
            int d = rec.doc[r];
            if (r + len > rec.docStart[d + 1]) continue;
            boolean same = true;
            for (int i = 1; i < len && same; i++) {
                same = rec.pos[r + i] == rec.pos[r] + i && rec.hash[r + i] == rec.hash[r0 + i];
            }
            if (!same) continue;
            // maximal in this article? (a longer shared run containing it is reported on its own)
            out.add(new int[] {d, rec.pos[r], rec.pos[r] + len - 1 + n});
            if (d != lastDoc) {
                docCount++;
                lastDoc = d;
            }
        }
        return docCount >= 2 ? out.toArray(new int[0][]) : null;
    }
}
