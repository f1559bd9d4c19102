package news.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import news.load.TextDecoder;
import news.quotes.QuoteExtractor;

/**
 * Fuzz target for the quote extractor: any paragraphs (UTF-8 input, paragraphs split at blank
 * lines) must give quotes without an exception whose offsets satisfy {@link QuoteInvariants}.
 */
class QuotesFuzzTest {
    private static final QuoteExtractor DIRECT = new QuoteExtractor(false);
    private static final QuoteExtractor WITH_INDIRECT = new QuoteExtractor(true);

    @FuzzTest(maxDuration = "10m")
    void extract(byte[] data) {
        String text = TextDecoder.normalise(new String(data, StandardCharsets.UTF_8));
        List<String> paragraphs = new ArrayList<>();
        for (String p : text.split("\n\n")) if (!p.isBlank()) paragraphs.add(p.strip());
        QuoteInvariants.check("fuzz", paragraphs, DIRECT.extract("fuzz", paragraphs));
        QuoteInvariants.check("fuzz", paragraphs, WITH_INDIRECT.extract("fuzz", paragraphs));
    }
}
