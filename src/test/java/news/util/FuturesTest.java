package news.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FuturesTest {
    @Test
    void returnsTheResultAndRethrowsTheWorkersOwnException() {
        assertEquals("ok", Futures.join(CompletableFuture.completedFuture("ok")));
        IllegalArgumentException boom = new IllegalArgumentException("bad input");
        assertSame(boom, assertThrows(IllegalArgumentException.class, () -> Futures.join(CompletableFuture.failedFuture(boom))));
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertSame(oom, assertThrows(OutOfMemoryError.class, () -> Futures.join(CompletableFuture.failedFuture(oom))));
        IOException io = new IOException("disk");
        assertSame(io, assertThrows(IllegalStateException.class, () -> Futures.join(CompletableFuture.failedFuture(io))).getCause());
    }

    @Test
    void anInterruptIsKeptOnTheThread() {
        Thread.currentThread().interrupt();
        assertThrows(IllegalStateException.class, () -> Futures.join(new CompletableFuture<String>()));
        assertTrue(Thread.interrupted()); // clears it again for the next test
    }
}
