package news.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A small generated corpus (no shared data needed): clusters agree with the generator's labels.
 * Articles of 8-12 paragraphs (about 300 words, a typical wire story); on 170-word articles the
 * junk a copy picks up (byline, dateline, credits, footer) is a third of the text and recall
 * drops (ARI about 0.93-0.97, see README bench-dedup): in the real pipeline the cleaner strips it.
 */
class DedupQualityTest {
    @Test
    void syntheticWireCopiesAreClusteredWithAriAbove095() {
        SyntheticArticles corpus = new SyntheticArticles(3000, 3L, 8, 12);
        DedupResult r = new Deduplicator(DedupOptions.defaults().withPassages(false)).run(corpus);
        ClusterScore s = ClusterScore.of(corpus.labels(), r.labels());
        System.out.println("synthetic 3000: " + s);
        assertTrue(s.ari() >= 0.95, s.toString());
        assertTrue(s.precision() >= 0.95, s.toString());
    }
}
