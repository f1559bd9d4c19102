package news.clean;

import java.util.Set;

/** Credit lines, bylines and datelines: the people and places around the article text. */
final class Bylines {
    private Bylines() {}

    /** Sentences that credit contributors ("X contributed to this report", "Editing by Y"). */
    static final PhraseSet CREDIT_ANYWHERE = new PhraseSet("contributed to this report", "contributed reporting",
            "contributed to this story", "contributed to this article", "contributed reporting to this",
            "contributed to the report", "contributed to this");
    static final PhraseSet CREDIT_START = new PhraseSet("reporting was contributed by", "additional reporting by",
            "additional reporting from", "reporting by", "editing by", "edited by", "writing by", "written by",
            "compiled by", "research by", "with reporting by", "reporting and writing by", "produced by",
            "graphics by", "translated by", "reporting from", "this story was reported by", "fact checked by");
    private static final Set<String> BY_WORDS = Set.of("by", "por", "von", "par", "di", "door");
    private static final Set<String> AGENCIES = Set.of("reuters", "ap", "afp", "associated press", "bloomberg", "cnn",
            "bbc", "dpa", "ansa", "efe", "xinhua", "tass", "upi", "pa");

    static boolean isCredit(WordList wl) {
        if (wl.size() == 0 || wl.size() > 45) return false;
        String[] first = CREDIT_START.matchAt(wl, 0);
        if (first != null && wl.size() > first.length) return true;
        return CREDIT_ANYWHERE.occursIn(wl);
    }

    /** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Jane Doe | AP": the names, or null. */
    static String byline(String t, int s, int e, WordList wl) {
        int n = wl.size();
        if (n < 2 || n > 12) return null;
        char last = t.charAt(e - 1);
        if (last == '.' && !Chars.isUpperCase(t.charAt(e - 2))) return null;
        if (BY_WORDS.contains(wl.words[0]) && Chars.isUpperCase(t.charAt(wl.starts[0]))
                && Chars.isUpperCase(t.charAt(wl.starts[1]))) {
            int from = wl.starts[1];
            return t.substring(from, e).strip();
        }
        // "Name Surname, Reuters" / "Name Surname | AP"
        String lastWord = wl.words[n - 1];
        if (n <= 6 && AGENCIES.contains(lastWord)) {
            int sep = -1;
            for (int i = s; i < e; i++) if (t.charAt(i) == ',' || t.charAt(i) == '|') sep = i;
            if (sep > s && allCapitalised(t, wl, 0, n - 1)) return t.substring(s, e).strip();
        }
        return null;
    }

    private static boolean allCapitalised(String t, WordList wl, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = wl.words[i];
            if (w.equals("and") || w.equals("e") || w.equals("y") || w.equals("und") || w.equals("et")) continue;
            if (!Chars.isUpperCase(t.charAt(wl.starts[i]))) return false;
        }
        return to > from;
    }

    /**
     * A dateline opening the paragraph ("KYIV, Ukraine (AP) —", "LONDON (Reuters) -"): the text
     * up to and including the dash, or null.
     */
    static String dateline(String t, int s, int e) {
        int limit = Math.min(e, s + 80);
        for (int i = s + 3; i < limit - 1; i++) {
            char c = t.charAt(i);
            if ((c == '—' || c == '–' || c == '-') && t.charAt(i - 1) == ' ' && t.charAt(i + 1) == ' ') {
                String prefix = t.substring(s, i).strip();
                int caps = 0, letters = 0;
                int k = 0;
                while (k < prefix.length() && (Chars.isLetter(prefix.charAt(k)) || prefix.charAt(k) == ' ' || prefix.charAt(k) == '.')) {
                    if (Chars.isLetter(prefix.charAt(k))) {
                        letters++;
                        if (Chars.isUpperCase(prefix.charAt(k))) caps++;
                    }
                    if (prefix.charAt(k) == ' ' && k + 1 < prefix.length() && !Chars.isUpperCase(prefix.charAt(k + 1))) break;
                    k++;
                }
                boolean capsPlace = letters >= 3 && caps == letters;
                boolean agency = prefix.endsWith(")") && prefix.indexOf('(') > 0;
                if ((capsPlace || agency) && prefix.length() <= 60 && Words.count(prefix) <= 8) return t.substring(s, i + 1);
                return null;
            }
        }
        return null;
    }

    private static final class Words {
        static int count(String s) {
            return news.model.Words.count(s);
        }
    }
}
