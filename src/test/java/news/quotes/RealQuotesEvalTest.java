package news.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The end-to-end evaluation on hand-annotated real articles ({@link RealQuotesEval}), with a
 * floor under each half; skipped when ../shared/bench is absent.
 */
class RealQuotesEvalTest {
    /** Floors a little under the numbers when they were set (README, section quotes). */
    static final double MIN_F1_SPEAKER = 0.75;
    /** Share of found quotes whose speaker is right (all kinds). */
    static final double MIN_SPEAKER_RIGHT_OF_FOUND = 0.86;
    static final double MIN_DIRECT_F1 = 0.94;
    /** The bar for indirect speech (on by default only above it). */
    static final double MIN_INDIRECT_PRECISION = 0.85;
    static final double MIN_INDIRECT_SAY_RECALL = 0.50;

    @Test
    void annotatedArticlesScoreAboveTheFloor() throws Exception {
        Assumptions.assumeTrue(RealQuotesEval.available(RealQuotesEval.bench()), "benchmark data absent");
        RealQuotesEval.Bodies bodies = new RealQuotesEval.Bodies(RealQuotesEval.bench());
        QuoteExtractor extractor = new QuoteExtractor();
        for (String half : new String[] {"dev", "validation"}) {
            int files = RealQuotesEval.files(half).size();
            Assumptions.assumeTrue(files > 0, "no annotations in " + half);
            AnnotatedEval.Score s = RealQuotesEval.evaluate(half, bodies, extractor);
            System.out.print(s.table(half));
            assertTrue(s.articles == files, half + ": scored " + s.articles + " of " + files);
            assertTrue(s.all().speakerF1() >= MIN_F1_SPEAKER, half + " end-to-end F1 " + s.all().speakerF1());
            assertTrue(s.all().speakerRightOfFound() >= MIN_SPEAKER_RIGHT_OF_FOUND,
                    half + " speaker right of found " + s.all().speakerRightOfFound());
            assertTrue(s.kind(QuoteKind.DIRECT).f1() >= MIN_DIRECT_F1, half + " direct F1 " + s.kind(QuoteKind.DIRECT).f1());
            assertTrue(s.kind(QuoteKind.INDIRECT).precision() >= MIN_INDIRECT_PRECISION,
                    half + " indirect precision " + s.kind(QuoteKind.INDIRECT).precision());
            assertTrue(s.indirectSayRecall() >= MIN_INDIRECT_SAY_RECALL, half + " indirect say-type recall " + s.indirectSayRecall());
        }
    }
}
