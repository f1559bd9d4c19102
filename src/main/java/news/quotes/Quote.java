package news.quotes;

import java.util.Objects;

/**
 * One attributed (or, for scare quotes, unattributed) statement found in an article.
 *
 * @param articleId      id of the article
 * @param quote          the quoted content, exactly {@code text.substring(start, end)}
 * @param speaker        canonical speaker name, else the speaker description, else null
 * @param speakerMention the speaker as written at the cue ("he", "Mr Blinken", "the Ukrainian leader")
 * @param speakerRole    the speaker's role as introduced in the article, or null
 * @param cue            the cue word ("told", "said", "according to", ":"), or null
 * @param channel        where it was said ("CNN", "Twitter", "nightly address"), or null
 * @param kind           direct, partial, indirect or scare
 * @param paragraph      index of the paragraph where the quote starts
 * @param start          offset of the content in the article text ({@code Article.text()})
 * @param end            end offset (exclusive) of the content
 * @param confidence     0..1, how sure the extractor is of the quote and its speaker
 */
public record Quote(String articleId, String quote, String speaker, String speakerMention, String speakerRole,
                    String cue, String channel, QuoteKind kind, int paragraph, int start, int end,
                    double confidence) {
    public Quote {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        if (quote.length() != end - start) throw new IllegalArgumentException("quote length does not match span");
        if (paragraph < 0) throw new IllegalArgumentException("negative paragraph");
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence out of [0,1]");
        if (kind == QuoteKind.SCARE && speaker != null) throw new IllegalArgumentException("scare quotes have no speaker");
    }

    public int words() {
        return news.model.Words.count(quote);
    }
}
