package news.clean;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import news.model.Metadata;
import news.model.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 1 MB adversarial inputs must be cleaned; the timeout is only a hang guard for accidental
 * quadratic or exponential behaviour, not a performance measurement (see TextBenchmark).
 */
class LinearTimeTest {
    static final int SIZE = 1 << 20;

    static String repeat(String unit) {
        StringBuilder sb = new StringBuilder(SIZE + unit.length());
        while (sb.length() < SIZE) sb.append(unit);
        return sb.toString();
    }

    static Stream<String> inputs() {
        return Stream.of(
                repeat("{"), repeat("}"), repeat("\""), repeat(":"), repeat(" "), repeat("<"), repeat("<!--"),
                repeat("<p "), repeat("\\"), repeat("a"), repeat("Ab"), repeat("Word "), repeat("Capital Letters "),
                repeat("a. "), repeat("Mr. "), repeat("{\"a\":"), repeat("x:y;"), repeat("('"), repeat("@media "),
                repeat("Read more "), repeat("By "), repeat("\n"), repeat("\n\n"), repeat("Short line\n"),
                repeat("The council said it would act. "), repeat("— "), repeat("NEWS "), repeat("ё"));
    }

    @ParameterizedTest
    @MethodSource("inputs")
    void adversarialMegabyteCompletes(String text) {
        SourceDocument d = new SourceDocument("adv", "adv.txt", "txt", "0".repeat(64), text, Metadata.EMPTY, List.of());
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> new TextCleaner().clean(d, RepetitionIndex.empty()));
    }
}
