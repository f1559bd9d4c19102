package news.quotes;

import news.quotes.Frame.Kind;

/**
 * The {@link Word}s one thread has read, shared across its articles so that a token does not
 * allocate strings per occurrence (most words repeat), and what is known about a word
 * ({@link Word#is}) is worked out once. A fixed two-way set-associative table: memory stays
 * bounded whatever the corpus size; a new word evicts the less recently used of its two slots.
 */
final class WordCache {
    private static final int BITS = 16;
    private static final int SLOTS = 1 << BITS;
    /** Words longer than this are not cached (rare, and would only bloat the table). */
    private static final int MAX_LENGTH = 24;
    private final Word[] table = new Word[SLOTS];
    /** hash of each table entry's text, compared before the text itself */
    private final int[] hashes = new int[SLOTS];

    /** The word for text[from, to): a letter or digit first makes a WORD, anything else PUNCT. */
    Word word(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) h = 31 * h + a[i];
        return word(a, from, to, h);
    }

    /** {@link #word(char[], int, int)} with the hash of text[from, to) ({@code h = 31 * h + c}) known. */
    Word word(char[] a, int from, int to, int h) {
        int len = to - from;
        if (len > MAX_LENGTH) return create(a, from, to);
        // Two-way set-associative: a word goes to one of two slots; a new word replaces the older entry.
        int i = ((h ^ (h >>> 16)) * 0x9E3779B1 >>> (32 - BITS)) & ~1;
        Word w = table[i];
        if (w != null && hashes[i] == h && w.text.length() == len && equal(w.text, a, from, len)) return w;
        w = table[i + 1];
        if (w != null && hashes[i + 1] == h && w.text.length() == len && equal(w.text, a, from, len)) {
            // most recently used first
            table[i + 1] = table[i];
            hashes[i + 1] = hashes[i];
            table[i] = w;
            hashes[i] = h;
            return w;
        }
        w = create(a, from, to);
        table[i + 1] = table[i];
        hashes[i + 1] = hashes[i];
        table[i] = w;
        hashes[i] = h;
        return w;
    }

    private static Word create(char[] a, int from, int to) {
        String w = new String(a, from, to - from);
        return new Word(Frame.isLetterOrDigit(a[from]) ? Kind.WORD : Kind.PUNCT, w, Frame.lower(w));
    }

    private static boolean equal(String w, char[] a, int from, int len) {
        for (int k = 0; k < len; k++) if (w.charAt(k) != a[from + k]) return false;
        return true;
    }
}
