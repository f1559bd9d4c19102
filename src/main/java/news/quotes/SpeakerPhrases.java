package news.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import news.quotes.Frame.Kind;
import news.quotes.Frame.Token;

/**
 * Attribution, stage 2: the speaker phrase at a cue — the subject before it ("the Ukrainian
 * leader said", skipping adverbs, time phrases, appositives and parentheses), after it ("said
 * Ola Berg, the mediator", "according to S"), the subject of the sentence, and the channel
 * ("told CNN", "in a Telegram post").
 */
abstract class SpeakerPhrases extends CueFinder {
    /** Nouns that end like adverbs ("the family said"). */
    static final Set<String> LY_NOUNS = Lexicon.set("family", "assembly", "monopoly", "anomaly", "butterfly",
            "supply", "rally", "ally", "belly", "bully", "jelly", "italy", "homily", "melancholy");

    /** Longest subject phrase, in tokens. */
    static final int MAX_NP = 14;

    SpeakerPhrases(String articleId, Frame f) {
        super(articleId, f);
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
            if (!u.capitalised() && (b.equals("to") || b.equals("with")) && j - 2 >= lo && tok(j - 1).isWord()
                    && (tok(j - 1).lower().equals("close") || tok(j - 1).lower().equals("familiar"))
                    && (isRoleOrOrg(tok(j - 2)) || tok(j - 2).is(WordClass.PLURAL_ROLES_BASE)
                    || tok(j - 2).lower().equals("person"))) {
                start = j - 2; // "a source close to the family", "people familiar with the matter"
                j -= 3;
                continue;
            }
            if (!u.capitalised() && (b.equals("inside") || b.equals("within") || b.equals("near")) && j - 1 >= lo
                    && isRoleOrOrg(tok(j - 1))) {
                start = j; // "a source inside the camp"
                j--;
                continue;
            }
            if (!u.capitalised() && NP_PREPOSITIONS.contains(b) && j - 1 >= lo && (isRoleOrOrg(tok(j - 1))
                    || b.equals("of") && ents.isPerson(j - 1) && j + 1 < end && tok(j + 1).capitalised())) {
                // "the leader of the group", "Gov. Eric Holcomb of Indiana"
                start = j; // "an adviser to President X", "the leader of the group"
                j--;
                continue;
            }
            if (!u.capitalised() && b.equals("and") && j - 1 >= lo && j + 1 < end && tok(j - 1).capitalised()
                    && tok(j + 1).capitalised() && !ents.isPerson(j - 1) && !ents.isPerson(j + 1)
                    && !tok(j - 1).possessive()) {
                start = j; // "the Department of Health and Human Services": one name
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
                        || tok(j - 1).lower().equals("to") || tok(j - 1).lower().equals("for")
                        || j - 2 >= lo && isRoleOrOrg(tok(j - 2)) && (tok(j - 1).lower().equals("inside")
                        || tok(j - 1).lower().equals("within") || tok(j - 1).lower().equals("near")))) {
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
    boolean partyAndState(int from, int to) {
        if (to - from < 1 || to - from > 3) return false;
        String w = tok(from).text();
        if (w.length() < 3 || "DRI".indexOf(w.charAt(0)) < 0 || w.charAt(1) != '-' || !Character.isUpperCase(w.charAt(2))) return false;
        for (int j = from + 1; j < to; j++) if (!tok(j).isPunct('.')) return false;
        return true;
    }

    int lastPersonOffset(int from, int to) {
        int last = 0;
        for (int j = from; j < to; j++) if (ents.isPerson(j)) last = j - from;
        return last;
    }

    boolean isRoleOrOrg(Token t) {
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
            if (!t.capitalised() && b.length() > 5 && b.endsWith("ly") && !LY_NOUNS.contains(b)) {
                k--; // "Beijing officials ultimately admitted"
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

    /**
     * Whether the phrase after cue c is its object, not an inverted subject: the listener of
     * "tell"-type verbs ("..., telling Cook, ...") and whatever follows a participle.
     */
    boolean objectFollows(int c) {
        Word w = f.word(c);
        String lemma = w.cueLemma();
        return w.lower.endsWith("ing") || LISTENER_CUES.contains(lemma);
    }

    /** Cues whose object is the listener ("told Cook", "assured reporters"). */
    static final Set<String> LISTENER_CUES = Lexicon.set("tell", "inform", "assure", "remind");

    /**
     * “Q,” Benioff weighed in, telling Cook ...: the person right after the quote is the subject of
     * the participle's clause ([q+1, c) holds a person name first, then no other name or quote).
     */
    Np clauseSubjectAfterQuote(int q, int c) {
        int r = q + 1;
        if (r < c && tok(r).isPunct(',')) r++;
        if (r >= c || !ents.isPerson(r)) return null;
        int e = r;
        while (e < c && ents.isPerson(e) && ents.personAt(e) == ents.personAt(r)) e++;
        for (int j = e; j < c - 1; j++) {
            Token u = tok(j);
            if (u.kind() == Kind.QUOTE || ents.isPerson(j) || u.isPunct('.') || u.isPunct(';')) return null;
        }
        return e < c - 1 ? new Np(r, e, null, List.of()) : null;
    }

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

    boolean isMediaPhrase(int s, int e) {
        for (int j = s; j < e; j++) {
            if (tok(j).is(WordClass.MEDIA_BASE)) return true;
        }
        return false;
    }

    String phrase(int s, int e) {
        return f.text.substring(tok(s).start(), tok(e - 1).end());
    }

    /** Where a subject phrase ends before its verb: "Big Machine Records [released a statement]", "The US [welcomed ...]". */
    int nounPhraseEnd(Np np) {
        for (int j = np.from() + 1; j < np.to(); j++) {
            Token u = tok(j);
            if (!u.isWord() || u.capitalised()) continue;
            String b = u.lower();
            if (!(Lexicon.DETERMINERS.contains(b) || b.equals("of") || b.equals("and") || b.equals("for")
                    || u.is(WordClass.ROLES_BASE) || u.is(WordClass.ORG_HEADS_BASE) || u.is(WordClass.PLURAL_ROLES_BASE))) {
                return j;
            }
        }
        return np.to();
    }

    boolean hasPersonOrName(Np np) {
        for (int j = np.from(); j < np.to(); j++) if (tok(j).capitalised()) return true;
        return false;
    }

}
