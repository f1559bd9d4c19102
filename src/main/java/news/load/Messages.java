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
        return news.output.Display.oneLine(message);
    }
}
