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

    /** Copies of one story count once; the other documents repeating a line count in full. */
    @Test
    void copiesOfTheJudgedDocumentsStoryCountOnce() {
        String story = "The river rose three metres overnight and the council opened two shelters for families.\n"
                + "Engineers said the old bridge would stay closed until divers had checked every pillar.\n";
        RepetitionIndex index = RepetitionIndex.empty();
        SourceDocument copy = doc("Short subhead\n" + story + "Menu\n");
        for (int i = 0; i < 6; i++) index.add(copy);
        for (int i = 0; i < 3; i++) index.add(doc("A different story number " + i + " about the markets and the bank rate decision.\nMenu\n"));
        assertEquals(9, index.documentCount());
        assertEquals(6, index.documentsContaining("Short subhead"));
        RepetitionIndex seen = index.forDocument(copy);
        assertEquals(6, seen.copies());
        assertEquals(1, seen.documentsContaining("Short subhead"), "the story's own line");
        assertEquals(4, seen.documentsContaining("Menu"), "chrome: the copies once plus three other stories");
        assertEquals(4, seen.documentCount());
        // a document whose prose is its own is judged on the plain counts
        SourceDocument other = doc("A different story number 0 about the markets and the bank rate decision.\nMenu\n");
        assertEquals(1, index.forDocument(other).copies());
        assertEquals(9, index.forDocument(other).documentsContaining("Menu"));
    }
}
