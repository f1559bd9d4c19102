package news.quotes;

import news.quotes.Frame.Kind;

/**
 * What a token reads as, shared by every occurrence of the same characters (see
 * {@link WordCache}), with the properties the extractor asks about over and over.
 */
final class Word {
    final Kind kind;
    final String text, lower, base;
    final boolean capitalised, possessive;
    /** the character of a one-character punctuation token, else 0 */
    final char punct;
    /** {@link Names#key} of the text, computed on first use */
    private String key;
    /** {@link Lexicon#cueLemma} of the lower case, once known */
    private String cueLemma;
    private boolean cueLemmaKnown;
    /** per {@link WordClass}: whether it was asked yet, and the answer */
    private long tested, member;

    Word(Kind kind, String text, String lower) {
        this.kind = kind;
        this.text = text;
        this.lower = lower;
        this.capitalised = kind == Kind.WORD && Character.isUpperCase(text.charAt(0));
        this.possessive = kind == Kind.WORD && (lower.endsWith("’s") || lower.endsWith("'s"));
        this.base = possessive ? lower.substring(0, lower.length() - 2) : lower;
        this.punct = kind == Kind.PUNCT && text.length() == 1 ? text.charAt(0) : 0;
    }

    String key() {
        String k = key;
        if (k == null) key = k = Names.key(text);
        return k;
    }

    /**
     * Whether the word belongs to the class. Answers are remembered for WORD words only:
     * those belong to one thread's cache, while punctuation and quote words are shared.
     */
    boolean is(WordClass c) {
        if (kind != Kind.WORD) return c.test.test(c.onBase ? base : lower);
        long m = 1L << c.ordinal();
        if ((tested & m) == 0) {
            if (c.test.test(c.onBase ? base : lower)) member |= m;
            tested |= m;
        }
        return (member & m) != 0;
    }

    /** {@link Lexicon#cueLemma} of the lower case. */
    String cueLemma() {
        if (kind != Kind.WORD) return Lexicon.cueLemma(lower);
        if (!cueLemmaKnown) {
            cueLemma = Lexicon.cueLemma(lower);
            cueLemmaKnown = true;
        }
        return cueLemma;
    }
}
