package news.dedup;

import java.util.List;
import java.util.Map;

/**
 * What a dedup run found.
 *
 * @param options         parameters used
 * @param articles        articles read
 * @param emptyArticles   articles without words (never duplicates of anything)
 * @param exactDuplicates articles whose normalised text equals an earlier article's
 * @param boilerplateShingles shingles ignored as boilerplate (in too many articles)
 * @param candidatePairs  distinct pairs proposed by LSH
 * @param verifiedPairs   candidate pairs that passed exact verification
 * @param clusters        duplicate clusters (two or more members), in input order of their canonical
 * @param passages        passages shared by different stories
 * @param ids             article ids in input order
 * @param clusterOf       per input position, the index into {@code clusters}, or -1
 * @param timings         wall time per stage, milliseconds
 */
public record DedupResult(DedupOptions options, int articles, int emptyArticles, int exactDuplicates, int boilerplateShingles,
                          int candidatePairs, int verifiedPairs, List<Cluster> clusters, List<Passage> passages,
                          String[] ids, int[] clusterOf, Map<String, Long> timings) {
    public DedupResult {
        clusters = List.copyOf(clusters);
        passages = List.copyOf(passages);
        timings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(timings));
        if (ids.length != articles || clusterOf.length != articles) throw new IllegalArgumentException("size mismatch");
        ids = ids.clone();
        clusterOf = clusterOf.clone();
    }

    @Override
    public String[] ids() {
        return ids.clone();
    }

    @Override
    public int[] clusterOf() {
        return clusterOf.clone();
    }

    /** The cluster of the article at input position {@code i}, or null when it is in none. */
    public Cluster clusterAt(int i) {
        return clusterOf[i] < 0 ? null : clusters.get(clusterOf[i]);
    }

    /** Articles that are duplicates of a kept one (cluster members other than the canonical). */
    public int duplicateArticles() {
        int n = 0;
        for (Cluster c : clusters) n += c.members().size() - 1;
        return n;
    }

    /** Cluster label per input position: the cluster index, or a unique negative label when alone. */
    public int[] labels() {
        int[] l = new int[articles];
        for (int i = 0; i < articles; i++) l[i] = clusterOf[i] >= 0 ? clusterOf[i] : -1 - i;
        return l;
    }
}
