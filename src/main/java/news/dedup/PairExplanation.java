package news.dedup;

import java.util.List;
import java.util.Objects;

/**
 * Why two articles are or are not duplicates.
 *
 * @param idA               first article
 * @param idB               second article
 * @param wordsA            normalised words in A
 * @param wordsB            normalised words in B
 * @param exact             normalised texts are equal
 * @param jaccard           exact shingle Jaccard
 * @param containmentAInB   share of A's shingles found in B
 * @param containmentBInA   share of B's shingles found in A
 * @param minhashEstimate   MinHash estimate of the Jaccard
 * @param sharedBands       LSH bands the two signatures agree on (0 = LSH would not propose the pair)
 * @param candidateProbability probability LSH proposes a pair of this Jaccard
 * @param duplicate         the verdict
 * @param reason            the verdict in words, naming the rule that decided it
 * @param diff              word-level diff (null when too different to diff)
 */
public record PairExplanation(String idA, String idB, int wordsA, int wordsB, boolean exact, double jaccard,
                              double containmentAInB, double containmentBInA, double minhashEstimate,
                              int sharedBands, double candidateProbability, boolean duplicate, String reason,
                              List<WordDiff.Hunk> diff) {
    public PairExplanation {
        Objects.requireNonNull(idA);
        Objects.requireNonNull(idB);
        Objects.requireNonNull(reason);
        diff = diff == null ? null : List.copyOf(diff);
    }

    public static PairExplanation of(DedupDoc a, DedupDoc b, DedupOptions o) {
        Tokens ta = Tokens.of(a.text()), tb = Tokens.of(b.text());
        int[] sa = Shingles.of(ta.hashes(), o.shingleSize()), sb = Shingles.of(tb.hashes(), o.shingleSize());
        Shingles.Overlap ov = Shingles.overlap(sa, sb);
        MinHash mh = new MinHash(o.permutations(), DedupOptions.SEED);
        int[] ga = mh.signature(sa), gb = mh.signature(sb);
        int bands = 0;
        LshParams p = o.lsh();
        for (int band = 0; band < p.bands(); band++) {
            boolean eq = true;
            for (int r = 0; r < p.rows(); r++) eq &= ga[band * p.rows() + r] == gb[band * p.rows() + r];
            if (eq) bands++;
        }
        boolean exact = ta.size() > 0 && ta.exactHash() == tb.exactHash();
        boolean dup;
        String reason;
        int smaller = Math.min(sa.length, sb.length);
        if (exact) {
            dup = true;
            reason = "exact: the normalised texts are equal";
        } else if (ov.jaccard() >= o.threshold()) {
            dup = true;
            reason = String.format(java.util.Locale.ROOT, "near_duplicate: Jaccard %.3f >= threshold %.2f",
                    ov.jaccard(), o.threshold());
        } else if (smaller >= o.minContainedShingles() && ov.maxContainment() >= o.containment()) {
            dup = true;
            String which = ov.containmentOfAInB() >= ov.containmentOfBInA() ? a.id() + " in " + b.id() : b.id() + " in " + a.id();
            reason = String.format(java.util.Locale.ROOT, "contained: %s %.3f >= containment threshold %.2f",
                    which, ov.maxContainment(), o.containment());
        } else {
            dup = false;
            reason = String.format(java.util.Locale.ROOT,
                    "not duplicates: Jaccard %.3f < %.2f and containment %.3f < %.2f%s", ov.jaccard(), o.threshold(),
                    ov.maxContainment(), o.containment(),
                    smaller < o.minContainedShingles() && ov.maxContainment() >= o.containment()
                            ? " (containment ignored: fewer than " + o.minContainedShingles() + " shingles)" : "");
        }
        if (dup && !exact && bands == 0) {
            // the lead bands propose pairs where one is under half the other's length (excerpts)
            int lead = 0;
            int[] la = Fingerprints.leadKeys(ta.hashes(), o.shingleSize()), lb = Fingerprints.leadKeys(tb.hashes(), o.shingleSize());
            if (la != null && lb != null && 2 * smaller < Math.max(sa.length, sb.length)) {
                for (int k = 0; k < la.length; k++) if (la[k] == lb[k]) lead++;
            }
            reason += lead > 0
                    ? "; proposed by " + lead + " of " + Fingerprints.LEAD_BANDS + " lead bands (the openings agree), no signature band"
                    : "; but LSH would not have proposed this pair (no equal band), so a corpus run can miss it";
        }
        return new PairExplanation(a.id(), b.id(), ta.size(), tb.size(), exact, Deduplicator.round(ov.jaccard()),
                Deduplicator.round(ov.containmentOfAInB()), Deduplicator.round(ov.containmentOfBInA()),
                Deduplicator.round(MinHash.estimate(ga, gb)), bands,
                Deduplicator.round(p.candidateProbability(ov.jaccard())), dup, reason, WordDiff.diff(a.text(), b.text()));
    }
}
