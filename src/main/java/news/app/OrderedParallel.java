package news.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps items on all cores and hands the results to a consumer in input order, with a bounded
 * window of work in flight so memory stays flat however many items there are.
 */
public final class OrderedParallel {
    private OrderedParallel() {}

    public static int defaultThreads() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    public static <T, R> void forEach(Iterator<T> items, Function<T, R> fn, Consumer<R> sink, int threads) {
        if (threads <= 1) {
            while (items.hasNext()) sink.accept(fn.apply(items.next()));
            return;
        }
        int window = threads * 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "news-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Future<R>> inFlight = new ArrayDeque<>();
        try {
            while (items.hasNext() || !inFlight.isEmpty()) {
                while (items.hasNext() && inFlight.size() < window) {
                    T item = items.next();
                    inFlight.add(pool.submit(() -> fn.apply(item)));
                }
                sink.accept(get(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R get(Future<R> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }
}
