package news.app;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import news.clean.TextCleaner;
import news.model.Article;
import news.output.OutputFormat;
import news.output.RecordWriter;
import news.quotes.Names;
import news.quotes.Quote;
import news.quotes.QuoteExtractor;
import news.quotes.QuoteGrouper;
import news.quotes.QuoteKind;

/** `news quotes`: attributed statements per article, or (--group) the same statement across articles. */
public final class QuotesService {
    public static final List<String> COLUMNS = List.of("article_id", "quote", "speaker", "speaker_mention",
            "speaker_role", "cue", "channel", "kind", "paragraph", "start", "end", "confidence");
    public static final List<String> TABLE_COLUMNS = List.of("article_id", "paragraph", "kind", "speaker", "cue",
            "quote");
    public static final List<String> GROUP_COLUMNS = List.of("group_id", "speaker", "articles", "quote", "members");

    private QuotesService() {}

    /**
     * @param speaker   keep quotes whose speaker (or mention) is this name or a variant of it; null keeps all
     * @param kinds     keep these kinds; empty keeps direct, partial and (with indirect) indirect — not scare
     * @param minWords  keep quotes of at least this many words
     * @param indirect  also extract indirect speech
     * @param group     output groups of the same statement across articles instead of quotes
     * @param threads   worker threads for extraction
     */
    public record Options(OutputFormat format, String speaker, Set<QuoteKind> kinds, int minWords, boolean indirect,
                          boolean group, int threads) {
        public Options {
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
            if (minWords < 0) throw new IllegalArgumentException("--min-words must be >= 0");
            if (threads < 1) threads = 1;
        }
    }

    public static int run(List<String> inputs, Options o, OutputStream out, Problems problems) throws IOException {
        Corpus corpus = Corpus.open(inputs, news.load.Loader.standard(), problems, o.threads());
        QuoteExtractor extractor = new QuoteExtractor(o.indirect());
        if (o.group()) {
            List<Quote> all = new ArrayList<>();
            forEachArticleQuotes(corpus, extractor, qs -> {
                for (Quote q : qs) if (keep(q, o)) all.add(q);
            });
            RecordWriter w = new RecordWriter(out, o.format(), GROUP_COLUMNS);
            for (QuoteGrouper.Group g : QuoteGrouper.group(all, 2)) w.write(groupRow(g, o.format()));
            w.finish();
            return problems.exitCode();
        }
        RecordWriter w = new RecordWriter(out, o.format(), o.format() == OutputFormat.TABLE ? TABLE_COLUMNS : COLUMNS);
        forEachArticleQuotes(corpus, extractor, qs -> {
            for (Quote q : qs) if (keep(q, o)) w.write(row(q));
        });
        w.finish();
        return problems.exitCode();
    }

    /** Quotes of every article in input order; cleaning and extraction share one worker task. */
    static void forEachArticleQuotes(Corpus corpus, QuoteExtractor extractor,
                                     java.util.function.Consumer<List<Quote>> sink) {
        corpus.mapArticles(new TextCleaner(), extractor::extract, sink);
    }

    public static boolean keep(Quote q, Options o) {
        if (o.kinds().isEmpty()) {
            if (q.kind() == QuoteKind.SCARE) return false;
        } else if (!o.kinds().contains(q.kind())) {
            return false;
        }
        if (q.words() < o.minWords()) return false;
        return o.speaker() == null || speakerMatches(q, o.speaker());
    }

    /** The speaker is NAME or a spelling variant of it (surname alone matches the full name). */
    public static boolean speakerMatches(Quote q, String name) {
        String n = name.strip();
        if (n.isEmpty()) return true;
        for (String s : new String[] {q.speaker(), q.speakerMention()}) {
            if (s == null) continue;
            if (s.equalsIgnoreCase(n)) return true;
            // Names match by variant; a description ("an adviser to X") is not X.
            if (QuoteGrouper.isName(s) && Names.sameSpeaker(s, n)) return true;
        }
        return false;
    }

    public static Map<String, Object> row(Quote q) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article_id", q.articleId());
        m.put("quote", q.quote());
        m.put("speaker", q.speaker());
        m.put("speaker_mention", q.speakerMention());
        m.put("speaker_role", q.speakerRole());
        m.put("cue", q.cue());
        m.put("channel", q.channel());
        m.put("kind", q.kind().label());
        m.put("paragraph", q.paragraph());
        m.put("start", q.start());
        m.put("end", q.end());
        m.put("confidence", q.confidence());
        return m;
    }

    static Map<String, Object> groupRow(QuoteGrouper.Group g, OutputFormat format) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("group_id", g.groupId());
        m.put("speaker", g.speaker());
        m.put("articles", g.articleIds().size());
        m.put("quote", g.quote());
        if (format == OutputFormat.TABLE || format == OutputFormat.CSV) {
            List<String> brief = new ArrayList<>();
            for (QuoteGrouper.Member mem : g.members()) brief.add(mem.articleId() + ":" + mem.relation());
            m.put("members", brief);
        } else {
            List<Map<String, Object>> members = new ArrayList<>();
            for (QuoteGrouper.Member mem : g.members()) {
                Map<String, Object> mm = new LinkedHashMap<>();
                mm.put("article_id", mem.articleId());
                mm.put("quote", mem.quote());
                mm.put("statement", mem.statement());
                mm.put("speaker", mem.speaker());
                mm.put("relation", mem.relation());
                mm.put("score", mem.score());
                mm.put("start", mem.start());
                mm.put("end", mem.end());
                members.add(mm);
            }
            m.put("members", members);
        }
        return m;
    }
}
