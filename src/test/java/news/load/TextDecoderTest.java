package news.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    @Test
    void utf8WithBomLosesTheBom() throws Exception {
        byte[] b = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
        TextDecoder.Decoded d = TextDecoder.decode(b, "f.txt");
        assertEquals("hi", d.text());
        assertEquals("UTF-8", d.charset());
        assertTrue(d.warnings().isEmpty());
    }

    @Test
    void utf16WithBom() throws Exception {
        byte[] body = "Kyiv – “quote”".getBytes(StandardCharsets.UTF_16LE);
        byte[] b = new byte[body.length + 2];
        b[0] = (byte) 0xFF;
        b[1] = (byte) 0xFE;
        System.arraycopy(body, 0, b, 2, body.length);
        assertEquals("Kyiv – “quote”", TextDecoder.decode(b, "f.txt").text());
    }

    @Test
    void invalidUtf8FallsBackToWindows1252WithAWarning() throws Exception {
        byte[] b = "caf\u00e9 \u201cq\u201d".getBytes(Charset.forName("windows-1252"));
        TextDecoder.Decoded d = TextDecoder.decode(b, "old.txt");
        assertEquals("café “q”", d.text());
        assertEquals("windows-1252", d.charset());
        assertEquals(1, d.warnings().size());
        assertTrue(d.warnings().get(0).startsWith("old.txt:"));
    }

    @Test
    void lineEndingsAndUnicodeAreNormalised() throws Exception {
        String decomposed = "Zelenskyy cafe\u0301\r\nline2\rline3";
        assertEquals("Zelenskyy café\nline2\nline3",
                TextDecoder.decode(decomposed.getBytes(StandardCharsets.UTF_8), "f").text());
    }

    @Test
    void emptyAndBinaryInputsAreRefusedNamingTheFile() {
        LoadException empty = assertThrows(LoadException.class, () -> TextDecoder.decode(new byte[0], "e.txt"));
        assertTrue(empty.getMessage().startsWith("e.txt: empty"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        LoadException bin = assertThrows(LoadException.class, () -> TextDecoder.decode(png, "img.txt"));
        assertTrue(bin.getMessage().contains("img.txt: binary"));
        assertThrows(LoadException.class, () -> TextDecoder.decode("  \n\n ".getBytes(StandardCharsets.UTF_8), "blank"));
    }

    @Test
    void normaliseIsIdempotent() {
        String s = "a\r\nb\u0065\u0301";
        assertEquals(TextDecoder.normalise(s), TextDecoder.normalise(TextDecoder.normalise(s)));
    }
}
