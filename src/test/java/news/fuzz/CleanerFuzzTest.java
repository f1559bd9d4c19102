package news.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.load.TextDecoder;
import news.model.Article;
import news.model.Metadata;
import news.model.SourceDocument;

/**
 * Fuzz target for the cleaner: any normalised text, alone and inside a corpus where it repeats,
 * must clean without an exception and satisfy {@link ArticleInvariants} (spans are the source
 * text, in bounds, kept and removed disjoint). Inputs are UTF-8 bytes, so kept inputs in
 * {@code src/test/resources/fuzz/CleanerFuzzTestInputs/clean/} are readable text files.
 */
class CleanerFuzzTest {
    private static final TextCleaner CLEANER = new TextCleaner();

    @FuzzTest(maxDuration = "10m")
    void clean(byte[] data) {
        String text = TextDecoder.normalise(new String(data, StandardCharsets.UTF_8));
        SourceDocument doc = new SourceDocument("fuzz", "fuzz.txt", "txt", "0".repeat(64), text, Metadata.EMPTY, List.of());
        Article alone = CLEANER.clean(doc, RepetitionIndex.empty());
        ArticleInvariants.check(doc, alone);
        RepetitionIndex corpus = RepetitionIndex.empty();
        corpus.add(doc);
        corpus.add(doc.withId("copy1"));
        corpus.add(doc.withId("copy2"));
        ArticleInvariants.check(doc, CLEANER.clean(doc, corpus));
    }
}
