package news.model;

/** Word counting shared by every layer, so all commands agree on "words". */
public final class Words {
    private Words() {}

    /** Number of whitespace-separated tokens that contain at least one letter or digit. */
    public static int count(CharSequence s) {
        int n = 0;
        boolean inToken = false, hasAlnum = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128 && c > ' ') { // ASCII fast path: printable, not whitespace
                inToken = true;
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) hasAlnum = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken && hasAlnum) n++;
                inToken = false;
                hasAlnum = false;
            } else {
                inToken = true;
                if (Character.isLetterOrDigit(c)) hasAlnum = true;
            }
        }
        if (inToken && hasAlnum) n++;
        return n;
    }
}
