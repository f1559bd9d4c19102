package news.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** {@link RecordWriter#fixed3} must print exactly what {@code String.format("%.3f")} printed before it. */
class FixedDecimalTest {
    private static void assertSameAsFormatter(double v) {
        assertEquals(String.format(Locale.ROOT, "%.3f", v), RecordWriter.fixed3(v), () -> "value " + v);
    }

    @Property(tries = 1000)
    void anyDouble(@ForAll("doubles") double v) {
        assertSameAsFormatter(v);
    }

    @Property(tries = 1000)
    void decimalTiesRoundHalfUp(@ForAll("tenThousandths") double v) {
        assertSameAsFormatter(v);
    }

    @Property(tries = 1000)
    void floatsWidenedAsTheFormatterDoes(@ForAll float f) {
        assertEquals(String.format(Locale.ROOT, "%.3f", f), RecordWriter.fixed3(f));
    }

    @Test
    void edgeCases() {
        for (double v : new double[] {0.0, -0.0, 0.0005, 0.0015, 0.0025, 0.9995, 1.0005, 2.675, 1e-7, 1e20, 1e300,
                Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
                -0.0004, -1.2345}) {
            assertSameAsFormatter(v);
        }
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-1e6, 1e6),
                Arbitraries.doubles().between(0, 1).ofScale(6),
                Arbitraries.longs().map(Double::longBitsToDouble));
    }

    @Provide
    Arbitrary<Double> tenThousandths() {
        return Arbitraries.integers().between(0, 2_000_000).map(n -> n / 10_000.0);
    }
}
