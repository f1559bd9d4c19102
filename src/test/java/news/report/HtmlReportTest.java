package news.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.app.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page: its sections, its numbers (those of the services), escaping, nothing fetched. */
class HtmlReportTest {
    @TempDir
    static Path tmp;
    static ReportData data;
    static String html;

    @BeforeAll
    static void report() throws Exception {
        Path corpus = ReportCorpus.write(tmp.resolve("corpus"));
        data = ReportData.collect(List.of(corpus.toString()), 2, Problems.silent());
        StringWriter w = new StringWriter();
        HtmlReport.write(data, w);
        html = w.toString();
    }

    @Test
    void everySectionIsThere() {
        Document doc = Jsoup.parse(html);
        for (String id : HtmlReport.SECTIONS) {
            Element s = doc.getElementById(id);
            assertTrue(s != null && s.tagName().equals("section") && s.selectFirst("h2") != null, id);
        }
        assertEquals(HtmlReport.SECTIONS.size(), doc.select("main > section").size());
        assertEquals(data.articles().size(), doc.select("#overview table.articles tbody tr").size());
        assertEquals(data.groups().size(), doc.select("#quote-groups article.group").size());
        assertEquals(data.dedup().clusters().size(), doc.select("#clusters article.cluster").size());
        assertEquals(data.dedup().passages().size(), doc.select("#passages tbody tr").size());
        int members = data.groups().stream().mapToInt(g -> g.members().size()).sum();
        assertEquals(members, doc.select("#quote-groups .variant").size(), "every outlet's version side by side");
    }

    @Test
    void theReworkedCopyIsAClusterWithItsWordDiff() {
        assertEquals(1, data.dedup().clusters().size());
        Document doc = Jsoup.parse(html);
        Element diff = doc.selectFirst("#clusters details.diff .text");
        assertTrue(diff != null);
        assertTrue(diff.select("ins").eachText().contains("army"), diff.html());
        assertTrue(diff.select("del").eachText().contains("military"), diff.html());
    }

    @Test
    void theChartCountsQuotesPerSpeakerAndOutlet() {
        Document doc = Jsoup.parse(html);
        Element svg = doc.selectFirst("#chart svg");
        assertTrue(svg != null);
        List<HtmlReport.SpeakerCounts> counts = HtmlReport.speakerCounts(data);
        int shown = Math.min(HtmlReport.CHART_SPEAKERS, counts.size());
        assertEquals(shown, svg.select("g.bar").size());
        int segments = counts.subList(0, shown).stream().mapToInt(c -> c.byOutlet().size()).sum();
        assertEquals(segments, svg.select("rect").size());
        long withSpeaker = data.quotes().values().stream().flatMap(List::stream).filter(q -> q.speaker() != null).count();
        assertEquals(withSpeaker, counts.stream().mapToInt(HtmlReport.SpeakerCounts::total).sum(), "every attributed quote counted once");
        // Zelensky, Zelenskiy and Zelenskyy are one speaker.
        assertEquals(1, counts.stream().filter(c -> c.speaker().startsWith("Volodymyr Zelensk")).count());
    }

    @Test
    void hostileTextIsEscapedAndNothingIsFetched() {
        Matcher scripts = Pattern.compile("<script").matcher(html);
        int n = 0;
        while (scripts.find()) n++;
        assertEquals(1, n, "only the page's own script");
        assertFalse(html.contains("<img"), "no markup from the corpus");
        assertFalse(html.contains("<b>Outlet"));
        assertTrue(html.contains("Evil &lt;b&gt;Outlet&lt;/b&gt;"));
        assertTrue(html.contains("&lt;/title&gt;&lt;script&gt;"));
        assertTrue(html.contains("evil&lt;1&gt;"));
        Document doc = Jsoup.parse(html);
        assertTrue(doc.select("[src]").isEmpty(), "nothing loaded from anywhere");
        for (Element a : doc.select("a[href]")) assertTrue(a.attr("href").startsWith("#"), a.outerHtml());
        assertTrue(doc.select("link").isEmpty());
        String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(csp.startsWith("default-src 'none'"), csp);
    }

    @Test
    void aLargeCorpusShowsTheFirstItemsOfEachListAndCountsAll() throws Exception {
        StringBuilder lines = new StringBuilder();
        int n = HtmlReport.MAX_ITEMS + 7;
        for (int i = 0; i < n; i++) {
            lines.append("{\"id\": \"a").append(i).append("\", \"text\": \"Article ").append(i)
                    .append(" tells of its own town, number ").append(i).append(", and nothing else.\"}\n");
        }
        Path big = tmp.resolve("big");
        java.nio.file.Files.createDirectories(big);
        java.nio.file.Files.writeString(big.resolve("many.jsonl"), lines);
        ReportData d = ReportData.collect(List.of(big.toString()), 2, Problems.silent());
        StringWriter w = new StringWriter();
        HtmlReport.write(d, w);
        Document doc = Jsoup.parse(w.toString());
        assertEquals(HtmlReport.MAX_ITEMS, doc.select("#overview table.articles tbody tr").size());
        assertEquals("The first " + HtmlReport.MAX_ITEMS + " of " + n + " articles are shown; news export holds them all.",
                doc.selectFirst("#overview p.more").text());
        assertEquals(String.valueOf(n), doc.selectFirst("#overview .stats dd").text(), "the numbers count everything");
    }

    @Test
    void escapes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", Html.esc("<a href=\"x\" title='y'>&</a>"));
        assertEquals("a\uFFFDb\tc\nd\uFFFD", Html.esc("a\u0000b\tc\nd\u0085"));
        assertEquals("x\uFFFDy\uFFFD", Html.esc("x\uD800y\uDC00"), "lone surrogates");
        assertEquals("emoji \uD83D\uDE00 kept", Html.esc("emoji \uD83D\uDE00 kept"));
        assertEquals("plain", Html.esc("plain"));
        assertEquals("", Html.esc(null));
        assertEquals("evil_1_", Html.id("evil<1>"));
    }

    @Test
    void longRunsOfEqualWordsAreShortened() {
        String words = String.join(" ", java.util.Collections.nCopies(30, "w"));
        assertEquals(String.join(" ", java.util.Collections.nCopies(12, "w")) + " … "
                + String.join(" ", java.util.Collections.nCopies(12, "w")), HtmlReport.shorten(words, 24));
        assertEquals("a b c", HtmlReport.shorten("a b c", 24));
    }
}
