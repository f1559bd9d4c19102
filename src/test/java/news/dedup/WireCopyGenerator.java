package news.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Labelled dedup benchmark: wire-style copies of real article bodies, the way one agency story
 * reappears on many sites, plus same-topic distractors that share text with originals but are
 * other stories. Each copy takes a random mix of: a changed byline, dateline and credits, a
 * rewritten lead, truncation at a paragraph, dropped, added or reordered paragraphs, local word
 * edits, re-wrapped lines, quote-style changes, site boilerplate. Distractors splice paragraphs
 * of two or three originals sharing the most keywords, never more than half of any one source.
 * Labels: an original and its copies share a label; every distractor is its own story.
 */
public final class WireCopyGenerator {
    /** ../shared beside the checkout (CI, /work/main), or two levels up from a worktree. */
    public static final Path GROUND_TRUTH = findShared().resolve(Path.of("bench", "aeb", "ground-truth.json"));

    static Path findShared() {
        for (Path p : List.of(Path.of("..", "shared"), Path.of("..", "..", "shared"))) {
            if (Files.isDirectory(p)) return p;
        }
        return Path.of("..", "shared");
    }

    /**
     * One generated article.
     *
     * @param doc   the article as dedup sees it
     * @param label story label (originals and their copies share one)
     * @param kind  original, copy, exact, distractor
     */
    public record Item(DedupDoc doc, int label, String kind) {
    }

    private static final String[] SITES = {"wire.example", "dailyherald.example", "metro-news.example",
            "globe.example", "courier.example", "tribune.example", "ledger.example", "observer.example",
            "sentinel.example", "gazette.example", "post.example", "chronicle.example"};
    private static final String[] NAMES = {"Maria Lopez", "John Carter", "Aisha Khan", "Tom Becker", "Yuki Sato",
            "Peter Novak", "Lena Hoffmann", "David Okafor", "Sara Lind", "Marco Rossi"};
    private static final String[] CITIES = {"LONDON", "WASHINGTON", "PARIS", "KYIV", "NEW YORK", "BERLIN",
            "TOKYO", "NAIROBI", "SYDNEY", "MADRID"};
    private static final String[] AGENCIES = {"AP", "Reuters", "AFP", "dpa"};
    private static final String[] FILLERS = {"officials said on Tuesday", "according to people familiar with the matter",
            "in a move that surprised observers", "the latest in a series of developments",
            "as pressure mounted this week", "in remarks reported late on Monday"};
    private static final String[][] VARIANTS = {{"said", "says"}, {"percent", "per cent"}, {"U.S.", "US"},
            {"Monday", "Tuesday"}, {"million", "mln"}, {"about", "around"}, {"however", "but"}, {"also", "as well"},
            {"could", "might"}, {"people", "persons"}, {"week", "weekend"}, {"government", "administration"}};

    private WireCopyGenerator() {}

    /** Article bodies of the shared benchmark, or an empty list when it is absent. */
    public static List<String> realBodies(Path groundTruth) throws IOException {
        if (!Files.isRegularFile(groundTruth)) return List.of();
        JsonNode root = new ObjectMapper().readTree(groundTruth.toFile());
        List<String> ids = new ArrayList<>();
        root.fieldNames().forEachRemaining(ids::add);
        Collections.sort(ids);
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            String body = root.get(id).path("articleBody").asText("");
            if (paragraphs(body).size() >= 2 && Tokens.of(body).size() >= 60) out.add(body);
        }
        return out;
    }

    static List<String> paragraphs(String body) {
        List<String> out = new ArrayList<>();
        for (String line : body.split("\n")) if (!line.isBlank()) out.add(line.strip());
        return out;
    }

    /**
     * About {@code target} articles from {@code bodies}: every body as an original, copies
     * (0..2·k per original) and distractors (a quarter of the total), shuffled by {@code seed}.
     */
    public static List<Item> generate(List<String> bodies, int target, long seed) {
        Random r = new Random(seed);
        int distractors = target / 4;
        int copiesTotal = Math.max(0, target - distractors - bodies.size());
        double meanCopies = bodies.isEmpty() ? 0 : copiesTotal / (double) bodies.size();
        List<List<String>> paras = new ArrayList<>();
        for (String b : bodies) paras.add(paragraphs(b));
        List<Item> items = new ArrayList<>();
        LocalDateTime base = LocalDateTime.of(2023, 3, 1, 6, 0);
        for (int o = 0; o < bodies.size(); o++) {
            LocalDateTime when = base.plusHours(7L * o);
            String site = SITES[r.nextInt(SITES.length)];
            items.add(new Item(new DedupDoc("orig-" + o, site, when.toString(), String.join("\n\n", paras.get(o))), o, "original"));
            int copies = (int) Math.round(r.nextDouble() * 2 * meanCopies);
            for (int c = 0; c < copies; c++) {
                String copySite = SITES[r.nextInt(SITES.length)];
                String published = r.nextDouble() < 0.2 ? null : when.plusMinutes(10 + r.nextInt(3000)).toString();
                boolean exact = r.nextDouble() < 0.1;
                String text = exact ? restyle(String.join("\n\n", paras.get(o)), r) : copy(paras.get(o), copySite, r, paras);
                items.add(new Item(new DedupDoc("copy-" + o + "-" + c, copySite, published, text), o,
                        exact ? "exact" : "copy"));
            }
        }
        List<Set<String>> keywords = new ArrayList<>();
        for (String b : bodies) keywords.add(keywords(b));
        Set<String> usedPairs = new HashSet<>();
        for (int d = 0; d < distractors && bodies.size() >= 3; d++) {
            int a = r.nextInt(bodies.size());
            int b = mostSimilar(a, keywords, r, -1);
            if (!usedPairs.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                b = r.nextInt(bodies.size());
                if (b == a || !usedPairs.add(Math.min(a, b) + "-" + Math.max(a, b))) continue;
            }
            int c = r.nextBoolean() ? mostSimilar(a, keywords, r, b) : -1;
            String text = splice(r, paras.get(a), paras.get(b), c < 0 ? null : paras.get(c));
            items.add(new Item(new DedupDoc("distractor-" + d, SITES[r.nextInt(SITES.length)],
                    base.plusHours(r.nextInt(3000)).toString(), text), 1_000_000 + d, "distractor"));
        }
        Collections.shuffle(items, r);
        return items;
    }

    private static String restyle(String text, Random r) {
        String t = text.replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'');
        if (r.nextBoolean()) t = t.replace("  ", " ").replace("\n\n", "\n \n");
        return t.toUpperCase(Locale.ROOT).equals(t) ? t : (r.nextBoolean() ? t : t.replace(". ", ".  "));
    }

    static String copy(List<String> original, String site, Random r, List<List<String>> all) {
        List<String> p = new ArrayList<>(original);
        if (r.nextDouble() < 0.35 && p.size() >= 3) { // truncation at a paragraph
            int keep = Math.max(2, (int) Math.ceil(p.size() * (0.5 + 0.4 * r.nextDouble())));
            p = new ArrayList<>(p.subList(0, Math.min(p.size(), keep)));
        }
        if (r.nextDouble() < 0.3 && p.size() >= 5) { // dropped paragraphs
            int drops = 1 + r.nextInt(2);
            for (int k = 0; k < drops && p.size() > 3; k++) p.remove(1 + r.nextInt(p.size() - 1));
        }
        if (r.nextDouble() < 0.25 && p.size() >= 3) { // reordered paragraphs
            int i = 1 + r.nextInt(p.size() - 2);
            Collections.swap(p, i, i + 1);
        }
        if (r.nextDouble() < 0.25) { // an added paragraph: the site's context or an editor's note
            String note = r.nextBoolean()
                    ? "Editor's note: this story has been updated with additional reporting from " + CITIES[r.nextInt(CITIES.length)] + "."
                    : "Read more: " + firstWords(all.get(r.nextInt(all.size())).get(0), 12) + "…";
            p.add(1 + r.nextInt(p.size()), note);
        }
        if (r.nextDouble() < 0.4) p.set(0, rewriteLead(p.get(0), r));
        if (r.nextDouble() < 0.6) { // local word edits
            for (int i = 0; i < p.size(); i++) p.set(i, wordEdits(p.get(i), r, 0.015));
        }
        if (r.nextDouble() < 0.5) { // dateline
            p.set(0, CITIES[r.nextInt(CITIES.length)] + " (" + AGENCIES[r.nextInt(AGENCIES.length)] + ") — " + p.get(0));
        }
        if (r.nextDouble() < 0.5) p.add(0, "By " + NAMES[r.nextInt(NAMES.length)] + ", " + AGENCIES[r.nextInt(AGENCIES.length)]);
        if (r.nextDouble() < 0.4) {
            p.add("Reporting by " + NAMES[r.nextInt(NAMES.length)] + "; Editing by " + NAMES[r.nextInt(NAMES.length)]);
        }
        if (r.nextDouble() < 0.5) { // site boilerplate
            p.add("Sign up for the " + site + " newsletter to get the day's top stories in your inbox every morning.");
            p.add("Copyright 2023 " + site + ". All rights reserved. This material may not be published, broadcast, rewritten or redistributed.");
        }
        String text = String.join("\n\n", p);
        if (r.nextDouble() < 0.4) text = rewrap(text, 60 + r.nextInt(20));
        if (r.nextDouble() < 0.3) text = restyle(text, r);
        return text;
    }

    static String rewriteLead(String lead, Random r) {
        String[] w = lead.split("\\s+");
        StringBuilder sb = new StringBuilder();
        // keep the lead's gist: about half its words in order, with a wire filler clause
        for (String x : w) if (r.nextDouble() < 0.55) sb.append(x).append(' ');
        sb.append(FILLERS[r.nextInt(FILLERS.length)]).append('.');
        String s = sb.toString().strip();
        return s.isEmpty() ? lead : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String wordEdits(String para, Random r, double rate) {
        String[] w = para.split(" ");
        StringBuilder sb = new StringBuilder();
        for (String x : w) {
            double u = r.nextDouble();
            if (u < rate / 3) continue; // deletion
            String y = x;
            if (u < rate) {
                y = null;
                for (String[] v : VARIANTS) if (x.equals(v[0])) y = v[1];
                if (y == null) y = x.length() > 3 ? x.substring(0, x.length() - 1) : x + "s"; // typo / inflection
            }
            if (sb.length() > 0) sb.append(' ');
            sb.append(y);
        }
        return sb.toString();
    }

    static String rewrap(String text, int width) {
        StringBuilder sb = new StringBuilder();
        for (String para : text.split("\n\n")) {
            if (sb.length() > 0) sb.append("\n\n");
            int col = 0;
            for (String w : para.split(" ")) {
                if (col > 0 && col + w.length() > width) {
                    sb.append('\n');
                    col = 0;
                } else if (col > 0) {
                    sb.append(' ');
                    col++;
                }
                sb.append(w);
                col += w.length();
            }
        }
        return sb.toString();
    }

    private static String firstWords(String s, int n) {
        String[] w = s.split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }

    static Set<String> keywords(String body) {
        Map<String, Integer> tf = new HashMap<>();
        for (String w : body.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() >= 6) tf.merge(w, 1, Integer::sum);
        List<Map.Entry<String, Integer>> e = new ArrayList<>(tf.entrySet());
        e.sort((x, y) -> y.getValue() != x.getValue().intValue() ? y.getValue() - x.getValue() : x.getKey().compareTo(y.getKey()));
        Set<String> out = new HashSet<>();
        for (int i = 0; i < Math.min(20, e.size()); i++) out.add(e.get(i).getKey());
        return out;
    }

    /** One of the three originals sharing most keywords with {@code a} (not {@code a}, not {@code not}). */
    private static int mostSimilar(int a, List<Set<String>> kw, Random r, int not) {
        int[] top = {-1, -1, -1};
        int[] score = {-1, -1, -1};
        for (int b = 0; b < kw.size(); b++) {
            if (b == a || b == not) continue;
            Set<String> s = new HashSet<>(kw.get(a));
            s.retainAll(kw.get(b));
            int sc = s.size();
            for (int k = 0; k < 3; k++) {
                if (sc > score[k]) {
                    for (int m = 2; m > k; m--) {
                        top[m] = top[m - 1];
                        score[m] = score[m - 1];
                    }
                    top[k] = b;
                    score[k] = sc;
                    break;
                }
            }
        }
        int pick = top[r.nextInt(3)];
        return pick < 0 ? top[0] : pick;
    }

    /**
     * Contiguous sentences of two or three sources, each source giving about 1/k of the shortest
     * source's words: never more than half of any source, never most of the distractor.
     */
    private static String splice(Random r, List<String> a, List<String> b, List<String> c) {
        List<List<String>> sources = c == null ? List.of(a, b) : List.of(a, b, c);
        int shortest = Integer.MAX_VALUE;
        for (List<String> s : sources) shortest = Math.min(shortest, Tokens.of(String.join(" ", s)).size());
        int share = Math.max(15, shortest / sources.size());
        List<String> out = new ArrayList<>();
        for (List<String> s : sources) {
            List<String> sentences = new ArrayList<>();
            for (String para : s) for (String x : para.split("(?<=[.!?”\"])\\s+")) if (!x.isBlank()) sentences.add(x);
            int from = r.nextInt(Math.max(1, sentences.size() / 2));
            StringBuilder chunk = new StringBuilder();
            int words = 0;
            for (int k = from; k < sentences.size() && words < share; k++) {
                int w = Tokens.of(sentences.get(k)).size();
                if (words > 0 && words + w > share * 1.2) break;
                if (chunk.length() > 0) chunk.append(' ');
                chunk.append(sentences.get(k));
                words += w;
            }
            out.add(chunk.toString());
        }
        return String.join("\n\n", out);
    }

    /** Writes items as JSON Lines: id, site, published, text, label, kind (read by spark/bench.sh). */
    public static void writeJsonl(List<Item> items, Path out) throws IOException {
        ObjectMapper m = new ObjectMapper();
        try (var w = Files.newBufferedWriter(out)) {
            for (Item it : items) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("id", it.doc().id());
                row.put("site", it.doc().site());
                row.put("published", it.doc().published());
                row.put("text", it.doc().text());
                row.put("label", it.label());
                row.put("kind", it.kind());
                w.write(m.writeValueAsString(row));
                w.write('\n');
            }
        }
    }
}
