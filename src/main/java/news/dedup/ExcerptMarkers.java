package news.dedup;

import java.util.Locale;

/**
 * The closing line an excerpt or a reprint carries ("Read the full story at …", "This article
 * originally appeared in …"): a curated list of the phrases aggregators and syndication partners
 * use, looked for in an article's last {@value #TAIL} characters. A marked article is not the
 * original of its cluster when an unmarked member exists.
 */
final class ExcerptMarkers {
    private ExcerptMarkers() {}

    static final int TAIL = 400;
    private static final String[] PHRASES = {"read the full story", "read the full article", "read the rest of",
            "read more at", "continue reading", "full story at", "full article at", "originally appeared",
            "originally published", "first appeared", "first published", "republished with permission",
            "reprinted with permission", "click here to read", "the full story is available"};

    static boolean endsMarked(String text) {
        String tail = text.substring(Math.max(0, text.length() - TAIL)).toLowerCase(Locale.ROOT);
        // whitespace folded (line-wrapped markers), linear
        StringBuilder sb = new StringBuilder(tail.length());
        boolean space = false;
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!space) sb.append(' ');
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        String t = sb.toString();
        for (String p : PHRASES) if (t.contains(p)) return true;
        return false;
    }
}
