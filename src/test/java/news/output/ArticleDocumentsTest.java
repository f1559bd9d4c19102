package news.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The markdown and txt formats: articles as documents, other rows as tables. */
class ArticleDocumentsTest {
    private static Map<String, Object> article(String title, String byline, String site, List<String> paragraphs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "a");
        m.put("title", title);
        m.put("subtitle", null);
        m.put("byline", byline);
        m.put("site", site);
        m.put("published", "2023-03-07");
        m.put("paragraphs", paragraphs);
        return m;
    }

    private static String write(OutputFormat f, List<Map<String, Object>> rows, List<String> columns) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        RecordWriter w = new RecordWriter(bos, f, columns);
        rows.forEach(w::write);
        w.finish();
        return bos.toString(StandardCharsets.UTF_8);
    }

    @Test
    void markdownHasTitleMetadataAndParagraphsAndBreaksBetweenArticles() throws Exception {
        String out = write(OutputFormat.MARKDOWN, List.of(
                article("Council approves bridge", "By Ann Lee", "Riverside Wire", List.of("First.", "Second.")),
                article(null, "Bo Chan", null, List.of("Only."))), List.of("id"));
        assertEquals("# Council approves bridge\n\nBy Ann Lee · Riverside Wire · 2023-03-07\n\nFirst.\n\nSecond.\n"
                + "\n---\n\nBy Bo Chan · 2023-03-07\n\nOnly.\n", out);
    }

    @Test
    void txtIsTitleThenParagraphsWithAFormFeedBetweenArticles() throws Exception {
        String out = write(OutputFormat.TXT, List.of(
                article("Council approves bridge", "By Ann Lee", null, List.of("First *one*.", "Second.")),
                article("Two", null, null, List.of("Only."))), List.of("id"));
        assertEquals("Council approves bridge\n\nFirst *one*.\n\nSecond.\n\f\nTwo\n\nOnly.\n", out);
    }

    /** No character of an article becomes markup: inline characters and line-start block markers are escaped. */
    @Test
    void markdownEscapesWhatWouldBeMarkup() {
        assertEquals("a \\*b\\* \\_c\\_ \\<script\\> \\[x\\](y) \\`z\\` 5 \\\\ 6",
                ArticleDocuments.escape("a *b* _c_ <script> [x](y) `z` 5 \\ 6"));
        assertEquals("\\# not a heading\n\\- not a list\n1999\\. not a list\n  \\> not a quote\n\\===",
                ArticleDocuments.escape("# not a heading\n- not a list\n1999. not a list\n  > not a quote\n==="));
        assertEquals("In 1999. a year", ArticleDocuments.escape("In 1999. a year"));
    }

    @Test
    void rowsThatAreNotArticlesBecomeAPipeTable() throws Exception {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", "a|b");
        row.put("words", 12);
        assertEquals("| id | words |\n|---|---|\n| a\\|b | 12 |\n", write(OutputFormat.MARKDOWN, List.of(row), List.of("id", "words")));
        assertEquals("ID   WORDS\na|b  12\n", write(OutputFormat.TXT, List.of(row), List.of("id", "words")));
        assertEquals("", write(OutputFormat.MARKDOWN, List.of(), List.of("id", "words")));
    }
}
