package news.clean;

/**
 * Character classes by table look-up. {@code Character.isLetterOrDigit}, {@code isUpperCase} and
 * {@code toLowerCase} walk several tables per call; the cleaner asks them for every character of
 * every line, so their answers are precomputed up to U+206F (Latin, Greek, Cyrillic, Hebrew,
 * Arabic, Indic scripts and general punctuation: nearly every character of news text); above
 * that, the {@code Character} methods answer. A table of the whole BMP took 30 ms to build at
 * start-up, a tenth of `news list` on five files. Same answers as the {@code Character} methods
 * for every {@code char} (tested).
 */
final class Chars {
    private Chars() {}

    private static final byte LETTER = 1, DIGIT = 2, UPPER = 4, LOWER = 8, SPACE = 16;

    /** Chars below this are answered from the tables. */
    private static final int TABLE = 0x2070;
    /** Lower-case form of a letter or digit; 0 for every other char. */
    private static final char[] FOLD = new char[TABLE];
    private static final byte[] FLAGS = new byte[TABLE];

    static {
        for (int c = 0; c < TABLE; c++) {
            char ch = (char) c;
            int f = 0;
            if (Character.isLetter(ch)) f |= LETTER;
            if (Character.isDigit(ch)) f |= DIGIT;
            if (Character.isUpperCase(ch)) f |= UPPER;
            if (Character.isLowerCase(ch)) f |= LOWER;
            if (Character.isWhitespace(ch)) f |= SPACE;
            FLAGS[c] = (byte) f;
            if (Character.isLetterOrDigit(ch)) FOLD[c] = Character.toLowerCase(ch);
        }
    }

    /** The lower-case form of a letter or digit, or 0 when {@code c} is neither. */
    static char fold(char c) {
        if (c < TABLE) return FOLD[c];
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    static boolean isLetterOrDigit(char c) {
        return c < TABLE ? FOLD[c] != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isLetter(char c) {
        return c < TABLE ? (FLAGS[c] & LETTER) != 0 : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c < TABLE ? (FLAGS[c] & DIGIT) != 0 : Character.isDigit(c);
    }

    static boolean isUpperCase(char c) {
        return c < TABLE ? (FLAGS[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    static boolean isLowerCase(char c) {
        return c < TABLE ? (FLAGS[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    static boolean isWhitespace(char c) {
        return c < TABLE ? (FLAGS[c] & SPACE) != 0 : Character.isWhitespace(c);
    }
}
