package news.spark;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Executor CPU time and shuffle bytes written per phase of the job (the phase is a local
 * property of the jobs the driver starts): the measured costs the README's capacity plan
 * scales up.
 */
final class JobMetrics extends SparkListener {
    static final String PHASE = "news.phase";

    private final Map<Integer, String> phaseOfStage = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> cpuNanos = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> shuffleBytes = new ConcurrentHashMap<>();

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted e) {
        Properties p = e.properties();
        String phase = p == null ? null : p.getProperty(PHASE);
        phaseOfStage.put(e.stageInfo().stageId(), phase == null ? "other" : phase);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd e) {
        TaskMetrics m = e.taskMetrics();
        if (m == null) return;
        String phase = phaseOfStage.getOrDefault(e.stageId(), "other");
        cpuNanos.computeIfAbsent(phase, k -> new AtomicLong()).addAndGet(m.executorCpuTime());
        shuffleBytes.computeIfAbsent(phase, k -> new AtomicLong()).addAndGet(m.shuffleWriteMetrics().bytesWritten());
    }

    /** Executor CPU milliseconds per phase. */
    Map<String, Long> cpuMillis() {
        Map<String, Long> out = new TreeMap<>();
        cpuNanos.forEach((k, v) -> out.put(k, v.get() / 1_000_000));
        return out;
    }

    /** Shuffle bytes written per phase. */
    Map<String, Long> shuffleBytes() {
        Map<String, Long> out = new TreeMap<>();
        shuffleBytes.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }
}
