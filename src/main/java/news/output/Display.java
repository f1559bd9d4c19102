package news.output;

/**
 * Text for a terminal: every human view (table cells, `--explain`, messages on stderr) goes
 * through {@link #oneLine}, so a title, id, site or file name carrying ESC, BEL, C1 controls or
 * bidi overrides can neither drive the terminal (colours, OSC titles and links, cursor moves)
 * nor make a line lie about what it says. Machine formats (json, jsonl, csv) keep the text as it
 * is, escaped by their own rules.
 */
public final class Display {
    private Display() {}

    /**
     * {@code s} as one line: each run of line breaks and tabs (CR, LF, NEL, U+2028/9, VT, FF,
     * TAB) becomes one space; any other control (C0, DEL, C1) or bidi control becomes a visible
     * {@code \\uXXXX}. Null stays null; a clean string is returned as it is.
     */
    public static String oneLine(String s) {
        if (s == null) return null;
        int n = s.length();
        int i = 0;
        while (i < n && !isUnsafe(s.charAt(i))) i++;
        if (i == n) return s;
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            char c = s.charAt(i);
            if (isBreak(c)) {
                while (i < n && isBreak(s.charAt(i))) i++;
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
                continue;
            }
            if (isUnsafe(c)) appendEscape(b, c);
            else b.append(c);
            i++;
        }
        return b.toString();
    }

    /**
     * {@link #oneLine} of {@code s} in at most {@code max} characters, ending in "…" when cut.
     * The cut falls between whole units (a character, a surrogate pair, a whole {@code \\uXXXX}
     * escape), never inside one: an escape sequence cannot be left half-open, since none is
     * passed through in the first place.
     */
    public static String truncate(String s, int max) {
        String line = oneLine(s);
        if (line == null || line.length() <= max) return line;
        int end = 0;
        while (end < line.length()) {
            int unit = unitLength(line, end);
            if (end + unit > max - 1) break;
            end += unit;
        }
        return line.substring(0, end) + "…";
    }

    /** The first {@code head} and last {@code tail} characters of {@link #oneLine}{@code (s)} around " … ", cut between units. */
    public static String middle(String s, int head, int tail) {
        String line = oneLine(s);
        if (line == null || line.length() <= head + tail + 3) return line;
        int a = 0;
        while (a < line.length() && a + unitLength(line, a) <= head) a += unitLength(line, a);
        int z = line.length();
        while (z > a) {
            int start = unitStartBefore(line, z);
            if (line.length() - start > tail) break;
            z = start;
        }
        return line.substring(0, a) + " … " + line.substring(z);
    }

    /** Length of the unit starting at {@code i}: an escape made by {@link #oneLine}, a surrogate pair, or one char. */
    private static int unitLength(String s, int i) {
        if (isEscapeAt(s, i)) return 6;
        if (Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) return 2;
        return 1;
    }

    private static int unitStartBefore(String s, int end) {
        if (end >= 6 && isEscapeAt(s, end - 6)) return end - 6;
        if (end >= 2 && Character.isLowSurrogate(s.charAt(end - 1)) && Character.isHighSurrogate(s.charAt(end - 2))) return end - 2;
        return end - 1;
    }

    private static boolean isEscapeAt(String s, int i) {
        if (i + 6 > s.length() || s.charAt(i) != '\\' || s.charAt(i + 1) != 'u') return false;
        for (int k = i + 2; k < i + 6; k++) {
            char c = s.charAt(k);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) return false;
        }
        return true;
    }

    private static void appendEscape(StringBuilder b, char c) {
        final String hex = "0123456789ABCDEF";
        b.append("\\u").append(hex.charAt(c >> 12 & 15)).append(hex.charAt(c >> 8 & 15))
                .append(hex.charAt(c >> 4 & 15)).append(hex.charAt(c & 15));
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    /** Characters a terminal line must not contain as they are. */
    public static boolean isUnsafe(char c) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return true; // C0, DEL, C1 (incl. ESC, NEL, CSI)
        if (c == '\u2028' || c == '\u2029') return true;
        // bidi embeddings, overrides, isolates and marks: they reorder the rest of the line on a terminal
        return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u061C';
    }
}
