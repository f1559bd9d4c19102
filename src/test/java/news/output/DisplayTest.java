package news.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The terminal sanitiser, JSON escapes and out-dir names (issue 15, items 1, 2, 9). */
class DisplayTest {
    @Test
    void controlsBecomeVisibleEscapesAndBreaksOneSpace() {
        assertEquals("a\\u001B]0;x\\u0007b", Display.oneLine("a\u001b]0;x\u0007b"));
        assertEquals("a b c", Display.oneLine("a\r\n\tb\u2028c"));
        assertEquals("\\u009B31m \\u202Eevil", Display.oneLine("\u009b31m \u202eevil"));
        String clean = "Caf\u00e9 \u2014 \uD83D\uDE00";
        assertEquals(clean, Display.oneLine(clean));
    }

    @Test
    void truncationNeverCutsAnEscapeOrASurrogatePair() {
        String s = "x".repeat(56) + "\u001b" + "tail";
        for (int max = 50; max <= 70; max++) {
            String t = Display.truncate(s, max);
            assertTrue(t.length() <= max, t);
            assertFalse(t.matches(".*\\\\u[0-9A-F]{0,3}…"), "escape cut: " + t);
        }
        String emoji = "y".repeat(58) + "\uD83D\uDE00\uD83D\uDE00";
        String t = Display.truncate(emoji, 60);
        assertFalse(Character.isHighSurrogate(t.charAt(t.length() - 2)), t);
        assertEquals(Display.oneLine("short"), Display.truncate("short", 60));
    }

    @Test
    void middleKeepsHeadAndTailWhole() {
        String s = "\u001b".repeat(30) + "m".repeat(100) + "\u0007".repeat(20);
        String m = Display.middle(s, 60, 30);
        assertTrue(m.startsWith("\\u001B\\u001B") && m.contains(" … ") && m.endsWith("\\u0007"), m);
        assertTrue(m.replace(" … ", "").matches("(\\\\u001B)*m*(\\\\u0007)*"), m);
    }

    @Test
    void jsonEscapesDelC1AndLineSeparators() throws Exception {
        String json = Json.MAPPER.writeValueAsString(Map.of("t", "a\u007f\u0085\u009b\u2028\u2029\uD83D\uDE00\u00e9"));
        assertEquals("{\"t\":\"a\\u007F\\u0085\\u009B\\u2028\\u2029\uD83D\uDE00\u00e9\"}", json);
        assertEquals("a\u007f\u0085\u009b\u2028\u2029\uD83D\uDE00\u00e9", Json.MAPPER.readTree(json).get("t").asText());
    }

    @Test
    void outDirNamesAreSafeShortAndDistinct() {
        assertEquals("a_b", OutDir.baseName("a_b"));
        assertEquals("story-1.v2~3", OutDir.baseName("story-1.v2~3"));
        assertNotEquals(OutDir.baseName("a/b"), OutDir.baseName("a:b"));
        assertTrue(OutDir.baseName("a/b").matches("a_b~[0-9a-f]{16}"));
        assertTrue(OutDir.baseName(".hidden").startsWith("_hidden~"));
        assertTrue(OutDir.baseName("..").matches("_\\.~[0-9a-f]{16}"));
        assertTrue(OutDir.baseName("nul\u0000byte").matches("nul_byte~[0-9a-f]{16}"));
        String longId = "x".repeat(5000);
        assertEquals(OutDir.baseName(longId), OutDir.baseName(longId), "deterministic");
        assertEquals(OutDir.MAX_STEM + 17, OutDir.baseName(longId).length());
        assertNotEquals(OutDir.baseName(longId), OutDir.baseName(longId + "y"));
    }
}
