package news.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Dedup is a function of the set of articles, not of the order they are read in. */
class DedupOrderProperties {
    private static final SyntheticArticles CORPUS = new SyntheticArticles(300, 11L);

    @Property(tries = 25)
    void clustersCanonicalsAndPassagesIgnoreInputOrder(@ForAll long shuffleSeed, @ForAll @IntRange(min = 1, max = 2) int threads) {
        List<DedupDoc> docs = new ArrayList<>();
        CORPUS.forEach(docs::add);
        List<DedupDoc> shuffled = new ArrayList<>(docs);
        java.util.Collections.shuffle(shuffled, new java.util.Random(shuffleSeed));
        DedupOptions o = DedupOptions.defaults().withThreads(threads);
        DedupResult a = new Deduplicator(o).run(DocSource.of(docs));
        DedupResult b = new Deduplicator(o).run(DocSource.of(shuffled));
        assertEquals(clusters(a), clusters(b));
        assertEquals(passages(a), passages(b));
    }

    static Set<String> clusters(DedupResult r) {
        Set<String> out = new TreeSet<>();
        for (Cluster c : r.clusters()) {
            TreeMap<String, String> m = new TreeMap<>();
            for (Cluster.Member x : c.members()) m.put(x.id(), x.relation() + "/" + x.jaccard() + "/" + x.containment());
            out.add(c.canonical() + " " + c.canonicalReason() + " " + m);
        }
        return out;
    }

    /** Passages as (normalised text, carriers); which copy's wording is shown may follow input order. */
    static Set<String> passages(DedupResult r) {
        Set<String> out = new TreeSet<>();
        for (Passage p : r.passages()) {
            TreeSet<String> occ = new TreeSet<>();
            for (Passage.Occurrence o : p.occurrences()) occ.add(o.id() + "@" + o.start() + "-" + o.end());
            out.add(DedupGoldenTest.normalised(p.text()) + " " + occ + " " + p.sites() + " " + p.boilerplate());
        }
        return out;
    }
}
