package news.clean;

import java.util.List;

/**
 * The catalogue of site-chrome and aggregator-boilerplate classes. Each class has a stable
 * removal reason and two cue lists:
 * <ul>
 *   <li>strong cues: phrases that practically never occur in news prose ("back to top",
 *       "thank you for registering"); they mark a line of up to {@link #STRONG_MAX_WORDS} words,
 *       or any line with cues from two different phrases;</li>
 *   <li>weak cues: words that also occur in prose ("twitter", "related", "comments"); they mark
 *       only short lines (at most {@link #SHORT_WORDS} words) that do not read as a sentence.</li>
 * </ul>
 * Cues name a class of junk, never one site's sentence. The README lists them.
 */
final class ChromeCatalogue {
    static final int SHORT_WORDS = 8;
    static final int STRONG_MAX_WORDS = 45;

    record JunkClass(String reason, PhraseSet strong, PhraseSet weak) {}

    static final List<JunkClass> CLASSES = List.of(
            new JunkClass("notification_prompt",
                    new PhraseSet("notifications from", "turn on notifications", "allow notifications", "enable notifications",
                            "notifications can be managed", "push notifications", "get notified", "breaking news alerts",
                            "never miss a story"),
                    new PhraseSet("not now", "yes please", "no thanks", "notifications", "alerts", "maybe later", "allow", "block")),
            new JunkClass("newsletter_signup",
                    new PhraseSet("sign up for our", "sign up to our", "subscribe to our", "our newsletter", "newsletter sign up",
                            "get our newsletter", "delivered to your inbox", "straight to your inbox", "in your inbox",
                            "enter your email", "your email address", "email address", "by signing up", "sign up for the",
                            "subscribe now", "subscribe today", "already a subscriber", "become a subscriber",
                            "subscribers only", "for subscribers", "start your free trial", "free trial", "unlimited access",
                            "unlimited digital access", "subscribe for"),
                    new PhraseSet("newsletter", "newsletters", "subscribe", "subscription", "sign up", "signup", "inbox",
                            "subscriber", "subscribers")),
            new JunkClass("donation_appeal",
                    new PhraseSet("your donation", "your support", "please support us", "support our journalism", "support independent journalism",
                            "quality journalism", "independent journalism", "paywall", "paywalls", "make a contribution",
                            "donate now", "become a member", "reader funded", "reader supported", "help us keep"),
                    new PhraseSet("donate", "donation", "contribute", "support")),
            new JunkClass("cookie_notice",
                    new PhraseSet("use cookies", "uses cookies", "cookie policy", "cookie settings", "accept cookies",
                            "accept all cookies", "manage cookies", "cookie preferences", "privacy policy and cookie",
                            "by continuing to use", "consent to the use", "privacy settings", "manage preferences"),
                    new PhraseSet("cookies", "cookie", "privacy policy", "terms of use", "terms of service", "terms and conditions",
                            "accept", "consent", "gdpr", "ad choices", "adchoices", "privacy")),
            new JunkClass("share_prompt",
                    new PhraseSet("share this article", "share this story", "share this on", "share on facebook", "share on twitter",
                            "share on whatsapp", "share via email", "follow us on", "like us on facebook", "copy link",
                            "link copied", "share this page", "click to share", "opens in new window", "share article"),
                    new PhraseSet("share", "tweet", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit", "email",
                            "print", "instagram", "youtube", "telegram", "flipboard", "messenger", "sms", "follow", "x")),
            new JunkClass("read_more",
                    new PhraseSet("read more", "read next", "related articles", "related stories", "related content",
                            "related coverage", "more stories", "back to top", "back to top button",
                            "you may also like", "you might also like", "recommended for you", "most read", "most popular",
                            "most viewed", "continue reading", "keep reading", "see also", "also read", "more on this story",
                            "top stories", "latest news", "what to read next", "editors picks", "don t miss",
                            "load more", "show more", "view comments", "show comments", "leave a comment", "join the conversation",
                            "story continues below", "scroll to continue", "skip to content", "skip to main content",
                            "trending now", "popular now"),
                    new PhraseSet("related", "recommended", "trending", "popular", "comments", "comment", "menu", "search",
                            "home", "next", "previous", "prev", "more", "close", "loading", "top", "watch", "listen", "video",
                            "videos", "podcast", "podcasts", "live", "latest", "topics", "tags")),
            new JunkClass("registration_message",
                    new PhraseSet("thank you for registering", "refresh the page", "refresh your browser", "logged in",
                            "log in to", "sign in to", "create an account", "create a free account", "forgot your password",
                            "already have an account", "register for free", "you have been logged out", "to continue reading",
                            "please log in", "please sign in"),
                    new PhraseSet("log in", "login", "log out", "sign in", "sign out", "register", "my account", "account",
                            "password", "profile")),
            new JunkClass("aggregator_disclaimer",
                    new PhraseSet("automatic aggregator", "news aggregator", "hyperlink to the primary source", "trademarks belong",
                            "rightful owners", "owner of the content", "will be deleted within", "materials to their authors",
                            "source link", "original source", "this article was originally published",
                            "originally appeared on", "this story was originally published", "auto generated",
                            "has not been edited by", "syndicated feed"),
                    new PhraseSet("source", "via", "originally published")),
            new JunkClass("legal_notice",
                    new PhraseSet("registered trademark", "registered trademarks", "not intended to diagnose",
                            "consult your physician", "views and opinions expressed", "do not necessarily reflect",
                            "does not necessarily reflect", "affiliate links", "affiliate link", "earn a commission",
                            "may earn a commission", "may receive a commission", "this website", "this site",
                            "terms of use", "terms of service", "use of this site", "not be reproduced"),
                    new PhraseSet("disclaimer", "legal", "imprint", "impressum", "sitemap", "site map", "accessibility")),
            new JunkClass("copyright_line",
                    new PhraseSet("all rights reserved", "may not be published broadcast rewritten or redistributed",
                            "without permission", "reproduction in whole or in part"),
                    new PhraseSet("copyright", "rights reserved")),
            new JunkClass("advertisement",
                    new PhraseSet("advertisement", "sponsored content", "paid content", "paid partner content", "partner content",
                            "ad feedback", "report this ad", "advertise with us"),
                    new PhraseSet("advertisement", "advertising", "sponsored", "ad", "ads", "promoted", "partner")),
            new JunkClass("coverage_promo",
                    new PhraseSet("s coverage of", "s coverage at", "more coverage", "full coverage", "follow live updates",
                            "follow all of", "download the app", "download our app", "get the app",
                            "listen to this article", "listen to the podcast", "watch the video", "watch live"),
                    new PhraseSet("app", "download")),
            new JunkClass("photo_credit",
                    new PhraseSet("getty images", "ap photo", "afp via getty", "photo by", "photograph by", "image source",
                            "image caption", "photo credit", "file photo", "reuters photo", "shutterstock", "epa efe"),
                    new PhraseSet("photo", "image", "credit", "photograph", "pictured", "caption", "illustration",
                            "file", "reuters", "afp", "ap", "epa", "getty")));

    private ChromeCatalogue() {}

    /** One cue phrase of one class. */
    private record Cue(int classIndex, boolean strong, String phrase, String[] words) {}

    /** All cues of all classes by first word: one lookup per word finds every class's cues. */
    private static final java.util.Map<String, List<Cue>> INDEX = new java.util.HashMap<>();

    static {
        for (int c = 0; c < CLASSES.size(); c++) {
            for (String[] w : CLASSES.get(c).strong().phrases()) add(new Cue(c, true, String.join(" ", w), w));
            for (String[] w : CLASSES.get(c).weak().phrases()) add(new Cue(c, false, String.join(" ", w), w));
        }
    }

    private static void add(Cue cue) {
        INDEX.computeIfAbsent(cue.words()[0], k -> new java.util.ArrayList<>()).add(cue);
    }

    /** Every cue occurrence in a line, computed once per {@link WordList} and cached there. */
    static final class Hits {
        /** Lowest class index with a strong hit, or -1. */
        int firstStrongClass = -1;
        final java.util.Set<String> strongPhrases = new java.util.HashSet<>();
        final int[] strongPerClass = new int[CLASSES.size()];
        /** Weak (and strong) occurrences: {classIndex, strong?1:0, from, to}. */
        final List<int[]> all = new java.util.ArrayList<>();
    }

    static Hits hits(WordList wl) {
        if (wl.cueHits != null) return (Hits) wl.cueHits;
        Hits h = null; // most lines have no cue at all: they share NO_HITS
        for (int i = 0; i < wl.size(); i++) {
            List<Cue> cands = INDEX.get(wl.words[i]);
            if (cands == null) continue;
            for (Cue cue : cands) {
                String[] p = cue.words();
                if (i + p.length > wl.size()) continue;
                boolean ok = true;
                for (int k = 1; k < p.length && ok; k++) ok = p[k].equals(wl.words[i + k]);
                if (!ok) continue;
                if (h == null) h = new Hits();
                h.all.add(new int[] {cue.classIndex(), cue.strong() ? 1 : 0, i, i + p.length});
                if (cue.strong()) {
                    h.strongPhrases.add(cue.phrase());
                    h.strongPerClass[cue.classIndex()]++;
                    if (h.firstStrongClass < 0 || cue.classIndex() < h.firstStrongClass) h.firstStrongClass = cue.classIndex();
                }
            }
        }
        if (h == null) h = NO_HITS;
        wl.cueHits = h;
        return h;
    }

    /** The hits of a line without cues; shared, never modified. */
    private static final Hits NO_HITS = new Hits();

    /** Words of the line covered by weak cues of class c, leftmost-longest, non-overlapping. */
    private static int weakCoverage(Hits h, int c) {
        int covered = 0, end = -1;
        // Hits are in order of their start word; take the longest at each free start.
        for (int k = 0; k < h.all.size(); k++) {
            int[] x = h.all.get(k);
            if (x[0] != c || x[1] != 0 || x[2] < end) continue;
            int best = x[3];
            for (int j = k + 1; j < h.all.size() && h.all.get(j)[2] == x[2]; j++) {
                int[] y = h.all.get(j);
                if (y[0] == c && y[1] == 0) best = Math.max(best, y[3]);
            }
            covered += best - x[2];
            end = best;
        }
        return covered;
    }

    /**
     * The junk class of a whole line, or null. {@code sentenceLike}: the line ends with sentence
     * punctuation and has a verb-ish length; such lines are judged by strong cues only.
     */
    static String classify(WordList wl, boolean sentenceLike) {
        int n = wl.size();
        if (n == 0) return null;
        Hits h = hits(wl);
        if (h.firstStrongClass >= 0) {
            if (n <= STRONG_MAX_WORDS) {
                // A longer sentence needs a second cue: one phrase alone may be prose.
                if (n <= 12 || !sentenceLike || h.strongPhrases.size() >= 2) return CLASSES.get(h.firstStrongClass).reason();
            } else if (h.strongPhrases.size() >= 3) {
                return strongestClass(wl);
            }
        }
        if (n <= SHORT_WORDS && !sentenceLike && !h.all.isEmpty()) {
            // Every word of the line must be a cue or a filler for weak cues to decide.
            int fillers = 0;
            for (int i = 0; i < n; i++) if (FILLER.contains(wl.words[i]) || isNumber(wl.words[i])) fillers++;
            for (int c = 0; c < CLASSES.size(); c++) {
                int covered = weakCoverage(h, c);
                if (covered > 0 && (covered + fillers) * 2 >= n) return CLASSES.get(c).reason();
            }
        }
        return null;
    }

    /** Longest block of extracted HTML that a strong cue marks as chrome. */
    static final int BLOCK_STRONG_MAX_WORDS = 12;
    /** Longest block that weak cues alone mark. */
    static final int BLOCK_WEAK_MAX_WORDS = 4;

    /**
     * The junk class of one block of extracted HTML, or null: stricter than {@link #classify},
     * because the DOM extractor already chose the container, and list items, headings and table
     * rows there are short without being chrome ("Presenting a live webinar"). A strong cue marks
     * a short block; weak cues only a block made of nothing but cues and fillers ("Share",
     * "Follow us on Twitter").
     */
    static String classifyBlock(WordList wl, boolean sentenceLike) {
        int n = wl.size();
        if (n == 0) return null;
        Hits h = hits(wl);
        if (h.firstStrongClass >= 0 && n <= BLOCK_STRONG_MAX_WORDS) return CLASSES.get(h.firstStrongClass).reason();
        if (n <= BLOCK_WEAK_MAX_WORDS && !sentenceLike && !h.all.isEmpty()) {
            int fillers = 0;
            for (int i = 0; i < n; i++) if (FILLER.contains(wl.words[i])) fillers++;
            for (int c = 0; c < CLASSES.size(); c++) {
                int covered = weakCoverage(h, c);
                if (covered > 0 && covered + fillers >= n) return CLASSES.get(c).reason();
            }
        }
        return null;
    }

    /** Distinct strong cue phrases in the line, over all classes. */
    static int strongHits(WordList wl) {
        return hits(wl).strongPhrases.size();
    }

    static String strongestClass(WordList wl) {
        Hits h = hits(wl);
        int best = -1;
        for (int c = 0; c < CLASSES.size(); c++) if (h.strongPerClass[c] > 0 && (best < 0 || h.strongPerClass[c] > h.strongPerClass[best])) best = c;
        return best < 0 ? null : CLASSES.get(best).reason();
    }

    /** The class whose strong cue occurs in this sentence, or null. */
    static String strongClass(WordList wl) {
        int c = hits(wl).firstStrongClass;
        return c < 0 ? null : CLASSES.get(c).reason();
    }

    static boolean isNumber(String w) {
        for (int i = 0; i < w.length(); i++) if (!Chars.isDigit(w.charAt(i))) return false;
        return !w.isEmpty();
    }

    /** Words that may accompany a cue without making the line prose ("Share on Facebook", "Follow us"). */
    static final java.util.Set<String> FILLER = WordSets.of("on", "us", "the", "to", "this", "via", "and", "or", "our",
            "your", "with", "for", "of", "a", "an", "in", "by", "now", "here", "click", "page", "story", "article", "all",
            "see", "view", "get", "more", "new", "free", "today", "s", "me", "de", "da", "do", "e", "el", "la", "le", "les",
            "des", "il", "di", "il", "em", "no", "na", "en", "y", "et", "und");
}
