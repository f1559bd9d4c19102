package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quote span rules: mark families, apostrophes, nesting, paragraphs, unbalanced marks. */
class QuoteMarksTest {
    static List<String> contents(String... paragraphs) {
        String text = String.join("\n\n", paragraphs);
        return QuoteMarks.find(text, Frame.paragraphRanges(List.of(paragraphs))).stream()
                .map(s -> text.substring(s.contentStart(), s.contentEnd())).toList();
    }

    @Test
    void curlyStraightAndMixedMarks() {
        assertEquals(List.of("Rain is coming"), contents("“Rain is coming,” the forecaster said."));
        assertEquals(List.of("Rain is coming"), contents("\"Rain is coming,\" the forecaster said."));
        assertEquals(List.of("Rain is coming"), contents("“Rain is coming,\" the forecaster said."));
    }

    @Test
    void guillemetsAndLowHighMarks() {
        assertEquals(List.of("Nous restons"), contents("«Nous restons», a dit le maire."));
        assertEquals(List.of("Wir bleiben"), contents("„Wir bleiben“, sagte der Bürgermeister."));
    }

    @Test
    void singleQuotesAsOuterMarksButApostrophesAreNot() {
        assertEquals(List.of("We’ll see"), contents("‘We’ll see,’ the coach said of his team’s chances."));
        assertEquals(List.of(), contents("The farmers’ union says they’ve lost Ukraine’s market and won’t recover."));
        assertEquals(List.of(), contents("Sales in the ’90s were higher, and rock ’n’ roll was king."));
    }

    @Test
    void singleNestedInDoubleBelongsToTheOuterQuote() {
        assertEquals(List.of("He told me, ‘Keep going,’ and I did"),
                contents("“He told me, ‘Keep going,’ and I did,” she said."));
    }

    @Test
    void quoteRunningOverParagraphsContinuesWhenTheNextParagraphOpensWithAMark() {
        List<String> c = contents("“The first part of the speech.", "“The second part,” the mayor said.");
        assertEquals(1, c.size());
        assertEquals("The first part of the speech.\n\n“The second part", c.get(0));
    }

    @Test
    void unbalancedMarkEndsAtTheParagraphBreak() {
        List<String> c = contents("The mayor promised “a new park by summer.", "Work has not started.",
                "“It will,” an aide said.");
        assertEquals(List.of("a new park by summer.", "It will"), c);
    }

    @Test
    void anOpeningMarkAfterSpaceInsideAQuoteStartsANewQuote() {
        List<String> c = contents("He called it “absurd and then said “we will appeal,” to reporters.");
        assertEquals(List.of("absurd and then said", "we will appeal"), c);
    }

    @Test
    void multiSentenceQuoteIsOneSpan() {
        assertEquals(List.of("We lost. We will be back."), contents("“We lost. We will be back.” The captain left."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String p = "Before “inside” after";
        var spans = QuoteMarks.find(p, Frame.paragraphRanges(List.of(p)));
        assertEquals(1, spans.size());
        assertEquals("inside", p.substring(spans.get(0).contentStart(), spans.get(0).contentEnd()));
        assertTrue(spans.get(0).closed());
        assertFalse(contents("no marks here").iterator().hasNext());
    }
}
