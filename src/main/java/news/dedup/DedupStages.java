package news.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The stages of {@link Deduplicator} one article or one cluster at a time, for engines that run
 * the corpus-wide parts elsewhere (the Spark job in {@code spark/} groups band keys and finds
 * connected components on a cluster, and calls these for everything else): same rules, same
 * results as a local run.
 */
public final class DedupStages {
    /** Publication time of an article without a known date. */
    public static final long UNKNOWN_PUBLISHED = Published.UNKNOWN;

    private DedupStages() {}

    /** Epoch seconds of an ISO 8601 date (UTC when no zone), or {@link #UNKNOWN_PUBLISHED}. */
    public static long publishedEpoch(String iso) {
        return Published.epochSeconds(iso);
    }

    /** One 32-bit key per LSH band of the shingle set's MinHash signature; null for an empty set. */
    public static int[] bandKeys(int[] shingles, DedupOptions options, MinHash minHash) {
        return Fingerprints.bandKeys(shingles, options.lsh(), minHash);
    }

    /**
     * The set without its boilerplate shingles, or unchanged when none is boilerplate or when too
     * few would remain (the article itself is reprinted everywhere): the rule of
     * {@link BoilerplateShingles#suppressible}, given which shingles are in too many articles and
     * {@link DedupOptions#minContainedShingles} as {@code minKept}.
     */
    public static int[] withoutBoilerplate(int[] shingles, IntPredicate boilerplate, int minKept) {
        int keep = 0;
        for (int s : shingles) if (!boilerplate.test(s)) keep++;
        if (!BoilerplateShingles.suppressible(keep, shingles.length, minKept)) return shingles;
        int[] out = new int[keep];
        int k = 0;
        for (int s : shingles) if (!boilerplate.test(s)) out[k++] = s;
        return out;
    }

    /** Verdict on a candidate pair (a, b), a earlier in input order. */
    public enum Verdict { REJECTED, SIMILAR, A_CONTAINED_IN_B, B_CONTAINED_IN_A }

    /** Exact verification of a candidate pair, as {@link Deduplicator#verify}. */
    public static Verdict verify(int[] a, int[] b, DedupOptions options) {
        Shingles.Overlap o = Shingles.overlap(a, b);
        if (o.jaccard() >= options.threshold()) return Verdict.SIMILAR;
        if (!options.verifies(o)) return Verdict.REJECTED;
        return o.containmentOfAInB() >= o.containmentOfBInA() ? Verdict.A_CONTAINED_IN_B : Verdict.B_CONTAINED_IN_A;
    }

    /**
     * How well a contained article fits a container (the best container is the one it joins):
     * the score of {@link Deduplicator#uniteContained}; ties go to the container with the smaller id.
     */
    public static double containmentScore(int[] small, int[] big) {
        Shingles.Overlap o = Shingles.overlap(small, big);
        return o.containmentOfAInB() * 2 + o.jaccard();
    }

    /** Whether an article's text ends like an excerpt ("Read the full story at …"): never the canonical when a full copy is there. */
    public static boolean excerptMarked(String text) {
        return ExcerptMarkers.endsMarked(text);
    }

    /** What clustering needs of one member ({@code excerptMarked}: {@link #excerptMarked} of its text). */
    public record Member(String id, long published, int words, long exact, int[] shingles, boolean excerptMarked) {
    }

    /** A cluster and the position (in the members given) of its canonical. */
    public record Built(Cluster cluster, int canonicalIndex) {
    }

    /**
     * One connected component (two or more members, in input order) as the cluster a local run
     * makes of it: canonical by {@link Deduplicator#chooseCanonical}, members' scores and
     * relations by {@link Deduplicator#relation}; its id is {@code clusterId}.
     */
    public static Built cluster(String clusterId, List<Member> members, DedupOptions options) {
        Fingerprints fp = new Fingerprints();
        for (Member m : members) fp.add(m.id(), null, m.published(), m.words(), m.exact(), m.shingles(), null, null, m.excerptMarked());
        UnionFind uf = new UnionFind(members.size());
        for (int i = 1; i < members.size(); i++) uf.union(0, i);
        List<Cluster> out = new ArrayList<>(1);
        int[] clusterOf = new int[members.size()];
        int[] canonicalOf = new Deduplicator(options).buildClusters(fp, uf, out, clusterOf);
        Cluster c = out.get(0);
        return new Built(new Cluster(clusterId, c.canonical(), c.canonicalReason(), c.members()), canonicalOf[0]);
    }

    /** The passage anchors (word n-gram hashes, in word order) of a text, as {@link PassageFinder} makes them. */
    public static long[] passageAnchors(String text, int anchorWords) {
        return new PassageFinder(anchorWords, 1).anchors(Tokens.wordHashes(text));
    }
}
