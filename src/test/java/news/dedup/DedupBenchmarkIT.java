package news.dedup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The labelled wire-copy benchmark (>= 2,000 articles from the shared real bodies). */
class DedupBenchmarkIT {
    @Test
    void wireCopiesOfRealArticlesAreClusteredWithAriAbove095() throws Exception {
        List<String> bodies = WireCopyGenerator.realBodies(WireCopyGenerator.GROUND_TRUTH);
        Assumptions.assumeFalse(bodies.isEmpty(), "shared benchmark absent: " + WireCopyGenerator.GROUND_TRUTH);
        List<WireCopyGenerator.Item> items = WireCopyGenerator.generate(bodies, 2400, 20230306L);
        assertTrue(items.size() >= 2000, "benchmark size " + items.size());
        DedupBenchmark.Report rep = DedupBenchmark.evaluate(items, DedupOptions.defaults());
        System.out.println(rep);
        assertTrue(rep.score().ari() >= 0.95, rep.toString());
        assertTrue(rep.canonicalAccuracy() >= 0.9, rep.toString());
    }

    @Test
    void leadOnlyCopiesAQuarterOfTheOriginalAreFound() throws Exception {
        List<String> bodies = WireCopyGenerator.realBodies(WireCopyGenerator.GROUND_TRUTH);
        Assumptions.assumeFalse(bodies.isEmpty(), "shared benchmark absent: " + WireCopyGenerator.GROUND_TRUTH);
        ClusterScore s = DedupBenchmark.leadCopies(bodies, 0.25, DedupOptions.defaults());
        System.out.println("lead-only copies (25%): " + s);
        assertTrue(s.recall() >= 0.9, s.toString());
        assertTrue(s.precision() >= 0.99, s.toString());
    }

    /** Lead-only copies of 15% (excerpts): the lead bands find them all (were 0.71 recall). */
    @Test
    void leadOnlyCopiesOfFifteenPercentAreFound() throws Exception {
        List<String> bodies = WireCopyGenerator.realBodies(WireCopyGenerator.GROUND_TRUTH);
        Assumptions.assumeFalse(bodies.isEmpty(), "shared benchmark absent: " + WireCopyGenerator.GROUND_TRUTH);
        ClusterScore s = DedupBenchmark.leadCopies(bodies, 0.15, DedupOptions.defaults());
        System.out.println("lead-only copies (15%): " + s);
        assertTrue(s.recall() >= 0.95, s.toString());
        assertTrue(s.precision() >= 0.99, s.toString());
    }

    /** The held-out syndication config (never tuned on): the bar of issue 13. */
    @Test
    void heldOutSyndicationSetMeetsTheBar() {
        List<SyndicationGenerator.Item> items = SyndicationGenerator.generate(SyndicationGenerator.Config.heldOut());
        DedupResult r = new Deduplicator(DedupOptions.defaults().withPassages(false)).run(SyndicationGenerator.source(items));
        ClusterScore s = ClusterScore.of(SyndicationGenerator.labels(items), r.labels());
        System.out.println("syndication held-out: " + s);
        assertTrue(s.ari() >= 0.98, s.toString());
        assertTrue(s.precision() >= 0.99, s.toString());
    }
}
