package news.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Bytes to normalised text: BOM (UTF-8, UTF-16), else strict UTF-8, else windows-1252 with a
 * warning; binary content refused; line endings to \n; Unicode NFC.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Decoded text, the charset used, and warnings worth telling the user. */
    public record Decoded(String text, String charset, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    private TextDecoder() {}

    public static Decoded decode(byte[] bytes, String name) throws LoadException {
        if (bytes.length == 0) throw new LoadException(name + ": empty file, skipped");
        List<String> warnings = new ArrayList<>();
        String text;
        String charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8, name);
            charset = "UTF-8";
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, name);
            charset = "UTF-16LE";
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, name);
            charset = "UTF-16BE";
        } else {
            if (looksBinary(bytes)) throw new LoadException(name + ": binary file (not text), skipped");
            // Fast path: the JDK's intrinsic decoder; only text containing U+FFFD (a real one or
            // a decoding error) pays for the strict decoder that tells the two apart.
            String lenient = new String(bytes, StandardCharsets.UTF_8);
            String utf8 = lenient.indexOf('\uFFFD') < 0 ? lenient : tryStrict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                text = utf8;
                charset = "UTF-8";
            } else {
                text = new String(bytes, WINDOWS_1252);
                charset = "windows-1252";
                warnings.add(name + ": not valid UTF-8, read as windows-1252");
            }
        }
        text = normalise(text);
        if (text.isBlank()) throw new LoadException(name + ": no text, skipped");
        if (looksBinaryText(text)) throw new LoadException(name + ": binary file (not text), skipped");
        return new Decoded(text, charset, warnings);
    }

    /** Line endings to \n, NUL-free, Unicode NFC. Idempotent. */
    public static String normalise(String s) {
        if (s.indexOf('\r') >= 0) s = s.replace("\r\n", "\n").replace('\r', '\n');
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return s;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static String strict(byte[] b, int offset, Charset cs, String name) throws LoadException {
        String s = tryStrict(java.util.Arrays.copyOfRange(b, offset, b.length), cs);
        if (s == null) throw new LoadException(name + ": invalid " + cs.name() + " after its byte order mark, skipped");
        return s;
    }

    private static String tryStrict(byte[] b, Charset cs) {
        CharsetDecoder dec = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = dec.decode(ByteBuffer.wrap(b));
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** NUL bytes or many C0 controls in the first 8 KiB: a PDF, image or other binary. */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') controls++;
        }
        return controls > n / 20;
    }

    private static boolean looksBinaryText(String s) {
        int n = Math.min(s.length(), 8192);
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == 0 || c == '\uFFFD' || (c < 0x20 && c != '\n' && c != '\t' && c != '\f')) bad++;
        }
        return bad > n / 10;
    }
}
