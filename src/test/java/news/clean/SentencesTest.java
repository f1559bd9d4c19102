package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {
    private static List<String> split(String s) {
        return Sentences.split(s, 0, s.length()).stream().map(x -> s.substring(x[0], x[1])).toList();
    }

    @Test
    void splitsOnSentenceEnds() {
        assertEquals(List.of("It rained.", "“Nobody came,” she said.", "Why?"), split("It rained. “Nobody came,” she said. Why?"));
    }

    @Test
    void keepsAbbreviations() {
        assertEquals(List.of("Mr. Grey met Dr. Holm in St. Ives."), split("Mr. Grey met Dr. Holm in St. Ives."));
    }

    @Test
    void splitsWhereTextNodesWereGlued() {
        assertEquals(List.of("Flood hits the harbour", "View gallery"), split("Flood hits the harbourView gallery"));
    }

    @Test
    void brandNamesAreNotGluePoints() {
        assertEquals(1, split("She posted the clip on YouTube and bought a PlayStation at McDonald's.").size());
    }
}
