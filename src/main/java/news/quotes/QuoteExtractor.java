package news.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.model.Article;
import news.quotes.Entities.Mention;
import news.quotes.Entities.Person;
import news.quotes.Frame.Kind;
import news.quotes.Frame.Token;

/**
 * Finds quotes in the cleaned text of an article and attributes them to speakers.
 *
 * <p>Pipeline (linear in the article length): {@link QuoteMarks} finds quoted spans; {@link Frame}
 * tokenises the narrative with each quote as one opaque token and splits sentences;
 * {@link Entities} finds the people and organisations named; then each quote is attributed by
 * looking for a cue (a speech verb of {@link Lexicon#CUE_FORMS}, "according to", or a colon) on
 * its right ("“Q,” S said" / "“Q,” said S, ROLE") or its left ("S said: “Q”", "S told X, “Q”",
 * "S said that ... “Q”"), at a clause end ("..., S said."), or by inheritance (split quotes and
 * paragraphs that are only a quote continue the previous speaker). The speaker phrase is then
 * resolved: names to the full name introduced earlier, pronouns to the nearest compatible
 * person, descriptions ("the Ukrainian leader") to the person introduced with that role.
 * Every window the extractor looks at is bounded, so the work per quote is constant.
 */
public final class QuoteExtractor {
    /** Longest subject phrase, in tokens. */
    private static final int MAX_NP = 14;
    /** Furthest a cue may stand from the quote it introduces, in tokens. */
    private static final int MAX_CUE_DISTANCE = 40;

    private final boolean indirect;

    /** Quotes and indirect speech (the defaults of {@code news quotes}). */
    public QuoteExtractor() {
        this(true);
    }

    /** @param indirect also report indirect speech (S said (that) P) without quote marks */
    public QuoteExtractor(boolean indirect) {
        this.indirect = indirect;
    }

    public List<Quote> extract(Article article) {
        return extract(article.id(), article.paragraphTexts());
    }

    /** Quotes of the text made of {@code paragraphs} joined by a blank line (as {@code Article.text()}). */
    public List<Quote> extract(String articleId, List<String> paragraphs) {
        Frame frame = Frame.borrowing(paragraphs);
        try {
            return new Run(articleId, frame, indirect).run();
        } finally {
            frame.release();
        }
    }

    static final Set<String> NOUNY_CUES = Lexicon.set("post", "call", "report", "note", "comment", "point", "answer",
            "state", "demand", "promise", "tweet", "reply", "claim", "estimate", "echo", "joke", "brand", "term",
            "label", "cry", "snap", "continue", "counter", "remark", "stress", "pledge", "vow", "plead", "quip",
            "muse", "repeat", "observe", "question", "dismiss", "describe", "object", "protest", "laugh", "sigh",
            "groan", "rave", "rant", "sob", "bark", "hiss", "gasp", "murmur", "scream", "fume", "crow", "thunder",
            "chime", "huff", "smirk", "rasp", "giggle", "chuckle", "sneer", "growl", "gush", "reveal", "disclose",
            "blast", "slam", "hail", "praise", "tout");
    static final Set<String> VERBISH = Lexicon.set("is", "was", "were", "are", "be", "been", "has", "have", "had",
            "will", "would", "may", "might", "can", "could", "should", "must", "shall", "did", "does", "do",
            "not", "also", "get", "got", "make", "made", "take", "took", "give", "gave", "went", "came", "put",
            "being", "having", "seems", "seemed", "appeared", "appears", "became", "remains", "remained");
    static final Set<String> PREPOSITIONS = Lexicon.set("in", "on", "at", "during", "to", "from", "after",
            "before", "when", "as", "who", "that", "while", "via", "through", "by", "with", "about", "of",
            "for", "into", "since", "until", "over", "under", "than", "which", "where", "last", "this",
            "earlier", "later", "today", "yesterday", "tonight", "recently");
    static final Set<String> TIME_NOUNS = Lexicon.set("week", "month", "year", "weekend", "morning", "afternoon",
            "evening", "night", "ago");
    static final Set<String> POSSESSIVE_DETS = Lexicon.set("his", "her", "their", "its", "the");
    static final Set<String> TITLE_SMALL_WORDS = Lexicon.set("of", "the", "a", "an", "and", "in", "on", "for", "to",
            "at", "with", "or");
    static final Set<String> AUDIENCES = Lexicon.set("reporters", "journalists", "news", "conference", "lawmakers",
            "parliament");
    static final Set<String> CLAUSE_OPENERS = Lexicon.set("there", "all", "no", "some", "many", "more", "most", "several");
    static final Set<String> NP_PREPOSITIONS = Lexicon.set("of", "to", "for", "in", "at", "from", "with", "on");
    static final Set<String> SCARE_BEFORE = Lexicon.set("this", "these", "those", "so-called", "its", "their",
            "his", "her", "our", "my", "dubbed", "titled", "entitled", "named", "nicknamed", "branded", "termed",
            "word", "words", "term", "phrase", "slogan", "hashtag", "headline", "banner", "motto", "documentary",
            "film", "book", "novel", "song", "album", "series", "show", "programme", "program", "podcast",
            "campaign", "operation", "codenamed", "code-named", "label", "labelled", "labeled");

    /** What an attribution found: the subject phrase, the cue, and how close it stands to the quote. */
    /** A subject phrase [from, to); role from an appositive; appositivePerson: token of a name in apposition, or -1. */
    private record Np(int from, int to, String role, List<Token> roleTokens, int appositivePerson) {
        Np(int from, int to, String role, List<Token> roleTokens) {
            this(from, to, role, roleTokens, -1);
        }
    }

    private record Attr(Np np, String cue, int cueToken, boolean adjacent, String channel, String via) {}

    private record Speaker(String name, String mention, String role, Person person, String orgText,
                           double confidence) {}

    private static final class Run {
        final String articleId;
        final Frame f;
        final List<Token> ts;
        final Entities ents;
        final boolean indirect;
        final List<Quote> out = new ArrayList<>();
        /** Resolved speakers of quotes, as mentions for later pronouns. */
        final MentionList speakerMentions = new MentionList();
        /** per quote index: attribution chosen (for inheritance) */
        final Attr[] attrs;
        final Speaker[] speakers;
        final QuoteKind[] kinds;

        Run(String articleId, Frame f, boolean indirect) {
            this.articleId = articleId;
            this.f = f;
            this.ts = f.tokens;
            this.ents = new Entities(f);
            this.indirect = indirect;
            this.attrs = new Attr[f.quotes.size()];
            this.speakers = new Speaker[f.quotes.size()];
            this.kinds = new QuoteKind[f.quotes.size()];
        }

        List<Quote> run() {
            // Sentence by sentence, so speaker mentions accumulate in text order for pronouns.
            int qi = 0;
            for (int s = 0; s < f.sentenceCount(); s++) {
                if (indirect) indirectIn(s, out);
                int s1 = f.sentenceStarts[s + 1];
                while (qi < f.quotes.size() && f.quoteToken[qi] < s1) attribute(qi++);
            }
            while (qi < f.quotes.size()) attribute(qi++);
            return out;
        }

        Token tok(int k) {
            return ts.get(k);
        }

        int sentenceStart(int k) {
            return f.sentenceStarts[f.sentenceOf[k]];
        }

        int sentenceEnd(int k) {
            return f.sentenceStarts[f.sentenceOf[k] + 1];
        }

        // ---------------------------------------------------------------- cues

        /** The cue at token k ("said", "according to"), or null. */
        String cueAt(int k) {
            Frame.Word t = f.word(k);
            if (t.kind != Kind.WORD) return null;
            String lower = t.lower;
            if (lower.equals("according") && k + 1 < ts.size() && f.word(k + 1).lower.equals("to")) return "according to";
            String lemma = t.cueLemma();
            if (lemma == null) return null;
            if (t.capitalised && k != sentenceStart(k)) return null; // "the United States", "Said Khan"
            if (NOUNY_CUES.contains(lemma) && !(lower.endsWith("ed") || lower.endsWith("ing") || lower.equals("wrote")
                    || lower.equals("spoke") || lower.equals("written") || (lower.endsWith("s") && prevIsSubjectLike(k)))) {
                return null;
            }
            if (lemma.equals("point") && !(k + 1 < ts.size() && tok(k + 1).lower().equals("out"))) return null;
            if (lemma.equals("read") && !(k > 0 && tok(k - 1).isWord() && tok(k - 1).is(WordClass.READABLE_BASE))) return null;
            if (lemma.equals("call") && k + 1 < ts.size() && tok(k + 1).lower().equals("on")) return null;
            if (t.capitalised && k == sentenceStart(k) && lower.endsWith("ed")) return null; // "Asked about ..., S said"
            return t.text;
        }

        private boolean prevIsSubjectLike(int k) {
            if (k == 0) return false;
            Token p = tok(k - 1);
            if (p.kind() == Kind.QUOTE || (p.isPunct(',') && k >= 2 && tok(k - 2).kind() == Kind.QUOTE)) return true;
            return p.isWord() && (p.capitalised() || p.is(WordClass.PRONOUNS_LOWER) || p.is(WordClass.ROLES_BASE)
                    || p.is(WordClass.ORG_HEADS_BASE));
        }

        boolean isWeak(String cue) {
            if (cue == null) return false;
            String lemma = Lexicon.cueLemma(cue.toLowerCase(Locale.ROOT));
            return lemma != null && Lexicon.WEAK_CUES.contains(lemma);
        }

        // ---------------------------------------------------------------- subject phrases

        /** Subject phrase ending right before cue c (skipping adverbs, time phrases, appositives), not before lo. */
        Np subjectBefore(int c, int lo) {
            int k = skipAdverbsLeft(c - 1, lo);
            if (k < lo) return null;
            if (tok(k).isPunct(')')) {
                // "Sen. Roy Blunt (R-Mo.) said": a short parenthesis after the subject.
                int m = k - 1;
                while (m >= lo && m > k - 8 && !tok(m).isPunct('(') && tok(m).kind() != Kind.QUOTE) m--;
                if (m < lo || !tok(m).isPunct('(')) return null;
                k = skipAdverbsLeft(m - 1, lo);
                if (k < lo) return null;
            }
            String role = null;
            List<Token> roleTokens = List.of();
            int appPerson = -1;
            if (tok(k).isPunct(',')) {
                int m = k - 1;
                while (m >= lo && m > k - 22 && !tok(m).isPunct(',') && tok(m).kind() != Kind.QUOTE
                        && !tok(m).isPunct(';') && !tok(m).isPunct(':')) m--;
                if (m < lo || !tok(m).isPunct(',') || m + 1 >= k) return null;
                Token first = tok(m + 1);
                String fl = first.lower();
                boolean relative = fl.equals("which") || fl.equals("who") || fl.equals("whose") || fl.equals("where");
                boolean adverbial = PREPOSITIONS.contains(fl) || fl.equals("speaking") || fl.equals("writing")
                        || fl.equals("asked") || fl.equals("citing") || fl.equals("however");
                if (!relative && !adverbial) {
                    boolean roleWord = false;
                    List<Token> rt = new ArrayList<>();
                    for (int j = m + 1; j < k; j++) {
                        rt.add(tok(j));
                        if (tok(j).isWord() && tok(j).is(WordClass.ROLES_BASE)) roleWord = true;
                        if (appPerson < 0 && ents.isPerson(j)) appPerson = j;
                    }
                    if (!roleWord && appPerson < 0 && !partyAndState(m + 1, k)) return null;
                    if (!roleWord && appPerson < 0) {
                        // "Sen. Ben Sasse, R-Neb., called": party and state say nothing of the speaker's role.
                    } else if (appPerson >= 0 && !roleWord) {
                        appPerson = m + 1 + lastPersonOffset(m + 1, k);
                    } else {
                        role = f.text.substring(tok(m + 1).start(), tok(k - 1).end());
                        roleTokens = rt;
                        if (appPerson >= 0 && !tok(m + 1).capitalised()) appPerson = -1; // "an adviser to President X"
                    }
                }
                k = skipAdverbsLeft(m - 1, lo);
                if (k < lo) return null;
            }
            int end = k + 1;
            int start = end;
            int j = k;
            boolean joinPreposition = false;
            while (j >= lo && end - j <= MAX_NP) {
                Token u = tok(j);
                if (u.kind() == Kind.QUOTE) break;
                if (u.kind() == Kind.PUNCT) {
                    if (u.isPunct('.') && j > lo && isAbbrevOrInitial(tok(j - 1)) && tok(j - 1).end() == u.start()) {
                        j--;
                        continue;
                    }
                    break;
                }
                String b = u.lower();
                if (joinPreposition) {
                    // "A spokesman for the club", "a diplomat involved in the talks": the phrase goes on leftwards.
                    joinPreposition = false;
                    start = j;
                    j--;
                    continue;
                }
                boolean sentenceInitial = j == sentenceStart(j);
                if (!u.capitalised() && NP_PREPOSITIONS.contains(b) && j - 1 >= lo && (isRoleOrOrg(tok(j - 1))
                        || b.equals("of") && ents.isPerson(j - 1) && j + 1 < end && tok(j + 1).capitalised())) {
                    // "the leader of the group", "Gov. Eric Holcomb of Indiana"
                    start = j; // "an adviser to President X", "the leader of the group"
                    j--;
                    continue;
                }
                if (!u.capitalised() || sentenceInitial) {
                    if (Lexicon.CLAUSE_BREAKS.contains(b) || cueAt(j) != null || VERBISH.contains(b)) break;
                    if (Lexicon.FUNCTION_WORDS.contains(b) && !Lexicon.DETERMINERS.contains(b)
                            && !Lexicon.PRONOUNS.contains(b) && !Frame.ABBREVIATIONS.contains(b)) break;
                    if (!u.capitalised() && b.endsWith("ed") && !(j + 1 < end && isRoleOrOrg(tok(j + 1)))
                            && !(j > lo && isRoleOrOrg(tok(j - 1)))) break;
                }
                start = j;
                if (Lexicon.PRONOUNS.contains(b)) break;
                if (Lexicon.DETERMINERS.contains(b)) {
                    // "a diplomat involved in the talks": a preposition after a role word (or its participle) joins.
                    if (j - 2 >= lo && tok(j - 1).isWord() && tok(j - 1).is(WordClass.NP_PREPOSITIONS_LOWER)
                            && (isRoleOrOrg(tok(j - 2)) || j - 3 >= lo && tok(j - 2).isWord()
                            && tok(j - 2).lower().endsWith("ed") && isRoleOrOrg(tok(j - 3)))) {
                        joinPreposition = true;
                        j--;
                        continue;
                    }
                    if (j - 1 >= lo && tok(j - 1).isWord() && (tok(j - 1).lower().equals("of")
                            || tok(j - 1).lower().equals("to") || tok(j - 1).lower().equals("for"))) {
                        joinPreposition = true;
                        j--;
                        continue;
                    }
                    break;
                }
                j--;
            }
            if (start >= end) return null;
            // Trim a leading preposition left over from the walk ("of the ministry").
            while (start < end && tok(start).isWord() && tok(start).is(WordClass.NP_PREPOSITIONS_LOWER)) start++;
            if (start >= end || !(validSubject(start, end) || appPerson >= 0)) return null;
            return new Np(start, end, role, roleTokens, appPerson);
        }

        /** "R-Neb." / "D-Mo." / "I-Vt.": a party letter, a hyphen and a state abbreviation. */
        private boolean partyAndState(int from, int to) {
            if (to - from < 1 || to - from > 3) return false;
            String w = tok(from).text();
            if (w.length() < 3 || "DRI".indexOf(w.charAt(0)) < 0 || w.charAt(1) != '-' || !Character.isUpperCase(w.charAt(2))) return false;
            for (int j = from + 1; j < to; j++) if (!tok(j).isPunct('.')) return false;
            return true;
        }

        private int lastPersonOffset(int from, int to) {
            int last = 0;
            for (int j = from; j < to; j++) if (ents.isPerson(j)) last = j - from;
            return last;
        }

        private boolean isRoleOrOrg(Token t) {
            return t.isWord() && (t.is(WordClass.ROLES_BASE) || t.is(WordClass.ORG_HEADS_BASE));
        }

        int skipAdverbsLeft(int k, int lo) {
            boolean timeSkipped = false;
            while (k >= lo) {
                Token t = tok(k);
                if (!t.isWord()) {
                    if (t.isPunct('.') && k > lo && isAbbrevOrInitial(tok(k - 1))) break;
                    break;
                }
                String b = t.lower();
                if (Lexicon.WEEKDAYS_MONTHS.contains(b) || (!t.capitalised() && TIME_NOUNS.contains(b))
                        || (Character.isDigit(b.charAt(0)) && b.length() <= 4)) {
                    timeSkipped = true;
                    k--;
                    continue;
                }
                if (!t.capitalised() && (b.equals("on") || b.equals("last") || b.equals("this") || b.equals("late")
                        || b.equals("early") || b.equals("next") || b.equals("in"))) {
                    if (!timeSkipped) break;
                    k--;
                    continue;
                }
                if (!t.capitalised() && Lexicon.ADVERBS.contains(b) && !b.equals("on") && !b.equals("in")
                        && !b.equals("at") && !b.equals("this") && !b.equals("last") && !b.equals("told")) {
                    k--;
                    continue;
                }
                break;
            }
            return k;
        }

        boolean validSubject(int start, int end) {
            Token head = tok(start);
            if (end - start >= 2 && end - start <= 6 && head.isWord() && (head.lower().equals("a")
                    || head.lower().equals("an") || head.lower().equals("the") || head.lower().equals("another"))
                    && tok(end - 1).isWord() && !tok(end - 1).is(WordClass.FUNCTION_WORDS_LOWER)) {
                return true; // "a hospital administrator", "the farmer"
            }
            for (int j = start; j < end; j++) {
                Token u = tok(j);
                if (!u.isWord()) continue;
                if (u.capitalised() && !u.is(WordClass.FUNCTION_WORDS_LOWER)) return true;
                String b = u.base();
                if (Lexicon.ROLES.contains(b) || Lexicon.ORG_HEADS.contains(b) || Lexicon.PLURAL_ROLES.contains(b)
                        || Lexicon.SOURCE_NOUNS.contains(b)) return true;
                if (end - start == 1 && Lexicon.PRONOUNS.contains(b) && !b.equals("i") && !b.equals("we")) return true;
                if (end - start == 1 && b.equals("one")) return true; // "one said"
            }
            // "her campaign", "his lawyer", "their team"
            return end - start == 2 && tok(start).isWord() && POSSESSIVE_PRONOUNS.contains(tok(start).lower())
                    && tok(start + 1).isWord() && OWNED_SPEAKERS.contains(tok(start + 1).lower());
        }

        static final Set<String> POSSESSIVE_PRONOUNS = Lexicon.set("his", "her", "their", "its");
        /** What speaks for a person: "her campaign said", "his lawyer said". */
        static final Set<String> OWNED_SPEAKERS = Lexicon.set("campaign", "camp", "team", "family", "office",
                "lawyer", "lawyers", "attorney", "attorneys", "spokesman", "spokeswoman", "spokesperson",
                "spokespeople", "aide", "aides", "representative", "representatives", "publicist", "agent",
                "manager", "staff", "government", "administration", "party", "ministry", "allies", "adviser", "advisers");

        /** Subject phrase right after token c (inverted "said S, ROLE", or "according to S"), before hi. */
        Np subjectAfter(int c, int hi) {
            int j = c + 1;
            int start = j;
            while (j < hi && j - start < MAX_NP) {
                Token u = tok(j);
                if (u.kind() == Kind.QUOTE) break;
                if (u.kind() == Kind.PUNCT) {
                    if (u.isPunct('.') && j > start && isAbbrevOrInitial(tok(j - 1)) && tok(j - 1).end() == u.start()
                            && j + 1 < hi && tok(j + 1).capitalised()) {
                        j++;
                        continue;
                    }
                    break;
                }
                String b = u.lower();
                if (!u.capitalised() && j > start && (b.equals("from") || b.equals("at") || b.equals("of"))
                        && j + 1 < hi && (tok(j + 1).capitalised() || tok(j + 1).lower().equals("the")
                        && j + 2 < hi && tok(j + 2).capitalised())) {
                    j++; // "the report from the Federal Reserve", "an economist at Goldman Sachs"
                    continue;
                }
                if (!u.capitalised() && j > start && (PREPOSITIONS.contains(b) && !b.equals("of") && !b.equals("to")
                        || Lexicon.CLAUSE_BREAKS.contains(b) || VERBISH.contains(b) || cueAt(j) != null)) break;
                if (!u.capitalised() && j == start && (PREPOSITIONS.contains(b) || VERBISH.contains(b))) break;
                if (u.capitalised() && Lexicon.WEEKDAYS_MONTHS.contains(b)) break;
                j++;
                if (Lexicon.PRONOUNS.contains(b) && j == start + 1) break;
            }
            int end = j;
            // "of"/"to" may not end the phrase.
            while (end > start && tok(end - 1).isWord() && (tok(end - 1).lower().equals("of") || tok(end - 1).lower().equals("to"))) end--;
            if (end <= start || !validSubject(start, end)) return null;
            String role = null;
            List<Token> rt = new ArrayList<>();
            if (end < hi && tok(end).isPunct(',')) {
                int k = end + 1;
                boolean roleWord = false;
                while (k < hi && k - end < 18) {
                    Token u = tok(k);
                    if (u.kind() != Kind.WORD) break;
                    if (cueAt(k) != null || u.is(WordClass.CLAUSE_BREAKS_LOWER) && !u.lower().equals("and")) break;
                    if (u.is(WordClass.ROLES_BASE)) roleWord = true;
                    rt.add(u);
                    k++;
                }
                int appPerson = -1;
                if (k > end + 1 && tok(end + 1).capitalised()) {
                    for (int m = end + 1; m < k; m++) if (ents.isPerson(m)) appPerson = m;
                }
                if (roleWord && k > end + 1) role = f.text.substring(tok(end + 1).start(), tok(k - 1).end());
                else rt.clear();
                if (appPerson >= 0) return new Np(start, end, role, rt, appPerson);
            }
            return new Np(start, end, role, rt);
        }

        /** The subject of the sentence holding token k: its first noun phrase, after an opening adverbial. */
        Np sentenceSubject(int k) {
            int s0 = sentenceStart(k);
            int s1 = Math.min(sentenceEnd(k), s0 + 40);
            int i = s0;
            Token first = tok(i);
            if (first.isWord() && (first.is(WordClass.PREPOSITIONS_LOWER) || first.lower().endsWith("ing")
                    || first.lower().endsWith("ed") || first.is(WordClass.FUNCTION_WORDS_LOWER)
                    && !first.is(WordClass.DETERMINERS_LOWER) && !first.is(WordClass.PRONOUNS_LOWER))) {
                int c = i;
                while (c < s1 && !tok(c).isPunct(',')) c++;
                if (c >= s1) return null;
                i = c + 1;
            }
            if (i >= k) return null;
            return subjectAfter(i - 1, Math.min(k, s1));
        }

        static boolean isAbbrevOrInitial(Token w) {
            return w.kind() == Kind.WORD && ((w.text().length() == 1 && Character.isUpperCase(w.text().charAt(0)))
                    || w.is(WordClass.ABBREVIATIONS_LOWER));
        }

        // ---------------------------------------------------------------- channel

        /** "told CNN", "on Twitter", "in a Telegram post", "in his nightly address", "in an interview with CNN". */
        String channelIn(int from, int to) {
            to = Math.min(to, ts.size());
            for (int j = Math.max(0, from); j < to; j++) {
                Token u = tok(j);
                if (!u.isWord()) continue;
                String b = u.lower();
                if ((b.equals("told") || b.equals("tells") || b.equals("tell")) && j + 1 < to) {
                    int e = j + 1;
                    if (tok(e).isWord() && tok(e).lower().equals("the")) e++;
                    int s = e;
                    while (e < to && e - s < 4 && tok(e).capitalised()) e++;
                    if (e > s && isMediaPhrase(s, e)) return phrase(s, e);
                }
                if (b.equals("on") && j + 1 < to) {
                    int e = j + 1;
                    if (tok(e).isWord() && tok(e).is(WordClass.POSSESSIVE_DETS_LOWER)) e++;
                    int s = e;
                    while (e < to && e - s < 3 && tok(e).isWord() && !tok(e).is(WordClass.PREPOSITIONS_LOWER)) e++;
                    if (e > s && isMediaPhrase(s, e)) return phrase(s, e);
                }
                if ((b.equals("in") || b.equals("during")) && j + 1 < to && tok(j + 1).isWord()
                        && tok(j + 1).is(WordClass.DETERMINERS_LOWER)) {
                    int s = j + 2, e = s;
                    while (e < to && e - s < 5 && tok(e).isWord() && !tok(e).is(WordClass.OCCASIONS_LOWER)
                            && !tok(e).is(WordClass.PREPOSITIONS_LOWER)) e++;
                    if (e < to && tok(e).isWord() && tok(e).is(WordClass.OCCASIONS_LOWER)) {
                        int occ = e;
                        if (occ + 2 < to && tok(occ + 1).lower().equals("with")) {
                            int ms = occ + 2, me = ms;
                            if (me < to && tok(me).lower().equals("the")) { ms++; me++; }
                            while (me < to && me - ms < 4 && tok(me).capitalised()) me++;
                            if (me > ms) return phrase(ms, me);
                        }
                        for (int m = s; m < occ; m++) {
                            if (tok(m).capitalised() && tok(m).is(WordClass.MEDIA_LOWER)) return tok(m).text();
                        }
                        return phrase(s, occ + 1);
                    }
                }
            }
            return null;
        }

        private boolean isMediaPhrase(int s, int e) {
            for (int j = s; j < e; j++) {
                if (tok(j).is(WordClass.MEDIA_BASE)) return true;
            }
            return false;
        }

        String phrase(int s, int e) {
            return f.text.substring(tok(s).start(), tok(e - 1).end());
        }

        // ---------------------------------------------------------------- attribution shapes

        /** “Q,” S said / “Q,” said S, ROLE / “Q,” according to S. */
        Attr attributeRight(int q) {
            int hi = sentenceEnd(q);
            for (int j = q + 1; j < hi; j++) if (tok(j).kind() == Kind.QUOTE) { hi = j; break; }
            int r = q + 1;
            if (r < hi && (tok(r).isPunct(',') || tok(r).isPunct('—') || tok(r).isPunct('–'))) r++;
            if (r >= hi) return null;
            String cue = cueAt(r);
            if (cue != null && cue.endsWith("ing")) return null; // ", echoing a statement": not an attribution
            if (cue != null) {
                if (cue.equals("according to")) {
                    Np np = subjectAfter(r + 1, hi);
                    return np == null ? null : new Attr(np, cue, r, true, null, "right");
                }
                Np np = subjectAfter(r, hi);
                if (np == null) return null;
                return new Attr(np, cue, r, true, channelIn(r, Math.min(hi, r + 16)), "right");
            }
            for (int c = r + 1; c < hi && c - r <= 30; c++) {
                String cc = cueAt(c);
                if (cc == null || cc.equals("according to")) continue;
                if (cc.endsWith("ing")) return null;
                Np np = subjectBefore(c, r);
                if (np != null && np.from() == r) return new Attr(np, cc, c, true, channelIn(r, Math.min(hi, c + 16)), "right");
                // "“Q,” Lucas Paganini, a researcher at the Council on Energy, Environment and Water, told CBS":
                // a name right after the quote, then an appositive of any shape up to the cue.
                int e = r;
                while (e < c && ents.isPerson(e)) e++;
                if (e > r && e < c && tok(e).isPunct(',') && noQuoteOrBreak(e, c)) {
                    String role = e + 1 < c ? trimCommas(e + 1, c) : null;
                    return new Attr(new Np(r, e, role, List.of()), cc, c, true, channelIn(r, Math.min(hi, c + 16)), "right");
                }
                // "“Q,” lead researcher and planetary scientist Lucas Paganini said": role words before the subject.
                if (np != null && np.from() > r && np.from() - r <= 6 && onlyModifiers(r, np.from())) {
                    return new Attr(np, cc, c, true, channelIn(r, Math.min(hi, c + 16)), "right");
                }
                return null;
            }
            return null;
        }

        private boolean noQuoteOrBreak(int from, int to) {
            for (int j = from; j < to; j++) {
                Token u = tok(j);
                if (u.kind() == Kind.QUOTE || u.isPunct(';') || u.isPunct(':')) return false;
                if (u.isWord() && !u.capitalised() && (u.is(WordClass.VERBISH_LOWER) || u.cueLemma() != null
                        || u.lower().equals("that") || u.lower().equals("which"))) return false;
            }
            return true;
        }

        private boolean onlyModifiers(int from, int to) {
            for (int j = from; j < to; j++) {
                Token u = tok(j);
                if (!u.isWord()) return false;
                String b = u.lower();
                if (VERBISH.contains(b) || cueAt(j) != null || (Lexicon.CLAUSE_BREAKS.contains(b) && !b.equals("and"))) return false;
            }
            return true;
        }

        private String trimCommas(int from, int to) {
            while (from < to && !tok(from).isWord()) from++;
            while (to > from && !tok(to - 1).isWord()) to--;
            return from < to ? phrase(from, to) : null;
        }

        /** S said: “Q” / S told X, “Q” / S said that ... “Q” / according to S, “Q” / S: “Q”. */
        Attr attributeLeft(int q) {
            int s0 = sentenceStart(q);
            int lo = s0;
            for (int j = q - 1; j >= s0; j--) if (tok(j).kind() == Kind.QUOTE) { lo = j + 1; break; }
            int lowest = Math.max(lo, q - MAX_CUE_DISTANCE);
            for (int c = q - 1; c >= lowest; c--) {
                String cue = cueAt(c);
                if (cue == null) continue;
                if (tok(c).lower().endsWith("ing") && c > lo && tok(c - 1).isPunct(',')) {
                    // ", suggesting ... “Q”": the participle shares the subject of the main clause.
                    Attr main = attributeLeftBefore(c - 1, lo, q);
                    if (main != null) return main;
                }
                Np np;
                if (cue.equals("according to")) {
                    np = subjectAfter(c + 1, q);
                } else {
                    np = subjectBefore(c, lo);
                    if (np == null && c > lo) {
                        Token p = tok(c - 1);
                        if (p.isWord() && (p.lower().equals("and") || p.lower().equals("but"))
                                || p.is(WordClass.ADVERBS_LOWER)) {
                            Np subj = sentenceSubject(c);
                            if (subj != null && subj.to() <= c) np = subj;
                        }
                    }
                }
                if (np == null) return null;
                boolean adjacent = isAdjacentLeft(c, q);
                String channel = channelIn(c, q);
                if (channel == null) channel = channelIn(np.to(), c);
                return new Attr(np, cue, c, adjacent, channel, "left");
            }
            // Colon without a verb: "Peskov: “Q”".
            if (q - 1 >= lo && tok(q - 1).isPunct(':')) {
                Np np = subjectBefore(q - 1, lo);
                if (np != null && np.from() == lo && hasPersonOrName(np)) return new Attr(np, ":", q - 1, true, null, "colon");
            }
            return null;
        }

        private Attr attributeLeftBefore(int end, int lo, int q) {
            for (int c = end - 1; c >= lo && c >= end - MAX_CUE_DISTANCE; c--) {
                String cue = cueAt(c);
                if (cue == null || cue.equals("according to")) continue;
                Np np = subjectBefore(c, lo);
                if (np == null) return null;
                return new Attr(np, cue, c, false, channelIn(c, end), "left");
            }
            return null;
        }

        boolean hasPersonOrName(Np np) {
            for (int j = np.from(); j < np.to(); j++) if (tok(j).capitalised()) return true;
            return false;
        }

        /** The quote opens a clause right after the cue phrase: “...said: “Q”, “...told CNN, “Q”. */
        boolean isAdjacentLeft(int c, int q) {
            Token before = tok(q - 1);
            if (!(before.isPunct(':') || before.isPunct(',') || before.isPunct('—'))) {
                return q == c + 1 && startsUpper(q);
            }
            return startsUpper(q) && q - c <= 12;
        }

        boolean startsUpper(int q) {
            QuoteMarks.Span s = f.quotes.get(tok(q).quote());
            char c = f.chars[s.contentStart()];
            return Character.isUpperCase(c) || Character.isDigit(c) || c == '.' || c == '…';
        }

        /** "... a “just and lasting” peace, Mr Blinken said." — a cue closing the sentence. */
        Attr attributeTrailing(int q) {
            int hi = sentenceEnd(q);
            for (int c = q + 1; c < hi && c - q <= MAX_CUE_DISTANCE; c++) {
                if (tok(c).kind() == Kind.QUOTE) return null;
                String cue = cueAt(c);
                if (cue == null || cue.equals("according to")) continue;
                Np np = subjectBefore(c, q + 1);
                if (np == null || np.from() == 0 || !tok(np.from() - 1).isPunct(',')) {
                    // inverted: ", said S."
                    if (c > q + 1 && tok(c - 1).isPunct(',')) {
                        Np inv = subjectAfter(c, hi);
                        if (inv != null) return new Attr(inv, cue, c, false, channelIn(c, hi), "trailing");
                    }
                    continue;
                }
                return new Attr(np, cue, c, false, channelIn(c, hi), "trailing");
            }
            return null;
        }

        // ---------------------------------------------------------------- main decision

        void attribute(int qi) {
            int q = f.quoteToken[qi];
            QuoteMarks.Span span = f.quotes.get(qi);
            int s0 = sentenceStart(q);
            boolean sentenceInitial = true;
            for (int j = s0; j < q; j++) if (tok(j).kind() != Kind.PUNCT) { sentenceInitial = false; break; }
            boolean attributionComma = span.contentEnd() < f.text.length() && span.closed()
                    && f.chars[span.contentEnd()] == ',';
            Attr left = attributeLeft(q);
            Attr right = attributeRight(q);
            Attr chosen = null;
            QuoteKind kind = null;
            double conf = 0.9;
            if (right != null && (sentenceInitial || left == null
                    || (!right.cue().equals("according to") && (attributionComma || !left.adjacent() && q - left.cueToken() > 12)))) {
                chosen = right;
                boolean full = sentenceInitial || (q > 0 && (tok(q - 1).isPunct(',') || tok(q - 1).isPunct(':')));
                kind = full ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            } else if (left != null) {
                chosen = left;
                kind = left.adjacent() ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
                if (right != null && right.cue().equals("according to") && chosen.channel() == null) {
                    String ch = phrase(right.np().from(), right.np().to());
                    chosen = new Attr(left.np(), left.cue(), left.cueToken(), left.adjacent(), stripDet(ch), left.via());
                }
                if (isWeak(left.cue()) && !left.adjacent()) conf = 0.7;
            } else {
                Attr trailing = attributeTrailing(q);
                if (trailing != null) {
                    chosen = trailing;
                    kind = QuoteKind.PARTIAL;
                    conf = 0.75;
                }
            }
            Speaker speaker = null;
            if (chosen != null) {
                speaker = resolve(chosen.np(), q);
                if (kind == QuoteKind.PARTIAL && looksScare(q, span)) {
                    chosen = null;
                    speaker = null;
                    kind = QuoteKind.SCARE;
                }
            } else {
                // Inheritance: split quotes and quote-only paragraphs continue the previous speaker.
                int prev = qi - 1;
                // “Q1,” S said on “Show”. “Q2.” — skip a few scare quotes (bounded: linear time).
                for (int skips = 0; prev >= 0 && kinds[prev] == QuoteKind.SCARE && skips < 3; skips++) prev--;
                boolean onlyQuotesInSentence = !f.sentenceHasWord[f.sentenceOf[q]];
                if (prev >= 0 && speakers[prev] != null && attrs[prev] != null) {
                    int pq = f.quoteToken[prev];
                    int ps = f.sentenceOf[pq], qs = f.sentenceOf[q];
                    boolean sameSentence = ps == qs;
                    boolean gapIsQuotesOnly = true; // sentences between the two quotes hold no words
                    for (int gs = ps + 1; gs < qs && gapIsQuotesOnly; gs++) {
                        if (f.sentenceHasWord[gs] || gs - ps > 8) gapIsQuotesOnly = false;
                    }
                    boolean samePara = tok(pq).lastPara() == tok(q).para();
                    boolean quoteParagraphAfter = paragraphIsOnlyQuotes(tok(q).para())
                            && tok(pq).lastPara() == tok(q).para() - 1
                            && noCueBetween(f.sentenceStarts[ps + 1] - 1, q);
                    if (sameSentence && kinds[prev] != QuoteKind.SCARE) {
                        chosen = attrs[prev];
                        speaker = speakers[prev];
                        kind = kinds[prev];
                        conf = 0.8;
                    } else if (sentenceInitial && onlyQuotesInSentence
                            && ((samePara && gapIsQuotesOnly) || quoteParagraphAfter)) {
                        chosen = attrs[prev];
                        speaker = speakers[prev];
                        kind = QuoteKind.DIRECT;
                        conf = 0.8;
                    }
                }
                if (chosen == null && onlyQuotesInSentence && paragraphIsOnlyQuotes(tok(q).para()) && tok(q).para() > 0) {
                    // The previous paragraph ends with "S said:" — its speaker introduces this quote.
                    int lastPrev = f.sentenceStarts[f.sentenceOf[q]] - 1;
                    if (lastPrev >= 0 && tok(lastPrev).isPunct(':')) {
                        int c = -1;
                        for (int j = lastPrev - 1; j >= sentenceStart(lastPrev) && j >= lastPrev - 16; j--) {
                            if (cueAt(j) != null) { c = j; break; }
                        }
                        if (c >= 0) {
                            Np np = subjectBefore(c, sentenceStart(lastPrev));
                            if (np != null) {
                                chosen = new Attr(np, cueAt(c), c, true, channelIn(c, lastPrev), "colon-paragraph");
                                speaker = resolve(np, q);
                                kind = QuoteKind.DIRECT;
                                conf = 0.8;
                            }
                        }
                    }
                }
                if (chosen == null && sentenceInitial && onlyQuotesInSentence && startsUpper(q)) {
                    // "The cell, Herbert said, is always sensing. “Once the products go out of whack ...”":
                    // a quote-only sentence right after reported speech continues its speaker.
                    Attr before = reportedSpeechBefore(q);
                    if (before != null) {
                        chosen = before;
                        speaker = resolve(before.np(), q);
                        kind = QuoteKind.DIRECT;
                        conf = 0.7;
                    }
                }
                if (chosen == null) {
                    int words = news.model.Words.count(f.quoteContent(qi));
                    if (sentenceInitial && startsUpper(q) && words >= 6 && !titleCase(span)) {
                        kind = QuoteKind.DIRECT; // a statement we cannot attribute
                        conf = 0.3;
                    } else {
                        kind = QuoteKind.SCARE;
                    }
                }
            }
            if (kind == QuoteKind.PARTIAL && (looksScare(q, span) || attributive(q, span, chosen))) {
                chosen = null;
                kind = QuoteKind.SCARE;
            }
            if (kind == QuoteKind.SCARE) {
                speaker = null;
                conf = titleCase(span) || looksScare(q, span) ? 0.8 : 0.6;
            } else if (speaker != null) {
                conf = Math.min(conf, speaker.confidence());
            } else if (chosen != null) {
                conf = Math.min(conf, 0.4);
            }
            attrs[qi] = kind == QuoteKind.SCARE ? null : chosen;
            speakers[qi] = kind == QuoteKind.SCARE ? null : speaker;
            kinds[qi] = kind;
            if (speaker != null && speaker.person() != null) addSpeakerMention(q, speaker.person());
            noteOrgSpeaker(q, speaker);
            String cue = chosen == null ? null : chosen.cue();
            // A quote run over paragraphs is one record per paragraph (each its own statement, same speaker).
            for (int p = span.firstParagraph(); p <= span.lastParagraph(); p++) {
                int a = Math.max(span.contentStart(), f.paraStart[p]), b = Math.min(span.contentEnd(), f.paraEnd[p]);
                if (p > span.firstParagraph()) {
                    while (a < b && Character.isWhitespace(f.chars[a])) a++;
                    if (a < b && isOpeningMark(f.chars[a])) a += QuoteMarks.markWidth(f.chars, a);
                }
                while (a < b && Character.isWhitespace(f.chars[a])) a++;
                while (b > a && Character.isWhitespace(f.chars[b - 1])) b--;
                if (b <= a) continue;
                out.add(new Quote(articleId, f.text.substring(a, b), speaker == null ? null : speaker.name(),
                        speaker == null ? null : speaker.mention(), speaker == null ? null : speaker.role(),
                        cue, chosen == null ? null : chosen.channel(), kind, p, a, b, round(conf)));
            }
        }

        static boolean isOpeningMark(char c) {
            return c == '“' || c == '"' || c == '„' || c == '‟' || c == '‘' || c == '\'' || c == '«' || c == '`';
        }

        /** The last named organisation that spoke, for "they said" / "it said". */
        Speaker lastOrgSpeaker;
        int lastOrgSentence;

        void noteOrgSpeaker(int token, Speaker sp) {
            if (sp != null && sp.person() == null && sp.orgText() != null && sp.name() != null
                    && QuoteGrouper.isName(sp.name())) {
                lastOrgSpeaker = sp;
                lastOrgSentence = f.sentenceOf[token];
            }
        }

        void addSpeakerMention(int token, Person p) {
            if (!speakerMentions.isEmpty() && speakerMentions.get(speakerMentions.size() - 1).token() > token) return;
            speakerMentions.add(new Mention(token, f.sentenceOf[token], p, false));
            p.speakerTokens.add(token);
        }

        /** A strong cue with a subject in the sentence before q (same paragraph, or the last one of the previous paragraph). */
        Attr reportedSpeechBefore(int q) {
            int s = f.sentenceOf[q];
            if (s == 0) return null;
            int p0 = f.sentenceStarts[s - 1], p1 = f.sentenceStarts[s];
            if (p1 - p0 > 80) return null;
            boolean samePara = tok(p1 - 1).lastPara() == tok(q).para();
            if (!samePara && !(paragraphIsOnlyQuotes(tok(q).para()) && tok(p1 - 1).lastPara() == tok(q).para() - 1)) return null;
            for (int j = p0; j < p1; j++) if (tok(j).kind() == Kind.QUOTE) return null;
            for (int c = p0; c < p1; c++) {
                String cue = cueAt(c);
                if (cue == null || cue.equals("according to") || isWeak(cue) || cue.endsWith("ing")) continue;
                Np np = subjectBefore(c, p0);
                if (np == null) continue;
                return new Attr(np, cue, c, false, null, "reported-before");
            }
            return null;
        }

        boolean noCueBetween(int a, int b) {
            for (int j = a + 1; j < b; j++) if (tok(j).kind() == Kind.WORD && cueAt(j) != null) return false;
            return true;
        }

        boolean paragraphIsOnlyQuotes(int para) {
            // tokens of a paragraph are contiguous; find them around any quote of this paragraph
            int from = f.paraStart[para], to = f.paraEnd[para];
            int lo = 0, hi = ts.size();
            while (lo < hi) { // first token starting at or after from
                int mid = (lo + hi) >>> 1;
                if (f.start(mid) < from) lo = mid + 1; else hi = mid;
            }
            boolean any = false;
            for (int j = lo; j < ts.size() && f.start(j) < to && j - lo < 64; j++) {
                if (f.word(j).kind == Kind.WORD) return false;
                if (f.word(j).kind == Kind.QUOTE) any = true;
            }
            return any;
        }

        boolean titleCase(QuoteMarks.Span s) {
            String c = f.text.substring(s.contentStart(), s.contentEnd());
            String[] words = Frame.splitOnWhitespace(c);
            if (words.length < 2 || words.length > 8) return false;
            for (String w : words) {
                if (w.isEmpty()) continue;
                String lw = w.toLowerCase(Locale.ROOT);
                if (TITLE_SMALL_WORDS.contains(lw)) continue;
                if (!Character.isUpperCase(w.charAt(0)) && !Character.isDigit(w.charAt(0))) return false;
            }
            return true;
        }

        /** Short quote after a possessive or a naming word: China’s “peace plan”, the documentary 'The A Word'. */
        boolean looksScare(int q, QuoteMarks.Span span) {
            if (titleCase(span)) return true;
            int words = news.model.Words.count(f.text.substring(span.contentStart(), span.contentEnd()));
            if (words > 4 || q == 0) return false;
            Token p = tok(q - 1);
            if (!p.isWord()) return false;
            return p.possessive() || p.is(WordClass.SCARE_BEFORE_LOWER);
        }

        /** A short quote used as a modifier after a weak cue: critics called it a “cash for access” scheme. */
        boolean attributive(int q, QuoteMarks.Span span, Attr chosen) {
            if (chosen == null || !isWeak(chosen.cue())) return false;
            if (chosen.cue().equalsIgnoreCase("called") && chosen.cueToken() + 1 < ts.size()
                    && tok(chosen.cueToken() + 1).lower().equals("for")) return false;
            if (news.model.Words.count(f.text.substring(span.contentStart(), span.contentEnd())) > 4) return false;
            if (q + 1 >= ts.size() || f.sentenceOf[q + 1] != f.sentenceOf[q]) return false;
            Token n = tok(q + 1);
            if (!n.isWord() || n.capitalised()) return false;
            String b = n.lower();
            return !(Lexicon.CLAUSE_BREAKS.contains(b) || PREPOSITIONS.contains(b) || VERBISH.contains(b)
                    || Lexicon.ADVERBS.contains(b) || Lexicon.FUNCTION_WORDS.contains(b) || cueAt(q + 1) != null);
        }

        static String stripDet(String s) {
            return s.startsWith("the ") ? s.substring(4) : s;
        }

        static double round(double d) {
            return Math.round(d * 100) / 100.0;
        }

        // ---------------------------------------------------------------- speaker resolution

        Speaker resolve(Np np, int at) {
            String mention = phrase(np.from(), np.to());
            if (np.to() - np.from() == 1 && Lexicon.PRONOUNS.contains(tok(np.from()).lower())) {
                return resolvePronoun(tok(np.from()).lower(), mention, at);
            }
            if (np.to() - np.from() == 2 && tok(np.from()).isWord() && POSSESSIVE_PRONOUNS.contains(tok(np.from()).lower())
                    && OWNED_SPEAKERS.contains(tok(np.from() + 1).lower())) {
                // "her campaign said" -> "Elizabeth Warren's campaign"
                String pr = tok(np.from()).lower();
                Speaker owner = resolvePronoun(pr.equals("his") ? "he" : pr.equals("her") ? "she" : "they", mention, at);
                if (owner.name() != null) {
                    String name = owner.name() + "’s " + tok(np.from() + 1).text();
                    return new Speaker(name, mention, null, null, name, Math.min(0.7, owner.confidence()));
                }
            }
            if (np.to() - np.from() == 1 && tok(np.from()).lower().equals("one")) {
                // "one said": one of the group named just before ("two officials ... one said").
                int s = f.sentenceOf[np.from()];
                for (int j = np.from() - 1; j >= 0 && s - f.sentenceOf[j] <= 2 && np.from() - j < 200; j--) {
                    Token u = tok(j);
                    if (u.isWord() && !u.capitalised() && u.is(WordClass.PLURAL_ROLES_BASE)) {
                        String d = "one of the " + u.text();
                        return new Speaker(d, mention, d, null, null, 0.6);
                    }
                }
            }
            // Split "HEAD of/to PP": only the head names the speaker ("An adviser to President X").
            int headEnd = np.to();
            for (int j = np.from() + 1; j < np.to(); j++) {
                String b = tok(j).lower();
                if (tok(j).isWord() && (b.equals("of") || b.equals("to") || b.equals("for") || b.equals("at")
                        || b.equals("with") || b.equals("from") || b.equals("in") || b.equals("by"))) {
                    headEnd = j;
                    break;
                }
            }
            if (issuedDocument(np, headEnd)) {
                Speaker issuer = issuer(np, headEnd, at);
                if (issuer != null) return issuer;
            }
            if (np.to() - np.from() == 2 && tok(np.from()).is(WordClass.DETERMINERS_LOWER)
                    && tok(np.from() + 1).lower().endsWith("-year-old")) {
                // "The 56-year-old said": the article's main person so far (the most mentioned).
                Person best = null;
                int bestCount = 0;
                for (int i = Math.min(ents.personsIntroducedBefore(at), ents.persons.size()) - 1, n = 0; i >= 0 && n < 100; i--, n++) {
                    Person p = ents.persons.get(i);
                    int count = p.mentionTokens.size() + p.speakerTokens.size();
                    if (count > bestCount) {
                        best = p;
                        bestCount = count;
                    }
                }
                if (best != null) return new Speaker(best.name, mention, best.role, best, null, 0.7);
            }
            // A person named in the head?
            Person person = null;
            int nameTok = -1;
            for (int j = headEnd - 1; j >= np.from(); j--) {
                Person p = ents.personAt(j);
                if (p != null && tok(j).possessive() && j < headEnd - 1) break; // "Putin’s close allies"
                if (p != null) {
                    person = p;
                    nameTok = j;
                    break;
                }
            }
            if (person == null) {
                // An unregistered capitalised surname after a title ("Mr Kwatra" when never introduced).
                Token last = tok(headEnd - 1);
                if (last.capitalised() && !last.is(WordClass.FUNCTION_WORDS_LOWER)
                        && !last.is(WordClass.ORG_HEADS_BASE) && !last.is(WordClass.ROLES_BASE)) {
                    Person p = ents.findBySurname(last.text(), null);
                    if (p != null) person = p;
                }
            }
            if (person == null && np.appositivePerson() >= 0) person = ents.personAt(np.appositivePerson());
            if (person == null && headEnd < np.to()) {
                // "China's ambassador to Britain Liu Xiaming": the PP's object is a place, the name after it
                // is the speaker's (unlike "an adviser to President X", whose name has a title before it).
                Person last = ents.personAt(np.to() - 1);
                int first = np.to() - 1;
                while (first > headEnd && ents.personAt(first - 1) == last && !tok(first - 1).is(WordClass.COUNTRIES_BASE)) first--;
                if (last != null && first > headEnd && tok(first - 1).capitalised()
                        && tok(first - 1).is(WordClass.COUNTRIES_BASE)) person = last;
            }
            if (person != null) {
                String role = person.role != null ? person.role : np.role();
                if (np.role() != null && person.role == null) person.addRole(np.role(), np.roleTokens());
                return new Speaker(person.name, mention, role, person, null, 0.9);
            }
            // Organisation or other named non-person ("Russia’s Defense Ministry", "Kazakhstan").
            boolean hasCap = false, hasRole = false, hasOrg = false, indefinite = false;
            String head = null;
            for (int j = np.from(); j < headEnd; j++) {
                Token u = tok(j);
                if (!u.isWord()) continue;
                if (u.capitalised() && !u.is(WordClass.FUNCTION_WORDS_LOWER) && !Lexicon.isNationality(u.base())
                        && !u.is(WordClass.ROLES_BASE)) hasCap = true;
                if (u.is(WordClass.ROLES_BASE) || u.is(WordClass.PLURAL_ROLES_BASE)) { hasRole = true; head = u.base(); }
                if (u.is(WordClass.ORG_HEADS_BASE)) hasOrg = true;
            }
            String first = tok(np.from()).lower();
            indefinite = first.equals("a") || first.equals("an") || first.equals("another") || first.equals("one");
            if (hasRole && !hasOrg) {
                Person p = resolveDescription(np, headEnd, head, at, indefinite);
                if (p != null) {
                    return new Speaker(p.name, mention, p.role != null ? p.role : mention, p, null, 0.8);
                }
                return new Speaker(mention, mention, np.role() != null ? np.role() : mention, null, null, 0.8);
            }
            if (hasCap || hasOrg) {
                return new Speaker(mention, mention, np.role(), null, mention, 0.85);
            }
            return new Speaker(mention, mention, np.role(), null, null, 0.6);
        }

        /** Documents that speak for whoever issued them ("the statement said", "the report concludes"). */
        static final Set<String> ISSUED = Lexicon.set("statement", "statements", "letter", "report", "study",
                "survey", "memo", "filing", "complaint", "release", "post", "tweet", "email", "announcement",
                "notice", "message", "review", "analysis", "paper", "bulletin", "update", "communique", "note");

        /** A document as subject: its head word is an issued document and it names nobody itself. */
        boolean issuedDocument(Np np, int headEnd) {
            Token head = tok(headEnd - 1);
            if (!head.isWord() || !ISSUED.contains(head.lower())) return false;
            for (int j = np.from(); j < headEnd - 1; j++) {
                Token u = tok(j);
                if (u.isWord() && u.capitalised() && !(j == np.from() && u.is(WordClass.DETERMINERS_LOWER))) return false;
            }
            return true;
        }

        /**
         * Who issued the document np ("the statement"): "a statement from/by X" in the phrase itself,
         * else the latest earlier mention of the same document: "X's statement", "a statement from X",
         * or the subject of its sentence ("X released a statement", "In a statement, X said").
         */
        Speaker issuer(Np np, int headEnd, int at) {
            String mention = phrase(np.from(), np.to());
            if (headEnd < np.to() && (tok(headEnd).lower().equals("from") || tok(headEnd).lower().equals("by"))) {
                Np owner = subjectAfter(headEnd, np.to());
                Speaker sp = owner == null ? null : ownerSpeaker(owner, at, mention);
                if (sp != null) return sp;
            }
            String noun = tok(headEnd - 1).lower();
            int sentence = f.sentenceOf[np.from()];
            for (int j = np.from() - 1; j >= 0 && sentence - f.sentenceOf[j] <= 15 && np.from() - j < 1500; j--) {
                Token u = tok(j);
                if (!u.isWord() || !u.lower().startsWith(noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun)
                        || !ISSUED.contains(u.lower())) continue;
                int hi = sentenceEnd(j);
                if (j + 2 < hi && (tok(j + 1).lower().equals("from") || tok(j + 1).lower().equals("by"))) {
                    Np owner = subjectAfter(j + 1, hi);
                    Speaker sp = owner == null ? null : ownerSpeaker(owner, at, mention);
                    if (sp != null) return sp;
                }
                int d = j - 1;
                if (d >= 0 && tok(d).isWord() && tok(d).is(WordClass.DETERMINERS_LOWER)) d--;
                if (d >= 0 && tok(d).possessive() && tok(d).capitalised()) {
                    int a = d;
                    while (a > sentenceStart(d) && tok(a - 1).capitalised() && !tok(a - 1).possessive()) a--;
                    Speaker sp = ownerSpeaker(new Np(a, d + 1, null, List.of()), at, mention);
                    if (sp != null) return sp;
                }
                Np subj = sentenceSubject(Math.max(j, sentenceEnd(j) - 1)); // "In a statement, X said" too
                if (subj != null && subj.from() != j && hasPersonOrName(subj)) {
                    if (subj.from() < j && subj.to() > j) subj = new Np(subj.from(), j, null, List.of());
                    Speaker sp = ownerSpeaker(subj, at, mention);
                    if (sp != null) return sp;
                }
            }
            return null;
        }

        private Speaker ownerSpeaker(Np owner, int at, String mention) {
            int e = owner.to();
            // The name ends before the verb: "Big Machine Records released a statement".
            for (int j = owner.from() + 1; j < e; j++) {
                Token u = tok(j);
                if (!u.isWord() || u.capitalised()) continue;
                String b = u.lower();
                if (!(Lexicon.DETERMINERS.contains(b) || b.equals("of") || b.equals("and") || b.equals("for")
                        || u.is(WordClass.ROLES_BASE) || u.is(WordClass.ORG_HEADS_BASE) || u.is(WordClass.PLURAL_ROLES_BASE))) {
                    e = j;
                    break;
                }
            }
            while (e > owner.from() && !tok(e - 1).isWord()) e--;
            if (e <= owner.from() || issuedDocument(owner, e)) return null;
            boolean named = false;
            for (int j = owner.from(); j < e && !named; j++) {
                named = tok(j).isWord() && tok(j).capitalised() && !tok(j).is(WordClass.DETERMINERS_LOWER);
            }
            if (!named) return null; // "the company": a description names no issuer
            Speaker sp = resolve(new Np(owner.from(), e, owner.role(), owner.roleTokens(), owner.appositivePerson()), at);
            if (sp.name() == null) return null;
            return new Speaker(sp.name(), mention, sp.role(), sp.person(), sp.orgText(), Math.min(0.75, sp.confidence()));
        }

        /** "the Ukrainian leader" -> the person introduced with a matching role; indefinite only forward in the lead. */
        Person resolveDescription(Np np, int headEnd, String head, int at, boolean indefinite) {
            Set<String> cls = Lexicon.roleClass(head);
            List<String> mods = new ArrayList<>();
            for (int j = np.from(); j < headEnd; j++) {
                Token u = tok(j);
                if (!u.isWord()) continue;
                String b = u.base();
                if (Lexicon.DETERMINERS.contains(b) || b.equals(head) || Lexicon.ROLES.contains(b) && cls.contains(b)) continue;
                mods.add(b);
            }
            List<String> pp = new ArrayList<>();
            for (int j = headEnd; j < np.to(); j++) {
                Token u = tok(j);
                if (u.isWord() && (u.capitalised() || u.is(WordClass.ORG_HEADS_BASE))
                        && !u.is(WordClass.FUNCTION_WORDS_LOWER)) pp.add(u.base());
            }
            Person best = null;
            int bestTok = -1;
            int count = 0;
            int para = tok(at).para();
            int considered = 0;
            List<Person> all = ents.persons;
            if (indefinite && para > 2) return null;
            // Persons are in order of first mention: those introduced after `at` (or, for an
            // indefinite description, up to `at`) are skipped as a block, not one by one.
            int from = indefinite ? all.size() - 1 : ents.personsIntroducedBefore(at) - 1;
            for (int i = from; i >= 0 && considered < 100; i--) {
                Person p = all.get(i);
                if (indefinite && p.firstToken <= at) break;
                considered++;
                boolean headOk = false;
                for (String h : p.roleHeads) if (cls.contains(h)) { headOk = true; break; }
                if (!headOk) continue;
                boolean modsOk = true;
                for (String m : mods) if (!roleHasWord(p, m)) { modsOk = false; break; }
                if (!modsOk) continue;
                if (!pp.isEmpty()) {
                    boolean ppOk = false;
                    for (String w : pp) if (roleHasWord(p, w)) { ppOk = true; break; }
                    if (!ppOk) continue;
                }
                count++;
                int recency = indefinite ? -p.firstToken : lastMentionBefore(p, at);
                if (best == null || recency > bestTok) {
                    best = p;
                    bestTok = recency;
                }
            }
            if (indefinite && count != 1) return null;
            return best;
        }

        boolean roleHasWord(Person p, String w) {
            if (p.roleWords.contains(w)) return true;
            String pre = w.length() > 6 ? w.substring(0, 6) : w;
            for (String r : p.roleWords) if (r.startsWith(pre) || (r.length() > 6 && w.startsWith(r.substring(0, 6)))) return true;
            return false;
        }

        int lastMentionBefore(Person p, int at) {
            int best = p.firstToken;
            best = Math.max(best, lastBefore(p.mentionTokens, at));
            best = Math.max(best, lastBefore(p.speakerTokens, at));
            return best;
        }

        private static int lastBefore(List<Integer> sorted, int at) {
            int lo = 0, hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (sorted.get(mid) < at) lo = mid + 1; else hi = mid;
            }
            return lo == 0 ? -1 : sorted.get(lo - 1);
        }

        /** he/she -> nearest earlier sentence with a compatible person (leftmost there); they/it -> nearest organisation. */
        Speaker resolvePronoun(String pronoun, String mention, int at) {
            int sentence = f.sentenceOf[at];
            if (pronoun.equals("he") || pronoun.equals("she")) {
                char want = pronoun.equals("he") ? 'M' : 'F';
                Mention best = null;
                best = ents.mentions.pick(want, at, sentence, best, false);
                best = speakerMentions.pick(want, at, sentence, best, false);
                if (best != null && best.person().gender == 0) {
                    // A person known to have the pronoun's gender, a little further back, beats one of unknown gender.
                    Mention known = ents.mentions.pick(want, at, sentence, null, true);
                    known = speakerMentions.pick(want, at, sentence, known, true);
                    if (known != null && best.sentence() - known.sentence() <= 3) best = known;
                }
                if (best != null) {
                    Person p = best.person();
                    double conf = f.sentenceOf[at] - best.sentence() <= 2 ? 0.8 : 0.65;
                    return new Speaker(p.name, mention, p.role, p, null, conf);
                }
                return new Speaker(null, mention, null, null, null, 0.4);
            }
            Mention org = null;
            int nearestOrg = ents.mentions.previousOrganisation(ents.mentions.countBefore(at));
            if (nearestOrg >= 0 && sentence - ents.mentions.get(nearestOrg).sentence() <= 3) {
                org = ents.mentions.get(nearestOrg);
            }
            if (org != null) {
                int e = org.token();
                while (e < ts.size() && ents.isOrg(e)) e++;
                String name = phrase(org.token(), Math.max(org.token() + 1, e));
                return new Speaker(name, mention, null, null, name, 0.6);
            }
            // An organisation that spoke recently (named, not a person: "Big Machine said ... They said").
            if (lastOrgSpeaker != null && sentence - lastOrgSentence <= 6) {
                return new Speaker(lastOrgSpeaker.name(), mention, lastOrgSpeaker.role(), null,
                        lastOrgSpeaker.orgText(), 0.55);
            }
            return new Speaker(null, mention, null, null, null, 0.4);
        }


        // ---------------------------------------------------------------- indirect speech

        /**
         * Indirect speech in a sentence without quote marks: "P, S said [tail]." / "P, said S." /
         * "P, according to S." (the attribution closes the sentence), "According to S, P.",
         * "[...] S said [to X] [that] P [, but ...]" (the subject opens the sentence or a clause),
         * and "..., saying/adding that P" (the participle shares the subject of the sentence).
         * Say-type cues only. At most two per sentence, in text order, not overlapping.
         */
        void indirectIn(int s, List<Quote> sink) {
            int s0 = f.sentenceStarts[s], s1 = f.sentenceStarts[s + 1];
            if (s1 - s0 < 6 || s1 - s0 > 150) return;
            for (int j = s0; j < s1; j++) if (f.word(j).kind == Kind.QUOTE || tok(j).isPunct('?')) return;
            int end = s1;
            while (end > s0 && tok(end - 1).kind() == Kind.PUNCT) end--;
            Quote trailing = indirectTrailing(s0, end);
            if (trailing != null) {
                sink.add(trailing);
                return;
            }
            int from = s0;
            for (int n = 0; n < 2 && from < end; n++) {
                int[] next = new int[1];
                Quote q = indirectLeading(s0, from, end, next);
                if (q == null) break;
                sink.add(q);
                from = next[0];
            }
        }

        /** "P, S said [tail]" / "P, said S [tail]" / "P, according to S": the last comma before the attribution. */
        private Quote indirectTrailing(int s0, int end) {
            int lowest = Math.max(s0 + 4, end - 30);
            for (int k = end - 2; k >= lowest; k--) {
                if (!tok(k).isPunct(',')) continue;
                int r = k + 1;
                Np np = null;
                int cueTok = -1, after = -1;
                String cue = cueAt(r);
                if ("according to".equals(cue)) {
                    np = subjectAfter(r + 1, end);
                    cueTok = r;
                    if (np != null) after = np.to();
                } else if (cue != null && strongIndirectCue(r)) {
                    np = subjectAfter(r, end); // ", said S"
                    cueTok = r;
                    if (np != null) after = np.to();
                } else {
                    for (int c = r + 1; c < end && c - r <= 20; c++) {
                        String cc = cueAt(c);
                        if (cc == null) continue;
                        if (cc.equals("according to") || !strongIndirectCue(c)) break;
                        Np cand = subjectBefore(c, r);
                        if (cand != null && cand.from() == r) {
                            np = cand;
                            cue = cc;
                            cueTok = c;
                            after = c + 1;
                        }
                        break;
                    }
                }
                if (np == null) continue;
                if (!attributionTail(after, end)) return null;
                int from = s0;
                while (from < k && !tok(from).isWord()) from++;
                if (k - from < 4 || !clauseLike(from, k)) return null;
                return indirectQuote(np, cue, cueTok, from, k);
            }
            return null;
        }

        /** What may follow a closing attribution: an appositive, time, place, channel or circumstance, no new clause. */
        private boolean attributionTail(int from, int end) {
            if (end - from > 30) return false;
            int j = from;
            while (j < end && !tok(j).isWord()) {
                if (tok(j).isPunct(';') || tok(j).isPunct(':')) return false;
                j++;
            }
            if (j >= end) return true;
            Token u = tok(j);
            String b = u.lower();
            // "..., the company said it would ..." opens a new reported clause: not a closing attribution.
            boolean appositive = j > from && tok(j - 1).isPunct(','); // ", said Ola Berg, the mediator"
            if (!u.capitalised() && (b.equals("that") || Lexicon.PRONOUNS.contains(b)
                    || Lexicon.DETERMINERS.contains(b) && !appositive || VERBISH.contains(b))) return false;
            for (int m = j; m < end; m++) if (tok(m).kind() == Kind.QUOTE || tok(m).isPunct(';')) return false;
            return true;
        }

        /** The first words of a reported clause: a subject-like word, and a verb-like word somewhere after it. */
        private boolean clauseLike(int from, int to) {
            return clauseLike(from, to, false);
        }

        /** @param afterThat the clause follows "that": any first word will do */
        private boolean clauseLike(int from, int to, boolean afterThat) {
            Token first = tok(from);
            if (!first.isWord()) return false;
            if (!afterThat && !(first.capitalised() || first.is(WordClass.DETERMINERS_LOWER) || first.is(WordClass.PRONOUNS_LOWER)
                    || Character.isDigit(first.text().charAt(0)) || first.is(WordClass.CLAUSE_OPENERS_LOWER))) return false;
            for (int j = from + 1; j < to; j++) {
                Token u = tok(j);
                if (!u.isWord() || u.capitalised()) continue;
                String b = u.lower();
                if (VERBISH.contains(b) || b.endsWith("ed") || b.endsWith("s") && !b.endsWith("ss") && j > from + 1
                        || b.equals("will") || b.equals("can")) return true;
            }
            return false;
        }

        /** A clause with a finite verb for sure (an auxiliary or a past form), for cues other than say/tell. */
        private boolean surelyClause(int from, int to) {
            Token first = tok(from);
            if (!first.isWord() || first.is(WordClass.CLAUSE_OPENERS_LOWER) || Character.isDigit(first.text().charAt(0))) return false;
            if (!(first.capitalised() || first.is(WordClass.DETERMINERS_LOWER) || first.is(WordClass.PRONOUNS_LOWER))) return false;
            for (int j = from + 1; j < to && j < from + 12; j++) {
                Token u = tok(j);
                if (!u.isWord() || u.capitalised()) continue;
                String b = u.lower();
                if (VERBISH.contains(b) || b.endsWith("ed") && j > from + 1 || b.equals("will") || b.equals("can")) return true;
            }
            return false;
        }

        /** Cues that take a noun phrase, not a clause ("called it", "described him as", "urged them to"). */
        private static final Set<String> NP_CUES = Lexicon.set("describe", "call", "accuse", "dismiss", "label",
                "brand", "term", "urge", "demand", "echo", "blast", "slam", "hail", "praise", "denounce", "condemn",
                "decry", "criticise", "criticize", "lambast", "lambaste", "tout");

        /** A say-type cue for speech without quote marks (not "called", "described", manner verbs). */
        private boolean strongIndirectCue(int c) {
            String cue = cueAt(c);
            if (cue == null || cue.equals("according to") || tok(c).lower().endsWith("ing")) return false;
            String lemma = tok(c).cueLemma();
            return lemma != null && !Lexicon.MANNER_CUES.contains(lemma) && !NP_CUES.contains(lemma);
        }

        private static final Set<String> SUBORDINATORS = Lexicon.set("after", "while", "when", "as", "because",
                "although", "though", "since", "before", "and", "but", "so", "once", "until", "if", "whereas");

        /**
         * "S said (that) P" / "According to S, P" / ", saying that P", looked for from token {@code from};
         * {@code next[0]} is set to where the content ends.
         */
        private Quote indirectLeading(int s0, int from, int end, int[] next) {
            int open = from;
            if (from == s0) {
                // An opening adverbial ("On Monday, ", "In a statement, ", "While X, ") before the subject.
                Token first = tok(s0);
                boolean opener = first.isWord() && (first.is(WordClass.PREPOSITIONS_LOWER)
                        || first.is(WordClass.WEEKDAYS_MONTHS_BASE) || first.is(WordClass.ADVERBS_LOWER)
                        || SUBORDINATORS.contains(first.lower()));
                for (int j = s0; opener && j < end && j < s0 + 16; j++) {
                    if (tok(j).isPunct(',')) {
                        open = j + 1;
                        break;
                    }
                }
            }
            for (int c = open; c < end && c < open + 40; c++) {
                String cue = cueAt(c);
                if (cue == null) continue;
                if (cue.equals("according to")) {
                    if (c != open) return null;
                    Np np = subjectAfter(c + 1, end);
                    int k = c + 2;
                    while (k < end && !tok(k).isPunct(',')) k++;
                    if (k >= end - 3 || !clauseLike(k + 1, end, true)) return null;
                    if (np == null) np = new Np(c + 1, k, null, List.of()); // "according to evidence presented at trial"
                    return indirectContent(np, cue, c, k + 1, end, true, next);
                }
                boolean participle = tok(c).lower().endsWith("ing");
                Np np;
                if (participle) {
                    // ", saying (that) P" / ", adding that P": the subject of the sentence speaks.
                    if (c == s0 || !tok(c - 1).isPunct(',')) continue;
                    String lemma = tok(c).cueLemma();
                    if (lemma == null || Lexicon.MANNER_CUES.contains(lemma) || NP_CUES.contains(lemma)) continue;
                    np = sentenceSubject(c);
                    if (np == null) continue;
                } else {
                    if (!strongIndirectCue(c)) continue;
                    np = subjectBefore(c, open);
                    if (np == null) continue;
                    // The subject opens the sentence or a clause ("This comes after police said ...").
                    boolean opensClause = np.from() == open || tok(np.from() - 1).isPunct(',')
                            || tok(np.from() - 1).isWord() && SUBORDINATORS.contains(tok(np.from() - 1).lower());
                    if (!opensClause) continue;
                }
                int k = c + 1;
                String lemma = tok(c).cueLemma();
                boolean that = false;
                // "told reporters", "told CNN on Monday", "said in a statement on Tuesday" before "that".
                for (int j = k; j < end && j < k + 10; j++) {
                    Token u = tok(j);
                    if (u.isWord() && u.lower().equals("that")) {
                        if (noVerbBetween(k, j)) {
                            k = j + 1;
                            that = true;
                        }
                        break;
                    }
                }
                if (!that) {
                    if ("tell".equals(lemma) || "inform".equals(lemma) || "assure".equals(lemma)
                            || "remind".equals(lemma) || "warn".equals(lemma)) {
                        // the listener: "told reporters", "told Polygraph.info", "told him"
                        while (k < end && k < c + 6 && tok(k).kind() == Kind.WORD && !tok(k).lower().equals("that")
                                && (tok(k).capitalised() || tok(k).is(WordClass.DETERMINERS_LOWER)
                                || tok(k).is(WordClass.MEDIA_LOWER) || tok(k).is(WordClass.AUDIENCES_LOWER)
                                || tok(k).lower().equals("him") || tok(k).lower().equals("her")
                                || tok(k).lower().equals("them") || tok(k).lower().equals("us")
                                || tok(k).lower().equals("me") || tok(k).is(WordClass.ROLES_BASE)
                                || tok(k).is(WordClass.PLURAL_ROLES_BASE))) k++;
                        if (k < end && tok(k).isPunct('.') ) k++;
                    }
                    k = skipTime(k, end);
                    if (k >= end || tok(k).isPunct(',')) continue; // "said, as ..." is not a clause
                    boolean sayTell = "say".equals(lemma) || "tell".equals(lemma);
                    if (!(sayTell ? clauseLike(k, end) : surelyClause(k, end))) continue;
                }
                if (k >= end - 3 || !clauseLike(k, end, that)) continue;
                return indirectContent(np, cue, c, k, end, that, next);
            }
            return null;
        }

        /** The reported clause from k: to the sentence end, or to ", but ..." / "; " / ", while ..." / "and [verb]". */
        private Quote indirectContent(Np np, String cue, int c, int k, int end, boolean that, int[] next) {
            int e = k + 1;
            for (; e < end; e++) {
                Token u = tok(e);
                if (u.isPunct(';') || u.isPunct('—') || u.isPunct('–')) break;
                // A full stop the sentence splitter took for an abbreviation ("on Tuesday. Officials said").
                if (u.isPunct('.') && e + 1 < end && tok(e + 1).capitalised() && tok(e - 1).isWord()
                        && !isAbbrevOrInitial(tok(e - 1)) && tok(e - 1).text().length() > 3) break;
                if (u.isPunct(',') && e + 1 < end && tok(e + 1).isWord()) {
                    String b = tok(e + 1).lower();
                    if (b.equals("but") || b.equals("while") || b.equals("although") || b.equals("though")
                            || b.equals("whereas") || b.equals("however") || tok(e + 1).lower().endsWith("ing")
                            && tok(e + 1).cueLemma() != null) break;
                }
                if (u.isWord() && u.lower().equals("and") && e + 1 < end && tok(e + 1).isWord()
                        && !tok(e + 1).capitalised() && (tok(e + 1).cueLemma() != null
                        || tok(e + 1).lower().endsWith("ed") && !tok(e - 1).lower().endsWith("ed"))) break;
            }
            next[0] = e;
            return indirectQuote(np, cue, c, k, e);
        }

        private boolean noVerbBetween(int from, int to) {
            for (int j = from; j < to; j++) {
                Token u = tok(j);
                if (u.kind() == Kind.QUOTE || u.isPunct(';')) return false;
                if (u.isWord() && !u.capitalised() && (VERBISH.contains(u.lower()) || cueAt(j) != null)) return false;
            }
            return true;
        }

        private Quote indirectQuote(Np np, String cue, int c, int contentFrom, int contentTo) {
            while (contentTo > contentFrom && tok(contentTo - 1).kind() == Kind.PUNCT) contentTo--;
            if (contentTo - contentFrom < 4) return null;
            Speaker sp = resolve(np, c);
            int start = tok(contentFrom).start(), e = tok(contentTo - 1).end();
            if (sp.person() != null) addSpeakerMention(c, sp.person());
            noteOrgSpeaker(c, sp);
            return new Quote(articleId, f.text.substring(start, e), sp.name(), sp.mention(), sp.role(), cue,
                    channelIn(c, Math.min(ts.size(), c + 12)), QuoteKind.INDIRECT, tok(contentFrom).para(), start, e,
                    round(Math.min(0.6, sp.confidence())));
        }

        int skipTime(int k, int hi) {
            while (k < hi && tok(k).isWord()) {
                String b = tok(k).lower();
                if (Lexicon.WEEKDAYS_MONTHS.contains(b) || (b.equals("on") || b.equals("in")) && k + 1 < hi
                        && tok(k + 1).is(WordClass.WEEKDAYS_MONTHS_LOWER) || b.equals("last")
                        || b.equals("week") || b.equals("recently") || b.equals("earlier") || b.equals("later")
                        || b.equals("also") || b.equals("previously") || b.equals("this") || b.equals("next")
                        || Lexicon.TIME_WORDS.contains(b)) {
                    k++;
                    continue;
                }
                break;
            }
            return k;
        }
    }
}
