package news.clean;

import java.util.List;

/**
 * The publisher's name where the chrome names it: "notifications from The Independent",
 * "Follow AP’s coverage", "© 2023 The Example Times". Only removed lines are searched: the
 * article text names many organisations that are not the publisher.
 */
final class SiteName {
    private static final java.util.Set<String> STOP = java.util.Set.of("notifications", "all", "rights", "reserved",
            "subscribe", "sign", "follow", "share", "privacy", "terms", "contact", "about", "newsletter");

    private SiteName() {}

    static String find(String t, List<Piece> pieces) {
        for (Piece p : pieces) {
            if (p.kept() || p.isCode() || p.reason.equals("before_body") || p.reason.equals("after_body")) continue;
            WordList wl = p.words(t);
            for (int i = 0; i + 1 < wl.size(); i++) {
                String w = wl.words[i];
                int nameFrom = -1;
                if (w.equals("notifications") && wl.words[i + 1].equals("from")) nameFrom = i + 2;
                else if (w.equals("follow") && i + 3 < wl.size() && wl.words[i + 2].equals("s") && wl.words[i + 3].equals("coverage")) {
                    return t.substring(wl.starts[i + 1], wl.ends[i + 1]);
                }
                if (nameFrom > 0) {
                    String name = capitalisedRun(t, wl, nameFrom);
                    if (name != null) return name;
                }
            }
            int copy = -1;
            for (int i = p.start; i < p.end && copy < 0; i++) if (t.charAt(i) == '©') copy = i;
            if (copy >= 0) {
                WordList after = WordList.of(t, copy, p.end);
                int k = 0;
                while (k < after.size() && ChromeCatalogue.isNumber(after.words[k])) k++;
                String name = capitalisedRun(t, after, k);
                if (name != null) return name;
            }
        }
        return null;
    }

    /** Up to five capitalised words in a row (an initial "The" included). */
    private static String capitalisedRun(String t, WordList wl, int from) {
        int k = from;
        // "The Independent Notifications can…": a chrome word ends the name.
        while (k < wl.size() && k - from < 5 && Chars.isUpperCase(t.charAt(wl.starts[k]))
                && !STOP.contains(wl.words[k]) && (k == from || wl.starts[k] - wl.ends[k - 1] <= 1)) k++;
        if (k == from) return null;
        return t.substring(wl.starts[from], wl.ends[k - 1]);
    }
}
