package news.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class BodyEndTest {
    private static Piece line(String t) {
        return new Piece(0, t.length(), 0, true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2 days ago at 07:50 am|true",
        "5 hours ago|true",
        "Rating: 25 Votes|true",
        "12 points|true",
        "Ago|false",
        "Two days ago the river rose over its banks.|false",
        "He said it 2 days ago at the hearing|false",
    })
    void recognisesCommentStamps(String text, boolean stamp) {
        assertEquals(stamp, BodyEnd.isCommentStamp(text, line(text)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "by Anmol|true",
        "By Jane Doe|true",
        "by the river|false",
        "By then it was over.|false",
    })
    void recognisesTeaserBylines(String text, boolean byline) {
        assertEquals(byline, BodyEnd.isTeaserByline(text, line(text)));
    }

    /** Regression: a comment thread longer than the article, without a "Comments" heading, was kept as body. */
    @Test
    void aRecurringCommentStampEndsTheBodyEvenWhenTheThreadOutweighsTheArticle() {
        String para = "The council voted on Tuesday to rebuild the old bridge, and work is to start in the spring after the floods have passed.";
        String comment = "I think this is a good idea and the town has waited far too long for it, so I hope they keep to the plan this time.";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 3; i++) sb.append(para).append('\n');
        for (int i = 0; i < 6; i++) sb.append("reader").append(i).append('\n').append(i + 1).append(" days ago at 07:50 am\n").append(comment).append(' ').append(i).append('\n');
        String t = sb.toString();
        List<Piece> pieces = new ArrayList<>();
        int s = 0;
        for (String l : t.split("\n")) {
            pieces.add(new Piece(s, s + l.length(), pieces.size(), true));
            s += l.length() + 1;
        }
        int end = BodyEnd.find(t, pieces, 0, pieces.size());
        assertEquals(4, end, "the body ends at the first stamp (after the first commenter's name)");
    }
}
