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
import news.output.Display;
import news.output.OutDir;
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
        return runToDirectory(inputs, dir, OutputFormat.JSON, null, problems, threads);
    }

    /** As below, without the list of files written. */
    public static int runToDirectory(List<String> inputs, Path dir, OutputFormat format, Problems problems, int threads)
            throws IOException {
        return runToDirectory(inputs, dir, format, null, problems, threads);
    }

    /** An article's id, path and pretty-printed JSON, ready for its file. */
    private record Encoded(String id, String path, byte[] json) {}

    /** The columns of the list of files written by {@code --out-dir}. */
    public static final List<String> OUT_DIR_COLUMNS = List.of("id", "path", "file");

    /**
     * As above: one file per article in {@code dir}, {@code <id>.json} (pretty JSON; for json and
     * jsonl), {@code <id>.md} (markdown) or {@code <id>.txt} (txt); never over an input file. When
     * {@code manifest} is not null, one row (id, path, file) per article written to it in
     * {@code format} (jsonl for markdown/txt): where each article went, also when its id had to be
     * disambiguated ({@link OutDir}).
     */
    public static int runToDirectory(List<String> inputs, Path dir, OutputFormat format, OutputStream manifest,
                                     Problems problems, int threads) throws IOException {
        String extension = switch (format) {
            case JSON, JSONL -> ".json";
            case MARKDOWN -> ".md";
            case TXT -> ".txt";
            default -> throw new IllegalArgumentException("--out-dir writes json, markdown or txt, not " + format);
        };
        OutDir out = OutDir.open(dir);
        Corpus corpus = Corpus.open(inputs, news.load.Loader.standard(), problems, threads);
        RecordWriter rows = manifest == null ? null : new RecordWriter(manifest,
                format == OutputFormat.MARKDOWN || format == OutputFormat.TXT ? OutputFormat.JSONL : format, OUT_DIR_COLUMNS);
        com.fasterxml.jackson.databind.ObjectWriter pretty = Json.MAPPER.writerWithDefaultPrettyPrinter();
        try {
            corpus.mapArticles(new TextCleaner(), a -> {
                try { // encoded on the workers, written in input order (which makes the names deterministic)
                    if (extension.equals(".json")) return new Encoded(a.id(), a.path(), pretty.writeValueAsBytes(ArticleJson.toMap(a)));
                    java.io.ByteArrayOutputStream doc = new java.io.ByteArrayOutputStream();
                    RecordWriter w = new RecordWriter(doc, format, CSV_COLUMNS);
                    w.write(ArticleJson.toMap(a));
                    w.finish();
                    return new Encoded(a.id(), a.path(), doc.toByteArray());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }, r -> {
                String id = r.id(), path = r.path();
                try {
                    OutDir.Written w = out.write(id, path, extension, r.json(), corpus::isInput);
                    if (w.skipped() != null) problems.skipped(w.skipped());
                    if (w.warning() != null) problems.warn(w.warning());
                    if (w.file() != null && rows != null) {
                        Map<String, Object> row = new java.util.LinkedHashMap<>();
                        row.put("id", id);
                        row.put("path", path);
                        row.put("file", w.file());
                        rows.write(row);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (rows != null) rows.finish();
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
        // for people: every value through the one terminal sanitiser (no control byte, one line each)
        b.append(String.format("== %s (%s)%n", Display.oneLine(a.id()), Display.oneLine(a.path())));
        b.append(String.format("   title: %s%n", Display.oneLine(a.title())));
        if (a.subtitle() != null) b.append(String.format("   subtitle: %s%n", Display.oneLine(a.subtitle())));
        if (a.byline() != null) b.append(String.format("   byline: %s%n", Display.oneLine(a.byline())));
        if (a.dateline() != null) b.append(String.format("   dateline: %s%n", Display.oneLine(a.dateline())));
        for (String c : a.credits()) b.append(String.format("   credit: %s%n", Display.oneLine(c)));
        b.append(String.format("   kept %d paragraphs, %d words; removed %.1f%% of the input%n",
                a.paragraphs().size(), a.wordCount(), 100 * a.removedShare()));
        for (Removal r : a.removed()) {
            String t = Display.oneLine(r.text());
            if (t.length() > 100) t = Display.middle(r.text(), 60, 30);
            b.append(String.format("   - [%d,%d) %-22s %s%n", r.start(), r.end(), r.reason(), t));
        }
        for (String p : a.problems()) b.append(String.format("   problem: %s%n", Display.oneLine(p)));
        b.append(System.lineSeparator());
        w.write(b.toString());
    }

}
