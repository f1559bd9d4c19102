package news.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Writes synthetic corpora for throughput and memory measurements: variations of real raw
 * dumps (paragraphs dropped, swapped and duplicated, words replaced, chrome lines added), as
 * text files (1,000 per sub-directory), JSON Lines, or HTML pages. Deterministic for a seed.
 */
public final class CorpusGenerator {
    /** Output layout. */
    public enum Kind { TXT, JSONL, HTML }

    /** FULL keeps whole source documents; SHORT takes a window of a few lines (~1-2 KB). */
    public enum Size { FULL, SHORT }

    private static final List<String> CHROME = List.of(
            "Sign up for our newsletter", "Share this article", "Advertisement", "Read more",
            "Related Articles", "Back to top", "Follow us on Twitter", "Subscribe now for full access",
            "We use cookies to improve your experience", "Most Popular", "Comments");

    private final List<String> sources;
    private final List<String> vocabulary;

    public CorpusGenerator(List<String> sources) {
        if (sources.isEmpty()) throw new IllegalArgumentException("no source documents");
        this.sources = List.copyOf(sources);
        List<String> vocab = new ArrayList<>();
        for (String s : sources) {
            for (String w : s.split("\\s+")) {
                if (w.length() > 3 && w.length() < 12 && w.chars().allMatch(Character::isLetter)) vocab.add(w);
                if (vocab.size() > 50_000) break;
            }
        }
        this.vocabulary = vocab.isEmpty() ? List.of("word") : vocab;
    }

    /** Source texts from the files of a directory (.txt, .html and their .gz), in name order. */
    public static List<String> readSources(Path dir) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted(Comparator.comparing(Path::toString)).toList()) {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                if (!(n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".html.gz") || n.endsWith(".txt.gz"))) continue;
                try (InputStream in = n.endsWith(".gz") ? new GZIPInputStream(Files.newInputStream(p)) : Files.newInputStream(p)) {
                    out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    /** One varied document. */
    public String document(long index, Size size, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + index);
        String src = sources.get(rnd.nextInt(sources.size()));
        List<String> lines = new ArrayList<>(List.of(src.split("\n", -1)));
        if (size == Size.SHORT && lines.size() > 6) {
            int len = 4 + rnd.nextInt(8);
            int from = rnd.nextInt(Math.max(1, lines.size() - len));
            lines = new ArrayList<>(lines.subList(from, Math.min(lines.size(), from + len)));
        }
        int edits = 1 + lines.size() / 10;
        for (int e = 0; e < edits && lines.size() > 2; e++) {
            int i = rnd.nextInt(lines.size());
            switch (rnd.nextInt(4)) {
                case 0 -> lines.remove(i);
                case 1 -> {
                    int j = Math.min(lines.size() - 1, i + 1);
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case 2 -> lines.set(i, replaceWords(lines.get(i), rnd));
                default -> lines.add(i, CHROME.get(rnd.nextInt(CHROME.size())));
            }
        }
        if (size == Size.SHORT) {
            // Short articles: cap at ~2 KB so a million fit a laptop's disk and heap budget.
            String joined = String.join("\n", lines);
            return joined.length() > 2048 ? joined.substring(0, 2048) : joined;
        }
        return String.join("\n", lines);
    }

    private String replaceWords(String line, SplittableRandom rnd) {
        String[] words = line.split(" ");
        if (words.length < 3 || line.length() > 2000) return line;
        words[rnd.nextInt(words.length)] = vocabulary.get(rnd.nextInt(vocabulary.size()));
        return String.join(" ", words);
    }

    /** Writes {@code count} documents under {@code out}; returns the bytes written. */
    public long write(Path out, int count, Kind kind, Size size, long seed) throws IOException {
        Files.createDirectories(out);
        long bytes = 0;
        if (kind == Kind.JSONL) {
            Path file = out.resolve("articles.jsonl");
            try (OutputStream os = Files.newOutputStream(file);
                 JsonGenerator g = new JsonFactory().createGenerator(os)) {
                g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
                for (int i = 0; i < count; i++) {
                    g.writeStartObject();
                    g.writeStringField("id", String.format(Locale.ROOT, "gen%08d", i));
                    g.writeStringField("text", document(i, size, seed));
                    g.writeEndObject();
                }
                g.writeRaw('\n');
            }
            return Files.size(file);
        }
        for (int i = 0; i < count; i++) {
            Path dir = out.resolve(String.format(Locale.ROOT, "%05d", i / 1000));
            if (i % 1000 == 0) Files.createDirectories(dir);
            String doc = document(i, size, seed);
            String ext = kind == Kind.HTML ? ".html" : ".txt";
            byte[] b = doc.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(String.format(Locale.ROOT, "gen%08d%s", i, ext)), b);
            bytes += b.length;
        }
        return bytes;
    }

}
