package news.app;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Samples heap use while a task runs: the peak of used heap (garbage included) and the peak of
 * heap still live after collections (what a run really needs, the figure that must stay flat).
 */
public final class MemoryProbe implements AutoCloseable {
    private final Thread sampler;
    private volatile boolean running = true;
    private volatile long peakUsed;
    private volatile long peakLive;

    private MemoryProbe() {
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        sampler = new Thread(this::loop, "news-memory-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    public static MemoryProbe start() {
        return new MemoryProbe();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void sample() {
        long used = 0, live = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP) continue;
            used += p.getPeakUsage().getUsed();
            if (p.getCollectionUsage() != null) live += p.getCollectionUsage().getUsed();
        }
        peakUsed = Math.max(peakUsed, used);
        peakLive = Math.max(peakLive, live);
    }

    public long peakUsedBytes() {
        return peakUsed;
    }

    /** Largest heap left after a collection during the run. */
    public long peakLiveBytes() {
        return peakLive;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        sample();
    }
}
