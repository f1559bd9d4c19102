package news.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.load.LoadException;
import news.load.TextDecoder;
import news.model.Article;
import news.model.Metadata;
import news.model.SourceDocument;

/**
 * Text-cleaning benchmark: cleans every {@code aeb-text/*.txt} (one corpus, so the repetition
 * index sees all of them) and scores {@code article.text()} against {@code aeb/ground-truth.json}
 * with {@link BodyScore}. Prints P/R/F1 overall and on even/odd halves (by sorted file name), the
 * worst documents, and cleaning throughput.
 *
 * <p>Usage: {@code java -cp target/news.jar news.eval.TextBenchmark [benchDir] [--worst N] [--show ID] [--scores FILE]}
 * (bench dir default {@code ../shared/bench}); {@code --throughput THREADS [--warmup ROUNDS] [--rounds ROUNDS]}
 * measures steady-state speed instead.
 */
public final class TextBenchmark {
    /** One scored document. */
    public record Scored(String id, int index, BodyScore.DocScore score, Article article, String truth) {}

    /** Overall result. */
    public record Result(BodyScore all, BodyScore even, BodyScore odd, List<Scored> docs, long chars, long nanos) {
        public double mbPerSecond() {
            return nanos == 0 ? 0 : chars / 1e6 / (nanos / 1e9);
        }
    }

    private TextBenchmark() {}

    public static Result run(Path benchDir) throws IOException {
        Path textDir = benchDir.resolve("aeb-text");
        JsonNode truth = new ObjectMapper().readTree(benchDir.resolve("aeb").resolve("ground-truth.json").toFile());
        List<Path> files;
        try (Stream<Path> s = Files.list(textDir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<SourceDocument> docs = new ArrayList<>();
        RepetitionIndex index = RepetitionIndex.empty();
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String name = f.getFileName().toString();
            String id = name.substring(0, name.length() - 4);
            TextDecoder.Decoded d;
            try {
                d = TextDecoder.decode(bytes, f.toString());
            } catch (LoadException e) {
                System.err.println(e.getMessage());
                continue;
            }
            SourceDocument doc = new SourceDocument(id, f.toString(), "txt", TextDecoder.sha256(bytes), d.text(),
                    Metadata.EMPTY, d.warnings());
            docs.add(doc);
            index.add(doc);
        }
        TextCleaner cleaner = new TextCleaner();
        BodyScore all = new BodyScore(), even = new BodyScore(), odd = new BodyScore();
        List<Scored> scored = new ArrayList<>();
        long chars = 0, nanos = 0;
        for (int i = 0; i < docs.size(); i++) {
            SourceDocument doc = docs.get(i);
            JsonNode gt = truth.get(doc.id());
            if (gt == null) continue;
            long t0 = System.nanoTime();
            Article a = cleaner.clean(doc, index);
            nanos += System.nanoTime() - t0;
            chars += doc.text().length();
            String body = gt.path("articleBody").asText("");
            String text = a.text();
            BodyScore.DocScore s = all.add(text, body);
            (i % 2 == 0 ? even : odd).add(text, body);
            scored.add(new Scored(doc.id(), i, s, a, body));
        }
        return new Result(all, even, odd, scored, chars, nanos);
    }

    /**
     * Steady-state throughput: cleans all documents {@code rounds} times on {@code threads}
     * threads after {@code warmUp} untimed rounds; returns {wall-clock MB/s, MB per CPU-second} of source
     * text (UTF-16 chars / 1e6), then the median and the best round's wall-clock MB/s. CPU time
     * is the honest number on a shared, loaded machine.
     */
    public static double[] throughput(Path benchDir, int warmUp, int rounds, int threads) throws Exception {
        List<SourceDocument> docs = new ArrayList<>();
        RepetitionIndex index = RepetitionIndex.empty();
        try (Stream<Path> s = Files.list(benchDir.resolve("aeb-text"))) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(f);
                SourceDocument doc = new SourceDocument(f.getFileName().toString(), f.toString(), "txt",
                        TextDecoder.sha256(bytes), TextDecoder.decode(bytes, f.toString()).text(), Metadata.EMPTY, List.of());
                docs.add(doc);
                index.add(doc);
            }
        }
        long chars = 0;
        for (SourceDocument d : docs) chars += d.text().length();
        TextCleaner cleaner = new TextCleaner();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            long t0 = 0;
            long[] roundNanos = new long[rounds];
            java.util.concurrent.atomic.AtomicLong cpu = new java.util.concurrent.atomic.AtomicLong();
            java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
            // The JIT needs several passes over 8 MB before the numbers settle; on 2 cores a busy
            // C2 compiler thread takes one of them, so too short a warm-up understates 2 threads.
            for (int round = 0; round < warmUp + rounds; round++) {
                if (round == warmUp) {
                    t0 = System.nanoTime();
                    cpu.set(0);
                }
                long r0 = System.nanoTime();
                List<java.util.concurrent.Future<?>> fs = new ArrayList<>();
                for (SourceDocument d : docs) {
                    fs.add(pool.submit(() -> {
                        long c0 = mx.getCurrentThreadCpuTime();
                        cleaner.clean(d, index);
                        cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0);
                    }));
                }
                for (var f : fs) f.get();
                if (round >= warmUp) roundNanos[round - warmUp] = System.nanoTime() - r0;
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            double mb = chars * (double) rounds / 1e6;
            java.util.Arrays.sort(roundNanos);
            double roundMb = chars / 1e6;
            // On a shared machine the best round is the one closest to idle cores.
            return new double[] {mb / secs, mb / (cpu.get() / 1e9), roundMb / (roundNanos[rounds / 2] / 1e9),
                    roundMb / (roundNanos[0] / 1e9)};
        } finally {
            pool.shutdown();
        }
    }

    public static void print(Result r, int worst, PrintStream out) {
        out.printf(Locale.ROOT, "aeb-text: %d documents%n", r.all().documents());
        line(out, "all ", r.all());
        line(out, "even", r.even());
        line(out, "odd ", r.odd());
        out.printf(Locale.ROOT, "cleaning throughput (1 thread, warm-up included): %.1f MB/s (%.1f MB in %.2f s)%n",
                r.mbPerSecond(), r.chars() / 1e6, r.nanos() / 1e9);
        List<Scored> sorted = new ArrayList<>(r.docs());
        sorted.sort(Comparator.comparingDouble(s -> f1(s.score())));
        out.println("worst " + worst + ":");
        for (int i = 0; i < Math.min(worst, sorted.size()); i++) {
            Scored s = sorted.get(i);
            out.printf(Locale.ROOT, "  %s #%d P=%.3f R=%.3f F1=%.3f words=%d title=%s%n", s.id().substring(0, 12), s.index(),
                    s.score().precision(), s.score().recall(), f1(s.score()), s.article().wordCount(), s.article().title());
        }
    }

    static double f1(BodyScore.DocScore s) {
        double p = s.precision(), r = s.recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static void line(PrintStream out, String name, BodyScore s) {
        out.printf(Locale.ROOT, "  %s P=%.4f R=%.4f F1=%.4f (n=%d)%n", name, s.precision(), s.recall(), s.f1(), s.documents());
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("../shared/bench");
        int worst = 10;
        String show = null;
        int throughputThreads = 0, warmUp = 8, rounds = 5;
        Path scoresFile = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--worst")) worst = Integer.parseInt(args[++i]);
            else if (args[i].equals("--scores")) scoresFile = Path.of(args[++i]);
            else if (args[i].equals("--throughput")) throughputThreads = Integer.parseInt(args[++i]);
            else if (args[i].equals("--show")) show = args[++i];
            else if (args[i].equals("--warmup")) warmUp = Integer.parseInt(args[++i]);
            else if (args[i].equals("--rounds")) rounds = Integer.parseInt(args[++i]);
            else dir = Path.of(args[i]);
        }
        if (!Files.isDirectory(dir.resolve("aeb-text"))) {
            System.err.println("no benchmark data under " + dir + " (expected aeb-text/ and aeb/ground-truth.json)");
            System.exit(2);
        }
        if (throughputThreads > 0) {
            double[] tp = throughput(dir, warmUp, rounds, throughputThreads);
            System.out.printf(Locale.ROOT, "steady-state cleaning on %d thread(s): %.1f MB/s wall clock, %.1f MB per CPU-second;"
                    + " rounds: median %.1f MB/s, best %.1f MB/s%n", throughputThreads, tp[0], tp[1], tp[2], tp[3]);
            return;
        }
        Result r = run(dir);
        if (show != null) {
            for (Scored s : r.docs()) {
                if (!s.id().startsWith(show)) continue;
                System.out.println("=== " + s.id() + " title=" + s.article().title());
                System.out.println(s.article().text());
                System.out.println("=== removed:");
                s.article().removed().forEach(x -> System.out.println("  " + x.reason() + ": "
                        + x.text().substring(0, Math.min(120, x.text().length())).replace('\n', ' ')));
                System.out.println("=== truth:");
                System.out.println(s.truth());
            }
            return;
        }
        print(r, worst, System.out);
        if (scoresFile != null) {
            StringBuilder sb = new StringBuilder();
            for (Scored s : r.docs()) {
                sb.append(String.format(Locale.ROOT, "%s %.3f %.3f %.3f%n", s.id().substring(0, 12), s.score().precision(),
                        s.score().recall(), f1(s.score())));
            }
            Files.writeString(scoresFile, sb);
        }
    }
}
