package news.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.stream.Stream;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.fuzz.ArticleInvariants;
import news.model.Article;
import news.model.SourceDocument;
import news.quotes.QuoteExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 1 MB of each adversarial pattern through the cleaner: it must finish (a generous hang guard of
 * 20 s, not a benchmark: linearity is shown by {@link AdversarialBenchmark}) and keep its
 * invariants. A backtracking regex or a quadratic scan turns 1 MB into minutes.
 */
class AdversarialTextIT {
    private static final int ONE_MB = 1 << 20;
    private static final Duration HANG_GUARD = Duration.ofSeconds(20);

    static Stream<String> patterns() {
        return Adversarial.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("patterns")
    void cleanerFinishesOnAMegabyteAndKeepsItsInvariants(String pattern) {
        SourceDocument doc = Adversarial.doc(pattern, Adversarial.text(pattern, ONE_MB));
        Article a = assertTimeoutPreemptively(HANG_GUARD, () -> new TextCleaner().clean(doc, RepetitionIndex.empty()),
                pattern + ": 1 MB not cleaned within " + HANG_GUARD);
        ArticleInvariants.check(doc, a);
    }

    @ParameterizedTest(name = "{0} (quotes)")
    @MethodSource("patterns")
    void quoteExtractorFinishesOnAMegabyteAndKeepsItsInvariants(String pattern) {
        SourceDocument doc = Adversarial.doc(pattern, Adversarial.text(pattern, ONE_MB));
        // direct and indirect speech; offsets checked against the text (Extractors.quotes)
        assertTimeoutPreemptively(HANG_GUARD, () -> Extractors.quotes(new QuoteExtractor(true), doc),
                pattern + ": quotes of 1 MB not found within " + HANG_GUARD);
    }

    @ParameterizedTest(name = "{0} (with corpus index)")
    @MethodSource("patterns")
    void cleanerFinishesWhenEveryLineRepeatsAcrossTheCorpus(String pattern) {
        // The repetition index path: the same document indexed as if three outlets carried it.
        SourceDocument doc = Adversarial.doc(pattern, Adversarial.text(pattern, ONE_MB / 4));
        RepetitionIndex index = RepetitionIndex.empty();
        for (int i = 0; i < 3; i++) index.add(doc.withId(pattern + i));
        Article a = assertTimeoutPreemptively(HANG_GUARD, () -> new TextCleaner().clean(doc, index), pattern);
        ArticleInvariants.check(doc, a);
    }
}
