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
