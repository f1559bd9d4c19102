package news.dedup;

/**
 * Shingles that occur in very many articles are site furniture (newsletter pitches, copyright
 * lines, "Reporting by ..." credits), not the story: two different stories from one site share
 * them, and two copies of one story on different sites differ by them. They are counted in a
 * count-min sketch (fixed memory, overestimates only) and removed from each article's set, unless
 * that would remove half or more of the set: then the shingles are frequent because the article
 * itself is reprinted everywhere (a wire story in hundreds of papers), and they are its text.
 */
final class BoilerplateShingles {
    private BoilerplateShingles() {}

    /** Removes boilerplate shingles from {@code fp.shingles}; returns how many distinct ones were found. */
    static int suppress(Fingerprints fp, int maxDf) {
        int n = fp.size;
        if (maxDf == Integer.MAX_VALUE || n <= maxDf) return 0;
        long total = 0;
        for (int i = 0; i < n; i++) total += fp.shingles[i].length;
        // width so that the average collision noise per counter (total / width) stays under an
        // eighth of the cap: small enough to sit in cache (random access into a big sketch costs
        // a cache miss per shingle), large enough not to call rare shingles frequent
        long wanted = Math.max(1, total / Math.max(1, maxDf / 8));
        int bits = (int) Math.max(12, Math.min(24, 64 - Long.numberOfLeadingZeros(wanted)));
        int mask = (1 << bits) - 1;
        char[] row1 = new char[1 << bits];
        char[] row2 = new char[1 << bits];
        int cap = Math.min(maxDf, Character.MAX_VALUE - 1);
        for (int i = 0; i < n; i++) {
            for (int s : fp.shingles[i]) {
                int a = slot1(s) & mask, b = slot2(s) & mask;
                int min = Math.min(row1[a], row2[b]);
                if (min > cap) continue;
                // conservative update: raise only the counters at the minimum
                if (row1[a] == min) row1[a]++;
                if (row2[b] == min) row2[b]++;
            }
        }
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            int[] sh = fp.shingles[i];
            int keep = 0;
            for (int s : sh) if (Math.min(row1[slot1(s) & mask], row2[slot2(s) & mask]) <= cap) keep++;
            if (keep == sh.length || keep * 2 < sh.length) continue;
            int[] out = new int[keep];
            int k = 0;
            for (int s : sh) {
                if (Math.min(row1[slot1(s) & mask], row2[slot2(s) & mask]) <= cap) out[k++] = s;
                else if (found.size() < 1_000_000) found.add(s);
            }
            fp.shingles[i] = out;
        }
        return found.size();
    }

    private static int slot1(int s) {
        return (int) Hashing.mix(s);
    }

    private static int slot2(int s) {
        return (int) (Hashing.mix(s ^ 0x5bd1e995L) >>> 32);
    }
}
