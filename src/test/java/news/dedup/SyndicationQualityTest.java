package news.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dedup on a {@link SyndicationGenerator} corpus (the development config; the held-out one is
 * scored by {@link SyndicationBenchmark} only). Regressions of issue 13.
 */
class SyndicationQualityTest {
    private static final List<SyndicationGenerator.Item> ITEMS = SyndicationGenerator.generate(SyndicationGenerator.Config.development());
    private static final DedupResult RESULT = new Deduplicator(DedupOptions.defaults().withPassages(false))
            .run(SyndicationGenerator.source(ITEMS));

    /** Excerpts (the first paragraphs + "Read the full story at …", 2-25% of the words) were missed: no LSH band proposed them. */
    @Test
    void everyExcerptIsClusteredWithItsOriginal() {
        int[] pred = RESULT.labels();
        int excerpts = 0;
        for (int i = 0; i < ITEMS.size(); i++) {
            SyndicationGenerator.Item it = ITEMS.get(i);
            if (!it.kind().equals("excerpt")) continue;
            excerpts++;
            int original = -1;
            for (int j = 0; j < ITEMS.size(); j++) {
                if (ITEMS.get(j).kind().equals("original") && ITEMS.get(j).label() == it.label()) original = j;
            }
            assertEquals(pred[original], pred[i], it.doc().id() + " not with its original");
        }
        assertTrue(excerpts > 200, "excerpts: " + excerpts);
    }

    /** The lead bands add one bucket per article and band: candidates grow linearly, not quadratically. */
    @Test
    void candidatePairsPerArticleDoNotGrowWithTheCorpus() {
        DedupOptions o = DedupOptions.defaults().withPassages(false);
        DedupResult small = new Deduplicator(o).run(new SyntheticArticles(4_000, 5L));
        DedupResult large = new Deduplicator(o).run(new SyntheticArticles(16_000, 5L));
        double perSmall = small.candidatePairs() / 4_000.0, perLarge = large.candidatePairs() / 16_000.0;
        assertTrue(perLarge <= perSmall * 1.3, "candidates per article " + perSmall + " -> " + perLarge);
    }
}
