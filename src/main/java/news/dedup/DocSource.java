package news.dedup;

import java.util.List;
import java.util.function.Consumer;

/**
 * Articles to deduplicate, readable more than once, always in the same order: dedup keeps only
 * fingerprints between passes and re-reads texts when it needs them (passages, kept output).
 */
@FunctionalInterface
public interface DocSource {
    void forEach(Consumer<DedupDoc> sink);

    static DocSource of(List<DedupDoc> docs) {
        List<DedupDoc> copy = List.copyOf(docs);
        return copy::forEach;
    }
}
