package news.clean;

/** A candidate paragraph while cleaning: a trimmed span of one source line and its verdict. */
final class Piece {
    final int start;
    final int end;
    /** Index of the source line it comes from. */
    final int line;
    /** True when the piece is the whole (trimmed) line. */
    final boolean wholeLine;
    /** Removal reason once judged as junk; null while kept. */
    String reason;
    WordList words;
    ProseScore score;
    /**
     * A line of a code listing (a tutorial's SQL, shell or Python, kept as the article shows it):
     * code by its tokens, but short and free of the page machinery that leaked scripts are made
     * of ({@link CodeScanner#isListingLine}). Kept when the body region holds it.
     */
    boolean listing;
    /** How many of the line's content words the document's prose lines hold: one of the constants below. */
    int cohesion = COHESIVE;
    static final int COHESIVE = 2; // half of them or more
    static final int PARTLY_COHESIVE = 1;
    static final int OFF_TOPIC = 0;
    static final int NO_CONTENT_WORDS = -1;

    Piece(int start, int end, int line, boolean wholeLine) {
        if (end <= start) throw new IllegalArgumentException("empty piece");
        this.start = start;
        this.end = end;
        this.line = line;
        this.wholeLine = wholeLine;
    }

    /** Leaked code: judged by {@link CodeScanner}, never by word-based steps. */
    boolean isCode() {
        return reason != null && (reason.startsWith("leaked_") || reason.equals("long_token"));
    }

    WordList words(String text) {
        if (words == null) words = WordList.of(text, start, end);
        return words;
    }

    ProseScore score(String text) {
        if (score == null) score = new ProseScore(text, start, end, words(text));
        return score;
    }

    boolean kept() {
        return reason == null;
    }

    @Override
    public String toString() {
        return "[" + start + "," + end + ") " + reason;
    }
}
