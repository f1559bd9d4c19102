package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {
    static Quote q(String article, String text, String speaker) {
        return new Quote(article, text, speaker, speaker, null, "said", null, QuoteKind.DIRECT, 0, 0, text.length(), 0.9);
    }

    @Test
    void sameStatementAcrossOutletsWithVariantsAndSpellings() {
        List<Quote> qs = List.of(
                q("a", "We will rebuild every bridge before winter.", "Olena Hrytsenko"),
                q("b", "We are going to rebuild every single bridge before the winter.", "Olena Hrytsenko"),
                q("c", "We will rebuild all bridges before winter", "Hrytsenko"),
                q("d", "Bridges are not our priority.", "Olena Hrytsenko"));
        List<QuoteGrouper.Group> gs = QuoteGrouper.group(qs, 2);
        assertEquals(1, gs.size(), gs.toString());
        assertEquals(Set.of("a", "b", "c"), gs.get(0).articleIds());
        assertEquals("Olena Hrytsenko", gs.get(0).speaker());
    }

    @Test
    void mergedQuoteJoinsTheGroupOfEachOfItsParts() {
        List<Quote> qs = List.of(
                q("a", "Our reserves are large enough for a long campaign.", "Ivo Marek"),
                q("b", "Our reserves are large enough for a long campaign. The enemy's are not.", "Ivo Marek"),
                q("c", "The harbour defences will be doubled by spring", "Ivo Marek"),
                q("d", "The harbour defences will be doubled by spring because our reserves are large enough for a long campaign.", "Ivo Marek"));
        List<QuoteGrouper.Group> gs = QuoteGrouper.group(qs, 2);
        assertEquals(2, gs.size(), gs.toString());
        for (QuoteGrouper.Group g : gs) {
            assertTrue(g.articleIds().contains("d"), g.toString());
            String rel = g.members().stream().filter(m -> m.articleId().equals("d")).findFirst().orElseThrow().relation();
            assertEquals("contained", rel);
        }
    }

    @Test
    void differentNamedSpeakersAreNeverGrouped() {
        List<Quote> qs = List.of(q("a", "The economy is growing faster than expected.", "Anna Berg"),
                q("b", "The economy is growing faster than expected.", "Tomas Lind"));
        assertTrue(QuoteGrouper.group(qs, 2).isEmpty());
    }

    static Quote withRole(String article, String text, String speaker, String role) {
        return new Quote(article, text, speaker, speaker, role, "said", null, QuoteKind.DIRECT, 0, 0, text.length(), 0.9);
    }

    @Test
    void describedSpeakerJoinsOnlyWhenTheRoleAgreesAndOnAStrongMatch() {
        List<Quote> qs = new ArrayList<>(List.of(withRole("a", "The dam will hold through the spring floods.", "Pia Sund",
                        "the chief engineer at the site"),
                q("b", "The dam will hold through the spring floods.", "an engineer at the site")));
        assertEquals(1, QuoteGrouper.group(qs, 2).size());
        qs.set(1, q("b", "The dam may hold, but the spring is long.", "an engineer at the site"));
        assertTrue(QuoteGrouper.group(qs, 2).isEmpty());
        qs.set(1, q("b", "The dam will hold through the spring floods.", "a local farmer")); // roles disagree
        assertTrue(QuoteGrouper.group(qs, 2).isEmpty());
    }

    @Test
    void courtesiesAndNamesAreNoStatement() {
        List<Quote> qs = List.of(q("a", "Thank you very much, Mr. President.", "Anna Berg"),
                q("b", "Thank you very much, Mr. President. We will win this war.", "Anna Berg"),
                q("c", "Good morning, everybody, thank you so much.", "Anna Berg"),
                q("d", "Thank you very much, Mr. President.", "Anna Berg"));
        assertTrue(QuoteGrouper.group(qs, 2).isEmpty(), QuoteGrouper.group(qs, 2).toString());
    }

    @Test
    void aGroupNeverJoinsTwoNamedSpeakersThroughAnUnattributedQuote() {
        List<Quote> qs = List.of(q("a", "The new bridge over the river will open to traffic in early spring.", "Anna Berg"),
                q("b", "The new bridge over the river will open to traffic in early spring.", null),
                q("c", "The new bridge over the river will open to traffic in early spring.", "Tomas Lind"));
        for (QuoteGrouper.Group g : QuoteGrouper.group(qs, 2)) {
            long named = g.members().stream().map(QuoteGrouper.Member::speaker).filter(QuoteGrouper::isName).distinct().count();
            assertTrue(named <= 1, g.toString());
        }
    }

    @Test
    void memberScoresFallForShortStatementsAndMissingSpeakers() {
        Quote full = q("x", "x", "Anna Berg");
        assertEquals(1.0, QuoteGrouper.memberScore(1.0, 6, full, "Anna Berg"), 1e-9);
        assertTrue(QuoteGrouper.memberScore(1.0, 3, full, "Anna Berg") < QuoteGrouper.memberScore(1.0, 6, full, "Anna Berg"));
        assertTrue(QuoteGrouper.memberScore(1.0, 6, q("x", "x", null), "Anna Berg") < 1.0);
    }

    @Test
    void normalisationExpandsContractionsAndStems() {
        assertEquals(List.of("we", "are", "not", "sacrific", "option"), QuoteGrouper.normalise("We’re not sacrificing options"));
        assertEquals(2, QuoteGrouper.sentences("First one. Second one.").size());
        assertEquals(1, QuoteGrouper.sentences("Mr. Smith left.").size());
    }
}
