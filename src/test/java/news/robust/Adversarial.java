package news.robust;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import news.load.TextDecoder;
import news.model.Metadata;
import news.model.SourceDocument;

/**
 * Texts built to make scanners and regular expressions backtrack or go quadratic: long runs of
 * the characters the cleaner and the quote extractor look at (quotes, braces, colons, capitals,
 * spaces, '<', '&', digits, sentence ends), each with and without line breaks. A pattern is a
 * unit repeated to the wanted size; "+tail" units end in a character that makes a greedy match
 * fail at the very end, the classic trigger for catastrophic backtracking.
 */
final class Adversarial {
    private Adversarial() {}

    /** Name to repeated unit. */
    static final Map<String, String> UNITS = units();

    private static Map<String, String> units() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("straight-quotes", "\"");
        m.put("curly-quotes", "\u201c");
        m.put("unbalanced-quote-words", "\"word ");
        m.put("quote-said-chain", "\"We will hold,\" he said, \"and ");
        m.put("apostrophes", "'");
        m.put("open-braces", "{");
        m.put("json-like", "{\"a\":");
        m.put("code-semicolons", "var x = f(y); ");
        m.put("colons", ":");
        m.put("colon-words", "Update: ");
        m.put("capitalised-words", "John Smith ");
        m.put("capitalised-no-space", "AbCdEfGh");
        m.put("spaces", " ");
        m.put("spaces-lines", "          \n");
        m.put("tabs-and-nbsp", "\t\u00a0 ");
        m.put("less-than", "<");
        m.put("open-tags", "<div class=\"a\" ");
        m.put("ampersands", "&");
        m.put("entities", "&amp;&#8220;&#x201d;");
        m.put("digits", "7");
        m.put("numbers-and-times", "12:30, 1,234.56 ");
        m.put("full-stops", ".");
        m.put("abbreviations", "Mr. Dr. U.S. ");
        m.put("newlines", "\n");
        m.put("short-lines", "a\n");
        m.put("repeated-chrome-line", "Share on Facebook\n");
        m.put("by-lines", "By John Smith and ");
        m.put("dashes", "\u2014-");
        m.put("urls", "https://example.com/a?b=c&d=");
        m.put("combining-marks", "e\u0301\u0308");
        m.put("emoji", "\ud83d\ude00");
        m.put("mixed-punctuation", "\"{:<&1 A.");
        return m;
    }

    /** Names of all patterns, in a stable order. */
    static List<String> names() {
        return List.copyOf(UNITS.keySet());
    }

    /** The unit of {@code name} repeated to about {@code chars} characters, normalised as a loader would. */
    static String text(String name, int chars) {
        String unit = UNITS.get(name);
        if (unit == null) throw new IllegalArgumentException(name);
        StringBuilder sb = new StringBuilder(chars + unit.length());
        sb.append("Headline of a hostile page\n\n");
        while (sb.length() < chars) sb.append(unit);
        sb.append("x!"); // a failing tail for greedy patterns
        return TextDecoder.normalise(sb.toString());
    }

    static SourceDocument doc(String name, String text) {
        return new SourceDocument(name, name + ".txt", "txt", "0".repeat(64), text, Metadata.EMPTY, List.of());
    }
}
