package news.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;
import news.clean.TextCleaner;
import news.eval.CorpusGenerator;
import news.model.Article;
import news.output.ArticleJson;
import news.output.Json;
import news.output.OutputFormat;
import news.output.RecordWriter;

/**
 * `news bench`: generates corpora of growing size and measures each task on them in this JVM:
 * MB/s, articles/s, peak heap and peak live heap. Generated corpora are cached in the work dir.
 */
public final class BenchService {
    public static final List<String> COLUMNS = List.of("task", "articles", "input_mb", "seconds", "mb_per_s",
            "articles_per_s", "peak_heap_mb", "live_heap_mb", "threads");

    /** A measurable task: runs over the inputs and consumes its results. */
    public interface Task {
        String name();

        CorpusGenerator.Kind inputKind();

        /** Runs the task on {@code inputs}, returns the number of articles processed. */
        long run(List<String> inputs, int threads, Problems problems) throws IOException;
    }

    /** Options of a bench run. */
    public record Options(Path sources, Path workDir, List<Integer> sizes, List<String> tasks,
                          CorpusGenerator.Size size, int threads) {
        public Options {
            sizes = List.copyOf(sizes);
            tasks = List.copyOf(tasks);
            if (sizes.isEmpty()) throw new IllegalArgumentException("no sizes");
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        }
    }

    private static final List<Task> TASKS = new ArrayList<>(List.of(
            new CleanTask("clean-text", CorpusGenerator.Kind.TXT),
            new CleanTask("clean-jsonl", CorpusGenerator.Kind.JSONL),
            new CleanTask("clean-html", CorpusGenerator.Kind.HTML),
            new ListTask("list", CorpusGenerator.Kind.TXT),
            new QuotesTask("quotes", CorpusGenerator.Kind.TXT),
            new QuotesTask("quotes-jsonl", CorpusGenerator.Kind.JSONL),
            new ListTask("list-jsonl", CorpusGenerator.Kind.JSONL),
            new DedupTask("dedup", CorpusGenerator.Kind.JSONL)));

    private BenchService() {}

    /** Lets other layers add their tasks (quotes, dedup). */
    public static synchronized void register(Task t) {
        TASKS.removeIf(x -> x.name().equals(t.name()));
        TASKS.add(t);
    }

    public static synchronized List<String> taskNames() {
        return TASKS.stream().map(Task::name).toList();
    }

    public static int run(Options o, OutputFormat format, OutputStream out, Consumer<String> progress,
                          Problems problems) throws IOException {
        RecordWriter w = new RecordWriter(out, format, COLUMNS);
        List<String> srcTexts = null;
        List<Task> tasks = new ArrayList<>();
        for (String taskName : o.tasks()) { // all names checked before hours of work start
            tasks.add(TASKS.stream().filter(t -> t.name().equals(taskName)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown task '" + taskName + "' (one of " + taskNames() + ")")));
        }
        for (Task task : tasks) {
            for (int n : o.sizes()) {
                Path dir = o.workDir().resolve(String.format(Locale.ROOT, "%s-%s-%d",
                        task.inputKind().name().toLowerCase(Locale.ROOT), o.size().name().toLowerCase(Locale.ROOT), n));
                if (!Files.exists(dir.resolve(".complete"))) {
                    if (srcTexts == null) srcTexts = sources(o, task.inputKind());
                    progress.accept("generating " + n + " " + task.inputKind() + " articles in " + dir);
                    new CorpusGenerator(srcTexts).write(dir, n, task.inputKind(), o.size(), 42);
                    Files.writeString(dir.resolve(".complete"), "");
                }
                long bytes = sizeOf(dir);
                progress.accept("running " + task.name() + " on " + n + " articles");
                System.gc();
                long t0 = System.nanoTime();
                long articles;
                MemoryProbe probe = MemoryProbe.start();
                try (probe) {
                    articles = task.run(List.of(dir.toString()), o.threads(), problems);
                    if (articles < 0) articles = n;
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("task", task.name());
                row.put("articles", articles);
                row.put("input_mb", round1(bytes / 1e6));
                row.put("seconds", round1(secs));
                row.put("mb_per_s", round1(bytes / 1e6 / secs));
                row.put("articles_per_s", Math.round(articles / secs));
                row.put("peak_heap_mb", probe.peakUsedBytes() >> 20);
                row.put("live_heap_mb", probe.peakLiveBytes() >> 20);
                row.put("threads", o.threads());
                w.write(row);
                if (format != OutputFormat.TABLE) w.flush(); // each row as soon as it is measured
            }
        }
        w.finish();
        return problems.exitCode();
    }

    private static List<String> sources(Options o, CorpusGenerator.Kind kind) throws IOException {
        Path dir = kind == CorpusGenerator.Kind.HTML ? o.sources().resolve("aeb/html") : o.sources().resolve("aeb-text");
        if (!Files.isDirectory(dir)) throw new IOException(dir + ": benchmark sources not found (give --sources DIR)");
        return CorpusGenerator.readSources(dir);
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** `news clean`: load, clean, JSON Lines to nowhere (the same code path as the command). */
    record CleanTask(String name, CorpusGenerator.Kind inputKind) implements Task {
        @Override
        public long run(List<String> inputs, int threads, Problems problems) throws IOException {
            CountingStream sink = new CountingStream();
            CleanService.run(inputs, OutputFormat.JSONL, sink, problems, threads);
            return sink.lines;
        }
    }

    /** `news list`: load, clean, one summary row per article (JSON Lines, to nowhere). */
    record ListTask(String name, CorpusGenerator.Kind inputKind) implements Task {
        @Override
        public long run(List<String> inputs, int threads, Problems problems) throws IOException {
            CountingStream sink = new CountingStream();
            ListService.run(inputs, OutputFormat.JSONL, null, sink, problems, threads);
            return sink.lines;
        }
    }

    /** `news quotes` (clean + extract), JSON Lines written to nowhere. */
    record QuotesTask(String name, CorpusGenerator.Kind inputKind) implements Task {
        @Override
        public long run(List<String> inputs, int threads, Problems problems) throws IOException {
            QuotesService.run(inputs, new QuotesService.Options(OutputFormat.JSONL, null, null, 0, false, false, threads),
                    OutputStream.nullOutputStream(), problems);
            return -1; // one line per quote, not per article: the generated count is used
        }
    }

    /** `news dedup` with default options, report written to nowhere. */
    record DedupTask(String name, CorpusGenerator.Kind inputKind) implements Task {
        @Override
        public long run(List<String> inputs, int threads, Problems problems) throws IOException {
            CountingStream sink = new CountingStream();
            DedupService.run(inputs, news.dedup.DedupOptions.defaults(), OutputFormat.JSONL, sink, problems);
            return -1; // the report has no per-article lines: the generated count is used
        }
    }

    /** Counts lines written, discards the bytes. */
    static final class CountingStream extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') lines++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++;
        }
    }
}
