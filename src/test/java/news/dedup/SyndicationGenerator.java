package news.dedup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Labelled syndication corpora, made differently from {@link WireCopyGenerator} (real bodies)
 * and {@link SyntheticArticles} (Zipf nonsense): stories are written in English-like sentences
 * from a shared function-word list, a topic vocabulary (stories of one topic share most of
 * their words, which makes the negatives hard) and the story's own names and numbers.
 *
 * <p>Per story: an original (6-16 paragraphs, one site, a date), then any of
 * <ul>
 *   <li>wire copies: the same text on another outlet with its header and footer chrome;</li>
 *   <li>abridged copies: the first 40-80% of the paragraphs;</li>
 *   <li>edited copies: words swapped, a sentence dropped, a paragraph added;</li>
 *   <li>re-wrapped copies: hard line breaks at 55-75 characters, curly quotes;</li>
 *   <li>excerpts: the first one to three paragraphs (2-25% of the words) and "Read the full
 *       story at …";</li>
 * </ul>
 * and negatives, each its own story: <b>shared-quote</b> stories of the same topic that carry a
 * two-sentence quote of another story; <b>shared-chrome</b> short items of one site (40-70
 * words) that all end in the same long editor's note.
 *
 * <p>{@link Config} fixes everything; the same config gives the same corpus.
 */
public final class SyndicationGenerator {
    /**
     * @param stories        originals
     * @param seed           random seed
     * @param copyRate       mean number of copies (all kinds) per original
     * @param excerptShare   share of the copies that are excerpts
     * @param quoteNegatives stories carrying a quote of another
     * @param chromeItems    short items of one site sharing one footer (0 = none)
     */
    public record Config(int stories, long seed, double copyRate, double excerptShare, int quoteNegatives,
                         int chromeItems) {
        /** The set tuned on (tests). */
        public static Config development() {
            return new Config(400, 11L, 2.5, 0.3, 60, 50);
        }

        /** Kept aside: never looked at while choosing parameters; its figures are the ones reported. */
        public static Config heldOut() {
            return new Config(700, 20261204L, 3.0, 0.35, 120, 80);
        }
    }

    /** One article and its story label. */
    public record Item(DedupDoc doc, int label, String kind) {
    }

    private static final String[] FUNCTION = ("the of and to in a that for on with as at by from said it was is "
            + "has have will would after before which who their its this but not more than also over new about "
            + "into two three last year week when while there been were up out one could under").split(" ");
    private static final String[][] TOPICS = {
            "council budget school bridge vote tax road mayor plan residents housing funding".split(" "),
            "storm flood rain river warning evacuation shelters damage winds coast rescue crews".split(" "),
            "election party candidate poll campaign voters debate minister coalition seats ballot rally".split(" "),
            "market shares bank rates inflation investors profit growth prices economy trading quarter".split(" "),
            "hospital patients doctors vaccine health virus nurses treatment cases clinic care study".split(" "),
            "court judge trial jury lawyer prosecutors verdict appeal case charges evidence ruling".split(" "),
            "team match season coach league goal players final fans stadium win injury".split(" "),
            "police arrest suspect investigation officers crime shooting witnesses station patrol victim scene".split(" "),
            "climate emissions energy solar carbon power wind targets plant grid fuel summit".split(" "),
            "company workers strike union wages factory jobs contract talks pay management shift".split(" "),
    };
    private static final String[] NAME_PARTS = {"Al", "Bren", "Cas", "Dor", "El", "Fen", "Gar", "Hal", "Ir", "Jas",
            "Kel", "Lor", "Mar", "Nor", "Os", "Per", "Quin", "Ros", "Sal", "Tam", "Ul", "Ver", "Wyn", "Yor"};
    private static final String[] SUFFIX = {"ton", "ley", "sen", "ford", "ric", "ana", "ez", "ski", "well", "by"};
    private static final String[] OUTLETS = {"northstar.example", "valleytimes.example", "harbourpost.example",
            "citywire.example", "dailyledger.example", "eveningnews.example", "regionalherald.example",
            "metroline.example", "coastguardian.example", "plainsreport.example", "aggregator.example"};
    private static final String[][] SWAPS = {{"said", "told reporters"}, {"residents", "locals"}, {"after", "following"},
            {"about", "roughly"}, {"new", "fresh"}, {"plan", "proposal"}, {"week", "days"}, {"workers", "staff"}};

    private SyndicationGenerator() {}

    public static List<Item> generate(Config c) {
        Random r = new Random(c.seed());
        List<Item> out = new ArrayList<>();
        List<List<String>> originals = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        long day0 = 1_700_000_000L;
        int serial = 0;
        for (int s = 0; s < c.stories(); s++) {
            int topic = r.nextInt(TOPICS.length);
            List<String> paras = story(r, topic, 6 + r.nextInt(11));
            String site = OUTLETS[r.nextInt(OUTLETS.length - 1)];
            long when = day0 + s * 3_600L + r.nextInt(3_000);
            boolean dated = r.nextInt(3) > 0; // a third of the stories carry no dates at all (text files)
            int label = out.size();
            out.add(item("s" + s + "-original", site, dated ? when : null, String.join("\n\n", paras), label, "original"));
            originals.add(paras);
            labels.add(label);
            int copies = poisson(r, c.copyRate());
            for (int k = 0; k < copies; k++) {
                String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
                long later = when + 600 + r.nextInt(86_400);
                Long date = !dated || r.nextInt(5) == 0 ? null : later; // some copies carry no date
                String kind;
                String text;
                if (r.nextDouble() < c.excerptShare()) {
                    kind = "excerpt";
                    text = excerpt(r, paras, outlet);
                } else {
                    switch (r.nextInt(4)) {
                        case 0 -> {
                            kind = "wire";
                            text = chrome(r, outlet, String.join("\n\n", paras));
                        }
                        case 1 -> {
                            kind = "abridged";
                            int keep = Math.max(2, (int) Math.round(paras.size() * (0.4 + 0.4 * r.nextDouble())));
                            text = chrome(r, outlet, String.join("\n\n", paras.subList(0, keep)));
                        }
                        case 2 -> {
                            kind = "edited";
                            text = chrome(r, outlet, String.join("\n\n", edited(r, topic, paras)));
                        }
                        default -> {
                            kind = "rewrapped";
                            text = rewrap(r, String.join("\n\n", paras));
                        }
                    }
                }
                out.add(item("s" + s + "-" + kind + "-" + (serial++), outlet, date, text, label, kind));
            }
        }
        // shared-quote negatives: same topic vocabulary, two sentences of another story quoted
        for (int q = 0; q < c.quoteNegatives(); q++) {
            int src = r.nextInt(originals.size());
            List<String> from = originals.get(src);
            String quote = from.get(r.nextInt(from.size()));
            List<String> own = story(r, r.nextInt(TOPICS.length), 5 + r.nextInt(8));
            own.add(1 + r.nextInt(own.size() - 1), "\u201C" + quote + "\u201D " + name(r) + " said.");
            out.add(item("quote-" + q, OUTLETS[r.nextInt(OUTLETS.length)], day0 + r.nextInt(5_000_000), String.join("\n\n", own),
                    out.size(), "shared_quote"));
        }
        // shared-chrome negatives: short unrelated items of one site, one long editor's note each
        if (c.chromeItems() > 0) {
            String note = editorsNote(r);
            for (int k = 0; k < c.chromeItems(); k++) {
                List<String> own = story(r, r.nextInt(TOPICS.length), 2);
                String body = String.join("\n\n", own);
                while (body.split(" ").length > 70) body = body.substring(0, body.lastIndexOf(' '));
                out.add(item("brief-" + k, "briefs.example", day0 + r.nextInt(5_000_000), body + ".\n\n" + note,
                        out.size(), "shared_chrome"));
            }
        }
        // shuffle so copies are not next to their originals (and excerpts may come first)
        java.util.Collections.shuffle(out, r);
        return out;
    }

    public static int[] labels(List<Item> items) {
        int[] l = new int[items.size()];
        for (int i = 0; i < l.length; i++) l[i] = items.get(i).label();
        return l;
    }

    public static DocSource source(List<Item> items) {
        List<DedupDoc> docs = new ArrayList<>();
        for (Item it : items) docs.add(it.doc());
        return DocSource.of(docs);
    }

    private static Item item(String id, String site, Long epoch, String text, int label, String kind) {
        String pub = epoch == null ? null : java.time.Instant.ofEpochSecond(epoch).toString();
        return new Item(new DedupDoc(id, site, pub, text), label, kind);
    }

    private static int poisson(Random r, double mean) {
        double l = Math.exp(-mean), p = 1;
        int k = 0;
        do {
            k++;
            p *= r.nextDouble();
        } while (p > l);
        return k - 1;
    }

    private static String name(Random r) {
        return NAME_PARTS[r.nextInt(NAME_PARTS.length)] + NAME_PARTS[r.nextInt(NAME_PARTS.length)].toLowerCase(Locale.ROOT)
                + " " + NAME_PARTS[r.nextInt(NAME_PARTS.length)] + SUFFIX[r.nextInt(SUFFIX.length)];
    }

    /** Paragraphs of one to three sentences from function words, the topic's words and the story's names. */
    static List<String> story(Random r, int topic, int paragraphs) {
        String[] names = {name(r), name(r), name(r)};
        String place = NAME_PARTS[r.nextInt(NAME_PARTS.length)] + SUFFIX[r.nextInt(SUFFIX.length)];
        String[] vocab = TOPICS[topic];
        List<String> out = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            StringBuilder para = new StringBuilder();
            int sentences = 1 + r.nextInt(3);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) para.append(' ');
                int len = 10 + r.nextInt(16);
                for (int w = 0; w < len; w++) {
                    String word;
                    int u = r.nextInt(100);
                    if (u < 45) word = FUNCTION[r.nextInt(FUNCTION.length)];
                    else if (u < 85) word = vocab[r.nextInt(vocab.length)];
                    else if (u < 93) word = names[r.nextInt(names.length)];
                    else if (u < 96) word = place;
                    else word = Integer.toString(2 + r.nextInt(990));
                    if (w == 0) word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    para.append(word);
                    para.append(w == len - 1 ? "." : (r.nextInt(10) == 0 ? ", " : " "));
                }
            }
            out.add(para.toString());
        }
        return out;
    }

    private static String chrome(Random r, String outlet, String body) {
        String brand = outlet.substring(0, outlet.indexOf('.'));
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) sb.append("By ").append(name(r)).append(", ").append(brand).append(" staff\n\n");
        sb.append(body);
        if (r.nextBoolean()) sb.append("\n\nFollow ").append(brand).append(" for more local news and updates.");
        if (r.nextBoolean()) sb.append("\n\n\u00A9 2024 ").append(brand).append(". All rights reserved.");
        return sb.toString();
    }

    private static String excerpt(Random r, List<String> paras, String outlet) {
        int total = 0;
        for (String p : paras) total += p.split(" ").length;
        int words = 0, k = 0;
        int want = 1 + r.nextInt(3);
        // the first paragraphs, at most a quarter of the words, at least 30 words (a shorter one is a teaser)
        while (k < paras.size() && (k < want || words < 30)) {
            int w = paras.get(k).split(" ").length;
            if (k > 0 && words >= 30 && (words + w) * 4 > total) break;
            words += w;
            k++;
        }
        String brand = outlet.substring(0, outlet.indexOf('.'));
        return String.join("\n\n", paras.subList(0, k)) + "\n\nRead the full story at " + brand + ".";
    }

    private static List<String> edited(Random r, int topic, List<String> paras) {
        List<String> out = new ArrayList<>();
        for (String p : paras) {
            String q = p;
            for (String[] sw : SWAPS) if (r.nextInt(3) == 0) q = q.replace(" " + sw[0] + " ", " " + sw[1] + " ");
            int dot = q.indexOf(". ");
            if (dot > 0 && r.nextInt(6) == 0) q = q.substring(dot + 2); // first sentence dropped
            out.add(q);
        }
        if (r.nextBoolean()) out.add(1 + r.nextInt(out.size() - 1), story(r, topic, 1).get(0));
        return out;
    }

    private static String rewrap(Random r, String text) {
        return WireCopyGenerator.rewrap(text, 55 + r.nextInt(21));
    }

    /** A long prose footer (about 85 words) of the kind many short items of one site carry. */
    private static String editorsNote(Random r) {
        return "Editor's note: This brief is part of our community bulletin, compiled each weekday from notices sent in by "
                + "readers, schools, churches, clubs and local businesses. Items are edited for length and clarity and are "
                + "published free of charge as space allows. We cannot confirm every detail of every notice, so please check "
                + "times and places with the organisers before you travel. To submit an item, send it to the newsroom at "
                + "least five days before the event, with a name and a daytime telephone number, or use the form on our website.";
    }
}
