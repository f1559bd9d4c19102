package news.load.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import news.load.LoadException;
import news.load.TextDecoder;

/**
 * HTML bytes to text. Order (as browsers do): byte order mark, then the transport's charset
 * (HTTP Content-Type, from a WARC record), then {@code <meta charset>} / http-equiv in the first
 * 4 KiB, then strict UTF-8, else windows-1252 with a warning (as {@link TextDecoder}). The
 * declaration is checked against the bytes, with a warning when it loses: valid UTF-8 with
 * non-ASCII bytes wins over any declared legacy charset (many pages declare latin-1 or
 * windows-1251 and serve UTF-8); UTF-16/32 declared on bytes without NULs is ignored; a decode
 * that fails or gives C1 controls or many replacement characters falls back to UTF-8, else
 * windows-1252 (a declared page with only a few undecodable bytes keeps its charset).
 */
public final class HtmlCharset {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int PRESCAN = 4096;

    /** Decoded page text, the charset used, warnings. */
    public record Decoded(String html, String charset, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    private HtmlCharset() {}

    public static Decoded decode(byte[] bytes, String transportCharset, String name) throws LoadException {
        if (bytes.length == 0) throw new LoadException(name + ": empty file, skipped");
        List<String> warnings = new ArrayList<>();
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), "UTF-8", warnings);
        if (startsWith(bytes, 0xFF, 0xFE)) return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE", warnings);
        if (startsWith(bytes, 0xFE, 0xFF)) return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE", warnings);
        Charset fromTransport = lookup(transportCharset);
        Charset declared = fromTransport != null ? fromTransport : lookup(declaredInMeta(bytes));
        boolean wide = declared != null && (declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32"));
        if (wide && !hasNul(bytes)) {
            // No NUL in the first 8 KiB: not UTF-16 or UTF-32 whatever it says (a <meta> that
            // could be read as ASCII is not in UTF-16 anyway; browsers read it as UTF-8 too).
            warnings.add(name + ": declares " + declared.name() + " but the bytes are not " + declared.name()
                    + ", read as " + (strict(bytes, StandardCharsets.UTF_8) != null ? "UTF-8" : "windows-1252"));
            declared = null;
            wide = false;
        }
        if (!wide && hasNul(bytes)) throw new LoadException(name + ": binary file (not HTML), skipped");
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            String asUtf8 = !wide && hasNonAscii(bytes) ? strict(bytes, StandardCharsets.UTF_8) : null;
            if (asUtf8 != null) {
                // Valid UTF-8 with non-ASCII bytes is almost never a legacy charset by chance:
                // a page served or labelled with the wrong charset. UTF-8 wins.
                warnings.add(name + ": declares " + declared.name() + " but is valid UTF-8, read as UTF-8");
                return new Decoded(asUtf8, "UTF-8", warnings);
            }
            String s = strict(bytes, declared);
            if (s != null && plausible(s)) return new Decoded(s, declared.name(), warnings);
            String utf8 = strict(bytes, StandardCharsets.UTF_8);
            if (utf8 != null) {
                warnings.add(name + ": not valid " + declared.name() + " as declared, read as UTF-8");
                return new Decoded(utf8, "UTF-8", warnings);
            }
            if (s != null) {
                warnings.add(name + ": implausible as " + declared.name() + " (control characters), read as windows-1252");
                return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252", warnings);
            }
            String replaced = lenient(bytes, 0, declared);
            if (plausible(replaced)) { // a stray bad byte or two in a page of that charset
                warnings.add(name + ": not valid " + declared.name() + ", undecodable bytes replaced");
                return new Decoded(replaced, declared.name(), warnings);
            }
            warnings.add(name + ": not valid " + declared.name() + " as declared, read as windows-1252");
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252", warnings);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) return new Decoded(utf8, "UTF-8", warnings);
        if (declared != null) { // declared UTF-8 with stray bytes: keep the valid accents, replace the rest
            warnings.add(name + ": not valid UTF-8, undecodable bytes replaced");
            return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_8), "UTF-8", warnings);
        }
        warnings.add(name + ": not valid UTF-8, read as windows-1252");
        return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252", warnings);
    }

    /**
     * Whether a decode looks like text: no C1 control characters (what a legacy single-byte
     * decode of another charset's 0x80-0x9F bytes gives) and few replacement or private-use
     * characters (a multi-byte decode of the wrong bytes) in the first 64 Ki characters.
     */
    static boolean plausible(String s) {
        int n = Math.min(s.length(), 1 << 16);
        int odd = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c <= 0x9F) return false;
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) odd++;
        }
        return odd * 100 <= n;
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) if (x < 0) return true;
        return false;
    }

    /** NUL bytes in the first 8 KiB (no UTF-16 BOM, checked before): an image, PDF or other binary. */
    private static boolean hasNul(byte[] b) {
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) if (b[i] == 0) return true;
        return false;
    }

    /** Charset named by a Content-Type value or a bare name; null when unknown. WHATWG maps latin-1 to windows-1252. */
    static Charset lookup(String name) {
        if (name == null) return null;
        String n = name.strip().toLowerCase(Locale.ROOT);
        int cs = n.indexOf("charset=");
        if (cs >= 0) n = n.substring(cs + 8);
        n = n.replace("\"", "").replace("'", "");
        int end = 0;
        while (end < n.length() && (Character.isLetterOrDigit(n.charAt(end)) || "-_.:".indexOf(n.charAt(end)) >= 0)) end++;
        n = n.substring(0, end);
        if (n.isEmpty()) return null;
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) return WINDOWS_1252;
        if (n.equals("utf8")) return StandardCharsets.UTF_8;
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The charset a {@code <meta>} in the first bytes declares (charset=... anywhere in a meta tag). */
    static String declaredInMeta(byte[] bytes) {
        int n = Math.min(bytes.length, PRESCAN);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int meta = head.indexOf("<meta", from);
            if (meta < 0) return null;
            int close = head.indexOf('>', meta);
            if (close < 0) close = head.length();
            String tag = head.substring(meta, close);
            int cs = tag.indexOf("charset");
            if (cs >= 0) {
                int i = cs + 7;
                while (i < tag.length() && (tag.charAt(i) == ' ' || tag.charAt(i) == '=' || tag.charAt(i) == '"'
                        || tag.charAt(i) == '\'')) i++;
                int j = i;
                while (j < tag.length() && (Character.isLetterOrDigit(tag.charAt(j)) || "-_.:".indexOf(tag.charAt(j)) >= 0)) j++;
                if (j > i) return tag.substring(i, j);
            }
            from = close;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
        return true;
    }

    private static String strict(byte[] b, Charset cs) {
        // Fast path: the JDK's intrinsic lenient decoder replaces every bad byte by U+FFFD, so
        // without one the input was valid; only pages with U+FFFD pay for the strict decoder.
        String lenient = new String(b, cs);
        if (lenient.indexOf('\uFFFD') < 0) return lenient;
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(byte[] b, int offset, Charset cs) {
        return new String(b, offset, b.length - offset, cs);
    }
}
