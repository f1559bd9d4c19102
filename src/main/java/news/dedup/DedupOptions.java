package news.dedup;

/**
 * Parameters of a dedup run; printed with every result.
 *
 * @param threshold         exact Jaccard of word shingles at or above which two articles are near-duplicates
 * @param containment       share of the smaller article's shingles found in the larger at or above which
 *                          the smaller is a shortened copy ("contained")
 * @param shingleSize       words per shingle
 * @param permutations      MinHash signature length
 * @param lsh               bands × rows (derived from permutations and threshold unless given)
 * @param minContainedShingles containment counts only when the smaller article has at least this many
 *                          shingles (a one-line text is "contained" in anything that quotes it)
 * @param passageWords      words per passage anchor (shared passages are at least this long)
 * @param passages          whether to look for shared passages
 * @param maxBucket         LSH buckets larger than this compare each member with the previous
 *                          {@code maxBucket} members only, so one huge bucket cannot go quadratic
 * @param boilerplateDf     a shingle in more than this many articles is boilerplate, ignored where at least
 *                          a quarter of an article's shingles remain without it; 0 = automatic
 *                          (max(50, 1% of the articles)); negative = never
 * @param threads           worker threads
 */
public record DedupOptions(double threshold, double containment, int shingleSize, int permutations, LshParams lsh,
                           int minContainedShingles, int passageWords, boolean passages, int maxBucket,
                           int boilerplateDf, int threads) {
    public static final double DEFAULT_THRESHOLD = 0.5;
    public static final double DEFAULT_CONTAINMENT = 0.7;
    public static final int DEFAULT_SHINGLE = 4;
    public static final int DEFAULT_PERMUTATIONS = 128;
    public static final long SEED = 0x5EED_D3D0L;
    /** The automatic boilerplate cap's floor (small corpora). */
    public static final int MIN_BOILERPLATE_DF = 50;
    /**
     * A shingle in more than this many articles of one site is that site's furniture (a footer on
     * every brief), however small the corpus; see {@link BoilerplateShingles}.
     */
    public static final int SITE_BOILERPLATE_DF = 20;

    public DedupOptions {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]");
        if (!(containment > 0 && containment <= 1)) throw new IllegalArgumentException("containment must be in (0, 1]");
        if (shingleSize < 1 || shingleSize > 32) throw new IllegalArgumentException("shingle size must be 1..32");
        if (permutations < 1 || permutations > 4096) throw new IllegalArgumentException("permutations must be 1..4096");
        if (lsh == null) lsh = LshParams.derive(permutations, threshold);
        if (lsh.bands() * lsh.rows() > permutations) {
            throw new IllegalArgumentException("bands × rows (" + lsh.bands() + " × " + lsh.rows()
                    + ") exceeds permutations (" + permutations + ")");
        }
        if (minContainedShingles < 1) throw new IllegalArgumentException("minContainedShingles must be >= 1");
        if (passageWords < 2) throw new IllegalArgumentException("passage anchor must be >= 2 words");
        if (maxBucket < 2) throw new IllegalArgumentException("maxBucket must be >= 2");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    }

    public static DedupOptions defaults() {
        return new DedupOptions(DEFAULT_THRESHOLD, DEFAULT_CONTAINMENT, DEFAULT_SHINGLE, DEFAULT_PERMUTATIONS, null,
                15, 8, true, 200, 0, Runtime.getRuntime().availableProcessors());
    }

    public DedupOptions withThreshold(double t) {
        return new DedupOptions(t, containment, shingleSize, permutations, null, minContainedShingles,
                passageWords, passages, maxBucket, boilerplateDf, threads);
    }

    public DedupOptions withPassages(boolean p) {
        return new DedupOptions(threshold, containment, shingleSize, permutations, lsh, minContainedShingles,
                passageWords, p, maxBucket, boilerplateDf, threads);
    }

    public DedupOptions withThreads(int n) {
        return new DedupOptions(threshold, containment, shingleSize, permutations, lsh, minContainedShingles,
                passageWords, passages, maxBucket, boilerplateDf, n);
    }

    /** The document-frequency cap for a corpus of {@code articles}, or Integer.MAX_VALUE when off. */
    public int boilerplateDf(int articles) {
        if (boilerplateDf < 0) return Integer.MAX_VALUE;
        if (boilerplateDf > 0) return boilerplateDf;
        return Math.max(MIN_BOILERPLATE_DF, articles / 100);
    }

    /** Is a pair with these exact scores a verified duplicate? */
    public boolean verifies(Shingles.Overlap o) {
        if (o.jaccard() >= threshold) return true;
        int smaller = Math.min(o.sizeA(), o.sizeB());
        return smaller >= minContainedShingles && o.maxContainment() >= containment;
    }
}
