package news.util;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for worker results with the worker's own exception: a task's RuntimeException or
 * Error is rethrown as is (the CLI turns it into a one-line message), not wrapped.
 */
public final class Futures {
    private Futures() {}

    /** The result; an interrupt is restored on the thread and reported as IllegalStateException. */
    public static <T> T join(Future<T> f) {
        try {
            return getInterruptibly(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The result, for callers that handle interruption themselves. */
    public static <T> T getInterruptibly(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error er) throw er;
            throw new IllegalStateException(c);
        }
    }
}
