package news.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.quotes.Frame.Kind;
import news.quotes.Frame.Token;

/**
 * People and organisations named in one article, found without a trained model: runs of
 * capitalised tokens, honorific and role lexicons (titles are kept out of the canonical name),
 * role phrases before the name ("Kremlin spokesman Dmitry Peskov") or in apposition ("Alexander
 * Rodnyansky, an economic adviser to ..."), and surname matching with spelling-variant folding
 * so "Mr Blinken" and "Zelenskyy" find "Antony J. Blinken" and "Volodymyr Zelenskiy".
 */
final class Entities {

    static final class Person {
        final int id;
        String name;
        final List<String> variants = new ArrayList<>();
        /** folded keys of the surnames of all variants (see {@link Names#key}) */
        final List<String> surnameKeys = new ArrayList<>();
        /** folded key of the first given name, or "" */
        String firstKey = "";
        char gender; // 'M', 'F' or 0 when unknown
        String role;
        final Set<String> roleWords = new HashSet<>();
        final Set<String> roleHeads = new HashSet<>();
        int firstToken;
        int lastToken;
        /** tokens of this person's name mentions, in text order */
        final List<Integer> mentionTokens = new ArrayList<>();
        /** tokens of quotes attributed to this person, in text order */
        final List<Integer> speakerTokens = new ArrayList<>();

        Person(int id, String name, int token) {
            this.id = id;
            this.name = name;
            this.firstToken = token;
            this.lastToken = token;
            variants.add(name);
            surnameKeys.add(key(Names.surname(name)));
            firstKey = name.indexOf(' ') > 0 ? key(name.substring(0, name.indexOf(' '))) : "";
        }

        String surname() {
            return Names.surname(name);
        }

        void addRole(String text, List<Token> words) {
            if (text == null || text.isBlank()) return;
            if (role == null || (role.split("\\s+").length < 3 && text.split("\\s+").length > role.split("\\s+").length)) {
                role = text;
            }
            for (Token t : words) {
                if (t.kind() != Kind.WORD) continue;
                String b = t.base();
                roleWords.add(b);
                if (Lexicon.ROLES.contains(b) || Lexicon.HONORIFICS.contains(b)) roleHeads.add(b);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A mention of a person (or organisation when person is null) at a token. */
    record Mention(int token, int sentence, Person person, boolean organisation) {}

    static final Set<String> PARTICLES = Lexicon.set("de", "da", "van", "von", "bin", "al", "der", "la", "le", "du",
            "dos", "das", "ibn", "abu", "ten", "ter", "el", "di", "del");

    static final Set<String> COUNTRIES = Lexicon.set("russia", "ukraine", "china", "india", "iran", "iraq", "israel",
            "syria", "turkey", "germany", "france", "britain", "england", "scotland", "wales", "ireland", "italy",
            "spain", "poland", "japan", "korea", "kazakhstan", "uzbekistan", "belarus", "moldova", "georgia",
            "armenia", "azerbaijan", "pakistan", "afghanistan", "egypt", "lebanon", "jordan", "qatar", "yemen",
            "canada", "mexico", "brazil", "argentina", "australia", "america", "europe", "asia", "africa",
            "moscow", "kyiv", "kiev", "beijing", "washington", "london", "paris", "berlin", "delhi", "tashkent",
            "bakhmut", "crimea", "donbas", "donetsk", "luhansk", "kharkiv", "kherson", "odesa", "odessa", "minsk",
            "tehran", "ankara", "warsaw", "tokyo", "seoul", "taiwan", "gaza", "venezuela", "cuba", "nigeria",
            "kenya", "ethiopia", "sudan", "libya", "tunisia", "algeria", "morocco", "greece", "hungary",
            "romania", "bulgaria", "serbia", "croatia", "sweden", "finland", "norway", "denmark", "netherlands",
            "belgium", "switzerland", "austria", "portugal", "estonia", "latvia", "lithuania", "brussels",
            "vietnam", "thailand", "indonesia", "philippines", "malaysia", "singapore", "nato", "kremlin",
            "pentagon", "saudi", "arabia", "emirates", "kuwait", "bahrain", "oman", "palestine", "chechnya");

    final Frame frame;
    final List<Person> persons = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    /** token index -> person mentioned by the run covering that token, or null */
    private final Person[] personAt;
    /** token index -> true when the token belongs to an organisation name */
    private final boolean[] orgAt;

    Entities(Frame frame) {
        this.frame = frame;
        this.personAt = new Person[frame.tokens.size()];
        this.orgAt = new boolean[frame.tokens.size()];
        scan();
    }

    /** The person whose name covers token k, or null. */
    Person personAt(int k) {
        return k >= 0 && k < personAt.length ? personAt[k] : null;
    }

    boolean isPerson(int k) {
        return personAt(k) != null;
    }

    /** Whether token k belongs to an organisation name. */
    boolean isOrg(int k) {
        return k >= 0 && k < orgAt.length && orgAt[k];
    }

    private List<Token> tokens() {
        return frame.tokens;
    }

    private void scan() {
        List<Token> ts = tokens();
        int n = ts.size();
        int k = 0;
        while (k < n) {
            Token t = ts.get(k);
            if (!t.capitalised() || t.is(WordClass.WEEKDAYS_MONTHS_BASE)) {
                k++;
                continue;
            }
            int a = k, b = k + 1;
            while (b < n && b - a < 12) {
                Token u = ts.get(b);
                if (u.capitalised() && !u.is(WordClass.WEEKDAYS_MONTHS_BASE)
                        && frame.sentenceOf[b] == frame.sentenceOf[a]) {
                    if (ts.get(b - 1).possessive()) break; // "Russia’s Wagner": a new name starts
                    b++;
                } else if (u.isPunct('.') && b + 1 < n && ts.get(b + 1).capitalised()
                        && ts.get(b - 1).end() == u.start() && isAbbrevOrInitial(ts.get(b - 1))) {
                    b++;
                } else if (u.isWord() && u.is(WordClass.PARTICLES_LOWER) && b + 1 < n && ts.get(b + 1).capitalised()
                        && b > a) {
                    b++;
                } else {
                    break;
                }
            }
            analyse(a, b);
            k = b;
        }
    }

    private static boolean isAbbrevOrInitial(Token w) {
        return w.kind() == Kind.WORD && ((w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0)))
                || w.is(WordClass.ABBREVIATIONS_LOWER));
    }

    /** The name words of the run {@link #analyse} is looking at (reused: one run at a time). */
    private final List<Token> nameScratch = new ArrayList<>(16);

    /** Classifies the capitalised run [a, b). */
    private void analyse(int a, int b) {
        List<Token> ts = tokens();
        int i = a;
        while (i < b && ts.get(i).isWord() && (ts.get(i).is(WordClass.FUNCTION_WORDS_LOWER)
                && !ts.get(i).is(WordClass.COURTESY_LOWER)
                || (ts.get(i).cueLemma() != null && i == frame.sentenceStarts[frame.sentenceOf[i]]))) {
            i++;
        }
        if (i < b && ts.get(i).isPunct('.')) i++;
        // "Secretary of Commerce Margaret Olsen": the department after "of" belongs to the title.
        if (i == a && a >= 2 && b - a >= 3 && ts.get(a - 1).isWord() && ts.get(a - 1).lower().equals("of")
                && (ts.get(a - 2).is(WordClass.HONORIFICS_BASE) || ts.get(a - 2).is(WordClass.ROLES_BASE))) {
            i++;
        }
        int titleStart = i;
        boolean hasTitle = false;
        char gender = 0;
        while (i < b - 1) {
            Token u = ts.get(i);
            if (u.isPunct('.')) {
                i++;
                continue;
            }
            String base = u.base();
            if (u.possessive()) break;
            boolean title = u.is(WordClass.HONORIFICS_BASE) || u.is(WordClass.ROLES_BASE)
                    || (i == a && b - a >= 3 && base.length() > 5 && base.endsWith("ist")); // "Novelist Jane Roe"
            boolean modifier = u.is(WordClass.NATIONALITY_BASE) || base.equals("kremlin");
            if (!title && !modifier) break;
            if (title) hasTitle = true;
            if (u.is(WordClass.MALE_TITLES_BASE)) gender = 'M';
            if (u.is(WordClass.FEMALE_TITLES_BASE)) gender = 'F';
            i++;
        }
        // After the titles, the name proper.
        List<Token> name = nameScratch;
        name.clear();
        for (int j = i; j < b; j++) if (ts.get(j).isWord()) name.add(ts.get(j));
        if (name.isEmpty()) return;
        boolean org = ts.get(b - 1).is(WordClass.ORG_HEADS_BASE); // "The Interior Ministry"
        for (int j = 0; j < name.size(); j++) {
            if (name.get(j).is(WordClass.ORG_HEADS_BASE) && !(name.size() == 1 && hasTitle)) org = true;
        }
        Token first = name.get(0), last = name.get(name.size() - 1);
        String firstBase = first.base();
        if (org || (name.size() == 1 && isAcronym(name.get(0)))) {
            for (int j = a; j < b; j++) orgAt[j] = true;
            mentions.add(new Mention(a, frame.sentenceOf[a], null, true));
            return;
        }
        if (first.is(WordClass.PLACE_WORDS_BASE) || last.is(WordClass.PLACE_TAILS_BASE)
                || first.is(WordClass.COUNTRIES_BASE) || last.is(WordClass.COUNTRIES_BASE)
                || last.is(WordClass.NATIONALITY_BASE) || last.is(WordClass.FUNCTION_WORDS_BASE)
                || last.is(WordClass.CUE_FORM_BASE)) {
            return;
        }
        if (name.size() > 4) return;
        for (int j = 0; j < name.size(); j++) {
            Token u = name.get(j);
            if (u.is(WordClass.HONORIFICS_BASE) || u.is(WordClass.FUNCTION_WORDS_BASE)) return;
        }

        // Role phrase before the name: capitalised titles in the run plus lowercase role words before it.
        int nameStart = tokenIndexOf(name.get(0), i, b);
        int roleStart = roleStartBefore(titleStart);
        String preRole = null;
        List<Token> preRoleTokens = new ArrayList<>();
        if (roleStart < nameStart) {
            boolean roleWord = false;
            for (int j = roleStart; j < nameStart; j++) {
                Token u = ts.get(j);
                preRoleTokens.add(u);
                if (u.isWord() && (u.is(WordClass.ROLES_BASE) || u.is(WordClass.HONORIFICS_BASE))
                        && !u.is(WordClass.NATIONALITY_BASE) && !u.is(WordClass.COURTESY_BASE)) roleWord = true;
                if (u.isWord() && u.is(WordClass.MALE_TITLES_BASE)) gender = 'M';
                if (u.isWord() && u.is(WordClass.FEMALE_TITLES_BASE)) gender = 'F';
            }
            if (roleWord) preRole = frame.text.substring(ts.get(roleStart).start(), ts.get(nameStart - 1).end());
            else preRoleTokens.clear();
            if (!roleWord) roleStart = nameStart;
        }
        // Appositive role: "Name, ROLE," or "ROLE, Name,".
        List<Token> appTokens = new ArrayList<>();
        String appRole = appositiveAfter(b, appTokens);
        if (appRole == null) appRole = appositiveBefore(roleStart < nameStart ? roleStart : a, b, appTokens);

        boolean titled = hasTitle || preRole != null || appRole != null;
        String nameText = joinName(name);
        Person existing = findBySurnameKey(last.word.key(), name.size() > 1 ? first.word.key() : "");
        if (name.size() == 1 && existing == null && !titled) {
            if (frame.tokens.get(a).isWord() && COUNTRIES.contains(firstBase)) return;
            // An unknown single capitalised word: a person only if a cue follows it ("Haidai said").
            if (!cueFollows(b)) return;
        }
        Person p = existing;
        if (p == null) {
            p = new Person(persons.size(), nameText, a);
            persons.add(p);
            index(p, nameText);
        } else {
            if (name.size() > 1 && p.name.indexOf(' ') < 0) p.name = nameText; // a full name for a surname-only person
            if (!p.variants.contains(nameText)) {
                p.variants.add(nameText);
                p.surnameKeys.add(key(Names.surname(nameText)));
                if (p.firstKey.isEmpty() && p.name.indexOf(' ') > 0) p.firstKey = key(p.name.substring(0, p.name.indexOf(' ')));
                index(p, nameText);
            }
            p.lastToken = a;
        }
        if (gender == 0 && name.size() > 1 && name.get(0).is(WordClass.FEMALE_NAMES_BASE)) gender = 'F';
        if (gender == 0 && name.size() > 1 && name.get(0).is(WordClass.MALE_NAMES_BASE)) gender = 'M';
        if (gender != 0 && p.gender == 0) p.gender = gender;
        if (preRole != null) p.addRole(preRole, preRoleTokens);
        if (appRole != null) p.addRole(appRole, appTokens);
        for (int j = a; j < b; j++) personAt[j] = p;
        mentions.add(new Mention(nameStart, frame.sentenceOf[nameStart], p, false));
        p.mentionTokens.add(nameStart);
    }

    private boolean cueFollows(int b) {
        List<Token> ts = tokens();
        for (int j = b; j < Math.min(ts.size(), b + 4); j++) {
            Token u = ts.get(j);
            if (!u.isWord()) return false;
            if (u.cueLemma() != null) return true;
            if (!u.is(WordClass.ADVERBS_LOWER)) return false;
        }
        return false;
    }

    private static boolean isAcronym(Token t) {
        String s = t.text();
        if (s.length() < 2 || s.length() > 6) return false;
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return false;
        return true;
    }

    private int tokenIndexOf(Token t, int from, int to) {
        for (int j = from; j < to; j++) if (tokens().get(j) == t) return j;
        return from;
    }

    private String joinName(List<Token> name) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < name.size(); j++) {
            Token u = name.get(j);
            String s = u.text();
            if (j == name.size() - 1 && u.possessive()) s = s.substring(0, s.length() - 2);
            if (sb.length() > 0) sb.append(' ');
            sb.append(s);
            if (s.length() == 1 && Character.isUpperCase(s.charAt(0))) sb.append('.');
        }
        return sb.toString();
    }

    /** Walks left from {@code k} over role words and their modifiers ("Ukrainian military analyst"). */
    int roleStartBefore(int k) {
        List<Token> ts = tokens();
        int start = k;
        int j = k - 1;
        int steps = 0;
        int sentence = k < ts.size() ? frame.sentenceOf[k] : -1;
        while (j >= 0 && steps < 6 && frame.sentenceOf[j] == sentence) {
            Token u = ts.get(j);
            if (u.isPunct('.') && j > 0 && isAbbrevOrInitial(ts.get(j - 1))) {
                j--;
                continue;
            }
            if (!u.isWord()) break;
            String b = u.base();
            if (Lexicon.DETERMINERS.contains(b) || Lexicon.CLAUSE_BREAKS.contains(b) || (!u.capitalised() && Lexicon.cueLemma(b) != null)
                    || u.possessive() && !Lexicon.isNationality(b)) break;
            boolean ok = Lexicon.ROLES.contains(b) || Lexicon.HONORIFICS.contains(b) || Lexicon.isNationality(b)
                    || Lexicon.ORG_HEADS.contains(b) || (b.equals("of") && j + 1 < ts.size() && ts.get(j + 1).capitalised())
                    || (!u.capitalised() && isModifierLike(b)) || b.equals("kremlin");
            if (!ok) break;
            start = j;
            j--;
            steps++;
        }
        return start;
    }

    static boolean isModifierLike(String b) {
        return b.endsWith("al") || b.endsWith("ic") || b.endsWith("ary") || b.endsWith("ive") || b.endsWith("ern")
                || b.endsWith("ian") || b.endsWith("ese") || b.endsWith("ish") || b.equals("top") || b.equals("senior")
                || b.equals("former") || b.equals("deputy") || b.equals("defense") || b.equals("defence")
                || b.equals("state") || b.equals("foreign") || b.equals("chief") || b.equals("vice")
                || b.equals("acting") || b.equals("press") || b.equals("prime") || b.equals("army")
                || b.equals("police") || b.equals("white") || b.equals("house") || b.equals("news");
    }

    /** ", ROLE," after the name, where ROLE opens with a determiner/role and holds a role word. */
    private String appositiveAfter(int b, List<Token> out) {
        List<Token> ts = tokens();
        if (b >= ts.size() || !ts.get(b).isPunct(',')) return null;
        int sentence = frame.sentenceOf[b];
        int j = b + 1;
        int end = j;
        boolean roleWord = false;
        while (end < ts.size() && end - j < 16 && frame.sentenceOf[end] == sentence) {
            Token u = ts.get(end);
            if (u.kind() == Kind.QUOTE || u.isPunct(',') || u.isPunct('.') || u.isPunct(';') || u.isPunct('(')
                    || u.isPunct(')') || u.isPunct('—') || u.isPunct(':')) break;
            if (u.isWord() && !u.capitalised() && u.cueLemma() != null) return null;
            if (u.isWord() && (u.is(WordClass.CLAUSE_BREAKS_LOWER) && !u.lower().equals("and"))) return null;
            if (u.isWord() && u.is(WordClass.ROLES_BASE)) roleWord = true;
            end++;
        }
        if (!roleWord || end == j) return null;
        Token first = ts.get(j);
        if (!first.isWord()) return null;
        String fb = first.base();
        if (!(Lexicon.DETERMINERS.contains(fb) || Lexicon.ROLES.contains(fb) || first.possessive()
                || Lexicon.isNationality(fb) || isModifierLike(fb) || first.capitalised())) return null;
        for (int k = j; k < end; k++) out.add(ts.get(k));
        return frame.text.substring(ts.get(j).start(), ts.get(end - 1).end());
    }

    /** "ROLE, Name," — a role phrase ending in a comma right before the name, closed by a comma after it. */
    private String appositiveBefore(int a, int b, List<Token> out) {
        List<Token> ts = tokens();
        if (a < 2 || !ts.get(a - 1).isPunct(',')) return null;
        if (b < ts.size() && !(ts.get(b).isPunct(',') || ts.get(b).isPunct('.'))) return null;
        int sentence = frame.sentenceOf[a - 1];
        int end = a - 1;
        int j = end - 1;
        boolean roleWord = false;
        int start = end;
        while (j >= 0 && end - j <= 10 && frame.sentenceOf[j] == sentence) {
            Token u = ts.get(j);
            if (!u.isWord()) break;
            if (!u.capitalised() && u.cueLemma() != null) break;
            if (u.is(WordClass.CLAUSE_BREAKS_LOWER)) break;
            if (personAt[j] != null && !u.possessive()) break; // another person's name ends the role phrase
            String b0 = u.base();
            boolean fits = Lexicon.ROLES.contains(b0) || u.is(WordClass.DETERMINERS_LOWER) || u.possessive()
                    || Lexicon.isNationality(b0) || isModifierLike(b0) || Lexicon.ORG_HEADS.contains(b0)
                    || Lexicon.HONORIFICS.contains(b0) || u.capitalised() || b0.equals("of") || b0.equals("to")
                    || b0.equals("for");
            if (!fits) break;
            if (u.is(WordClass.ROLES_BASE)) roleWord = true;
            start = j;
            if (u.is(WordClass.DETERMINERS_LOWER)) break;
            j--;
        }
        if (!roleWord || start >= end) return null;
        if (!ts.get(end - 1).is(WordClass.ROLES_BASE)) return null; // the role phrase ends with its head
        for (int k = start; k < end; k++) out.add(ts.get(k));
        return frame.text.substring(ts.get(start).start(), ts.get(end - 1).end());
    }

    /** {@link Names#key} results of this thread, shared across articles (names repeat); bounded. */
    private static final ThreadLocal<Map<String, String>> KEYS = ThreadLocal.withInitial(HashMap::new);

    /** {@link Names#key}, memoised. */
    static String key(String token) {
        Map<String, String> cache = KEYS.get();
        String k = cache.get(token);
        if (k == null) {
            k = Names.key(token);
            if (cache.size() >= 10_000) cache.clear();
            cache.put(token, k);
        }
        return k;
    }

    /** surname key -> persons with that surname key (exact), most recent last */
    private final Map<String, List<Person>> bySurnameKey = new HashMap<>();
    /** Fuzzy (edit-distance) matching looks only at this many recent persons, keeping the scan linear. */
    private static final int FUZZY_WINDOW = 64;

    /** The person with this surname (by variant), preferring a compatible first name; null if none. */
    Person findBySurname(String surname, String firstName) {
        return findBySurnameKey(key(surname), firstName == null ? "" : key(firstName));
    }

    /** {@link #findBySurname} by the names' keys (fk "" when no first name is given). */
    private Person findBySurnameKey(String sk, String fk) {
        Person best = null;
        List<Person> exact = bySurnameKey.get(sk);
        if (exact != null) {
            for (int i = exact.size() - 1; i >= 0 && i >= exact.size() - FUZZY_WINDOW; i--) {
                Person p = exact.get(i);
                if (compatibleFirst(p, fk) && (best == null || p.lastToken > best.lastToken)) best = p;
            }
            if (best != null) return best;
        }
        for (int i = persons.size() - 1; i >= 0 && i >= persons.size() - FUZZY_WINDOW; i--) {
            Person p = persons.get(i);
            boolean match = false;
            for (String k : p.surnameKeys) {
                if (Names.sameKey(k, sk)) {
                    match = true;
                    break;
                }
            }
            if (!match || !compatibleFirst(p, fk)) continue;
            if (best == null || p.lastToken > best.lastToken) best = p;
        }
        return best;
    }

    private static boolean compatibleFirst(Person p, String firstKey) {
        String pk = p.firstKey;
        return pk.isEmpty() || firstKey.isEmpty() || pk.charAt(0) == firstKey.charAt(0);
    }

    private void index(Person p, String variant) {
        List<Person> l = bySurnameKey.computeIfAbsent(key(Names.surname(variant)), x -> new ArrayList<>());
        if (!l.contains(p)) l.add(p);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
