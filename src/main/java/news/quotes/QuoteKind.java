package news.quotes;

import java.util.Locale;

/**
 * What kind of quotation a quote record is.
 * <ul>
 *   <li>{@code direct}: a quoted utterance framed by an attribution (“Q,” S said. / S said: “Q.”)</li>
 *   <li>{@code partial}: a quoted fragment inside the reporter's own sentence (S called it “most difficult”)</li>
 *   <li>{@code indirect}: reported speech without quote marks (S said (that) P)</li>
 *   <li>{@code scare}: quote marks around a term, slogan or title, attributed to nobody</li>
 * </ul>
 */
public enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT, SCARE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteKind parse(String s) {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return label();
    }
}
