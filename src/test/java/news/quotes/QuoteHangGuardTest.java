package news.quotes;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Linear time: 1 MB adversarial inputs must finish quickly (a hang guard, not a benchmark:
 * the limit is generous, a quadratic scan would take minutes).
 */
class QuoteHangGuardTest {
    static final int MB = 1 << 20;

    static String repeat(String unit) {
        StringBuilder sb = new StringBuilder(MB + unit.length());
        while (sb.length() < MB) sb.append(unit);
        return sb.toString();
    }

    static void survives(String text) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new QuoteExtractor(true).extract("adv", List.of(text)));
    }

    @Test
    void longRunsOfQuoteMarks() {
        survives(repeat("“"));
        survives(repeat(" 'a ‘b’ \""));
        survives(repeat("“a ”b "));
    }

    @Test
    void capitalisedWordsAndColons() {
        survives(repeat("Mr. Aaa Bbb, said: "));
    }

    @Test
    void manyShortAttributedQuotes() {
        survives(repeat("“Go,” said Ann Lee, the president. The president said “x” and he "));
    }
}
