package news.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import news.util.Futures;

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
                sink.accept(Futures.join(inFlight.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
