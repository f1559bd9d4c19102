package news.dedup;

import java.util.List;
import java.util.Objects;

/**
 * A passage (a run of at least the anchor length of identical normalised words) carried by two
 * or more different stories.
 *
 * @param passageId   stable id within a run ("p1"...)
 * @param text        the passage as it reads in the first article carrying it
 * @param occurrences where it occurs: article id and character span in that article's cleaned text
 * @param firstId     the first article carrying it (earliest published, else first in input order)
 * @param sites       number of distinct sites among the occurrences (an article of unknown site counts as its own)
 * @param boilerplate true when every occurrence comes from one known site: the site's own furniture
 */
public record Passage(String passageId, String text, List<Occurrence> occurrences, String firstId, int sites,
                      boolean boilerplate) {
    public Passage {
        Objects.requireNonNull(passageId);
        Objects.requireNonNull(text);
        Objects.requireNonNull(firstId);
        occurrences = List.copyOf(occurrences);
        if (occurrences.stream().map(Occurrence::id).distinct().count() < 2) {
            throw new IllegalArgumentException("a shared passage occurs in at least two articles");
        }
        if (sites < 1) throw new IllegalArgumentException("sites must be >= 1");
    }

    /**
     * One occurrence.
     *
     * @param id    article id
     * @param start start offset in the article's cleaned text
     * @param end   end offset (exclusive)
     */
    public record Occurrence(String id, int start, int end) {
        public Occurrence {
            Objects.requireNonNull(id);
            if (start < 0 || end <= start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }
}
