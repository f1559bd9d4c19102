package news.dedup;

/** How a cluster member relates to the cluster's canonical article. */
public enum Relation {
    /** The canonical article itself. */
    CANONICAL,
    /** Same normalised text as the canonical or another member (differs at most in case, whitespace, punctuation, quote styles). */
    EXACT,
    /** The member's shingles are (almost) all in the canonical: a shortened copy. */
    CONTAINED,
    /** Similar enough by Jaccard (directly or through other members) but neither exact nor contained. */
    NEAR_DUPLICATE;

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
