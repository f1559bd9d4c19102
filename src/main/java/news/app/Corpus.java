package news.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Consumer;
import java.util.function.Function;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.load.DocumentSink;
import news.load.InputFile;
import news.load.InputFormat;
import news.load.InputScanner;
import news.load.LoadException;
import news.load.Loader;
import news.load.ScannedFiles;
import news.model.Article;
import news.model.SourceDocument;
import news.output.AtomicOutput;
import news.progress.Progress;
import news.util.Futures;

/**
 * A corpus on disk: the inputs named on the command line, read and cleaned in two streaming
 * passes (first to learn which lines repeat across documents, then to clean), on all cores,
 * results delivered in input order. Memory is bounded by a window of documents in flight, also
 * inside one huge JSON Lines or WARC file, never by the size of the corpus.
 */
public final class Corpus {
    /** First-pass documents are kept for the second pass while they fit this budget. */
    static final long CACHE_BUDGET_CHARS = 32L << 20;

    private final ScannedFiles files;
    private final Loader loader;
    private final Problems problems;
    private final int threads;
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    /** Files whose problems were reported (by index: one bit a file); all stdin entries share one. */
    private final AtomicLongArray reported;
    private final AtomicBoolean stdinReported = new AtomicBoolean();
    /** Standard input can only be read once; it is kept for the second pass. */
    private volatile List<SourceDocument> stdinDocs;
    private final ConcurrentHashMap<Integer, List<SourceDocument>> cache = new ConcurrentHashMap<>();
    private final AtomicLong cachedChars = new AtomicLong();
    /** File {@code i}'s size on disk, for progress (asked only while it is shown); 0 for stdin. */
    private final java.util.function.IntToLongFunction sizeOnDisk = this::sizeOnDisk;

    private Corpus(ScannedFiles files, Loader loader, Problems problems, int threads) {
        this.files = files;
        this.reported = new AtomicLongArray((files.size() + 63) / 64);
        this.loader = loader;
        this.problems = problems;
        this.threads = Math.max(1, threads);
    }

    /** Scans the arguments; unusable ones are reported to {@code problems}. */
    public static Corpus open(List<String> args, Problems problems) {
        return open(args, Loader.standard(), problems, OrderedParallel.defaultThreads());
    }

    public static Corpus open(List<String> args, Loader loader, Problems problems, int threads) {
        InputScanner.Result r = InputScanner.scan(args);
        r.errors().forEach(problems::skipped);
        // No output of this run may replace one of its inputs (`news clean -o a.txt a.txt`).
        AtomicOutput.protect(r.files().inputTest());
        return new Corpus(r.files(), loader, problems, threads);
    }

    /** The input files, in order; each {@code InputFile} is made when asked. */
    public List<InputFile> files() {
        return files;
    }

    /** Whether {@code path} (symlinks followed) is one of the input files, also under another name. */
    public boolean isInput(java.nio.file.Path path) {
        return files.isInput(path);
    }

    /**
     * Builds the cross-document repetition index (first pass): line hashes on all cores, added
     * in input order by this thread, so the index is the same on every run.
     */
    public RepetitionIndex repetitionIndex() {
        RepetitionIndex index = RepetitionIndex.empty();
        forEachDocument(RepetitionIndex::linesOf, index::addLines, true, "scanning");
        return index;
    }

    /** Cleans every document, in input order (two passes). */
    public void forEachArticle(TextCleaner cleaner, Consumer<Article> sink) {
        mapArticles(cleaner, a -> a, sink);
    }

    /**
     * Cleans every document and applies {@code work} to the article in the same worker task, so
     * later stages (quotes) run on all cores without a pool of their own; results in input order.
     */
    public <R> void mapArticles(TextCleaner cleaner, Function<Article, R> work, Consumer<R> sink) {
        RepetitionIndex index = repetitionIndex();
        forEachDocument(d -> work.apply(cleaner.clean(d, index)), sink, false, "cleaning");
    }

    /** Every document, in input order, through {@code work} on all cores (no cleaning). */
    public <R> void mapDocuments(Function<SourceDocument, R> work, Consumer<R> sink) {
        forEachDocument(work, sink, false, "reading");
    }

    /** Every document, loaded once, in input order (no cleaning). */
    public void forEachDocument(Consumer<SourceDocument> sink) {
        forEachDocument(d -> d, sink, false, "reading");
    }

    /**
     * The streaming engine. A producer thread walks the files: a single-article file becomes one
     * task (read + work), a multi-article file (JSON Lines, WARC) is read in the producer and
     * each article becomes a task. Tasks run on a pool; a bounded queue of their futures, taken
     * in order by the calling thread, keeps output deterministic and memory flat. Files and
     * documents done are counted in {@code pass} ({@code label} says what the pass does).
     */
    private <R> void forEachDocument(Function<SourceDocument, R> work, Consumer<R> sink, boolean fillCache,
                                     String label) {
        Progress.Pass pass = problems.progress().pass(label, files.size(), sizeOnDisk);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "news-worker");
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<List<R>>> window = new ArrayBlockingQueue<>(threads * 8);
        Future<List<R>> end = CompletableFuture.completedFuture(null);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < files.size(); i++) {
                    if (Thread.currentThread().isInterrupted()) return;
                    InputFile f = files.get(i);
                    int index = i;
                    if (isMultiArticle(f)) {
                        readStreaming(f, index, doc -> put(window, pool.submit(() -> one(work, doc, pass))));
                        pass.file(index);
                    } else {
                        put(window, pool.submit(() -> {
                            List<SourceDocument> docs = cachedOrLoad(f, index, fillCache);
                            List<R> out = new ArrayList<>(docs.size());
                            for (SourceDocument d : docs) out.addAll(one(work, d, pass));
                            pass.file(index);
                            return out;
                        }));
                    }
                }
                put(window, end);
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) return; // the consumer stopped
                window.offer(CompletableFuture.failedFuture(e));
            }
        }, "news-reader");
        producer.setDaemon(true);
        producer.start();
        try {
            while (true) {
                Future<List<R>> f = window.take();
                if (f == end) break;
                for (R r : Futures.getInterruptibly(f)) sink.accept(r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            producer.interrupt();
            pool.shutdownNow();
            pass.close();
        }
    }

    private <R> List<R> one(Function<SourceDocument, R> work, SourceDocument d, Progress.Pass pass) {
        try {
            R r = work.apply(d);
            pass.document();
            return r == null ? List.of() : List.of(r);
        } catch (RuntimeException | StackOverflowError e) {
            problems.skipped(d.path() + ": processing failed (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (OutOfMemoryError e) {
            // One document too large for the heap: its memory is free again once we are out of
            // work(), so the rest of the corpus can still be processed.
            problems.skipped(d.path() + ": too large to process in memory (" + d.text().length()
                    + " characters), skipped");
        }
        return List.of();
    }

    private long sizeOnDisk(int index) {
        InputFile f = files.get(index);
        if (f.isStdin()) return 0;
        try {
            return java.nio.file.Files.size(f.path());
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    private static boolean isMultiArticle(InputFile f) {
        return !f.isStdin() && (f.format() == InputFormat.JSONL || f.format() == InputFormat.WARC);
    }

    private static <T> void put(BlockingQueue<T> q, T item) {
        try {
            q.put(item);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private List<SourceDocument> cachedOrLoad(InputFile f, int index, boolean fillCache) {
        List<SourceDocument> cached = fillCache ? null : cache.remove(index);
        if (cached != null) return cached;
        List<SourceDocument> docs = new ArrayList<>(1);
        readStreaming(f, index, docs::add);
        if (fillCache && !docs.isEmpty()) {
            long chars = 0;
            for (SourceDocument d : docs) chars += d.text().length();
            if (cachedChars.addAndGet(chars) <= CACHE_BUDGET_CHARS) cache.put(index, docs);
        }
        return docs;
    }

    /** Reads file number {@code index}, reporting its problems once over both passes. */
    private void readStreaming(InputFile f, int index, Consumer<SourceDocument> out) {
        if (failed.contains(f.displayPath())) return;
        if (f.isStdin() && stdinDocs != null) {
            stdinDocs.forEach(out);
            return;
        }
        boolean firstTime = firstReport(f, index);
        List<SourceDocument> stdin = f.isStdin() ? new ArrayList<>() : null;
        try {
            loader.read(f, new DocumentSink() {
                @Override
                public void accept(SourceDocument doc) {
                    if (firstTime) doc.warnings().forEach(problems::warn);
                    problems.documentRead();
                    if (stdin != null) stdin.add(doc);
                    out.accept(doc);
                }

                @Override
                public void skipped(String message) {
                    if (firstTime) problems.skipped(message);
                }

                @Override
                public void warn(String message) {
                    if (firstTime) problems.warn(message);
                }
            });
        } catch (LoadException e) {
            failed.add(f.displayPath());
            if (firstTime) problems.skipped(e.getMessage());
        }
        if (stdin != null) stdinDocs = Collections.unmodifiableList(stdin);
    }

    /** True the first time for each file (for standard input: the first time for any entry "-"). */
    private boolean firstReport(InputFile f, int index) {
        if (f.isStdin()) return stdinReported.compareAndSet(false, true);
        long bit = 1L << index;
        int word = index >>> 6;
        while (true) {
            long old = reported.get(word);
            if ((old & bit) != 0) return false;
            if (reported.compareAndSet(word, old, old | bit)) return true;
        }
    }
}
