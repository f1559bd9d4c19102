package news.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * HTML that leaked into text. Tags ({@code <p>}, {@code </div>}, {@code <a href="…">}, comments)
 * are found by a linear scanner and removed as spans ({@code html_tag}). Entities ({@code &amp;},
 * {@code &#8217;}) cannot be decoded inside paragraphs, which must stay verbatim source spans;
 * they are decoded (with jsoup) only in metadata strings such as the title, see {@link #decode}.
 */
final class HtmlLeaks {
    private HtmlLeaks() {}

    static final Set<String> TAGS = Set.of("a", "abbr", "article", "aside", "b", "blockquote", "body", "br", "button",
            "caption", "center", "cite", "code", "dd", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe", "img", "input",
            "label", "li", "link", "main", "meta", "nav", "noscript", "ol", "option", "p", "path", "picture", "pre",
            "s", "script", "section", "select", "small", "source", "span", "strong", "style", "sub", "sup", "svg",
            "table", "tbody", "td", "th", "thead", "time", "title", "tr", "u", "ul", "video", "amp-img", "ins", "del",
            "mark", "q", "wbr", "embed", "object", "param", "g", "use", "textarea");

    private static final int MAX_TAG_NAME = TAGS.stream().mapToInt(String::length).max().orElse(0);

    /** Tag spans [start, end) in text[from, to), in order. Linear: every scan stops at the next '<'. */
    static List<int[]> tags(String t, int from, int to) {
        List<int[]> out = null;
        int i = from;
        boolean unclosedComment = false; // once "-->" is missing, later comments cannot close either
        while (i < to) {
            int lt = indexOf(t, "<", i, to);
            if (lt < 0) break;
            int end;
            if (t.startsWith("<!--", lt)) {
                int c = unclosedComment ? -1 : indexOf(t, "-->", lt + 4, to);
                if (c < 0 || c + 3 > to) unclosedComment = true;
                end = unclosedComment ? -1 : c + 3;
            } else {
                end = tagEnd(t, lt, to);
            }
            if (end > 0) {
                if (out == null) out = new ArrayList<>();
                out.add(new int[] {lt, end});
                i = end;
            } else {
                i = lt + 1;
            }
        }
        return out == null ? List.of() : out;
    }

    /** End (exclusive) of a tag or comment starting at lt, or -1. */
    private static int tagEnd(String t, int lt, int to) {
        int j = lt + 1;
        if (j < to && t.charAt(j) == '/') j++;
        int nameStart = j;
        while (j < to && (Chars.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '-')) j++;
        if (j == nameStart || j - nameStart > MAX_TAG_NAME) return -1;
        String name = t.substring(nameStart, j).toLowerCase(java.util.Locale.ROOT);
        if (!TAGS.contains(name)) return -1;
        if (j >= to) return -1;
        char c = t.charAt(j);
        if (c != '>' && c != '/' && !Chars.isWhitespace(c)) return -1;
        for (int k = j; k < to; k++) {
            char d = t.charAt(k);
            if (d == '>') return k + 1;
            if (d == '<') return -1; // the next scan starts there: linear overall
        }
        return -1;
    }

    /** First index of {@code s} in t[from, to), or -1; never looks past {@code to}. */
    static int indexOf(String t, String s, int from, int to) {
        char c0 = s.charAt(0);
        for (int i = from; i + s.length() <= to; i++) {
            if (t.charAt(i) == c0 && t.startsWith(s, i)) return i;
        }
        return -1;
    }

    /** Entities decoded, for metadata strings (never for paragraphs). */
    static String decode(String s) {
        return s == null || s.indexOf('&') < 0 ? s : Parser.unescapeEntities(s, false);
    }
}
