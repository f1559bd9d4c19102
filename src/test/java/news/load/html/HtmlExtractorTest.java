package news.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import news.load.LoadException;
import news.model.Metadata;
import news.model.SourceDocument;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlExtractorTest {
    private static final String PROSE = "<p>The committee met on Tuesday to discuss the plan, and its members agreed that the"
            + " work should start in the spring, once the weather allows it and the money is in place.</p>";

    private static List<String> blocks(String html) {
        return HtmlExtractor.extract(Jsoup.parse(html).body()).stream().map(HtmlExtractor.Block::text).toList();
    }

    private static SourceDocument read(String html) throws LoadException {
        return HtmlReader.fromBytes(html.getBytes(StandardCharsets.UTF_8), null, "t", "t.html", Metadata.EMPTY, Metadata.EMPTY);
    }

    @Test
    void deeplyNestedPageDoesNotOverflowTheStack() throws Exception {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder(depth * 12);
        sb.append("<html><body>");
        for (int i = 0; i < depth; i++) sb.append("<div>");
        sb.append(PROSE);
        for (int i = 0; i < depth; i++) sb.append("</div>");
        sb.append("</body></html>");
        SourceDocument doc = read(sb.toString());
        assertTrue(doc.text().startsWith("The committee met"), doc.text());
    }

    @Test
    void deeplyNestedInlineElementsToo() {
        int depth = 100_000;
        StringBuilder sb = new StringBuilder("<body><p>");
        for (int i = 0; i < depth; i++) sb.append("<span><b>");
        sb.append("The committee met on Tuesday to discuss the plan, and its members agreed that the work should start.");
        List<String> b = blocks(sb.toString());
        assertFalse(b.isEmpty());
    }

    /**
     * Regression (fuzz finding): when the body itself is the best container and other scored
     * containers come close, widening climbed above the body, out of the measured tree (NPE).
     */
    @Test
    void bestContainerIsTheBodyItself() {
        // scores: each <div> 5 + 4 (a paragraph with two commas); the body 3 + 3 (two direct
        // paragraphs with one comma) + 4/2 + 4/2 = 10, so the divs are close alternatives
        String oneComma = "<p>The council met on Tuesday and agreed the budget after a long debate about the new"
                + " bridge, the schools and the hospital of the town.</p>";
        String html = "<body>" + oneComma + oneComma + "<div>" + PROSE + "</div><div>" + PROSE + "</div></body>";
        List<String> b = blocks(html);
        assertEquals(4, b.size(), b.toString());
        assertTrue(b.get(0).startsWith("The council met"), b.toString());
    }

    @Test
    void allScriptPageIsReportedAsHavingNoArticleText() {
        String html = "<html><head><script>var a = 1;</script></head><body><script>document.write('x'.repeat(500))</script>"
                + "<style>body{color:red}</style><noscript>Please enable JavaScript</noscript></body></html>";
        LoadException e = assertThrows(LoadException.class, () -> read(html));
        assertEquals("t.html: no article text found in the HTML page, skipped", e.getMessage());
    }

    @Test
    void scriptsStylesAndCommentsNeverReachTheText() throws Exception {
        String html = "<body><article>" + PROSE + "<script>var secret = 'tracking';</script><!-- an html comment -->"
                + "<style>.x{}</style>" + PROSE.replace("Tuesday", "Friday") + "</article></body>";
        String text = read(html).text();
        assertFalse(text.contains("tracking"));
        assertFalse(text.contains("html comment"));
        assertFalse(text.contains(".x{}"));
        assertTrue(text.contains("Friday"));
    }

    @Test
    void lineBreaksInsideAParagraphAreKept() throws Exception {
        String text = read("<body><article>" + PROSE + "<p>First line of the poem goes here, quite long<br>second line"
                + " of the poem follows it<br><br>third line</p></article></body>").text();
        assertTrue(text.contains("quite long\nsecond line of the poem follows it\nthird line"), text);
    }

    @Test
    void headlineIsMetadataNotBody() throws Exception {
        SourceDocument d = read("<html><head><title>Plan approved</title></head><body><article><h1>Plan approved</h1>"
                + PROSE + "</article></body></html>");
        assertEquals("Plan approved", d.metadata().title());
        assertFalse(d.text().contains("Plan approved"));
    }

    @Test
    void linkOnlyParagraphsInsideTheArticleAreDropped() throws Exception {
        String text = read("<body><article>" + PROSE + "<p><a href='/x'>Read more: the plan explained in full</a></p>"
                + PROSE + "</article></body>").text();
        assertFalse(text.contains("Read more"), text);
    }

    @Test
    void commentsSectionIsDroppedEvenWhenItIsProse() throws Exception {
        String comments = "<div id='comments'>" + PROSE.repeat(3).replace("committee", "commenter") + "</div>";
        String text = read("<body><article>" + PROSE.repeat(2) + "</article>" + comments + "</body>").text();
        assertFalse(text.contains("commenter"), text);
    }

    @Test
    void adSlotLabelsAreNotParagraphs() throws Exception {
        String text = read("<body><article>" + PROSE + "<div><center>- Advertisement -</center></div><p>Advert</p>"
                + PROSE.replace("Tuesday", "Friday") + "<p>Ads are bad, said the minister.</p></article></body>").text();
        assertFalse(text.contains("Advert"), text);
        assertTrue(text.contains("Ads are bad"), text);
    }

    @Test
    void classTokensSplitAtPunctuation() {
        assertEquals(List.of("article", "body", "wide"), HtmlExtractor.tokens("article__body--wide").subList(0, 3));
    }

    @Test
    void titleSuffixNamingTheSiteIsRemoved() {
        assertEquals("Storm hits coast", HtmlMetadata.stripSiteSuffix("Storm hits coast - Daily Planet", "Daily Planet"));
        assertEquals("Storm hits coast", HtmlMetadata.stripSiteSuffix("Storm hits coast | Planet", null));
        assertEquals("Q&A - what we know", HtmlMetadata.stripSiteSuffix("Q&A - what we know", null));
    }

    @Test
    void bylineLeadWordsAreRemoved() {
        assertEquals("Jane Doe", HtmlMetadata.cleanByline("By  Jane\nDoe"));
        assertEquals("Jean Dupont", HtmlMetadata.cleanByline("par Jean Dupont"));
        assertNull(HtmlMetadata.cleanByline("  "));
    }

    @Test
    void bylineRunningIntoADatelineIsCut() {
        assertEquals("Lisa Kaczke and Trevor J. Mitchell", HtmlMetadata.cutBylineTail("Lisa Kaczke and Trevor J. Mitchell Published 10:02 AM EST Nov 19, 2019"));
        assertEquals("Jeff Foust", HtmlMetadata.cutBylineTail("Jeff Foust Monday, November 18, 2019"));
        assertEquals("Amy Kuperinsky", HtmlMetadata.cutBylineTail("Amy Kuperinsky | NJ Advance Media for NJ.com"));
    }

    @Test
    void siteTaglineAndSitePrefixInTitles() {
        assertEquals("LinkNaija", HtmlMetadata.siteName("LinkNaija | Nigeria's popular news platform"));
        assertEquals("Pembuat Film Fitna Dirikan Partai", HtmlMetadata.stripSiteSuffix("Kabar Dunia | Pembuat Film Fitna Dirikan Partai", "Kabar Dunia"));
    }

    @Test
    void languageIsTheTwoLetterCode() {
        assertEquals("pt", HtmlMetadata.language("pt-BR"));
        assertEquals("en", HtmlMetadata.language("en_US"));
        assertNull(HtmlMetadata.language("eng"));
    }
}
