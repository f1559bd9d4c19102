package news.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans in an article text in one left-to-right pass (linear time, whatever the
 * input). Handles “curly”, "straight", mixed (“curly opening, straight closing"), ‘single’ (also
 * as the outer mark, British style), «guillemets» and „low-high“ marks; single marks nested in
 * double ones belong to the outer quote. Apostrophes (they’ve, Ukraine’s) are not marks: a
 * single mark closes only where no letter follows it. A quote left open at the end of a
 * paragraph continues when the next paragraph opens with a mark of the same family (the
 * newspaper convention for quotes that run over paragraphs); otherwise it ends at the paragraph
 * break, so an unbalanced mark never swallows the article.
 */
final class QuoteMarks {
    private QuoteMarks() {}

    enum Family { DOUBLE, SINGLE, GUILLEMET }

    /**
     * A quoted span. {@code text.substring(contentStart, contentEnd)} is the quoted content
     * (trimmed; a trailing comma that belongs to the attribution is left out); {@code [open, end)}
     * covers the marks as well.
     */
    record Span(int open, int contentStart, int contentEnd, int end, int firstParagraph, int lastParagraph,
                boolean closed, Family family) {
        Span {
            if (!(open <= contentStart && contentStart <= contentEnd && contentEnd <= end)) {
                throw new IllegalArgumentException("bad quote span " + open + "," + contentStart + ","
                        + contentEnd + "," + end);
            }
            if (lastParagraph < firstParagraph) throw new IllegalArgumentException("bad paragraph range");
        }
    }

    /**
     * @param text       the article text
     * @param paragraphs paragraph ranges {start, end} into text, in order, non-overlapping
     */
    static List<Span> find(String text, List<int[]> paragraphs) {
        int[] starts = new int[paragraphs.size()], ends = new int[paragraphs.size()];
        for (int p = 0; p < starts.length; p++) {
            starts[p] = paragraphs.get(p)[0];
            ends[p] = paragraphs.get(p)[1];
        }
        return find(text.toCharArray(), starts, ends);
    }

    /**
     * @param text      the article text
     * @param paraStart paragraph p is text[paraStart[p], paraEnd[p]); in order, non-overlapping
     */
    static List<Span> find(char[] text, int[] paraStart, int[] paraEnd) {
        List<Span> out = new ArrayList<>();
        int nPara = paraStart.length;
        SingleClosers closers = new SingleClosers(text);

        int p = 0;
        int startAt = -1; // where to resume inside paragraph p after a quote that ended there
        while (p < nPara) {
            int pStart = paraStart[p], pEnd = paraEnd[p];
            int i = startAt >= 0 ? startAt : pStart;
            startAt = -1;
            int jumpTo = -1;
            while (i < pEnd) {
                Family fam = mayOpen(text[i]) ? openerFamily(text, i, pStart) : null;
                if (fam == null) {
                    i++;
                    continue;
                }
                int open = i;
                int cp = p;
                int closeAt = -1;   // index of the closing mark
                int cutAt = -1;     // content end when the quote ends without a closing mark
                int resume = -1;    // where to continue scanning after an early cut
                if (fam == Family.SINGLE) {
                    int sc = closers.first(i + 1, pEnd);
                    if (sc >= 0) {
                        closeAt = sc;
                    } else if (isParagraphOpening(text, i, pStart)) {
                        // A paragraph opened by a single mark: a British-style quote, possibly over paragraphs.
                        while (true) {
                            if (cp + 1 < nPara && startsWithFamily(text, paraStart[cp + 1], paraEnd[cp + 1], Family.SINGLE)) {
                                cp++;
                                int first = firstNonSpace(text, paraStart[cp], paraEnd[cp]);
                                int sc2 = closers.first(first + 1, paraEnd[cp]);
                                if (sc2 >= 0) {
                                    closeAt = sc2;
                                    break;
                                }
                                continue;
                            }
                            cutAt = paraEnd[cp];
                            break;
                        }
                    } else {
                        i++; // an apostrophe ('90s, ’em) rather than a quote
                        continue;
                    }
                } else {
                    int j = i + markWidth(text, i);
                    outer:
                    while (true) {
                        int curEnd = paraEnd[cp];
                        while (j < curEnd) {
                            if (closes(fam, text, j)) {
                                closeAt = j;
                                break outer;
                            }
                            if (reopensAfterUnbalanced(fam, text, j)) {
                                // An opening mark after whitespace inside a quote: the earlier quote
                                // was never closed. End it before the whitespace; rescan from here.
                                int e = j;
                                while (e > open + 1 && Character.isWhitespace(text[e - 1])) e--;
                                cutAt = e;
                                resume = j;
                                break outer;
                            }
                            j++;
                        }
                        // Paragraph ended inside the quote: continue only into a paragraph opened by a mark.
                        if (cp + 1 < nPara && startsWithFamily(text, paraStart[cp + 1], paraEnd[cp + 1], fam)) {
                            cp++;
                            j = firstNonSpace(text, paraStart[cp], paraEnd[cp]) + 1;
                            continue;
                        }
                        cutAt = curEnd;
                        break;
                    }
                }
                int contentStart = open + markWidth(text, open);
                int limit = closeAt >= 0 ? closeAt : cutAt;
                while (contentStart < limit && Character.isWhitespace(text[contentStart])) contentStart++;
                int contentEnd = limit;
                while (contentEnd > contentStart && Character.isWhitespace(text[contentEnd - 1])) contentEnd--;
                if (contentEnd > contentStart && text[contentEnd - 1] == ',') contentEnd--;
                while (contentEnd > contentStart && Character.isWhitespace(text[contentEnd - 1])) contentEnd--;
                int end = closeAt >= 0 ? closeAt + (fam == Family.DOUBLE ? markWidth(text, closeAt) : 1) : cutAt;
                if (contentEnd > contentStart && hasLetterOrDigit(text, contentStart, contentEnd)
                        && !looksLikeCode(text, contentStart, contentEnd)) {
                    out.add(new Span(open, contentStart, contentEnd, end, p, cp, closeAt >= 0, fam));
                }
                int after = resume >= 0 ? resume : Math.max(end, i + 1);
                if (cp != p) {
                    jumpTo = cp;
                    startAt = after;
                    break;
                }
                i = after;
            }
            p = jumpTo >= 0 ? jumpTo : p + 1;
        }
        return out;
    }

    /**
     * First single closing mark in [from, to), found by a forward cursor: the scan asks with
     * positions that never go back, so the marks are looked for once per character in all.
     */
    private static final class SingleClosers {
        private final char[] text;
        /** no closer in [checkedFrom, cursor); cursor is a closer or not yet examined */
        private int checkedFrom, cursor;

        SingleClosers(char[] text) {
            this.text = text;
        }

        int first(int from, int to) {
            if (from < checkedFrom || from > cursor) cursor = from; // (a backward ask only costs a rescan)
            checkedFrom = from;
            while (cursor < to && !isSingleCloser(text, cursor)) cursor++;
            return cursor < to ? cursor : -1;
        }
    }

    /** Leaked CSS/JavaScript between two marks is not a quote: braces, semicolons, few letters. */
    static boolean looksLikeCode(char[] t, int s, int e) {
        int letters = 0, code = 0, n = e - s;
        for (int i = s; i < e; i++) {
            char c = t[i];
            if (Character.isLetter(c) || c == ' ') letters++;
            else if (c == '{' || c == '}' || c == ';' || c == '=' || c == '<' || c == '>' || c == '#') code++;
        }
        return code >= 3 && (code * 50 >= n || letters < 0.75 * n);
    }

    private static boolean hasLetterOrDigit(char[] t, int s, int e) {
        for (int i = s; i < e; i++) if (Character.isLetterOrDigit(t[i])) return true;
        return false;
    }

    private static int firstNonSpace(char[] t, int s, int e) {
        while (s < e && Character.isWhitespace(t[s])) s++;
        return s;
    }

    private static boolean isParagraphOpening(char[] t, int i, int pStart) {
        return firstNonSpace(t, pStart, i) == i;
    }

    private static boolean startsWithFamily(char[] t, int from, int to, Family fam) {
        int i = firstNonSpace(t, from, to);
        if (i >= to) return false;
        char c = t[i];
        return switch (fam) {
            case DOUBLE -> c == '“' || c == '"' || c == '„' || c == '‟';
            case SINGLE -> c == '‘' || c == '\'';
            case GUILLEMET -> c == '«';
        };
    }

    /** Whether {@link #openerFamily} can answer other than null for c: one range test for most chars. */
    static boolean mayOpen(char c) {
        return c >= '‘' ? c <= '‟' : c == '"' || c == '\'' || c == '`' || c == '«';
    }

    /** The family of an opening mark at i, or null if the char at i does not open a quote. */
    static Family openerFamily(char[] t, int i, int pStart) {
        char c = t[i];
        switch (c) {
            case '“', '„', '‟' -> {
                return Family.DOUBLE;
            }
            case '”' -> {
                // A closing mark typed as the opener (”Q,” he said): only at a paragraph start or after
                // a space, before a letter or digit; a real closer is consumed by its quote's scan first.
                boolean afterSpace = i == pStart || Character.isWhitespace(t[i - 1]);
                return afterSpace && i + 1 < t.length && Character.isLetterOrDigit(t[i + 1]) ? Family.DOUBLE : null;
            }
            case '«' -> {
                return Family.GUILLEMET;
            }
            case '"' -> {
                return openingPosition(t, i, pStart) ? Family.DOUBLE : null;
            }
            case '`' -> {
                return i + 1 < t.length && t[i + 1] == '`' && openingPosition2(t, i, pStart) ? Family.DOUBLE : null;
            }
            case '‘', '\'' -> {
                // ‘‘doubled single marks’’ stand for double marks in some feeds
                if (i + 1 < t.length && t[i + 1] == c && openingPosition2(t, i, pStart)) return Family.DOUBLE;
                return openingPosition(t, i, pStart) && i + 1 < t.length
                        && Character.isLetterOrDigit(t[i + 1]) ? Family.SINGLE : null;
            }
            default -> {
                return null;
            }
        }
    }

    /** Opening position: at paragraph start or after whitespace/opening punctuation, and not before whitespace. */
    private static boolean openingPosition(char[] t, int i, int pStart) {
        if (i + 1 >= t.length || Character.isWhitespace(t[i + 1])) return false;
        if (i == pStart) return true;
        char b = t[i - 1];
        return Character.isWhitespace(b) || b == '\u00A0' || b == '(' || b == '[' || b == '—' || b == '–' || b == '-'
                || b == '/' || b == '“' || b == '"' || b == '«' || b == ':';
    }

    /** Opening position for a two-character mark at i. */
    private static boolean openingPosition2(char[] t, int i, int pStart) {
        if (i + 2 >= t.length || Character.isWhitespace(t[i + 2])) return false;
        if (i == pStart) return true;
        char b = t[i - 1];
        return Character.isWhitespace(b) || b == '(' || b == '[' || b == '—' || b == '–' || b == ':';
    }

    /** Width of the mark at i: 2 for doubled single marks (‘‘ ’’ '' ``), else 1. */
    static int markWidth(char[] t, int i) {
        char c = t[i];
        if ((c == '‘' || c == '’' || c == '\'' || c == '`') && i + 1 < t.length && t[i + 1] == c) return 2;
        return 1;
    }

    /** A single mark that can close a quote: ’ or ' after a non-space, not followed by a letter or digit. */
    private static boolean isSingleCloser(char[] t, int i) {
        char c = t[i];
        if (c != '’' && c != '\'' && c != '›') return false;
        if (i == 0 || Character.isWhitespace(t[i - 1])) return false;
        return i + 1 >= t.length || !Character.isLetterOrDigit(t[i + 1]);
    }

    private static boolean closes(Family fam, char[] t, int j) {
        char d = t[j];
        return switch (fam) {
            case DOUBLE -> d == '”' || (d == '"' && !openingLike(t, j)) || (d == '“' && !openingLike(t, j))
                    || ((d == '’' || d == '\'') && j + 1 < t.length && t[j + 1] == d && j > 0
                    && !Character.isWhitespace(t[j - 1]));
            case GUILLEMET -> d == '»';
            case SINGLE -> false;
        };
    }

    /** A double opener after whitespace inside a double quote: a new quote starts, the old one was unbalanced. */
    private static boolean reopensAfterUnbalanced(Family fam, char[] t, int j) {
        char d = t[j];
        if (fam == Family.DOUBLE) return (d == '“' || d == '"') && openingLike(t, j);
        if (fam == Family.GUILLEMET) return d == '«';
        return false;
    }

    private static boolean openingLike(char[] t, int j) {
        return j > 0 && Character.isWhitespace(t[j - 1]) && j + 1 < t.length
                && !Character.isWhitespace(t[j + 1]);
    }
}
