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

    /** Receives an article with its input position. */
    @FunctionalInterface
    interface IndexedSink {
        void accept(int index, DedupDoc doc);
    }

    /**
     * Only the articles whose input position passes {@code wanted}, in order. Sources that can
     * skip the others cheaply (a generator, an indexed file) override this; the default reads all.
     */
    default void forEachSelected(java.util.function.IntPredicate wanted, IndexedSink sink) {
        int[] next = {0};
        forEach(d -> {
            int i = next[0]++;
            if (wanted.test(i)) sink.accept(i, d);
        });
    }

    static DocSource of(List<DedupDoc> docs) {
        List<DedupDoc> copy = List.copyOf(docs);
        return copy::forEach;
    }
}
