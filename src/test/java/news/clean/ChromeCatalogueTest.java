package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ChromeCatalogueTest {
    private static String classify(String line) {
        ProseScore ps = new ProseScore(line, 0, line.length(), WordList.of(line));
        return ChromeCatalogue.classify(WordList.of(line), ps.sentenceLike());
    }

    @Test
    void namesJunkClasses() {
        assertEquals("newsletter_signup", classify("Sign up for our morning briefing"));
        assertEquals("share_prompt", classify("Share on WhatsApp"));
        assertEquals("cookie_notice", classify("This site uses cookies to improve your experience."));
        assertEquals("notification_prompt", classify("Maybe later Allow"));
        assertEquals("read_more", classify("You might also like"));
        assertEquals("registration_message", classify("Please log in to see your saved stories"));
        assertEquals("aggregator_disclaimer", classify("This feed is a news aggregator; the content will be deleted within a day on request."));
        assertEquals("advertisement", classify("Advertisement"));
        assertEquals("photo_credit", classify("Photo: Getty Images"));
        assertEquals("donation_appeal", classify("Please donate now to keep our newsroom running"));
    }

    @Test
    void proseMentioningPlatformsIsNotChrome() {
        assertNull(classify("The minister wrote on Twitter that the talks with the union would continue on Friday."));
        assertNull(classify("He said the company would share more details about the recall with regulators next week."));
    }

    @Test
    void weakCuesNeedAShortLine() {
        assertEquals("share_prompt", classify("Facebook Twitter Email"));
        assertNull(classify("Facebook lost two million users in Europe during the quarter, the company said."));
    }
}
