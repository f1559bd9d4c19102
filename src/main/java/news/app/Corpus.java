package news.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import news.clean.RepetitionIndex;
import news.clean.TextCleaner;
import news.load.DocumentSink;
import news.load.InputFile;
import news.load.InputScanner;
import news.load.LoadException;
import news.load.Loader;
import news.model.Article;
import news.model.SourceDocument;

/**
 * A corpus on disk: the inputs named on the command line, read and cleaned in two streaming
 * passes (first to learn which lines repeat across documents, then to clean), in parallel,
 * results delivered in input order.
 */
public final class Corpus {
    private final List<InputFile> files;
    private final Loader loader;
    private final Problems problems;
    private final int threads;
    private final Set<String> failed = ConcurrentHashMap.newKeySet();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    /** Standard input can only be read once; it is kept for the second pass. */
    private volatile List<SourceDocument> stdinDocs;
    /**
     * Documents of the first pass kept for the second while their total size stays under
     * {@link #CACHE_BUDGET_CHARS}: small corpora are read once, large ones stream twice.
     */
    private final ConcurrentHashMap<InputFile, List<SourceDocument>> cache = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong cachedChars = new java.util.concurrent.atomic.AtomicLong();
    static final long CACHE_BUDGET_CHARS = 32L << 20;

    private Corpus(List<InputFile> files, Loader loader, Problems problems, int threads) {
        this.files = files;
        this.loader = loader;
        this.problems = problems;
        this.threads = threads;
    }

    /** Scans the arguments; unusable ones are reported to {@code problems}. */
    public static Corpus open(List<String> args, Problems problems) {
        return open(args, Loader.standard(), problems, OrderedParallel.defaultThreads());
    }

    public static Corpus open(List<String> args, Loader loader, Problems problems, int threads) {
        InputScanner.Result r = InputScanner.scan(args);
        r.errors().forEach(problems::skipped);
        return new Corpus(r.files(), loader, problems, threads);
    }

    public List<InputFile> files() {
        return files;
    }

    /** Every document, in input order, loaded once (no cleaning). */
    public void forEachDocument(Consumer<SourceDocument> sink) {
        OrderedParallel.forEach(files.iterator(), this::load, docs -> docs.forEach(sink), threads);
    }

    /** Builds the cross-document repetition index (first pass). */
    public RepetitionIndex repetitionIndex() {
        RepetitionIndex index = RepetitionIndex.empty();
        OrderedParallel.forEach(files.iterator(), f -> {
            List<SourceDocument> docs = load(f);
            docs.forEach(index::add);
            long chars = 0;
            for (SourceDocument d : docs) chars += d.text().length();
            if (!docs.isEmpty() && cachedChars.addAndGet(chars) <= CACHE_BUDGET_CHARS) cache.put(f, docs);
            return docs.size();
        }, n -> {}, threads);
        return index;
    }

    /** Cleans every document, in input order (two passes). */
    public void forEachArticle(TextCleaner cleaner, Consumer<Article> sink) {
        RepetitionIndex index = repetitionIndex();
        OrderedParallel.forEach(files.iterator(), f -> {
            List<SourceDocument> cached = cache.remove(f);
            List<SourceDocument> docs = cached != null ? cached : load(f);
            List<Article> out = new ArrayList<>(docs.size());
            for (SourceDocument d : docs) {
                try {
                    out.add(cleaner.clean(d, index));
                } catch (RuntimeException | StackOverflowError e) {
                    problems.skipped(d.path() + ": cleaning failed (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
                }
            }
            return out;
        }, arts -> arts.forEach(sink), threads);
    }

    private List<SourceDocument> load(InputFile f) {
        if (failed.contains(f.displayPath())) return List.of();
        if (f.isStdin() && stdinDocs != null) return stdinDocs;
        List<SourceDocument> docs = new ArrayList<>();
        boolean firstTime = seen.add(f.displayPath());
        try {
            loader.read(f, new DocumentSink() {
                @Override
                public void accept(SourceDocument doc) {
                    docs.add(doc);
                }

                @Override
                public void skipped(String message) {
                    if (firstTime) problems.skipped(message);
                }
            });
            if (firstTime) docs.forEach(d -> d.warnings().forEach(problems::warn));
        } catch (LoadException e) {
            failed.add(f.displayPath());
            problems.skipped(e.getMessage());
            return List.of();
        }
        if (f.isStdin()) stdinDocs = Collections.unmodifiableList(docs);
        return docs;
    }
}
