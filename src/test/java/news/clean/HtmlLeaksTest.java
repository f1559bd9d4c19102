package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlLeaksTest {
    private static List<String> tags(String s) {
        return HtmlLeaks.tags(s, 0, s.length()).stream().map(t -> s.substring(t[0], t[1])).toList();
    }

    @Test
    void findsTagsAndComments() {
        assertEquals(List.of("<p>", "<a href=\"/x\">", "</a>", "<!-- ad -->", "<br/>"),
                tags("<p>Read the <a href=\"/x\">report</a><!-- ad --> here<br/>"));
    }

    @Test
    void comparisonsAndUnknownNamesAreNotTags() {
        assertEquals(List.of(), tags("if a < b and c > d, the score <3 stays"));
        assertEquals(List.of(), tags("the <foo> placeholder"));
    }

    @Test
    void unclosedTagIsNotATag() {
        assertEquals(List.of("<b>"), tags("<p class='x' <b>bold"));
    }

    @Test
    void decodesEntitiesForMetadata() {
        assertEquals("Tom & Jerry’s", HtmlLeaks.decode("Tom &amp; Jerry&#8217;s"));
    }
}
