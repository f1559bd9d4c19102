package news.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import news.quotes.Entities.Person;
import news.quotes.Frame.Kind;
import news.quotes.Frame.Token;

/**
 * Attribution, stage 1: the article as the later stages see it (tokens with each quote as one
 * opaque token, sentences, the people and organisations named) and the cues: speech verbs of
 * {@link Lexicon#CUE_FORMS} and "according to". The stages are a chain of classes, each adding
 * one step of the pipeline: {@link SpeakerPhrases} (the subject phrase at a cue),
 * {@link SpeakerResolver} (who a phrase names), {@link IndirectSpeech} (speech without marks) and
 * {@code QuoteExtractor.Run} (which attribution a quote takes).
 */
abstract class CueFinder {
    static final Set<String> NOUNY_CUES = Lexicon.set("post", "call", "report", "note", "comment", "point", "answer",
            "state", "demand", "promise", "tweet", "reply", "claim", "estimate", "echo", "joke", "brand", "term",
            "label", "cry", "snap", "continue", "counter", "remark", "stress", "pledge", "vow", "plead", "quip",
            "muse", "repeat", "observe", "question", "dismiss", "describe", "object", "protest", "laugh", "sigh",
            "groan", "rave", "rant", "sob", "bark", "hiss", "gasp", "murmur", "scream", "fume", "crow", "thunder",
            "chime", "huff", "smirk", "rasp", "giggle", "chuckle", "sneer", "growl", "gush", "reveal", "disclose",
            "blast", "slam", "hail", "praise", "tout", "share", "advise", "recommend");
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
    record Np(int from, int to, String role, List<Token> roleTokens, int appositivePerson) {
        Np(int from, int to, String role, List<Token> roleTokens) {
            this(from, to, role, roleTokens, -1);
        }
    }

    record Attr(Np np, String cue, int cueToken, boolean adjacent, String channel, String via) {}

    record Speaker(String name, String mention, String role, Person person, String orgText,
                           double confidence) {}

    final String articleId;
    final Frame f;
    final List<Token> ts;
    final Entities ents;

    CueFinder(String articleId, Frame f) {
        this.articleId = articleId;
        this.f = f;
        this.ts = f.tokens;
        this.ents = new Entities(f);
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
        Word t = f.word(k);
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

    boolean prevIsSubjectLike(int k) {
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

    static String stripDet(String s) {
        return s.startsWith("the ") ? s.substring(4) : s;
    }

    static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

}
