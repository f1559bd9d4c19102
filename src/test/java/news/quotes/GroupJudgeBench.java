package news.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import news.app.Corpus;
import news.app.Problems;
import news.clean.TextCleaner;
import news.eval.KeptAside;
import news.load.TextDecoder;
import news.output.Json;

/**
 * Grouping on real cross-outlet coverage, for judging by hand: the aeb article bodies, the wcxb-dev
 * article pages (not the kept-aside fifth) and the seed corpus, read from ../shared (or
 * {@code -Dnews.shared}); prints the same-story sets it finds, then every group {@code news quotes
 * --group} forms over the whole pool with its members (speaker, statement, article, score) and,
 * when the judgements in {@code src/test/resources/quotes-groups/judged.tsv} cover them, the
 * verdicts, the precision and the score calibration ({@link GroupJudgements}).
 *
 * <p>Same-story sets: articles whose capitalised words (names, mostly), weighted by IDF over the
 * pool, have a cosine of at least {@link #SAME_STORY} are linked; a set is a connected component
 * of two or more articles. The sets are printed to find coverage and misses; the groups are judged
 * over the whole pool, as the command sees a corpus, so a statement joined across two unrelated
 * stories counts as wrong.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat cp.txt) news.quotes.GroupJudgeBench [--sets] [--per-set] [--quotes] [--pairs] [--unjudged]</pre>
 */
public final class GroupJudgeBench {
    static final double SAME_STORY = 0.3;
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{L}{2,}\\b");

    /** One article of the pool: id ("aeb:…", "wcxb:…", "seed:…"), its url or file, its body. */
    record Doc(String id, String source, String body) {}

    private GroupJudgeBench() {}

    static Path shared() {
        return RealQuotesEval.bench().getParent();
    }

    static boolean available() {
        return RealQuotesEval.available(RealQuotesEval.bench()) && Files.isDirectory(shared().resolve("corpus"));
    }

    /** The pool's articles: aeb bodies, wcxb-dev articles outside the kept-aside fifth, the seeds. */
    static List<Doc> docs() throws IOException {
        List<Doc> out = new ArrayList<>();
        Path bench = RealQuotesEval.bench();
        JsonNode aeb = Json.MAPPER.readTree(bench.resolve("aeb/ground-truth.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = aeb.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String body = e.getValue().path("articleBody").asText("");
            if (!body.isBlank()) out.add(new Doc("aeb:" + e.getKey().substring(0, 12), e.getValue().path("url").asText(""),
                    TextDecoder.normalise(body)));
        }
        JsonNode wcxb = Json.MAPPER.readTree(bench.resolve("wcxb-dev/ground-truth.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = wcxb.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!"article".equals(e.getValue().path("page_type").asText()) || KeptAside.isKeptAside(e.getKey())) continue;
            String body = e.getValue().path("articleBody").asText("");
            if (!body.isBlank()) out.add(new Doc("wcxb:" + e.getKey(), e.getValue().path("url").asText(""),
                    TextDecoder.normalise(body)));
        }
        try (var files = Files.list(shared().resolve("corpus"))) {
            for (Path f : files.sorted().toList()) {
                if (!f.getFileName().toString().endsWith(".txt")) continue;
                out.add(new Doc("seed:" + f.getFileName().toString().substring(0, 3), f.toString(),
                        TextDecoder.normalise(Files.readString(f))));
            }
        }
        return out;
    }

    /** Quotes of every doc, with the doc's id as article id; the seeds through the corpus loader as the CLI reads them. */
    static List<Quote> quotes(List<Doc> docs) {
        QuoteExtractor extractor = new QuoteExtractor();
        List<Quote> all = new ArrayList<>();
        for (Doc d : docs) {
            if (d.id().startsWith("seed:")) continue;
            all.addAll(RealQuotesEval.extractInBody(d.id(), d.body(), extractor));
        }
        List<Quote> seeds = new ArrayList<>();
        Corpus.open(List.of(shared().resolve("corpus").toString()), Problems.silent()).forEachArticle(new TextCleaner(), a -> {
            String id = "seed:" + Path.of(a.id()).getFileName().toString().substring(0, 3);
            for (Quote q : extractor.extract(a)) seeds.add(withArticle(q, id));
        });
        seeds.sort(java.util.Comparator.comparing(Quote::articleId)); // loader order is not fixed across threads
        all.addAll(seeds);
        return all.stream().filter(q -> q.kind() != QuoteKind.SCARE).toList();
    }

    static Quote withArticle(Quote q, String id) {
        return new Quote(id, q.quote(), q.speaker(), q.speakerMention(), q.speakerRole(), q.cue(), q.channel(), q.kind(),
                q.paragraph(), q.start(), q.end(), q.confidence());
    }

    /** Same-story sets: connected components of the IDF-weighted capitalised-word cosine graph. */
    static List<List<String>> sameStorySets(List<Doc> docs) {
        int n = docs.size();
        List<Map<String, Integer>> tf = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (Doc d : docs) {
            Map<String, Integer> c = new HashMap<>();
            Matcher m = CAPITALISED.matcher(d.body());
            while (m.find()) c.merge(m.group(), 1, Integer::sum);
            tf.add(c);
            for (String w : c.keySet()) df.merge(w, 1, Integer::sum);
        }
        List<Map<String, Double>> vec = new ArrayList<>();
        for (Map<String, Integer> c : tf) {
            Map<String, Double> v = new HashMap<>();
            double norm = 0;
            for (Map.Entry<String, Integer> e : c.entrySet()) {
                int f = df.get(e.getKey());
                if (f < 2 || f > n * 0.05) continue; // a word of one article links nothing; a common one links everything
                double w = (1 + Math.log(e.getValue())) * Math.log((double) n / f);
                v.put(e.getKey(), w);
                norm += w * w;
            }
            double len = Math.sqrt(norm);
            v.replaceAll((k, w) -> w / len);
            vec.add(v);
        }
        Map<String, List<Integer>> postings = new HashMap<>();
        for (int i = 0; i < n; i++) for (String w : vec.get(i).keySet()) postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int i = 0; i < n; i++) {
            Map<Integer, Double> dot = new HashMap<>();
            for (Map.Entry<String, Double> e : vec.get(i).entrySet()) {
                for (int j : postings.get(e.getKey())) if (j > i) dot.merge(j, e.getValue() * vec.get(j).get(e.getKey()), Double::sum);
            }
            for (Map.Entry<Integer, Double> e : dot.entrySet()) if (e.getValue() >= SAME_STORY) union(parent, i, e.getKey());
        }
        Map<Integer, List<String>> comps = new TreeMap<>();
        for (int i = 0; i < n; i++) comps.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(docs.get(i).id());
        return comps.values().stream().filter(c -> c.size() >= 2).toList();
    }

    private static int find(int[] p, int x) {
        while (p[x] != x) x = p[x] = p[p[x]];
        return x;
    }

    private static void union(int[] p, int a, int b) {
        int ra = find(p, a), rb = find(p, b);
        if (ra != rb) p[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /**
     * Every pair of statements from two articles of one same-story set sharing two content words or
     * more: the score it would have as a member, whether the grouper accepts the pair (peer or
     * contained), the two speakers and statements; to judge candidates the grouper rejects too.
     */
    static void pairs(List<Quote> quotes, List<List<String>> sets) {
        Map<String, Integer> setOf = new HashMap<>();
        for (int i = 0; i < sets.size(); i++) for (String id : sets.get(i)) setOf.put(id, i);
        List<QuoteGrouper.Unit> units = QuoteGrouper.units(quotes);
        List<String> out = new ArrayList<>();
        for (QuoteGrouper.Unit a : units) {
            for (QuoteGrouper.Unit b : units) {
                String x = a.quote().articleId(), y = b.quote().articleId();
                if (x.compareTo(y) >= 0 || !setOf.containsKey(x) || !setOf.get(x).equals(setOf.get(y))) continue;
                int shared = QuoteGrouper.sharedContent(a, b);
                if (shared < QuoteGrouper.MIN_CONTENT) continue;
                double score = QuoteGrouper.memberScore(QuoteGrouper.matchShare(a, b), shared, b.quote(), a.quote().speaker());
                out.add(String.format(Locale.ROOT, "pair %.2f %-6s %s | %s | %s%n     %s | %s | %s", score,
                        QuoteGrouper.compare(a, b) != null ? "joined" : "apart", x, a.quote().speaker(), a.text(),
                        y, b.quote().speaker(), b.text()));
            }
        }
        out.sort(java.util.Comparator.reverseOrder());
        out.forEach(System.out::println);
    }

    /**
     * Grouping run on each same-story set alone (a small corpus: no corpus-common words), with the
     * verdicts of its groups; the groups of all sets, judged, give a second precision figure.
     */
    static void perSet(List<Quote> quotes, List<List<String>> sets, GroupJudgements judged) {
        int right = 0, wrong = 0, unjudged = 0;
        for (List<String> set : sets) {
            Set<String> ids = new LinkedHashSet<>(set);
            List<QuoteGrouper.Group> groups = QuoteGrouper.group(quotes.stream().filter(q -> ids.contains(q.articleId())).toList(), 2);
            if (groups.isEmpty()) continue;
            System.out.println("set " + set + ": " + groups.size() + " groups");
            for (QuoteGrouper.Group g : groups) {
                GroupJudgements.Verdict v = judged.verdict(g);
                switch (v.kind()) {
                    case RIGHT -> right++;
                    case WRONG -> wrong++;
                    case UNJUDGED -> unjudged++;
                }
                System.out.printf(Locale.ROOT, "  [%s] %s | %s | %s%n", v, g.speaker(), g.quote(), g.articleIds());
            }
        }
        System.out.printf(Locale.ROOT, "per set: %d groups, right %d, wrong %d, unjudged %d%n", right + wrong + unjudged, right, wrong, unjudged);
    }

    public static void main(String[] args) throws IOException {
        if (!available()) {
            System.out.println("benchmark data absent (../shared/bench, ../shared/corpus): nothing to do");
            return;
        }
        Set<String> flags = new LinkedHashSet<>(List.of(args));
        List<Doc> docs = docs();
        Map<String, Doc> byId = new LinkedHashMap<>();
        for (Doc d : docs) byId.put(d.id(), d);
        List<Quote> quotes = quotes(docs);
        if (flags.contains("--sets")) {
            List<List<String>> sets = sameStorySets(docs);
            System.out.printf(Locale.ROOT, "%d same-story sets (cosine >= %.2f) over %d articles%n", sets.size(), SAME_STORY, docs.size());
            for (List<String> s : sets) {
                System.out.println("set");
                for (String id : s) System.out.println("  " + id + "  " + byId.get(id).source());
            }
        }
        if (flags.contains("--quotes")) { // every quote grouped, to look for misses: article, kind, speaker, quote
            for (Quote q : quotes) System.out.println("quote\t" + q.articleId() + "\t" + q.kind().label() + "\t" + q.speaker() + "\t" + q.quote().replace('\n', ' '));
        }
        if (flags.contains("--pairs")) pairs(quotes, sameStorySets(docs));
        if (flags.contains("--per-set")) perSet(quotes, sameStorySets(docs), GroupJudgements.load(GroupJudgements.DEFAULT));
        List<QuoteGrouper.Group> groups = QuoteGrouper.group(quotes, 2);
        GroupJudgements judged = GroupJudgements.load(GroupJudgements.DEFAULT);
        boolean onlyUnjudged = flags.contains("--unjudged");
        System.out.printf(Locale.ROOT, "%d articles, %d quotes, %d groups%n", docs.size(), quotes.size(), groups.size());
        for (QuoteGrouper.Group g : groups) {
            GroupJudgements.Verdict v = judged.verdict(g);
            if (onlyUnjudged && v.kind() != GroupJudgements.Kind.UNJUDGED) continue;
            System.out.printf(Locale.ROOT, "group %d [%s] %s | %s%n", g.groupId(), v, g.speaker(), g.quote());
            for (QuoteGrouper.Member m : g.members()) {
                System.out.printf(Locale.ROOT, "  %-28s %.2f %-9s %-20s %-28s %s%n", judged.statementIds(m).map(ids -> String.join(",", ids)).orElse("?"), m.score(),
                        m.relation(), m.articleId(), m.speaker(), GroupJudgements.key(m.statement()));
            }
        }
        judged.report(groups, System.out);
    }
}
