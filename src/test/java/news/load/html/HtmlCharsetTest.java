package news.load.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HtmlCharsetTest {
    private static final String PAGE = "<html><head>%s</head><body><p>Café crème — naïve</p></body></html>";

    @Test
    void metaCharsetIsObeyed() throws Exception {
        byte[] b = PAGE.formatted("<meta charset=\"iso-8859-15\">").getBytes(Charset.forName("ISO-8859-15"));
        HtmlCharset.Decoded d = HtmlCharset.decode(b, null, "x");
        assertEquals("ISO-8859-15", d.charset());
        assertTrue(d.html().contains("Café crème"));
    }

    @Test
    void httpEquivIsObeyed() throws Exception {
        byte[] b = PAGE.formatted("<meta http-equiv='Content-Type' content='text/html; charset=windows-1251'>")
                .replace("Café crème — naïve", "Привет мир").getBytes(Charset.forName("windows-1251"));
        assertTrue(HtmlCharset.decode(b, null, "x").html().contains("Привет мир"));
    }

    @Test
    void transportCharsetWinsOverMeta() throws Exception {
        byte[] b = PAGE.formatted("<meta charset=utf-8>").getBytes(StandardCharsets.UTF_16BE);
        byte[] withoutBom = b;
        assertTrue(HtmlCharset.decode(withoutBom, "text/html; charset=UTF-16BE", "x").html().contains("naïve"));
    }

    @Test
    void binaryBytesAreRefused() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '4', 0, 1, 2, 3, (byte) 0xFF};
        var e = org.junit.jupiter.api.Assertions.assertThrows(news.load.LoadException.class, () -> HtmlCharset.decode(pdf, null, "x.html"));
        assertEquals("x.html: binary file (not HTML), skipped", e.getMessage());
    }

    @Test
    void bomWins() throws Exception {
        byte[] body = PAGE.formatted("<meta charset=windows-1252>").getBytes(StandardCharsets.UTF_8);
        byte[] b = new byte[body.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(body, 0, b, 3, body.length);
        assertTrue(HtmlCharset.decode(b, null, "x").html().contains("Café crème — naïve"));
    }

    @Test
    void latin1LabelOnUtf8BytesIsReadAsUtf8() throws Exception {
        byte[] b = PAGE.formatted("<meta charset=iso-8859-1>").getBytes(StandardCharsets.UTF_8);
        assertTrue(HtmlCharset.decode(b, null, "x").html().contains("Café crème — naïve"));
    }

    @Test
    void undeclaredInvalidUtf8FallsBackToWindows1252WithAWarning() throws Exception {
        byte[] b = PAGE.formatted("").getBytes(Charset.forName("windows-1252"));
        HtmlCharset.Decoded d = HtmlCharset.decode(b, null, "x.html");
        assertTrue(d.html().contains("Café crème — naïve"));
        assertEquals("x.html: not valid UTF-8, read as windows-1252", d.warnings().get(0));
    }
}
