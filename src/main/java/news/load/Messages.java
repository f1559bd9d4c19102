package news.load;

/**
 * User-facing messages are one line of plain text: file names, parser errors (jwarc, Jackson)
 * and header values copied into them can carry line breaks, terminal escapes or bidi overrides,
 * which would split an error over lines or make stderr lie about what it says.
 */
public final class Messages {
    private Messages() {}

    /**
     * {@code message} as one line: each run of line breaks and tabs (CR, LF, NEL, U+2028/9, VT,
     * FF, TAB) becomes one space; any other control or bidi-control character becomes a visible
     * {@code \\uXXXX} escape. Null stays null; a clean message is returned as it is.
     */
    public static String oneLine(String message) {
        if (message == null) return null;
        int n = message.length();
        int i = 0;
        while (i < n && !isUnsafe(message.charAt(i))) i++;
        if (i == n) return message;
        StringBuilder b = new StringBuilder(n + 16).append(message, 0, i);
        while (i < n) {
            char c = message.charAt(i);
            if (isBreak(c)) {
                while (i < n && isBreak(message.charAt(i))) i++;
                if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') b.append(' ');
                continue;
            }
            if (isUnsafe(c)) b.append(String.format("\\u%04X", (int) c));
            else b.append(c);
            i++;
        }
        return b.toString();
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u0085'
                || c == '\u2028' || c == '\u2029';
    }

    /** Characters a one-line message must not contain as they are. */
    static boolean isUnsafe(char c) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) return true; // C0, DEL, C1 (incl. ESC, NEL)
        if (c == '\u2028' || c == '\u2029') return true;
        // bidi embeddings, overrides, isolates and marks: they reorder the rest of the line on a terminal
        return c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u061C';
    }
}
