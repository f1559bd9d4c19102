package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The look-up tables give the same answers as {@link Character} for every char. */
class CharsTest {
    @Test
    void everyCharMatchesCharacter() {
        for (int i = 0; i < 65536; i++) {
            char c = (char) i;
            String at = "U+" + Integer.toHexString(i);
            assertEquals(Character.isLetterOrDigit(c), Chars.isLetterOrDigit(c), at);
            assertEquals(Character.isLetter(c), Chars.isLetter(c), at);
            assertEquals(Character.isDigit(c), Chars.isDigit(c), at);
            assertEquals(Character.isUpperCase(c), Chars.isUpperCase(c), at);
            assertEquals(Character.isLowerCase(c), Chars.isLowerCase(c), at);
            assertEquals(Character.isWhitespace(c), Chars.isWhitespace(c), at);
            assertEquals(Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0, Chars.fold(c), at);
        }
    }

    @Test
    void wordsAreSharedAcrossLinesAndStayCorrect() {
        WordList a = WordList.of("The Minister said: Ukraine’s army");
        WordList b = WordList.of("the MINISTER, ukraine's ARMY");
        assertEquals(java.util.List.of("the", "minister", "said", "ukraine", "s", "army"), java.util.List.of(a.words));
        assertEquals(java.util.List.of("the", "minister", "ukraine", "s", "army"), java.util.List.of(b.words));
        // The cache hands out one string per word on a thread: set look-ups reuse its hash code.
        org.junit.jupiter.api.Assertions.assertSame(a.words[1], b.words[1]);
        assertEquals(3, a.capitalised);
        org.junit.jupiter.api.Assertions.assertNotEquals(a.normalHash(), b.normalHash());
        assertEquals(WordList.of("the minister said ukraine s army").normalHash(), a.normalHash());
        // Words longer than the cached maximum and colliding slots still read right.
        String longWord = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        assertEquals(longWord.toLowerCase(java.util.Locale.ROOT), WordList.of(longWord).words[0]);
        for (int i = 0; i < 20_000; i++) {
            String w = "w" + i;
            assertEquals(w, WordList.of("x " + w.toUpperCase(java.util.Locale.ROOT) + " y").words[1]);
        }
    }
}
