package news.quotes;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link QuoteMarks#mayOpen}, the scan's cheap pre-test, never hides an opening mark. */
class QuoteMarksFilterTest {
    @Test
    void noCharOutsideTheFilterOpensAQuote() {
        int opening = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char m = (char) c;
            // contexts in which the marks open: paragraph start and after a space, before a
            // letter, and doubled ('' and `` stand for a double mark)
            char[][] texts = {{m, 'a', 'b'}, {' ', m, 'a', 'b'}, {m, m, 'a', 'b'}, {' ', m, m, 'a'}};
            int[] at = {0, 1, 0, 1};
            for (int k = 0; k < texts.length; k++) {
                QuoteMarks.Family f = QuoteMarks.openerFamily(texts[k], at[k], 0);
                if (!QuoteMarks.mayOpen(m)) assertNull(f, "U+" + Integer.toHexString(c) + " opens a quote");
                else if (f != null) opening++;
            }
        }
        assertTrue(opening >= 9, "opening cases seen: " + opening);
    }
}
