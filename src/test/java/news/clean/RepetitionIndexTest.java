package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import news.model.Metadata;
import news.model.SourceDocument;
import org.junit.jupiter.api.Test;

class RepetitionIndexTest {
    private static SourceDocument doc(String text) {
        return new SourceDocument("d", "d.txt", "txt", "0".repeat(64), text, Metadata.EMPTY, List.of());
    }

    @Test
    void countsDocumentsNotOccurrencesAndFoldsCaseAndPunctuation() {
        RepetitionIndex index = RepetitionIndex.empty();
        index.add(doc("Sign up for our newsletter\nSign up for our newsletter\nA unique line"));
        index.add(doc("  SIGN UP, for our newsletter!  \nAnother line"));
        assertEquals(2, index.documentCount());
        assertEquals(2, index.documentsContaining("sign up for our newsletter"));
        assertEquals(1, index.documentsContaining("A unique line"));
        assertEquals(0, index.documentsContaining("never seen"));
        assertEquals(0, index.documentsContaining("---"));
    }

    @Test
    void longLinesAreNeitherIndexedNorLookedUp() {
        String longLine = "word ".repeat(RepetitionIndex.MAX_LINE_CHARS / 5 + 10).strip();
        RepetitionIndex index = RepetitionIndex.empty();
        index.add(doc(longLine));
        index.add(doc(longLine));
        assertEquals(0, index.documentsContaining(longLine));
    }

    @Test
    void pastTheExactLimitRepeatedLinesStayExactAndUniqueOnesCountOnce() {
        RepetitionIndex index = RepetitionIndex.empty();
        int docs = 60, perDoc = RepetitionIndex.EXACT_LINES / 40; // 1.5x the exact limit in unique lines
        for (int d = 0; d < docs; d++) {
            long[] lines = new long[perDoc + 2];
            for (int i = 0; i < perDoc; i++) lines[i] = news.util.Hashing.mix(1_000_000L * d + i + 1);
            lines[perDoc] = 7; // in every document
            lines[perDoc + 1] = d % 2 == 0 ? 11 : 13; // in every other document
            java.util.Arrays.sort(lines);
            index.addLines(lines);
        }
        assertEquals(docs, index.documentsContaining(7));
        assertEquals(docs / 2, index.documentsContaining(11));
        assertEquals(docs / 2, index.documentsContaining(13));
        int wrong = 0;
        for (int d = 0; d < docs; d += 7) {
            for (int i = 0; i < perDoc; i += 101) if (index.documentsContaining(news.util.Hashing.mix(1_000_000L * d + i + 1)) != 1) wrong++;
        }
        assertEquals(0, wrong, "unique lines must count as one document");
        int falsePositives = 0, probes = 20_000;
        for (int i = 0; i < probes; i++) if (index.documentsContaining(news.util.Hashing.mix(-1 - i)) != 0) falsePositives++;
        assertTrue(falsePositives < probes / 1000, "Bloom false positives: " + falsePositives);
    }
}
