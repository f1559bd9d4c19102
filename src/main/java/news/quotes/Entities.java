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
        /** spellings of the name met so far (sets: a person can be named many ways in a long text) */
        final Set<String> variants = new HashSet<>();
        /** folded keys of the surnames of all variants, each once (see {@link Names#key}) */
        final List<String> surnameKeys = new ArrayList<>(2);
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
            this(id, name, token, key(Names.surname(name)),
                    name.indexOf(' ') > 0 ? key(name.substring(0, name.indexOf(' '))) : "");
        }

        /** With the keys of the name's surname and (or "") first name already folded. */
        Person(int id, String name, int token, String surnameKey, String firstKey) {
            this.id = id;
            this.name = name;
            this.firstToken = token;
            this.lastToken = token;
            variants.add(name);
            surnameKeys.add(surnameKey);
            this.firstKey = firstKey;
        }

        String surname() {
            return Names.surname(name);
        }

        /** surnameKeys as a set, once there are enough of them for a list scan to cost */
        private Set<String> surnameKeySet;

        boolean hasSurnameKey(String k) {
            if (surnameKeySet == null) {
                if (surnameKeys.size() < 8) return surnameKeys.contains(k);
                surnameKeySet = new HashSet<>(surnameKeys);
            }
            return surnameKeySet.contains(k);
        }

        void addSurnameKey(String k) {
            surnameKeys.add(k);
            if (surnameKeySet != null) surnameKeySet.add(k);
        }

        void addRole(String text, List<Token> words) {
            if (text == null || text.isBlank()) return;
            if (role == null || (Frame.splitOnWhitespace(role).length < 3
                    && Frame.splitOnWhitespace(text).length > Frame.splitOnWhitespace(role).length)) {
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
    /** Mentions in token order (indexed once the scan is over: genders are known only then). */
    final MentionList mentions = new MentionList();
    private final List<Mention> found = new ArrayList<>();
    private final int tokenCount;
    /** token index -> person mentioned by the run covering that token, or null */
    private final Person[] personAt;
    /** token index -> true when the token belongs to an organisation name */
    private final boolean[] orgAt;

    Entities(Frame frame) {
        this.frame = frame;
        int n = frame.tokenCount();
        Frame.Columns c = frame.columns;
        if (c.personAt.length < n) {
            c.personAt = new Person[Math.max(n, c.personAt.length * 2)];
            c.orgAt = new boolean[c.personAt.length];
        } else {
            java.util.Arrays.fill(c.personAt, 0, n, null);
            java.util.Arrays.fill(c.orgAt, 0, n, false);
        }
        this.personAt = c.personAt;
        this.orgAt = c.orgAt;
        this.tokenCount = n;
        scan();
        for (Mention m : found) mentions.add(m);
    }

    /** How many persons were first mentioned before token {@code at} (persons are in that order). */
    int personsIntroducedBefore(int at) {
        int lo = 0, hi = persons.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (persons.get(mid).firstToken < at) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The person whose name covers token k, or null. */
    Person personAt(int k) {
        return k >= 0 && k < tokenCount ? personAt[k] : null;
    }

    boolean isPerson(int k) {
        return personAt(k) != null;
    }

    /** Whether token k belongs to an organisation name. */
    boolean isOrg(int k) {
        return k >= 0 && k < tokenCount && orgAt[k];
    }

    private List<Token> tokens() {
        return frame.tokens;
    }

    private void scan() {
        Frame f = frame;
        int n = f.tokenCount();
        int k = 0;
        while (k < n) {
            Word t = f.word(k);
            if (!t.capitalised || t.is(WordClass.WEEKDAYS_MONTHS_BASE)) {
                k++;
                continue;
            }
            int a = k, b = k + 1;
            while (b < n && b - a < 12) {
                Word u = f.word(b);
                if (u.capitalised && !u.is(WordClass.WEEKDAYS_MONTHS_BASE)
                        && f.sentenceOf[b] == f.sentenceOf[a]) {
                    if (f.word(b - 1).possessive) break; // "Russia’s Wagner": a new name starts
                    b++;
                } else if (u.punct == '.' && b + 1 < n && f.word(b + 1).capitalised
                        && f.end(b - 1) == f.start(b) && isAbbrevOrInitial(f.word(b - 1))) {
                    b++;
                } else if (u.kind == Kind.WORD && u.is(WordClass.PARTICLES_LOWER) && b + 1 < n
                        && f.word(b + 1).capitalised && b > a) {
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
        return isAbbrevOrInitial(w.word);
    }

    private static boolean isAbbrevOrInitial(Word w) {
        return w.kind == Kind.WORD && ((w.text.length() == 1 && Character.isUpperCase(w.text.charAt(0)))
                || w.is(WordClass.ABBREVIATIONS_LOWER));
    }

    /** Token indexes of the name words of the run {@link #analyse} is looking at (a run has at most 12 tokens). */
    private final int[] nameScratch = new int[16];

    /** Classifies the capitalised run [a, b). */
    private void analyse(int a, int b) {
        List<Token> ts = tokens();
        Frame f = frame;
        int i = a;
        while (i < b && f.word(i).kind == Kind.WORD && (f.word(i).is(WordClass.FUNCTION_WORDS_LOWER)
                && !f.word(i).is(WordClass.COURTESY_LOWER)
                || (f.word(i).cueLemma() != null && i == f.sentenceStarts[f.sentenceOf[i]])
                || sentenceInitialParticiple(i, b))) {
            i++;
        }
        if (i < b && f.word(i).punct == '.') i++;
        // "Secretary of Commerce Margaret Olsen": the department after "of" belongs to the title.
        if (i == a && a >= 2 && b - a >= 3 && f.word(a - 1).kind == Kind.WORD && f.word(a - 1).lower.equals("of")
                && (f.word(a - 2).is(WordClass.HONORIFICS_BASE) || f.word(a - 2).is(WordClass.ROLES_BASE))) {
            i++;
        }
        int titleStart = i;
        boolean hasTitle = false;
        char gender = 0;
        while (i < b - 1) {
            Word u = f.word(i);
            if (u.punct == '.') {
                i++;
                continue;
            }
            String base = u.base;
            if (u.possessive) break;
            boolean title = u.is(WordClass.HONORIFICS_BASE) || u.is(WordClass.ROLES_BASE)
                    || (i == a && b - a >= 3 && base.length() > 5 && base.endsWith("ist")); // "Novelist Jane Roe"
            boolean modifier = u.is(WordClass.NATIONALITY_BASE) || base.equals("kremlin");
            if (!title && !modifier) break;
            if (title) hasTitle = true;
            if (u.is(WordClass.MALE_TITLES_BASE)) gender = 'M';
            if (u.is(WordClass.FEMALE_TITLES_BASE)) gender = 'F';
            i++;
        }
        // A title inside the run ("White House Press Secretary Stephanie Grisham", "Team Leader Jane
        // Roe"): the name starts after its last role word, when two capitalised words are left.
        for (int j = b - 3; j >= i; j--) {
            Word u = f.word(j);
            if (u.kind == Kind.WORD && !u.possessive && (u.is(WordClass.ROLES_BASE) || u.is(WordClass.HONORIFICS_BASE)
                    && !u.is(WordClass.FUNCTION_WORDS_BASE)) && f.word(j + 1).kind == Kind.WORD
                    && f.word(j + 2).kind == Kind.WORD) {
                i = j + 1;
                hasTitle = true;
                break;
            }
        }
        // "Britain Liu Xiaming" (after "ambassador to"): a leading country is not part of a name.
        if (b - i >= 3 && f.word(i).kind == Kind.WORD && (f.word(i).is(WordClass.COUNTRIES_BASE)
                || f.word(i).is(WordClass.NATIONALITY_BASE))) i++;
        // After the titles, the name proper: its words, by token index.
        int[] name = nameScratch;
        int names = 0;
        for (int j = i; j < b; j++) if (f.word(j).kind == Kind.WORD) name[names++] = j;
        if (names == 0) return;
        boolean org = f.word(b - 1).is(WordClass.ORG_HEADS_BASE); // "The Interior Ministry"
        for (int j = 0; j < names; j++) {
            if (f.word(name[j]).is(WordClass.ORG_HEADS_BASE) && !(names == 1 && hasTitle)) org = true;
        }
        Word first = f.word(name[0]), last = f.word(name[names - 1]);
        String firstBase = first.base;
        if (org || (names == 1 && isAcronym(first.text))) {
            for (int j = a; j < b; j++) orgAt[j] = true;
            found.add(new Mention(a, frame.sentenceOf[a], null, true));
            return;
        }
        if (first.is(WordClass.PLACE_WORDS_BASE) || last.is(WordClass.PLACE_TAILS_BASE)
                || first.is(WordClass.COUNTRIES_BASE) || last.is(WordClass.COUNTRIES_BASE)
                || last.is(WordClass.NATIONALITY_BASE) || last.is(WordClass.FUNCTION_WORDS_BASE)
                || last.is(WordClass.CUE_FORM_BASE)) {
            return;
        }
        if (names > 4) return;
        for (int j = 0; j < names; j++) {
            Word u = f.word(name[j]);
            if (u.is(WordClass.HONORIFICS_BASE) || u.is(WordClass.FUNCTION_WORDS_BASE)) return;
        }

        // Role phrase before the name: capitalised titles in the run plus lowercase role words before it.
        int nameStart = name[0];
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
        String nameText = joinName(name, names);
        Person existing = findBySurnameKey(last.key(), names > 1 ? first.key() : "");
        if (existing == null && names == 2) {
            // "Hawk Sawyer" after "Kathleen Hawk Sawyer": the last words of a full name met before.
            Person any = findBySurnameKey(last.key(), "");
            if (any != null && any.name.endsWith(" " + nameText)) existing = any;
        }
        if (existing == null && names == 1) {
            // "Dan advises" after "Dan Lieberman": a first name alone, when one recent person has it.
            String fk = first.key();
            Person only = null;
            int count = 0;
            for (int pi = persons.size() - 1, seen = 0; pi >= 0 && seen < 64; pi--, seen++) {
                Person cand = persons.get(pi);
                if (cand.name.indexOf(' ') > 0 && cand.firstKey.equals(fk)) {
                    only = cand;
                    count++;
                }
            }
            if (count == 1 && (first.is(WordClass.MALE_NAMES_BASE) || first.is(WordClass.FEMALE_NAMES_BASE) || cueFollows(b))) {
                existing = only;
            }
        }
        if (names == 1 && existing == null && !titled) {
            if (f.word(a).kind == Kind.WORD && COUNTRIES.contains(firstBase)) return;
            // An unknown single capitalised word: a person only if a cue follows it ("Haidai said").
            if (!cueFollows(b)) return;
        }
        Person p = existing;
        if (p == null) {
            // The keys of the name's first and last words are those of the name text's first and
            // last parts, which join left out of the possessive ending of the last: look that one up.
            String sk = last.possessive ? key(Names.surname(nameText)) : last.key();
            p = new Person(persons.size(), nameText, a, sk, names > 1 ? first.key() : "");
            persons.add(p);
            noteKey(p, sk);
            index(p, sk);
        } else {
            if (names > 1 && p.name.indexOf(' ') < 0) p.name = nameText; // a full name for a surname-only person
            if (p.variants.add(nameText)) {
                String sk = last.possessive ? key(Names.surname(nameText)) : last.key();
                boolean newKey = !p.hasSurnameKey(sk);
                if (newKey) {
                    p.addSurnameKey(sk);
                    noteKey(p, sk);
                }
                if (p.firstKey.isEmpty() && p.name.indexOf(' ') > 0) p.firstKey = key(p.name.substring(0, p.name.indexOf(' ')));
                if (newKey) index(p, sk); // p is listed under each of its keys once
            }
            p.lastToken = a;
        }
        if (gender == 0 && names > 1 && first.is(WordClass.FEMALE_NAMES_BASE)) gender = 'F';
        if (gender == 0 && names > 1 && first.is(WordClass.MALE_NAMES_BASE)) gender = 'M';
        if (gender != 0 && p.gender == 0) p.gender = gender;
        if (preRole != null) p.addRole(preRole, preRoleTokens);
        if (appRole != null) p.addRole(appRole, appTokens);
        for (int j = a; j < b; j++) personAt[j] = p;
        found.add(new Mention(nameStart, frame.sentenceOf[nameStart], p, false));
        p.mentionTokens.add(nameStart);
    }

    /** Surnames and given names that end like participles. */
    static final Set<String> ING_NAMES = Lexicon.set("manning", "fleming", "redding", "harding", "golding",
            "browning", "cushing", "downing", "keating", "sterling", "stirling", "darling", "kipling", "channing",
            "pickering", "gehring", "gosling", "whiting", "irving", "ewing", "hemming", "lansing", "reading",
            "worthing", "epping", "ealing", "kettering", "wellesling", "deming", "dowling", "bowling", "cowling",
            "spalding", "stebbing");

    /** "Hosting Cook was ...", "Asked about it, ...": a participle opening the sentence is no name. */
    private boolean sentenceInitialParticiple(int i, int b) {
        Word w = frame.word(i);
        return i == frame.sentenceStarts[frame.sentenceOf[i]] && b - i >= 2 && w.lower.length() >= 7
                && w.lower.endsWith("ing") && !ING_NAMES.contains(w.lower);
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

    private static boolean isAcronym(String s) {
        if (s.length() < 2 || s.length() > 6) return false;
        for (int i = 0; i < s.length(); i++) if (Character.isLowerCase(s.charAt(i))) return false;
        return true;
    }

    private String joinName(int[] name, int names) {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < names; j++) {
            Word u = frame.word(name[j]);
            String s = u.text;
            if (j == names - 1 && u.possessive) s = s.substring(0, s.length() - 2);
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
            // the word's remembered classes (WordClass) rather than a set look-up each time
            if (u.is(WordClass.DETERMINERS_BASE) || u.is(WordClass.CLAUSE_BREAKS_BASE)
                    || (!u.capitalised() && u.is(WordClass.CUE_FORM_BASE))
                    || u.possessive() && !u.is(WordClass.NATIONALITY_BASE)) break;
            boolean ok = u.is(WordClass.ROLES_BASE) || u.is(WordClass.HONORIFICS_BASE) || u.is(WordClass.NATIONALITY_BASE)
                    || u.is(WordClass.ORG_HEADS_BASE) || (b.equals("of") && j + 1 < ts.size() && ts.get(j + 1).capitalised())
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
    /** ... and at this many of a person's surname spellings (the most recent). */
    private static final int FUZZY_KEYS = 64;

    /** The person with this surname (by variant), preferring a compatible first name; null if none. */
    Person findBySurname(String surname, String firstName) {
        return findBySurnameKey(key(surname), firstName == null ? "" : key(firstName));
    }

    /** {@link #findBySurname} by the names' keys (fk "" when no first name is given). */
    /**
     * Per person (by id): a bit for the first letter of each of their surname keys, so the fuzzy
     * look-up below skips people who cannot match without reading their keys.
     */
    private long[] keyInitials = new long[16];

    /** Bit 0 for the empty key, else one of bits 1-63 for its first character. */
    private static long initialBit(String key) {
        return key.isEmpty() ? 1L : 1L << (1 + key.charAt(0) % 63);
    }

    private void noteKey(Person p, String key) {
        if (p.id >= keyInitials.length) keyInitials = java.util.Arrays.copyOf(keyInitials, Math.max(p.id + 1, keyInitials.length * 2));
        keyInitials[p.id] |= initialBit(key);
    }

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
        long initial = initialBit(sk);
        for (int i = persons.size() - 1; i >= 0 && i >= persons.size() - FUZZY_WINDOW; i--) {
            if ((keyInitials[i] & initial) == 0) continue; // no key of theirs starts like sk: none can match
            Person p = persons.get(i);
            boolean match = false;
            // Newest spellings first, and only so many: a surname that drifts a letter at a time
            // would otherwise make each look-up read every spelling met so far.
            List<String> keys = p.surnameKeys;
            for (int j = keys.size() - 1; j >= 0 && j >= keys.size() - FUZZY_KEYS; j--) {
                if (Names.sameKey(keys.get(j), sk)) {
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

    /** Lists p under a surname key it was not listed under yet. */
    private void index(Person p, String surnameKey) {
        bySurnameKey.computeIfAbsent(surnameKey, x -> new ArrayList<>()).add(p);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
