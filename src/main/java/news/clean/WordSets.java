package news.clean;

import java.util.Set;

/** Word lists written by hand may repeat a word (shared by two languages); sets must not fail on that. */
final class WordSets {
    private WordSets() {}

    static Set<String> of(String... words) {
        return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }
}
