package news.clean;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import news.model.SourceDocument;

/**
 * Corpus-wide memory of which lines occur in how many documents: a line that recurs across
 * documents is site chrome, not article text. Holds only 64-bit hashes of normalised lines,
 * never the texts, so it stays small on large corpora. Thread-safe.
 */
public final class RepetitionIndex {
    private final ConcurrentHashMap<Long, Integer> docsPerLine = new ConcurrentHashMap<>();
    private final AtomicInteger documents = new AtomicInteger();

    /** An index that knows no other documents (cleaning one article on its own). */
    public static RepetitionIndex empty() {
        return new RepetitionIndex();
    }

    /** Adds one document's distinct lines. */
    public void add(SourceDocument doc) {
        documents.incrementAndGet();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        String text = doc.text();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            long h = hash(text, start, end);
            if (h != 0 && seen.add(h)) docsPerLine.merge(h, 1, Integer::sum);
            if (nl < 0) break;
            start = nl + 1;
        }
    }

    /** In how many indexed documents the given line occurs (after normalisation). */
    public int documentsContaining(CharSequence line) {
        long h = hash(line, 0, line.length());
        return h == 0 ? 0 : docsPerLine.getOrDefault(h, 0);
    }

    public int documentCount() {
        return documents.get();
    }

    /**
     * 64-bit FNV-1a hash of the line with case folded and everything but letters and digits
     * dropped; 0 for a line with no letters or digits.
     */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                any = true;
                h ^= Character.toLowerCase(c);
                h *= 0x100000001b3L;
            }
        }
        return any ? (h == 0 ? 1 : h) : 0;
    }
}
