package news.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a span of text into sentence-like units, linearly: after . ! ? … (and closing quotes or
 * brackets) followed by a space and an upper-case letter, digit or opening quote; and where two
 * text nodes were glued without a space ("…from BakhmutShow all 7": a lower-case run of three or
 * more letters directly followed by an upper-case letter).
 */
final class Sentences {
    private Sentences() {}

    /** Sentence spans [start, end) within [from, to), trimmed of surrounding spaces. */
    static List<int[]> split(String t, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int start = from;
        int lowerRun = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int j = i + 1;
                while (j < to && isCloser(t.charAt(j))) j++;
                if (j < to && Chars.isWhitespace(t.charAt(j))) {
                    int k = j;
                    while (k < to && Chars.isWhitespace(t.charAt(k))) k++;
                    if (k < to && startsSentence(t.charAt(k)) && !isAbbreviation(t, start, i)) {
                        add(out, t, start, j);
                        start = k;
                        i = k - 1;
                        lowerRun = 0;
                        continue;
                    }
                }
            }
            if (Chars.isLowerCase(c)) {
                lowerRun++;
            } else {
                if (Chars.isUpperCase(c) && lowerRun >= 3 && i + 1 < to && Chars.isLowerCase(t.charAt(i + 1))
                        && !isCamelWord(t, i)) {
                    add(out, t, start, i);
                    start = i;
                }
                lowerRun = 0;
            }
        }
        add(out, t, start, to);
        return out;
    }

    private static void add(List<int[]> out, String t, int s, int e) {
        while (s < e && Chars.isWhitespace(t.charAt(s))) s++;
        while (e > s && Chars.isWhitespace(t.charAt(e - 1))) e--;
        if (e > s) out.add(new int[] {s, e});
    }

    static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static boolean startsSentence(char c) {
        return Chars.isUpperCase(c) || Chars.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\'' || c == '«' || c == '(';
    }

    /** "Mr. Smith", "U.S. Army", "Gov. X": a one- or two-letter word before the period. */
    private static boolean isAbbreviation(String t, int sentenceStart, int dot) {
        int k = dot;
        while (k > sentenceStart && Chars.isLetter(t.charAt(k - 1))) k--;
        int len = dot - k;
        if (len == 0) return false;
        if (len == 1) return true;
        if (len <= 3 && Chars.isUpperCase(t.charAt(k))) {
            String w = t.substring(k, dot);
            return w.equals("Mr") || w.equals("Ms") || w.equals("Mrs") || w.equals("Dr") || w.equals("Gov") || w.equals("Sen")
                    || w.equals("Rep") || w.equals("St") || w.equals("Jr") || w.equals("Sr") || w.equals("Lt") || w.equals("Gen")
                    || w.equals("Col") || w.equals("No") || w.equals("Vol") || w.equals("Inc") || w.equals("Co");
        }
        return false;
    }

    /** Brand-like inner capitals ("McDonald", "YouTube", "PlayStation") are not glue points. */
    private static boolean isCamelWord(String t, int upper) {
        int k = upper;
        while (k > 0 && Chars.isLetter(t.charAt(k - 1))) k--;
        // A glued boundary follows a whole word of 3+ lower-case letters after a capital or start.
        int lower = 0;
        for (int i = k; i < upper; i++) if (Chars.isLowerCase(t.charAt(i))) lower++;
        int e = upper + 1;
        while (e < t.length() && Chars.isLetter(t.charAt(e))) e++;
        return upper - k <= 4 || lower < 3 || e - upper <= 2;
    }
}
