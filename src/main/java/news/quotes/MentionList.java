package news.quotes;

import java.util.Arrays;
import news.quotes.Entities.Mention;

/**
 * Mentions in token order, with links kept up to date as mentions are added, so that pronoun
 * resolution answers "the nearest earlier mention of a compatible person" and "the leftmost such
 * mention in its sentence" in constant time however many mentions a sentence holds (walking the
 * list would make an article of one long sentence full of names and pronouns quadratic).
 */
final class MentionList {
    /** Person classes a pronoun can ask for: gender unknown or male / female; known male / female. */
    static final int MALE_OR_UNKNOWN = 0, FEMALE_OR_UNKNOWN = 1, MALE = 2, FEMALE = 3;
    private static final int CLASSES = 4;

    private Mention[] items = new Mention[64];
    private int size;
    /** per class, per index i: the last index <= i whose mention is of the class, or -1 */
    private int[][] previous = new int[CLASSES][64];
    /**
     * per class, per index i of a mention of the class: the mention of the class in i's sentence,
     * up to i, with the least token (the last such when several share it)
     */
    private int[][] leftmost = new int[CLASSES][64];
    /** per index i: the last index <= i whose mention is an organisation, or -1 */
    private int[] previousOrganisation = new int[64];

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    Mention get(int i) {
        if (i < 0 || i >= size) throw new IndexOutOfBoundsException(i);
        return items[i];
    }

    /** Appends a mention; its token must not be before the last one's. */
    void add(Mention m) {
        if (size > 0 && m.token() < items[size - 1].token()) throw new IllegalArgumentException("mentions out of order");
        if (size == items.length) grow();
        int i = size;
        items[i] = m;
        for (int c = 0; c < CLASSES; c++) {
            int before = i > 0 ? previous[c][i - 1] : -1;
            if (isOf(m, c)) {
                previous[c][i] = i;
                int first = before >= 0 && items[before].sentence() == m.sentence() ? leftmost[c][before] : i;
                // Among mentions at the same (leftmost) token the later one counts, as in a walk back.
                leftmost[c][i] = items[first].token() == m.token() ? i : first;
            } else {
                previous[c][i] = before;
            }
        }
        previousOrganisation[i] = m.organisation() ? i : i > 0 ? previousOrganisation[i - 1] : -1;
        size++;
    }

    private void grow() {
        int n = items.length * 2;
        items = Arrays.copyOf(items, n);
        for (int c = 0; c < CLASSES; c++) {
            previous[c] = Arrays.copyOf(previous[c], n);
            leftmost[c] = Arrays.copyOf(leftmost[c], n);
        }
        previousOrganisation = Arrays.copyOf(previousOrganisation, n);
    }

    /** The class a he/she pronoun asks for. */
    static int classOf(char want, boolean knownOnly) {
        return want == 'M' ? (knownOnly ? MALE : MALE_OR_UNKNOWN) : (knownOnly ? FEMALE : FEMALE_OR_UNKNOWN);
    }

    private static boolean isOf(Mention m, int c) {
        if (m.person() == null) return false;
        char g = m.person().gender;
        return switch (c) {
            case MALE_OR_UNKNOWN -> g == 0 || g == 'M';
            case FEMALE_OR_UNKNOWN -> g == 0 || g == 'F';
            case MALE -> g == 'M';
            default -> g == 'F';
        };
    }

    /**
     * For a he/she pronoun at token {@code at} in sentence {@code sentence}: the leftmost mention
     * of a compatible person (gender {@code want}, or unknown unless knownOnly) in the nearest
     * sentence before {@code at} that has one, at most 10 sentences back. A given {@code best}
     * (from another list) is kept when it lies in a later sentence or further left in the same one.
     */
    Mention pick(char want, int at, int sentence, Mention best, boolean knownOnly) {
        int c = classOf(want, knownOnly);
        int nearest = previousOf(c, countBefore(at));
        if (nearest < 0) return best;
        Mention m = items[nearest];
        if (sentence - m.sentence() > 10) return best;
        if (best != null && m.sentence() < best.sentence()) return best;
        Mention left = items[leftmost[c][nearest]];
        if (best == null || left.sentence() > best.sentence() || left.token() < best.token()) return left;
        return best;
    }

    /** Number of mentions whose token is before {@code token}. */
    int countBefore(int token) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (items[mid].token() < token) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /** The last index < end whose mention is of class c, or -1. */
    int previousOf(int c, int end) {
        return end > 0 ? previous[c][end - 1] : -1;
    }

    /** For an index i of class c: the first mention of class c in the same sentence. */
    int leftmostOf(int c, int i) {
        return leftmost[c][i];
    }

    /** The last index < end whose mention is an organisation, or -1. */
    int previousOrganisation(int end) {
        return end > 0 ? previousOrganisation[end - 1] : -1;
    }
}
