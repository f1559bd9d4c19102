package news.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import news.clean.TextCleaner;
import news.model.Article;
import news.model.Removal;
import news.output.ArticleJson;
import news.output.AtomicOutput;
import news.output.Json;
import news.output.OutputFormat;
import news.output.RecordWriter;

/** `news clean`: cleaned articles as JSON, to a stream or a file per article. */
public final class CleanService {
    public static final List<String> CSV_COLUMNS = List.of("id", "path", "url", "site", "title", "subtitle", "byline",
            "published", "credits", "word_count", "removed_share", "text");

    private CleanService() {}

    public static int run(List<String> inputs, OutputFormat format, OutputStream out, Problems problems)
            throws IOException {
        return run(inputs, format, out, problems, OrderedParallel.defaultThreads());
    }

    /** As above on {@code threads} workers. */
    public static int run(List<String> inputs, OutputFormat format, OutputStream out, Problems problems, int threads)
            throws IOException {
        Corpus corpus = Corpus.open(inputs, news.load.Loader.standard(), problems, threads);
        RecordWriter w = new RecordWriter(out, format, CSV_COLUMNS);
        // Rows are encoded on the workers: one thread writing JSON was the limit on 2 cores.
        corpus.mapArticles(new TextCleaner(), a -> w.prepare(ArticleJson.toMap(a)), w::write);
        w.finish();
        return problems.exitCode();
    }

    /** One {@code <id>.json} per article in {@code dir}; never overwrites an input file. */
    public static int runToDirectory(List<String> inputs, Path dir, Problems problems) throws IOException {
        return runToDirectory(inputs, dir, problems, OrderedParallel.defaultThreads());
    }

    /** As above on {@code threads} workers. */
    public static int runToDirectory(List<String> inputs, Path dir, Problems problems, int threads) throws IOException {
        return runToDirectory(inputs, dir, OutputFormat.JSON, problems, threads);
    }

    /**
     * One file per article in {@code dir}: {@code <id>.json} (pretty JSON; for json and jsonl),
     * {@code <id>.md} (markdown) or {@code <id>.txt} (txt). Never overwrites an input file.
     */
    public static int runToDirectory(List<String> inputs, Path dir, OutputFormat format, Problems problems, int threads)
            throws IOException {
        String extension = switch (format) {
            case JSON, JSONL -> ".json";
            case MARKDOWN -> ".md";
            case TXT -> ".txt";
            default -> throw new IllegalArgumentException("--out-dir writes json, markdown or txt, not " + format);
        };
        Files.createDirectories(dir);
        Corpus corpus = Corpus.open(inputs, news.load.Loader.standard(), problems, threads);
        corpus.forEachArticle(new TextCleaner(), a -> {
            String safe = a.id().replaceAll("[^A-Za-z0-9._-]", "_");
            Path target = dir.resolve(safe + extension).toAbsolutePath().normalize();
            if (corpus.isInput(target)) { // by file identity: also under another name
                problems.skipped(target + ": would overwrite an input file, not written");
                return;
            }
            try (AtomicOutput o = AtomicOutput.open(target.toString())) {
                if (extension.equals(".json")) {
                    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(o.stream(), ArticleJson.toMap(a));
                } else {
                    RecordWriter w = new RecordWriter(o.stream(), format, CSV_COLUMNS);
                    w.write(ArticleJson.toMap(a));
                    w.finish();
                }
                o.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return problems.exitCode();
    }

    /**
     * `--explain`: what was removed from each article and why, for people. Written through a
     * Writer, not a PrintStream (which swallows write errors): a full disk or a closed stdout
     * stops the run with the error naming the output.
     */
    public static int explain(List<String> inputs, OutputStream out, Problems problems) throws IOException {
        return explain(inputs, out, problems, OrderedParallel.defaultThreads());
    }

    /** As above on {@code threads} workers. */
    public static int explain(List<String> inputs, OutputStream out, Problems problems, int threads) throws IOException {
        Corpus corpus = Corpus.open(inputs, news.load.Loader.standard(), problems, threads);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            corpus.forEachArticle(new TextCleaner(), a -> {
                try {
                    writeExplanation(a, w);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        w.flush();
        return problems.exitCode();
    }

    static void writeExplanation(Article a, Writer w) throws IOException {
        StringBuilder b = new StringBuilder(256);
        b.append(String.format("== %s (%s)%n", a.id(), a.path()));
        b.append(String.format("   title: %s%n", a.title()));
        if (a.subtitle() != null) b.append(String.format("   subtitle: %s%n", a.subtitle()));
        if (a.byline() != null) b.append(String.format("   byline: %s%n", a.byline()));
        if (a.dateline() != null) b.append(String.format("   dateline: %s%n", a.dateline()));
        for (String c : a.credits()) b.append(String.format("   credit: %s%n", c));
        b.append(String.format("   kept %d paragraphs, %d words; removed %.1f%% of the input%n",
                a.paragraphs().size(), a.wordCount(), 100 * a.removedShare()));
        for (Removal r : a.removed()) {
            String t = r.text().replace('\n', ' ');
            if (t.length() > 100) t = t.substring(0, 60) + " … " + t.substring(t.length() - 30);
            b.append(String.format("   - [%d,%d) %-22s %s%n", r.start(), r.end(), r.reason(), t));
        }
        for (String p : a.problems()) b.append(String.format("   problem: %s%n", p));
        b.append(System.lineSeparator());
        w.write(b.toString());
    }

}
