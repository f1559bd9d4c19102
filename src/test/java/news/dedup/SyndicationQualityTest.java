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

    /**
     * Regression (issue 13 item 4): without dates "most words" chose a copy with added chrome (the
     * original was canonical in 102 of 222 clusters). Now excerpt markers and added chrome count.
     */
    @Test
    void theOriginalIsCanonicalAndTheReasonSaysWhy() {
        int good = 0, undated = 0, undatedGood = 0;
        for (Cluster c : RESULT.clusters()) {
            boolean original = c.canonical().endsWith("-original");
            if (original) good++;
            if (c.canonicalReason().startsWith("no publication dates")) {
                undated++;
                if (original) undatedGood++;
                assertTrue(c.canonicalReason().contains("contains the others best"), c.canonicalReason());
            }
        }
        assertTrue(good * 100 >= RESULT.clusters().size() * 95, good + " of " + RESULT.clusters().size());
        assertTrue(undated > 50 && undatedGood * 100 >= undated * 90, undatedGood + " of " + undated + " undated");
    }

    @Test
    void excerptMarkersAreFoundAtTheEndOnly() {
        assertTrue(ExcerptMarkers.endsMarked("Some text.\n\nRead the full\nstory at example.com."));
        assertTrue(ExcerptMarkers.endsMarked("Text. This article originally appeared in The Example Times."));
        assertTrue(!ExcerptMarkers.endsMarked("Read more at example.com." + " Plain words of a long story.".repeat(30)));
        assertTrue(!ExcerptMarkers.endsMarked("A plain story with no marker at all."));
    }

    /**
     * Regression (issue 13 item 5): a mass of near-identical articles (no two exact) fell into one
     * bucket of every band and each member was paired with 200 others in each: 20,000 took 79 s
     * and 5.2 GB. A bucket over 4 × maxBucket is now a star around its first member.
     */
    @Test
    void aMassOfNearIdenticalArticlesIsOneClusterWithFewCandidates() {
        int n = 4_000;
        DedupResult r = new Deduplicator(DedupOptions.defaults().withPassages(false)).run(DedupScaleBenchmark.nearIdentical(n));
        assertEquals(1, r.clusters().size());
        assertEquals(n, r.clusters().get(0).members().size());
        assertEquals(0, r.exactDuplicates());
        assertTrue(r.candidatePairs() < 80L * n, "candidate pairs " + r.candidatePairs()); // window 200 gave ~200 a member
    }

    /** --explain on an excerpt: the lead bands proposed it (it said "LSH would not have proposed this pair"). */
    @Test
    void explainSaysTheLeadBandsProposeAnExcerpt() {
        int onlyLead = 0;
        for (int seed = 0; seed < 20; seed++) {
            String original = String.join("\n\n", SyndicationGenerator.story(new java.util.Random(seed), seed % 10, 40));
            String[] paras = original.split("\n\n");
            String excerpt = paras[0] + "\n\n" + paras[1] + "\n\nRead the full story at example.";
            PairExplanation e = PairExplanation.of(new DedupDoc("o", null, null, original), new DedupDoc("e", null, null, excerpt),
                    DedupOptions.defaults());
            assertTrue(e.duplicate(), e.reason());
            if (e.sharedBands() > 0) continue; // the signature proposed it too
            onlyLead++;
            assertTrue(e.reason().contains("lead bands"), e.reason());
        }
        assertTrue(onlyLead >= 10, "pairs only the lead bands propose: " + onlyLead);
    }
}
