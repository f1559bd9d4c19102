package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BylinesTest {
    private static String byline(String s) {
        return Bylines.byline(s, 0, s.length(), WordList.of(s));
    }

    private static String dateline(String s) {
        return Bylines.dateline(s, 0, s.length());
    }

    @Test
    void creditLines() {
        assertTrue(Bylines.isCredit(WordList.of("Maria Lopez in Lima contributed to this report.")));
        assertTrue(Bylines.isCredit(WordList.of("Additional reporting by Sam Ode; Editing by Kim Park")));
        assertFalse(Bylines.isCredit(WordList.of("Rising prices contributed to the decline in sales, the bank said.")));
    }

    @Test
    void bylines() {
        assertEquals("Jane Roe and Ali Khan", byline("By Jane Roe and Ali Khan"));
        assertEquals("Jane Roe, Reuters", byline("Jane Roe, Reuters"));
        assertNull(byline("By the end of the week the river had fallen."));
    }

    @Test
    void datelines() {
        assertEquals("OSLO, Norway (AP) —", dateline("OSLO, Norway (AP) — The government resigned on Monday."));
        assertEquals("LIMA (Reuters) -", dateline("LIMA (Reuters) - Peru's central bank held rates."));
        assertNull(dateline("The talks — which lasted all night — ended without a deal."));
    }
}
