package news.quotes;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name keys that fold spelling variants of one name: diacritics, case, possessives, and the
 * usual transliteration alternatives (Zelensky / Zelenskiy / Zelenskyy, Aleksandr / Alexander,
 * Kiev / Kyiv, Wolodymyr / Volodymyr), plus an edit-distance tolerance for longer names.
 */
public final class Names {
    private Names() {}

    /** Transliteration-normalised key of one name token. */
    public static String key(String token) {
        boolean ascii = true;
        for (int i = 0; i < token.length() && ascii; i++) if (token.charAt(i) > 127 && token.charAt(i) != '’') ascii = false;
        String s = (ascii ? token : Normalizer.normalize(token, Normalizer.Form.NFD)).toLowerCase(Locale.ROOT);
        if (s.endsWith("’s") || s.endsWith("'s")) s = s.substring(0, s.length() - 2);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') sb.append(c);
            else if (Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) sb.append(c);
        }
        String k = sb.toString();
        k = k.replace("x", "ks").replace("kh", "h").replace("ph", "f").replace("w", "v").replace("ck", "k")
                .replace("yy", "y").replace("iy", "y").replace("ij", "y").replace("ii", "y").replace("yi", "y")
                .replace("j", "y").replace("ou", "u").replace("ie", "i").replace("ei", "i").replace("tch", "ch")
                .replace("ts", "c").replace("tz", "c").replace("sch", "sh").replace("ff", "f").replace("ss", "s");
        // y and i are one sound in transliterations (Zelensky / Zelenski, Kyiv / Kiev).
        return k.replace('y', 'i');
    }

    /** Whether two name tokens are spelling variants of one another. */
    public static boolean sameName(String a, String b) {
        return sameKey(key(a), key(b));
    }

    /** {@link #sameName} on keys already folded by {@link #key}. */
    static boolean sameKey(String ka, String kb) {
        if (ka.equals(kb)) return true;
        if (ka.isEmpty() || kb.isEmpty() || ka.charAt(0) != kb.charAt(0)) return false;
        int min = Math.min(ka.length(), kb.length());
        int allowed = min >= 8 ? 2 : min >= 5 ? 1 : 0;
        if (allowed == 0 || Math.abs(ka.length() - kb.length()) > allowed) return false;
        return editDistance(ka, kb, allowed) <= allowed;
    }

    /** Levenshtein distance, stopping early once it exceeds {@code max} (returns max + 1). */
    static int editDistance(String a, String b, int max) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) return max + 1;
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Surname of a canonical name: its last token. */
    public static String surname(String name) {
        if (name == null) return null;
        String s = name.strip();
        int sp = s.lastIndexOf(' ');
        return sp < 0 ? s : s.substring(sp + 1);
    }

    /**
     * "Big Machine" / "Big Machine Records": one organisation named with and without the words
     * that say what kind of body it is (each extra word of the longer name a company or
     * institution word: Records, Group, Inc, Ministry ...).
     */
    static boolean sameOrganisation(String[] shorter, String[] longer) {
        if (shorter.length >= longer.length) return false;
        for (int i = 0; i < shorter.length; i++) if (!key(shorter[i]).equals(key(longer[i]))) return false;
        for (int i = shorter.length; i < longer.length; i++) {
            String w = longer[i].toLowerCase(Locale.ROOT);
            if (w.endsWith(".")) w = w.substring(0, w.length() - 1);
            if (!Entities.ORG_TAILS.contains(w) && !Lexicon.ORG_HEADS.contains(w)) return false;
        }
        return true;
    }

    /**
     * Whether two speaker names denote the same person across articles: same surname (by
     * variant), and first names compatible when both are given (same initial).
     */
    public static boolean sameSpeaker(String a, String b) {
        if (a == null || b == null) return false;
        String[] ta = a.strip().split("\\s+"), tb = b.strip().split("\\s+");
        if (sameOrganisation(ta, tb) || sameOrganisation(tb, ta)) return true;
        if (!sameName(ta[ta.length - 1], tb[tb.length - 1])) return false;
        if (ta.length > 1 && tb.length > 1) {
            return Character.toLowerCase(key(ta[0]).isEmpty() ? ' ' : key(ta[0]).charAt(0))
                    == Character.toLowerCase(key(tb[0]).isEmpty() ? ' ' : key(tb[0]).charAt(0));
        }
        return true;
    }
}
