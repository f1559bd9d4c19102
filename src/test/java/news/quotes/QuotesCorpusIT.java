package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import news.app.Corpus;
import news.app.Problems;
import news.clean.TextCleaner;
import news.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed corpus through the real pipeline (load, clean, extract, group): the statements the
 * seeds are known to contain are found with the right speakers, and grouped across outlets.
 */
class QuotesCorpusIT {
    static final Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
    static final List<Quote> all = new ArrayList<>();

    @BeforeAll
    static void extract() {
        Path corpus = Path.of("corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(corpus));
        QuoteExtractor ex = new QuoteExtractor();
        Corpus.open(List.of(corpus.toString()), Problems.silent()).forEachArticle(new TextCleaner(), (Article a) -> {
            List<Quote> qs = ex.extract(a);
            byArticle.put(a.id().substring(0, 3), qs);
            all.addAll(qs);
        });
    }

    static boolean said(String article, String fragment, String speaker) {
        for (Quote q : byArticle.get(article)) {
            if (q.quote().contains(fragment) && q.speaker() != null
                    && (Names.sameSpeaker(q.speaker(), speaker) || q.speaker().contains(speaker))) return true;
        }
        return false;
    }

    @Test
    void rodnyanskyInAllFiveArticles() {
        assertTrue(said("000", "sacrifice all of our people", "Alexander Rodnyansky"));
        assertTrue(said("001", "sacrifice all of our people", "Alexander Rodnyansky"));
        assertTrue(said("001", "Make no mistake", "Alexander Rodnyansky")); // through "he told CNN"
        assertTrue(said("002", "sacrifice all of our people", "An adviser to Ukrainian President")); // unnamed
        assertTrue(said("003", "sacrifice all of our people", "Alexander Rodnyansky"));
        assertTrue(said("004", "sacrifice all our people", "Alexander Rodnyansky")); // through "he said"
    }

    @Test
    void otherSpeakersOfTheSeeds() {
        assertTrue(said("003", "Ukraine does not strike", "Podolyak"));
        assertTrue(said("003", "We don’t believe it", "Peskov"));
        assertTrue(said("003", "the Russian attack was repelled", "Haidai"));
        assertTrue(said("001", "tens of thousands", "Prigozhin"));
        assertTrue(said("001", "Russia does not count people", "Zelensky")); // "the Ukrainian leader"
        assertTrue(said("004", "China historically respects", "Zelensky")); // "he said"
        assertTrue(said("004", "the evidence is all going the other way", "Blinken")); // "Mr. Blinken"
        assertTrue(said("004", "just and lasting", "Blinken")); // "Mr Blinken said"
        assertTrue(said("004", "this is not the era of war", "Kwatra"));
        assertTrue(said("004", "dialogue and diplomacy", "Kwatra"));
    }

    @Test
    void noQuoteFromBoilerplateAndNoSpeakerForScareQuotes() {
        for (Quote q : all) {
            String brief = q.articleId() + " " + q.kind() + " " + q.quote().substring(0, Math.min(80, q.quote().length()));
            assertFalse(q.quote().contains("{") || q.quote().contains("}"), brief);
            if (q.quote().contains("peace plan") || q.quote().equals("The A Word")) {
                assertEquals(QuoteKind.SCARE, q.kind(), q.toString());
            }
        }
    }

    @Test
    void statementsGroupedAcrossOutlets() {
        List<Quote> kept = all.stream().filter(q -> q.kind() != QuoteKind.SCARE).toList();
        List<QuoteGrouper.Group> groups = QuoteGrouper.group(kept, 2);
        assertEquals(Set.of("000", "001", "002", "003", "004"), articlesOf(groups, "sacrifice"));
        assertEquals(Set.of("000", "001", "003", "004"), articlesOf(groups, "weigh all"));
    }

    static Set<String> articlesOf(List<QuoteGrouper.Group> groups, String fragment) {
        Set<String> out = new TreeSet<>();
        int found = 0;
        for (QuoteGrouper.Group g : groups) {
            if (!g.quote().contains(fragment)) continue;
            found++;
            for (String id : g.articleIds()) out.add(id.substring(0, 3));
        }
        assertEquals(1, found, "groups whose representative contains '" + fragment + "': " + groups);
        return out;
    }
}
