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
    void aRewordedTalkingPointIsNotAContainedFragment() {
        // Regression (aeb, two outlets): Nov. 8 remarks and a Nov. 6 rally line shared their words in another order.
        List<Quote> qs = List.of(q("a", "We are taking in billions of dollars in tariff money from China", "Donald Trump"),
                q("b", "America is no longer for sale. Thanks to my tariffs, we are taking in billions and billions of dollars from a country that never gave us ten cents, China.", "Donald Trump"));
        assertTrue(QuoteGrouper.group(qs, 2).isEmpty(), QuoteGrouper.group(qs, 2).toString());
        // a real truncation keeps the order and joins
        List<Quote> cut = List.of(q("a", "make threats to harm lawmakers simply because they may disagree with them", "Ruth Kell"),
                q("b", "The First Amendment right to freedom of speech carries with it the responsibility that individuals not make threats to harm lawmakers simply because they may disagree with them", "Ruth Kell"));
        assertEquals(1, QuoteGrouper.group(cut, 2).size());
    }

    @Test
    void namesCompareWithoutSuffixesAndLeadingRoleWords() {
        assertTrue(QuoteGrouper.sameSpeaker("James P. Kennedy Jr", "Kennedy"));
        assertTrue(QuoteGrouper.sameSpeaker("Singer-guitarists Tom Johnston", "Tom Johnston"));
        assertTrue(QuoteGrouper.sameSpeaker("Alexandria Ocasio-Cortez", "Ocasio-Cortez"));
        assertTrue(!QuoteGrouper.sameSpeaker("James Kennedy Jr", "Tom Johnston"));
        List<Quote> qs = List.of(q("a", "We will be performing songs from our full catalog, as well as new music.", "Singer-guitarists Tom Johnston"),
                q("b", "We will be performing songs from our full catalog, as well as new music.", "Tom Johnston"));
        assertEquals(1, QuoteGrouper.group(qs, 2).size());
    }

    @Test
    void aDescriptionFacingANameWithoutARoleJoinsOnALongVerbatimStatement() {
        // Regression (aeb, three outlets): "the patient" / "the man" / Martin Taylor, his name given without a role.
        String said = "It doesn't affect me at all now and my life is pretty much as it was before.";
        List<Quote> qs = List.of(q("a", said, "Marta Lind"), q("b", said, "the patient"), q("c", said, "the man"));
        List<QuoteGrouper.Group> gs = QuoteGrouper.group(qs, 2);
        assertEquals(1, gs.size(), gs.toString());
        assertEquals(Set.of("a", "b", "c"), gs.get(0).articleIds());
        // a short statement says too little to join without its speaker
        List<Quote> short_ = List.of(q("a", "The plan makes sense.", "Marta Lind"), q("b", "The plan makes sense.", "the patient"));
        assertTrue(QuoteGrouper.group(short_, 2).isEmpty());
    }

    @Test
    void wordsCommonInTheCorpusMakeNoMatchDistinctive() {
        // 40 articles quote someone on tariffs on imports; two quote one official saying opposite things about steel.
        List<Quote> qs = new ArrayList<>();
        for (int i = 0; i < 40; i++) qs.add(q("x" + i, "Tariffs on imports hurt farmers number " + i + " badly.", "Speaker" + i));
        List<Quote> two = List.of(q("a", "Tariffs on imports hurt our steel.", "Ana Roth"), q("b", "Tariffs on imports help steel.", "Ana Roth"));
        assertEquals(1, QuoteGrouper.group(two, 2).size(), "in a small corpus every content word counts");
        qs.addAll(two);
        assertTrue(QuoteGrouper.group(qs, 2).stream().noneMatch(g -> g.articleIds().contains("a")),
                "tariffs and imports are in every article's quotes here: steel alone is not enough");
    }

    @Test
    void orderedShareAndVerbatimRun() {
        List<QuoteGrouper.Unit> us = QuoteGrouper.units(List.of(q("a", "we will rebuild every bridge before winter", "A"),
                q("b", "before winter we will rebuild every bridge", "A")));
        assertTrue(QuoteGrouper.orderedShare(us.get(0), us.get(1)) < 0.75);
        assertEquals(1.0, QuoteGrouper.orderedShare(us.get(0), us.get(0)), 1e-9);
        assertEquals(5, QuoteGrouper.longestRun(us.get(0), us.get(1))); // "we will rebuild every bridge"
    }

    @Test
    void normalisationExpandsContractionsAndStems() {
        assertEquals(List.of("we", "are", "not", "sacrific", "option"), QuoteGrouper.normalise("We’re not sacrificing options"));
        assertEquals(2, QuoteGrouper.sentences("First one. Second one.").size());
        assertEquals(1, QuoteGrouper.sentences("Mr. Smith left.").size());
    }
}
