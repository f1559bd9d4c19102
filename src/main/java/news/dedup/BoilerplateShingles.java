package news.dedup;

import news.util.Hashing;

/**
 * Shingles that occur in very many articles are site furniture (newsletter pitches, copyright
 * lines, "Reporting by ..." credits), not the story: two different stories from one site share
 * them, and two copies of one story on different sites differ by them. They are counted in a
 * count-min sketch (fixed memory, overestimates only) and removed from each article's set, unless
 * less than a quarter of the set (or fewer than {@code minKept} shingles) would remain: then the
 * shingles are frequent because the article itself is reprinted everywhere (a wire story in
 * hundreds of papers, with a little chrome of each paper's own), and they are its text.
 * A quarter, not half: a short item whose shared prose footer (an editor's note on every brief
 * of a site) is two thirds of its words is still judged on its own third, so fifty unrelated
 * briefs do not merge into one cluster through their footer. Shingles are also counted per
 * site (a second sketch keyed by shingle and site): one in more than
 * {@link DedupOptions#SITE_BOILERPLATE_DF} articles of one site is that site's furniture
 * whatever the corpus size (a story reprinted many times is reprinted by many sites).
 */
final class BoilerplateShingles {
    private BoilerplateShingles() {}

    /** Articles whose counter positions are computed together (on all cores) before they are counted in order. */
    private static final int BLOCK = 4096;

    /**
     * Removes boilerplate shingles from {@code fp.shingles}; returns how many distinct ones were
     * found. Hashing and filtering run on {@code threads} cores; a conservative update depends on the order of the updates, so the counting itself stays on
     * one thread in input order: the result is the same for any number of threads.
     */
    static int suppress(Fingerprints fp, int maxDf, int minKept, int threads) {
        int n = fp.size;
        if (maxDf == Integer.MAX_VALUE || n <= Math.min(maxDf, DedupOptions.SITE_BOILERPLATE_DF)) return 0;
        // per site: the same counts keyed by (shingle, site), for articles whose site is known
        long[] siteKey = new long[n];
        // (articles of unknown site are counted corpus-wide only: counted as one "site", the
        // reprints of a story in a text corpus of 2,425 articles went as boilerplate, ARI 0.99 -> 0.94)
        for (int i = 0; i < n; i++) siteKey[i] = fp.sites[i] == null ? 0 : Hashing.mix(fp.sites[i].hashCode() + 0x51735L) | 1;
        int siteCap = Math.min(DedupOptions.SITE_BOILERPLATE_DF, Character.MAX_VALUE - 1);
        long total = 0;
        for (int i = 0; i < n; i++) total += fp.shingles[i].length;
        // width so that the average collision noise per counter (total / width) stays under an
        // eighth of the cap: small enough to sit in cache (random access into a big sketch costs
        // a cache miss per shingle), large enough not to call rare shingles frequent
        long wanted = Math.max(1, total / Math.max(1, Math.min(maxDf, DedupOptions.SITE_BOILERPLATE_DF) / 8));
        int bits = (int) Math.max(12, Math.min(24, 64 - Long.numberOfLeadingZeros(wanted)));
        int mask = (1 << bits) - 1;
        char[] row1 = new char[1 << bits];
        char[] row2 = new char[1 << bits];
        char[] site1 = new char[1 << bits];
        char[] site2 = new char[1 << bits];
        int cap = Math.min(maxDf, Character.MAX_VALUE - 1);

        // count: the two counter positions of a block's shingles on all cores, then the updates in order
        int[] offset = new int[BLOCK + 1];
        int[][] slots = {new int[0]};
        for (int from = 0; from < n; from += BLOCK) {
            int to = Math.min(n, from + BLOCK), base = from;
            for (int i = from; i < to; i++) offset[i - from + 1] = offset[i - from] + 4 * fp.shingles[i].length;
            int used = offset[to - from];
            if (slots[0].length < used) slots[0] = new int[used + used / 4];
            int[] pos = slots[0];
            parallel(from, to, threads, i -> {
                int k = offset[i - base];
                long site = siteKey[i];
                for (int sh : fp.shingles[i]) {
                    pos[k++] = slot1(sh) & mask;
                    pos[k++] = slot2(sh) & mask;
                    pos[k++] = site == 0 ? -1 : siteSlot1(sh, site) & mask;
                    pos[k++] = site == 0 ? -1 : siteSlot2(sh, site) & mask;
                }
            });
            for (int k = 0; k < used; k += 4) {
                int a = pos[k], b = pos[k + 1];
                int min = Math.min(row1[a], row2[b]);
                if (min <= cap) {
                    // conservative update: raise only the counters at the minimum
                    if (row1[a] == min) row1[a]++;
                    if (row2[b] == min) row2[b]++;
                }
                int c = pos[k + 2], d = pos[k + 3];
                if (c < 0) continue;
                int smin = Math.min(site1[c], site2[d]);
                if (smin > siteCap) continue;
                if (site1[c] == smin) site1[c]++;
                if (site2[d] == smin) site2[d]++;
            }
        }

        // filter (per article, all cores); the distinct boilerplate shingles are collected in input order
        int[][] removed = new int[n][];
        parallel(0, n, threads, i -> {
            int[] sh = fp.shingles[i];
            long site = siteKey[i];
            int keep = 0;
            for (int s : sh) if (!frequent(s, site, row1, row2, cap, site1, site2, siteCap, mask)) keep++;
            if (!suppressible(keep, sh.length, minKept)) return;
            int[] out = new int[keep];
            int[] gone = new int[sh.length - keep];
            int k = 0, g = 0;
            for (int s : sh) {
                if (!frequent(s, site, row1, row2, cap, site1, site2, siteCap, mask)) out[k++] = s;
                else gone[g++] = s;
            }
            fp.shingles[i] = out;
            removed[i] = gone;
        });
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            if (removed[i] == null) continue;
            for (int s : removed[i]) {
                if (found.size() >= 1_000_000) break;
                found.add(s);
            }
        }
        return found.size();
    }

    /**
     * Whether an article's boilerplate shingles are removed when {@code keep} of its {@code total}
     * are not boilerplate: some are, and a quarter (and {@code minKept}) remain; else the frequent
     * shingles are its own reprinted text (see the class comment).
     */
    static boolean suppressible(int keep, int total, int minKept) {
        return keep < total && keep * 4 >= total && keep >= minKept;
    }

    /** Runs {@code body} for every index in [from, to), split over {@code threads} cores. */
    private static void parallel(int from, int to, int threads, java.util.function.IntConsumer body) {
        if (threads <= 1 || to - from < 2) {
            for (int i = from; i < to; i++) body.accept(i);
            return;
        }
        java.util.stream.IntStream.range(from, to).parallel().forEach(body);
    }

    /** In more than {@code cap} articles, or more than {@code siteCap} of this article's site. */
    private static boolean frequent(int s, long site, char[] row1, char[] row2, int cap, char[] site1, char[] site2,
                                    int siteCap, int mask) {
        if (Math.min(row1[slot1(s) & mask], row2[slot2(s) & mask]) > cap) return true;
        return site != 0 && Math.min(site1[siteSlot1(s, site) & mask], site2[siteSlot2(s, site) & mask]) > siteCap;
    }

    private static int siteSlot1(int s, long site) {
        return (int) Hashing.mix((s & 0xffffffffL) ^ site);
    }

    private static int siteSlot2(int s, long site) {
        return (int) (Hashing.mix(((s & 0xffffffffL) ^ site) ^ 0x5bd1e995L) >>> 32);
    }

    private static int slot1(int s) {
        return (int) Hashing.mix(s);
    }

    private static int slot2(int s) {
        return (int) (Hashing.mix(s ^ 0x5bd1e995L) >>> 32);
    }
}
