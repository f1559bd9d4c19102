package news.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Regression (issue 13 item 3): an 87-word editor's note on 50 short unrelated articles of one
 * site merged 45 of them into one cluster, because boilerplate suppression was skipped where it
 * would remove half of an article's shingles (and 50 articles were not "more than 50").
 */
class SharedFooterTest {
    static final String NOTE = "Editor's note: This item is part of our community bulletin, compiled each weekday from "
            + "notices sent in by readers, schools, churches, clubs and local businesses. Items are edited for length and "
            + "clarity and are published free of charge as space allows. We cannot confirm every detail of every notice, "
            + "so please check times and places with the organisers before you travel. To submit an item, send it to the "
            + "newsroom at least five days before the event, with your name and a daytime telephone number, please, thanks.";

    static List<DedupDoc> briefs(int n, String site, long seed) {
        Random r = new Random(seed);
        List<DedupDoc> docs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int topic = r.nextInt(10);
            String body = String.join(" ", SyndicationGenerator.story(r, topic, 3));
            String[] w = body.split(" ");
            body = String.join(" ", java.util.Arrays.copyOf(w, Math.min(w.length, 35 + r.nextInt(30)))) + ".";
            docs.add(new DedupDoc("brief-" + i, site, null, body + "\n\n" + NOTE));
        }
        return docs;
    }

    @Test
    void aSharedProseFooterIsABoilerplatePassageNotACluster() {
        assertEquals(87, Tokens.of(NOTE).size());
        List<DedupDoc> docs = briefs(50, "briefs.example", 3L);
        DedupResult r = new Deduplicator(DedupOptions.defaults().withThreads(2)).run(DocSource.of(docs));
        assertEquals(0, r.clusters().size(), "clusters: " + r.clusters());
        assertTrue(r.boilerplateShingles() > 50, "the footer's shingles are boilerplate: " + r.boilerplateShingles());
        Passage footer = r.passages().stream().filter(p -> p.occurrences().size() >= 45).findFirst().orElseThrow(
                () -> new AssertionError("no passage carried by the briefs: " + r.passages()));
        assertTrue(footer.boilerplate(), "one site's furniture");
        assertTrue(Tokens.of(footer.text()).size() >= 80, footer.text());
    }

    /** Without sites the corpus-wide cap decides: past it, the footer goes the same way. */
    @Test
    void withoutSitesTheCorpusWideCapRemovesTheFooterWhereAQuarterRemains() {
        List<DedupDoc> docs = briefs(80, null, 4L);
        DedupResult r = new Deduplicator(DedupOptions.defaults().withThreads(2).withPassages(false)).run(DocSource.of(docs));
        assertEquals(0, r.clusters().size(), "clusters: " + r.clusters());
    }

    /** The same footer on copies of one story does not keep them apart, nor does it join them to the briefs. */
    @Test
    void copiesOfAStoryWithTheFooterStillCluster() {
        List<DedupDoc> docs = new ArrayList<>(briefs(50, "briefs.example", 5L));
        String story = String.join("\n\n", SyndicationGenerator.story(new Random(9), 2, 8));
        for (int i = 0; i < 3; i++) docs.add(new DedupDoc("story-" + i, "briefs.example", null, story + "\n\n" + NOTE));
        DedupResult r = new Deduplicator(DedupOptions.defaults().withThreads(2).withPassages(false)).run(DocSource.of(docs));
        assertEquals(1, r.clusters().size(), "clusters: " + r.clusters());
        assertEquals(List.of("story-0", "story-1", "story-2"),
                r.clusters().get(0).members().stream().map(Cluster.Member::id).sorted().toList());
    }
}
