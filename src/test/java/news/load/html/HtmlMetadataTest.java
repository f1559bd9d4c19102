package news.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Publication dates as {@link HtmlMetadata} chooses them among markup and printed text. */
class HtmlMetadataTest {
    private static final String BODY = "<p>" + "An article paragraph long enough to be the text of the page. ".repeat(8) + "</p>";

    private static String published(String head, String top) {
        String html = "<html><head>" + head + "</head><body><article><h1>A headline</h1>" + top + BODY
                + "</article></body></html>";
        return HtmlReader.extract(html, "https://example.org/a").metadata().published();
    }

    @Test
    void aPageThatPrintsOnlyItsUpdateDayIsDatedByIt() {
        assertEquals("2025-12-19", published("", "<p>By Jane Doe · Updated: Dec 19, 2025</p>"));
        assertEquals("2025-10-23", published("", "<div class=\"post-date\">Updated on 23 Oct 2025</div>"));
    }

    @Test
    void aPrintedPublicationDayIsPreferredToAnUpdateLineInTheSameBox() {
        assertEquals("2023-04-26", published("", "<p>By Claire · Published Apr 26, 2023 · Updated Aug 21, 2025</p>"));
    }

    @Test
    void markupPublicationDateStandsAgainstAPrintedUpdateDay() {
        String ld = "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"A headline\","
                + "\"datePublished\":\"2024-10-15T18:50:03+00:00\",\"dateModified\":\"2025-06-18T16:35:02+00:00\"}</script>";
        assertEquals("2024-10-15", published(ld, "<p>Updated on June 18, 2025</p>").substring(0, 10));
    }

    private static String ld(String published) {
        return "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"A headline\","
                + "\"datePublished\":\"" + published + "\"}</script>";
    }

    @Test
    void anEarlierDayPrintedByTheHeadlineOutranksAReSavedMarkupDate() {
        assertEquals("2024-08-25", published(ld("Jun 24, 2025"), "<p>Shauna Mitchell August 25, 2024</p>"));
    }

    @Test
    void aPrintedDayOneDayOffIsTheSameMomentInAnotherZone() {
        assertEquals("2026-02-23", published(ld("2026-02-23T03:00:00Z"), "<p>By Kim · Feb 22, 2026</p>").substring(0, 10));
    }

    @Test
    void aLaterPrintedDayDoesNotReplaceTheMarkupDate() {
        assertEquals("2024-10-15", published(ld("2024-10-15"), "<p>By Kim · June 18, 2025</p>"));
    }

    @Test
    void aDateDeepInAPageBuilderHeaderIsStillNearTheHeadline() {
        String wrappers = "<div><span>x</span></div>".repeat(25);
        assertEquals("2025-10-20", published("", wrappers + "<p><span>Faith Katunga</span><span>Oct 20, 2025</span></p>"));
    }

    @Test
    void theHeadlinesDatelineOutranksTheDatesOfRelatedArticlesEarlierInThePage() {
        String html = "<html><head></head><body><nav><div class=\"article-item__date\">Mar 3, 2026</div>"
                + "<time datetime=\"2026-02-26\">Feb 26, 2026</time></nav><article><h1>A headline</h1>"
                + "<p><span>5 min read</span> <span>February 6, 2026</span></p>" + BODY + "</article></body></html>";
        assertEquals("2026-02-06", HtmlReader.extract(html, "https://example.org/a").metadata().published());
    }

    @Test
    void aTableOfDaysOrADayInASentenceIsNotTheDateline() {
        String table = "<table><tr><td>1/1/2013</td><td>+13.1%</td></tr></table>";
        assertEquals("2025-02-12", published(ld("2025-02-12"), table).substring(0, 10));
        assertEquals("2025-09-25", published(ld("2025-09-25"), "<p>As of July 31, 2025, the FDA has received:</p>").substring(0, 10));
    }

    @Test
    void aTimeElementsMachineDayOutranksItsPrintedForm() {
        assertEquals("2024-12-20", published("", "<p><time datetime=\"2024-12-20\">August 28, 2024</time></p>"));
        // one day apart they are one moment: the printed form is the site's day
        assertEquals("2024-08-28", published("", "<p><time datetime=\"2024-08-29T02:00:00Z\">August 28, 2024</time></p>"));
    }

    @Test
    void aDatelineSplitByAChildElementStillReads() {
        assertEquals("2020-10-16", published("", "<p>October 16, 2020<span> · </span>8 min read</p>"));
    }

    @Test
    void aPageWithoutH1IsDatedNearTheElementPrintingItsTitle() {
        String sidebar = "<div><p>Newsletter</p></div>".repeat(10);
        String html = "<html><head><title>Top 5 tools in 2026 | Example</title></head><body>" + sidebar
                + "<div><p>Top 5 tools in 2026</p><div><span>Jane Doe</span></div><p>Feb 16, 2026</p></div>"
                + BODY + "</body></html>";
        assertEquals("2026-02-16", HtmlReader.extract(html, "https://example.org/a").metadata().published());
    }

    /** The printed headline is the title when the SEO title rewords it; a label or a cut-off headline is not. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "IT & Cybersecurity Best Practices to Protect Your Business;Top 10 IT Security Best Practices for 2025: Protect Your Business | Acme;IT & Cybersecurity Best Practices to Protect Your Business",
        "9 Common Food Myths Debunked;Debunking Common Food Myths;9 Common Food Myths Debunked",
        "Latest news;Rates rise again as inflation stays high;Rates rise again as inflation stays high",
        "Erik Demaine's Folding and Unfolding:;The Fold-and-Cut Problem;The Fold-and-Cut Problem",
    })
    void theHeadlineWinsOverARewordedDeclaredTitle(String h1, String ogTitle, String want) {
        assertEquals(want, HtmlMetadata.chooseTitle(null, ogTitle, null, null, h1, ogTitle, "Acme"));
    }

    /** A label without its name, a day, an account name or a template key is no byline; names with dots are. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = ';', value = {
        "Written by;false", "The Author;false", "View more posts;false", "Dec. 19, 2025;false", "admin;false",
        "undefined;false", "page.head.extra.author;false", "Jane Doe;true", "sara.r.peter;true",
        "AccountingDepartment.com;true", "Marketing Team;true",
    })
    void tellsBylinesFromLabels(String byline, boolean isByline) {
        assertEquals(isByline, HtmlMetadata.isByline(byline));
    }

    @Test
    void aPlaceholderAuthorInMarkupFallsThroughToThePrintedByline() {
        String meta = "<meta name=\"author\" content=\"page.head.extra.author\">";
        String html = "<html><head>" + meta + "</head><body><article><h1>A headline</h1>"
                + "<p class=\"byline\">By Tim Enwall</p>" + BODY + "</article></body></html>";
        assertEquals("Tim Enwall", HtmlReader.extract(html, "https://example.org/a").metadata().byline());
    }

    @Test
    void aListOfPostsByTheHeadlineGivesNoDate() {
        StringBuilder posts = new StringBuilder();
        for (int d = 10; d <= 14; d++) {
            posts.append("<div><a>Post ").append(d).append("</a><span class=\"post-date\">Sunday, ").append(d).append(".03.2019</span></div>");
        }
        String html = "<html><head></head><body><h1>Jan's Blog</h1>" + posts + BODY + "</body></html>";
        org.junit.jupiter.api.Assertions.assertNull(HtmlReader.extract(html, "https://example.org/").metadata().published());
        // one dated post is an article's dateline
        String one = "<html><head></head><body><h1>Jan's Blog</h1><span class=\"post-date\">Sunday, 10.03.2019</span>" + BODY + "</body></html>";
        assertEquals("2019-03-10", HtmlReader.extract(one, "https://example.org/").metadata().published());
    }
}
