package news.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageTypesTest {
    private static String type(String html, String url, boolean published, int words) {
        return PageTypes.classify(PageTypes.evidence(Jsoup.parse(html)), url, published, false, words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://forums.example.com/threads/best-tents.123/|forum",
        "https://cooking.stackexchange.com/questions/12068/catering|forum",
        "https://shop.example.com/products/wool-socks|product",
        "https://shop.example.com/collections/socks|collection",
        "https://docs.example.org/en/latest/guide.html|documentation",
        "https://example.com/|listing",
        "https://example.com/news/|listing",
        "https://example.com/tag/climate|listing",
        "https://example.com/services/plumbing|service",
    })
    void readsTheUrlShape(String url, String type) {
        assertEquals(type, type("<html><body><p>Some text.</p></body></html>", url, false, 100));
    }

    @Test
    void schemaTypesComeFirst() {
        String ld = "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":[\"WebPage\"]},{\"@type\":\"NewsArticle\"}]}</script>";
        assertEquals("article", type("<html><head>" + ld + "</head><body></body></html>", "https://example.com/", false, 50));
        String forum = "<script type=\"application/ld+json\">{\"@type\":\"DiscussionForumPosting\"}</script>";
        assertEquals("forum", type("<html><head>" + forum + "</head><body></body></html>", null, true, 50));
    }

    /** Regression: a page read from a file without any URL was called a listing (its path looked empty). */
    @Test
    void aPageWithoutUrlIsJudgedByWhatItSays() {
        String html = "<html><body><p>Text.</p></body></html>";
        assertEquals("article", type(html, null, true, 100));
        assertEquals("article", type(html, null, false, PageTypes.LONG_BODY_WORDS));
        assertEquals("service", type(html, null, false, 100));
    }
}
