package news.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Bytes to normalised text: BOM (UTF-8, UTF-16, UTF-32), else BOM-less UTF-16 when the NUL
 * pattern shows it, else UTF-8 with any invalid bytes read as windows-1252 (with a warning
 * naming the first bad byte offset); binary content refused; line endings to \n; NULs dropped;
 * Unicode NFC.
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
        Charset bomless;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strict(bytes, 3, StandardCharsets.UTF_8, name);
            charset = "UTF-8";
        } else if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) { // before UTF-16LE: same first two bytes
            text = strict(bytes, 4, Charset.forName("UTF-32LE"), name);
            charset = "UTF-32LE";
        } else if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            text = strict(bytes, 4, Charset.forName("UTF-32BE"), name);
            charset = "UTF-32BE";
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16LE, name);
            charset = "UTF-16LE";
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = strict(bytes, 2, StandardCharsets.UTF_16BE, name);
            charset = "UTF-16BE";
        } else if ((bomless = bomlessUtf16(bytes)) != null && (text = tryStrict(bytes, bomless)) != null) {
            // Windows tools sometimes drop the BOM; ASCII-heavy UTF-16 shows as a NUL every other byte.
            charset = bomless.name();
            warnings.add(name + ": no byte order mark, read as " + charset);
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
                Mixed m = utf8WithWindows1252(bytes);
                text = m.text;
                if (m.validMultiByte) {
                    // Mostly UTF-8 with stray legacy bytes (a pasted quote, a concatenated dump):
                    // reading it all as windows-1252 would garble every correct accent.
                    charset = "UTF-8";
                    warnings.add(name + ": " + m.invalid + " byte(s) not valid UTF-8 (first at byte offset "
                            + m.firstInvalidOffset + "), read as windows-1252");
                } else {
                    charset = "windows-1252";
                    warnings.add(name + ": not valid UTF-8 (first at byte offset " + m.firstInvalidOffset
                            + "), read as windows-1252");
                }
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
        if (s.indexOf('\0') >= 0) s = s.replace("\0", "");
        if (!surelyNfc(s) && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) s = Normalizer.normalize(s, Normalizer.Form.NFC);
        return s;
    }

    /**
     * A cheap sufficient test for NFC: no character that can decompose or combine. Below U+0300
     * (Latin-1, Latin Extended-A/B, IPA) and the common punctuation U+2010-U+2027 every character
     * is NFC-stable; anything else goes to the full check.
     */
    static boolean surelyNfc(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x300 && !(c >= 0x2010 && c <= 0x2027)) return false;
        }
        return true;
    }

    public static String sha256(byte[] bytes) {
        MessageDigest md = SHA256.get();
        md.reset();
        return HexFormat.of().formatHex(md.digest(bytes));
    }

    /** One digest per thread: the provider lookup of getInstance costs more than hashing a short article. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

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

    private record Mixed(String text, int invalid, long firstInvalidOffset, boolean validMultiByte) {}

    private static final char[] WINDOWS_1252_CHARS = new String(allBytes(), WINDOWS_1252).toCharArray();

    private static byte[] allBytes() {
        byte[] b = new byte[256];
        for (int i = 0; i < 256; i++) b[i] = (byte) i;
        return b;
    }

    /** UTF-8 where valid, each invalid byte as its windows-1252 character. */
    private static Mixed utf8WithWindows1252(byte[] b) {
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        CharBuffer out = CharBuffer.allocate(b.length); // never more chars than bytes, either way
        int invalid = 0;
        long first = -1;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (!r.isError()) throw new IllegalStateException("decoder overflow"); // capacity suffices
            if (first < 0) first = in.position();
            for (int i = 0; i < r.length(); i++) {
                out.put(WINDOWS_1252_CHARS[in.get() & 0xFF]);
                invalid++;
            }
        }
        dec.flush(out);
        int high = 0;
        for (byte x : b) if (x < 0) high++;
        out.flip();
        return new Mixed(out.toString(), invalid, first, high > invalid);
    }

    /** UTF-16LE/BE when the first 8 KiB has NULs at nearly every odd/even position and no other. */
    private static Charset bomlessUtf16(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 8) return null;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) evenZeros++;
            if (b[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 50 <= pairs) return StandardCharsets.UTF_16LE;
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 50 <= pairs) return StandardCharsets.UTF_16BE;
        return null;
    }

    /**
     * A PDF, image or other binary: more than 1% NUL bytes or 5% C0 controls in the first 8 KiB
     * (a stray NUL in a page of text is dropped, not fatal), or many controls in the middle or
     * last 8 KiB (text glued to a binary tail).
     */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int controls = 0, nuls = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) nuls++;
            if (isBinaryControl(c)) controls++;
        }
        if (nuls * 100 > n || controls > n / 20) return true;
        return b.length > 3 * 8192 && (binaryWindow(b, b.length / 2) || binaryWindow(b, b.length - 8192));
    }

    /**
     * Whether the first bytes of an input (up to 8 KiB) show binary content the decoder would
     * refuse: no byte order mark, not BOM-less UTF-16, and {@link #looksBinary} on them.
     */
    public static boolean looksBinaryStart(byte[] head) {
        if (head.length == 0 || startsWith(head, 0xEF, 0xBB, 0xBF) || startsWith(head, 0xFF, 0xFE)
                || startsWith(head, 0xFE, 0xFF) || startsWith(head, 0x00, 0x00, 0xFE, 0xFF)) {
            return false;
        }
        return bomlessUtf16(head) == null && looksBinary(head);
    }

    private static boolean binaryWindow(byte[] b, int from) {
        int controls = 0;
        for (int i = from; i < from + 8192; i++) if (isBinaryControl(b[i] & 0xFF)) controls++;
        return controls > 8192 / 10;
    }

    private static boolean isBinaryControl(int c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f';
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
