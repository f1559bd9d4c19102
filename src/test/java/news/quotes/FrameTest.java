package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The token columns of {@link Frame} and the Token objects made from them on demand. */
class FrameTest {

    @Test
    void tokenObjectsAgreeWithTheColumns() {
        Frame f = new Frame(List.of("“We will hold,” said Mr. Ann Lee’s aide — on Monday.",
                "“It runs over", "“two paragraphs.” Then U.S. officials spoke."));
        assertEquals(f.tokenCount(), f.tokens.size());
        for (int k = 0; k < f.tokenCount(); k++) {
            Frame.Token t = f.tokens.get(k);
            assertSame(t, f.tokens.get(k), "made once");
            assertSame(f.word(k), t.word);
            assertEquals(f.start(k), t.start());
            assertEquals(f.end(k), t.end());
            assertEquals(f.para(k), t.para());
            assertEquals(f.lastPara(k), t.lastPara());
            assertEquals(f.text.substring(t.start(), t.end()), t.kind() == Frame.Kind.QUOTE
                    ? f.text.substring(f.quotes.get(t.quote()).open(), f.quotes.get(t.quote()).end()) : t.text());
        }
        // the quote over two paragraphs is one token ending in paragraph 2
        Frame.Token q = f.tokens.get(f.quoteToken[1]);
        assertEquals(1, q.para());
        assertEquals(2, q.lastPara());
    }

    @Test
    void splitOnWhitespaceIsStringSplit() {
        java.util.Random r = new java.util.Random(3);
        char[] alphabet = {'a', 'B', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', '.', 'é'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) sb.append(alphabet[r.nextInt(alphabet.length)]);
            String s = sb.toString();
            org.junit.jupiter.api.Assertions.assertArrayEquals(s.split("\\s+"), Frame.splitOnWhitespace(s), "[" + s + "]");
        }
    }

    @Test
    void wholeTextPassesMakeNoTokenObjects() {
        // A million one-word paragraphs used to leave millions of small objects (a token, a range,
        // a boxed sentence start each) for every young collection to copy: growth came from the GC.
        List<String> paragraphs = new ArrayList<>(Collections.nCopies(200_000, "a"));
        Frame f = new Frame(paragraphs);
        new Entities(f);
        assertEquals(200_000, f.tokenCount());
        assertEquals(200_000, f.sentenceCount());
        assertEquals(0, f.tokensMade());
        assertEquals(List.of(), new QuoteExtractor(true).extract("a", paragraphs));
    }
}
