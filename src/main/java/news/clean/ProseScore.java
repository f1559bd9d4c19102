package news.clean;

import java.util.Set;

/**
 * Content-only judgement of one line, in the spirit of jusText: long lines dense in stop words
 * and ending in sentence punctuation are article text; short lines without sentence punctuation
 * are navigation, labels and buttons. Depends on the line alone (never on its neighbours), which
 * keeps cleaning idempotent.
 */
final class ProseScore {
    enum Kind { GOOD, NEAR_GOOD, SHORT, BAD }

    /** Function words of the languages we expect (en, pt, es, fr, de, it, nl, ru). */
    static final Set<String> STOP_WORDS = WordSets.of(
            // English
            "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
            "was", "were", "are", "be", "been", "has", "have", "had", "it", "its", "that", "this", "these", "those",
            "which", "who", "whom", "what", "when", "where", "he", "she", "they", "we", "you", "i", "his", "her",
            "their", "our", "not", "no", "will", "would", "can", "could", "should", "may", "might", "than", "then",
            "there", "about", "after", "before", "into", "over", "also", "said", "says", "if", "so", "do", "did",
            "does", "more", "most", "some", "such", "only", "other", "up", "out", "all", "one", "him", "them", "while",
            "because", "just", "very", "how", "s", "t",
            // Portuguese / Spanish / Italian (shared forms once)
            "o", "os", "as", "um", "uma", "de", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "por", "para",
            "com", "que", "e", "é", "se", "ao", "mais", "mas", "foi", "ser", "ele", "ela", "el", "la", "los", "las",
            "del", "y", "en", "un", "una", "es", "con", "lo", "su", "sus", "al", "como", "pero", "fue", "il", "di",
            "che", "non", "per", "le", "gli", "della", "delle", "dei", "nel", "sono", "è", "si", "ha", "anche",
            // French
            "les", "des", "du", "et", "est", "une", "dans", "pour", "pas", "sur", "au", "aux", "qui", "ce", "cette",
            "sont", "avec", "plus", "par", "ont", "été", "elle", "nous", "vous", "ils",
            // German / Dutch
            "der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von", "auf", "für",
            "sich", "auch", "es", "im", "wird", "sie", "het", "een", "van", "niet", "op", "te", "dat", "zijn",
            // Indonesian / Malay
            "yang", "dan", "di", "ini", "itu", "dengan", "untuk", "dari", "dalam", "tidak", "akan", "pada", "ke",
            "adalah", "juga", "ada", "karena", "oleh", "sebagai", "atau", "mereka", "kita", "kami", "saya", "bisa",
            "sudah", "tersebut", "telah", "dia", "jadi", "lebih",
            // Russian
            "и", "в", "не", "на", "что", "с", "по", "как", "это", "он", "она", "они", "к", "из", "за", "от", "о", "но",
            "для", "его", "же", "то", "так", "у", "бы", "был", "была", "были", "при", "также");

    final int words;
    final int stopWords;
    final boolean endsSentence;
    final boolean hasSentencePunct;
    final boolean nonLatinScript;
    final int chars;
    /** Starts like the middle of something: lower-case letter or separator punctuation. */
    final boolean fragmentStart;

    /**
     * Paragraphs start with a capital, digit, quote, bracket or bullet; a line that starts with a
     * lower-case letter or with ":", ",", ";" is a piece of a string or of a wrapped list.
     */
    static boolean startsAsFragment(String t, int s, int e) {
        for (int i = s; i < e && i < s + 4; i++) {
            char c = t.charAt(i);
            if (Chars.isLetter(c)) return Chars.isLowerCase(c) && !isLowerCaseInitialWord(t, i, e);
            if (c == ':' || c == ',' || c == ';' || c == '|' || c == '}' || c == ')') return true;
            if (Chars.isDigit(c)) return false;
        }
        return false;
    }

    /** "iPhone", "eBay", "de Gaulle", "e-mail": words that stay lower-case at a sentence start. */
    private static boolean isLowerCaseInitialWord(String t, int i, int e) {
        return i + 1 < e && (Chars.isUpperCase(t.charAt(i + 1)) || t.charAt(i + 1) == '-');
    }

    ProseScore(String t, int s, int e, WordList wl) {
        words = wl.size();
        int sw = 0;
        for (String w : wl.words) if (STOP_WORDS.contains(w)) sw++;
        stopWords = sw;
        chars = e - s;
        int last = e - 1;
        while (last > s && Sentences.isCloser(t.charAt(last))) last--;
        char lc = last >= s ? t.charAt(last) : ' ';
        endsSentence = lc == '.' || lc == '!' || lc == '?' || lc == '…' || lc == '。' || lc == ':';
        boolean punct = false, nonLatin = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == '。' || c == '，' || c == '、' || c == '！' || c == '？') punct = true;
            if (c >= 0x3040 && c <= 0xD7AF) nonLatin = true; // kana, CJK, Hangul
        }
        hasSentencePunct = punct;
        fragmentStart = startsAsFragment(t, s, e);
        nonLatinScript = nonLatin;
    }

    double stopDensity() {
        return words == 0 ? 0 : stopWords / (double) words;
    }

    Kind kind() {
        if (fragmentStart) return words <= 8 ? Kind.SHORT : Kind.BAD;
        if (nonLatinScript) {
            if (chars >= 60 && hasSentencePunct) return Kind.GOOD;
            if (chars >= 20 && endsSentence) return Kind.NEAR_GOOD;
            return chars < 20 ? Kind.SHORT : Kind.BAD;
        }
        double sd = stopDensity();
        if (words >= 10 && hasSentencePunct && sd >= 0.18) return Kind.GOOD;
        if (words >= 25 && sd >= 0.12) return Kind.GOOD;
        if (words >= 5 && endsSentence && sd >= 0.1) return Kind.NEAR_GOOD;
        if (words >= 10 && sd >= 0.25) return Kind.NEAR_GOOD;
        return words <= 8 ? Kind.SHORT : Kind.BAD;
    }

    /** Weight of the line in the main-region search (maximum-sum contiguous block). */
    int weight() {
        return switch (kind()) {
            case GOOD -> nonLatinScript ? Math.max(10, chars / 4) : words;
            case NEAR_GOOD -> 1;
            case SHORT -> -3;
            case BAD -> -3 - Math.min(words, 30) / 3;
        };
    }

    /** A line that reads as a sentence: ends with sentence punctuation and has a few words. */
    boolean sentenceLike() {
        return endsSentence && (words >= 5 || nonLatinScript);
    }
}
