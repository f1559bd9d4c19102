package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.model.Article;
import news.model.Metadata;
import news.model.Removal;
import news.model.SourceDocument;
import org.junit.jupiter.api.Test;

class TextCleanerTest {
    static final String P1 = "The city council approved a new budget on Monday after a debate that lasted for more than six hours.";
    static final String P2 = "Most of the extra money will go to schools and to the repair of roads that were damaged in the spring floods.";
    static final String P3 = "Opposition members said the plan relied on tax income that the city was unlikely to collect this year.";

    static SourceDocument doc(String text) {
        return doc(text, Metadata.EMPTY, "txt");
    }

    static SourceDocument doc(String text, Metadata md, String format) {
        return new SourceDocument("t", "t.txt", format, "0".repeat(64), text, md, List.of());
    }

    static Article clean(String text) {
        return new TextCleaner().clean(doc(text), RepetitionIndex.empty());
    }

    static String reasonOf(Article a, String removedText) {
        for (Removal r : a.removed()) if (r.text().equals(removedText)) return r.reason();
        return null;
    }

    @Test
    void keepsCleanArticleWhole() {
        Article a = clean(P1 + "\n" + P2 + "\n" + P3 + "\n");
        assertEquals(List.of(P1, P2, P3), a.paragraphTexts());
        assertEquals(List.of(), a.removed());
        assertNull(a.title());
        assertTrue(a.problems().contains("no title found"));
    }

    @Test
    void findsTitleAboveTheBodyAndDropsItsRepeat() {
        String title = "City council approves budget after long debate";
        Article a = clean("Politics\n\n" + title + "\n\n" + P1 + "\n\n" + P2 + "\n\n" + P3 + "\n\n" + title + "\n");
        assertEquals(title, a.title());
        assertEquals(List.of(P1, P2, P3), a.paragraphTexts());
        assertEquals("section_label", reasonOf(a, "Politics"));
        assertEquals("title", a.removed().stream().filter(r -> r.text().equals(title)).findFirst().get().reason());
        assertEquals("repeated_title", a.removed().get(a.removed().size() - 1).reason());
    }

    @Test
    void headlineGluedBehindBreadcrumb() {
        String line = "News Local Council approves budget after long debate The city council approved a new budget on Monday after a debate";
        Article a = clean(line + "\n" + P1 + "\n" + P2 + "\n" + P3);
        assertEquals("Council approves budget after long debate", a.title());
    }

    @Test
    void metadataTakesPrecedence() {
        Metadata md = new Metadata("https://example.org/a", "Declared title", "Ann Lee", "2023-03-01", "Example Post", "en");
        Article a = new TextCleaner().clean(doc("Some other heading line\n" + P1 + "\n" + P2, md, "html"), RepetitionIndex.empty());
        assertEquals("Declared title", a.title());
        assertEquals("Ann Lee", a.byline());
        assertEquals("Example Post", a.site());
        assertEquals("https://example.org/a", a.url());
        assertEquals("2023-03-01", a.published());
        assertEquals("en", a.language());
    }

    @Test
    void movesCreditsAndBylineOut() {
        Article a = clean("By Ann Lee and Tom Berg\n" + P1 + "\n" + P2 + "\n" + P3 + "\nJo Park in Oslo contributed to this report.\n");
        assertEquals("Ann Lee and Tom Berg", a.byline());
        assertEquals(List.of("Jo Park in Oslo contributed to this report."), a.credits());
        assertEquals(List.of(P1, P2, P3), a.paragraphTexts());
    }

    @Test
    void recordsDateline() {
        Article a = clean("BERGEN, Norway (AP) — " + P1 + "\n" + P2);
        assertEquals("BERGEN, Norway (AP) —", a.dateline());
    }

    @Test
    void dropsChromeAroundTheBody() {
        String text = String.join("\n", "Home", "World", "Sport", "Sign in", ".x{color:red}.y{margin:0 auto;padding:0}",
                P1, "Advertisement", P2, P3, "Share on Facebook", "Share on Twitter", "Copyright © 2023 Example Media. All rights reserved.");
        Article a = clean(text);
        assertEquals(List.of(P1, P2, P3), a.paragraphTexts());
        assertEquals("advertisement", reasonOf(a, "Advertisement"));
        assertEquals("leaked_css", reasonOf(a, ".x{color:red}.y{margin:0 auto;padding:0}"));
        assertEquals("share_prompt", reasonOf(a, "Share on Facebook"));
    }

    @Test
    void repeatedShortLinesAcrossTheCorpusAreChrome() {
        RepetitionIndex index = RepetitionIndex.empty();
        String chrome = "Weekend edition highlights";
        index.add(doc(chrome + "\n" + P1));
        index.add(doc(chrome + "\n" + P2));
        index.add(doc(chrome + "\n" + P3));
        Article a = new TextCleaner().clean(doc(P1 + "\n" + chrome + "\n" + P2 + "\n" + P3), index);
        assertEquals("repeated_line", reasonOf(a, chrome));
    }

    @Test
    void sharedWireParagraphsAreNotRemovedForRepetition() {
        RepetitionIndex index = RepetitionIndex.empty();
        index.add(doc(P1 + "\n" + P2));
        index.add(doc(P1 + "\n" + P3));
        Article a = new TextCleaner().clean(doc(P1 + "\n" + P2 + "\n" + P3), index);
        assertEquals(List.of(P1, P2, P3), a.paragraphTexts());
    }

    @Test
    void blankLineBlocksAreParagraphs() {
        String wrapped = "The council approved a new budget on Monday after a\ndebate that lasted for more than six hours.";
        Article a = clean(wrapped + "\n\n" + P2 + "\n\n" + P3);
        assertEquals(List.of(wrapped, P2, P3), a.paragraphTexts());
    }

    @Test
    void duplicatedArticleCopyIsDropped() {
        Article a = clean(P1 + "\n" + P2 + "\n" + P3 + "\n" + P1 + "\n" + P2 + "\n" + P3);
        assertEquals(List.of(P1, P2, P3), a.paragraphTexts());
        assertEquals("duplicate_line", a.removed().get(0).reason());
    }

    @Test
    void commentsEndTheBody() {
        Article a = clean(P1 + "\n" + P2 + "\n" + P3 + "\nLeave a Reply\n"
                + "Sam on May 2, 2021 at 4:47 pm said:\nI think the council made the right call on the roads, to be honest with you all.");
        assertEquals(List.of(P1, P2, P3), a.paragraphTexts());
    }

    @Test
    void problems() {
        assertTrue(clean("Short note.").problems().contains("short body"));
        assertTrue(clean(".x{color:red;margin:0}").problems().contains("empty body"));
        SourceDocument warned = new SourceDocument("t", "t.txt", "txt", "0".repeat(64), P1, Metadata.EMPTY,
                List.of("t.txt: charset fallback to windows-1252"));
        // the article's problems name no path (it is the article's "path"): issue 15, item 17
        assertTrue(new TextCleaner().clean(warned, RepetitionIndex.empty()).problems().contains("charset fallback to windows-1252"));
    }

    @Test
    void leakedTagsAreRemovedAndTextKept() {
        Article a = clean("<p>" + P1 + "</p>\n" + P2);
        assertEquals(List.of(P1, P2), a.paragraphTexts());
        assertEquals("html_tag", reasonOf(a, "<p>"));
        assertFalse(a.text().contains("<"));
    }

    @Test
    void teasersOfOtherStoriesAreDropped() {
        String teasers = "Storm Closes Coastal Roads For Second WeekCrews worked through the night to clear the debris from roads.\n"
                + "Is The Harbour Ready For Winter?Officials say the new sea wall will be finished before the first storms.\n"
                + "Local Bakery Wins National PrizeThe family-run shop beat two hundred rivals with its rye loaf and buns.\n";
        Article a = clean(teasers + "Filed Under: budget, council\n" + P1 + "\n" + P2 + "\n" + P3);
        assertEquals(List.of(P1, P2, P3), a.paragraphTexts());
        assertEquals("teaser", a.removed().get(0).reason());
    }

    @Test
    void commentHeaderEndsAShortBody() {
        Article a = clean(P1 + "\nPosted in City | Permalink | 3 Comments\n"
                + "Sam on May 2, 2021 at 4:47 pm said:\n" + P2 + "\n" + P3 + "\n" + P2.replace("schools", "parks"));
        assertEquals(List.of(P1), a.paragraphTexts());
    }
}
