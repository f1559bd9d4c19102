package news.report;

/** Text into HTML: every character that could open markup or end an attribute is escaped. */
final class Html {
    private Html() {}

    /**
     * Escaped for element content and quoted attribute values. Control characters other than
     * tab and line breaks (and lone surrogates, which no encoder can write) become U+FFFD: pages
     * scraped from the web carry them, and an HTML parser treats some as errors.
     */
    static String esc(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> {
                    boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7f && c < 0xa0;
                    boolean loneSurrogate = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    yield control || loneSurrogate ? "\uFFFD" : null;
                }
            };
            if (r == null) {
                if (b != null) b.append(c);
            } else {
                if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
                b.append(r);
            }
        }
        return b == null ? s : b.toString();
    }

    /** An id attribute value from any text: letters, digits, '-' and '_' only. */
    static String id(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
