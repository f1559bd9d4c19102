package news.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The token words the frame shares between occurrences ({@link WordCache}, {@link Word}). */
class WordCacheTest {
    @Test
    void theSameCharactersAreOneWordWithItsProperties() {
        WordCache cache = new WordCache();
        char[] text = "Blinken said. Blinken’s said".toCharArray();
        Word a = cache.word(text, 0, 7), b = cache.word(text, 14, 21);
        assertSame(a, b);
        assertEquals("blinken", a.lower);
        assertTrue(a.capitalised);
        Word said = cache.word(text, 8, 12);
        assertEquals("say", said.cueLemma());
        Word possessive = cache.word(text, 14, 23);
        assertNotSame(a, possessive);
        assertTrue(possessive.possessive);
        assertEquals(Frame.Kind.PUNCT, cache.word(text, 12, 13).kind);
    }
}
