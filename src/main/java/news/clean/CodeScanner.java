package news.clean;

/**
 * Finds leaked code (minified CSS, JavaScript, JSON, long unbroken tokens) in one line and, when
 * code and prose share the line, the boundary between them. Hand-written and linear: the line
 * is split into whitespace-separated tokens, each token is weighed (+1 prose word, -3 code,
 * 0 neutral), and the prose run is the best-weighted prefix or suffix of the line: code sits
 * before or after prose, never around it (prose inside code is a string literal).
 */
final class CodeScanner {
    /** A prose run needs this many prose words to survive inside a code line. */
    static final int MIN_PROSE_WORDS = 6;
    static final int CODE_WEIGHT = -3;
    /** Tokens longer than this without spaces are not words (URLs aside). */
    static final int LONG_TOKEN = 45;

    private static final String[] JS_WORDS = {"var", "function", "const", "let", "return", "typeof",
            "null", "true", "false", "undefined", "window", "document", "this", "new", "else", "if", "for"};

    /** First letters of {@link #JS_WORDS}: most prose words are rejected by one look-up. */
    private static final boolean[] JS_FIRST = new boolean[128];

    static {
        for (String w : JS_WORDS) JS_FIRST[w.charAt(0)] = true;
    }

    private static boolean isJsWord(String t, int s, int e) {
        char c = t.charAt(s);
        if (c >= 128 || !JS_FIRST[c]) return false;
        for (String w : JS_WORDS) if (w.length() == e - s && t.startsWith(w, s)) return true;
        return false;
    }

    /**
     * Result for one line: the kept prose span [proseStart, proseEnd) (empty when the whole line
     * is code), the reason for the removed parts. {@code null} from {@link #scan} means no code.
     */
    record Result(int proseStart, int proseEnd, String reason) {
        boolean allCode() {
            return proseEnd <= proseStart;
        }
    }

    private CodeScanner() {}

    /**
     * Scans {@code text[from, to)}; returns null when the line holds no code tokens. The result
     * depends only on the tokens before the first dense code token and after the last one, so
     * tokens are read forward until the first is certain and backward until the last is: a
     * minified bundle of megabytes is decided from its two ends. Same result as
     * {@link #fullScan} (property-tested).
     */
    static Result scan(String text, int from, int to) {
        if (to - from > 3 && text.startsWith("//", from) && text.charAt(from + 2) == ' ') {
            return new Result(from, from, "leaked_js"); // a JS line comment; "//" never opens prose
        }
        Tokens[] scratch = SCRATCH.get();
        Tokens head = scratch[0].reset();
        int firstDense = -1, i = from;
        while (firstDense < 0) {
            while (i < to && isSpace(text.charAt(i))) i++;
            if (i >= to) return decideAll(text, from, to, head); // read it all: the common prose case
            int s = i;
            while (i < to && !isSpace(text.charAt(i))) i++;
            firstDense = head.addAndFindDense(s, i, weigh(text, s, i));
        }
        int headEnd = i;
        Tokens tail = scratch[1].reset(); // in reverse order
        int lastDenseReversed = -1, k = to;
        while (lastDenseReversed < 0) {
            while (k > headEnd && isSpace(text.charAt(k - 1))) k--;
            if (k <= headEnd) return decideAll(text, from, to, tail.reverseInto(head)); // the ends met
            int e = k;
            // text[headEnd] is a space (the head's last token ended there), so tokens never merge.
            while (k > headEnd && !isSpace(text.charAt(k - 1))) k--;
            lastDenseReversed = tail.addAndFindDense(k, e, weigh(text, k, e));
        }
        // The middle is never read: decide() looks at the prefix and the suffix only.
        Tokens suffix = tail.reverseInto(scratch[2].reset());
        return decide(text, from, to, head, firstDense, suffix, suffix.n - 1 - lastDenseReversed);
    }

    /** Tokenises and weighs the whole line: the reference for {@link #scan} in tests. */
    static Result fullScan(String text, int from, int to) {
        if (to - from > 3 && text.startsWith("//", from) && text.charAt(from + 2) == ' ') {
            return new Result(from, from, "leaked_js");
        }
        Tokens all = new Tokens();
        for (int i = from; i < to; ) {
            while (i < to && isSpace(text.charAt(i))) i++;
            if (i >= to) break;
            int s = i;
            while (i < to && !isSpace(text.charAt(i))) i++;
            all.add(s, i, weigh(text, s, i));
        }
        return decideAll(text, from, to, all);
    }

    /** The verdict given every token of the line. */
    private static Result decideAll(String text, int from, int to, Tokens all) {
        if (all.codeTokens == 0) return null; // clean prose: the common case
        int firstDense = -1, lastDense = -1;
        for (int j = 0; j < all.n; j++) {
            if (all.w[j] >= 0 || !dense(all.w, all.ts, all.te, j, all.n)) continue;
            if (firstDense < 0) firstDense = j;
            lastDense = j;
        }
        return decide(text, from, to, all, firstDense, all, lastDense);
    }

    /** Per-thread token buffers, reused line after line (lines are scanned one at a time). */
    private static final ThreadLocal<Tokens[]> SCRATCH =
            ThreadLocal.withInitial(() -> new Tokens[] {new Tokens(), new Tokens(), new Tokens()});

    /**
     * The verdict from the tokens up to the first dense code token ({@code head[0, firstDense]})
     * and from the last one on ({@code tail[lastDense, tail.n)}); head and tail may be one list.
     */
    private static Result decide(String text, int from, int to, Tokens head, int firstDense, Tokens tail, int lastDense) {
        // The prose run touches one end of the line: code before it or after it, never around it
        // (prose between code on both sides is a string literal in JSON/JS). The run stops at
        // dense code: a code token that is long, or has another code token close behind it;
        // isolated code-like tokens inside prose ("x=5") are tolerated. Escapes of JSON/JS
        // string literals (a backslash before u, n, / or a quote) never occur in prose: such a
        // line is all code; that check reads the whole line, so it runs only where it decides.
        if (firstDense < 0) return hasStringEscape(text, from, to) ? new Result(from, from, kind(text, from, to)) : null;
        int[] prefix = proseCount(text, head.w, head.ts, head.te, 0, firstDense);
        int[] suffix = proseCount(text, tail.w, tail.ts, tail.te, lastDense + 1, tail.n);
        String reason = kind(text, from, to);
        // A run that touches an end of the line must not start (or end) there with code.
        boolean prefixOk = head.w[0] >= 0 && acceptable(prefix), suffixOk = tail.w[tail.n - 1] >= 0 && acceptable(suffix);
        if (!prefixOk && !suffixOk) return new Result(from, from, reason);
        if (hasStringEscape(text, from, to)) return new Result(from, from, reason);
        Tokens run;
        int bestFrom, bestTo;
        if (prefixOk && (!suffixOk || prefix[0] >= suffix[0])) {
            run = head;
            bestFrom = 0;
            bestTo = firstDense;
        } else {
            run = tail;
            bestFrom = lastDense + 1;
            bestTo = tail.n;
        }
        int[] w = run.w, ts = run.ts, te = run.te;
        // Trim code-like tokens off the inner edge of the run, and a short tail after the last
        // sentence end of a prefix ("…the drought. (ads" before "= window.ads").
        while (bestTo > bestFrom && w[bestTo - 1] < 0) bestTo--;
        if (bestFrom == 0) {
            for (int j = bestTo - 1; j > bestFrom && j >= bestTo - 3; j--) {
                if (endsSentence(text, ts[j], te[j])) {
                    bestTo = j + 1;
                    break;
                }
            }
        }
        while (bestFrom < bestTo && w[bestFrom] < 0) bestFrom++;
        return new Result(ts[bestFrom], te[bestTo - 1], reason);
    }

    /** Token spans and weights in growable arrays. */
    private static final class Tokens {
        int n, codeTokens;
        int[] ts = new int[16], te = new int[16], w = new int[16];

        void add(int s, int e, int weight) {
            if (n == w.length) {
                int cap = n * 2;
                ts = java.util.Arrays.copyOf(ts, cap);
                te = java.util.Arrays.copyOf(te, cap);
                w = java.util.Arrays.copyOf(w, cap);
            }
            ts[n] = s;
            te[n] = e;
            w[n] = weight;
            if (weight < 0) codeTokens++;
            n++;
        }

        /**
         * Adds a token read from one end of the line and returns the index of the first token
         * (from that end) now known to be dense code, or -1. Mirrors {@link #dense}: a code token
         * is dense when it is long, at the line edge, or has another code token within four.
         */
        int addAndFindDense(int s, int e, int weight) {
            add(s, e, weight);
            int k = n - 1;
            if (weight >= 0) return -1;
            for (int j = Math.max(0, k - 4); j < k; j++) if (w[j] < 0) return j;
            return k == 0 || e - s > 20 ? k : -1;
        }

        Tokens reset() {
            n = 0;
            codeTokens = 0;
            return this;
        }

        Tokens reverseInto(Tokens r) {
            for (int j = n - 1; j >= 0; j--) r.add(ts[j], te[j], w[j]);
            return r;
        }
    }

    private static boolean dense(int[] w, int[] ts, int[] te, int j, int n) {
        if (te[j] - ts[j] > 20 || n <= 3 || j == 0 || j == n - 1) return true; // code at a line edge is a boundary
        for (int k = j + 1; k < n && k <= j + 4; k++) if (w[k] < 0) return true;
        for (int k = j - 1; k >= 0 && k >= j - 4; k--) if (w[k] < 0) return true;
        return false;
    }

    /** {prose words, stop words} in tokens [a, b). */
    private static int[] proseCount(String text, int[] w, int[] ts, int[] te, int a, int b) {
        int prose = 0, stop = 0;
        for (int j = a; j < b; j++) {
            if (w[j] > 0) {
                prose++;
                if (isStopWord(text, ts[j], te[j])) stop++;
            }
        }
        return new int[] {prose, stop};
    }

    /** Prose kept beside code must read as language: enough words, a few function words. */
    private static boolean acceptable(int[] c) {
        return c[0] >= MIN_PROSE_WORDS && (c[1] >= 2 || c[0] >= 12);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u00a0' || c == '\r' || c == '\n' || c == '\f';
    }

    /** +1 prose word, CODE_WEIGHT code, 0 neutral. */
    static int weigh(String t, int s, int e) {
        int len = e - s;
        char first = t.charAt(s);
        if (len == 1) {
            return first == '{' || first == '}' || first == ';' || first == '=' ? CODE_WEIGHT : 0;
        }
        boolean cjk = len > LONG_TOKEN && hasCjk(t, s, Math.min(e, s + 32));
        if (len > LONG_TOKEN && !cjk) {
            // Long tokens are code unless they are URLs; decided without walking minified blobs.
            int colon = indexOf(t, ':', s, Math.min(e, s + 12));
            return t.startsWith("://", colon) || t.startsWith("www.", s) ? 0 : CODE_WEIGHT;
        }
        if (t.startsWith("://", indexOf(t, ':', s, e)) || t.startsWith("www.", s)) return 0; // URL
        // String-literal punctuation of JS objects: "',", "':", "\");", never how prose tokens look.
        if ((first == '\'' || first == '"') && len >= 2) {
            char second = t.charAt(s + 1);
            if (second == ',' || second == ':' || second == ';' || second == ')' || second == ']') return CODE_WEIGHT;
        }
        char lastChar = t.charAt(e - 1);
        if (lastChar == ':' && len >= 3 && (t.charAt(e - 2) == '\'' || t.charAt(e - 2) == '"')) return CODE_WEIGHT;
        int letters = 0, lower = 0, digits = 0;
        boolean innerUpper = false;
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            switch (c) {
                case '{', '}', '=', '<', '>', '|', '\\', '`':
                    return CODE_WEIGHT;
                case ';':
                    if (i < e - 1) return CODE_WEIGHT;
                    break;
                case '_':
                    if (i > s && i < e - 1) return CODE_WEIGHT;
                    break;
                case '(':
                    if (i > s) {
                        char p = t.charAt(i - 1);
                        if (Chars.isLetterOrDigit(p) || p == '_' || p == '$' || p == ')' || p == ']') {
                            // "word(s)" is prose; "f(" and "f()" are calls.
                            if (!(i + 2 < e && t.charAt(i + 1) == 's' && t.charAt(i + 2) == ')')) return CODE_WEIGHT;
                        }
                    }
                    break;
                case ':':
                    if (i > s && i < e - 1) {
                        char p = t.charAt(i - 1), n = t.charAt(i + 1);
                        if (Chars.isLetter(p) && !Chars.isDigit(n) && n != '/' && n != ')' && n != '"'
                                && n != '”' && n != '\'' && n != '’') return CODE_WEIGHT;
                        if (n == ':') return CODE_WEIGHT;
                    }
                    break;
                case '#':
                    if (i < e - 1 && (i == s || t.charAt(i - 1) == ':')
                            && isHex(t.charAt(i + 1)) && len >= 4 && !hasLetterAfterHex(t, i + 1, e)) return CODE_WEIGHT;
                    break;
                case '.':
                    if (i == s && i + 1 < e && Chars.isLetter(t.charAt(i + 1)) && lowerCaseRun(t, i + 1, e)) {
                        return CODE_WEIGHT; // ".class-name" selector
                    }
                    break;
                case '@':
                    if (i == s && (t.startsWith("@media", s) || t.startsWith("@keyframes", s) || t.startsWith("@font-face", s)
                            || t.startsWith("@supports", s) || t.startsWith("@import", s))) return CODE_WEIGHT;
                    break;
                default:
                    if (c >= '0' && c <= '9') digits++;
                    else if (Chars.isLetter(c)) {
                        letters++;
                        if (Chars.isLowerCase(c)) lower++;
                        else if (i > s && lower > 0 && Chars.isLowerCase(t.charAt(i - 1)) && Chars.isLowerCase(first)) innerUpper = true;
                    }
            }
        }
        if (innerUpper && len >= 8) return CODE_WEIGHT; // camelCase identifier
        if (letters == 0) return 0;
        if (digits > 0) return 0; // "10px", "G20", ids: neither prose nor code
        if (len <= 10 && isJsWord(t, s, e)) return 0;
        return 1;
    }

    static boolean hasStringEscape(String t, int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            if (t.charAt(i) != '\\') continue;
            char n = t.charAt(i + 1);
            if (n == '/' || n == '"' || (n == 'u' && i + 5 < to && isHex(t.charAt(i + 2)) && isHex(t.charAt(i + 5)))
                    || (n == 'n' && i + 2 < to && !Chars.isLetter(t.charAt(i + 2)))) return true;
        }
        return false;
    }

    private static boolean endsSentence(String t, int s, int e) {
        int k = e - 1;
        while (k > s && Sentences.isCloser(t.charAt(k))) k--;
        char c = t.charAt(k);
        return c == '.' || c == '!' || c == '?';
    }

    /** Kana, CJK ideographs, Hangul, full-width forms: scripts written without spaces. */
    static boolean hasCjk(String t, int s, int e) {
        for (int i = s; i < e; i++) {
            char c = t.charAt(i);
            if ((c >= 0x3040 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xFF00 && c <= 0xFFEF)) return true;
        }
        return false;
    }

    private static boolean hasDigit(String t, int s, int e) {
        for (int i = s; i < e; i++) if (Chars.isDigit(t.charAt(i))) return true;
        return false;
    }

    private static boolean isStopWord(String t, int s, int e) {
        while (s < e && !Chars.isLetter(t.charAt(s))) s++;
        while (e > s && !Chars.isLetter(t.charAt(e - 1))) e--;
        return e > s && e - s <= 5 && ProseScore.STOP_WORDS.contains(t.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    private static int indexOf(String t, char c, int s, int e) {
        for (int i = s; i < e; i++) if (t.charAt(i) == c) return i;
        return -1 >>> 1; // past the end: startsWith then fails
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** "#fff;" is a colour, "#hashtag" is not. */
    private static boolean hasLetterAfterHex(String t, int i, int e) {
        while (i < e && isHex(t.charAt(i))) i++;
        return i < e && Chars.isLetter(t.charAt(i));
    }

    private static boolean lowerCaseRun(String t, int i, int e) {
        for (; i < e; i++) {
            char c = t.charAt(i);
            if (Chars.isUpperCase(c) && i > 0 && Chars.isUpperCase(t.charAt(i - 1))) return false; // ".NET"
        }
        return true;
    }

    /** Removal reason for a code line: leaked_css, leaked_json, leaked_js or long_token. */
    static String kind(String t, int s, int e) {
        int css = 0, js = 0, json = 0, braces = 0;
        int firstNonSpace = s;
        while (firstNonSpace < e && isSpace(t.charAt(firstNonSpace))) firstNonSpace++;
        if (firstNonSpace < e) {
            char c = t.charAt(firstNonSpace);
            int next = firstNonSpace + 1;
            while (next < e && isSpace(t.charAt(next))) next++;
            if ((c == '{' || c == '[') && next < e && (t.charAt(next) == '"' || t.charAt(next) == '{' || t.charAt(next) == '[')) json += 3;
        }
        int limit = Math.min(e, s + 1_000); // a sample is enough to name the kind
        for (int i = s; i < limit; i++) {
            char c = t.charAt(i);
            switch (c) {
                case '{', '}' -> braces++;
                case '@' -> { if (t.startsWith("@media", i) || t.startsWith("@keyframes", i) || t.startsWith("@supports", i) || t.startsWith("@font-face", i)) css += 3; }
                case 'p' -> { if (i > s && Chars.isDigit(t.charAt(i - 1)) && i + 1 < limit && t.charAt(i + 1) == 'x') css++; }
                case '(' -> { if (i > s && Chars.isLetterOrDigit(t.charAt(i - 1))) js++; }
                case '=' -> js++;
                case '"' -> { if (i + 1 < limit && t.charAt(i + 1) == ':') json++; }
                case ';' -> { if (i > s && Chars.isLetterOrDigit(t.charAt(i - 1))) css++; }
                default -> {}
            }
        }
        if (t.startsWith("function", firstNonSpace) || t.startsWith("var ", firstNonSpace) || t.startsWith("window.", firstNonSpace)) js += 3;
        if (braces == 0 && css + js + json < 2) return "long_token";
        if (json >= js && json >= css && json > 0) return "leaked_json";
        return css > js ? "leaked_css" : "leaked_js";
    }
}
