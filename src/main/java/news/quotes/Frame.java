package news.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An article text seen by the quote extractor: word, punctuation and quote tokens (each quoted
 * span is one opaque token, so nothing inside a quote is read as narrative), and sentences over
 * those tokens. Built in linear time.
 */
final class Frame {
    enum Kind { WORD, PUNCT, QUOTE }

    /** One token. For QUOTE tokens {@code quote} indexes {@link #quotes}; para/lastPara are paragraph indexes. */
    record Token(Kind kind, int start, int end, int para, int lastPara, String text, String lower, int quote) {
        boolean isWord() {
            return kind == Kind.WORD;
        }

        boolean isPunct(char c) {
            return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
        }

        boolean capitalised() {
            return kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
        }

        /** Lower case without a possessive ending (Ukraine’s -> ukraine). */
        String base() {
            if (kind != Kind.WORD) return lower;
            if (lower.endsWith("’s") || lower.endsWith("'s")) return lower.substring(0, lower.length() - 2);
            return lower;
        }

        boolean possessive() {
            return kind == Kind.WORD && (lower.endsWith("’s") || lower.endsWith("'s"));
        }
    }

    /** Abbreviations after which a period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = Lexicon.set("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen",
            "col", "lt", "capt", "sgt", "st", "prof", "jr", "sr", "no", "vs", "adm", "maj", "inc", "corp", "co",
            "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "rev", "fr", "hon", "mt", "ft", "ltd", "dept", "approx",
            "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "d.c");

    final String text;
    final List<int[]> paragraphs;
    final List<QuoteMarks.Span> quotes;
    final List<Token> tokens;
    /** sentence index of each token */
    final int[] sentenceOf;
    /** token index where each sentence starts; sentenceStarts[n] = tokens.size() */
    final int[] sentenceStarts;
    /** token index of each quote */
    final int[] quoteToken;

    Frame(String text, List<int[]> paragraphs) {
        this.text = text;
        this.paragraphs = paragraphs;
        this.quotes = QuoteMarks.find(text, paragraphs);
        this.tokens = new ArrayList<>();
        this.quoteToken = new int[quotes.size()];
        tokenize();
        this.sentenceOf = new int[tokens.size()];
        this.sentenceStarts = splitSentences();
        this.sentenceHasWord = new boolean[sentenceStarts.length];
        for (int k = 0; k < tokens.size(); k++) if (tokens.get(k).kind() == Kind.WORD) sentenceHasWord[sentenceOf[k]] = true;
    }

    /** per sentence: whether it holds any word outside quotes */
    final boolean[] sentenceHasWord;

    static List<int[]> paragraphRanges(List<String> paragraphTexts) {
        List<int[]> out = new ArrayList<>(paragraphTexts.size());
        int pos = 0;
        for (String p : paragraphTexts) {
            out.add(new int[] {pos, pos + p.length()});
            pos += p.length() + 2;
        }
        return out;
    }

    private void tokenize() {
        int qi = 0;
        int p = 0;
        int from = -1; // where to start in paragraph p after a quote that ended inside it
        while (p < paragraphs.size()) {
            int e = paragraphs.get(p)[1];
            int i = from >= 0 ? from : paragraphs.get(p)[0];
            int nextP = p + 1, nextFrom = -1;
            while (i < e) {
                if (qi < quotes.size() && quotes.get(qi).open() <= i) {
                    QuoteMarks.Span q = quotes.get(qi);
                    quoteToken[qi] = tokens.size();
                    tokens.add(new Token(Kind.QUOTE, q.open(), q.end(), q.firstParagraph(), q.lastParagraph(),
                            "\u201cQ\u201d", "\u201cq\u201d", qi));
                    qi++;
                    if (q.lastParagraph() != p) {
                        nextP = q.lastParagraph();
                        nextFrom = q.end();
                        break;
                    }
                    i = q.end();
                    continue;
                }
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (Character.isLetterOrDigit(c)) {
                    int j = i + 1;
                    while (j < e) {
                        char d = text.charAt(j);
                        if (Character.isLetterOrDigit(d) || d == '\u00AD') {
                            j++;
                        } else if ((d == '’' || d == '\'' || d == '-' || d == '.' || d == '&' || d == '‑')
                                && j + 1 < e && Character.isLetterOrDigit(text.charAt(j + 1))
                                && !(qi < quotes.size() && quotes.get(qi).open() == j)) {
                            j += 2;
                        } else {
                            break;
                        }
                    }
                    String w = text.substring(i, j);
                    tokens.add(new Token(Kind.WORD, i, j, p, p, w, lower(w), -1));
                    i = j;
                } else if (isQuoteMark(c)) {
                    i++; // a stray mark that opens no quote
                } else {
                    String w = String.valueOf(c);
                    tokens.add(new Token(Kind.PUNCT, i, i + 1, p, p, w, w, -1));
                    i++;
                }
            }
            p = nextP;
            from = nextFrom;
        }
    }

    /** Lower case; returns the same string when it has no upper-case letter (the common case). */
    static String lower(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127 && Character.isUpperCase(c)) return w.toLowerCase(Locale.ROOT);
        }
        return w;
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '«' || c == '»' || c == '‘'
                || c == '’' || c == '\'' || c == '‚' || c == '‹' || c == '›' || c == '`';
    }

    private int[] splitSentences() {
        List<Integer> starts = new ArrayList<>();
        int n = tokens.size();
        int sentence = 0;
        if (n > 0) starts.add(0);
        for (int k = 0; k < n; k++) {
            if (k > 0 && boundaryBefore(k)) {
                sentence++;
                starts.add(k);
            }
            sentenceOf[k] = sentence;
        }
        int[] out = new int[starts.size() + 1];
        for (int i = 0; i < starts.size(); i++) out[i] = starts.get(i);
        out[starts.size()] = n;
        return out;
    }

    private boolean boundaryBefore(int k) {
        Token prev = tokens.get(k - 1), cur = tokens.get(k);
        if (cur.para() != prev.lastPara()) return true;
        boolean opensLikeSentence = cur.capitalised() || cur.kind() == Kind.QUOTE
                || (cur.kind() == Kind.WORD && Character.isDigit(cur.text().charAt(0)));
        if (prev.kind() == Kind.PUNCT) {
            char c = prev.text().charAt(0);
            if (c != '.' && c != '!' && c != '?' && c != '…') return false;
            if (!opensLikeSentence) return false;
            if (c == '.' && k >= 2) {
                Token w = tokens.get(k - 2);
                if (w.kind() == Kind.WORD && w.end() == prev.start()) {
                    if (ABBREVIATIONS.contains(w.lower())) return false;
                    if (w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0))) return false;
                }
            }
            if (cur.kind() == Kind.QUOTE) return true;
            return !cueFollows(k);
        }
        if (prev.kind() == Kind.QUOTE) {
            QuoteMarks.Span q = quotes.get(prev.quote());
            char last = text.charAt(q.contentEnd() - 1);
            if (last != '.' && last != '!' && last != '?' && last != '…') return false;
            if (!opensLikeSentence) return false;
            return !cueFollows(k);
        }
        return false;
    }

    /** "“Are we safe?” Peskov asked." — a cue within the next few words keeps the quote in this sentence. */
    private boolean cueFollows(int k) {
        int n = Math.min(tokens.size(), k + 6);
        for (int i = k; i < n; i++) {
            Token t = tokens.get(i);
            if (t.kind() != Kind.WORD) {
                if (t.isPunct('.') && i > 0 && Frame.ABBREVIATIONS.contains(tokens.get(i - 1).lower())) continue;
                return false;
            }
            String lemma = Lexicon.cueLemma(t.lower());
            if (lemma != null && !Lexicon.WEAK_CUES.contains(lemma) && !t.lower().endsWith("ing")) return true;
        }
        return false;
    }

    int sentenceCount() {
        return sentenceStarts.length - 1;
    }

    String quoteContent(int q) {
        QuoteMarks.Span s = quotes.get(q);
        return text.substring(s.contentStart(), s.contentEnd());
    }
}
