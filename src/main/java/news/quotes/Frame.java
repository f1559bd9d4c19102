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

    /** One token: a word or punctuation mark, or a whole quote; para is its paragraph index. */
    static class Token {
        final Word word;
        final int start, end, para;

        Token(Word word, int start, int end, int para) {
            this.word = word;
            this.start = start;
            this.end = end;
            this.para = para;
        }

        Kind kind() {
            return word.kind;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        int para() {
            return para;
        }

        /** Paragraph index of the token's end (a quote can run over paragraphs). */
        int lastPara() {
            return para;
        }

        String text() {
            return word.text;
        }

        String lower() {
            return word.lower;
        }

        /** For QUOTE tokens the index into {@link #quotes}, else -1. */
        int quote() {
            return -1;
        }

        boolean isWord() {
            return word.kind == Kind.WORD;
        }

        boolean isPunct(char c) {
            return word.punct == c;
        }

        boolean capitalised() {
            return word.capitalised;
        }

        /** Lower case without a possessive ending (Ukraine’s -> ukraine). */
        String base() {
            return word.base;
        }

        boolean possessive() {
            return word.possessive;
        }

        boolean is(WordClass c) {
            return word.is(c);
        }

        /** {@link Lexicon#cueLemma} of the lower case. */
        String cueLemma() {
            return word.cueLemma();
        }

        @Override
        public String toString() {
            return word.text + "@" + start;
        }
    }

    /** A quoted span as one token. */
    static final class QuoteToken extends Token {
        static final Word QUOTE = new Word(Kind.QUOTE, "\u201cQ\u201d", "\u201cq\u201d");
        final int lastPara, quote;

        QuoteToken(int start, int end, int para, int lastPara, int quote) {
            super(QUOTE, start, end, para);
            this.lastPara = lastPara;
            this.quote = quote;
        }

        @Override
        int lastPara() {
            return lastPara;
        }

        @Override
        int quote() {
            return quote;
        }
    }

    /** Abbreviations after which a period does not end a sentence. */
    static final Set<String> ABBREVIATIONS = Lexicon.set("mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen",
            "col", "lt", "capt", "sgt", "st", "prof", "jr", "sr", "no", "vs", "adm", "maj", "inc", "corp", "co",
            "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "rev", "fr", "hon", "mt", "ft", "ltd", "dept", "approx",
            "jan", "feb", "mar", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "d.c");

    final String text;
    /** The text's characters (array access is cheaper than String.charAt on non-Latin-1 text). */
    final char[] chars;
    /** paragraph p is text[paraStart[p], paraEnd[p]) */
    final int[] paraStart, paraEnd;
    final List<QuoteMarks.Span> quotes;
    /**
     * The tokens, as a list view. They are stored as columns (what each token reads as, where it
     * starts and ends, its paragraph); a {@link Token} object is made only for the tokens the
     * analysis looks at, so the whole-text passes allocate nothing per token and a huge article
     * leaves a few large arrays rather than millions of small objects for the collector to copy.
     */
    final List<Token> tokens = new TokenView();
    private int tokenCount;
    private Word[] tokWord;
    private int[] tokStart, tokEnd, tokPara;
    /** Token objects made so far, by index */
    private Token[] made;
    /** sentence index of each token */
    final int[] sentenceOf;
    /** token index where each sentence starts; sentenceStarts[n] = tokens.size() */
    final int[] sentenceStarts;
    /** token index of each quote */
    final int[] quoteToken;

    /** The paragraphs joined by a blank line ({@code Article.text()}), with their ranges. */
    Frame(List<String> paragraphTexts) {
        this(String.join("\n\n", paragraphTexts), paragraphTexts, new Columns());
    }

    /**
     * As {@link #Frame(List)}, on this thread's reusable columns: the caller must {@link #release}
     * the frame when done and keep nothing that reads it afterwards.
     */
    static Frame borrowing(List<String> paragraphTexts) {
        Columns c = COLUMNS.get();
        if (c.inUse) c = new Columns(); // a frame of this thread still holds them
        c.inUse = true;
        return new Frame(String.join("\n\n", paragraphTexts), paragraphTexts, c);
    }

    /** Hands the columns back to the thread (they are reused by its next frame). */
    void release() {
        columns.word = tokWord;
        columns.start = tokStart;
        columns.end = tokEnd;
        columns.para = tokPara;
        columns.inUse = false;
        // Do not keep a huge article's arrays: memory stays flat in article and corpus size.
        if (tokWord.length > Columns.KEEP && COLUMNS.get() == columns) COLUMNS.set(new Columns());
    }

    /**
     * Per-token arrays reused from one article to the next on a thread: allocating them afresh
     * for every article is most of what extraction would otherwise allocate.
     */
    static final class Columns {
        /** Arrays longer than this are not kept (memory stays flat after a huge article). */
        static final int KEEP = 1 << 16;
        Word[] word = new Word[0];
        int[] start = new int[0], end = new int[0], para = new int[0], sentenceOf = new int[0];
        Token[] made = new Token[0];
        Entities.Person[] personAt = new Entities.Person[0];
        boolean[] orgAt = new boolean[0];
        boolean inUse;

        /** Makes the token columns at least n long (what they hold beyond the frame's tokens is stale). */
        void ensure(int n) {
            if (word.length < n) {
                int c = Math.max(n, word.length * 2);
                word = java.util.Arrays.copyOf(word, c);
                start = java.util.Arrays.copyOf(start, c);
                end = java.util.Arrays.copyOf(end, c);
                para = java.util.Arrays.copyOf(para, c);
            }
        }
    }

    private static final ThreadLocal<Columns> COLUMNS = ThreadLocal.withInitial(Columns::new);
    final Columns columns;

    private Frame(String text, List<String> paragraphTexts, Columns columns) {
        this.columns = columns;
        this.text = text;
        this.chars = text.toCharArray();
        int n = paragraphTexts.size();
        this.paraStart = new int[n];
        this.paraEnd = new int[n];
        int pos = 0;
        for (int p = 0; p < n; p++) {
            paraStart[p] = pos;
            pos += paragraphTexts.get(p).length();
            paraEnd[p] = pos;
            pos += 2;
        }
        this.quotes = QuoteMarks.find(chars, paraStart, paraEnd);
        // About one token per five characters in running text: presize so the columns rarely grow.
        columns.ensure(text.length() / 5 + 16);
        this.tokWord = columns.word;
        this.tokStart = columns.start;
        this.tokEnd = columns.end;
        this.tokPara = columns.para;
        this.quoteToken = new int[quotes.size()];
        tokenize();
        if (columns.made.length < tokenCount) {
            columns.made = new Token[Math.max(tokenCount, columns.made.length * 2)];
            columns.sentenceOf = new int[columns.made.length];
        } else {
            java.util.Arrays.fill(columns.made, 0, tokenCount, null);
        }
        this.made = columns.made;
        this.sentenceOf = columns.sentenceOf;
        this.sentenceStarts = splitSentences();
        this.sentenceHasWord = new boolean[sentenceStarts.length];
        for (int k = 0; k < tokenCount; k++) if (tokWord[k].kind == Kind.WORD) sentenceHasWord[sentenceOf[k]] = true;
    }

    int tokenCount() {
        return tokenCount;
    }

    /** What token k reads as. */
    Word word(int k) {
        return tokWord[java.util.Objects.checkIndex(k, tokenCount)];
    }

    int start(int k) {
        return tokStart[java.util.Objects.checkIndex(k, tokenCount)];
    }

    int end(int k) {
        return tokEnd[java.util.Objects.checkIndex(k, tokenCount)];
    }

    int para(int k) {
        return tokPara[java.util.Objects.checkIndex(k, tokenCount)];
    }

    /** Paragraph index of the token's end (a quote can run over paragraphs). */
    int lastPara(int k) {
        return tokWord[k] == QuoteToken.QUOTE ? quotes.get(quoteIndex(k)).lastParagraph() : tokPara[k];
    }

    /** The index into {@link #quotes} of quote token k. */
    private int quoteIndex(int k) {
        int i = java.util.Arrays.binarySearch(quoteToken, k);
        if (i < 0) throw new IllegalArgumentException("token " + k + " is not a quote");
        return i;
    }

    /** Token k as an object (made once, on first use). */
    Token token(int k) {
        Token t = made[k];
        if (t == null) {
            if (tokWord[k] == QuoteToken.QUOTE) {
                QuoteMarks.Span q = quotes.get(quoteIndex(k));
                t = new QuoteToken(q.open(), q.end(), q.firstParagraph(), q.lastParagraph(), quoteIndex(k));
            } else {
                t = new Token(tokWord[k], tokStart[k], tokEnd[k], tokPara[k]);
            }
            made[k] = t;
            tokensMade++;
        }
        return t;
    }

    private int tokensMade;

    /** How many Token objects were made so far (the rest exist only as columns). */
    int tokensMade() {
        return tokensMade;
    }

    private final class TokenView extends java.util.AbstractList<Token> implements java.util.RandomAccess {
        @Override
        public Token get(int k) {
            java.util.Objects.checkIndex(k, tokenCount);
            return token(k);
        }

        @Override
        public int size() {
            return tokenCount;
        }
    }

    private void add(Word w, int start, int end, int para) {
        if (tokenCount == tokWord.length) {
            int c = tokenCount * 2;
            tokWord = java.util.Arrays.copyOf(tokWord, c);
            tokStart = java.util.Arrays.copyOf(tokStart, c);
            tokEnd = java.util.Arrays.copyOf(tokEnd, c);
            tokPara = java.util.Arrays.copyOf(tokPara, c);
        }
        tokWord[tokenCount] = w;
        tokStart[tokenCount] = start;
        tokEnd[tokenCount] = end;
        tokPara[tokenCount] = para;
        tokenCount++;
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
        char[] text = chars;
        WordCache words = WORDS.get();
        int qi = 0;
        int p = 0;
        int from = -1; // where to start in paragraph p after a quote that ended inside it
        int nextOpen = quotes.isEmpty() ? Integer.MAX_VALUE : quotes.get(0).open();
        while (p < paraStart.length) {
            int e = paraEnd[p];
            int i = from >= 0 ? from : paraStart[p];
            int nextP = p + 1, nextFrom = -1;
            while (i < e) {
                if (nextOpen <= i) {
                    QuoteMarks.Span q = quotes.get(qi);
                    quoteToken[qi] = tokenCount;
                    add(QuoteToken.QUOTE, q.open(), q.end(), q.firstParagraph());
                    qi++;
                    nextOpen = qi < quotes.size() ? quotes.get(qi).open() : Integer.MAX_VALUE;
                    if (q.lastParagraph() != p) {
                        nextP = q.lastParagraph();
                        nextFrom = q.end();
                        break;
                    }
                    i = q.end();
                    continue;
                }
                char c = text[i];
                byte cls = CHAR_CLASS[c];
                if (cls == SPACE) {
                    i++;
                } else if (cls == ALNUM) {
                    int j = i + 1;
                    int h = c; // the word's hash, as WordCache computes it
                    while (j < e) {
                        char d = text[j];
                        if (CHAR_CLASS[d] == ALNUM || d == '\u00AD') {
                            h = 31 * h + d;
                            j++;
                        } else if ((d == '’' || d == '\'' || d == '-' || d == '.' || d == '&' || d == '‑')
                                && j + 1 < e && CHAR_CLASS[text[j + 1]] == ALNUM && nextOpen != j) {
                            h = 31 * (31 * h + d) + text[j + 1];
                            j += 2;
                        } else {
                            break;
                        }
                    }
                    add(words.word(text, i, j, h), i, j, p);
                    i = j;
                } else if (isQuoteMark(c)) {
                    i++; // a stray mark that opens no quote
                } else {
                    add(c < 128 ? ASCII[c] : words.word(text, i, i + 1), i, i + 1, p);
                    i++;
                }
            }
            p = nextP;
            from = nextFrom;
        }
    }

    /** Punctuation words for ASCII characters (letters and digits are never punctuation tokens). */
    private static final Word[] ASCII = new Word[128];
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII[c] = new Word(Kind.PUNCT, String.valueOf(c), String.valueOf(c));
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    /** Bit sets over all chars: the Character tests the scanners ask per character, looked up once. */
    private static final long[] LETTER_OR_DIGIT = new long[1 << 10], UPPER_CASE = new long[1 << 10];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Character.isLetterOrDigit((char) c)) LETTER_OR_DIGIT[c >>> 6] |= 1L << c;
            if (Character.isUpperCase((char) c)) UPPER_CASE[c >>> 6] |= 1L << c;
        }
    }

    /** What the tokenizer does with each char: {@link Character#isWhitespace} or a no-break space, isLetterOrDigit, or other. */
    private static final byte OTHER = 0, SPACE = 1, ALNUM = 2;
    private static final byte[] CHAR_CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            // No-break spaces (U+00A0, U+2007, U+202F) separate words like spaces ("Ida\u00A0Holm said").
            boolean space = Character.isWhitespace((char) c) || c == 0x00A0 || c == 0x2007 || c == 0x202F;
            CHAR_CLASS[c] = space ? SPACE : Character.isLetterOrDigit((char) c) ? ALNUM : OTHER;
        }
    }

    /** {@link Character#isLetterOrDigit(char)}, by table. */
    static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : (LETTER_OR_DIGIT[c >>> 6] & 1L << c) != 0;
    }

    /** {@link Character#isUpperCase(char)}, by table. */
    static boolean isUpperCase(char c) {
        return (UPPER_CASE[c >>> 6] & 1L << c) != 0;
    }

    private static final ThreadLocal<WordCache> WORDS = ThreadLocal.withInitial(WordCache::new);

    /** Lower case; returns the same string when it has no upper-case letter (the common case). */
    static String lower(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c >= 'A' && c <= 'Z' || c > 127 && isUpperCase(c)) return w.toLowerCase(Locale.ROOT);
        }
        return w;
    }

    /** {@code s.split("\\s+")} without compiling a regular expression on every call (same result). */
    static String[] splitOnWhitespace(String s) {
        List<String> parts = null;
        int n = s.length(), start = 0;
        for (int i = 0; i < n; ) {
            if (!isRegexSpace(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && isRegexSpace(s.charAt(j))) j++;
            if (parts == null) parts = new ArrayList<>();
            parts.add(s.substring(start, i)); // "" for a run of spaces at the very start, as split gives
            start = j;
            i = j;
        }
        if (parts == null) return new String[] {s};
        parts.add(s.substring(start));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) size--; // split drops trailing empty strings
        return parts.subList(0, size).toArray(new String[0]);
    }

    /** The regular-expression class \s: [ \t\n\x0B\f\r]. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isQuoteMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '‟' || c == '«' || c == '»' || c == '‘'
                || c == '’' || c == '\'' || c == '‚' || c == '‹' || c == '›' || c == '`';
    }

    private int[] splitSentences() {
        int n = tokenCount;
        int[] starts = new int[Math.max(1, n / 16) + 1];
        int count = 0;
        if (n > 0) starts[count++] = 0;
        for (int k = 0; k < n; k++) {
            if (k > 0 && boundaryBefore(k)) {
                if (count + 1 >= starts.length) starts = java.util.Arrays.copyOf(starts, starts.length * 2);
                starts[count++] = k;
            }
            sentenceOf[k] = count - 1;
        }
        int[] out = java.util.Arrays.copyOf(starts, count + 1);
        out[count] = n;
        return out;
    }

    private boolean boundaryBefore(int k) {
        Word prev = tokWord[k - 1], cur = tokWord[k];
        if (tokPara[k] != lastPara(k - 1)) return true;
        boolean opensLikeSentence = cur.capitalised || cur.kind == Kind.QUOTE
                || (cur.kind == Kind.WORD && Character.isDigit(cur.text.charAt(0)));
        if (prev.kind == Kind.PUNCT) {
            char c = prev.text.charAt(0);
            if (c != '.' && c != '!' && c != '?' && c != '…') return false;
            if (!opensLikeSentence) return false;
            if (c == '.' && k >= 2) {
                Word w = tokWord[k - 2];
                if (w.kind == Kind.WORD && tokEnd[k - 2] == tokStart[k - 1]) {
                    if (w.is(WordClass.ABBREVIATIONS_LOWER)) return false;
                    if (w.text.length() == 1 && Character.isUpperCase(w.text.charAt(0))) return false;
                }
            }
            if (cur.kind == Kind.QUOTE) return true;
            return !cueFollows(k);
        }
        if (prev.kind == Kind.QUOTE) {
            QuoteMarks.Span q = quotes.get(quoteIndex(k - 1));
            char last = chars[q.contentEnd() - 1];
            if (last != '.' && last != '!' && last != '?' && last != '…') return false;
            if (!opensLikeSentence) return false;
            return !cueFollows(k);
        }
        return false;
    }

    /** "“Are we safe?” Peskov asked." — a cue within the next few words keeps the quote in this sentence. */
    private boolean cueFollows(int k) {
        int n = Math.min(tokenCount, k + 6);
        for (int i = k; i < n; i++) {
            Word t = tokWord[i];
            if (t.kind != Kind.WORD) {
                if (t.punct == '.' && i > 0 && tokWord[i - 1].is(WordClass.ABBREVIATIONS_LOWER)) continue;
                return false;
            }
            String lemma = t.cueLemma();
            if (lemma != null && !Lexicon.WEAK_CUES.contains(lemma) && !t.lower.endsWith("ing")) return true;
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
