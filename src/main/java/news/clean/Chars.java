package news.clean;

/**
 * Character classes by table look-up. {@code Character.isLetterOrDigit}, {@code isUpperCase} and
 * {@code toLowerCase} walk several tables per call; the cleaner asks them for every character of
 * every line, so their answers for the whole BMP are precomputed once (192 KB). Same answers as
 * the {@code Character} methods for every {@code char} (tested).
 */
final class Chars {
    private Chars() {}

    private static final byte LETTER = 1, DIGIT = 2, UPPER = 4, LOWER = 8, SPACE = 16;

    /** Lower-case form of a letter or digit; 0 for every other char. */
    private static final char[] FOLD = new char[65536];
    private static final byte[] FLAGS = new byte[65536];

    static {
        for (int c = 0; c < 65536; c++) {
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
        return FOLD[c];
    }

    static boolean isLetterOrDigit(char c) {
        return FOLD[c] != 0;
    }

    static boolean isLetter(char c) {
        return (FLAGS[c] & LETTER) != 0;
    }

    static boolean isDigit(char c) {
        return (FLAGS[c] & DIGIT) != 0;
    }

    static boolean isUpperCase(char c) {
        return (FLAGS[c] & UPPER) != 0;
    }

    static boolean isLowerCase(char c) {
        return (FLAGS[c] & LOWER) != 0;
    }

    static boolean isWhitespace(char c) {
        return (FLAGS[c] & SPACE) != 0;
    }
}
