package news.dedup;

/**
 * LSH banding: the signature is cut into {@code bands} bands of {@code rows} values; two
 * articles become candidates when any band is equal. P(candidate | Jaccard s) = 1 - (1 - s^r)^b.
 *
 * @param bands number of bands
 * @param rows  signature values per band
 */
public record LshParams(int bands, int rows) {
    /** Candidate probability we want at the verification threshold: pairs near it are not lost. */
    public static final double RECALL_AT_THRESHOLD = 0.99;

    public LshParams {
        if (bands < 1 || rows < 1) throw new IllegalArgumentException("bands and rows must be >= 1");
    }

    /** Probability that two sets of Jaccard similarity {@code s} share at least one band. */
    public double candidateProbability(double s) {
        return 1 - Math.pow(1 - Math.pow(s, rows), bands);
    }

    /** Where the S-curve is steepest, about (1/b)^(1/r): the effective LSH threshold. */
    public double lshThreshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /**
     * Jaccard of a shortened copy a quarter the length of its original (fully contained): LSH
     * must propose such pairs too, since containment, not Jaccard, is what verifies them.
     */
    public static final double QUARTER_COPY_JACCARD = 0.25;
    /** Candidate probability we want for such a copy. */
    public static final double RECALL_AT_QUARTER_COPY = 0.95;

    /**
     * The bands × rows for {@code permutations} values and a verification threshold: the most
     * rows (fewest spurious candidates) whose candidate probability is still at least
     * {@link #RECALL_AT_THRESHOLD} at {@code threshold} and {@link #RECALL_AT_QUARTER_COPY} for a
     * quarter-length copy. The LSH threshold thus lands below the verification threshold, and
     * the verifier, not LSH, decides. 128 permutations give 64 × 2 (LSH threshold ≈ 0.125).
     */
    public static LshParams derive(int permutations, double threshold) {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]");
        LshParams best = new LshParams(permutations, 1);
        for (int r = 1; r <= permutations; r++) {
            LshParams p = new LshParams(permutations / r, r);
            if (p.candidateProbability(threshold) >= RECALL_AT_THRESHOLD
                    && p.candidateProbability(Math.min(threshold, QUARTER_COPY_JACCARD)) >= RECALL_AT_QUARTER_COPY) {
                best = p;
            }
        }
        return best;
    }
}
